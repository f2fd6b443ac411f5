# Exception classes keeping BaseException's __new__ and __init__ (made without calling
# them) beside ones overriding either, builtin ones with their own, and keywords refused.
class E(Exception):
    pass
class F(E):
    def __init__(self, a, b):
        super().__init__(a)
        self.b = b
class G(ValueError): pass
class K(KeyError): pass
class N(Exception):
    def __new__(cls, *a):
        o = super().__new__(cls, *a)
        o.tag = "n"
        return o
for cls, args in [(E, ()), (E, (1,)), (E, (1, "x")), (G, ("v",)), (K, ("k",)), (Exception, ("e",)), (StopIteration, (5,))]:
    e = cls(*args)
    print(type(e).__name__, e.args, repr(e), str(e))
f = F(1, 2); print(f.args, f.b)
n = N(3); print(n.args, n.tag)
print(StopIteration(7).value, SystemExit(3).code)
try:
    E(x=1)
except TypeError as t:
    print("TypeError", t)
try:
    raise E("boom")
except E as e:
    print("caught", e, e.__traceback__ is not None, e.__context__)
try:
    try:
        raise ValueError(1)
    except ValueError:
        raise E(2)
except E as e:
    print(repr(e.__context__))
import gc
class Holder(Exception): pass
h = Holder(); h.me = h; del h; print(gc.collect() >= 1)
e = E(1); e.args = (2, 3); print(e.args, str(e))
print(OSError(2, "nf").errno, UnicodeDecodeError("utf-8", b"\xff", 0, 1, "bad").reason)
print(BaseExceptionGroup("g", [E(1)]).exceptions)
