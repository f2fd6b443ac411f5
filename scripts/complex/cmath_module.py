# The cmath module: constants, every function, special values, errors and arguments.
import cmath

print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.nan, cmath.infj, cmath.nanj)
print(sorted(n for n in dir(cmath) if not n.startswith("_")))
z = 3 + 4j
for name in ["sqrt", "exp", "log", "log10", "acos", "asin", "atan", "cos", "sin", "tan",
             "acosh", "asinh", "atanh", "cosh", "sinh", "tanh"]:
    f = getattr(cmath, name)
    print(name, f(z), f(-z), f(0.5), f(-2), f(2j), f(z.conjugate()))
print(cmath.sqrt(-1), cmath.sqrt(-4.0), cmath.sqrt(complex(-4.0, -0.0)), cmath.sqrt(0j), cmath.sqrt(-0j))
print(cmath.phase(-1), cmath.phase(complex(-1.0, -0.0)), cmath.phase(1j), cmath.phase(0j))
print(cmath.polar(1j), cmath.polar(-1), cmath.polar(3 + 4j), cmath.rect(2, cmath.pi), cmath.rect(1, 0))
print(cmath.log(8, 2), cmath.log(1j, 1j), cmath.log(100, 10), cmath.log(-1, 1j), cmath.log(0, 2))
print(cmath.isfinite(1j), cmath.isfinite(cmath.infj), cmath.isinf(complex(1, float("inf"))), cmath.isnan(cmath.nanj))
print(cmath.isclose(1 + 1j, 1 + 1.0000000001j), cmath.isclose(1j, 1.1j), cmath.isclose(1j, 1.1j, rel_tol=0.2))
print(cmath.isclose(0j, 1e-10j, abs_tol=1e-9), cmath.isclose(cmath.infj, cmath.infj), cmath.isclose(cmath.nanj, cmath.nanj))
inf, nan = float("inf"), float("nan")
for name in ["sqrt", "exp", "log", "acos", "asinh", "atanh", "cosh", "sinh", "tanh", "tan"]:
    f = getattr(cmath, name)
    out = []
    for w in [complex(inf, 0), complex(-inf, 2), complex(inf, -2), complex(nan, 0), complex(0, nan),
              complex(-inf, inf), complex(2, -inf), complex(nan, inf), complex(-0.0, -inf)]:
        try:
            out.append(repr(f(w)))
        except (ValueError, OverflowError) as e:
            out.append(type(e).__name__)
    print(name, " ".join(out))


class C:
    def __complex__(self):
        return 1 + 1j


class F:
    def __float__(self):
        return 4.0


print(cmath.sqrt(C()), cmath.sqrt(F()), cmath.exp(True), cmath.log(10**20))
errors = [
    lambda: cmath.log(0),
    lambda: cmath.log(1, 1),
    lambda: cmath.atanh(1),
    lambda: cmath.atanh(-1),
    lambda: cmath.exp(1000),
    lambda: cmath.cosh(1000 + 1j),
    lambda: cmath.sinh(complex(-1000, 2)),
    lambda: cmath.exp(complex(1, inf)),
    lambda: cmath.sin(complex(inf, 1)),
    lambda: cmath.rect(1, inf),
    lambda: cmath.log10(0j),
    lambda: cmath.sqrt("a"),
    lambda: cmath.sqrt(None),
    lambda: cmath.sqrt(),
    lambda: cmath.sqrt(1, 2),
    lambda: cmath.sqrt(x=1),
    lambda: cmath.log(1, 2, 3),
    lambda: cmath.log(),
    lambda: cmath.rect("a", 1),
    lambda: cmath.rect(1),
    lambda: cmath.isclose(1, 2, rel_tol=-1),
    lambda: cmath.isclose(1),
    lambda: cmath.isclose(1, 1, 2),
    lambda: cmath.phase("x"),
    lambda: cmath.polar(complex(1e308, 1e308) * 2),
    lambda: cmath.log(1j, "a"),
    lambda: cmath.sqrt(10**400),
]
for f in errors:
    try:
        print(f())
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
