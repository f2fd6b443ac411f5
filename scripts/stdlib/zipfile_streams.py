# zipfile beyond the basics: member streams (lines, seeking back, peek, read1), writing to
# a stream that cannot seek (data descriptors), forced ZIP64 records, archives behind a
# prefix, traditional PKWARE encryption (an archive made by Info-ZIP's `zip -e`),
# zipfile.Path, ZipInfo.from_file and the errors of each.
import base64
import hashlib
import io
import os
import warnings
import zipfile


def show(label, call):
    try:
        print(label, repr(call()))
    except Exception as e:
        print(label, type(e).__name__, e)


buf = io.BytesIO()
with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
    z.writestr(zipfile.ZipInfo("lines.txt", (2021, 3, 4, 5, 6, 7)),
               "".join("line number %d\n" % k for k in range(300)))
    z.writestr(zipfile.ZipInfo("a/b/c.txt", (2021, 3, 4, 5, 6, 8)), "deep\nno newline")
    z.writestr(zipfile.ZipInfo("a/x.bin", (2021, 3, 4, 5, 6, 8)), b"\x00" * 5000,
               compress_type=zipfile.ZIP_STORED)
data = buf.getvalue()
print(len(data), hashlib.sha256(data).hexdigest())

z = zipfile.ZipFile(io.BytesIO(data))
with z.open("lines.txt") as f:
    print(repr(f))
    print(f.readline(), f.readline(5), f.readline(), f.tell())
    print(len(f.peek(3)) > 0, f.read1(4), f.tell())
    print(f.seek(0), f.read(12), f.seek(100), f.read(10), f.seek(-10, 1), f.read(10))
    print(f.seek(50, 0), f.seek(0, 2), f.read(), f.seek(10**9), f.tell())
    f.seek(0)
    lines = f.readlines()
    print(len(lines), lines[-1])
    f.seek(0)
    print(sum(1 for _ in f), f.read())
print(repr(f))
show("closed read", lambda: f.read())
with z.open(z.getinfo("a/x.bin")) as f:
    print(repr(f), f.read(3), len(f.read()))
    b = bytearray(4)
    f.seek(4998)
    print(f.readinto(b), b)
print(z.read("a/b/c.txt").splitlines())
show("bad name", lambda: z.open("zzz"))
show("bad mode", lambda: z.open("lines.txt", "rb"))

# Writing to an unseekable stream: sizes go in data descriptors after each member.
class Pipe:
    def __init__(self):
        self.chunks = []

    def write(self, data):
        self.chunks.append(bytes(data))
        return len(data)

    def flush(self):
        pass


pipe = Pipe()
with zipfile.ZipFile(pipe, "w") as z2:
    z2.writestr(zipfile.ZipInfo("one", (2000, 1, 1, 0, 0, 0)), b"first")
    with z2.open(zipfile.ZipInfo("two", (2000, 1, 1, 0, 0, 0)), "w") as w:
        w.write(b"second")
        w.write(bytearray(b" part"))
        show("busy", lambda: z2.writestr("three", "x"))
streamed = b"".join(pipe.chunks)
print(len(streamed), hashlib.sha256(streamed).hexdigest())
with zipfile.ZipFile(io.BytesIO(streamed)) as z3:
    print([(i.filename, i.flag_bits, i.file_size, i.CRC) for i in z3.infolist()])
    print(z3.read("one"), z3.read("two"), z3.testzip())

# ZIP64 forced on a small member, and allowZip64=False refusing it.
buf = io.BytesIO()
with zipfile.ZipFile(buf, "w") as z4:
    with z4.open(zipfile.ZipInfo("big", (2001, 1, 1, 0, 0, 0)), "w", force_zip64=True) as w:
        w.write(b"not really big")
data = buf.getvalue()
print(len(data), hashlib.sha256(data).hexdigest(), data[:40])
with zipfile.ZipFile(io.BytesIO(data)) as z4:
    info = z4.getinfo("big")
    print(info.extract_version, info.create_version, info.file_size, info.extra, z4.read("big"))
with zipfile.ZipFile(io.BytesIO(), "w", allowZip64=False) as z5:
    show("no zip64", lambda: z5.open("x", "w", force_zip64=True))
    show("pwd write", lambda: z5.open("x", "w", pwd=b"x"))
    show("busy close", lambda: (z5.open("y", "w"), z5.close()))
    z5._writing = False

