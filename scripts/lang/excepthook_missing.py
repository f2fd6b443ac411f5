# With sys.excepthook deleted, an uncaught exception is still reported, after CPython's
# "sys.excepthook is missing" line; SystemExit never reaches a hook.
import sys

del sys.excepthook
print('deleted')
1 / 0
