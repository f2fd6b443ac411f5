# sys.stdout.reconfigure(): encoding and errors change what print() writes; the other
# settings are reported back.
import sys

print(sys.stdout.reconfigure(line_buffering=True), sys.stdout.line_buffering)
sys.stdout.reconfigure(encoding='ascii', errors='replace')
print(sys.stdout.encoding, sys.stdout.errors)
print('café → ascii')
sys.stdout.reconfigure(encoding='latin-1')
print(sys.stdout.encoding, sys.stdout.errors)
sys.stdout.buffer.write(b'bytes stay bytes\n')
sys.stdout.reconfigure(encoding='utf-8')
print('café again')
for bad in [lambda: sys.stdout.reconfigure(encoding='nope'),
            lambda: sys.stdout.reconfigure(3),
            lambda: sys.stdout.reconfigure(encoding=3)]:
    try:
        bad()
    except (LookupError, TypeError) as e:
        print(type(e).__name__, e)
