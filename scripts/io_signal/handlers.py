# signal.signal handlers run in the main thread between bytecodes: right after os.kill
# and raise_signal return, inside a busy loop (setitimer), cutting time.sleep short;
# getsignal, SIG_DFL/SIG_IGN, the Signals enum, strsignal and the error messages.
import os, signal, time
print(signal.SIGTERM, repr(signal.SIGUSR1), signal.Signals.SIGINT)
print(signal.getsignal(signal.SIGINT) is signal.default_int_handler, signal.getsignal(signal.SIGTERM), repr(signal.getsignal(signal.SIGPIPE)))
got = []
def h(n, frame):
    got.append(n)
    print("handler", signal.Signals(n).name, n)
old = signal.signal(signal.SIGUSR1, h)
print("old", repr(old))
os.kill(os.getpid(), signal.SIGUSR1)
print("after kill", got)
signal.raise_signal(signal.SIGUSR1)
print("after raise", got)
print(signal.getsignal(signal.SIGUSR1) is h)
print(signal.strsignal(signal.SIGTERM), signal.strsignal(signal.SIGUSR1), signal.strsignal(34), signal.strsignal(32))
print(len(signal.valid_signals()), sorted(signal.valid_signals())[:2])
for bad in (0, 65, -1):
    try: signal.signal(bad, h)
    except ValueError as e: print("ValueError", e)
try: signal.signal(signal.SIGKILL, h)
except OSError as e: print(type(e).__name__, e)
try: signal.signal(signal.SIGUSR2, 5)
except TypeError as e: print("TypeError", e)
try: signal.default_int_handler(2, None)
except KeyboardInterrupt as e: print("KeyboardInterrupt", repr(e))
class Timeout(Exception): pass
def on_alarm(n, f): raise Timeout("alarm")
signal.signal(signal.SIGALRM, on_alarm)
signal.setitimer(signal.ITIMER_REAL, 0.05)
n = 0
try:
    while True:
        n += 1
except Timeout as e: print("caught", e)
signal.setitimer(signal.ITIMER_REAL, 0.05)
try:
    time.sleep(2)
except Timeout as e: print("sleep interrupted", e)
print(signal.alarm(0))
signal.signal(signal.SIGTERM, lambda n, f: print("term", n))
os.kill(os.getpid(), signal.SIGTERM)
print(repr(signal.signal(signal.SIGTERM, signal.SIG_DFL)).startswith("<function"))
print(repr(signal.signal(signal.SIGUSR1, signal.SIG_IGN)).startswith("<function"))
os.kill(os.getpid(), signal.SIGUSR1)
print("ignored", repr(signal.getsignal(signal.SIGUSR1)))
