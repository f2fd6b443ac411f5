# find/replace/split/count with words in short texts (searched by first byte) and long
# ones (one searcher per call), with multi-byte text, counts and empty patterns.
short = "hello world"
long = ("hello world, " * 20) + "the end \u65e5\u672c\u65e5\u672c"
for text in (short, long, "", "wo", "\u65e5\u672c"):
    print(text.find("wor"), text.find("world", 5), text.rfind("wor"), text.count("wor"),
          text.find(""), text.count(""), text.find("\u672c"), text.find("zzz"))
    print(repr(text.replace("world", "there")[:40]), repr(text.replace("o", "0", 3)[:20]),
          repr(text.replace("", "|")[:12]), repr(text.replace("\u65e5", "sun")[-12:]),
          repr(text.replace("world", "w", 0)[:15]))
    print(text.split("wor")[:3], len(text.split("wor")), text.split(", ", 2)[:3],
          text.rsplit("o", 2)[-2:], text.partition("wor"), text.rpartition("l"))
s = "abc"
print(s.replace("x", "y") is s, s.replace("b", "b"), "aaaa".replace("aa", "b"), "aaa".count("aa"))
print("ab" * 40 == ("ab" * 40).replace("ba", "ba"), ("ab" * 40).replace("ba", "_")[:20])
print("x".join(["a" * 70, "b" * 70]).split("x"), ("a,b" * 30).split(",")[:4])
print("%s" % ("ab" * 40).find("bab"), ("ab" * 40).index("ba"), ("abc" * 30).rindex("ca"))
print("mississippi".replace("ss", "SS"), "mississippi".split("ss"), "mississippi".find("ssi", 3))
try:
    long.index("nope")
except ValueError as e:
    print("ValueError:", e)
