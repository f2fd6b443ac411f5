# decimal: next_plus, next_minus and next_toward (with its signals) on seeded random values and contexts.

from decimal import *
import random
R = random.Random(8)
modes = [ROUND_DOWN, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_HALF_DOWN, ROUND_05UP]
for i in range(300):
    ctx = Context(prec=R.randint(1, 30), rounding=R.choice(modes), traps=[])
    if R.random() < 0.3:
        ctx.Emax = R.randint(1, 40); ctx.Emin = -R.randint(1, 40)
    digits = "".join(R.choice("0123456789") for _ in range(R.randint(1, 35)))
    a = Decimal(R.choice(["", "-"]) + digits + "E" + str(R.randint(-60, 60)))
    b = Decimal(R.randint(-5, 5))
    print(i, ctx.next_plus(a), ctx.next_minus(a), ctx.next_toward(a, b), [k.__name__ for k, v in ctx.flags.items() if v])
