# unittest.mock: mock_open (reading, iterating and writing through a mocked open),
# seal, attach_mock, wraps of objects, and a user subclass of Mock.
from unittest.mock import MagicMock, Mock, call, mock_open, patch, seal


def attempt(label, f):
    try:
        result = f()
        print(label, "->", repr(result))
    except Exception as e:
        print(label, "->", type(e).__name__, str(e))


m = mock_open(read_data="line one\nline two\nthree")
with patch("builtins.open", m):
    with open("some/file.txt") as f:
        print(repr(f.read()))
    with open("other") as f:
        print(repr(f.readline()), repr(f.readline()))
    with open("third") as f:
        print(f.readlines())
    with open("fourth") as f:
        print([line for line in f])
    with open("out.txt", "w") as f:
        f.write("hello")
print(m.call_args_list)
m.assert_called_with("out.txt", "w")
handle = m()
handle.write.assert_called_once_with("hello")

s = Mock()
s.method.return_value = 1
seal(s)
print(s.method())
attempt("sealed attribute", lambda: s.other)
attempt("sealed call chain", lambda: s.method.child)

parent = Mock()
child = Mock(return_value=None)
parent.attach_mock(child, "child")
child(1)
parent.child(2)
print(parent.mock_calls, parent.method_calls)


class Real:
    def add(self, a, b):
        return a + b

    value = 10


w = Mock(wraps=Real())
print(w.add(2, 3), w.add.call_args, w.add.call_count)


class Counter(Mock):
    def extra(self):
        return "extra"


c = Counter()
print(type(c.child).__name__, c.child.extra(), c.extra())
calls = [call(1), call(2)]
print(calls, call(1) in calls, call(1, 2) == call(1, 2), call(1) != call(2))
print(call.a(1) == call.a(1), call.a(1) == call.b(1), call(x=1) == call(x=2))
print(call(1).args, call(1, k=2).kwargs, tuple(call(5)))
m = Mock()
m.a.b.c(1)
print(m.a.b.c.mock_calls, m.mock_calls, m.a.mock_calls)
print(m.method_calls)
mm = MagicMock()
mm.x.y.return_value = 3
print(mm.x.y(), mm.mock_calls)
