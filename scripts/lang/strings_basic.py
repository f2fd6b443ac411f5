# String literals, indexing, slicing, concatenation, escapes, comparison.
s = "Hello, World"
print(s, len(s), s[0], s[-1], s[7:], s[:5], s[::2], s[::-1], s[-5:-1], s[100:])
print("ab" + "cd", "ab" * 3, 3 * "-", "" * 5 == "")
print("tab\there", "new\\nline", 'quote"s', "it's", "\x41\u00e9\N{GREEK SMALL LETTER ALPHA}")
print(r"raw\nstring", len(r"\n"), len("\n"))
print("""triple
quoted""", '''single
triple''')
print("abc" < "abd", "abc" < "ab", "B" < "a", "a" == "a", "a" != "b")
print("ell" in s, "xyz" not in s, "" in s)
print(repr("a'b"), repr('a"b'), repr("a'b\"c"), repr("line\n\t\\"), repr("é"), repr("\x00\x7f"))
print(str(42), str(3.5), str(None), str(True), str([1, "a"]))
print(ord("A"), ord("é"), chr(97), chr(8364), ascii("é"))
word = "multiply"
print([c for c in word], list(reversed(word)), sorted(word))
print("-".join(["a", "b", "c"]), "".join(map(str, range(5))))
total = ""
for ch in "abc":
    total = ch + total
print(total)
print(len("naïve"), "naïve".upper(), "ǅ".lower())
print("%s and %r" % ("x", "x"), "%d%%" % 50)
adjacent = "con" "cat" "enated"
print(adjacent)
print(s.__len__(), "a".__add__("b"), s.count("l"))
