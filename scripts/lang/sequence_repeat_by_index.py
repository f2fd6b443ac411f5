# A sequence repeated by any object with `__index__`, on either side of `*` and in `*=`;
# objects without it get CPython's "can't multiply sequence" TypeError.


class Three:
    def __index__(self):
        return 3

    def __repr__(self):
        return "Three()"


class Huge:
    def __index__(self):
        return 2**70


class BadIndex:
    def __index__(self):
        return "x"


class NotANumber:
    pass


print("ab" * Three(), Three() * "cd")
print([0] * Three(), Three() * [1, 2])
print((1,) * Three(), b"xy" * Three(), bytearray(b"z") * Three())
s = "q"
s *= Three()
l = [None]
l *= Three()
print(s, l)
for seq in ("ab", [1], (2,), b"b", bytearray(b"c")):
    for n in (NotANumber(), BadIndex(), 1.5):
        try:
            print(seq * n)
        except TypeError as e:
            print(type(seq).__name__, "TypeError:", e)
for seq in ("ab", [1], (2,)):
    try:
        seq * Huge()
    except (OverflowError, MemoryError) as e:
        print(type(seq).__name__, type(e).__name__, e)
