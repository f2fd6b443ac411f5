# bzip2 inside archives: zipfile's ZIP_BZIP2 members (bytes identical to CPython's),
# tarfile's r:bz2/w:bz2/x:bz2 and the stream modes r|bz2/w|bz2/r|*, and shutil's bztar
# format.
import bz2
import hashlib
import io
import os
import shutil
import tarfile
import zipfile

buf = io.BytesIO()
with zipfile.ZipFile(buf, "w", zipfile.ZIP_BZIP2) as z:
    z.writestr(zipfile.ZipInfo("a.txt", (2020, 1, 1, 0, 0, 0)), b"bzip2 member " * 400,
               zipfile.ZIP_BZIP2)
    z.writestr(zipfile.ZipInfo("b.txt", (2020, 1, 1, 0, 0, 0)), b"level one " * 300,
               zipfile.ZIP_BZIP2, compresslevel=1)
    with z.open("d.txt", "w") as w:
        w.write(b"streamed into bzip2 " * 50)
    z.writestr(zipfile.ZipInfo("c.txt", (2020, 1, 1, 0, 0, 0)), b"stored", zipfile.ZIP_STORED)
data = buf.getvalue()
print(len(data), hashlib.sha256(data).hexdigest())
with zipfile.ZipFile(io.BytesIO(data)) as z:
    for info in z.infolist():
        print(info, info.extract_version, info.create_version)
    print(len(z.read("a.txt")), z.read("b.txt")[:20], z.read("d.txt")[-9:], z.testzip())
    with z.open("a.txt") as f:
        print(f.read(5), f.seek(100), f.read(8), f.seek(0), f.readline()[:12])

members = [("x.txt", b"tar in bzip2\n" * 100), ("y.txt", b"")]


def fill(t):
    for name, content in members:
        info = tarfile.TarInfo(name)
        info.size = len(content)
        info.mtime = 1600000000
        t.addfile(info, io.BytesIO(content))


for mode in ["w:bz2", "w|bz2"]:
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode=mode) as t:
        fill(t)
    packed = buf.getvalue()
    inner = bz2.decompress(packed)
    print(mode, packed[:3], len(inner), hashlib.sha256(inner).hexdigest()[:20])
    for read_mode in ["r:bz2", "r:*", "r|bz2", "r|*", "r"]:
        with tarfile.open(fileobj=io.BytesIO(packed), mode=read_mode) as t:
            names = []
            for m in t:
                names.append((m.name, len(t.extractfile(m).read())))
            print("   ", read_mode, names)
for bad in [b"", b"x" * 600, bz2.compress(b"not a tar at all" * 40)]:
    try:
        tarfile.open(fileobj=io.BytesIO(bad), mode="r:bz2")
    except tarfile.ReadError as e:
        print("ReadError:", e)
try:
    tarfile.open(fileobj=io.BytesIO(b"x" * 600), mode="r|bz2").getnames()
except tarfile.ReadError as e:
    print("ReadError:", e)
print(tarfile.is_tarfile(io.BytesIO(bz2.compress(b"\0" * 1024))))

folder = "/tmp/coro_archives_bz2_%d" % os.getpid()
os.makedirs(os.path.join(folder, "tree", "sub"))
try:
    with open(os.path.join(folder, "tree", "sub", "f.txt"), "w") as f:
        f.write("in a bztar\n")
    path = os.path.join(folder, "made.tar.bz2")
    with tarfile.open(path, "x:bz2") as t:
        t.add(os.path.join(folder, "tree"), arcname="tree")
    with tarfile.open(path) as t:
        print(t.getnames())
    made = shutil.make_archive(os.path.join(folder, "out"), "bztar",
                               root_dir=os.path.join(folder, "tree"))
    print(os.path.basename(made))
    with tarfile.open(made) as t:
        print(sorted(t.getnames()))
    shutil.unpack_archive(made, os.path.join(folder, "back"), filter="data")
    with open(os.path.join(folder, "back", "sub", "f.txt")) as f:
        print(f.read(), end="")
    print(("bztar", "bzip2'ed tar-file") in shutil.get_archive_formats(),
          [f for f in shutil.get_unpack_formats() if f[0] == "bztar"])
finally:
    shutil.rmtree(folder)
