# inspect: signature(), Parameter, Signature and BoundArguments: str/repr, kinds, bind, partial, errors.
import inspect
import functools
from inspect import Parameter as P, Signature
from typing import List, Optional


def f(a, b: int, /, c=3, *args, d, e: str = "x", **kw) -> List[int]:
    pass


def g(x, y=2, *, z):
    pass


async def co(u, v=None):
    pass


def h(a, b, *, c=3):
    pass


class A:
    def m(self, p, q=1):
        "method doc"

    @classmethod
    def cm(cls, r):
        pass

    @staticmethod
    def sm(s, t=0):
        pass


class B:
    def __init__(self, x, y=2):
        pass


class C:
    def __call__(self, q, *rest):
        pass


class D(B):
    pass


class N:
    def __new__(cls, n, *, k=1):
        return super().__new__(cls)


for obj in (f, g, co, h, A.m, A().m, A.cm, A.sm, B, C(), D, N, A, lambda: 0, lambda x, *y, **z: 0,
            functools.partial(h, 1), functools.partial(h, b=2), functools.partial(h, 1, c=5),
            functools.partial(f, 1, 2, 3, 4, 5), functools.partial(g, y=5), len, sorted, print):
    sig = inspect.signature(obj)
    print(str(sig), repr(sig))
sig = inspect.signature(f)
print(sig.parameters)
print(repr(sig.parameters["a"]), sig.parameters["b"].annotation, sig.return_annotation, sig.parameters["e"].default)
for p in sig.parameters.values():
    print(p.name, p.kind, repr(p.kind), p.kind.description, p.default is P.empty, p.annotation)
print(P.empty, Signature.empty, inspect._empty, int(P.KEYWORD_ONLY), P.VAR_POSITIONAL < P.KEYWORD_ONLY)
s = inspect.signature(g)
for args, kwargs in [((1,), {"z": 3}), ((1, 2), {"z": 3}), ((), {"x": 1, "z": 2}), ((1, 2, 3), {}),
                     ((1,), {}), ((1,), {"x": 1, "z": 1}), ((1,), {"z": 1, "w": 2})]:
    try:
        ba = s.bind(*args, **kwargs)
        print(ba, ba.args, ba.kwargs, ba.arguments)
        ba.apply_defaults()
        print(ba)
    except TypeError as e:
        print("TypeError", e)
s = inspect.signature(f)
for args, kwargs in [((1, 2), {"d": 4}), ((1, 2, 3, 4, 5), {"d": 0, "q": 1}), ((1,), {"b": 2, "d": 1}),
                     ((1, 2), {})]:
    try:
        ba = s.bind(*args, **kwargs)
        print(ba, ba.args, ba.kwargs)
        ba.apply_defaults()
        print(ba)
    except TypeError as e:
        print("TypeError", e)
print(s.bind_partial(1), s.bind_partial(), s.bind_partial(d=1))
p = P("x", P.KEYWORD_ONLY, default=3, annotation=int)
print(p, repr(p), p.replace(name="y"), p.replace(default=P.empty), p == P("x", P.KEYWORD_ONLY, default=3, annotation=int))
print(P("opt", P.POSITIONAL_OR_KEYWORD, annotation=Optional[str]), P("v", P.VAR_KEYWORD, annotation="str"))
sig2 = Signature([P("a", P.POSITIONAL_ONLY), P("b", P.POSITIONAL_OR_KEYWORD, default=1),
                  P("c", P.KEYWORD_ONLY)], return_annotation=float)
print(sig2, sig2.replace(return_annotation=Signature.empty), sig2 == Signature.from_callable(lambda a, /, b=1, *, c: 0))
print(Signature(), Signature([P("a", P.POSITIONAL_ONLY)]))
for make in [lambda: P("1a", P.POSITIONAL_ONLY), lambda: P(3, P.POSITIONAL_ONLY), lambda: P("a", 7),
             lambda: P("a", P.VAR_POSITIONAL, default=3),
             lambda: Signature([P("a", P.KEYWORD_ONLY), P("b", P.POSITIONAL_ONLY)]),
             lambda: Signature([P("a", P.POSITIONAL_ONLY, default=1), P("b", P.POSITIONAL_ONLY)]),
             lambda: Signature([P("a", P.POSITIONAL_ONLY), P("a", P.KEYWORD_ONLY)]),
             lambda: inspect.signature(3), lambda: inspect.signature(int),
             lambda: inspect.signature(ValueError),
             lambda: inspect.signature(functools.partial(g, 1, 2, 3)).replace()]:
    try:
        print(make())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, str(e).split(" at 0x")[0])


@functools.wraps(g)
def wrapper(*args, **kwargs):
    return g(*args, **kwargs)


print(inspect.signature(wrapper), inspect.signature(wrapper, follow_wrapped=False))
wrapper.__signature__ = Signature([P("only", P.POSITIONAL_ONLY)])
print(inspect.signature(wrapper))
