# re: the module API — Pattern and Match objects, findall/finditer/sub/subn/split,
# templates, escape, flags and their reprs, bytes patterns.
import re

p = re.compile(r"(?P<key>\w+)=(?P<value>\d*)")
print(p.pattern, p.flags, p.groups, p.groupindex, repr(p))
print(type(p).__name__, type(p.match("a=1")).__name__)
m = p.search("  x=42; y=")
print(m, bool(m))
print(m.group(), m.group(0), m.group(1), m.group("value"), m.group(1, 2, "key"))
print(m[0], m["key"], m.groups(), m.groupdict(), m.span("value"), m.start(), m.end(1))
print(m.pos, m.endpos, m.lastindex, m.lastgroup, m.re is p, m.string, m.regs)
print(m.expand(r"<\g<value>|\2|\g<0>|\g<key>>"))
for bad in (3, "nope", -1):
    try:
        m.group(bad)
    except IndexError as e:
        print("IndexError", e)
m = re.match(r"(a)(b)?(c)?", "ac")
print(m.groups(), m.groups("-"), m.groupdict(), m.span(2), m.start(2), m.lastindex)
m = re.match(r"(?P<first>a)(?P<second>x)?", "a")
print(m.groupdict(), m.groupdict(0), m.lastgroup)
print(repr(re.match(".*", "x" * 80)))
print(repr(re.search("b+", "a" * 10 + "bbb")))

print(p.match("a=1", 0), p.match("zz a=1", 3), p.search("a=1 b=2", 2), p.search("a=1", 0, 2))
print(p.fullmatch("a=1"), p.fullmatch("a=1 "), p.fullmatch("a=1 ", 0, 3))
print(re.compile("^a").search("ba", 1), re.compile("(?m)^a").search("b\na", 1))
print(re.compile("a$").search("ab", 0, 1), re.compile(r"\Z").search("abc", 1, 2))

print(re.findall(r"\d+", "a1b22c333"))
print(re.findall(r"(\w)(\d)?", "a1b"))
print(re.findall(r"(\w)=(\d)", "a=1 b=2"))
print(re.findall(r"", "abc"), re.findall(r"a*", "baaac"))
print([m.span() for m in re.finditer(r"\w+", "ab cd  ef")])
print([m.group() for m in re.finditer(r"a*", "baac")])
print(re.findall(r"\w+", "ab cd ef", ), p.findall("a=1 b=2 c=", 4))

print(re.sub(r"\d", "#", "a1b22"), re.sub(r"\d", "#", "a1b22", count=2))
print(re.sub(r"(\w)(\d)", r"\2\1", "a1 b2"), re.sub(r"(?P<w>\w)", r"[\g<w>]", "ab"))
print(re.sub(r"x*", "-", "abxd"), re.sub(r"", "-", "ab"), re.sub("a", r"\n\t\\", "a"))
print(re.sub(r"(a)|b", r"[\1]", "ab"), re.sub(r"a", r"\g<0>\g<0>", "banana"))
print(re.sub(r"\w+", lambda m: m.group().upper(), "hello big world"))
print(re.subn(r"o", "0", "foo boo"), re.subn(r"z", "0", "foo"))
print(re.sub(r"(\d+)", lambda m: str(int(m.group(1)) * 2), "3 apples and 14 pears"))
print(re.sub("a", r"\101\0", "a"), re.sub("(a)", r"\1\061", "a"))

print(re.split(r"\s+", "a b  c"), re.split(r"(\s+)", "a b  c"), re.split(r",", "a,b,c", 1))
print(re.split(r"(,)|(;)", "a,b;c"), re.split(r"\W*", "...words..."), re.split("x", ""))
print(re.split(r"\b", "a b"), re.split(r"(?=b)", "abab"), re.split("a", "bab", maxsplit=-1))

