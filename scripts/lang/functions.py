# functions: defaults, keyword arguments, *args/**kwargs, annotations, docstrings,
# first-class functions, attributes, recursion through names, default evaluation time.
def describe(name, *hobbies, age=None, **extra):
    """Describe a person."""
    parts = [name]
    if age is not None:
        parts.append(f"age {age}")
    if hobbies:
        parts.append("likes " + ", ".join(hobbies))
    for key in sorted(extra):
        parts.append(f"{key}={extra[key]}")
    return "; ".join(parts)

print(describe("ann"))
print(describe("bob", "chess", "go", age=30, city="Oslo", pet="cat"))
print(describe.__name__, describe.__doc__, describe.__defaults__, describe.__kwdefaults__)

def annotated(x: int, y: "str" = "s") -> list:
    return [x, y]
print(annotated(1), annotated.__annotations__)

def apply(func, *args, **kwargs):
    return func(*args, **kwargs)
print(apply(max, 3, 9, 4), apply(sorted, [3, 1], reverse=True), apply(describe, "cy", age=5))

ops = {"add": lambda a, b: a + b, "sub": lambda a, b: a - b}
print([ops[name](10, 3) for name in ("add", "sub")])

stamp = 0
def default_now(value=stamp):
    return value
stamp = 99
print(default_now())

def noop():
    pass
print(noop(), noop.__name__, type(noop).__name__, noop.__qualname__)

def outer():
    def inner():
        pass
    return inner
print(outer().__qualname__)

def returns_many():
    return 1, "two", [3]
one, two, three = returns_many()
print(one, two, three, returns_many())

def early(values):
    for v in values:
        if v < 0:
            return v
print(early([1, -2, -3]), early([1]))

noop.custom = "attribute on a function"
print(noop.custom)

def kw_only(*, a, b=2):
    return a * b
print(kw_only(a=5), kw_only(b=3, a=2))
try:
    kw_only(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    kw_only()
except TypeError as e:
    print(type(e).__name__, e)
try:
    describe()
except TypeError as e:
    print(type(e).__name__, e)

def counter_gen():
    count = 0
    def bump():
        nonlocal count
        count += 1
        return count
    return bump
bump = counter_gen()
print(bump(), bump())

def fact(n):
    return 1 if n < 2 else n * fact(n - 1)
renamed = fact
print(renamed(5))
print((lambda: None).__name__, repr(noop).startswith("<function noop at 0x"))
