# faulthandler: enable/disable/is_enabled and dump_traceback's layout (to a file and to
# stdout, after what print() buffered), with the errors of a bad file argument.
import faulthandler
import os
import sys
import tempfile


def short(text):
    # The script's own path as CPython prints it is absolute: keep its last part.
    return text.replace(os.path.dirname(os.path.abspath(__file__)) + os.sep, "")

print(faulthandler.is_enabled())
faulthandler.enable()
print(faulthandler.is_enabled())
print(faulthandler.disable(), faulthandler.is_enabled(), faulthandler.disable())


def inner():
    with tempfile.TemporaryFile("w+") as f:
        faulthandler.dump_traceback(f, all_threads=False)
        f.seek(0)
        print(short(f.read()), end="")


def outer():
    inner()


outer()
print("before")
with tempfile.TemporaryFile("w+") as f:
    print("buffered", file=f)
    faulthandler.dump_traceback(f, all_threads=False)
    f.seek(0)
    print(short(f.read()), end="")
print("after")
for bad in (5.5, -1):
    try:
        faulthandler.enable(file=bad)
    except Exception as e:
        print(type(e).__name__, e)
try:
    faulthandler.dump_traceback_later(0)
except ValueError as e:
    print(e)
faulthandler.dump_traceback_later(60)
faulthandler.cancel_dump_traceback_later()
print(faulthandler.unregister(10))