# An archive after a prefix (as a self-extracting one): offsets are shifted.
inner = io.BytesIO()
with zipfile.ZipFile(inner, "w") as z6:
    z6.writestr(zipfile.ZipInfo("p.txt", (2002, 2, 2, 2, 2, 2)), "prefixed")
prefixed = b"#!/bin/sh\nexit 0\n" + inner.getvalue()
with zipfile.ZipFile(io.BytesIO(prefixed)) as z6:
    print(z6.getinfo("p.txt").header_offset, z6.read("p.txt"))
print(zipfile.is_zipfile(io.BytesIO(prefixed)), zipfile.is_zipfile(io.BytesIO(b"PK\x05\x06")))

# Appending to a file that is not an archive puts the archive after it.
folder = "/tmp/coro_zipstreams_%d" % os.getpid()
os.mkdir(folder)
try:
    path = os.path.join(folder, "data.bin")
    with open(path, "wb") as f:
        f.write(b"plain bytes first")
    with zipfile.ZipFile(path, "a") as z7:
        z7.writestr(zipfile.ZipInfo("after.txt", (2003, 3, 3, 3, 3, 4)), "after")
    with open(path, "rb") as f:
        print(f.read(17))
    with zipfile.ZipFile(path) as z7:
        print(z7.namelist(), z7.read("after.txt"), z7.getinfo("after.txt").header_offset)
    os.utime(path, (1262304000, 1262304000))
    info = zipfile.ZipInfo.from_file(path, "stored/as.bin")
    print(info.filename, info.file_size, oct(info.external_attr >> 16), info.is_dir())
    info = zipfile.ZipInfo.from_file(folder, "/abs/dir")
    print(info.filename, info.file_size, hex(info.external_attr & 0xFFFF), info.is_dir())
    for mode, name in [("x", path), ("r", os.path.join(folder, "missing.zip"))]:
        try:
            zipfile.ZipFile(name, mode)
        except OSError as e:
            print(mode, type(e).__name__, e.errno, e.filename == name)
    print(zipfile.is_zipfile(os.path.join(folder, "missing.zip")))
    # A new archive in append mode.
    with zipfile.ZipFile(os.path.join(folder, "new.zip"), "a") as z8:
        z8.writestr("n", "new")
    with zipfile.ZipFile(os.path.join(folder, "new.zip")) as z8:
        print(z8.namelist())
finally:
    for name in os.listdir(folder):
        os.remove(os.path.join(folder, name))
    os.rmdir(folder)

# Traditional encryption, made by `zip -e -P pw`.
ENC = base64.b64decode(
    "UEsDBBQACQAIAA00fl3BtnJGHQAAAPAAAAAFABwAcy50eHRVVAkAA3oYDWt6GA1rdXgLAAEEAAAAAAQAAAAAM5JVtsUn8YIoSbqX"
    "TCtQOrmsVnAe5PLMlkhZ6klQSwcIwbZyRh0AAADwAAAAUEsDBAoACQAAAA00fl3Jl7hQEAAAAAQAAAAFABwAdC50eHRVVAkAA3oY"
    "DWt6GA1rdXgLAAEEAAAAAAQAAAAAyY3hoyfi2Vw7rTqzvkLfYVBLBwjJl7hQEAAAAAQAAABQSwECHgMUAAkACAANNH5dwbZyRh0A"
    "AADwAAAABQAYAAAAAAABAAAApIEAAAAAcy50eHRVVAUAA3oYDWt1eAsAAQQAAAAABAAAAABQSwECHgMKAAkAAAANNH5dyZe4UBAA"
    "AAAEAAAABQAYAAAAAAABAAAApIFsAAAAdC50eHRVVAUAA3oYDWt1eAsAAQQAAAAABAAAAABQSwUGAAAAAAIAAgCWAAAAywAAAAAA")
with zipfile.ZipFile(io.BytesIO(ENC)) as z9:
    print([(i.filename, i.flag_bits, i.compress_type, i.file_size) for i in z9.infolist()])
    show("no password", lambda: z9.read("s.txt"))
    show("wrong password", lambda: z9.read("t.txt", pwd=b"nope"))
    show("str password", lambda: z9.read("t.txt", pwd="pw"))
    print(z9.read("s.txt", pwd=b"pw")[:24], z9.read("t.txt", pwd=b"pw"))
    z9.setpassword(b"pw")
    with z9.open("s.txt") as f:
        print(f.read(7), f.seek(0), f.read(6), len(f.read()))
    print(z9.testzip())

