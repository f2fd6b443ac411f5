# sys.getrefcount, sys.orig_argv, sys.stdlib_module_names, and PYTHONINTMAXSTRDIGITS read
# at start-up (an invalid value stops the interpreter with CPython's fatal error).
import os
import subprocess
import sys

x = []
before = sys.getrefcount(x)
y = x
print(sys.getrefcount(x) - before)
del y
print(sys.getrefcount(x) == before)
print(sys.getrefcount(None) == sys.getrefcount(None) > 1)
try:
    sys.getrefcount()
except TypeError as e:
    print("TypeError:", e)

print(type(sys.orig_argv).__name__, sys.orig_argv[-1] == sys.argv[-1])

names = sys.stdlib_module_names
print(type(names).__name__, len(names) > 250)
for name in ["asyncio", "json", "os", "sys", "collections", "_abc", "zipfile", "antigravity"]:
    print(name, name in names)
print("requests" in names, "numpy" in names)


def child(value, code):
    env = dict(os.environ)
    if value is None:
        env.pop("PYTHONINTMAXSTRDIGITS", None)
    else:
        env["PYTHONINTMAXSTRDIGITS"] = value
    r = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True)
    return r.returncode, r.stdout.strip(), r.stderr.strip().splitlines()[:1]


show = "import sys; print(sys.get_int_max_str_digits(), sys.flags.int_max_str_digits)"
for value in [None, "", "0", "640", "5000", " 700", "+800", "2147483647"]:
    print(repr(value), child(value, show))
for value in ["100", "-1", "abc", "700 ", "0x300", "99999999999"]:
    print(repr(value), child(value, show))
print(child("700", "print(len(str(10 ** 699)))"))
print(child("700", "str(10 ** 700)")[0])
