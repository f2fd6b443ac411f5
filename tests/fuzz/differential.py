"""Differential fuzzer: random small programs run by python3 and by coro, outputs compared.

Each program is a list of independent statements over built-in types (ints, floats, str,
bytes, lists, tuples, dicts, sets, slicing, formatting, sorting, conversions); every
statement prints its result or the exception it raised, so any divergence in value,
repr, order, exception type or message shows. A program whose outputs differ is saved
(with python3's and coro's output) and reduced to the fewest statements that still differ.

    python3 tests/fuzz/differential.py --coro target/release/coro --seconds 600
    python3 tests/fuzz/differential.py --coro target/debug/coro --count 50 --seed 7

Not generated: lone surrogates (`chr(0xd800)`), which coro's UTF-8 strings cannot hold (a
documented difference). Exit status 1 when some program diverged. Found divergences are meant to become golden
scripts under scripts/ (with python3's output) once fixed; see docs/RELIABILITY.md.
"""

import argparse
import os
import random
import subprocess
import sys
import tempfile
import time

INTS = ["0", "1", "-1", "2", "3", "7", "-7", "10", "255", "-256", "2**31", "2**63", "-2**63",
        "10**20", "12345678901234567890", "True", "False"]
FLOATS = ["0.0", "-0.0", "0.5", "1.5", "-2.5", "3.14159", "1e16", "1e-7", "2.0**60",
          "float('inf')", "float('-inf')", "float('nan')", "1/3", "123456.789"]
STRS = ["''", "'a'", "'abc'", "'Hello World'", "'  pad  '", "'a,b,,c'", "'x\\ty'", "'line1\\nline2'",
        "'ÄÖü'", "'ß'", "'123'", "'-4.5'", "'abcabcabc'", "'CamelCase'", "'snake_case'", "'İ'",
        "'ǅ'", "'ﬁ'", "'٣'", "'½'", "' '", "'\\x00'", "'a' * 5", "'%d'", "'{}'", "'tab\\tsep'"]
BYTES = ["b''", "b'abc'", "b'\\x00\\xff'", "b'Hello'", "bytes(range(5))", "b'a,b'"]
SMALL = ["0", "1", "2", "3", "-1", "-2", "5", "None", "100", "-100"]
FMT_SPECS = ["", "5", "<5", ">8", "^7", "*^9", "+", " ", "05", ",", "_", ".2", ".0", "10.3",
             "e", ".3e", "g", ".10g", "%", ".1%", "x", "#x", "o", "#o", "b", "#b", "X", "c",
             "n", "=+8", "08.3f", ".3f", "f", "s", "r"]

STR_METHODS = [
    ("upper", 0), ("lower", 0), ("title", 0), ("capitalize", 0), ("swapcase", 0),
    ("casefold", 0), ("strip", 0), ("lstrip", 0), ("rstrip", 0), ("split", 0),
    ("splitlines", 0), ("isalpha", 0), ("isdigit", 0), ("isdecimal", 0),
    ("isnumeric", 0), ("isalnum", 0), ("isspace", 0), ("isupper", 0), ("islower", 0),
    ("istitle", 0), ("isidentifier", 0), ("isprintable", 0), ("isascii", 0),
    ("split", "s"), ("rsplit", "s"), ("partition", "s"), ("rpartition", "s"),
    ("find", "s"), ("rfind", "s"), ("count", "s"), ("startswith", "s"), ("endswith", "s"),
    ("index", "s"), ("strip", "s"), ("removeprefix", "s"), ("removesuffix", "s"),
    ("center", "i"), ("ljust", "i"), ("rjust", "i"), ("zfill", "i"), ("expandtabs", "i"),
    ("split", "s,i"), ("replace", "s,s"), ("replace", "s,s,i"), ("find", "s,i"),
    ("center", "i,c"), ("join", "l"), ("encode", 0), ("splitlines", "b"),
]


def pick(r, pool):
    return r.choice(pool)


def small_list(r):
    kind = r.randrange(4)
    n = r.randrange(0, 6)
    if kind == 0:
        items = [pick(r, SMALL[:-3] + ["4", "8"]) for _ in range(n)]
        items = [i for i in items if i != "None"]
    elif kind == 1:
        items = [pick(r, STRS[:12]) for _ in range(n)]
    elif kind == 2:
        items = [pick(r, FLOATS[:10]) for _ in range(n)]
    else:
        items = [pick(r, INTS[:10]) for _ in range(n)]
    return "[" + ", ".join(items) + "]"


def arg(r, kind):
    if kind == "s":
        return pick(r, STRS[:16])
    if kind == "i":
        return pick(r, SMALL[:7] + ["10", "20", "-5"])
    if kind == "c":
        return pick(r, ["'*'", "'-'", "' '", "'ab'"])
    if kind == "l":
        return "[" + ", ".join(pick(r, STRS[:8]) for _ in range(r.randrange(4))) + "]"
    if kind == "b":
        return pick(r, ["True", "False"])
    raise ValueError(kind)


