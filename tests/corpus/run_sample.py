#!/usr/bin/env python3
"""Issue 11's measure on real programs: run every sampled program under python3 and coro.

For each .py file under FOLDER (the sample, kept outside the repository; see
sample.tsv beside this script for where each file comes from), this runs
`python3 FILE` and `coro FILE` with stdin from /dev/null and the file's folder as
cwd, and compares stdout and exit status. Files with `>>>` examples are also run
as `python3 -m doctest FILE` and `coro -m doctest FILE`.

A file is in the measured sample only if python3 runs it to exit status 0 within
--py-cpu CPU seconds and prints the same twice (programs that need input, files,
the network or third-party packages are not "programs that run with the standard
library", and random output is not even CPython's own).
Doctests count where `python3 -m doctest` passes (exit 0).

It prints each failing file with its cause, a table of causes with counts, and
the two percentages issue 11 asks for. It is not a test of coro's correctness
on its own: the oracle is whatever python3 prints on this machine.
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from collections import Counter
from concurrent.futures import ThreadPoolExecutor


def run(cmd, cwd, timeout):
    """(exit status or None on timeout, stdout, stderr, CPU seconds of the child).

    CPU time, not wall time: the machine is shared, and its load must not decide
    which programs are in the sample or which are slow. The timeout is wall time.
    """
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        p = subprocess.Popen(cmd, cwd=cwd, stdin=subprocess.DEVNULL, stdout=out, stderr=err)
        deadline = time.monotonic() + timeout
        while True:
            pid, status, usage = os.wait4(p.pid, os.WNOHANG)
            if pid:
                break
            if time.monotonic() > deadline:
                p.kill()
                _, status, usage = os.wait4(p.pid, 0)
                status = None
                break
            time.sleep(0.01)
        p.returncode = 0  # reaped here, not by Popen
        out.seek(0)
        err.seek(0)
        cpu = usage.ru_utime + usage.ru_stime
        code = None if status is None else os.waitstatus_to_exitcode(status)
        return code, out.read(), err.read(), cpu


def error_line(stderr):
    """The exception line of a traceback (its last non-blank line), or the last line."""
    lines = [l for l in stderr.decode("utf-8", "replace").splitlines() if l.strip()]
    if not lines:
        return ""
    for line in reversed(lines):
        if not line.startswith(" ") and ("Error" in line or "Exception" in line or ":" in line):
            return line.strip()[:160]
    return lines[-1].strip()[:160]


def first_difference(a, b):
    al = a.decode("utf-8", "replace").splitlines()
    bl = b.decode("utf-8", "replace").splitlines()
    for i, (x, y) in enumerate(zip(al, bl)):
        if x != y:
            return f"line {i + 1}: python3 {x[:70]!r} coro {y[:70]!r}"
    return f"python3 prints {len(al)} lines, coro {len(bl)}"


def compare(kind, py, co, timeout):
    """Classify one coro run against python3's: (status, cause)."""
    prc, pout, _, ptime = py
    crc, cout, cerr, ctime = co
    if crc is None:
        return "timeout", f"{kind}: timeout after {timeout}s (python3 {ptime:.2f}s)"
    if crc == prc and cout == pout:
        return "identical", ""
    if crc != 0 and crc != prc:
        line = error_line(cerr)
        return "coro error", f"{kind}: {line or f'exit status {crc}'}"
    if crc != prc:
        return "differs", f"{kind}: exit status {crc}, python3 {prc}"
    return "differs", f"{kind}: stdout {first_difference(pout, cout)}"


def measure(path, args):
    cwd = os.path.dirname(path) or "."
    name = os.path.basename(path)
    res = {"file": os.path.relpath(path, args.folder)}
    py = run([args.python, name], cwd, args.py_timeout)
    res["python3_time"] = round(py[3], 3)
    if py[0] != 0 or py[3] > args.py_cpu:
        res["program"] = "not in sample"
        res["why"] = "python3 over the CPU limit" if py[0] is None or py[3] > args.py_cpu else f"python3 exit {py[0]}: {error_line(py[2])}"
    elif run([args.python, name], cwd, args.py_timeout)[:2] != py[:2]:
        # Random or time-dependent output: not even CPython repeats it.
        res["program"] = "not in sample"
        res["why"] = "python3 nondeterministic"
    else:
        co = run([args.coro, name], cwd, args.timeout)
        res["coro_time"] = round(co[3], 3)
        res["program"], res["cause"] = compare("run", py, co, args.timeout)
    with open(path, encoding="utf-8", errors="replace") as f:
        has_examples = ">>>" in f.read()
    if has_examples:
        pyd = run([args.python, "-m", "doctest", name], cwd, args.py_timeout)
        if pyd[0] != 0 or pyd[3] > args.py_cpu:
            res["doctest"] = "not passing on python3"
        else:
            cod = run([args.coro, "-m", "doctest", name], cwd, args.timeout)
            res["doctest"], res["doctest_cause"] = compare("doctest", pyd, cod, args.timeout)
    return res


