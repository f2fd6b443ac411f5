# str methods by the Unicode 14.0 character database, as CPython 3.11 answers them.
samples = ["Ⅻ", "𝟎", "٣", "²", "½", "ﬁ", "ß", "ẞ", "ǅ", "ǆ", "İ", "ª", "ʰ", "℘", "·",
           "\x1c", "\xa0", "\u2028", "\u200b", "中", "a", "Z", "5", " ", "_", "\U00011f00"]
for c in samples:
    print(ascii(c), c.isalpha(), c.isdecimal(), c.isdigit(), c.isnumeric(), c.isalnum(),
          c.islower(), c.isupper(), c.istitle(), c.isspace(), c.isprintable(),
          c.isidentifier(), ascii(c.upper()), ascii(c.lower()), ascii(c.title()),
          ascii(c.casefold()), ascii(c.swapcase()))

# Special casing: one character maps to several.
print("straße".upper(), "ﬁne ﬂow".upper(), "ﬁne".title(), "ﬁne".capitalize())
print("Straße".casefold() == "STRASSE".casefold(), "ǆungla".title(), "ǅ".lower())
print(ascii("İstanbul".lower()), len("İ".lower()))

# Final sigma: 'ς' at the end of a word, 'σ' elsewhere.
for word in ["ΟΔΟΣ", "ΟΔΟΣ ΟΔΟΣ", "Σ", "ΑΣ.", "Α.Σ", "ΑΣ'Α", "ΑΣ'", "ΑΣ\u0301", "ΣΑΣ"]:
    print(ascii(word), ascii(word.lower()), ascii(word.title()), ascii(word.capitalize()),
          ascii(word.swapcase()))

# Whole-string predicates.
for s in ["", "abc", "ABC", "Abc Def", "ǅabc", "ΑΒΓ", "αβγ", "a1", "12", "١٢٣", "½¼",
          "x y", " \t\n\x1f\x85", "Hello World", "hello World", "ⅫⅠ", "ǈubljana"]:
    print(ascii(s), s.isalpha(), s.isalnum(), s.isdecimal(), s.isdigit(), s.isnumeric(),
          s.islower(), s.isupper(), s.istitle(), s.isspace(), s.isidentifier())

# Identifiers follow XID_Start/XID_Continue.
for name in ["℘x", "x·y", "·x", "ⅻ", "_1", "1_", "a\u0301", "ⅰⅱ", "x\u200d"]:
    print(ascii(name), name.isidentifier())
