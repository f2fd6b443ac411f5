# Lock, RLock, Condition, Semaphore, BoundedSemaphore, Event, Barrier and Timer
# between threads, with the hand-offs whose order CPython makes deterministic.
import threading
import time

lock = threading.Lock()
print(lock.acquire(), lock.locked(), lock.acquire(False), lock.acquire(timeout=0.01))
lock.release()
print(lock.locked())
for args, kwargs in (((False, 1), {}), ((True, -2), {}), ((), {'timeout': 'x'})):
    try:
        lock.acquire(*args, **kwargs)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    lock.release()
except RuntimeError as e:
    print('RuntimeError:', e)
with lock:
    print('in with', lock.locked())
print(type(lock).__name__, type(lock).__module__)

# A lock handed between threads: the holder sleeps, the other waits.
order = []
lock.acquire()


def waiter():
    with lock:
        order.append('waiter got it')


t = threading.Thread(target=waiter)
t.start()
order.append('main holds')
time.sleep(0.02)
lock.release()
t.join()
print(order)

# RLock: re-entrant for its owner, refuses other threads.
r = threading.RLock()
print(r.acquire(), r.acquire(), type(r).__name__)
result = []
t = threading.Thread(target=lambda: result.append(r.acquire(blocking=False)))
t.start()
t.join()
print('other thread got it:', result)
r.release()
r.release()
try:
    r.release()
except RuntimeError as e:
    print('RuntimeError:', e)

# Condition: a producer and a consumer in lock-step.
cond = threading.Condition()
items = []
log = []


def consumer():
    for _ in range(3):
        with cond:
            cond.wait_for(lambda: items)
            log.append(('got', items.pop(0)))
            cond.notify()


c = threading.Thread(target=consumer)
c.start()
for i in range(3):
    with cond:
        items.append(i)
        log.append(('put', i))
        cond.notify()
        cond.wait_for(lambda: not items)
c.join()
print(log)
with cond:
    print('wait timeout:', cond.wait(0.01))
try:
    cond.notify()
except RuntimeError as e:
    print('RuntimeError:', e)
try:
    cond.wait()
except RuntimeError as e:
    print('RuntimeError:', e)

# Semaphore: at most two workers at once.
sem = threading.Semaphore(2)
active = 0
peak = 0
guard = threading.Lock()


def limited():
    global active, peak
    with sem:
        with guard:
            active += 1
            peak = max(peak, active)
        time.sleep(0.05)
        with guard:
            active -= 1


ts = [threading.Thread(target=limited) for _ in range(5)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print('peak', peak, 'acquire(False) on 0:', threading.Semaphore(0).acquire(False))
print(threading.Semaphore(0).acquire(timeout=0.01))
for bad in (lambda: threading.Semaphore(-1), lambda: sem.release(0),
            lambda: sem.acquire(False, 1)):
    try:
        bad()
    except ValueError as e:
        print('ValueError:', e)
b = threading.BoundedSemaphore(1)
b.acquire()
b.release()
try:
    b.release()
except ValueError as e:
    print('ValueError:', e)

# Event: a two-way hand-off.
ping, pong = threading.Event(), threading.Event()
trace = []


def ponger():
    for i in range(3):
        ping.wait()
        ping.clear()
        trace.append(f'pong {i}')
        pong.set()


t = threading.Thread(target=ponger)
t.start()
for i in range(3):
    trace.append(f'ping {i}')
    ping.set()
    pong.wait()
    pong.clear()
t.join()
print(trace)
e = threading.Event()
print(e.is_set(), e.wait(0.01), e.wait(0))
e.set()
print(e.is_set(), e.wait())

# Barrier: every party leaves together; the action runs once.
arrivals = []
barrier = threading.Barrier(3, action=lambda: arrivals.append('action'))


def party(n):
    index = barrier.wait()
    arrivals.append((n, index))


ts = [threading.Thread(target=party, args=(n,)) for n in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(arrivals[0], sorted(arrivals[1:]), barrier.parties, barrier.n_waiting, barrier.broken)
b2 = threading.Barrier(2)
try:
    b2.wait(timeout=0.01)
except threading.BrokenBarrierError:
    print('broken:', b2.broken)
b2.reset()
print('after reset:', b2.broken)

# Timer: fires after its interval unless cancelled.
fired = []
t1 = threading.Timer(0.01, fired.append, args=['fired'])
t2 = threading.Timer(30, fired.append, args=['cancelled'])
t1.start()
t2.start()
t2.cancel()
t1.join()
t2.join()
print(fired, t1.name.startswith('Thread-'))
