# 3.11's position markers in tracebacks: ^^^ under the failing call or attribute,
# ~~^~~ picking out a binary operator, ~~~^^^ a subscript; none when the marked text is
# the whole line; multi-line expressions marked to the end of their first line.
import os
import traceback

HERE = os.path.dirname(os.path.abspath(__file__)) + os.sep
def show(f, *a):
    try:
        f(*a)
    except Exception as e:
        print("".join(traceback.format_exception(e)).replace(HERE, ""))
def div(a, b):
    return a / b
def div2(a, b):
    x = (a +
         b) / b
    return x
def sub(d, k):
    return d[k] + 1
def attr(o):
    return o.missing
def call(f):
    result = f(1, 2)
    return result
def nested(x):
    return [1, 2, 3][x] * 2
def whole(a, b):
    a / b
def chain(o):
    o.a.b.c()
def kw(d):
    return d["key"]["inner"]
def compare(a, b):
    return a < b
def unary(a):
    return -a
def augm(a):
    a += "x"
def long_call(a):
    return max(
        a,
        a.b)
class O: pass
show(div, 1, 0)
show(div2, 1, 0)
show(sub, {}, "k")
show(attr, O())
show(call, len)
show(nested, 5)
show(whole, 1, 0)
show(chain, O())
show(kw, {"key": {}})
show(compare, 1, "a")
show(unary, "s")
show(augm, 1)
show(long_call, 1)


# Code from exec/eval has no source file: its frames show no line and no markers.
def from_exec():
    exec("x = 1\ny = [x][3]")


def from_eval():
    return eval("1 / 0")


show(from_exec)
show(from_eval)


# Methods, properties, assert (marked at its test), augmented assignment,
# comprehensions, f-strings, for over a non-iterable, nested calls, lambdas, unpacking.
class Thing:
    def meth(self, x):
        raise ValueError(x)

    @property
    def prop(self):
        return 1 / 0


def m_method(): return Thing().meth(3)
def m_property(): x = Thing().prop
def m_assert(): assert 1 == 2, "msg"
def m_assert_msg_fails(): assert False, 1 / 0
def m_augassign():
    x = 1
    x += "s"
def m_comprehension(): return [1 / i for i in range(2)]
def m_fstring(): return f"{1/0}"
def m_for():
    for x in None:
        pass
def m_keywords(): return int("x", base=10)
def m_nested_calls(): return Thing().meth(Thing().meth(1))
def m_lambda():
    return (lambda: 1 / 0)()
def m_attr_chain(): return Thing().missing_attr.x
def m_unpack():
    a, b = [1, 2, 3]
def m_slice_then_index(): return [1, 2][1:][5]


for f in (m_method, m_property, m_assert, m_assert_msg_fails, m_augassign, m_comprehension,
          m_fstring, m_for, m_keywords, m_nested_calls, m_lambda, m_attr_chain, m_unpack,
          m_slice_then_index):
    show(f)

x = {"a": 1}
y = x["b"]
