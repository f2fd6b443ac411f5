# unittest.mock: Mock and MagicMock calls, return_value, side_effect, the call records
# (call_args, call_args_list, mock_calls, method_calls, call_count), call, ANY,
# sentinel, reset_mock, configure_mock, spec/spec_set and the assert family's messages.
from unittest.mock import Mock, MagicMock, NonCallableMock, call, ANY, sentinel, DEFAULT


def attempt(label, f):
    try:
        result = f()
        print(label, "->", repr(result))
    except Exception as e:
        print(label, "->", type(e).__name__, str(e))


m = Mock()
print(m.called, m.call_count, m.call_args, m.call_args_list, m.mock_calls)
attempt("assert_called_with", lambda: m.assert_called_with(1))
attempt("assert_called_once_with", lambda: m.assert_called_once_with(1))
attempt("assert_called", lambda: m.assert_called())
attempt("assert_called_once", lambda: m.assert_called_once())
attempt("assert_not_called", lambda: m.assert_not_called())
r = m(1)
print(r is m.return_value, r is m(), m.call_count)
m(2, a=3)
print(m.called, m.call_count)
print(m.call_args, m.call_args.args, m.call_args.kwargs)
print(m.call_args_list)
print(m.call_args == call(2, a=3), m.call_args == ((2,), {"a": 3}), m.call_args == call(2))
print(call(1) in m.call_args_list, [call(), call(2, a=3)] in m.call_args_list)
attempt("assert_called_with", lambda: m.assert_called_with(1))
attempt("assert_called_with ok", lambda: m.assert_called_with(2, a=3))
attempt("assert_called_with ANY", lambda: m.assert_called_with(ANY, a=ANY))
attempt("assert_called_once_with", lambda: m.assert_called_once_with(2, a=3))
attempt("assert_not_called", lambda: m.assert_not_called())
attempt("assert_called_once", lambda: m.assert_called_once())
attempt("assert_any_call", lambda: m.assert_any_call(5))
attempt("assert_any_call ok", lambda: m.assert_any_call(1))
attempt("assert_has_calls", lambda: m.assert_has_calls([call(2), call(1)]))
attempt("assert_has_calls ok", lambda: m.assert_has_calls([call(), call(2, a=3)]))
attempt("assert_has_calls any", lambda: m.assert_has_calls([call(2), call(1)], any_order=True))
attempt("assert_has_calls any ok", lambda: m.assert_has_calls([call(2, a=3), call(1)], any_order=True))
attempt("assert_foo", lambda: m.assert_foo())
attempt("asert_foo", lambda: m.asert_foo())
attempt("__foo__", lambda: m.__foo__)

print("-- names and children")
n = Mock(name="n")
attempt("child assert_called_once", lambda: n.x.assert_called_once())
attempt("child assert_called_with", lambda: n.x.assert_called_with(1))
n.x.y(1)
n(2).z(3)
print(n.mock_calls)
print(n.method_calls)
print(n.x.y.mock_calls, n.x.mock_calls)
print(n.x is n.x, n.x.y is n.x.y)
mm = Mock()
mm.a.b(1)
mm(2).c(3)
print(mm.mock_calls)
print(mm.mock_calls == [call.a.b(1), call(2), call().c(3)])
print(repr(call(1, 2, a=3)), repr(call.foo(1)), repr(call().bar(x=1)), repr(call))
print(call(1).call_list() if False else call.x(1).y(2).call_list())

print("-- return_value and side_effect")
m = Mock(return_value=3)
print(m(), m(1, 2))
m.return_value = 4
print(m())
attempt("side_effect exception", Mock(return_value=3, side_effect=KeyError("k")))
attempt("side_effect class", Mock(side_effect=ValueError))
it = Mock(side_effect=[1, ValueError("v"), 3])
attempt("iter 1", it)
attempt("iter 2", it)
attempt("iter 3", it)
attempt("iter 4", it)
print(Mock(side_effect=lambda x: x * 2)(4))
print(Mock(side_effect=lambda: DEFAULT, return_value=9)())
m = Mock()
m.side_effect = [5, 6]
print(m(), m(), m.call_count)
m.side_effect = None
print(m() is m.return_value)
w = Mock(wraps=lambda a, b: a + b)
print(w(1, 2), w.call_args)
m = Mock(**{"method.return_value": 3, "other.side_effect": KeyError, "attr": 5})
print(m.method(), m.attr)
attempt("configured side_effect", m.other)
m.configure_mock(**{"a.b.return_value": 7})
print(m.a.b())

print("-- reset_mock")
m = Mock(return_value=1)
m(1)
m.child(2)
m.reset_mock()
print(m.called, m.call_count, m.call_args, m.call_args_list, m.mock_calls, m.child.call_count, m())
m.reset_mock(return_value=True)
print(isinstance(m(), Mock))

print("-- sentinel, ANY")
print(sentinel.foo, repr(sentinel.foo), sentinel.foo is sentinel.foo, sentinel.foo is sentinel.bar)
print(repr(ANY), ANY == 3, ANY != 3, [1, ANY] == [1, "x"], repr(DEFAULT))

print("-- spec and spec_set")


class C:
    x = 1

    def meth(self, a):
        return a


s = Mock(spec=C)
print(isinstance(s, C), s.meth(1) is s.meth.return_value)
attempt("spec missing", lambda: s.y)
s.y = 3
print(s.y)
s = Mock(spec=["a", "b"])
print(isinstance(s.a, Mock))
attempt("spec list missing", lambda: s.c)
ss = Mock(spec_set=["a"])
ss.a = 1


def set_b():
    ss.b = 1


attempt("spec_set", set_b)
print(ss.a)
del mm.a
attempt("deleted", lambda: mm.a)
nc = NonCallableMock()
attempt("noncallable", nc)
print(type(nc.x).__name__, type(Mock().x).__name__, type(MagicMock().x).__name__)
