# decimal: contexts (precision, the eight rounding modes, exponent limits, clamp), flags and
# traps, the signal classes and their messages, localcontext and the Context methods.
import decimal
from decimal import *

D = Decimal
print(getcontext())
print(DefaultContext, BasicContext, ExtendedContext, sep="\n")
print(Context(prec=3, rounding=ROUND_UP, Emin=-5, Emax=5, capitals=0, clamp=1))
print(Context(traps=[Clamped, Inexact, FloatOperation, Subnormal], flags=[Rounded, DivisionByZero]))
print(repr(getcontext().flags))
print(ROUND_HALF_EVEN, MAX_PREC, MAX_EMAX, MIN_EMIN, MIN_ETINY, decimal.HAVE_THREADS)
for cls in (Clamped, InvalidOperation, ConversionSyntax, DivisionByZero, DivisionImpossible,
            DivisionUndefined, Inexact, InvalidContext, Rounded, Subnormal, Overflow,
            Underflow, FloatOperation):
    print(cls.__name__, [b.__name__ for b in cls.__mro__[1:-3]])

values = ["2.5", "-2.5", "1.15", "-1.15", "1.25", "0.05", "-0.051", "9.95", "1.000001"]
for mode in (ROUND_DOWN, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_CEILING, ROUND_FLOOR,
             ROUND_UP, ROUND_HALF_DOWN, ROUND_05UP):
    with localcontext(Context(prec=2, rounding=mode)) as ctx:
        print(mode, [str(+D(v)) for v in values], [str(D(v).quantize(D("1"))) for v in values])

ctx = getcontext()
ctx.prec = 6
print(D(1) / D(7), D("123456789"), +D("123456789"), D("123456789") + 0, D(2).sqrt())
ctx.rounding = ROUND_FLOOR
print(D(1) / D(7), -D(1) / D(7), D("1") - D("1"), D(-5) + 5)
ctx.prec, ctx.rounding = 28, ROUND_HALF_EVEN
print(ctx.flags[Inexact], ctx.flags[Rounded], ctx.flags[InvalidOperation])
ctx.clear_flags()
D(1) / 4
print(ctx.flags[Inexact], ctx.flags[Rounded])
D(1) / 3
print(ctx.flags[Inexact], ctx.flags[Rounded], [s.__name__ for s, v in ctx.flags.items() if v])
ctx.traps[Inexact] = True
try:
    D(1) / 3
except Inexact as e:
    print("trapped", type(e).__name__, e, e.args)
ctx.traps[Inexact] = False
ctx.traps[DivisionByZero] = False
print(D(1) / 0, D(-1) / 0, D(0) / 0 if not ctx.traps[InvalidOperation] else "-")
ctx.traps[InvalidOperation] = False
print(D(0) / 0, D("abc"), D("inf") - D("inf"), D(-4).sqrt(), D(1) % 0)
print([s.__name__ for s, v in ctx.flags.items() if v])
setcontext(DefaultContext)
print(getcontext() is DefaultContext, getcontext().traps[InvalidOperation])

with localcontext() as c:
    c.prec = 5
    print(D(2).sqrt(), c.prec)
print(D(2).sqrt(), getcontext().prec)
with localcontext(prec=10, rounding=ROUND_DOWN) as c:
    print(D(2) / 3, c)
with localcontext(ExtendedContext):
    print(D(1) / 0, D(0) / 0, getcontext().prec)

small = Context(prec=3, Emax=5, Emin=-5, traps=[])
print(small.multiply(D(999), D(1000)), small.flags[Overflow], small.create_decimal("1.23456"))
print(small.divide(D(1), D("1E+9")), small.flags[Underflow], small.flags[Subnormal], small.flags[Clamped])
print(small.Etiny(), small.Etop(), small.create_decimal("1E+7"), small.create_decimal(12345))
clamped = Context(prec=3, Emax=5, Emin=-5, clamp=1, traps=[])
print(clamped.create_decimal("1E+5"), clamped.plus(D("1.2E+4")), clamped.flags[Clamped])
big = Context(prec=3, rounding=ROUND_DOWN, Emax=5, traps=[])
print(big.multiply(D(999), D(1000)), big.create_decimal_from_float(0.1), big.power(D(2), 30))
c = Context(prec=12)
print(c.add(1, 2), c.subtract(D("1.5"), 3), c.multiply(7, D("0.3")), c.divide(1, 7), c.divide_int(7, 2))
print(c.remainder(7, 3), c.power(2, 100), c.power(3, 4, 5), c.sqrt(2), c.abs(-2), c.minus(3), c.plus(-0))
print(c.compare(1, 2), c.max(1, 2), c.min(1, 2), c.quantize(D("1.23456"), D("0.01")), c.exp(1), c.ln(10))
print(c.log10(2), c.to_sci_string(D("1E+3")), c.to_eng_string(D("1E+4")), c.is_zero(0), c.radix())
print(c.divmod(7, 2), c.copy_sign(1, -2), c.normalize(D("1.500")), c.number_class(D("-inf")))
print(c.to_integral_exact(D("2.5")), c.fma(2, 3, 4), c.next_plus(1), c.same_quantum(D("1.0"), D("2.0")))
print(c.copy(), c.Etiny())

for f in [lambda: Context(prec=0), lambda: Context(prec="a"), lambda: Context(rounding="x"),
          lambda: Context(Emin=7), lambda: Context(Emax=-7), lambda: Context(capitals=2),
          lambda: Context(clamp=-1), lambda: Context(traps=[1]), lambda: Context(flags={3: 1}),
          lambda: setattr(getcontext(), "prec", -1), lambda: setcontext(3),
          lambda: localcontext(x=1), lambda: localcontext(prec="a").__enter__(),
          lambda: getcontext().traps.__setitem__(5, True), lambda: c.add(1.5, 2),
          lambda: localcontext(5)]:
    try:
        print(f())
    except (TypeError, ValueError, KeyError) as e:
        print(type(e).__name__, e)
getcontext().traps[FloatOperation] = True
try:
    D(1.5)
except FloatOperation as e:
    print("FloatOperation", e, isinstance(e, TypeError))
try:
    D(1) < 1.5
except FloatOperation as e:
    print("FloatOperation", e)
print(D(1) == 1.0, D.from_float(1.5))
sub = Context(prec=17, rounding=ROUND_DOWN, Emin=-5, Emax=10, traps=[])
for x, e in [("0.00000368999188554105", "1E-9"), ("0.000001", "1E-7"), ("123.456", "1E-2")]:
    sub.clear_flags()
    print(sub.quantize(D(x), D(e)), [s.__name__ for s, v in sub.flags.items() if v])
