# math.gamma and math.lgamma agree with CPython to the last bit (its Lanczos method and
# reflection formula), with its domain and range errors at poles, tiny and huge inputs.
import math
import random

rng = random.Random(7)
xs = [0.0, -0.0, -1.0, -2.0, 5e-324, -5e-324, 1e-21, -1e-21, 1e-19, 171.7, 200.5, -200.5,
      -171.5, float('inf'), float('-inf'), float('nan'), 1.0, 2.0, 0.5, 1.5, 23.0, 24.0,
      22.5, 139.9, 140.1, -139.5, -140.5, 5.5246800407767295, 1e306, -1e306, 2.5e305]
xs += [rng.uniform(-180, 180) for _ in range(150)] + [rng.uniform(-3, 3) for _ in range(150)]
for f in (math.gamma, math.lgamma):
    for x in xs:
        try:
            r = repr(f(x))
        except (ValueError, OverflowError) as e:
            r = type(e).__name__ + ': ' + str(e)
        print(f.__name__, repr(x), r)
for bad in ('x', None):
    try:
        math.lgamma(bad)
    except TypeError as e:
        print(e)
