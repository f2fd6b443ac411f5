# statistics.NormalDist: the distribution functions, arithmetic, reprs and errors.
from statistics import NormalDist, StatisticsError

n = NormalDist(100, 15)
print(n, repr(NormalDist()), NormalDist(3, 0))
print(n.mean, n.median, n.mode, n.stdev, n.variance)
print(n.pdf(100), n.pdf(130), n.cdf(115), n.cdf(70), n.zscore(130))
print(n.inv_cdf(0.5), n.inv_cdf(0.975), n.inv_cdf(0.01), n.inv_cdf(1e-10), n.inv_cdf(1 - 1e-12))
print(n.quantiles(), NormalDist().quantiles(10))
print(NormalDist(2.4, 1.6).overlap(NormalDist(3.2, 2.0)), n.overlap(NormalDist(110, 15)), n.overlap(n))
print(n + 10, n - 10, n * 2, n / 3, 2 * n, 10 + n, 200 - n, -n, +n)
print(n + NormalDist(0, 20), n - NormalDist(5, 20))
print(n == NormalDist(100, 15), n == NormalDist(100, 16), n == 3, hash(n) == hash(NormalDist(100.0, 15.0)))
print(NormalDist.from_samples([2.5, 3.25, 5.5, 11.25, 11.75]))
print(NormalDist(10, 2).samples(4, seed=42), NormalDist(0, 1).samples(3, seed="x"))
s1 = NormalDist(0, 1).samples(5, seed=7)
print(s1 == NormalDist(0, 1).samples(5, seed=7), len(NormalDist().samples(3)))

for label, f in [
    ("sigma", lambda: NormalDist(0, -1)),
    ("pdf", lambda: NormalDist(1, 0).pdf(1)),
    ("cdf", lambda: NormalDist(1, 0).cdf(1)),
    ("inv_cdf p", lambda: n.inv_cdf(1.0)),
    ("inv_cdf 0", lambda: n.inv_cdf(0)),
    ("inv_cdf s", lambda: NormalDist(1, 0).inv_cdf(0.5)),
    ("zscore", lambda: NormalDist(1, 0).zscore(2)),
    ("overlap", lambda: n.overlap(3)),
    ("overlap0", lambda: n.overlap(NormalDist(1, 0))),
    ("from_samples", lambda: NormalDist.from_samples([1])),
    ("attr", lambda: setattr(n, "x", 1)),
]:
    try:
        print(label, f())
    except (StatisticsError, TypeError, AttributeError) as e:
        print(label, type(e).__name__, e)
