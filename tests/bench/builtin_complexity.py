#!/usr/bin/env python3
"""Builtins whose cost once grew far beyond CPython's, coro against python3: each case is a
one-line program timed under both interpreters (median of the runs), with coro's ratio.

    python3 tests/bench/builtin_complexity.py [--coro target/release/coro] [--runs 3]

A ratio far above the others points at a complexity problem rather than a constant.
Used for docs/PERFORMANCE.md (issue 13's builtin audit).
"""
import argparse
import statistics
import subprocess
import time

CASES = {
    "permutations": "import itertools\nprint(sum(1 for _ in itertools.permutations(range(10))))",
    "islice_skip": "import itertools\n"
    "print(next(itertools.islice(itertools.permutations(range(10)), 3000000, None)))",
    "difference_update": "s = set(range(500000))\n"
    "for _ in range(100):\n    s.difference_update(set())\nprint(len(s))",
    "symmetric_difference_update": "s = set(range(500000))\n"
    "for i in range(100):\n    s.symmetric_difference_update({i})\nprint(len(s))",
    "small_difference": "s = set(range(500000))\n"
    "for i in range(100):\n    t = s - {i}\nprint(len(t))",
}


def timed(cmd, source):
    start = time.perf_counter()
    out = subprocess.run(cmd + ["-c", source], capture_output=True, text=True, check=True)
    return time.perf_counter() - start, out.stdout


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--coro", default="target/release/coro")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    print("| case | python3 s | coro s | coro/python3 |")
    print("|---|---|---|---|")
    for name, source in CASES.items():
        py, co = [], []
        for _ in range(args.runs):
            t, expected = timed(["python3"], source)
            py.append(t)
            t, got = timed([args.coro], source)
            co.append(t)
            if got != expected:
                raise SystemExit(f"{name}: coro printed {got!r}, python3 {expected!r}")
        p, c = statistics.median(py), statistics.median(co)
        print(f"| {name} | {p:.3f} | {c:.3f} | {c / p:.2f} |")


if __name__ == "__main__":
    main()
