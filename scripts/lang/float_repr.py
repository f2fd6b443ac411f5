# float repr (shortest round-trip) and arithmetic.
values = [0.1, 0.1 + 0.2, 1 / 3, 2 / 3, 100.0, 1e16, 1e15, 1.5e-5, 0.0001, 0.00001,
          123456789.123, 1e22, 1e100, -0.0, 2.5, 3.0 * 1.1, 1 / 7, 5e-324, 1.7976931348623157e308]
for v in values:
    print(repr(v), str(v))
print(float("inf"), float("-inf"), float("nan"))
print(float("1e500"), -float("1e500"))
print(float("  3.25 "), float("-1_000.5"), float(7), float("1E3"))
print(0.1 * 3, 0.3 == 0.1 * 3, abs(0.1 * 3 - 0.3) < 1e-12)
print(7.0 // 2, -7.0 // 2, 7.0 % 2.5, -7.0 % 2.5, 7.5 % -2)
print(divmod(7.5, 2), divmod(-7.5, 2))
print(2.0 ** 10, 2 ** -2, 4 ** 0.5, (-8) ** 2.0)
print(round(2.5), round(3.5), round(-2.5), round(2.675, 2), round(1234.5678, -2))
print(round(0.5), round(1.5), type(round(2.5)).__name__, type(round(2.5, 1)).__name__)
print(int(1e10), int(-2.9), float(2 ** 53 + 1))
print((0.5).is_integer(), (2.0).is_integer(), (0.25).as_integer_ratio())
print(1e16 + 1, 1e16 + 2, 9007199254740993.0)
print(max(1.5, 2), min(-0.0, 0.0), sum([0.1] * 10))
print(f"{3.14159:.2f} {2.5:e} {1234567.891:,.2f} {0.5:%} {1e-7:g} {12345678.0:g}")
print(3.0 == 3, hash(3.0) == hash(3), 1.0 < 2, float("nan") == float("nan"))
print(-1.5.__abs__(), (1.5).__neg__(), (2.5).hex(), float.fromhex("0x1.8p1"))
