# A function's code object is one object: `__code__` read twice, a frame's `f_code`
# and a traceback frame's code are the same object, usable as a dict key.
import sys


def f():
    return sys._getframe().f_code


def g():
    raise ValueError("x")


print(f.__code__ is f.__code__)
print(f() is f.__code__)
print(f.__code__ == f.__code__, f.__code__ != g.__code__)
seen = {f.__code__: "f", g.__code__: "g"}
print(seen[f.__code__], seen[g.__code__], len(seen))
try:
    g()
except ValueError as e:
    tb = e.__traceback__.tb_next
    print(tb.tb_frame.f_code is g.__code__, tb.tb_frame.f_code.co_name)

# Two functions made from one code object share it.
def make():
    def inner():
        return 1
    return inner


a, b = make(), make()
print(a is b, a.__code__ is b.__code__)
print(sorted({c.co_name for c in (f.__code__, g.__code__, f.__code__)}))
