# ThreadPoolExecutor details: worker names, idle workers reused before new ones start,
# the initializer (run once per worker; a failing one breaks the pool), argument checks,
# shutdown without waiting, and the refusals after shutdown.
import concurrent.futures as cf
import logging
import threading
import time

logging.disable(logging.CRITICAL)  # the initializer failure is logged; keep stderr quiet


def name_of_worker():
    return threading.current_thread().name


# One call at a time: the single worker is reused, no second thread starts.
with cf.ThreadPoolExecutor(max_workers=4, thread_name_prefix='solo') as ex:
    names = []
    for _ in range(5):
        names.append(ex.submit(name_of_worker).result())
        time.sleep(0.05)  # the worker reports itself idle just after the result is set
    print(names, len(ex._threads))

default = cf.ThreadPoolExecutor(max_workers=1)
name = default.submit(name_of_worker).result()
prefix, _, number = name.rpartition('_')
print(prefix.startswith('ThreadPoolExecutor-'), prefix[len('ThreadPoolExecutor-'):].isdigit(),
      number)
default.shutdown()

# Blocked workers: each new call starts a new worker, up to max_workers.
gate = threading.Event()
ex = cf.ThreadPoolExecutor(max_workers=3, thread_name_prefix='busy')
blocked = [ex.submit(gate.wait) for _ in range(5)]
print(sorted(t.name for t in ex._threads))
gate.set()
print([f.result() for f in blocked])
ex.shutdown(wait=False)
print(ex._shutdown)
for t in list(ex._threads):
    t.join()

seen = []
lock = threading.Lock()


def init(tag, n):
    with lock:
        seen.append((tag, n))


with cf.ThreadPoolExecutor(max_workers=2, initializer=init, initargs=('hello', 3)) as ex:
    print(ex.submit(pow, 2, 10).result())
print(seen[0], len(seen) >= 1)


def broken_init():
    gate.wait()  # fail only once all three calls are queued
    raise OSError('no resource')


gate = threading.Event()
ex = cf.ThreadPoolExecutor(max_workers=1, initializer=broken_init)
futures = [ex.submit(pow, 2, n) for n in range(3)]
gate.set()
for f in futures:
    try:
        f.result(timeout=5)
    except cf.BrokenExecutor as e:
        print(type(e).__name__, e)
try:
    ex.submit(pow, 2, 2)
except cf.thread.BrokenThreadPool as e:
    print('submit:', type(e).__name__, e)
print(issubclass(cf.thread.BrokenThreadPool, cf.BrokenExecutor))
ex.shutdown()

for kwargs in ({'initializer': 5}, {'max_workers': 0}, {'initializer': 'nope', 'max_workers': 2}):
    try:
        cf.ThreadPoolExecutor(**kwargs)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
ex = cf.ThreadPoolExecutor(max_workers=2)
ex.shutdown()
ex.shutdown()
try:
    ex.submit(print)
except RuntimeError as e:
    print('RuntimeError:', e)
print(cf.ThreadPoolExecutor.submit.__doc__ == cf.Executor.submit.__doc__,
      cf.ThreadPoolExecutor.shutdown.__doc__ == cf.Executor.shutdown.__doc__)
print(list(cf.ThreadPoolExecutor(max_workers=2).map(abs, [-1, -2, 3])))
