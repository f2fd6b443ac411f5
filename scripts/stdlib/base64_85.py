# base64's Ascii85 and Base85 codecs: folding, padding, framing, wrapping and errors.
import base64

samples = [b"", b"a", b"ab", b"abc", b"abcd", b"\0\0\0\0", b"\0\0", b"    ", b"   ",
           b"Hello, World!", bytes(range(256)), b"\xff" * 9]
for s in samples:
    print(base64.a85encode(s), base64.a85encode(s, pad=True),
          base64.a85encode(s, foldspaces=True))
    print(base64.b85encode(s), base64.b85encode(s, pad=True))
    assert base64.a85decode(base64.a85encode(s)) == s
    assert base64.a85decode(base64.a85encode(s, foldspaces=True), foldspaces=True) == s
    assert base64.a85decode(base64.a85encode(s, adobe=True), adobe=True) == s
    assert base64.b85decode(base64.b85encode(s)) == s

text = b"The quick brown fox jumps over the lazy dog."
for col in [0, 1, 2, 5, 10]:
    print(col, base64.a85encode(text, wrapcol=col, adobe=True))
    print(col, base64.a85encode(text, wrapcol=col))
print(base64.a85decode(b"<~9jqo^~>", adobe=True), base64.a85decode("9jq o\n^", adobe=False))
print(base64.a85decode(b"z"), base64.a85decode(b"y", foldspaces=True))
print(base64.a85decode(b"9j\tqo", ignorechars=b"\t"))
print(base64.b85decode("VPa"), base64.b85decode(bytearray(b"VPaz")))
print(base64.a85encode(bytearray(b"xy")), base64.b85encode(memoryview(b"xy")))

bad = [
    (base64.a85decode, (b"abz",), {}),
    (base64.a85decode, (b"aby",), {"foldspaces": True}),
    (base64.a85decode, (b"s8W-\"",), {}),
    (base64.a85decode, (b"abc{",), {}),
    (base64.a85decode, (b"9jqo^",), {"adobe": True}),
    (base64.a85decode, (b"y",), {}),
    (base64.a85decode, ("é",), {}),
    (base64.b85decode, (b"~~~~~",), {}),
    (base64.b85decode, (b"ab\"cd",), {}),
    (base64.b85decode, (b"abcdefg ",), {}),
    (base64.b85decode, (5,), {}),
    (base64.a85encode, ("text",), {}),
    (base64.b85encode, (None,), {}),
]
for func, args, kwargs in bad:
    try:
        print(func(*args, **kwargs))
    except (ValueError, TypeError) as e:
        print(func.__name__, type(e).__name__, e)
print([n for n in base64.__all__ if "85" in n])
