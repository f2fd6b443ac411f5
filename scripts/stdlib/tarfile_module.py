# tarfile: reading a gzipped archive python3 wrote (embedded below: a pax long name,
# a UTF-8 name, a float mtime, links), writing archives whose bytes must be
# python3's (their SHA-256 is in the expected output) in the pax, ustar and GNU
# formats, add/extract through the file system, append mode, filters and errors.
import base64
import gzip
import hashlib
import io
import os
import tarfile

PY_TGZ = base64.b64decode(
    "H4sIAAAAAAACA+2ZQU7DMBBFveYUPkHqmdgOmwqWLLlBZaVOGzVNqmKkXIlzcDGcUCgNlK7sIjxv48iyZMlff/7Y2W1WMxYY"
    "4SmUGkfPdBy/IS+wkHCY10oVjCsWgecnZ/Z+S5YmO6//2jZNl7neBdRfSzmMUKiD7hqP+gOe6g8odc64iKm/aerS/rLOL6uq"
    "/6f/qD33R3DDiATJZtns/tH0D9Ys7T6c/3+o+5/+R8CTLBDgpwTjPdX/4EB+y3fGredDEDRdu1q0ZmsXcb+G7KH6c7X8Dy3x"
    "l/w/0//J0/zPEYb+T5D/gzMoRC6g/L9m/gvU3/M/p/yPAeIx/ktTvb5QFieX/173u4DXf3Y5//Xk/i/AL6f8j4ApS9s68kHS"
    "/X/dbkLucdn/k/dfACyAcQz9MEn+f3//Nfvl39If/RWQcYjxOJ24/tT/J9//b129tXPQH+efKer/k6r/VdMZF+f/35n6D9P+"
    "XwL1/1GoyAIEQRAEkRxvoh61PQAoAAA=")

with tarfile.open(fileobj=io.BytesIO(PY_TGZ)) as t:
    print(t.getnames())
    for m in t.getmembers():
        print(repr(m.name), m.type, oct(m.mode), m.size, m.mtime, m.uid, m.gid,
              m.uname, m.gname, m.linkname, m.isfile(), m.isdir(), m.issym(), m.islnk(),
              sorted(m.pax_headers))
    print(t.extractfile("pkg/hello.txt").read(), t.extractfile("pkg/link").read(),
          t.extractfile("pkg/hard").read(), t.extractfile("pkg"))
    f = t.extractfile("pkg/caf\u00e9.txt")
    print(f.read(3), f.tell(), f.seek(1), f.read(), f.readable(), f.seekable())
    try:
        t.getmember("nope")
    except KeyError as e:
        print("KeyError:", e)
    print(t.getmember("pkg/").name, t.getmember("pkg/float.txt").mtime)
with tarfile.open(fileobj=io.BytesIO(PY_TGZ), mode="r:gz") as t:
    print(len(t.getmembers()), [m.name for m in t][:2])
print(tarfile.is_tarfile(io.BytesIO(PY_TGZ)), tarfile.is_tarfile(io.BytesIO(b"x" * 600)))


# Byte-compatibility: archives from TarInfo objects with fixed fields.
def build(format, names):
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w", format=format) as t:
        for k, name in enumerate(names):
            info = tarfile.TarInfo(name)
            info.mtime = 1700000000 + k
            info.uid, info.gid, info.uname, info.gname = 1000 + k, 100, "user", "group"
            data = ("%s contents\n" % name).encode() * (k + 1)
            info.size = len(data)
            t.addfile(info, io.BytesIO(data))
        d = tarfile.TarInfo("folder")
        d.type = tarfile.DIRTYPE
        d.mode = 0o755
        t.addfile(d)
        s = tarfile.TarInfo("folder/sym")
        s.type = tarfile.SYMTYPE
        s.linkname = "../" + names[0][-20:]
        t.addfile(s)
    return buf.getvalue()


simple = ["a.txt", "dir/b.txt"]
longer = simple + ["x/" * 60 + "deep.txt", "\u00fcnicode.txt"]
for format, names in [(tarfile.PAX_FORMAT, simple), (tarfile.PAX_FORMAT, longer),
                      (tarfile.USTAR_FORMAT, simple), (tarfile.GNU_FORMAT, longer)]:
    try:
        data = build(format, names)
    except ValueError as e:
        print(format, "ValueError:", e)
        continue
    print(format, len(names), len(data), hashlib.sha256(data).hexdigest())
    with tarfile.open(fileobj=io.BytesIO(data)) as t:
        print("   ", [(m.name, m.size, m.mtime) for m in t])
        print("   ", t.extractfile(names[-1]).read()[:30])
print(build(tarfile.USTAR_FORMAT, ["p/" * 60 + "q.txt"])[345:360])
try:
    build(tarfile.USTAR_FORMAT, ["\u00fc" * 200])
except ValueError as e:
    print("ValueError:", e)
info = tarfile.TarInfo("n.txt")
info.mtime = 1.5
print(info.tobuf()[:8], len(info.tobuf()), len(info.tobuf(tarfile.USTAR_FORMAT)))
info.mtime = 8 ** 11
print(len(info.tobuf()), info.tobuf()[:600].count(b"mtime"))
try:
    info.tobuf(tarfile.USTAR_FORMAT)
except ValueError as e:
    print("ValueError:", e)
print(len(info.tobuf(tarfile.GNU_FORMAT)))
print(repr(tarfile.TarInfo("x"))[:14], tarfile.TarInfo().name, tarfile.TarInfo("d").get_info()["mode"])

