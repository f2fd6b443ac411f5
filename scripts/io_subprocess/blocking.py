# The blocking subprocess module: run/check_output/call/check_call/getstatusoutput,
# Popen with pipes, DEVNULL and STDOUT, text mode, input, env, cwd, timeouts, signals,
# large outputs on both pipes at once (no deadlock), and CPython's messages.
import subprocess, sys, os
r = subprocess.run(['/bin/echo', 'hi'], capture_output=True)
print(r)
print(subprocess.run(['/bin/sh', '-c', 'echo out; echo err >&2; exit 3'], capture_output=True, text=True))
print(subprocess.check_output(['/bin/cat'], input=b'abc'))
print(subprocess.check_output('echo $((1+2))', shell=True, text=True))
print(subprocess.call(['/bin/sh', '-c', 'exit 5']))
try:
    subprocess.check_call(['false'])
except subprocess.CalledProcessError as e:
    print(e, e.returncode, e.cmd)
try:
    subprocess.run(['false'], check=True)
except subprocess.CalledProcessError as e:
    print(e)
try:
    subprocess.run(['nosuchprog'])
except FileNotFoundError as e:
    print(type(e).__name__, e, e.errno, e.filename)
try:
    subprocess.run(['/bin/sh', '-c', 'echo partial; exec sleep 5'], timeout=0.5, stdout=subprocess.PIPE)
except subprocess.TimeoutExpired as e:
    print(e, e.timeout, e.output, e.stdout, e.stderr)
p = subprocess.Popen(['/bin/sleep', '5'])
try:
    p.wait(timeout=0.1)
except subprocess.TimeoutExpired as e:
    print(e)
p.kill()
print(p.wait(), p.poll())
print(subprocess.getstatusoutput('echo a; echo b >&2; exit 2'))
print(subprocess.getoutput('printf "x\\r\\ny"'))
big = subprocess.run([sys.executable, '-c', 'import sys\nsys.stdout.write("x"*300000)\nsys.stderr.write("y"*300000)'], capture_output=True)
print(len(big.stdout), len(big.stderr), big.returncode)
r = subprocess.run(['/bin/cat'], input=b'z' * 500000, stdout=subprocess.PIPE)
print(len(r.stdout))
print(subprocess.run(['/bin/sh', '-c', 'echo $FOO; pwd'], env={'FOO': 'bar', 'PATH': os.environ['PATH']}, cwd='/', capture_output=True).stdout)
print(subprocess.run(['/bin/sh', '-c', 'echo o; echo e >&2'], stdout=subprocess.PIPE, stderr=subprocess.STDOUT).stdout)
print(subprocess.run(['/bin/echo', 'dn'], stdout=subprocess.DEVNULL))
with subprocess.Popen(['/bin/cat'], stdin=subprocess.PIPE, stdout=subprocess.PIPE) as p:
    print(p.poll())
    out, err = p.communicate(b'line1\nline2\n')
    print(out, err, p.returncode)
print(repr(p))
p = subprocess.Popen(['/bin/sleep', '10'])
p.terminate()
print(p.wait())
p = subprocess.Popen(['/bin/sleep', '10'])
p.kill()
print(p.wait())
try:
    subprocess.run(['/bin/sh', '-c', 'kill -9 $$'], check=True)
except subprocess.CalledProcessError as e:
    print(e)
p = subprocess.Popen(['/bin/sh', '-c', 'echo a; echo b'], stdout=subprocess.PIPE, text=True)
for line in p.stdout:
    print(repr(line))
p.stdout.close(); print(p.wait())
try: subprocess.run(['x'], cwd='/nonexistent-dir')
except FileNotFoundError as e: print(e)
try: subprocess.run(['/bin/echo', 1])
except TypeError as e: print(e)
try: subprocess.run(['cat'], input=b'', stdin=subprocess.PIPE)
except ValueError as e: print(e)
try: subprocess.check_output(['echo'], stdout=None)
except ValueError as e: print(e)
