# zipfile: reading an archive python3 wrote (embedded below), writing archives whose
# bytes must be python3's (their SHA-256 is in the expected output), write/extract
# through the file system, append mode, ZipInfo, testzip and the errors.
import base64
import hashlib
import io
import os
import zipfile

# Written by python3's zipfile: a deflated and a stored member, a directory made by
# mkdir, a UTF-8 name with a member comment, and an archive comment.
PY_ZIP = base64.b64decode(
    "UEsDBBQAAAAIAK9tsVCogIqnDwAAAMgAAAAPAAAAZG9jcy9yZWFkbWUudHh0y0jNyclXqMos4MoY0iwAUEsDBBQAAAAAAKMgQyo8"
    "LqYNKAAAACgAAAAHAAAAcmF3LmJpbgABAgMEBQYHCAkKCwwNDg8QERITFBUWFxgZGhscHR4fICEiIyQlJidQSwMEFAAAAAAAAAAh"
    "AAAAAAAAAAAAAAAAAAYAAABlbXB0eS9QSwMEFAAACAAAfb+fWeCh0zUNAAAADQAAAAkAAABjYWbDqS50eHRhY2NlbnRlZCBuYW1l"
    "UEsBAhQDFAAAAAgAr22xUKiAiqcPAAAAyAAAAA8AAAAAAAAAAAAAAIABAAAAAGRvY3MvcmVhZG1lLnR4dFBLAQIUAxQAAAAAAKMg"
    "Qyo8LqYNKAAAACgAAAAHAAAAAAAAAAAAAACAATwAAAByYXcuYmluUEsBAhQDFAAAAAAAAAAhAAAAAAAAAAAAAAAAAAYAAAAAAAAA"
    "AAAQAP9BiQAAAGVtcHR5L1BLAQIUAxQAAAgAAH2/n1ngodM1DQAAAA0AAAAJAAAADgAAAAAAAACAAa0AAABjYWbDqS50eHRtZW1i"
    "ZXIgY29tbWVudFBLBQYAAAAABAAEAOsAAADhAAAADwBhcmNoaXZlIGNvbW1lbnQ=")

with zipfile.ZipFile(io.BytesIO(PY_ZIP)) as z:
    print(z.namelist(), z.comment)
    for info in z.infolist():
        print(info)
        print("   ", info.date_time, info.compress_type, info.CRC, info.file_size,
              info.compress_size, info.header_offset, hex(info.external_attr),
              info.flag_bits, info.create_system, info.create_version,
              info.extract_version, info.comment, info.is_dir())
    print(z.read("docs/readme.txt")[:30], len(z.read("docs/readme.txt")))
    print(z.read("raw.bin") == bytes(range(40)), z.read("caf\u00e9.txt"))
    with z.open("docs/readme.txt") as f:
        print(repr(f.readline()), f.read(5), f.tell(), f.seek(-4, 2), f.read())
        print(f.seekable(), f.readable(), f.name, f.mode)
    print(z.testzip())
    try:
        z.getinfo("missing.txt")
    except KeyError as e:
        print("KeyError:", e)
    z.printdir()

# Byte-compatibility of what we write: fixed timestamps, so the archive is
# deterministic and must hash the same as python3's.
def build(compression=zipfile.ZIP_STORED, level=None):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression, compresslevel=level) as z:
        z.writestr(zipfile.ZipInfo("a.txt", (2022, 1, 2, 3, 4, 6)), "alpha " * 50)
        info = zipfile.ZipInfo("sub/b.bin", (1999, 12, 31, 23, 59, 59))
        info.compress_type = zipfile.ZIP_DEFLATED
        info.external_attr = 0o644 << 16
        z.writestr(info, bytes(range(256)) * 4)
        with z.open("streamed.txt", "w") as w:
            for k in range(100):
                w.write(b"line %d\n" % k)
        z.mkdir("folder")
        z.writestr(zipfile.ZipInfo("\u00fcber.txt", (2010, 6, 7, 8, 9, 10)), b"")
        z.comment = b"made by a test"
    return buf.getvalue()


for compression, level in [(zipfile.ZIP_STORED, None), (zipfile.ZIP_DEFLATED, None),
                           (zipfile.ZIP_DEFLATED, 9), (zipfile.ZIP_DEFLATED, 1)]:
    data = build(compression, level)
    print(compression, level, len(data), hashlib.sha256(data).hexdigest())
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        print("   ", [(i.filename, i.CRC, i.compress_size, i.file_size) for i in z.infolist()])
        print("   ", z.read("streamed.txt").count(b"\n"), z.testzip())

