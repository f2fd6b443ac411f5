"""Prints codec_tables.rs from python3's own codecs: the upper half (bytes 0x80-0xff) of
each single-byte code page coro knows beyond latin-1 and ascii.

    python3 src/runtime/codec_tables.py > src/runtime/codec_tables.rs
"""

PAGES = [
    ("CP1252", "cp1252"),
    ("CP437", "cp437"),
    ("MAC_ROMAN", "mac_roman"),
    ("ISO8859_15", "iso8859_15"),
    ("CP850", "cp850"),
    ("ISO8859_2", "iso8859_2"),
    ("CP1250", "cp1250"),
    ("CP1251", "cp1251"),
]

UNDEFINED = "\ufffe"


def upper_half(codec):
    lower = bytes(range(128)).decode(codec)
    assert lower == "".join(map(chr, range(128))), codec + " is not ASCII below 0x80"
    chars = []
    for b in range(128, 256):
        try:
            chars.append(bytes([b]).decode(codec))
        except UnicodeDecodeError:
            chars.append(UNDEFINED)
    return chars


def main():
    print("//! Decoding tables of the single-byte code pages coro knows beyond latin-1 and ascii:")
    print("//! the character of each byte from 0x80 to 0xff (`\\u{fffe}` where the code page")
    print("//! leaves the byte undefined, which decodes as \"character maps to <undefined>\");")
    print("//! below 0x80 every one of them is ASCII. Data only, printed by codec_tables.py")
    print("//! beside it from python3's codecs; the codec is `runtime::codecs`.")
    for name, codec in PAGES:
        chars = upper_half(codec)
        print()
        print(f"/// `{codec}`, bytes 0x80-0xff.")
        print(f"pub static {name}: [char; 128] = [")
        for row in range(0, 128, 8):
            cells = ", ".join("'\\u{%04x}'" % ord(c) for c in chars[row:row + 8])
            print(f"    {cells},")
        print("];")


main()
