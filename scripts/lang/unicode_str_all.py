# str's Unicode predicates and case mappings over a sample of every block of code
# points (all of the first 0x2000, the first 0x80 of each later 0x1000): a digest, so
# that any difference from CPython 3.11's Unicode 14.0 data shows.
import hashlib

h = hashlib.sha256()
starts = [(0, 0x2000)] + [(b, b + 0x80) for b in range(0x2000, 0x110000, 0x1000)]
for first, end in starts:
    chars = [chr(c) for c in range(first, end) if not 0xD800 <= c < 0xE000]
    flags = "".join(
        "%d%d%d%d%d%d%d%d%d%d%d%d" % (
            c.isalpha(), c.isdecimal(), c.isdigit(), c.isnumeric(), c.islower(),
            c.isupper(), c.isspace(), c.isprintable(), c.isidentifier(),
            ("a" + c).isidentifier(), c.istitle(), c.isalnum(),
        )
        for c in chars
    )
    s = "".join(chars)
    h.update(flags.encode())
    mapped = s.upper() + s.lower() + s.casefold() + s.title() + s.swapcase()
    h.update(mapped.encode("utf-8", "surrogatepass"))
print(h.hexdigest())