empty = io.BytesIO()
zipfile.ZipFile(empty, "w").close()
print(empty.getvalue())

# The file system: write, extract, extractall, append, is_zipfile.
folder = "/tmp/coro_zipfile_%d" % os.getpid()
os.makedirs(os.path.join(folder, "src", "inner"))
try:
    with open(os.path.join(folder, "src", "one.txt"), "w") as f:
        f.write("one\n")
    with open(os.path.join(folder, "src", "inner", "two.txt"), "wb") as f:
        f.write(b"two" * 1000)
    archive = os.path.join(folder, "out.zip")
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as z:
        z.write(os.path.join(folder, "src", "one.txt"), "one.txt")
        z.write(os.path.join(folder, "src", "inner"), "inner")
        z.write(os.path.join(folder, "src", "inner", "two.txt"), "inner/two.txt")
        z.writestr("../evil/../../x.txt", "sanitised")
        print(type(z).__name__, z.mode, repr(z) == "<zipfile.ZipFile filename=%r mode='w'>" % archive)
    print(zipfile.is_zipfile(archive), zipfile.is_zipfile(os.path.join(folder, "src", "one.txt")))
    with zipfile.ZipFile(archive, "a") as z:
        z.writestr("appended.txt", "later")
    with zipfile.ZipFile(archive) as z:
        for info in z.infolist():
            print(info.filename, info.compress_type, info.file_size, info.is_dir(),
                  oct(info.external_attr >> 16 & 0o777))
        out = os.path.join(folder, "out")
        print(os.path.relpath(z.extract("one.txt", out), folder))
        z.extractall(out)
        print(os.path.relpath(z.extract("../evil/../../x.txt", out), folder))
    for dirpath, dirnames, filenames in sorted(os.walk(os.path.join(folder, "out"))):
        print(os.path.relpath(dirpath, folder), sorted(dirnames), sorted(filenames))
    with open(os.path.join(folder, "out", "inner", "two.txt"), "rb") as f:
        print(len(f.read()))
    with open(archive, "rb") as f:
        print(zipfile.is_zipfile(f))
    try:
        zipfile.ZipFile(archive, "x")
    except FileExistsError as e:
        print("FileExistsError", e.errno)

    # Corrupted data: a flipped byte in a stored member's data.
    data = bytearray(build())
    spot = data.index(b"alpha")
    data[spot] ^= 1
    with zipfile.ZipFile(io.BytesIO(bytes(data))) as z:
        print(z.testzip())
        try:
            z.read("a.txt")
        except zipfile.BadZipFile as e:
            print("BadZipFile:", e)
finally:
    for dirpath, dirnames, filenames in os.walk(folder, topdown=False):
        for name in filenames:
            os.remove(os.path.join(dirpath, name))
        for name in dirnames:
            os.rmdir(os.path.join(dirpath, name))
    os.rmdir(folder)

for bad in [b"", b"not a zip at all", PY_ZIP[:-40]]:
    try:
        zipfile.ZipFile(io.BytesIO(bad))
    except zipfile.BadZipFile as e:
        print("BadZipFile:", e)
print(zipfile.BadZipfile is zipfile.BadZipFile, zipfile.error is zipfile.BadZipFile)
for call in [lambda: zipfile.ZipFile(io.BytesIO(), "q"),
             lambda: zipfile.ZipFile(io.BytesIO(), "w", 99),
             lambda: zipfile.ZipInfo("old", (1979, 1, 1, 0, 0, 0)),
             lambda: zipfile.ZipFile(io.BytesIO(PY_ZIP)).open("raw.bin", "a"),
             lambda: zipfile.ZipFile(io.BytesIO(PY_ZIP)).writestr("x", "y"),
             lambda: zipfile.ZipFile(io.BytesIO(PY_ZIP)).mkdir(3)]:
    try:
        call()
    except Exception as e:
        print(type(e).__name__, e)
z = zipfile.ZipFile(io.BytesIO(), "w")
z.close()
try:
    z.writestr("late.txt", "x")
except ValueError as e:
    print("ValueError:", e)
print(repr(z))
info = zipfile.ZipInfo("dir/")
print(info, info.is_dir(), zipfile.ZipInfo("n\0ul.txt").filename)
try:
    zipfile.ZipInfo("x.txt").FileHeader()
except AttributeError as e:
    print("AttributeError:", e)
info = zipfile.ZipInfo("x.txt", (2000, 1, 1, 0, 0, 0))
info.CRC = 7
info.file_size = info.compress_size = 3
print(info.FileHeader(), info.FileHeader(zip64=True))
