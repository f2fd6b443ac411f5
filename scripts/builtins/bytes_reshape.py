# The bytes/bytearray methods that reshape: ASCII case mapping, padding, tabs, lines,
# affixes and translation, with CPython's results, identities and errors.
for data in (b'hello wORLD 3rd-party', b'', b'\xe9t\xc9 ABC', bytearray(b'mIxEd caSe')):
    print(data.capitalize(), data.swapcase(), data.title(), data.istitle(), data.isascii())
print(b'Hello World'.istitle(), b'Hello world'.istitle(), b'123'.istitle(), b'A1B'.istitle(),
      b'They\'Re'.istitle(), b'\x80'.isascii(), b''.isascii())
b = b'ab'
print(b.center(7, b'*'), b.center(6), b'abc'.center(6, b'-'), b.ljust(5, b'.'), b.rjust(5),
      bytearray(b).center(5, bytearray(b'#')))
print(b.center(1) is b, b.ljust(-3) is b, b.rjust(2) is b, type(bytearray(b).ljust(0)))
print(b'42'.zfill(5), b'-42'.zfill(5), b'+x'.zfill(4), b''.zfill(3), b'abc'.zfill(2),
      bytearray(b'-7').zfill(4))
print(b'a\tbc\td\n\tx\r\ty'.expandtabs(), b'a\tb'.expandtabs(4), b'a\tb'.expandtabs(tabsize=0),
      b'\t'.expandtabs(-1))
print(b'one\ntwo\r\nthree\rfour\x0bfive\n'.splitlines(),
      b'one\ntwo\r\n\n'.splitlines(True), b''.splitlines(), b'x'.splitlines(keepends=1),
      bytearray(b'a\nb').splitlines())
print(b'prefix-body'.removeprefix(b'prefix-'), b'body'.removeprefix(b'x'),
      b'body.py'.removesuffix(bytearray(b'.py')), b'body'.removesuffix(b''),
      bytearray(b'abc').removeprefix(b'a'))
print(b.removeprefix(b'z') is b, b.removesuffix(b'') is b)
table = bytes.maketrans(b'abc', b'xyz')
print(len(table), table[97:100], bytearray.maketrans(b'', b'') == bytes(range(256)))
print(b'aabbcc-abc'.translate(table), b'aabbcc'.translate(None, b'b'),
      b'abc'.translate(table, delete=b'c'), bytearray(b'cab').translate(table))
print(b.translate(None) is b, b.translate(None, b'') is b)


class B(bytes):
    pass


print(type(B(b'ab').center(5)).__name__, type(B(b'ab').center(1)).__name__,
      type(B(b'x').title()).__name__)

for call in (lambda: b.center(5, 'x'), lambda: b.center(5, b'xy'), lambda: b.center(5, 3),
             lambda: b.center(None), lambda: b.center(), lambda: b.zfill('a'),
             lambda: b.expandtabs(None), lambda: b.expandtabs(tabsize=4.0),
             lambda: b.splitlines(None), lambda: b'a'.translate(b'x'),
             lambda: b'a'.translate(None, None), lambda: b'a'.translate(3),
             lambda: bytes.maketrans(b'a', b'bc'), lambda: bytes.maketrans(b'a', 'b'),
             lambda: bytes.maketrans(b'a'), lambda: b'a'.removeprefix('a'),
             lambda: b'a'.removeprefix(), lambda: b'a'.title(1), lambda: b'a'.isascii(2),
             lambda: bytearray(b'ab').center(5, b'xy'), lambda: b.ljust(2**63),
             lambda: b'\tb'.expandtabs(2**62), lambda: b'a'.translate(table=None),
             lambda: bytes.capitalize('x'), lambda: b.ljust(2**62),
             # The str methods' widths and fills, alike.
             lambda: 'ab'.center(2**63), lambda: 'ab'.zfill(-2**63 - 1),
             lambda: 'a'.center(5, None), lambda: 'a'.ljust(5, b'x'), lambda: 'a'.rjust(5, 'xy')):
    try:
        print(call())
    except (TypeError, ValueError, OverflowError, MemoryError) as e:
        print(type(e).__name__, e)
