# Calls of native functions and builtin methods straight from the value stack: results,
# errors and the builtins that read the calling frame must be the general call's.


def use_builtins(items):
    out = []
    out.append(len(items))
    out.append(isinstance(items, list))
    out.append(isinstance(items, (tuple, dict)))
    out.append(max(items))
    out.append(sorted(items, reverse=True))
    out.append(abs(-3))
    return out


print(use_builtins([3, 1, 2]))

# Builtin methods loaded by LoadMethod (unbound), with and without arguments.
words = []
words.append("b")
words.extend(["c", "a"])
words.sort()
print(words, words.pop(), words.index("b"), ",".join(words), "x y".split())
d = {"k": 1}
print(d.get("k"), d.get("missing"), d.get("missing", 0), d.setdefault("n", []), d.keys())
s = set()
s.add(1)
s.discard(2)
print(s, "Abc".upper(), "abc".startswith("ab"), (1, 2, 1).count(1))

# Unbound through the class, bound builtins kept in a variable.
list.append(words, "z")
push = words.append
push("q")
print(words, str.join("-", ["a", "b"]))

# Errors: argument counts and types, raised from inside the call.
for call in [
    lambda: len(),
    lambda: len(1),
    lambda: len([], []),
    lambda: isinstance(1),
    lambda: isinstance(1, 2),
    lambda: words.append(),
    lambda: words.append(1, 2),
    lambda: words.index("nope"),
    lambda: d.get(),
    lambda: {}.get([], 1),
    lambda: "x".join([1]),
    lambda: words.pop(99),
    lambda: abs("s"),
    lambda: max(),
]:
    try:
        print(call())
    except (TypeError, ValueError, IndexError) as e:
        print(type(e).__name__, e)


# The builtins that read the calling frame.
def frame_readers(a, b=2):
    c = a + b
    names = sorted(locals())
    return names, sorted(vars()), sorted(dir()), eval("a + c"), "frame_readers" in globals()


print(frame_readers(1))


def run_exec():
    x = 5
    exec("y = x * 2")
    return eval("x + 1"), eval("x", {"x": 10})


print(run_exec())
print(sorted(vars(frame_readers)) == sorted(frame_readers.__dict__), len(dir(1)) > 10)


# A traceback through a native call names the caller's line.
def bad():
    return int("not a number")


try:
    bad()
except ValueError as e:
    print("ValueError", e, e.__traceback__.tb_next.tb_lineno)


# Native functions that call back into Python.
class Box:
    def __init__(self, v):
        self.v = v

    def __len__(self):
        return self.v

    def __lt__(self, other):
        return self.v < other.v


print(len(Box(4)), sorted([Box(3), Box(1)])[0].v, max([Box(2), Box(5)]).v)
try:
    len(Box(-1))
except ValueError as e:
    print("ValueError", e)
print(list(map(len, ["ab", "c"])), sum(len(w) for w in ["ab", "cde"]))
