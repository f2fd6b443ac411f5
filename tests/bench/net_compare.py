#!/usr/bin/env python3
"""HTTP keep-alive serving and idle-connection memory, coro against CPython's asyncio and
uvloop: the comparison of docs/PERFORMANCE.md, end to end.

    python3 tests/bench/net_compare.py [--coro target/release/coro] [--runs 3]
        [--duration 5] [--connections 64] [--idle 10000]

For each server (coro, python3, python3 with uvloop when it is installed) it starts
../shared/bench/net/http_hello.py on a free loopback port, runs `wrk -t1 -cC -dDs
--latency` against it (the best of --runs runs by requests/s), stops it, and then
measures memory: the server's resident set after --idle idle keep-alive connections
are open, minus its resident set before (connections are opened by this script in
batches, and the number that were accepted is checked). Prints a Markdown table.

Needs wrk (Debian package `wrk`); without it the script says so and exits 0, since the
benchmark is optional (CI does not run it). uvloop: `pip install uvloop`.
"""
import argparse
import os
import re
import resource
import shutil
import socket
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def find_bench():
    # shared/ sits beside the repository (or beside the folder of work trees).
    for up in (['..'], ['..', '..']):
        path = os.path.normpath(os.path.join(ROOT, *up, 'shared', 'bench', 'net',
                                             'http_hello.py'))
        if os.path.exists(path):
            return path
    return None


def free_port():
    with socket.socket() as s:
        s.bind(('127.0.0.1', 0))
        return s.getsockname()[1]


def start(cmd):
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    line = proc.stdout.readline()
    if not line.startswith('listening'):
        proc.kill()
        raise SystemExit(f'{cmd[0]} did not start: {line!r} {proc.stderr.read()}')
    return proc


def stop(proc):
    proc.kill()
    proc.wait()


def rss_kb(pid):
    with open(f'/proc/{pid}/status') as f:
        for line in f:
            if line.startswith('VmRSS:'):
                return int(line.split()[1])
    return 0


def run_wrk(port, duration, connections):
    out = subprocess.run(
        ['wrk', '-t1', f'-c{connections}', f'-d{duration}s', '--latency',
         f'http://127.0.0.1:{port}/'],
        capture_output=True, text=True, check=True).stdout
    rps = float(re.search(r'Requests/sec:\s+([\d.]+)', out).group(1))
    p99 = re.search(r'99%\s+([\d.]+)(us|ms|s)', out)
    scale = {'us': 0.001, 'ms': 1.0, 's': 1000.0}[p99.group(2)]
    errors = re.search(r'Socket errors:.*', out)
    non2xx = re.search(r'Non-2xx or 3xx responses: (\d+)', out)
    return rps, float(p99.group(1)) * scale, (errors.group(0) if errors else ''), (
        int(non2xx.group(1)) if non2xx else 0)


def idle_memory(proc, port, count):
    """Resident-set growth of the server for `count` idle connections, in KiB."""
    time.sleep(0.3)
    before = rss_kb(proc.pid)
    conns = []
    try:
        for _ in range(count):
            s = socket.socket()
            s.setblocking(True)
            s.connect(('127.0.0.1', port))
            conns.append(s)
            if len(conns) % 500 == 0:
                time.sleep(0.05)
        # Let the server accept and set up every connection.
        time.sleep(2.0)
        after = rss_kb(proc.pid)
        alive = sum(1 for s in conns if s.fileno() >= 0)
    finally:
        for s in conns:
            s.close()
    return before, after, alive


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--coro', default=os.path.join(ROOT, 'target', 'release', 'coro'))
    ap.add_argument('--runs', type=int, default=3)
    ap.add_argument('--duration', type=int, default=5)
    ap.add_argument('--connections', type=int, default=64)
    ap.add_argument('--idle', type=int, default=10000)
    ap.add_argument('--script', default=find_bench(), help='http_hello.py')
    args = ap.parse_args()
    if args.script is None:
        raise SystemExit('../shared/bench/net/http_hello.py not found: pass --script')
    BENCH = args.script
    if shutil.which('wrk') is None:
        print('wrk not found (apt-get install wrk): skipping the network benchmark')
        return
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    want = args.idle + 1000
    if soft < want:
        resource.setrlimit(resource.RLIMIT_NOFILE, (min(want, hard), hard))
    servers = [('coro', [args.coro, BENCH, 'PORT']),
               ('python3 asyncio', [sys.executable, BENCH, 'PORT'])]
    try:
        import uvloop  # noqa: F401
        servers.append(('python3 uvloop', [sys.executable, BENCH, 'PORT', 'uvloop']))
    except ImportError:
        print('uvloop not installed (pip install uvloop): comparing without it')
    rows = []
    for name, cmd in servers:
        best = None
        for _ in range(args.runs):
            port = free_port()
            proc = start([str(port) if c == 'PORT' else c for c in cmd])
            try:
                result = run_wrk(port, args.duration, args.connections)
            finally:
                stop(proc)
            if best is None or result[0] > best[0]:
                best = result
        port = free_port()
        proc = start([str(port) if c == 'PORT' else c for c in cmd])
        try:
            before, after, alive = idle_memory(proc, port, args.idle)
        finally:
            stop(proc)
        rows.append((name, best, before, after, alive))
        print(f'{name}: {best[0]:.0f} req/s, p99 {best[1]:.2f} ms; '
              f'{alive} idle connections: {before} -> {after} KiB', flush=True)
    base = rows[1][1][0]
    base_mem = rows[1][3] - rows[1][2]
    print()
    print(f'wrk -t1 -c{args.connections} -d{args.duration}s, best of {args.runs}; '
          f'{args.idle} idle connections')
    print()
    print('| server | requests/s | vs python3 | p99 latency ms | errors | '
          'idle conns RSS growth MiB | vs python3 |')
    print('|---|---|---|---|---|---|---|')
    for name, (rps, p99, errors, non2xx), before, after, alive in rows:
        grow = after - before
        print(f'| {name} | {rps:.0f} | {rps / base:.2f}x | {p99:.2f} | '
              f'{(errors + " " + str(non2xx) if errors or non2xx else "none")} | '
              f'{grow / 1024:.1f} ({alive} open) | {grow / base_mem:.2f}x |')


if __name__ == '__main__':
    main()
