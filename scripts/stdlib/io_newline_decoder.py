# io.IncrementalNewlineDecoder and io.text_encoding.
import codecs
import io

print(io.text_encoding(None), io.text_encoding("latin-1"), io.text_encoding("utf-8", 3))

d = io.IncrementalNewlineDecoder(None, translate=True)
print(repr(d.decode("a\r")), d.getstate(), d.newlines)
print(repr(d.decode("\nb\rc\n")), d.newlines)
print(repr(d.decode("end\r", final=True)), d.newlines, d.getstate())
d.reset()
print(d.newlines, d.getstate())
print(repr(d.decode("")), repr(d.decode("", final=True)))

keep = io.IncrementalNewlineDecoder(None, translate=False)
print(repr(keep.decode("x\r\ny\rz\n")), keep.newlines)
print(repr(keep.decode("tail\r")), repr(keep.decode("\n")), keep.newlines)

utf8 = codecs.getincrementaldecoder("utf-8")()
u = io.IncrementalNewlineDecoder(utf8, True)
print(repr(u.decode(b"caf\xc3")), u.getstate())
print(repr(u.decode(b"\xa9\r")), u.getstate())
u.setstate((b"", 1))
print(repr(u.decode(b"\nz")), repr(u.newlines))
u.setstate((b"", 0))
print(repr(u.decode(b"q", final=True)))

try:
    io.IncrementalNewlineDecoder(None, True).decode(b"bytes")
except TypeError as e:
    print("TypeError", e)
for seq in ["", "\n", "\r", "\r\n", "\n\r", "\r\n\n", "\r\r\n", "\n\r\r\n"]:
    dec = io.IncrementalNewlineDecoder(None, True)
    dec.decode(seq, final=True)
    print(repr(seq), repr(dec.newlines))
