# An exception that ends a thread's run() goes to threading.excepthook, which prints
# "Exception in thread NAME:" and the traceback to sys.stderr; SystemExit is silent.
import io
import sys
import threading


def fail():
    raise ValueError('bad value in thread')


captured = io.StringIO()
real_stderr = sys.stderr
sys.stderr = captured
t = threading.Thread(target=fail, name='failing')
t.start()
t.join()
t = threading.Thread(target=sys.exit, args=(3,))
t.start()
t.join()
sys.stderr = real_stderr
lines = captured.getvalue().splitlines()
print(lines[0])
print(lines[1])
print(lines[-3].split('"')[2], lines[-2:])
print('alive:', t.is_alive())

seen = []


def hook(args):
    seen.append((args.exc_type.__name__, str(args.exc_value), args.thread.name))


threading.excepthook = hook
t = threading.Thread(target=fail, name='hooked')
t.start()
t.join()
print(seen)
threading.excepthook = threading.__excepthook__


def bad_hook(args):
    raise RuntimeError('hook failed')


# A hook that fails falls back to sys.excepthook.
calls = []
sys.excepthook = lambda *a: calls.append(a[0].__name__)
threading.excepthook = bad_hook
sys.stderr = captured = io.StringIO()
t = threading.Thread(target=fail)
t.start()
t.join()
sys.stderr = real_stderr
print(calls, captured.getvalue())
threading.excepthook = threading.__excepthook__
print(threading.ExceptHookArgs.__name__)
