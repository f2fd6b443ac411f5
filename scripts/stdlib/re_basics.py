# re: matching semantics (alternation, repeats, groups, anchors, flags) against CPython.
import re

cases = [
    (r"a|ab", "ab"), (r"ab|a", "ab"), (r"a*", "aaa"), (r"a*?", "aaa"), (r"a+?b", "aaab"),
    (r"(a|b)*c", "xxababc"), (r"(?:a|)*b", "aab"), (r"a{2,3}", "aaaa"), (r"a{2,}", "aaaaa"),
    (r"a{,2}", "aaa"), (r"a{2}?", "aaa"), (r"a{2,3}?", "aaaa"), (r"x{", "x{"), (r"x{1,", "x{1,"),
    (r"x{a}", "x{a}"), (r"(ab)+", "ababab"), (r"(a)(b)?", "a"), (r"((a)|b)+", "ab"),
    (r"(a*)*b", "aab"), (r"(a*)+b", "b"), (r"(a|b)*?b", "aab"), (r"^abc$", "abc\n"),
    (r"abc$", "abc\ndef"), (r"\Aabc\Z", "abc\n"), (r"\Aabc\Z", "abc"), (r"^", ""), (r"$", "a\n"),
    (r"\bfoo\b", "a foo b"), (r"\Bfoo", "afoo"), (r"\b", ""), (r"\B", ""), (r"\d+", "ab 123 c"),
    (r"\D+", "12ab3"), (r"\s+", "a \t\nb"), (r"\S+", "  xy "), (r"\w+", "héllo wörld"),
    (r"\W+", "ab, cd"), (r"[a-c]+", "xxabcabd"), (r"[^a-c]+", "abcxyz"), (r"[]a]+", "a]]b"),
    (r"[a-]+", "-a-b"), (r"[\d.]+", "x1.5y"), (r"[\w-]+", "foo-bar baz"), (r".+", "ab\ncd"),
    (r"(?s).+", "ab\ncd"), (r"\x41\u0042\U00000043\101\0", "ABCA\0"), (r"\n\t\\", "\n\t\\"),
    (r"(?i)straße", "STRASSE straße STRAßE"), (r"(?i)[a-z]+", "HeLLo"), (r"(?i)é", "É"),
    (r"(a)\1", "aa"), (r"(?P<q>['\"]).*?(?P=q)", "say 'hi' now"), (r"(a)|b\1", "b"),
    (r"(?=(\w+))\w", "abc"), (r"\w+(?=,)", "ab,cd"), (r"\w+(?!,)", "ab,cd"),
    (r"(?<=\$)\d+", "cost $42"), (r"(?<!\$)\b\d+", "$42 17"), (r"(?<=a|b)c", "bc"),
    (r"(?>a+)b", "aaab"), (r"(?>a+)a", "aaaa"), (r"a++a", "aaaa"), (r"a*+b", "aaab"),
    (r"a?+a", "a"), (r"(?:ab)++", "ababab"), (r"(a)?(?(1)b|c)", "ab"), (r"(a)?(?(1)b|c)", "c"),
    (r"(?P<x>a)?(?(x)b|c)", "xc"), (r"(<)?\w+(?(1)>)", "<abc>"), (r"(<)?\w+(?(1)>)", "abc>"),
    (r"(?x) a b  # comment\n c", "abc"), (r"(?x)[ ]a", " a"), (r"(?x)a\ b", "a b"),
    (r"(?i:a)b", "Ab"), (r"(?i:a)b", "AB"), (r"a(?-i:b)", "AB"), (r"(?m)^b$", "a\nb\nc"),
    (r"(?ms)a.^b", "a\nb"), (r"(?a)\w+", "héllo"), (r"(?u)\w+", "héllo"), (r"(?#note)x", "x"),
    (r"", "abc"), (r"x*", ""), (r"[\s\S]+", "a\nb"), (r"\d{2,}?\d", "12345"),
    (r"(\w+)@(\w+)\.com", "mail bob@example.com now"), (r"(a+|b+)*c", "aabbac"),
    (r"(?:(a)|(b))+", "ab"), (r"(?:(a)|(b))+", "ba"), (r"(a)(?:x|(b))*", "abx"),
    (r"[^\W\d]+", "ab12cd"), (r"[\W]+", "ab,. cd"), (r"\(\)", "()"), (r"a.c", "a\nc"),
]
for pattern, text in cases:
    for name, fn in (("match", re.match), ("search", re.search), ("fullmatch", re.fullmatch)):
        m = fn(pattern, text)
        if m is None:
            print(name, repr(pattern), repr(text), None)
        else:
            print(name, repr(pattern), repr(text), m.span(), m.groups(), m.lastindex)
