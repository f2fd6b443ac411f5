# statistics: StatisticsError and TypeError cases with CPython's messages.
import statistics as st
from fractions import Fraction as F


def attempt(label, f, *args, **kwargs):
    try:
        print(label, repr(f(*args, **kwargs)))
    except Exception as e:
        print(label, type(e).__name__, e)


attempt("mean", st.mean, [])
attempt("fmean", st.fmean, [])
attempt("fmean it", st.fmean, iter([]))
attempt("fmean w", st.fmean, [1, 2], weights=[1])
attempt("fmean w0", st.fmean, [1, 2], weights=[1, -1])
attempt("geo", st.geometric_mean, [])
attempt("geo neg", st.geometric_mean, [1, -2])
attempt("harm", st.harmonic_mean, [])
attempt("harm neg", st.harmonic_mean, [1, -2])
attempt("harm neg1", st.harmonic_mean, [-2])
attempt("harm str", st.harmonic_mean, ["x"])
attempt("harm w", st.harmonic_mean, [1, 2], weights=[1])
attempt("harm wneg", st.harmonic_mean, [1, 2], weights=[1, -1])
attempt("harm w0", st.harmonic_mean, [1, 2], weights=[0, 0])
attempt("median", st.median, [])
attempt("median_low", st.median_low, [])
attempt("median_high", st.median_high, ())
attempt("median_grouped", st.median_grouped, [])
attempt("median_grouped str", st.median_grouped, ["a"])
attempt("mode", st.mode, [])
attempt("variance", st.variance, [1])
attempt("pvariance", st.pvariance, [])
attempt("stdev", st.stdev, [1])
attempt("pstdev", st.pstdev, [])
attempt("mixed", st.mean, [F(1, 2), 0.5, 1])
attempt("coerce", st.mean, [1.5, F(1, 2)])
attempt("strs", st.mean, ["a", "b"])
attempt("quantiles n", st.quantiles, [1, 2, 3], n=0)
attempt("quantiles 1", st.quantiles, [1], n=4)
attempt("quantiles m", st.quantiles, [1, 2, 3], method="middle")
attempt("cov len", st.covariance, [1, 2], [1])
attempt("cov 1", st.covariance, [1], [1])
attempt("corr const", st.correlation, [1, 1, 1], [1, 2, 3])
attempt("corr len", st.correlation, [1, 2], [1, 2, 3])
attempt("lr const", st.linear_regression, [2, 2, 2], [1, 2, 3])
attempt("lr len", st.linear_regression, [1, 2], [1])
attempt("lr 1", st.linear_regression, [1], [1])
print(issubclass(st.StatisticsError, ValueError), st.StatisticsError.__module__)
