# the math module.
import math
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.isnan(math.nan))
print(math.sqrt(16), math.sqrt(2), math.isqrt(17), math.pow(2, 0.5), math.exp(1), math.exp(0))
print(math.log(math.e), math.log(8, 2), math.log10(1000), math.log2(1024), math.log1p(0))
print(math.floor(3.7), math.floor(-3.2), math.ceil(3.2), math.ceil(-3.7), math.trunc(-3.9), type(math.floor(2.5)).__name__)
print(math.fabs(-3), math.factorial(20), math.factorial(0), math.gcd(48, 18), math.gcd(0, 5), math.lcm(4, 6))
print(math.sin(0), math.cos(0), math.tan(0), round(math.sin(math.pi / 2), 10), math.atan2(1, 1), math.degrees(math.pi), math.radians(180))
print(math.hypot(3, 4), math.copysign(2, -0.0), math.fmod(-7, 3), -7 % 3, math.modf(3.25), math.frexp(8.0), math.ldexp(0.5, 4))
print(math.isclose(0.1 + 0.2, 0.3), math.isfinite(1e308), math.isinf(float("inf")), math.fsum([0.1] * 10), sum([0.1] * 10))
print(math.comb(10, 3), math.perm(5, 2), math.prod([1, 2, 3, 4]), math.prod([]), math.dist((0, 0), (3, 4)))
print(math.floor(10 ** 20 / 3), math.isqrt(10 ** 40), math.gcd(2 ** 100, 6 ** 50))
for bad in [lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.factorial(-1), lambda: math.exp(1000)]:
    try:
        bad()
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
from math import pi as PI, floor
print(PI == math.pi, floor(-0.5))
