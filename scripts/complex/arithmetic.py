# complex arithmetic mixed with int, float and bool, on both sides.
a, b = 3 + 4j, 1 - 2j
for x, y in [(a, b), (a, 2), (2, a), (a, 2.5), (2.5, a), (a, True), (False, a), (1j, 1j), (a, 10**20)]:
    print(x + y, x - y, x * y, x / y)
print(-a, +a, -(-0j), +(0j), -complex(0.0, -0.0))
print(1j * 1j, 1j ** 2, 2 ** 1j, 1j ** 1j, (1 + 1j) ** 3, (1 + 1j) ** -3, (2 + 0j) ** 0.5)
print((1 + 2j) ** 100, (1 + 1j) ** 101, (1 + 1j) ** 0, 0j ** 0, 0j ** 2, (0j) ** 0.5, (-1 + 0j) ** 0.5)
print(pow(1j, 2), pow(2, 1j), pow(1.5 + 2j, 1.5), pow(1 + 1j, -1))
print((1 + 2j) / (3 + 4j), (1e300 + 1e300j) / (1e300 + 1e300j), 1 / (1e-320 + 1e-320j))
print(complex(1, 2) / complex(float("nan"), 1), complex(1, 1) / complex(float("inf"), 0))

x = 1 + 1j
x += 1
x *= 2j
x -= 0.5
x /= 2
x **= 2
print(x)
print(sum([1j, 2, 3.5, 1 - 1j]), sum([1j, 2j], 1j))

errors = [
    lambda: 1j / 0,
    lambda: 1j / 0j,
    lambda: 1 / 0j,
    lambda: 1.5 / complex(0, 0),
    lambda: 0j ** -1,
    lambda: 0j ** (1 + 1j),
    lambda: 0j ** -2.5,
    lambda: (1e200 + 0j) ** 2,
    lambda: (1e200 + 1e200j) ** 2.5,
    lambda: complex(1, 1) ** complex(float("inf"), 0),
    lambda: 1j // 2,
    lambda: 2 // 1j,
    lambda: 1j % 2,
    lambda: 2.5 % 1j,
    lambda: divmod(1j, 2),
    lambda: 1j < 2j,
    lambda: 1j >= 1,
    lambda: 2 > 1j,
    lambda: 1j + "a",
    lambda: "a" * 1j,
    lambda: [1] * 1j,
    lambda: 1j & 1,
    lambda: ~1j,
    lambda: 1j @ 1j,
    lambda: pow(1j, 2, 3),
    lambda: 1j + 10**400,
]
for f in errors:
    try:
        print(f())
    except (TypeError, ZeroDivisionError, OverflowError, ValueError) as e:
        print(type(e).__name__ + ":", e)
y = 1j
try:
    y //= 2
except TypeError as e:
    print("TypeError:", e)

print(1j == 1j, 1 + 0j == 1, 1 == 1 + 0j, 1.5 + 0j == 1.5, 1 + 1j == 1, 1j != 1j, 0j == 0, 0j == False)
print(2**53 + 1 + 0j == 2**53 + 1, 2**53 + 0j == 2**53, complex(2**70) == 2**70, 10**400 == 1j)
print(1j == "1j", 1j == None, 1j in [1, 1j], [1j].index(1j), complex("nan") == complex("nan"))
print(abs(3 + 4j), abs(-5j), abs(complex(float("inf"), float("nan"))), abs(complex(float("nan"), 1)))
try:
    abs(complex(1e308, 1e308))
except OverflowError as e:
    print("OverflowError:", e)
print((1j).__add__(1), (1j).__radd__(2.5), (1j).__mul__("x"), (2j).__truediv__(2), (2j).__rpow__(2))
