# Every one-argument math function and the two-argument ones over specials and random
# values print what CPython prints, to the last bit: the C library's functions where
# CPython calls them (inverse hyperbolics, cbrt, erf, frexp, remainder), CPython's own
# vector norm for hypot and dist, C's signs for modf, NaN passing through sqrt/log1p.
import math
import random

rng = random.Random(11)
one = ['acos', 'acosh', 'asin', 'asinh', 'atan', 'atanh', 'cbrt', 'ceil', 'cos', 'cosh',
       'degrees', 'erf', 'erfc', 'exp', 'exp2', 'expm1', 'fabs', 'floor', 'frexp', 'log',
       'log10', 'log1p', 'log2', 'modf', 'radians', 'sin', 'sinh', 'sqrt', 'tan', 'tanh',
       'trunc', 'ulp']
two = ['atan2', 'copysign', 'dist', 'fmod', 'hypot', 'ldexp', 'nextafter', 'pow', 'remainder']
vals = [0.0, -0.0, 1.0, -1.0, 0.5, 2.0, 1e-300, 5e-324, -5e-324, 1e300, float('inf'),
        float('-inf'), float('nan'), 3.141592653589793, 710.0, -745.2, 1e16,
        0.9999999999999999]
vals += [rng.uniform(-10, 10) for _ in range(25)] + [rng.uniform(-1, 1) for _ in range(15)]
vals += [10**rng.uniform(-300, 300) for _ in range(15)]


def show(f, *a):
    try:
        return repr(f(*a))
    except (ValueError, OverflowError) as e:
        return type(e).__name__ + ': ' + str(e)


for name in one:
    f = getattr(math, name)
    print(name, ' '.join(show(f, x) for x in vals))
for name in two:
    f = getattr(math, name)
    for _ in range(40):
        x, y = rng.choice(vals), rng.choice(vals)
        if name == 'ldexp':
            y = int(rng.uniform(-1100, 1100))
        if name == 'dist':
            x, y = (x, y, rng.choice(vals)), (y, x, rng.choice(vals))
        print(name, repr(x), repr(y), show(f, x, y))
print(math.hypot(*[rng.random() for _ in range(20)]), math.hypot(), math.hypot(-3.0),
      math.hypot(5e-324, 5e-324), math.hypot(1e308, 1e308, 1e308),
      math.dist([], []), math.dist([1, 2, 3], (4.5, 6, 8)))
