# sys.unraisablehook: exceptions with nowhere to go (__del__, weakref callbacks, atexit)
# reach a hook the script installs, as an UnraisableHookArgs; a failing hook is reported
# in its place; the built-in hook prints "Exception ignored in".
import sys
import weakref

print(sys.unraisablehook is sys.__unraisablehook__)
print(type(sys.unraisablehook).__name__)

seen = []


def hook(u):
    seen.append(u)


sys.unraisablehook = hook


class Noisy:
    def __del__(self):
        raise ValueError("from __del__")


n = Noisy()
del n


class Target:
    pass


t = Target()


def callback(ref):
    raise KeyError("from a weakref callback")


r = weakref.ref(t, callback)
del t

for u in seen:
    print(type(u).__name__, type(u).__module__, isinstance(u, tuple), len(u))
    print(" ", repr(u).startswith("UnraisableHookArgs(exc_type=<class"))
    print(" ", u.exc_type.__name__, repr(u.exc_value), u.exc_value.__class__ is u.exc_type)
    print(" ", u.exc_traceback is u.exc_value.__traceback__, u.err_msg)
    print(" ", getattr(u.object, "__qualname__", None))

args_type = type(seen[0])
made = args_type((ValueError, ValueError("v"), None, "custom message", None))
print(made.err_msg, made.object, made[3])
try:
    args_type((1, 2))
except TypeError as e:
    print("TypeError:", e)

sys.unraisablehook = sys.__unraisablehook__
try:
    sys.unraisablehook(42)
except TypeError as e:
    print("TypeError:", e)
try:
    sys.unraisablehook()
except TypeError as e:
    print("TypeError:", e)

# The built-in hook writes to sys.stderr; a message of None prints the default words,
# an object of None prints the message alone.
import io

saved, sys.stderr = sys.stderr, io.StringIO()
try:
    raise OSError("disk full")
except OSError as e:
    caught = e
sys.__unraisablehook__(args_type((OSError, caught, caught.__traceback__, "Custom words", Target)))
sys.__unraisablehook__(args_type((OSError, caught, None, None, None)))
text, sys.stderr = sys.stderr.getvalue(), saved
for line in text.splitlines():
    print("stderr:", line.replace(__file__, "FILE"))


class Broken:
    def __call__(self, u):
        raise RuntimeError("the hook broke")

    def __repr__(self):
        return "<the broken hook>"


class Callback:
    def __call__(self, ref):
        raise LookupError("from a callable callback")

    def __repr__(self):
        return "<a callback>"


# A hook that raises is reported in place of what it was given; with no hook at all
# (deleted), the built-in report is printed.
sys.unraisablehook = Broken()
print("before", flush=True)
n = Noisy()
del n
print("after", flush=True)
del sys.unraisablehook
t = Target()
r = weakref.ref(t, Callback())
del t
print("end")
