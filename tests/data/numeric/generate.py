"""Generates cases.json, the numeric core's expected results, from CPython 3.11.

Reads the inputs in inputs.json (named lists of values, and for each operation either a
cross product of lists or explicit argument lists), computes what CPython gives for each
case, and writes one `[op, args, expected]` per line to cases.json, which
src/numeric/cases_tests.rs checks coro's numeric core against.

    python3 tests/data/numeric/generate.py           # rewrite cases.json
    python3 tests/data/numeric/generate.py --check   # exit 1 if cases.json is stale

Results are strings: str() of ints, repr() of floats, "ErrorType: message" for errors.
`float_pow` is the real-number power of coro's numeric core: where CPython's result is
complex (a negative base to a finite non-integer power) the expected result is "complex".
"""

import itertools
import json
import math
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent
sys.set_int_max_str_digits(0)


def err(e):
    return f"{type(e).__name__}: {e}"


def show(thunk, fmt=str):
    try:
        return fmt(thunk())
    except (ArithmeticError, ValueError, TypeError) as e:
        return err(e)


def cmp(a, b):
    return str((a > b) - (a < b))


def with_default_digit_limit(convert, *args):
    """str(int) and int(str) under CPython's default 4300-digit limit (the inputs are
    built without it)."""
    sys.set_int_max_str_digits(4300)
    try:
        return convert(*args)
    finally:
        sys.set_int_max_str_digits(0)


def pct(fmt, kind, value):
    arg = int(value) if kind == "i" else float(value) if kind == "f" else value
    return fmt % (arg,)


def evaluate(op, args):
    I = lambda k: int(args[k])
    F = lambda k: float(args[k])
    table = {
        "add": lambda: show(lambda: I(0) + I(1)),
        "sub": lambda: show(lambda: I(0) - I(1)),
        "mul": lambda: show(lambda: I(0) * I(1)),
        "floordiv": lambda: show(lambda: I(0) // I(1)),
        "mod": lambda: show(lambda: I(0) % I(1)),
        "divmod": lambda: show(lambda: divmod(I(0), I(1)), lambda qr: f"({qr[0]}, {qr[1]})"),
        "truediv": lambda: show(lambda: I(0) / I(1), repr),
        "and": lambda: str(I(0) & I(1)),
        "or": lambda: str(I(0) | I(1)),
        "xor": lambda: str(I(0) ^ I(1)),
        "cmp": lambda: cmp(I(0), I(1)),
        "shl": lambda: show(lambda: I(0) << I(1)),
        "shr": lambda: show(lambda: I(0) >> I(1)),
        "neg": lambda: str(-I(0)),
        "abs": lambda: str(abs(I(0))),
        "invert": lambda: str(~I(0)),
        "bit_length": lambda: str(I(0).bit_length()),
        "float": lambda: show(lambda: float(I(0)), repr),
        "hash": lambda: str(hash(I(0))),
        "bin": lambda: bin(I(0)),
        "oct": lambda: oct(I(0)),
        "hex": lambda: hex(I(0)),
        "str": lambda: show(lambda: with_default_digit_limit(str, I(0))),
        "pow": lambda: show(lambda: I(0) ** I(1), lambda v: repr(v)),
        "powmod": lambda: show(lambda: pow(I(0), I(1), I(2))),
        "cmpf": lambda: "nan" if F(1) != F(1) else cmp(I(0), F(1)),
        "round_int": lambda: show(lambda: round(I(0), int(args[1]))),
        "float_hash": lambda: "nan" if F(0) != F(0) else str(hash(F(0))),
        "float_round": lambda: show(lambda: round(F(0), int(args[1])), repr),
        "float_repr": lambda: repr(F(0)),
        "float_int": lambda: show(lambda: int(F(0))),
        "float_round0": lambda: show(lambda: round(F(0))),
        "float_ratio": lambda: show(lambda: F(0).as_integer_ratio()),
        "float_is_integer": lambda: str(F(0).is_integer()),
        "float_floordiv": lambda: show(lambda: F(0) // F(1), repr),
        "float_mod": lambda: show(lambda: F(0) % F(1), repr),
        "float_truediv": lambda: show(lambda: F(0) / F(1), repr),
        "float_pow": lambda: "complex" if is_complex_power(F(0), F(1)) else show(lambda: F(0) ** F(1), repr),
        "float_divmod": lambda: show(lambda: divmod(F(0), F(1)), lambda qr: f"({qr[0]!r}, {qr[1]!r})"),
        "parse_int": lambda: show(lambda: with_default_digit_limit(int, args[0], int(args[1]))),
        "parse_float": lambda: show(lambda: float(args[0]), repr),
        "fmt_int": lambda: show(lambda: format(I(0), args[1])),
        "fmt_float": lambda: show(lambda: format(F(0), args[1])),
        "fmt_str": lambda: show(lambda: format(args[0], args[1])),
        "pct": lambda: show(lambda: pct(*args)),
    }
    return table[op]()


def is_complex_power(base, exponent):
    return (
        math.isfinite(base) and base < 0 and math.isfinite(exponent) and exponent != int(exponent)
    )


def cases(inputs):
    values = inputs["values"]
    for spec in inputs["ops"]:
        if "cross" in spec:
            arg_lists = itertools.product(*(values[name] for name in spec["cross"]))
        else:
            arg_lists = spec["cases"]
        for args in arg_lists:
            yield [spec["op"], list(args), evaluate(spec["op"], list(args))]


def render(rows):
    return "[\n" + ",\n".join(json.dumps(row, ensure_ascii=False) for row in rows) + "\n]\n"


def main():
    if sys.version_info[:2] != (3, 11):
        sys.exit(f"CPython 3.11 is the reference; this is {sys.version.split()[0]}")
    inputs = json.loads((HERE / "inputs.json").read_text(encoding="utf-8"))
    text = render(list(cases(inputs)))
    target = HERE / "cases.json"
    if sys.argv[1:] == ["--check"]:
        if target.read_text(encoding="utf-8") != text:
            sys.exit("cases.json is not what CPython computes from inputs.json: regenerate it")
        return
    target.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
