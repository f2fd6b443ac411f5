# decimal: square roots, exp, ln, log10 and powers, correctly rounded at several precisions,
# with their special values and signals; statistics over Decimal data.
from decimal import Decimal as D, localcontext, Context, ROUND_DOWN, ROUND_UP, ROUND_FLOOR
import statistics

xs = ["2", "0.5", "10", "1E-10", "123456.789", "0.000314", "1E+100", "7", "1", "0", "1.000000001"]
for prec in (5, 16, 28, 50):
    with localcontext(prec=prec):
        print(prec, "sqrt", [str(D(x).sqrt()) for x in xs])
        print(prec, "ln", [str(D(x).ln()) for x in xs])
        print(prec, "log10", [str(D(x).log10()) for x in xs])
        print(prec, "exp", [str(D(x).exp()) for x in xs if D(x) < 1000])
        print(prec, "exp-", [str((-D(x)).exp()) for x in xs if D(x) < 1000])
        print(prec, "pow", [str(D(x) ** D("1.5")) for x in xs], str(D(2) ** D("0.5")))
        print(prec, "powi", [str(D(x) ** 7) for x in xs], [str(D(x) ** -3) for x in xs[:8]])
for mode in (ROUND_DOWN, ROUND_UP, ROUND_FLOOR):
    c = Context(prec=10, rounding=mode)
    print(mode, c.power(D(2), D("0.5")), c.power(D(3), 40), c.power(D(7), -5), c.sqrt(D(2)), c.exp(D(1)))
print(D(2) ** 1000)
print(D("1.0001") ** 100000, D("0.9999") ** -100000)
print(D(10) ** -20, D("1E+5") ** 3, D("2.50") ** 2, D("-1.5") ** 3, D(-2) ** -2)
print(D("inf").sqrt(), D("inf").exp(), D("-inf").exp(), D("inf").ln(), D(0).ln(), D(0).log10())
print(D("inf") ** 2, D("-inf") ** 3, D("-inf") ** -3, D("inf") ** D("-0.5"), D(0) ** -1, D(0) ** D("2.5"))

print(statistics.mean([D("0.5"), D("0.75"), D("0.625"), D("0.375")]))
print(statistics.median([D("1.5"), D("2.5"), D("3.5"), D("4.5")]))
print(statistics.variance([D("27.5"), D("30.25"), D("30.25"), D("34.5"), D("41.75")]))
print(statistics.stdev([D("1.5"), D("2.5"), D("2.5"), D("2.75"), D("3.25"), D("4.75")]))
print(statistics.pstdev([D("1"), D("2"), D("4")]), statistics.pvariance([D(1), 2, D(4)]))
print(statistics.harmonic_mean([D("2.5"), D(3), D(10)]), statistics.fmean([D("0.5"), D("0.25")]))
print(statistics.quantiles([D(x) for x in range(1, 10)]), statistics.mode([D("1.0"), D(1), D(2)]))
