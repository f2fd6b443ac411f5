# Closing sys.stdout makes print fail as CPython's does, instead of writing anyway.
import sys

print("before", flush=True)
sys.stdout.close()
print(sys.stdout.closed, file=sys.stderr)
try:
    sys.stdout.write("x")
except ValueError as e:
    print("write:", e, file=sys.stderr)
print("after")
