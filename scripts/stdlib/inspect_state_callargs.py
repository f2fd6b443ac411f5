# inspect: generator/coroutine states, getcallargs, getmro, get_annotations,
# getattr_static / getmembers_static, getframeinfo / getouterframes.
import asyncio
import inspect


def gen():
    print("in gen:", inspect.getgeneratorstate(g))
    yield 1
    yield 2


g = gen()
print(inspect.getgeneratorstate(g))
next(g)
print(inspect.getgeneratorstate(g))
g.close()
print(inspect.getgeneratorstate(g))
g2 = gen()
list(g2)
print(inspect.getgeneratorstate(g2))
print(inspect.GEN_CREATED, inspect.GEN_RUNNING, inspect.GEN_SUSPENDED, inspect.GEN_CLOSED)


async def co():
    print("in co:", inspect.getcoroutinestate(c))
    await asyncio.sleep(0)
    return 5


c = co()
print(inspect.getcoroutinestate(c))
c.send(None)
print(inspect.getcoroutinestate(c))
try:
    c.send(None)
except StopIteration as e:
    print("done", e.value)
print(inspect.getcoroutinestate(c))
c3 = co()
c3.close()
print(inspect.getcoroutinestate(c3))
print(inspect.CORO_CREATED, inspect.CORO_RUNNING, inspect.CORO_SUSPENDED, inspect.CORO_CLOSED)


def f(a, b=2, *args, c, d=4, **kw):
    pass


def g0(x, y):
    pass


def g1(x, y=1, *, z):
    pass


class K:
    def m(self, p, q=0):
        pass


print(sorted(inspect.getcallargs(f, 1, c=3).items()))
print(sorted(inspect.getcallargs(f, 1, 2, 3, 4, c=5, e=6).items()))
print(sorted(inspect.getcallargs(K().m, 7)))
print(sorted(inspect.getcallargs(K.m, "self", 7, q=9).items()))
calls = [
    (g0, (1,), {}), (g0, (), {}), (g0, (1, 2, 3), {}), (g0, (1,), {"x": 2}),
    (g0, (1, 2), {"w": 3}), (g1, (1, 2, 3), {}), (g1, (1,), {}), (g1, (1, 2, 3), {"z": 1}),
    (f, (), {}), (f, (1,), {}), (K().m, (), {}), (K().m, (1, 2, 3), {}),
    (lambda *, a, b, c: 0, (), {}), (lambda p, q, r: 0, (), {}),
    (lambda p=1: 0, (1, 2), {}), (lambda: 0, (1,), {}),
]
for func, args, kwargs in calls:
    try:
        print(sorted(inspect.getcallargs(func, *args, **kwargs).items()))
    except TypeError as e:
        print("TypeError", e)


class A:
    x: int
    y: "str" = "s"


class B(A):
    pass


def ann(a: "int", b: list = None) -> "A":
    pass


print([c.__name__ for c in inspect.getmro(B)])
print(inspect.get_annotations(A))
print(inspect.get_annotations(B))
print(inspect.get_annotations(ann))
print(inspect.get_annotations(ann, eval_str=True))
print(inspect.get_annotations(A, eval_str=True))
print(inspect.get_annotations(lambda: 0))
print(inspect.get_annotations(inspect) == {}, type(inspect.get_annotations(len)))
try:
    inspect.get_annotations(5)
except TypeError as e:
    print("TypeError", e)


class Desc:
    def __get__(self, obj, owner=None):
        return "computed"


class Data(Desc):
    def __set__(self, obj, value):
        pass


class Meta(type):
    meta_attr = "from meta"


class S(metaclass=Meta):
    plain = 1
    desc = Desc()
    data = Data()

    @property
    def prop(self):
        raise RuntimeError("property ran")

    def __getattr__(self, name):
        return "dynamic " + name


s = S()
s.__dict__["desc"] = "instance value"
s.__dict__["data"] = "shadowed"
s.own = 3
print(inspect.getattr_static(s, "plain"), inspect.getattr_static(s, "own"))
print(inspect.getattr_static(s, "desc"))
print(type(inspect.getattr_static(s, "data")).__name__, s.data)
print(type(inspect.getattr_static(s, "prop")).__name__)
print(type(inspect.getattr_static(S, "desc")).__name__, S.desc)
print(inspect.getattr_static(S, "meta_attr"), inspect.getattr_static(s, "missing", "dflt"))
print(s.missing)
try:
    inspect.getattr_static(s, "missing")
except AttributeError as e:
    print("AttributeError", e)
print([(k, type(v).__name__) for k, v in inspect.getmembers_static(s) if not k.startswith("__")])
print([k for k, v in inspect.getmembers_static(S, inspect.isfunction)])


def where():
    return inspect.getframeinfo(inspect.currentframe())


info = where()
print(info.function, info.lineno, info.code_context, info.index, info.filename.endswith(".py"))
print(inspect.getframeinfo(inspect.currentframe(), context=0)[1:])


def outer():
    return inner()


def inner():
    frames = inspect.getouterframes(inspect.currentframe())
    return [(fi.function, fi.lineno, fi.code_context) for fi in frames]


print(outer())
try:
    raise ValueError
except ValueError as e:
    tb = e.__traceback__
print(inspect.getframeinfo(tb)[1:3])
try:
    inspect.getframeinfo(5)
except (TypeError, AttributeError) as e:
    print(type(e).__name__)
