# int() and float() read Unicode decimal digits and spaces as CPython does; divmod of floats
# divides once (its ZeroDivisionError names divmod).
for text in ['٣', '١٢٣', ' ٤٫٥ ', '٤.٥', '１２', '-٣', '٣x', 'Ⅻ', '²', '\u2003 7 \u3000', '𝟎𝟏', '߀', '৩.৫e٢']:
    for conv in (int, float):
        try:
            print(conv.__name__, repr(text), repr(conv(text)))
        except ValueError as e:
            print(conv.__name__, repr(text), "ValueError:", e)
print(int('١٠', 16), int('٠x١f', 0) if False else '', divmod(7.5, 2), divmod(-7, 2.0))
for a, b in [(1.0, 0), (1, 0.0), (1e-7, False), (2**1100, 1.5)]:
    try:
        print(divmod(a, b))
    except (ZeroDivisionError, OverflowError) as e:
        print(type(e).__name__, e)
