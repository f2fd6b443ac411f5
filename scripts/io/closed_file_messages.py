# Each operation on a closed file fails with the message of the class the file is:
# buffered binary files name the operation, a text file's own operations end with a
# period, FileIO's and the queries (fileno, readable...) do not.
import os

name = f"closed-file-messages-{os.getpid()}.bin"
with open(name, "wb") as f:
    f.write(b"data\n")
OPS = ["read", "readline", "write", "tell", "seek", "truncate", "flush", "fileno",
       "isatty", "readable", "writable", "seekable", "__next__"]
try:
    for mode, kw in [("rb", {}), ("wb", {}), ("r+b", {}), ("r", {}), ("w", {}),
                     ("rb", {"buffering": 0})]:
        f = open(name, mode, **kw)
        f.close()
        f.close()  # closing twice is allowed
        print(mode, kw, type(f).__name__, f.closed)
        for op in OPS:
            args = {"write": ("x" if "b" not in mode else b"x",), "seek": (0,)}.get(op, ())
            try:
                getattr(f, op)(*args)
                print("   ", op, "ok")
            except ValueError as e:
                print("   ", op, type(e).__name__, e)
finally:
    os.remove(name)
