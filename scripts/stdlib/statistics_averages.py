# statistics: averages and spreads with exact sums, converted back to the data's type.
import statistics as st
from fractions import Fraction as F

data = [2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5]
ints = [1, 2, 3, 4, 4, 5, 7, 9]
fracs = [F(1, 3), F(2, 7), F(5, 4), F(3, 8)]

print(st.mean(ints), st.mean(data), st.mean(fracs), st.mean([1, 2, 3]))
print(st.mean([1e50, 1, -1e50] * 1000), st.mean([True, 3]), st.mean(iter([0.1, 0.2, 0.3])))
print(st.fmean(ints), st.fmean(iter(data)), st.fmean([3.5, 4.0, 5.25], weights=[1, 2, 3]))
print(st.geometric_mean([54, 24, 36]), st.geometric_mean([1.5, 2.5, 7.25]))
print(st.harmonic_mean([40, 60]), st.harmonic_mean([2.5, 3, 10]), st.harmonic_mean(fracs))
print(st.harmonic_mean([40, 60], weights=[5, 30]), st.harmonic_mean([0, 3]), st.harmonic_mean([7]))
print(st.median(ints), st.median([1, 3, 5]), st.median(data), st.median(fracs))
print(st.median_low(ints), st.median_high(ints), st.median_low([1, 3, 5]))
print(st.median_grouped([52, 52, 53, 54]), st.median_grouped([1, 2, 2, 3, 4, 4, 4, 4, 4, 5]))
print(st.median_grouped([1, 3, 3, 5, 7], interval=1), st.median_grouped([1, 3, 3, 5, 7], interval=2))
print(st.mode([1, 1, 2, 3, 3, 3, 3, 4]), st.mode(["red", "blue", "blue", "red", "green", "red"]))
print(st.multimode("aabbbbccddddeeffffgg"), st.multimode([]), st.multimode([1, 2]))

print(st.variance(data), st.pvariance(data), st.stdev(data), st.pstdev(data))
print(st.variance(ints), st.pvariance(ints), st.stdev(ints), st.pstdev(ints))
print(st.variance(fracs), st.pvariance(fracs), st.stdev(fracs), st.pstdev(fracs))
print(st.variance(data, 1.5), st.pvariance(ints, 4.375), st.stdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]))
print(st.variance([0.1] * 7), st.pstdev([10**20, 10**20 + 1, 10**20 + 3]))
print(st.variance([1, float("inf")]), st.pvariance([1.0, float("nan"), 2.0]))
print(repr(st.mean([float("inf"), 1.0])), repr(st.mean([float("nan"), 1.0])))

print(st.quantiles([105, 129, 87, 86, 111, 111, 89, 81, 108, 92, 110, 100, 75, 105, 103, 109, 76, 119, 99, 91, 103, 129, 106, 101, 84, 111, 74, 87, 86, 103, 103, 106, 86, 111, 75, 87, 102, 121, 111, 88, 89, 101, 106, 95, 103, 107, 101, 81, 109, 104], n=10))
print(st.quantiles([1, 2, 3, 4, 5, 6, 7], method="inclusive"), st.quantiles([1.5, 2.25, 7], n=3))
print(st.quantiles([1, 2], n=1), st.quantiles(fracs, n=5, method="inclusive"))

x = [1, 2, 3, 4, 5, 6, 7, 8, 9]
y = [1, 2, 3, 1, 2, 3, 1, 2, 3]
print(st.covariance(x, y), st.correlation(x, y), st.correlation(x, x[::-1]))
print(st.linear_regression(x, y), st.linear_regression([1, 2, 3], [2.5, 5.5, 7.5], proportional=True))
lr = st.linear_regression([1971, 1975, 1979, 1982, 1983], [1, 2, 3, 4, 5])
print(round(lr.slope * 2019 + lr.intercept), lr._fields)
