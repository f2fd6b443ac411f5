# sys._getframe and inspect.currentframe()/stack(): the caller's code, line, globals and
# the f_back chain, as CPython 3.11 shows them.
import inspect
import os
import sys


def who_called():
    caller = sys._getframe(1)
    return caller.f_code.co_name, caller.f_lineno


def outer():
    here = sys._getframe(); line = here.f_lineno
    print(here.f_code.co_name, line, os.path.basename(here.f_code.co_filename))
    print(here.f_code.co_firstlineno, here.f_code.co_varnames)
    print(here.f_globals is globals(), here.f_back.f_code.co_name)
    print(who_called())
    return inner(1)


def inner(x):
    # coro's frames are snapshots: f_lineno is read on the line that took the frame.
    frame = inspect.currentframe(); names = [(frame.f_code.co_name, frame.f_lineno)]
    frame = frame.f_back
    while frame is not None:
        names.append((frame.f_code.co_name, frame.f_lineno))
        frame = frame.f_back
    print(names)
    print([(info.function, info.lineno, info.code_context) for info in inspect.stack()])
    print(inspect.stack()[0].frame.f_code.co_name)
    return x


class Widget:
    def method(self):
        return sys._getframe().f_code.co_name, sys._getframe(1).f_code.co_name


outer()
print(Widget().method())
top = sys._getframe(); line = top.f_lineno
print(top.f_code.co_name, top.f_back, top.f_locals is globals(), line)
print(type(top).__name__, repr(top).startswith("<frame at 0x"))
try:
    sys._getframe(50)
except ValueError as e:
    print("ValueError:", e)
try:
    sys._getframe("x")
except TypeError as e:
    print("TypeError:", e)
