#!/usr/bin/env python3
"""Resident-set growth of a server per idle connection (docs/PERFORMANCE.md).

    python3 tests/bench/net_idle_mem.py N SERVER-COMMAND... (PORT stands for the port)

The server prints a line starting with "listening" once it serves. 200 connections are
opened and closed first (a warm-up), then N are opened and left idle; the growth of the
server's VmRSS divided by N is printed."""
import socket, subprocess, sys, time, resource
n = int(sys.argv[1]); cmd = sys.argv[2:]
soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
resource.setrlimit(resource.RLIMIT_NOFILE, (min(hard, n + 1000), hard))
with socket.socket() as s:
    s.bind(('127.0.0.1', 0)); port = s.getsockname()[1]
proc = subprocess.Popen([str(port) if c == 'PORT' else c for c in cmd], stdout=subprocess.PIPE, text=True)
assert proc.stdout.readline().startswith('listening')
def rss():
    for line in open(f'/proc/{proc.pid}/status'):
        if line.startswith('VmRSS:'): return int(line.split()[1])
# warm up: 200 connections opened and closed
w = [socket.create_connection(('127.0.0.1', port)) for _ in range(200)]
time.sleep(0.5)
for s in w: s.close()
time.sleep(0.5)
before = rss()
conns = []
for i in range(n):
    conns.append(socket.create_connection(('127.0.0.1', port)))
    if i % 500 == 499: time.sleep(0.05)
time.sleep(2)
after = rss()
print(f'{n} conns: {before} -> {after} KiB, {(after-before)*1024/n:.0f} B/conn')
for s in conns: s.close()
proc.kill(); proc.wait()
