# unittest.mock.patch: as a decorator (stacked, on a class), as a context manager, with
# start/stop, new=, return_value, side_effect, patch.object, patch.dict and
# patch.multiple; the original is restored in every case, also after an exception.
import os
import json
from unittest import mock
from unittest.mock import patch, MagicMock, sentinel, DEFAULT


def attempt(label, f):
    try:
        result = f()
        print(label, "->", repr(result))
    except Exception as e:
        print(label, "->", type(e).__name__, str(e))


def helper(x):
    return x * 2


def uses_helper(x):
    return helper(x) + 1


class Service:
    level = 1

    def fetch(self, key):
        return "real " + key

    @staticmethod
    def static():
        return "static"


real_getcwd = os.getcwd

with patch("os.getcwd") as fake:
    fake.return_value = "/fake"
    print(os.getcwd(), type(fake).__name__, fake.call_count)
print(os.getcwd is real_getcwd)

with patch("os.getcwd", return_value="/rv"):
    print(os.getcwd())
with patch("os.getcwd", new=lambda: "/new") as new:
    print(os.getcwd(), new())
with patch("os.getcwd", side_effect=OSError("boom")):
    attempt("side_effect", os.getcwd)
with patch("__main__.helper", return_value=100) as h:
    print(uses_helper(3), h.call_args)
print(uses_helper(3))


@patch("__main__.helper")
def decorated(extra, h):
    h.return_value = 7
    return uses_helper(extra), h.call_args


print(decorated(5))


@patch("os.getcwd", return_value="/a")
@patch("__main__.helper", return_value=0)
def stacked(h, cwd):
    return h is not cwd, uses_helper(1), os.getcwd()


print(stacked())


@patch("__main__.helper", new=sentinel.replacement)
def not_passed():
    return helper


print(not_passed(), helper is not sentinel.replacement)

try:
    with patch("os.getcwd", return_value="/x"):
        raise ValueError("inside")
except ValueError as e:
    print("restored after", e, os.getcwd is real_getcwd)

with patch.object(Service, "fetch", return_value="mocked") as fetch:
    print(Service().fetch("k"), fetch.call_args)
print(Service().fetch("k"))
with patch.object(Service, "level", 5):
    print(Service.level)
print(Service.level)
with patch.object(Service, "missing", create=True, new=3):
    print(Service.missing)
print(hasattr(Service, "missing"))
attempt("missing attribute", lambda: patch.object(Service, "missing").__enter__())
attempt("str target for object", lambda: patch.object("os", "getcwd"))
attempt("bad target", lambda: patch("nodots"))
attempt("new and new_callable", lambda: patch("os.getcwd", new=1, new_callable=list))

p = patch("os.getcwd", return_value="/started")
started = p.start()
print(os.getcwd(), started is os.getcwd)
p.stop()
print(os.getcwd is real_getcwd)
patch("os.getcwd", return_value="/1").start()
patch("os.getpid", return_value=-1).start()
print(os.getcwd(), os.getpid())
patch.stopall()
print(os.getcwd is real_getcwd, os.getpid() > 0)

with patch("os.getcwd", new_callable=lambda: MagicMock(return_value="/callable")) as nc:
    print(os.getcwd())
with patch("json.dumps", autospec=True) as dumps:
    dumps.return_value = "{}"
    print(json.dumps({"a": 1}), dumps.call_args)
    attempt("autospec wrong call", lambda: json.dumps())

config = {"a": 1, "b": 2}
with patch.dict(config, {"b": 20, "c": 30}):
    print(sorted(config.items()))
print(sorted(config.items()))
with patch.dict(config, clear=True, z=26):
    print(config)
print(config)


@patch.dict(config, {"a": 100})
def with_dict():
    return config["a"]


print(with_dict(), config["a"])
with patch.dict("os.environ", {"CORO_MOCK_TEST": "yes"}):
    print(os.environ["CORO_MOCK_TEST"])
print("CORO_MOCK_TEST" in os.environ)

with patch.multiple(Service, fetch=DEFAULT, level=9) as values:
    print(sorted(values), Service.level, type(values["fetch"]).__name__)
print(Service.level)


@patch("__main__.helper", return_value=-1)
class Tests:
    def test_one(self, h):
        return uses_helper(0)

    def other(self):
        return uses_helper(0)


print(Tests().test_one(), Tests().other())
print(mock.patch is patch, patch.TEST_PREFIX)
