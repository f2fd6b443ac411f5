# sys.excepthook: an uncaught exception goes to the script's hook (type, value,
# traceback); a hook that raises gets CPython's "Error in sys.excepthook" report with
# both tracebacks; the built-in hook stays as sys.__excepthook__ and can be called.
import sys

print(sys.excepthook is sys.__excepthook__, sys.excepthook.__name__)
try:
    sys.excepthook(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
sys.excepthook(ValueError, 5, None)
sys.excepthook(ValueError, ValueError('only the line'), None)
sys.stderr.flush()


def hook(kind, value, tb):
    print('hook got', kind.__name__, value, type(tb).__name__, tb.tb_lineno)
    sys.stdout.flush()
    raise KeyError('in hook')


sys.excepthook = hook


def fail():
    raise ValueError('boom')


fail()
