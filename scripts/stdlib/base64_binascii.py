import base64
import binascii


def attempt(label, f, *args, **kwargs):
    try:
        print(label, repr(f(*args, **kwargs)))
    except Exception as e:
        print(label, type(e).__name__, e)


samples = [b"", b"f", b"fo", b"foo", b"foob", b"fooba", b"foobar", bytes(range(256)), b"\xfb\xff\xbf"]
for s in samples:
    e = base64.b64encode(s)
    print(e[:40], base64.b64decode(e) == s, base64.urlsafe_b64encode(s)[:40],
          base64.b32encode(s)[:40], base64.b32hexencode(s)[:24], base64.b16encode(s)[:24])
    assert base64.urlsafe_b64decode(base64.urlsafe_b64encode(s)) == s
    assert base64.b32decode(base64.b32encode(s)) == s
    assert base64.b32hexdecode(base64.b32hexencode(s)) == s
    assert base64.b16decode(base64.b16encode(s)) == s

print(base64.b64encode(b"\xfb\xff", altchars=b"-_"), base64.b64decode(b"-_8=", altchars=b"-_"))
print(base64.b64decode("YWJj"), base64.b64decode(bytearray(b"YWJj")), base64.standard_b64decode(b"YQ=="))
print(base64.b64decode(b"YW Jj\n"), base64.b64decode(b"YQ==junk"), base64.b64decode(b"!!!!"))
print(base64.urlsafe_b64decode("-_8="), base64.standard_b64encode(b"hi"))
print(base64.b32decode(b"mzxw6===", casefold=True), base64.b32decode(b"M1XW6===", map01=b"L"))
print(base64.b16decode(b"666f6f", casefold=True), base64.b16decode("DEAD"))
print(base64.encodebytes(b"x" * 100))
print(base64.decodebytes(b"eHh4\neHh4\n"), base64.encodebytes(b""))

attempt("b64decode pad", base64.b64decode, b"abc")
attempt("b64decode one", base64.b64decode, b"abcde")
attempt("b64decode =", base64.b64decode, b"ab=c")
attempt("validate", base64.b64decode, b"ab!c", validate=True)
attempt("validate ok", base64.b64decode, b"YWJj", validate=True)
attempt("nonascii", base64.b64decode, "é")
attempt("b64encode str", base64.b64encode, "x")
attempt("b64decode int", base64.b64decode, 5)
attempt("b32 pad", base64.b32decode, b"abc")
attempt("b32 digit", base64.b32decode, b"11111111")
attempt("b32 bad pad", base64.b32decode, b"MZXW6YQ=====" + b"====")
attempt("b32 lower", base64.b32decode, b"mzxw6===")
attempt("b16 digit", base64.b16decode, b"ab")
attempt("b16 odd", base64.b16decode, b"ABC")
attempt("encodebytes str", base64.encodebytes, "x")
attempt("b32encode str", base64.b32encode, "x")

print(binascii.hexlify(b"\x00\xffab"), binascii.b2a_hex(b"xyz"), binascii.hexlify(b"abcdef", "-"))
print(binascii.hexlify(b"abcdef", b":", 2), binascii.hexlify(b"abcde", "_", -2))
print(binascii.unhexlify(b"00ff6162"), binascii.a2b_hex("4142"), binascii.unhexlify("AbCd"))
print(binascii.crc32(b"hello"), binascii.crc32(b""), binascii.crc32(b"world", binascii.crc32(b"hello ")),
      binascii.crc32(b"hello world"), binascii.crc32(b"hello", -1), binascii.crc32(b"hello", 2**40 + 5))
print(binascii.crc_hqx(b"hello", 0), binascii.crc_hqx(b"123456789", 0xffff))
print(binascii.b2a_base64(b"hello"), binascii.b2a_base64(b"hello", newline=False), binascii.a2b_base64(b"aGVsbG8=\n"))
attempt("strict lead", binascii.a2b_base64, b"=abc", strict_mode=True)
attempt("strict excess", binascii.a2b_base64, b"YQ==YQ==", strict_mode=True)
attempt("strict discontinuous", binascii.a2b_base64, b"YQ=a", strict_mode=True)
attempt("strict newline", binascii.a2b_base64, b"YWJj\n", strict_mode=True)
attempt("unhex odd", binascii.unhexlify, b"abc")
attempt("unhex digit", binascii.unhexlify, b"zz")
attempt("unhex int", binascii.unhexlify, 5)
attempt("crc32 str", binascii.crc32, "x")
attempt("crc32 float", binascii.crc32, b"x", 1.5)
print(issubclass(binascii.Error, ValueError), binascii.Error.__name__, binascii.Error.__module__)
try:
    base64.b64decode(b"a")
except ValueError as e:
    print("caught as ValueError:", type(e).__name__)
