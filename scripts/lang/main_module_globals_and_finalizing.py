# __main__ starts with CPython's names (an empty __annotations__, __cached__ None for a
# script); sys.is_finalizing() is False while the program runs and True in the
# finalizers run at shutdown; traceback's limit=0 leaves no frames and no header.
import sys
import traceback

print(sorted(k for k in globals() if k.startswith("__")), __cached__, __annotations__)
count: int = 3
print(__annotations__)
print(sys.is_finalizing())


class Resource:
    def __del__(self):
        print("finalizing at exit:", sys.is_finalizing())


keep = Resource()
try:
    raise ValueError("with limit")
except ValueError:
    traceback.print_exc(limit=0, file=sys.stdout)
    print(traceback.format_exc(limit=1).count("File"))
    print("".join(traceback.format_exception(*sys.exc_info(), limit=0)), end="")
