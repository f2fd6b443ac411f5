# sys.stdin/stdout/stderr as file objects: reading stdin by line, by iteration and to the
# end, input() with a prompt, print(file=, flush=), replacing sys.stdout (and
# contextlib.redirect_stdout) to capture print, and the streams' attributes.
import io
import sys
import contextlib

print(sys.stdin.name, sys.stdout.name, sys.stderr.name)
print(sys.stdin.mode, sys.stdout.mode, sys.stdout.encoding, sys.stdin.readable())
print(sys.stdin.fileno(), sys.stdout.fileno(), sys.stderr.fileno())
print(sys.stdout.writable(), sys.stdin.writable(), sys.stderr.errors)
print(sys.__stdout__ is sys.stdout, sys.__stdin__ is sys.stdin, sys.__stderr__ is sys.stderr)
print(isinstance(sys.stdout, io.TextIOWrapper), isinstance(sys.stdin, io.TextIOBase))
print(repr(sys.stdout))

print(repr(sys.stdin.readline()))
print(repr(input()))
name = input('Name? ')
print('Hello,', name)
print(repr(sys.stdin.readline(4)), repr(sys.stdin.readline()))
for line in sys.stdin:
    print('line:', line.rstrip('\n'))
    if line.startswith('stop'):
        break
print(repr(sys.stdin.read()))
print(repr(sys.stdin.readline()), sys.stdin.readlines())
try:
    input('gone? ')
except EOFError as e:
    print()
    print(type(e).__name__, e)

n = sys.stdout.write('written directly\n')
print(n)
sys.stdout.buffer.write(b'bytes through .buffer\n')
sys.stdout.flush()
print('flushed', flush=True)
print('to stderr', file=sys.stderr)
sys.stderr.write('stderr write\n')

captured = io.StringIO()
saved = sys.stdout
sys.stdout = captured
print('captured line')
sys.stdout.write('captured write\n')
sys.stdout = saved
print(repr(captured.getvalue()))

with contextlib.redirect_stdout(io.StringIO()) as out:
    print('redirected', 1, 2)
print(repr(out.getvalue()))

class Collector:
    def __init__(self):
        self.parts = []
    def write(self, text):
        self.parts.append(text)
        return len(text)

c = Collector()
print('a', 'b', file=c, sep='+')
print(c.parts)
try:
    print('x', file=object())
except AttributeError as e:
    print(e)
try:
    sys.stdout.write(b'bytes')
except TypeError as e:
    print(e)
