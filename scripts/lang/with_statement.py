# with statements: __enter__/__exit__, exception suppression, nesting, contextlib.
import contextlib

class Resource:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None, exc)
        return self.suppress

with Resource("plain") as r:
    print("inside", r.name)

try:
    with Resource("failing"):
        raise ValueError("boom")
except ValueError as e:
    print("propagated", e)

with Resource("suppressing", suppress=True):
    raise KeyError("hidden")
print("after suppression")

with Resource("a") as a, Resource("b") as b:
    print("both", a.name, b.name)

def early_return():
    with Resource("ret"):
        return "returned"
print(early_return())

for i in range(3):
    with Resource(f"loop{i}"):
        if i == 1:
            continue
        if i == 2:
            break
        print("body", i)

@contextlib.contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    finally:
        print(f"</{name}>")

with tag("div") as t:
    with tag("p"):
        print("text", t)

try:
    with tag("err"):
        raise RuntimeError("in body")
except RuntimeError as e:
    print("caught", e)

with contextlib.suppress(ZeroDivisionError):
    1 / 0
print("suppressed division")

@contextlib.contextmanager
def swallow():
    try:
        yield
    except ValueError as e:
        print("swallowed", e)

with swallow():
    raise ValueError("x")
print("continuing")

class Timer:
    def __enter__(self):
        self.entered = True
        return "enter-result"
    def __exit__(self, *args):
        print("exit args", args)
with Timer() as value:
    print(value)
