# unicodedata over a sample of every block of code points (all of the first 0x3400, the
# first 0x80 of each later 0x1000): a digest of every property, name and normal form, so
# that any difference from CPython 3.11's Unicode 14.0 shows.
import hashlib
import sys
import unicodedata as u

FULL = len(sys.argv) > 1 and sys.argv[1] == "full"
h = hashlib.sha256()
if FULL:
    starts = [(0, 0x110000)]
else:
    starts = [(0, 0x3400)] + [(b, b + 0x80) for b in range(0x3000, 0x110000, 0x1000)]
for first, end in starts:
    for code in range(first, end):
        if 0xD800 <= code < 0xE000:
            continue
        c = chr(code)
        fields = [
            u.category(c), u.bidirectional(c), str(u.combining(c)), u.east_asian_width(c),
            str(u.mirrored(c)), u.decomposition(c), str(u.decimal(c, "")),
            str(u.digit(c, "")), repr(u.numeric(c, "")), u.name(c, ""),
            u.normalize("NFC", c), u.normalize("NFD", c), u.normalize("NFKC", c),
            u.normalize("NFKD", c),
        ]
        h.update("|".join(fields).encode("utf-8", "surrogatepass"))
print(h.hexdigest())
