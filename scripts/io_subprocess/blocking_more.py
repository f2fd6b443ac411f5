# subprocess's blocking helpers and errors: messages, CompletedProcess, stream set-ups
# (DEVNULL, STDOUT merging, files, text modes), argument checks.
import os
import signal
import subprocess
import sys

e = subprocess.CalledProcessError(3, ['ls', 'x'], output=b'out', stderr=b'err')
print(str(e), e.stdout, e.output, e.stderr, e.returncode, e.cmd, e.args)
e.stdout = b'changed'
print(e.output, isinstance(e, subprocess.SubprocessError))
print(subprocess.CalledProcessError(-signal.SIGKILL, 'sleep').__str__())
print(subprocess.CalledProcessError(-200, 'sleep').__str__())
print(subprocess.CalledProcessError(0, 'true').__str__(), subprocess.CalledProcessError(None, 'x').__str__() if False else '')
t = subprocess.TimeoutExpired('cmd', 1.5, output='o')
print(str(t), t.stdout, t.stderr, t.timeout, t.args)
t.stdout = 'new'
print(t.output, subprocess.TimeoutExpired.stdout.__doc__)
cp = subprocess.CompletedProcess(['a'], 0)
print(repr(cp), repr(subprocess.CompletedProcess('a', 1, 'x', b'y')), cp.check_returncode())
try:
    subprocess.CompletedProcess(['a', 'b'], 2, 'o', 'e').check_returncode()
except subprocess.CalledProcessError as err:
    print('CalledProcessError', err, err.output, err.stderr)

py = sys.executable
print(subprocess.call(['sh', '-c', 'exit 4']), subprocess.check_call(['true']))
try:
    subprocess.check_call(['sh', '-c', 'exit 5'])
except subprocess.CalledProcessError as err:
    print(err, err.cmd)
try:
    subprocess.check_call(args=['sh', '-c', 'exit 6'])
except subprocess.CalledProcessError as err:
    print(err)
print(subprocess.check_output(['sh', '-c', 'echo hi; echo err >&2'], stderr=subprocess.DEVNULL))
print(subprocess.check_output(['sh', '-c', 'echo hi; echo err >&2'], stderr=subprocess.STDOUT, text=True))
print(repr(subprocess.check_output(['cat'], input=None)), repr(subprocess.check_output(['cat'], input=None, text=True)))
print(repr(subprocess.check_output(['cat'], input='abc', encoding='ascii')))
for kw in ({'stdout': None}, {'check': True}):
    try:
        subprocess.check_output(['true'], **kw)
    except ValueError as err:
        print('ValueError', err)
try:
    subprocess.check_output(['sh', '-c', 'echo partial; exit 3'])
except subprocess.CalledProcessError as err:
    print(err, err.output)
r = subprocess.run(['sh', '-c', 'echo out; echo err >&2; exit 2'], capture_output=True, text=True)
print(r)
r = subprocess.run(['sh', '-c', 'cat; echo done'], input=b'in\n', stdout=subprocess.PIPE)
print(r.stdout, r.returncode, r.stderr)
for kw in ({'input': b'x', 'stdin': subprocess.PIPE}, {'capture_output': True, 'stdout': subprocess.PIPE},
           {'capture_output': True, 'stderr': subprocess.DEVNULL}):
    try:
        subprocess.run(['true'], **kw)
    except ValueError as err:
        print('ValueError', err)
try:
    subprocess.run(['sh', '-c', 'exit 7'], check=True, capture_output=True)
except subprocess.CalledProcessError as err:
    print(err, err.stdout, err.stderr)
try:
    subprocess.run(['sleep', '5'], timeout=0.2)
except subprocess.TimeoutExpired as err:
    print('TimeoutExpired', err.cmd, 0 < err.timeout <= 0.2)
try:
    subprocess.run(['sh', '-c', 'echo early; sleep 5'], timeout=0.5, stdout=subprocess.PIPE)
except subprocess.TimeoutExpired as err:
    print('TimeoutExpired', err.stdout)
print(subprocess.getstatusoutput('echo one; echo two'), subprocess.getstatusoutput('echo bad >&2; exit 3'))
print(repr(subprocess.getoutput('printf "no newline"')), repr(subprocess.getoutput('printf "two\\n\\n"')))
r = subprocess.run(['sh', '-c', 'echo to-null'], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, stdin=subprocess.DEVNULL)
print(r)
name = f'/tmp/sp_more_{os.getpid()}.txt'
try:
    with open(name, 'w') as f:
        subprocess.run(['sh', '-c', 'echo into-file; echo err-too >&2'], stdout=f, stderr=subprocess.STDOUT)
    with open(name) as f:
        print(repr(f.read()))
    with open(name, 'rb') as f:
        print(subprocess.run(['cat'], stdin=f, capture_output=True).stdout)
    fd = os.open(name, os.O_RDONLY)
    print(subprocess.run(['wc', '-l'], stdin=fd, capture_output=True, text=True).stdout.strip())
    os.close(fd)
finally:
    os.remove(name)
with subprocess.Popen(['cat'], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, bufsize=1) as p:
    print(type(p.stdin).__name__, p.stdin.line_buffering, p.text_mode, p.universal_newlines, p.encoding is not None)
    p.stdin.write('line\n')
    print(repr(p.stdout.readline()))
print(p.returncode, p.stdin.closed, p.stdout.closed)
with subprocess.Popen(['cat'], stdin=subprocess.PIPE, stdout=subprocess.PIPE, universal_newlines=True, errors='replace') as p:
    out, err = p.communicate('x\r\ny')
    print(repr(out), err, p.errors)
with subprocess.Popen(['true'], stdout=subprocess.PIPE) as p:
    print(type(p.stdout).__name__, p.text_mode, p.encoding, p.universal_newlines)
for kw in ({'text': True, 'universal_newlines': False}, {'bufsize': 1.5}):
    try:
        subprocess.Popen(['true'], **kw)
    except (subprocess.SubprocessError, TypeError) as err:
        print(type(err).__name__, err)
print(subprocess.Popen(['true'], text=True, universal_newlines=True).wait())
try:
    subprocess.run(['/no/such/program'])
except FileNotFoundError as err:
    print('FileNotFoundError', err.errno, err.filename)
