# unittest.mock.MagicMock: the magic methods configured with CPython's defaults, and
# magic methods set by hand (mocks or plain functions receiving the mock).
from unittest.mock import MagicMock, Mock, NonCallableMagicMock, call


def attempt(label, f):
    try:
        result = f()
        print(label, "->", repr(result))
    except Exception as e:
        print(label, "->", type(e).__name__, str(e))


m = MagicMock()
print(len(m), int(m), float(m), bool(m), list(m), 1 in m, m.__index__())
print(str(m) == object.__str__(m), hash(m) == object.__hash__(m), m == m, m != m, m == 1, m != 1)
attempt("lt", lambda: m < 1)
attempt("ge", lambda: m >= 1)
print(m.__lt__.return_value, m.__exit__(1, 2, 3))
with m as x:
    print(x is m.__enter__.return_value)
print(m.__enter__.call_count, m.__exit__.call_count)
m.__len__.return_value = 3
m.__iter__.return_value = [1, 2]
m.__contains__.return_value = True
m.__getitem__.return_value = "item"
m.__bool__.return_value = False
print(len(m), list(m), list(m), 5 in m, m[0], m["k"], bool(m))
m[1] = 2
del m[3]
print(m.__setitem__.call_args, m.__delitem__.call_args, m.__getitem__.call_args_list)
print(m + 1 is m.__add__.return_value, (1 + m) is m.__radd__.return_value)
m.__add__.return_value = 10
print(m + 5, m.__add__.call_args)
m.__eq__.return_value = True
print(m == 3)
m.__lt__.return_value = True
print(m < 2)
print(m.mock_calls[:3])
print(abs(m) is m.__abs__.return_value, -m is m.__neg__.return_value, round(m) is m.__round__.return_value)

f = MagicMock()
f.__len__ = lambda self: 42
f.__str__ = lambda self: "custom"
print(len(f), str(f))
g = MagicMock()
g.__iter__ = Mock(return_value=iter([7, 8]))
print(list(g))
h = MagicMock()
h.__getitem__.side_effect = KeyError("nope")
attempt("getitem side_effect", lambda: h["x"])
n = NonCallableMagicMock()
print(len(n))
attempt("noncallable magic", n)
p = Mock()
attempt("plain mock len", lambda: len(p))
p.__len__ = Mock(return_value=2)
print(len(p))
attempt("unsupported magic", lambda: setattr(p, "__getattr__", 1))
s = MagicMock(spec=["__len__"])
print(len(s))
attempt("spec magic iter", lambda: iter(s))
print(type(MagicMock()).__name__, isinstance(MagicMock(), MagicMock), isinstance(MagicMock(), Mock))
