# inspect: the is* predicates, getdoc/cleandoc, getmembers, getfile/getsource/getsourcelines, stack().
import asyncio
import functools
import inspect
import os
import sys


def plain(a, b=1):
    """Add things.

        Indented detail.
    Back.
    """
    return a + b


def gen():
    yield 1


async def coro():
    return 1


async def agen():
    yield 1


class Base:
    def method(self):
        """Base method doc."""

    @property
    def prop(self):
        return 1


class Derived(Base):
    def method(self):
        return 2

    @staticmethod
    def static():
        pass

    @classmethod
    def klass(cls):
        pass


class Awaitable:
    def __await__(self):
        yield


def decorate(f):
    return f


@decorate
def decorated(x):
    return (x +
            1)


def one_liner(): return 42


objects = [plain, gen, gen(), coro, agen, agen(), Base, Derived().method, Derived.method,
           Derived.static, Derived.klass, len, [].append, sys, functools.partial(coro),
           Derived.prop, Awaitable(), lambda: 0, 3, "s", None, inspect, int]
checks = ["ismodule", "isclass", "ismethod", "isfunction", "isgeneratorfunction", "isgenerator",
          "iscoroutinefunction", "iscoroutine", "isasyncgenfunction", "isasyncgen", "isawaitable",
          "isbuiltin", "isroutine", "isabstract", "istraceback", "isframe", "iscode", "isdatadescriptor"]
for obj in objects:
    name = getattr(obj, "__name__", type(obj).__name__)
    print(name, "".join("1" if getattr(inspect, c)(obj) else "." for c in checks))
c = coro()
print(inspect.iscoroutine(c), inspect.isawaitable(c))
c.close()
print(asyncio.iscoroutinefunction(coro), inspect.iscoroutinefunction(functools.partial(coro, 1)))

print(repr(inspect.getdoc(plain)))
print(repr(inspect.getdoc(Derived.method)), repr(inspect.getdoc(Derived().method)), repr(inspect.getdoc(gen)))
print(repr(inspect.cleandoc("   first\n      second\n    third\n\n")), repr(inspect.cleandoc("x")))
print(repr(inspect.cleandoc("\n\n  a\n\tb\n  c")))
print([name for name, _ in inspect.getmembers(Derived) if not name.startswith("__")])
print([name for name, _ in inspect.getmembers(Derived, inspect.isfunction)])
print(inspect.getmembers(Derived(), lambda v: isinstance(v, int)))
print(os.path.basename(inspect.getfile(plain)), os.path.basename(inspect.getfile(Derived)),
      os.path.basename(inspect.getfile(Derived().method)), os.path.basename(inspect.getsourcefile(plain)))
print(inspect.getsource(plain), end="")
print(inspect.getsource(decorated), end="")
print(inspect.getsource(one_liner), end="")
print(inspect.getsource(Derived), end="")
print(inspect.getsource(Derived.static), end="")
lines, start = inspect.getsourcelines(gen)
print(start, lines)
print(inspect.getmodule(plain).__name__, inspect.getmodule(Derived) is sys.modules[__name__])
print(inspect.unwrap(functools.wraps(plain)(lambda: 0)) is plain)
for bad in [lambda: inspect.getfile(3), lambda: inspect.getfile(sys), lambda: inspect.getsource(len)]:
    try:
        bad()
    except (TypeError, OSError) as e:
        print(type(e).__name__, e)


def where():
    frames = inspect.stack()
    return [(f.function, f.lineno, f.code_context[0].strip() if f.code_context else None, f.index)
            for f in frames[:2]]


def calls_where():
    return where()


print(calls_where())
print(inspect.stack()[0].function, len(inspect.stack()[0]), inspect.currentframe() is None or True)
