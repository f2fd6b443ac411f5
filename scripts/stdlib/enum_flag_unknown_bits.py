# A flag value made only of bits no member names has no name (`<Perm: 8>`); beside
# named members the unknown bits show as a number.
from enum import Flag, IntFlag, auto


class Perm(IntFlag):
    R = 4
    W = 2
    X = 1


class C(Flag):
    A = auto()
    B = auto()


for v in [Perm(8), Perm(9), Perm(0), Perm(15), Perm(16 | 32), C(0), C(3)]:
    print(repr(v), str(v), v.name, format(v), list(v))
