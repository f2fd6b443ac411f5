# fileinput over several files: the module-level state, FileInput as a context manager,
# nextfile, binary mode, in-place editing with and without a backup, hooks and errors.
import fileinput
import gzip
import os
import tempfile

d = tempfile.mkdtemp()
a = os.path.join(d, "a.txt")
b = os.path.join(d, "b.txt")
with open(a, "w") as f:
    f.write("a1\na2\na3\n")
with open(b, "w") as f:
    f.write("b1\nb2")
for line in fileinput.input([a, b], encoding="utf-8"):
    print(os.path.basename(fileinput.filename()), fileinput.lineno(), fileinput.filelineno(),
          fileinput.isfirstline(), fileinput.isstdin(), fileinput.fileno() > 2, repr(line))
fileinput.close()
try:
    fileinput.lineno()
except RuntimeError as e:
    print(e)
with fileinput.FileInput(files=(a, b), encoding="utf-8") as fi:
    for line in fi:
        if fi.filelineno() == 2:
            fi.nextfile()
        print(fi.lineno(), line.strip())
    print(fi.filename() is not None, fi.fileno())
with fileinput.input(a, mode="rb") as fi:
    print(list(fi))
print(fileinput.FileInput([a], encoding="utf-8").readline())
with fileinput.input([a], inplace=True, backup=".orig", encoding="utf-8") as fi:
    for line in fi:
        print(line.upper(), end="")
print(open(a).read(), open(a + ".orig").read(), sep="|")
with fileinput.input([b], inplace=True, encoding="utf-8") as fi:
    for line in fi:
        print(fi.filelineno(), line.strip())
print(open(b).read(), os.path.exists(b + ".bak"))
g = os.path.join(d, "c.gz")
with gzip.open(g, "wt") as f:
    f.write("zipped\n")
with fileinput.input([g, a], openhook=fileinput.hook_compressed, encoding="utf-8") as fi:
    print([line for line in fi])
with fileinput.input([a], openhook=fileinput.hook_encoded("latin-1")) as fi:
    print(next(fi))
for bad in (dict(mode="w"), dict(inplace=True, openhook=open), dict(openhook=5)):
    try:
        fileinput.FileInput([a], **bad)
    except ValueError as e:
        print(e)
fileinput.input([a], encoding="utf-8")
try:
    next(fileinput._state)
    fileinput.input([a], encoding="utf-8")
except RuntimeError as e:
    print(e)
fileinput.close()
print(fileinput.FileInput[str])

import shutil
shutil.rmtree(d)