def str_expr(r):
    name, kinds = pick(r, STR_METHODS)
    args = [] if kinds == 0 else [arg(r, k) for k in kinds.split(",")]
    return f"({pick(r, STRS)}).{name}({', '.join(args)})"


def number_expr(r):
    pool = INTS + FLOATS
    a, b = pick(r, pool), pick(r, pool)
    op = pick(r, ["+", "-", "*", "/", "//", "%", "**", "<", "<=", "==", "!=", "&", "|", "^",
                  "<<", ">>", "divmod", "round", "pow3", "abs", "int", "float", "hash",
                  "str", "repr", "bool", "min", "max", "ratio", "bits", "trunc"])
    if op == "divmod":
        return f"divmod({a}, {b})"
    if op == "round":
        return f"round({a}, {pick(r, ['None', '0', '1', '2', '-1', '-2', '5'])})"
    if op == "pow3":
        return f"pow({pick(r, INTS[:10])}, {pick(r, ['0', '1', '2', '3', '5', '-1'])}, {pick(r, ['1', '2', '7', '10', '-3', '0'])})"
    if op == "hash" and "nan" in a:
        a = "1.5"  # hash(nan) is the object's identity since 3.10: no two runs agree
    if op in ("abs", "int", "float", "hash", "str", "repr", "bool"):
        return f"{op}({a})"
    if op in ("min", "max"):
        return f"{op}({a}, {b})"
    if op == "ratio":
        return f"({pick(r, FLOATS)}).as_integer_ratio()"
    if op == "bits":
        return f"({pick(r, INTS)}).bit_length()"
    if op == "trunc":
        return f"__import__('math').trunc({pick(r, FLOATS)})"
    if op in ("<<", ">>"):
        b = pick(r, ["0", "1", "3", "64", "-1", "100"])
        a = pick(r, INTS)
    if op == "**" and b in INTS[10:16]:
        b = pick(r, INTS[:10])  # 3 ** 10**20 would run out of memory in both
    return f"({a}) {op} ({b})"


def format_expr(r):
    value = pick(r, INTS[:12] + FLOATS + STRS[:6])
    spec = pick(r, FMT_SPECS)
    if r.random() < 0.5:
        return f"format({value}, {spec!r})"
    conv = pick(r, ["%s", "%r", "%d", "%5d", "%-5d|", "%x", "%o", "%e", "%.3f", "%g", "%10.4s",
                    "%c", "%%", "%(k)s", "%+d", "% d", "%#x", "%05.1f"])
    return f"{conv!r} % ({value},)"


def list_expr(r):
    lst = small_list(r)
    op = r.randrange(12)
    i, j = pick(r, SMALL[:7] + ["10"]), pick(r, SMALL[:7] + ["None"])
    if op == 0:
        return f"{lst}[{i}:{j}:{pick(r, ['None', '1', '2', '-1', '-2', '3'])}]"
    if op == 1:
        return f"sorted({lst})"
    if op == 2:
        return f"sorted({lst}, reverse=True)"
    if op == 3:
        return f"sorted({lst}, key=str)"
    if op == 4:
        return f"(lambda l: (l.insert({i}, 'x'), l)[1])({lst})"
    if op == 5:
        return f"(lambda l: (l.pop({i}), l))({lst})"
    if op == 6:
        return f"{lst}.index({pick(r, SMALL[:5])})"
    if op == 7:
        return f"(lambda l: (l.__setitem__(slice({i}, {j}), [9, 8]), l)[1])({lst})"
    if op == 8:
        return f"(lambda l: (l.__delitem__(slice({i}, {j}, {pick(r, ['None', '2', '-1'])})), l)[1])({lst})"
    if op == 9:
        return f"list(reversed({lst}))"
    if op == 10:
        return f"{lst} * {pick(r, ['0', '1', '2', '-1'])}"
    return f"tuple({lst}) < tuple({small_list(r)})"


def dict_expr(r):
    keys = [pick(r, INTS[:8] + STRS[:8]) for _ in range(r.randrange(0, 7))]
    d = "{" + ", ".join(f"{k}: {n}" for n, k in enumerate(keys)) + "}"
    op = r.randrange(10)
    k = pick(r, INTS[:8] + STRS[:8])
    if op == 0:
        return f"(lambda d: (d.pop({k}, 'none'), d))({d})"
    if op == 1:
        return f"(lambda d: (d.popitem() if d else None, d))({d})"
    if op == 2:
        return f"(lambda d: (d.setdefault({k}, 'new'), d))({d})"
    if op == 3:
        return f"(lambda d: (d.update({{ {k}: 'u' }}), d.__delitem__(next(iter(d))), d)[2])({d})"
    if op == 4:
        return f"list({d}.items())"
    if op == 5:
        return f"{d} | {{ {k}: 'or' }}"
    if op == 6:
        return f"dict.fromkeys({small_list(r)}, 0)"
    if op == 7:
        return f"{d}[{k}]"
    if op == 8:
        return f"sorted({d}.keys(), key=repr)"
    return f"{d} == dict(reversed(list({d}.items())))"


