# unpacking: star targets, nested, in for loops, calls with * and **, keyword-only args.
a, *rest = [1, 2, 3, 4]
print(a, rest)
*init, last = "hello"
print(init, last)
first, *middle, end = range(5)
print(first, middle, end)
x, *empty, y = (1, 2)
print(x, empty, y)
(a, b), [c, *d] = (1, 2), [3, 4, 5]
print(a, b, c, d)
for key, (lo, hi) in {"a": (1, 2), "b": (3, 4)}.items():
    print(key, lo + hi)
print([*range(3), *"ab", *[None]], (*[1, 2], 3), {*[1, 1, 2]}, {**{"k": 1}, "j": 2})
def show(*args, **kwargs):
    return f"args={args} kwargs={kwargs}"
print(show(1, *[2, 3], *(4,), k=1, **{"m": 2}))
def point(x, y, z=0, *, label="p"):
    return f"{label}({x}, {y}, {z})"
print(point(*[1, 2]), point(**{"x": 1, "y": 2, "z": 3}), point(1, y=5, label="q"))
def positional_only(a, b, /, c, *, d):
    return a + b + c + d
print(positional_only(1, 2, c=3, d=4), positional_only(1, 2, 3, d=4))
try:
    positional_only(a=1, b=2, c=3, d=4)
except TypeError as e:
    print(type(e).__name__, e)
try:
    point(1, 2, 3, 4)
except TypeError as e:
    print(type(e).__name__, e)
try:
    point(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    point(1, 2, x=3)
except TypeError as e:
    print(type(e).__name__, e)
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print(type(e).__name__, e)
try:
    a, b, c = [1, 2]
except ValueError as e:
    print(type(e).__name__, e)
try:
    a, *b, c = [1]
except ValueError as e:
    print(type(e).__name__, e)
try:
    a, b = 5
except TypeError as e:
    print(type(e).__name__, e)
m, n = n, m = 1, 2
print(m, n)
values = [3, 1, 2]
values[0], values[2] = values[2], values[0]
print(values)
def defaults(a, b=[], c=None):
    b.append(a)
    return b
print(defaults(1), defaults(2), defaults(3, []))
s = {"a": 1}
t = [1, 2]
def f(**kw):
    return sorted(kw.items())
print(f(**s, b=2))
head, *_ = "x y z".split()
print(head, _)