# zipfile.Path over an archive whose directories are only implied.
buf = io.BytesIO()
zw = zipfile.ZipFile(buf, "w")
zw.writestr("a/b.txt", "x\ny")
zw.writestr("a/c/d.txt", "deep")
zw.writestr("top", "y")
zw.filename = "arc.zip"
root = zipfile.Path(zw)
print(repr(root), str(root), list(root.iterdir()), root.name, root.is_dir(), root.exists())
a = root / "a"
print(repr(a), a.is_dir(), a.is_file(), a.exists(), a.name, list(a.iterdir()))
leaf = root.joinpath("a", "b.txt")
print(leaf, leaf.name, leaf.suffix, leaf.stem, leaf.suffixes, leaf.is_file(), leaf.parent)
print(leaf.read_text(), leaf.read_bytes(), leaf.filename, (root / "a/c").parent)
with leaf.open("rb") as f:
    print(type(f).__name__, f.read())
with leaf.open() as f:
    print(f.readlines())
show("open dir", lambda: a.open())
show("open missing", lambda: (root / "nope").open())
show("iterdir file", lambda: leaf.iterdir())
show("binary args", lambda: leaf.open("rb", "utf-8"))
print((root / "nope").exists(), (root / "nope").is_file())
zw.close()

# ZipInfo and ZipFile odds and ends.
info = zipfile.ZipInfo("m.txt")
print(info.date_time, info.create_system, info.extract_version, info.orig_filename)
info.compress_type = 99
print(repr(info))
z12 = zipfile.ZipFile(io.BytesIO(data))
z12.getinfo("big").compress_type = 99
show("unsupported read", lambda: z12.read("big"))
z12.getinfo("big").compress_type = 6
show("unsupported read 2", lambda: z12.read("big"))
show("bad compression", lambda: zipfile.ZipFile(io.BytesIO(), "w", 99))
with zipfile.ZipFile(io.BytesIO(), "w") as z10:
    show("comment type", lambda: setattr(z10, "comment", "text"))
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        z10.comment = b"c" * 70000
        z10.writestr("dup", "1")
        z10.writestr("dup", "2")
    print(len(z10.comment), [str(w.message) for w in caught])
    show("mkdir file info", lambda: z10.mkdir(zipfile.ZipInfo("notdir")))
    z10.mkdir("made", 0o700)
    print(z10.getinfo("made/"), z10.namelist())
show("metadata_encoding", lambda: zipfile.ZipFile(io.BytesIO(), "w", metadata_encoding="cp437"))
cp = io.BytesIO()
with zipfile.ZipFile(cp, "w") as z11:
    z11.writestr(zipfile.ZipInfo("cafe!", (2000, 1, 1, 0, 0, 0)), "x")
raw = cp.getvalue().replace(b"cafe!", b"caf\x82!")
with zipfile.ZipFile(io.BytesIO(raw)) as z11:
    print(z11.namelist())
with zipfile.ZipFile(io.BytesIO(raw), metadata_encoding="latin-1") as z11:
    print(z11.namelist())

# A ZIP64 end record and locator (as written for more than 65535 members or a central
# directory past 2 GiB), made by hand in front of a small archive's end record.
import struct
small = io.BytesIO()
with zipfile.ZipFile(small, "w") as z13:
    z13.writestr(zipfile.ZipInfo("q", (2000, 1, 1, 0, 0, 0)), "behind a zip64 end")
raw = small.getvalue()
end = raw.rindex(b"PK\x05\x06")
count, cd_size, cd_offset = struct.unpack("<HLL", raw[end + 10:end + 20])
record64 = struct.pack("<4sQ2H2L4Q", b"PK\x06\x06", 44, 45, 45, 0, 0, count, count, cd_size,
                       cd_offset)
locator = struct.pack("<4sLQL", b"PK\x06\x07", 0, end, 1)
end_record = struct.pack("<4s4H2LH", b"PK\x05\x06", 0, 0, 0xFFFF, 0xFFFF, 0xFFFFFFFF,
                         0xFFFFFFFF, 0)
with zipfile.ZipFile(io.BytesIO(raw[:end] + record64 + locator + end_record)) as z13:
    print(z13.namelist(), z13.read("q"), z13.start_dir)
spanning = struct.pack("<4sLQL", b"PK\x06\x07", 1, end, 2)
try:
    zipfile.ZipFile(io.BytesIO(raw[:end] + record64 + spanning + end_record))
except zipfile.BadZipFile as e:
    print("BadZipFile:", e)
