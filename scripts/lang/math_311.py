# math functions new in 3.9-3.11: ulp, nextafter, exp2 (cbrt is left out: it can differ from python3's in the last bit).
import math

for x in [0.0, 1.0, -1.5, 1e300, 5e-324, float("inf"), float("nan"), 2.0**-1074, 1.7976931348623157e308]:
    print(math.ulp(x), math.nextafter(x, 0), math.nextafter(x, math.inf), math.nextafter(x, -math.inf))
print(math.exp2(10), math.exp2(-1), math.nextafter(0.0, -1.0), math.nextafter(1.0, 1.0), math.cbrt(-8))
try:
    math.exp2(5000)
except OverflowError as e:
    print(e)
