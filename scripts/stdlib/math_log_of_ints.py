# math.log, log2 and log10 of ints: an int a float can hold is logged as that float
# (log2(2**80) is exactly 80.0); a larger one as m * 2**e, as CPython's loghelper.
import math
vals = [1 << 80, 10**22, 10**308, 10**309, 2**1023, 2**1024, 2**1024 - 1, 3**2000, 10**5000 + 1, 7, 1, True, 2**53 + 1, 12345678901234567890123]
for v in vals:
    print(math.log2(v), math.log10(v), math.log(v), math.log(v, 2), math.log(v, 10**30), math.log(v, 7))
for bad in [0, -(10**400), -1]:
    for f in (math.log, math.log2, math.log10):
        try:
            f(bad)
        except ValueError as e:
            print(e)
