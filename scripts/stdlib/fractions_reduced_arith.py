# Fraction +, -, *, / reduce by the gcds of the operands' parts: every sign, zero,
# integer-valued and common-factor combination must still give lowest terms with a
# positive denominator, ints and subclasses as operands, and the zero division message.
from fractions import Fraction as F
import itertools

vals = [F(0), F(1), F(-1), F(3, 4), F(-3, 4), F(6, 9), F(-10, 4), F(7), F(1, 12),
        F(5, 18), F(-7, 30), F(2, 1) ** 40, F(1, 3) ** 20, F(-35, 6)]
for a, b in itertools.product(vals, vals):
    row = [a + b, a - b, a * b]
    if b:
        row.append(a / b)
    else:
        try:
            a / b
        except ZeroDivisionError as e:
            row.append(str(e))
    for r in row:
        if isinstance(r, F):
            assert r.denominator > 0
    print(*row)
print(F(3, 4) + 2, 2 - F(3, 4), F(3, 4) * -4, -4 / F(3, 4), F(3, 4) / -6)
print(sum(F(1, i) for i in range(1, 60)))
print(sum(F(i, i + 1) for i in range(200)).denominator % 10**9)
t = F(0)
for i in range(1, 300):
    t += F(1, i) * F(i % 7 + 1, 3)
    t -= F(1, 2 * i)
print(t.numerator % 10**9, t.denominator % 10**9)


class G(F):
    pass


print(type(G(1, 2) + G(1, 3)).__name__, G(1, 2) * 2, 2 / G(3, 4), G(1, 2) - 1, G(5, 6) / G(5, 6))
try:
    F(5, 7) / F(0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
for a, b in [(F(-5, 7), 0), (F(0), F(0)), (F(5, 2), F(0)), (F(-6, 7), 0)]:
    try:
        a / b
    except ZeroDivisionError as e:
        print("ZeroDivisionError", e)
