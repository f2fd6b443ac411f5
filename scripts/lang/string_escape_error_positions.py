# Bad \N{...}, \x, \u and \U escapes in str literals: CPython's "(unicode error)
# 'unicodeescape' codec can't decode bytes in position a-b: ..." message, positions counted
# as the codec sees the body (each non-ASCII character first written as \UXXXXXXXX).
sources = [
    r"'\N{NOPE}'",
    r"'ab\N{NOPE}'",
    "'é\\N{NOPE}'",
    "'€€\\N{NOPE}'",
    r"'\N{}'",
    r"'\N{a'",
    r"'x\N'",
    r"'\Nx'",
    r"'\N{LATIN SMALL LETTER A}\N{nope}'",
    r"'ab\u12'",
    r"'\u12zz'",
    r"'\x4'",
    r"'\xg0'",
    r"'\U00110000'",
    r"'\U0011'",
    r"f'\N{NOPE}'",
    r"f'{1}\N{NOPE}'",
    r"b'\N{DASH}'",
    r"'\N{LATIN SMALL LETTER A}\N{EM DASH}'",
]
for src in sources:
    try:
        print(ascii(eval(src)))
    except SyntaxError as e:
        print(ascii(src), e.msg)

# \N{...} in f-strings is one escape, its braces are no field.
x = 5
print(ascii(f"\N{EM DASH}{x}"), ascii(f"{x:\N{EM DASH}>4}"), ascii(f"\\N{x}"), ascii(f"\\{x}"))
print(ascii(f"a\N{LATIN SMALL LETTER B}c{x!r}\N{DIGIT ONE}"), ascii(rf"\N{x}"))