# Compressed writing (the gzip header holds the time, so only the tar inside is hashed).
buf = io.BytesIO()
with tarfile.open(fileobj=buf, mode="w:gz") as t:
    info = tarfile.TarInfo("z.txt")
    info.size = 5
    t.addfile(info, io.BytesIO(b"zzzzz"))
inner = gzip.decompress(buf.getvalue())
print(len(inner), hashlib.sha256(inner).hexdigest())
buf.seek(0)
with tarfile.open(fileobj=buf, mode="r:*") as t:
    print(t.getnames(), t.extractfile("z.txt").read())

# The file system.
folder = "/tmp/coro_tarfile_%d" % os.getpid()
os.makedirs(os.path.join(folder, "src", "sub"))
try:
    with open(os.path.join(folder, "src", "one.txt"), "w") as f:
        f.write("one\n")
    with open(os.path.join(folder, "src", "sub", "two.txt"), "wb") as f:
        f.write(b"two" * 700)
    os.symlink("one.txt", os.path.join(folder, "src", "alias"))
    archive = os.path.join(folder, "out.tar")
    with tarfile.open(archive, "w") as t:
        t.add(os.path.join(folder, "src"), arcname="src")
        t.add(os.path.join(folder, "src", "one.txt"), arcname="renamed.txt",
              filter=lambda ti: ti.replace(mtime=0, uname="nobody", deep=False))
        t.add(os.path.join(folder, "src", "one.txt"), arcname="skipped",
              filter=lambda ti: None)
    with tarfile.open(archive, "a") as t:
        info = tarfile.TarInfo("appended.txt")
        info.size = 3
        t.addfile(info, io.BytesIO(b"abc"))
    print(os.path.getsize(archive) % tarfile.RECORDSIZE, tarfile.is_tarfile(archive))
    with tarfile.open(archive) as t:
        for m in t:
            print(m.name, m.type, m.size, oct(m.mode & 0o777), m.linkname,
                  m.uname if m.name == "renamed.txt" else "")
        out = os.path.join(folder, "out")
        t.extractall(out, filter="data")
        t.extract("renamed.txt", os.path.join(folder, "one"))
        print(os.path.getmtime(os.path.join(folder, "one", "renamed.txt")))
    for dirpath, dirnames, filenames in sorted(os.walk(os.path.join(folder, "out"))):
        print(os.path.relpath(dirpath, folder), sorted(dirnames), sorted(filenames))
    print(os.readlink(os.path.join(folder, "out", "src", "alias")))
    with open(os.path.join(folder, "out", "src", "sub", "two.txt"), "rb") as f:
        print(len(f.read()))

    # Filters refusing what would leave the destination.
    evil = io.BytesIO()
    with tarfile.open(fileobj=evil, mode="w") as t:
        for name in ["../escape.txt", "/abs.txt"]:
            info = tarfile.TarInfo(name)
            t.addfile(info, io.BytesIO(b""))
        link = tarfile.TarInfo("badlink")
        link.type = tarfile.SYMTYPE
        link.linkname = "/etc/passwd"
        t.addfile(link)
    for name in ["../escape.txt", "/abs.txt", "badlink"]:
        for flt in ["data", "tar"]:
            evil.seek(0)
            with tarfile.open(fileobj=evil) as t:
                try:
                    t.extract(name, os.path.join(folder, "safe"), filter=flt)
                    print(name, flt, "extracted")
                except tarfile.FilterError as e:
                    print(name, flt, type(e).__name__, str(e).replace(folder, "<dir>"))
    evil.seek(0)
    with tarfile.open(fileobj=evil) as t:
        try:
            t.extractall(folder, filter="bogus")
        except ValueError as e:
            print("ValueError:", e)
finally:
    for dirpath, dirnames, filenames in os.walk(folder, topdown=False):
        for name in filenames + [d for d in dirnames if os.path.islink(os.path.join(dirpath, d))]:
            os.remove(os.path.join(dirpath, name))
        for name in dirnames:
            if not os.path.islink(os.path.join(dirpath, name)):
                os.rmdir(os.path.join(dirpath, name))
    os.rmdir(folder)

# (Mode "r" would list every method's failure, bz2 and xz among them: coro has no bz2 or
# lzma module yet, so the methods are tried one by one here.)
for bad in [b"", b"x" * 512, b"\0" * 1024]:
    for mode in ["r:", "r:gz"]:
        try:
            with tarfile.open(fileobj=io.BytesIO(bad), mode=mode) as t:
                print(repr(bad[:4]), mode, t.getnames())
        except tarfile.ReadError as e:
            print("ReadError:", mode, e)
for call in [lambda: tarfile.open(), lambda: tarfile.open(fileobj=io.BytesIO(), mode="q"),
             lambda: tarfile.open(fileobj=io.BytesIO(), mode="w:zip"),
             lambda: tarfile.open(fileobj=io.BytesIO(PY_TGZ), mode="r:")]:
    try:
        call()
    except Exception as e:
        print(type(e).__name__, e)
t = tarfile.open(fileobj=io.BytesIO(), mode="w")
t.close()
try:
    t.getmembers()
except OSError as e:
    print("OSError:", e)
print(tarfile.REGTYPE, tarfile.DIRTYPE, tarfile.DEFAULT_FORMAT, tarfile.BLOCKSIZE,
      tarfile.ReadError.__mro__[1].__name__, tarfile.TarInfo.__module__)
