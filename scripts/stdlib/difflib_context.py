# difflib.context_diff, diff_bytes, and the type checks both diff formats make.
import difflib

a = "one two three four five six seven eight nine ten".split()
b = "zero one two four five SIX seven eight nine ten eleven".split()
for n in (3, 1, 0):
    print("\n".join(difflib.context_diff(a, b, "old", "new", "2020", "2021", n=n, lineterm="")))
print("".join(difflib.context_diff(["a\n", "b\n"], ["a\n", "b\n", "c\n"])))
print("".join(difflib.context_diff(["a\n", "b\n", "c\n"], ["b\n"], fromfile="x")))
print(list(difflib.context_diff([], [])), list(difflib.context_diff(["same"], ["same"])))
print(list(difflib.context_diff([], ["new"], lineterm="")))
print(list(difflib.context_diff(["gone"], [], lineterm="")))

for line in difflib.diff_bytes(difflib.unified_diff, [b"a\n", b"\xff\n"], [b"a\n", b"c\n"],
                               b"f1", b"f2"):
    print(line)
print(list(difflib.diff_bytes(difflib.context_diff, [b"x"], [b"y"], lineterm=b"")))

for args in [([b"x"], ["y"]), (["x"], [1]), (["x"], ["y"], b"file")]:
    for func in (difflib.context_diff, difflib.unified_diff):
        try:
            list(func(*args))
        except TypeError as e:
            print(func.__name__, "TypeError", e)
try:
    list(difflib.diff_bytes(difflib.unified_diff, ["a"], [b"b"]))
except TypeError as e:
    print("TypeError", e)
try:
    list(difflib.diff_bytes(difflib.unified_diff, [b"a"], [b"b"], fromfile="s"))
except TypeError as e:
    print("TypeError", e)
