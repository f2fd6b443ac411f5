# sys.exit with a code: finally blocks run, the process exits with that code, no traceback.
import sys

def shutdown():
    try:
        print("shutting down")
        sys.exit(3)
    finally:
        print("finally runs on the way out")

try:
    sys.exit(0)
except SystemExit as e:
    print("caught SystemExit, code", e.code)
shutdown()
print("never printed")
