# UTF-16, UTF-32, utf-8-sig and single-byte code pages through str.encode,
# bytes.decode, codecs and open(), with CPython's error handlers and messages.
import codecs
import os

text = "aé€😀"
for enc in ["utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be",
            "utf-8-sig", "UTF16", "utf_32_be"]:
    data = text.encode(enc)
    print(enc, data, data.decode(enc) == text)

for enc in ["cp1252", "cp437", "mac-roman", "latin-1", "iso8859-15", "latin9", "windows-1252",
            "cp850", "latin2", "cp1250", "cp1251"]:
    print(enc, "aé€".encode(enc, "replace"), bytes(range(0x80, 0x90)).decode(enc, "replace"))

for enc in ["cp1252", "cp437", "mac-roman", "iso8859-15", "ascii", "latin-1"]:
    try:
        "aĀĀb".encode(enc)
    except UnicodeEncodeError as e:
        print(enc, repr(e), e)
    for handler in ["replace", "ignore", "backslashreplace", "xmlcharrefreplace"]:
        print(" ", handler, "aĀĀ€b".encode(enc, handler))

cases = [
    (b"a\x00b", "utf-16-le"), (b"\x00\xd8a\x00", "utf-16-le"), (b"\x00\xdca\x00", "utf-16-le"),
    (b"\x00\xd8", "utf-16-le"), (b"ab\x00\x00\x00", "utf-32-le"), (b"\x00\x00\x11\x00", "utf-32-le"),
    (b"\x00\xd8\x00\x00", "utf-32-le"), (b"\xff\xfea\x00", "utf-16"), (b"\xfe\xff\x00a", "utf-16"),
    (b"a\x00", "utf-16"), (b"\xef\xbb\xbfab", "utf-8-sig"), (b"ab", "utf-8-sig"),
    (b"\xff\xfe\x00\x00a\x00\x00\x00", "utf-32"), (b"\x00\xd8\x00\xdc", "utf-16-le"),
    (b"a\x00\x00\xd8b\x00", "utf-16-le"), (b"\xff\xfe\x00\xd8", "utf-16"),
    (b"\xfe\xff\xd8\x00", "utf-16"), (b"abc", "utf-16"), (b"\x00\xd8a", "utf-16-le"),
    (b"\xff\xfe\x00\x00\x00\xd8\x00\x00", "utf-32"), (b"\x00\x00\x00a", "utf-32-be"),
    (b"\xef\xbb\xbf\xff", "utf-8-sig"), (b"a\x81\x81b", "cp1252"), (b"\x81", "cp1252"),
    (b"\x82\xe9", "cp437"), (b"\x80\xff", "mac-roman"),
]
for data, enc in cases:
    try:
        print(repr(data.decode(enc)))
    except UnicodeDecodeError as e:
        print(enc, repr(e), e)
    print(" ", [data.decode(enc, h) for h in ("replace", "backslashreplace", "ignore")])

for name in ["cp1252", "UTF16", "utf_32_be", "macroman", "utf-8-sig", "cp437", "IBM437",
             "iso-8859-15", "utf-32"]:
    info = codecs.lookup(name)
    print(name, info.name, codecs.encode("é", name), codecs.decode(codecs.encode("é", name), name))
print(codecs.decode(b"\x80", "cp1252"), codecs.encode("€", "cp1252"))
print(codecs.getencoder("utf-32-le")("ab"), codecs.getdecoder("cp437")(b"\x9b"))

d = "/tmp/coro_codecs_%d" % os.getpid()
os.mkdir(d)
try:
    path = os.path.join(d, "cp.txt")
    with open(path, "w", encoding="cp1252") as f:
        f.write("café €5\nzwei\n")
    with open(path, "rb") as f:
        print(f.read())
    with open(path, encoding="cp1252") as f:
        print(f.readlines())
    with open(path, encoding="cp437") as f:
        print(f.read())
    with open(path, "w", encoding="mac-roman") as f:
        f.write("ç\n")
    with open(path, "rb") as f:
        print(f.read())
    try:
        with open(path, "w", encoding="cp437") as f:
            f.write("€")
    except UnicodeEncodeError as e:
        print(e)
finally:
    for name in os.listdir(d):
        os.remove(os.path.join(d, name))
    os.rmdir(d)

# U+FFFE is no byte of any code page (the decoding tables mark undefined bytes with it).
for codec in ("cp1252", "cp437", "iso8859_2", "cp1251"):
    try:
        "a\ufffe".encode(codec)
    except UnicodeEncodeError as e:
        print(codec, e)
    print(codec, bytes(range(32, 127)).decode(codec) == "".join(map(chr, range(32, 127))))
