#!/usr/bin/env python3
"""Import cost, coro against python3: a program importing N small modules (each with a
class, functions and a constant; half of them import another) from a temporary folder.

    python3 tests/bench/imports.py [--coro target/release/coro] [-n 50] [--runs 11]

Prints the median wall time of each interpreter over the runs, for python3 both without
bytecode caching (PYTHONDONTWRITEBYTECODE=1, compiling every module, as coro does) and with
a warm __pycache__ (its usual mode), and coro's ratios. Used for docs/PERFORMANCE.md.
"""
import argparse
import os
import shutil
import statistics
import subprocess
import tempfile
import time

MODULE = '''"""Module {i}."""
{extra_import}
CONSTANT_{i} = {i}


class Thing{i}:
    def __init__(self, value):
        self.value = value

    def double(self):
        return self.value * 2


def helper_{i}(x):
    return [Thing{i}(v).double() for v in range(x)]


def other_{i}(a, b=2, *args, **kwargs):
    return a + b + len(args) + len(kwargs)
'''


def write_program(folder, count):
    for i in range(count):
        extra = f"import mod{i - 1}" if i % 2 and i > 0 else ""
        with open(os.path.join(folder, f"mod{i}.py"), "w") as f:
            f.write(MODULE.format(i=i, extra_import=extra))
    imports = "\n".join(f"import mod{i}" for i in range(count))
    with open(os.path.join(folder, "main.py"), "w") as f:
        f.write(imports + f"\nprint(sum(mod{count - 1}.helper_{count - 1}(3)))\n")


def timed(cmd, cwd, env, runs):
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(cmd, cwd=cwd, env=env, check=True, stdout=subprocess.DEVNULL)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--coro", default="target/release/coro")
    parser.add_argument("-n", type=int, default=50)
    parser.add_argument("--runs", type=int, default=11)
    args = parser.parse_args()
    coro = os.path.abspath(args.coro)
    folder = tempfile.mkdtemp(prefix="coro-bench-imports-")
    try:
        write_program(folder, args.n)
        plain = dict(os.environ)
        no_pyc = dict(os.environ, PYTHONDONTWRITEBYTECODE="1")
        subprocess.run(["python3", "main.py"], cwd=folder, env=plain, check=True,
                       stdout=subprocess.DEVNULL)  # warms __pycache__
        empty = os.path.join(folder, "empty")
        os.mkdir(empty)
        with open(os.path.join(empty, "main.py"), "w") as f:
            f.write("pass\n")
        rows = {
            "coro": timed([coro, "main.py"], folder, plain, args.runs),
            "python3 (compiling)": timed(["python3", "main.py"], folder, no_pyc, args.runs),
            "python3 (__pycache__)": timed(["python3", "main.py"], folder, plain, args.runs),
            "coro start-up": timed([coro, "main.py"], empty, plain, args.runs),
            "python3 start-up": timed(["python3", "main.py"], empty, plain, args.runs),
        }
    finally:
        shutil.rmtree(folder)
    print(f"importing {args.n} modules, median of {args.runs} runs")
    for name, seconds in rows.items():
        print(f"  {name:<24}{seconds * 1000:8.1f} ms")
    coro_cost = rows["coro"] - rows["coro start-up"]
    for name in ("python3 (compiling)", "python3 (__pycache__)"):
        cost = rows[name] - rows["python3 start-up"]
        print(f"  imports alone, coro / {name}: {coro_cost / cost:.2f}")
    print(f"  whole run, coro / python3 (__pycache__): "
          f"{rows['coro'] / rows['python3 (__pycache__)']:.2f}")


if __name__ == "__main__":
    main()