def percent(part, whole):
    return f"{100.0 * part / whole:.1f}%" if whole else "n/a"


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    repo = os.path.dirname(os.path.dirname(here))
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folder", nargs="?", default="/work/corpus/files")
    ap.add_argument("--coro", default=os.path.join(repo, "target", "debug", "coro"))
    # The interpreter running this script, not a `python3` found on PATH: a pyenv shim
    # there adds a shell script and `pyenv exec` to every start (and to its CPU time).
    ap.add_argument("--python", default=sys.executable)
    ap.add_argument("--timeout", type=float, default=120.0, help="wall seconds for coro")
    ap.add_argument("--py-cpu", type=float, default=5.0, help="CPU seconds python3 may use")
    ap.add_argument("--py-timeout", type=float, default=60.0, help="wall seconds for python3")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--json", help="write every file's result here")
    ap.add_argument("--slow", type=float, default=10.0, help="report coro slower than this factor")
    ap.add_argument("--only", help="measure only files whose path contains this")
    args = ap.parse_args()
    args.coro = os.path.abspath(args.coro)

    files = []
    for root, dirs, names in os.walk(args.folder):
        dirs.sort()
        files += [os.path.join(root, n) for n in sorted(names) if n.endswith(".py")]
    if args.only:
        files = [f for f in files if args.only in f]
    with ThreadPoolExecutor(args.jobs) as pool:
        results = list(pool.map(lambda p: measure(p, args), files))
    if args.json:
        with open(args.json, "w") as f:
            json.dump(results, f, indent=1)

    programs = [r for r in results if r["program"] != "not in sample"]
    doctests = [r for r in results if r.get("doctest") not in (None, "not passing on python3")]
    print("== not failing on python3 is the entry condition ==")
    skipped = Counter(r["why"].split(":")[0] for r in results if r["program"] == "not in sample")
    for why, n in skipped.most_common():
        print(f"  {n:4}  {why}")
    print("\n== files where coro is not identical ==")
    for r in results:
        for key, cause in (("program", "cause"), ("doctest", "doctest_cause")):
            if r.get(key) in ("differs", "coro error", "timeout"):
                print(f"  {r['file']}: {r[cause]}")
    print("\n== slow (coro more than %gx python3, both > 0.2 s) ==" % args.slow)
    for r in programs:
        ct, pt = r.get("coro_time", 0), r["python3_time"]
        if ct > 0.2 and ct > args.slow * max(pt, 0.02):
            print(f"  {r['file']}: python3 {pt:.2f}s coro {ct:.2f}s ({ct / max(pt, 0.02):.0f}x)")
    print("\n== causes (programs and doctests together), by count ==")
    causes = Counter()
    for r in results:
        for key, cause in (("program", "cause"), ("doctest", "doctest_cause")):
            if r.get(key) in ("differs", "coro error", "timeout"):
                text = r[cause].split(": ", 1)[1] if ": " in r[cause] else r[cause]
                if r[key] == "differs":
                    text = "stdout differs" if text.startswith("stdout") else text
                causes[f"{r[key]}: {text}"] += 1
    for cause, n in causes.most_common():
        print(f"  {n:4}  {cause}")
    print("\n== summary ==")
    status = Counter(r["program"] for r in programs)
    print(f"  files: {len(results)}, programs python3 runs: {len(programs)}")
    for s in ("identical", "differs", "coro error", "timeout"):
        print(f"    {s:11} {status[s]:4}  {percent(status[s], len(programs))}")
    dstatus = Counter(r["doctest"] for r in doctests)
    print(f"  files whose doctests pass on python3: {len(doctests)}")
    for s in ("identical", "differs", "coro error", "timeout"):
        print(f"    {s:11} {dstatus[s]:4}  {percent(dstatus[s], len(doctests))}")
    print(f"\nprograms identical to CPython: {percent(status['identical'], len(programs))}"
          f"  ({status['identical']}/{len(programs)})")
    print(f"doctests passing where CPython passes: {percent(dstatus['identical'], len(doctests))}"
          f"  ({dstatus['identical']}/{len(doctests)})")


if __name__ == "__main__":
    sys.exit(main())
