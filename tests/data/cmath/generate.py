"""Generates cases.json, CPython 3.11's cmath results for a grid of arguments.

Every function of cmath is called on the cross product of the part values below (finite,
subnormal, huge, signed zeros, infinities, NaN) plus seeded random arguments; one
`[function, args, expected]` per line, where args are float reprs (real and imaginary
part of each complex argument; r and phi for rect) and expected is the repr of the
result or "ErrorType: message". src/numeric/cmath_cases_tests.rs checks coro's cmath
against it; tests/cpython_agrees.rs checks the file is what CPython gives.

    python3 tests/data/cmath/generate.py           # rewrite cases.json
    python3 tests/data/cmath/generate.py --check   # exit 1 if cases.json is stale
"""

import cmath
import json
import pathlib
import random
import sys

HERE = pathlib.Path(__file__).resolve().parent
TARGET = HERE / "cases.json"
PARTS = ["0.0", "-0.0", "5e-324", "-1e-310", "1e-20", "0.5", "-0.5", "0.71", "1.0", "-1.0",
         "1.73", "2.0", "-3.5", "1e10", "-1e10", "1e300", "-1.7976931348623157e+308",
         "inf", "-inf", "nan"]
UNARY = ["acos", "acosh", "asin", "asinh", "atan", "atanh", "cos", "cosh", "exp", "log",
         "log10", "sin", "sinh", "sqrt", "tan", "tanh", "phase", "polar", "isfinite",
         "isinf", "isnan"]


def show(thunk):
    try:
        return repr(thunk())
    except (ValueError, OverflowError, ZeroDivisionError) as e:
        return f"{type(e).__name__}: {e}"


def z(re, im):
    return complex(float(re), float(im))


def cases():
    rng = random.Random(15)
    pairs = [(re, im) for re in PARTS for im in PARTS]
    for _ in range(120):
        scale = 10.0 ** rng.randint(-8, 8)
        pairs.append((repr(rng.uniform(-4, 4) * scale), repr(rng.uniform(-4, 4) * scale)))
    for name in UNARY:
        f = getattr(cmath, name)
        for re, im in pairs:
            yield [name, [re, im], show(lambda: f(z(re, im)))]
    for re, im in pairs:
        yield ["rect", [re, im], show(lambda: cmath.rect(float(re), float(im)))]
    bases = [("2.0", "0.0"), ("0.5", "1.5"), ("1.0", "0.0"), ("0.0", "0.0"), ("inf", "0.0"), ("-1e300", "nan")]
    for re, im in pairs[::7]:
        for bre, bim in bases:
            yield ["log_base", [re, im, bre, bim], show(lambda: cmath.log(z(re, im), z(bre, bim)))]
    others = [("1.0", "0.0"), ("1.0000000001", "0.0"), ("0.0", "0.0"), ("inf", "0.0"), ("nan", "0.0")]
    for re, im in pairs[::5]:
        for ore, oim in others:
            yield ["isclose", [re, im, ore, oim], show(lambda: cmath.isclose(z(re, im), z(ore, oim)))]


def render():
    return "[\n" + ",\n".join(json.dumps(c) for c in cases()) + "\n]\n"


def main():
    text = render()
    if "--check" in sys.argv:
        if TARGET.read_text() != text:
            print(f"{TARGET} is stale: run {__file__}", file=sys.stderr)
            sys.exit(1)
        return
    TARGET.write_text(text)


if __name__ == "__main__":
    main()
