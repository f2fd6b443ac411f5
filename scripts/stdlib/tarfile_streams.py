# tarfile beyond the basics: the stream modes ('w|gz', 'r|gz', 'r|*', 'w|'), list(),
# member streams (lines, seeking), GNU long links and base-256 numbers, pax global
# headers, ignore_zeros, TarInfo.replace, what the 'data' and 'tar' filters change,
# and the errors of each.
import gzip
import hashlib
import io
import os
import tarfile


def show(label, call):
    try:
        print(label, repr(call()))
    except Exception as e:
        print(label, type(e).__name__, e)


def member(name, data=b"", **fields):
    info = tarfile.TarInfo(name)
    info.size = len(data)
    info.mtime = 1234567890
    for key, value in fields.items():
        setattr(info, key, value)
    return info, io.BytesIO(data)


text = b"".join(b"row %d of the table\n" % k for k in range(40))

# Stream writing, then reading back as a stream and as a file.
raw = io.BytesIO()
with tarfile.open(fileobj=raw, mode="w|gz") as t:
    t.addfile(*member("table.txt", text))
    t.addfile(*member("empty.txt"))
packed = raw.getvalue()
plain = gzip.decompress(packed)
print(packed[:3], len(plain), hashlib.sha256(plain).hexdigest())
with tarfile.open(fileobj=io.BytesIO(packed), mode="r|gz") as t:
    for m in t:
        data = t.extractfile(m).read()
        print(m.name, m.size, len(data), data[:12])
    show("stream again", lambda: [m.name for m in t.getmembers()])
with tarfile.open(fileobj=io.BytesIO(packed), mode="r|*") as t:
    print(t.getnames())
with tarfile.open(fileobj=io.BytesIO(plain), mode="r|*") as t:
    print(t.getnames())
with tarfile.open(fileobj=io.BytesIO(plain), mode="r|") as t:
    first = t.next()
    second = t.next()
    print(first.name, second.name, t.next())
    show("backwards", lambda: t.extractfile(first).read())
raw = io.BytesIO()
with tarfile.open(fileobj=raw, mode="w|") as t:
    t.addfile(*member("s.txt", b"streamed"))
print(len(raw.getvalue()), raw.getvalue() == plain[:0] or hashlib.sha256(raw.getvalue()).hexdigest())
show("stream mode", lambda: tarfile.open(fileobj=io.BytesIO(), mode="a|gz"))
show("stream kind", lambda: tarfile.open(fileobj=io.BytesIO(), mode="w|zip"))
show("not gzip", lambda: tarfile.open(fileobj=io.BytesIO(plain), mode="r|gz"))
show("gz append", lambda: tarfile.open(fileobj=io.BytesIO(packed), mode="a:gz"))

# Member streams.
with tarfile.open(fileobj=io.BytesIO(plain)) as t:
    f = t.extractfile("table.txt")
    print(type(f).__name__, f.readline(), f.readline(4), f.readline(), f.tell())
    print(f.seek(-20, 2), f.read(), f.seek(0), len(f.readlines()), f.seek(5, 1))
    print(f.peek(3)[:3], f.read(3), sum(1 for _ in f))
    b = bytearray(6)
    f.seek(0)
    print(f.readinto(b), b, f.name, repr(f))
    f.close()
    show("closed", lambda: f.read())
    t.list(verbose=False)
    for m in t:
        m.uname, m.gname = "someone", ""
        m.gid = 27
    t.list()
    t.list(members=[t.getmember("empty.txt")])
    print(t.extractfile("empty.txt").read(), t.getmember("empty.txt").isfile())
    show("write to reader", lambda: t.addfile(tarfile.TarInfo("x")))
show("closed archive", lambda: t.extractfile("table.txt"))

# GNU long names and links, base-256 numbers.
buf = io.BytesIO()
with tarfile.open(fileobj=buf, mode="w", format=tarfile.GNU_FORMAT) as t:
    info, data = member("long/" + "n" * 120 + ".txt", b"gnu")
    info.uid = 8 ** 8
    info.mtime = -5
    t.addfile(info, data)
    link, _ = member("linked", type=tarfile.SYMTYPE, linkname="target/" * 20)
    t.addfile(link)
data = buf.getvalue()
print(len(data), hashlib.sha256(data).hexdigest())
with tarfile.open(fileobj=io.BytesIO(data)) as t:
    for m in t:
        print(len(m.name), m.uid, m.mtime, len(m.linkname), m.issym(), m.pax_headers)
show("ustar long link", lambda: member("x", type=tarfile.SYMTYPE, linkname="l" * 101)[0]
     .tobuf(tarfile.USTAR_FORMAT))
show("gnu overflow", lambda: member("x", size=256 ** 12)[0].tobuf(tarfile.GNU_FORMAT))
show("none field", lambda: member("x", uname=None)[0].tobuf())
show("bad format", lambda: member("x")[0].tobuf(7))

# pax: global headers, big numbers, names that are not ASCII.
buf = io.BytesIO()
with tarfile.open(fileobj=buf, mode="w", pax_headers={"comment": "global note"}) as t:
    info, data = member("big.txt", b"x", uid=8 ** 9, gname="gr\u00fcppe")
    t.addfile(info, data)
    t.addfile(*member("bytes-\u00ff.txt", b"y"))
