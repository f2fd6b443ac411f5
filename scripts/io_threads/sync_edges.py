# Edges of threading's primitives and Thread objects: reprs (without addresses),
# errors, timeouts, notify counts, Barrier breaking and resetting, Timer cancel.
import re
import threading
import time


def settle(pred):
    # Wait (a bounded while) until the other threads reached the expected point.
    for _ in range(500):
        if pred():
            return
        time.sleep(0.01)


def noaddr(s):
    return re.sub(r'0x[0-9a-f]+', 'ADDR', re.sub(r'owner=\d+', 'owner=N', s))


def attempt(label, f, *a, **k):
    try:
        print(label, f(*a, **k))
    except Exception as e:
        print(label, type(e).__name__, e)


r = threading.RLock()
print(noaddr(repr(r)).split(' ', 2)[0], r._is_owned())
r.acquire()
r.acquire()
print(noaddr(repr(r)).split(' ')[0], 'count=2' in repr(r), r._is_owned())
state = r._release_save()
print(state[0], state[1] == threading.get_ident(), r._is_owned())
r._acquire_restore(state)
print(r._is_owned(), r.acquire(blocking=False))
for _ in range(3):
    r.release()
attempt('release unowned', r.release)
attempt('release_save unowned', r._release_save)
print(r.acquire(timeout=0.01), r.acquire(True, 0.5))
r.release()
r.release()

# Condition over a plain Lock and over a user lock without the private hooks
c = threading.Condition(threading.Lock())
print(noaddr(repr(c)).startswith('<Condition(<unlocked _thread.lock object at ADDR>, 0)>'))
with c:
    print(c.wait(0), c.wait(-1), c.wait_for(lambda: 0, 0.01), c.wait_for(lambda: 'ok'))
    print(c.notify(), c.notify_all(), c._is_owned())
print(c._is_owned())


class MyLock:
    def __init__(self):
        self.inner = threading.Lock()
        self.calls = []

    def acquire(self, *a):
        self.calls.append(('acquire', a))
        return self.inner.acquire(*a)

    def release(self):
        self.calls.append('release')
        self.inner.release()

    def __enter__(self):
        self.acquire()
        return self

    def __exit__(self, *a):
        self.release()


ml = MyLock()
c2 = threading.Condition(ml)
with c2:
    print(c2.wait(0.01))
print(ml.calls)
attempt('wait unowned', c2.wait, 0)
attempt('notify unowned', c2.notify)

# notify(n) wakes exactly n waiters, in order
cond = threading.Condition()
woken = []


def sleeper(i):
    with cond:
        cond.wait()
        woken.append(i)


ts = [threading.Thread(target=sleeper, args=(i,)) for i in range(4)]
for n, t in enumerate(ts, 1):
    t.start()
    settle(lambda: len(cond._waiters) == n)
with cond:
    print('waiters', len(cond._waiters))
    cond.notify(2)
settle(lambda: len(woken) == 2)
time.sleep(0.02)
print('woken', sorted(woken))
with cond:
    cond.notify_all()
for t in ts:
    t.join()
print('woken', sorted(woken))

# Semaphore and BoundedSemaphore
s = threading.Semaphore(0)
print(noaddr(repr(s)).split(' at ')[0], noaddr(repr(s)).split(':')[-1])
s.release(3)
print(s._value, s.acquire(), s.acquire(False), s.acquire(timeout=0), s.acquire(timeout=0.01), s._value)
attempt('nonblocking timeout', s.acquire, False, 0.1)
attempt('release 0', s.release, 0)
attempt('negative', threading.Semaphore, -1)
b = threading.BoundedSemaphore(2)
print(noaddr(repr(b)).split(':')[-1])
b.acquire()
attempt('release 2', b.release, 2)
print(b.release(), b._value)
attempt('over', b.release)
with b:
    print('inside', b._value)
print(b._value)
print(noaddr(repr(threading.BoundedSemaphore(0))).split(':')[-1])

