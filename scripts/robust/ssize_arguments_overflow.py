# Arguments CPython converts to C sizes (a maxsplit, a tab size, a repeat count, a byte
# length) raise OverflowError when too large either way; IndexError is for subscripts.
CASES = [
    ("'abc'.expandtabs(2**64)", lambda: "abc".expandtabs(2**64)),
    ("b'abc'.expandtabs(-2**64)", lambda: b"abc".expandtabs(-(2**64))),
    ("'a b'.split(' ', 2**64)", lambda: "a b".split(" ", 2**64)),
    ("'a b'.rsplit(None, -2**64)", lambda: "a b".rsplit(None, -(2**64))),
    ("b'a b'.split(b' ', 2**64)", lambda: b"a b".split(b" ", 2**64)),
    ("bytearray(b'a b').rsplit(maxsplit=10**20)", lambda: bytearray(b"a b").rsplit(maxsplit=10**20)),
    ("b'abc'.hex(':', 2**64)", lambda: b"abc".hex(":", 2**64)),
    ("'abc' * -2**64", lambda: "abc" * -(2**64)),
    ("[1] * -2**64", lambda: [1] * -(2**64)),
    ("(1,) * 2**64", lambda: (1,) * 2**64),
    ("(1).to_bytes(2**64, 'big')", lambda: (1).to_bytes(2**64, "big")),
    ("[1, 2][2**64]", lambda: [1, 2][2**64]),
    ("'abc' * -3", lambda: "abc" * -3),
    ("'a\\tb'.expandtabs(-1)", lambda: "a\tb".expandtabs(-1)),
    ("'a b c'.split(None, -1)", lambda: "a b c".split(None, -1)),
]
for text, f in CASES:
    try:
        print(text, "=", repr(f()))
    except (OverflowError, IndexError, MemoryError) as e:
        print(text, "->", type(e).__name__, e)
