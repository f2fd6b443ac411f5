# re: re.error messages, positions, line and column numbers as CPython reports them.
import re

patterns = [
    "(a", "a)", "*a", "a**", "a{2}{3}", "+", "^*", "[a", "[z-a]", "[\\d-z]", "[a-\\w]",
    "\\q", "\\", "a\\", "(?P<1a>x)", "(?P<a>x)(?P<a>y)", "(?P=nope)", "(?P<a>(?P=a))",
    "\\2(a)", "(a)\\2", "(a\\1)", "(?<=a+)b", "(?<=a|bc)d", "(?z)", "(?", "(?P", "(?Px)",
    "(?<x)", "a{3,2}", "(?i", "(?i-", "(?-q:a)", "(?iq)", "(?i)a(?m)", "a(?i)b",
    "(?(1)a|b|c)", "(?(0)a)", "(?(x)a)", "(?(1a)x)", "(?(2)a)(b)", "(?#abc",
    "\\x4", "\\u12", "\\U0001", "[\\x4]", "\\400", "[\\400]", "(?a-a:x)", "(?-a:x)",
    "(?ua)x", "(?L)x", "abc\n(def", "x\n  )", "(?P<>a)", "(?P<a", "(?P=", "\\g<1>",
    "[]", "[^]", "a|*", "(?:*)", "(?i-i:a)", "(?x-x)",
]
for pattern in patterns:
    try:
        re.compile(pattern)
        print(repr(pattern), "compiles")
    except re.error as e:
        print(repr(pattern), "->", e, "|", e.msg, e.pos, e.lineno, e.colno, e.pattern == pattern)

for pattern in [b"(a", b"\\q", b"(?u)a", b"[\xff-a]"]:
    try:
        re.compile(pattern)
        print(pattern, "compiles")
    except re.error as e:
        print(pattern, "->", e, "|", e.msg, e.pos, e.pattern == pattern)

for template in ["\\3", "\\g<", "\\g<x", "\\g<>", "\\g<1a>", "\\q", "\\", "\\g<5>", "\\g", "\\400"]:
    try:
        print(repr(re.sub("(a)(b)", template, "ab")))
    except (re.error, IndexError) as e:
        print(repr(template), type(e).__name__, e)

e = re.error("boom")
print(e, e.msg, e.pattern, e.pos, e.lineno, e.colno, isinstance(e, Exception))
print(re.error.__name__, re.error.__module__)
try:
    re.compile("a\nb\n(c")
except re.error as e:
    print(e.lineno, e.colno, e.pos)