# Event
e = threading.Event()
print(noaddr(repr(e)).split(': ')[-1], e.is_set(), e.wait(0), e.wait(0.01))
e.set()
print(noaddr(repr(e)).split(': ')[-1], e.is_set(), e.wait(), e.wait(0))
e.clear()
print(e.is_set())

# Barrier
bar = threading.Barrier(3, timeout=1)
print(noaddr(repr(bar)).split(': ')[-1], bar.parties, bar.n_waiting, bar.broken)
out = []


def party(i):
    out.append((i, bar.wait()))


ts = [threading.Thread(target=party, args=(i,)) for i in range(2)]
for t in ts:
    t.start()
settle(lambda: bar.n_waiting == 2)
print('waiting', bar.n_waiting, noaddr(repr(bar)).split(': ')[-1])
idx = bar.wait()
for t in ts:
    t.join()
print(idx, sorted(i for _, i in out))
attempt('timeout', threading.Barrier(2).wait, 0.01)
broken = threading.Barrier(2)
attempt('abort then wait', lambda: (broken.abort(), broken.wait())[1])
print(broken.broken, noaddr(repr(broken)).split(': ')[-1])
broken.reset()
print(broken.broken, broken.n_waiting)


def boom():
    raise KeyError('action')


ab = threading.Barrier(1, action=boom)
attempt('action raises', ab.wait)
print(ab.broken)
attempt('after break', ab.wait)
ok = threading.Barrier(1, action=lambda: out.append('action ran'))
print(ok.wait(), ok.wait(), out[-2:])
results = []
rb = threading.Barrier(2)


def waits():
    try:
        rb.wait()
        results.append('passed')
    except threading.BrokenBarrierError:
        results.append('broken')


t = threading.Thread(target=waits)
t.start()
settle(lambda: rb.n_waiting == 1)
rb.reset()
t.join()
print(results, rb.broken, issubclass(threading.BrokenBarrierError, RuntimeError))

# Thread objects
def work(x):
    return x


t = threading.Thread(target=work, args=(1,), name='worker')
print(re.sub(r'\d+', 'N', repr(t)), t.name, t.ident, t.native_id, t.is_alive(), t.daemon)
attempt('join early', t.join)
t.daemon = True
t.start()
t.join()
print(re.sub(r' \d+', ' N', repr(t)), t.is_alive(), t.ident is not None)
attempt('start twice', t.start)
attempt('daemon after start', setattr, t, 'daemon', False)
attempt('join self', threading.current_thread().join)
t2 = threading.Thread(target=work, args=(2,))
print(re.sub(r'\d+', 'N', t2.name), re.sub(r'\d+', 'N', threading.Thread().name))
t3 = threading.Thread(target=lambda: None)
print(re.sub(r'\d+', 'N', t3.name), threading.Thread(name=5).name, threading.Thread(name='').name != '')
attempt('group', threading.Thread, group=1)
t4 = threading.Thread(target=time.sleep, args=(0.2,))
t4.start()
t4.join(0.01)
print(t4.is_alive(), re.sub(r' \d+', ' N', repr(t4)).split(', ')[1])
t4.join()
print(t4.is_alive())


class NoInit(threading.Thread):
    def __init__(self):
        pass


attempt('no init start', NoInit().start)
attempt('no init join', NoInit().join)
m = threading.main_thread()
print(m.name, m is threading.current_thread(), m.daemon, re.sub(r' \d+', ' N', repr(m)))
print(threading.active_count(), len(threading.enumerate()), threading.current_thread().name)
fired = []
tm = threading.Timer(0.01, fired.append, args=['fired'])
tm.start()
tm.join()
tm2 = threading.Timer(5, fired.append, args=['never'])
tm2.start()
tm2.cancel()
tm2.join()
tm3 = threading.Timer(0, lambda **kw: fired.append(kw), kwargs={'k': 1})
tm3.start()
tm3.join()
print(fired, tm.args, tm.kwargs, tm2.finished.is_set(), re.sub(r'\d+', 'N', tm.name))
