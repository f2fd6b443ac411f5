# Every re entry point takes bytes, bytearray and memoryview subjects for a bytes
# pattern and refuses a str/bytes mismatch with one message.
import re

p = re.compile(b"a")
for subject in [b"xaay", bytearray(b"xaay"), memoryview(b"xaay")]:
    print(type(subject).__name__)
    print(" finditer", [m.span() for m in p.finditer(subject)], [m.span() for m in p.finditer(subject, 2)])
    print(" sub", p.sub(b"b", subject), p.subn(lambda m: b"Q", subject))
    if isinstance(subject, (bytes, bytearray)):
        # CPython's template expansion joins with the subject's type: bytes-like only.
        print(" template", p.sub(b"[\\g<0>]", subject))
    for result in (p.sub(b"b", subject[:1]), re.sub(b"z", b"q", subject)):
        print(" no match", type(result).__name__, bytes(result))
    s = p.scanner(subject, 1, 3)
    print(" scanner", s.search(), s.match(), s.match())
    print(" match", p.match(subject, 1), p.search(subject, 3), p.findall(subject), p.split(subject))
    print(" fullmatch", p.fullmatch(subject, 1, 2))
for pattern, subject in [("a", b"aa"), (b"a", "aa"), ("a", memoryview(b"a")), ("a", 3), (b"a", 3.5), (b"a", None)]:
    for call in (lambda: list(re.finditer(pattern, subject)), lambda: re.sub(pattern, lambda m: m[0], subject),
                 lambda: re.compile(pattern).scanner(subject), lambda: re.search(pattern, subject),
                 lambda: re.findall(pattern, subject), lambda: re.split(pattern, subject)):
        try:
            call()
            print("accepted")
        except TypeError as e:
            print("TypeError:", e)

# sub on a str or bytes subclass gives the exact type, without calling __str__.
class S(str):
    def __str__(self): return "nope"
class B(bytes): pass
for x in (re.sub('z', 'q', S('ab')), re.sub('a', 'q', S('ab')), re.subn('z', 'q', S('ab'))[0],
          re.sub(b'z', b'q', B(b'ab')), re.sub(b'a', b'q', B(b'ab')), re.sub('z', lambda m: 'q', S('ab'))):
    print(type(x).__name__, x)
