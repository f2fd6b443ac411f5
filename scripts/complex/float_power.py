# float and int ** with a negative base and a non-integral exponent give complex results.
print((-8.0) ** (1 / 3))
print((-8) ** 0.5, (-1) ** 0.5, (-2.5) ** 1.5, (-1e-300) ** 0.5, pow(-27, 1 / 3))
print((-8.0) ** 2.0, (-8.0) ** -1.0, (-8) ** -2, (-0.0) ** 0.5, (-1.5) ** 3)
print(type((-4.0) ** 0.5).__name__, type((-4.0) ** 2.0).__name__)
print((-float("inf")) ** 0.5, (-2.0) ** float("inf"), (-2.0) ** float("nan"), float("nan") ** 0.5)
print((-1e300) ** 1.5 if False else "skip")
for base, exp in [(-1e300, 1.5), (-10.0, 400.5), (-1e-300, -1.5)]:
    try:
        print((base) ** exp)
    except (OverflowError, ZeroDivisionError) as e:
        print(type(e).__name__ + ":", e)
x = -2.0
x **= 0.5
print(x)
