# binascii's uuencode and quoted-printable codecs, with their errors.
import binascii

for data in [b"", b"a", b"ab", b"abc", b"Hello, World!", bytes(range(45)), b"\0\0\0"]:
    enc = binascii.b2a_uu(data)
    print(enc, binascii.b2a_uu(data, backtick=True))
    assert binascii.a2b_uu(enc) == data
print(binascii.a2b_uu(b"!80  \n"), binascii.a2b_uu("#86)C"), binascii.a2b_uu(b"\n"))
print(binascii.a2b_uu(b"#86)C   ``\r\n"), len(binascii.a2b_uu(b"")))
for bad in [b"#86)C!", b"!\x1f", b"\x7f"]:
    try:
        print(binascii.a2b_uu(bad))
    except binascii.Error as e:
        print("Error", e)
try:
    binascii.b2a_uu(b"x" * 46)
except binascii.Error as e:
    print("Error", e)
for bad in ["é", 5]:
    try:
        binascii.a2b_uu(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    binascii.b2a_uu("text")
except TypeError as e:
    print("TypeError", e)

texts = [b"", b"plain text", b"caf\xc3\xa9 = cost", b"trailing space \nnext\t\n",
         b"line1\r\nline2 \r\n", b".\nstart dot", b"x" * 100, b"a_b c", b"tab\tend\t",
         b"\x00\x01binary\xff", b"=" * 30, b"word " * 20 + b"\n", b"end with ."]
for t in texts:
    plain = binascii.b2a_qp(t)
    print(plain)
    print(binascii.b2a_qp(t, quotetabs=True), binascii.b2a_qp(t, header=True))
    print(binascii.b2a_qp(t, istext=False))
    print(binascii.a2b_qp(plain) == t, binascii.a2b_qp(binascii.b2a_qp(t, header=True), header=True) == t)
for enc in [b"caf=C3=A9", b"soft=\nbreak", b"soft=\r\nbreak", b"a=3d", b"bad=ZZ",
            b"end=", b"x==y", b"under_score", "str=41", b"=4", b"tail=  \nx"]:
    print(binascii.a2b_qp(enc), binascii.a2b_qp(enc, header=True))
try:
    binascii.a2b_qp("é")
except ValueError as e:
    print("ValueError", e)
