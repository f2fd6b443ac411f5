# The unicodedata module: properties, names, numeric values, normal forms, and the
# errors CPython 3.11 gives for bad arguments.
import unicodedata as u
tests = ["u.name('ab')", "u.name(1)", "u.name('\\x00')", "u.name('\\x00', 5)", "u.lookup('NOPE')", "u.decimal('a')", "u.digit('a')", "u.numeric('a')", "u.decimal('a', None)", "u.category('')", "u.normalize('X', 'a')", "u.normalize('NFC', 1)", "u.is_normalized('NFQ','a')", "u.lookup('LATIN SMALL LETTER A')", "u.lookup('latin small letter a')", "u.lookup('BYTE ORDER MARK')", "u.name('\\uac00')", "u.name('\\u4e00')", "u.lookup('HANGUL SYLLABLE GAG')", "u.name(chr(0x11f00), 'none')", "u.numeric('½')", "u.numeric('\\u4e07')", "u.category(chr(0x11f00))", "u.name(chr(0x2a6de))", "u.name(chr(0x31350), '-')", "u.combining('a', 1)", "u.mirrored('(')","u.decomposition('\\uac00')", "u.name()", "u.name('a','b','c')", "'\\N{BYTE ORDER MARK}'", "u.lookup('CJK UNIFIED IDEOGRAPH-4E00')", "u.lookup('CJK UNIFIED IDEOGRAPH-31350')", "u.category()", "u.normalize('NFC')", "u.unidata_version", "u.lookup('BACKSPACE')", "u.name('\\ufeff')", "u.decimal('٣')", "u.digit('²')", "u.numeric('Ⅻ')", "u.east_asian_width('中')", "u.bidirectional('\\u05d0')", "u.decomposition('ﬁ')", "u.normalize('NFKD', 'ﬁ½')", "u.normalize('NFC', 'e\\u0301\\u0323')", "u.is_normalized('NFC', 'é')", "u.is_normalized('NFD', 'é')", "u.normalize('NFKC', '\\u1100\\u1161\\u11a8')"]
for t in tests:
    try: print(t, '->', ascii(eval(t)))
    except Exception as e: print(t, '!!', type(e).__name__, e)
# Names round-trip through lookup() and the \N{...} escape.
for name in ["SNOWMAN", "GREEK SMALL LETTER FINAL SIGMA", "HANGUL SYLLABLE HAN",
             "CJK UNIFIED IDEOGRAPH-6F22", "LINE FEED", "NO-BREAK SPACE"]:
    c = u.lookup(name)
    print(name, ascii(c), u.name(c, None))
print(ascii("\N{SNOWMAN}\N{greek small letter alpha}\N{LINE FEED}"))
# Normal forms of whole strings: canonical ordering of marks, Hangul, compatibility.
for s in ["Å", "A\u030a", "\u212b", "ﬃ", "x\u0323\u0307", "\u1e9b\u0323", "한국어", "①②", "ｶﾞ"]:
    forms = [u.normalize(f, s) for f in ("NFC", "NFD", "NFKC", "NFKD")]
    print(ascii(s), [ascii(f) for f in forms], [u.is_normalized(f, s) for f in ("NFC", "NFD", "NFKC", "NFKD")])
