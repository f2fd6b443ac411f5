# str.translate with dict tables (ints, None, str, bool values; ASCII and non-ASCII text,
# repeated characters looked up from the per-call memo), maketrans forms, a mapping
# class with __getitem__ (every call seen), and the errors.
import string

table = str.maketrans("", "", string.punctuation)
text = "Hello, world! It's -- 'quoted' (text); 100% ok? caf\u00e9 \u65e5\u672c."
print(text.translate(table))
print(text.lower().translate(str.maketrans("aeiou", "AEIOU")))
print("abcabc".translate({97: True, 98: 300, 99: "xyz"}))
print("abc\u00e9\u00e9".translate({0xE9: "e", 97: None}))
print("aaaa".translate({97: "\u65e5"}))


class Counting:
    def __init__(self):
        self.calls = 0

    def __getitem__(self, k):
        self.calls += 1
        if k == ord("a"):
            return "A"
        raise LookupError(k)


c = Counting()
print("banana".translate(c), c.calls > 0)
for bad in [{97: -1}, {97: 0x110000}, {97: 1.5}, {97: b"x"}]:
    try:
        "abc".translate(bad)
    except Exception as e:
        print(type(e).__name__, e)
long = ("The quick brown fox; jumps over: the lazy dog! " * 200)
print(len(long.translate(table)), long.translate(table)[:60])
