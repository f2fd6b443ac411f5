# statistics on seeded random int, float, Fraction, Decimal and mixed data: every result to the last bit.
import random, statistics as st
from fractions import Fraction
from decimal import Decimal
R = random.Random(9)
for trial in range(80):
    kind = R.choice(["int", "float", "frac", "dec", "mixed"])
    n = R.randint(2, 30)
    if kind == "int": data = [R.randint(-1000, 1000) for _ in range(n)]
    elif kind == "float": data = [R.uniform(-1e3, 1e3) * 10 ** R.randint(-5, 5) for _ in range(n)]
    elif kind == "frac": data = [Fraction(R.randint(-99, 99), R.randint(1, 50)) for _ in range(n)]
    elif kind == "dec": data = [Decimal(R.randint(-10**6, 10**6)).scaleb(R.randint(-6, 2)) for _ in range(n)]
    else: data = [R.choice([R.randint(-9, 9), R.uniform(-9, 9)]) for _ in range(n)]
    out = [kind]
    for f in (st.mean, st.median, st.median_low, st.median_high, st.variance, st.pvariance, st.stdev, st.pstdev, st.mode, st.multimode):
        try:
            out.append(repr(f(data)))
        except Exception as e:
            out.append(type(e).__name__)
    if kind != "dec":
        out.append(repr(st.fmean(data)))
        out.append(repr(st.quantiles(data, n=R.randint(2, 10), method=R.choice(["exclusive", "inclusive"]))))
        pos = [abs(x) + 1 for x in data]
        out.append(repr(st.geometric_mean(pos)))
        out.append(repr(st.harmonic_mean(pos)))
        out.append(repr(st.median_grouped(data, interval=R.choice([1, 2, 0.5]))))
        y = [float(x) * 2 + R.random() for x in data]
        x = [float(v) for v in data]
        try:
            out.append(repr((st.correlation(x, y), st.covariance(x, y), st.linear_regression(x, y))))
        except Exception as e:
            out.append(type(e).__name__)
        nd = st.NormalDist.from_samples(x)
        out.append(repr((nd, nd.cdf(x[0]), nd.inv_cdf(R.random() * 0.98 + 0.01), nd.pdf(x[1]))))
    print(trial, out)