data = buf.getvalue()
print(len(data), hashlib.sha256(data).hexdigest())
with tarfile.open(fileobj=io.BytesIO(data)) as t:
    print(t.pax_headers)
    for m in t:
        print(repr(m.name), m.uid, m.gname, sorted(m.pax_headers.items()))

# ignore_zeros reads past zero blocks between archives.
two = io.BytesIO()
for name in ["one.txt", "two.txt"]:
    part = io.BytesIO()
    with tarfile.open(fileobj=part, mode="w") as t:
        t.addfile(*member(name, name.encode()))
    two.write(part.getvalue())
for flag in [False, True]:
    with tarfile.open(fileobj=io.BytesIO(two.getvalue()), ignore_zeros=flag) as t:
        print(flag, t.getnames())

# TarInfo.replace and the filters' changes.
info, _ = member("dir/run.sh", b"", mode=0o4777, uid=5, gid=6, uname="u", gname="g")
copy = info.replace(name="other", mode=0o600)
print(copy.name, oct(copy.mode), info.name, oct(info.mode), copy.uid)
show("replace bad", lambda: info.replace(size=3))
for flt in [tarfile.tar_filter, tarfile.data_filter, tarfile.fully_trusted_filter]:
    got = flt(info, "/tmp/dest")
    print(flt.__name__, got is info, got.name, oct(got.mode), got.uid, got.uname)
plain_file, _ = member("/abs/file", mode=0o640)
got = tarfile.data_filter(plain_file, "/tmp/dest")
print(got.name, oct(got.mode), got.uid, got.gname)
folder, _ = member("sub", type=tarfile.DIRTYPE, mode=0o777)
print(tarfile.data_filter(folder, "/tmp/dest").mode, oct(tarfile.tar_filter(folder, "/tmp/dest").mode))
for kind, name, linkname in [(tarfile.CHRTYPE, "dev", ""), (tarfile.FIFOTYPE, "fifo", ""),
                             (tarfile.SYMTYPE, "up", "../../x"), (tarfile.LNKTYPE, "hard", "../x"),
                             (tarfile.SYMTYPE, "ok", "sub/../file")]:
    m, _ = member(name, type=kind, linkname=linkname)
    for flt in [tarfile.data_filter, tarfile.tar_filter]:
        try:
            r = flt(m, "/tmp/dest")
            print(name, flt.__name__, "ok", oct(r.mode) if r.mode is not None else None)
        except tarfile.FilterError as e:
            print(name, flt.__name__, type(e).__name__, e, e.tarinfo is m)
t = tarfile.open(fileobj=io.BytesIO(plain))
t.extraction_filter = "data"
show("string attribute", lambda: t.extractall("/tmp/never"))
t.close()
print(issubclass(tarfile.OutsideDestinationError, tarfile.FilterError),
      issubclass(tarfile.FilterError, tarfile.TarError), tarfile.FilterError.__module__)

# The file system: extract with numeric modes kept by the 'tar' filter, a hard link.
folder = "/tmp/coro_tarstreams_%d" % os.getpid()
os.mkdir(folder)
try:
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w") as t:
        t.addfile(*member("bin/tool", b"#!/bin/sh\n", mode=0o751))
        t.addfile(*member("bin/copy", type=tarfile.LNKTYPE, linkname="bin/tool"))
        t.addfile(*member("notes.txt", b"n", mode=0o666))
    for flt in ["tar", "data"]:
        buf.seek(0)
        out = os.path.join(folder, flt)
        with tarfile.open(fileobj=buf) as t:
            t.extractall(out, filter=flt)
        for name in ["bin/tool", "bin/copy", "notes.txt"]:
            st = os.stat(os.path.join(out, name))
            print(flt, name, oct(st.st_mode & 0o777), st.st_mtime, st.st_nlink)
    buf.seek(0)
    with tarfile.open(fileobj=buf) as t:
        t.extractall(os.path.join(folder, "some"), members=[t.getmember("notes.txt")],
                     filter="data")
    print(sorted(os.listdir(os.path.join(folder, "some"))))
    path = os.path.join(folder, "made.tar")
    with tarfile.open(path, "w") as t:
        t.add(os.path.join(folder, "tar", "notes.txt"), arcname="n.txt")
        t.add(path)      # the archive itself is skipped
    with tarfile.open(path, "a") as t:
        t.add(os.path.join(folder, "tar", "bin"), arcname="b", recursive=False)
    with tarfile.open(path) as t:
        print([(m.name, m.type, m.size) for m in t])
    try:
        tarfile.open(path, "x")
    except FileExistsError as e:
        print("x exists", e.errno, e.filename == path)
    print(tarfile.is_tarfile(path), tarfile.is_tarfile(os.path.join(folder, "tar", "notes.txt")))
finally:
    for dirpath, dirnames, filenames in os.walk(folder, topdown=False):
        for name in filenames:
            os.remove(os.path.join(dirpath, name))
        for name in dirnames:
            os.rmdir(os.path.join(dirpath, name))
    os.rmdir(folder)
