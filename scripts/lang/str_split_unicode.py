# str.split() with no separator and str.splitlines() over text with non-ASCII characters:
# every Unicode whitespace and line break, characters whose UTF-8 shares their lead
# bytes, maxsplit, keepends, and indexing an ASCII string in a loop.
import sys

spaces = [chr(c) for c in [*range(0xd800), *range(0xe000, sys.maxunicode + 1)] if chr(c).isspace()]
print(len(spaces), [hex(ord(c)) for c in spaces])
lookalikes = '\u00a1\u00c2\u1681\u167f\u200b\u2030\u2060\u3001\u2fff\ue000\U0001f600\u0100'
text = 'caf\u00e9'.join(spaces) + lookalikes + ' end'
print(text.split())
print([s.split() for s in spaces])
print(('a' + '\u3000b\u00a0\u00a0c\u2029d' + lookalikes).split())
for n in range(-1, 5):
    print(n, ('  x\u00e9 \u2003 y\u00e9\u2003z  w  ').split(maxsplit=n))
    print(n, ('  x\u00e9 \u2003 y\u00e9\u2003z  w  ').rsplit(maxsplit=n))
print(''.split(), '\u3000'.split(), '\u00e9'.split(), ' \u00e9 '.split())

breaks = ['\n', '\r', '\r\n', '\x0b', '\x0c', '\x1c', '\x1d', '\x1e', '\x85', '\u2028', '\u2029']
print([len(('a' + b + 'b').splitlines()) for b in breaks])
doc = 'caf\u00e9'.join(breaks) + '\u2027\u202a\u0085x\u00c2\u0084\r\r\n\n' + lookalikes
print(doc.splitlines())
print(doc.splitlines(True))
print(doc.splitlines(keepends=True) == doc.splitlines(1))
print('\u00e9\r'.splitlines(), '\r\n'.splitlines(True), ''.splitlines(), 'no end'.splitlines())
print('x\n'.splitlines(), 'x\n\n'.splitlines(True), '\u2028'.splitlines())

src = '{"a": [1, 2.5, -3], "b": "q"}' * 20
kinds = []
i = 0
while i < len(src):
    ch = src[i]
    kinds.append('p' if ch in '{}[],:' else 's' if ch == ' ' else 'o')
    i += 1
print(''.join(kinds[:40]), len(kinds), src[-1], src[-len(src)])
try:
    src[len(src)]
except IndexError as e:
    print(type(e).__name__, e)
w = '\u00e9t\u00e9'
j = 1
print(w[j], w[-j], 'abc'[True])