print(re.escape("a.b*c?[d] {e} (f) |g^$ \\ #&~-"), re.escape("über"), re.escape(b"a.b\x00"))
print(re.I, re.IGNORECASE | re.MULTILINE, repr(re.A | re.I | re.M), re.NOFLAG, int(re.X))
print(repr(~re.I), re.RegexFlag(512), re.I | 512, type(re.I | re.M).__name__, re.S & re.S)
print(re.I == 2, isinstance(re.I, int), re.compile("x", re.I | re.S))
print(repr(re.compile("x", re.A)), repr(re.compile("x", re.U)), repr(re.compile(b"x", re.L)))
print(repr(re.compile("x", 512)), repr(re.compile("a" * 300))[-10:])
print(re.compile("(?x)a").flags, re.compile(b"a").flags, re.compile("(?a)a").flags)

print(re.match(rb"(\d+)-(\w+)", b"12-ab!"), re.findall(rb"\w+", b"ab cd"))
print(re.sub(rb"\d", b"#", b"a1b2"), re.sub(rb"(\d)", rb"<\1>", bytearray(b"a1")))
print(re.split(rb",", b"a,b"), re.match(rb"\w+", "é".encode()), re.search(b"b", bytearray(b"abc")))
print(re.compile(b"(?i)abc").match(b"ABC"), re.escape(b"\xff."))

print(re.compile("a") == re.compile("a"), re.compile("a") == re.compile("a", re.I))
print(re.compile("abc") is re.compile("abc"), re.compile(p) is p)
re.purge()
print(re.compile(r"\d").match("5").group())
print(hasattr(re, "template"), hasattr(re, "Scanner"))

for f in (lambda: re.match("a", b"a"), lambda: re.match(b"a", "a"), lambda: re.match("a", 5),
          lambda: re.compile(5), lambda: re.compile(p, re.I), lambda: re.sub("a", 5, "a"),
          lambda: re.sub("(?P<x>a)", r"\g<y>", "a"), lambda: re.compile("a", re.L),
          lambda: re.compile(b"a", re.U), lambda: re.compile("a", re.A | re.U),
          lambda: re.compile("a{99999999999}"), lambda: re.sub("a", lambda m: 5, "a"), lambda: re.sub(b"a", "x", b"a"),
          lambda: re.sub("a", b"x", "ba"), lambda: re.sub(b"a", b"x", "a")):
    try:
        print(f())
    except (TypeError, ValueError, IndexError, OverflowError, re.error) as e:
        print(type(e).__name__, e)

scanner = re.Scanner([
    (r"[a-z_]\w*", lambda s, tok: ("NAME", tok)),
    (r"\d+", lambda s, tok: ("NUM", int(tok))),
    (r"[-+*/=]", lambda s, tok: ("OP", tok)),
    (r"\s+", None),
])
print(scanner.scan("x = 12 + y3 * 4 ?rest"))
sc = re.compile(r"\d*").scanner("12a3")
print([sc.search() for _ in range(5)])
sc = re.compile(r"\d").scanner("12a3")
print(sc.match(), sc.match(), sc.match(), sc.search())
print(re.findall(r"\N{EM DASH}+|[\N{LATIN SMALL LETTER E WITH ACUTE}x]", "a—— é x"), re.match(r"\N{em dash}", "—"))
for p in [r"\N{NOPE}", r"\N", r"\N{", r"\N{}", r"[\N{BULLET}-\N{DAGGER}]"]:
    try:
        print(re.compile(p))
    except re.error as e:
        print(e)

# finditer is lazy, in batches
print([m.span() for m in re.finditer(r"a*", "baaacaa" * 20)][:50])
print([m.group() for m in re.finditer(r"\w+", " ".join(str(i) for i in range(300)))][-5:])
print(len(list(re.finditer("", "x" * 5000))))
it = re.finditer("a", "aaa")
print(next(it), next(it), next(it), next(it, None))
m = list(re.compile("a").finditer("xaxa", 2))[0]; print(m.pos, m.endpos, m.span())
try:
    re.finditer("a", b"a")
except TypeError as e:
    print(e)