def set_expr(r):
    a = "{" + ", ".join(pick(r, INTS[:12] + STRS[:6]) for _ in range(r.randrange(1, 8))) + "}"
    b = "{" + ", ".join(pick(r, INTS[:12] + STRS[:6]) for _ in range(r.randrange(1, 8))) + "}"
    op = pick(r, ["|", "&", "-", "^", "<=", "<", "==", ">="])
    return f"sorted(map(repr, {a} {op} {b})) if isinstance({a} {op} {b}, set) else ({a} {op} {b})"


def bytes_expr(r):
    b = pick(r, BYTES)
    op = pick(r, ["hex", "upper", "split", "decode", "find", "replace", "index", "strip",
                  "fromhex", "list", "bytearray", "int"])
    if op == "fromhex":
        text = pick(r, ["'00ff'", "'0 1'", "'abc'", "''", "'AB cd'"])
        return f"bytes.fromhex({text})"
    if op == "list":
        return f"list({b})"
    if op == "bytearray":
        return f"bytearray({b}) + b'!'"
    if op == "int":
        order = pick(r, ["'big'", "'little'"])
        return f"int.from_bytes({b}, {order})"
    if op in ("find", "index", "split"):
        sep = pick(r, ["b'a'", "b','", "b''"])
        return f"{b}.{op}({sep})"
    if op == "replace":
        return f"{b}.replace(b'a', b'xy')"
    if op == "decode":
        codec = pick(r, ["'utf-8'", "'latin-1'", "'ascii'"])
        return f"{b}.decode({codec})"
    return f"{b}.{op}()"


def conversion_expr(r):
    op = r.randrange(8)
    if op == 0:
        text = pick(r, STRS + ["'0x1f'", "'1_000'", "' 12 '", "'0b101'"])
        return f"int({text}, {pick(r, ['10', '0', '16', '2', '36'])})"
    if op == 1:
        text = pick(r, STRS + ["'1e5'", "'inf'", "'-nan'", "'1_0.5'"])
        return f"float({text})"
    if op == 2:
        return f"str({pick(r, FLOATS + INTS)})"
    if op == 3:
        return f"repr({pick(r, STRS + BYTES)})"
    if op == 4:
        return f"ascii({pick(r, STRS)})"
    if op == 5:
        return f"[ord(c) for c in {pick(r, STRS)}]"
    if op == 6:
        return f"chr({pick(r, ['65', '0x10ffff', '0x110000', '-1', '955'])})"
    return f"list(zip({small_list(r)}, {small_list(r)}))"


KINDS = [str_expr, number_expr, format_expr, list_expr, dict_expr, set_expr, bytes_expr,
         conversion_expr]


def statement(r):
    expr = pick(r, KINDS)(r)
    return (f"try:\n    print(repr({expr}))\n"
            f"except Exception as e:\n    print(type(e).__name__, e)")


def program(seed, size):
    r = random.Random(seed)
    return [statement(r) for _ in range(size)]


def run(interpreter, source, timeout):
    with tempfile.NamedTemporaryFile("w", suffix=".py", delete=False) as f:
        f.write(source)
        path = f.name
    try:
        done = subprocess.run([interpreter, path], capture_output=True, timeout=timeout,
                              env={**os.environ, "PYTHONHASHSEED": "0"})
        return done.returncode, done.stdout, done.stderr[-2000:]
    except subprocess.TimeoutExpired:
        return "timeout", b"", b""
    finally:
        os.unlink(path)


def differs(coro, statements, timeout):
    source = "\n".join(statements) + "\n"
    return run("python3", source, timeout)[:2] != run(coro, source, timeout)[:2]


def reduce(coro, statements, timeout):
    """The statements one by one, keeping those that alone reproduce a divergence."""
    return [s for s in statements if differs(coro, [s], timeout)] or statements


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--coro", required=True)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--count", type=int, default=None)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--size", type=int, default=40)
    parser.add_argument("--timeout", type=float, default=10)
    parser.add_argument("--out", default="fuzz-divergences")
    args = parser.parse_args()
    if sys.version_info[:2] != (3, 11):
        sys.exit("python3 must be CPython 3.11, the reference")
    start = time.monotonic()
    seed, ran, found = args.seed, 0, []
    while (args.count is None and time.monotonic() - start < args.seconds) or (
            args.count is not None and ran < args.count):
        statements = program(seed, args.size)
        if differs(args.coro, statements, args.timeout):
            reduced = reduce(args.coro, statements, args.timeout)
            os.makedirs(args.out, exist_ok=True)
            path = os.path.join(args.out, f"seed{seed}.py")
            with open(path, "w") as f:
                f.write("\n".join(reduced) + "\n")
            found.append(path)
            print(f"seed {seed}: diverges; reduced to {len(reduced)} statement(s): {path}",
                  flush=True)
        ran += 1
        seed += 1
    print(f"{ran} programs of {args.size} statements in {time.monotonic() - start:.0f} s; "
          f"{len(found)} diverged")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
