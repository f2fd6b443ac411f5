# An OS error nobody catches: CPython's traceback on stderr and exit status 1, after the
# output printed so far.
import os

name = "no-such-file-%d.txt" % os.getpid()
print("before")
os.remove(name.replace(str(os.getpid()), "coro"))
print("never")
