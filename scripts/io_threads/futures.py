# concurrent.futures: ThreadPoolExecutor (submit, map, shutdown, with), Future
# (result, exception, done, cancel, add_done_callback), as_completed, wait.
import concurrent.futures as cf
import threading
import time


def square(x):
    time.sleep(0.001 * max(0, 5 - x))
    return x * x


def fail(msg):
    raise ValueError(msg)


with cf.ThreadPoolExecutor(max_workers=3) as ex:
    print(list(ex.map(square, range(5))))
    f = ex.submit(square, 7)
    print(f.result(), f.done(), f.cancelled(), f.running(), f.exception())
    bad = ex.submit(fail, 'boom')
    print(type(bad.exception()).__name__, bad.exception())
    try:
        bad.result()
    except ValueError as e:
        print('result raised', repr(e))
    names = set(ex.map(lambda _: threading.current_thread().name.rsplit('_', 1)[0], range(6)))
    print(len(names), names.pop().startswith('ThreadPoolExecutor-'))
print('shut down')
try:
    ex.submit(square, 1)
except RuntimeError as e:
    print('RuntimeError:', e)
for bad_workers in (0, -1):
    try:
        cf.ThreadPoolExecutor(max_workers=bad_workers)
    except ValueError as e:
        print('ValueError:', e)

ex = cf.ThreadPoolExecutor(max_workers=2, thread_name_prefix='pool')
fs = [ex.submit(square, n) for n in range(4)]
print(sorted(f.result() for f in cf.as_completed(fs)))
gate = threading.Event()
slow = ex.submit(gate.wait)
quick = ex.submit(square, 3)
done, not_done = cf.wait([slow, quick], return_when=cf.FIRST_COMPLETED)
print(done == {quick}, not_done == {slow})
done, not_done = cf.wait([slow, quick], timeout=0.01)
print(len(done), len(not_done))
try:
    slow.result(timeout=0.01)
except cf.TimeoutError as e:
    print('TimeoutError', type(e) is TimeoutError)
try:
    list(cf.as_completed([slow], timeout=0.01))
except TimeoutError as e:
    print('as_completed:', e)
gate.set()
done, not_done = cf.wait([slow, quick], return_when=cf.ALL_COMPLETED)
print(len(done), len(not_done), slow.result())
ex.shutdown(wait=True)

# Callbacks run when the future finishes, or at once when it already has.
f = cf.Future()
calls = []
f.add_done_callback(lambda fut: calls.append(('first', fut.result())))
print(f.done(), f.running(), repr(f).split(' state=')[1])
print(f.set_running_or_notify_cancel(), f.running())
f.set_result(42)
f.add_done_callback(lambda fut: calls.append(('late', fut.result())))
print(calls)
try:
    f.set_result(1)
except cf.InvalidStateError as e:
    print('InvalidStateError', str(e).split(':')[0])

c = cf.Future()
print(c.cancel(), c.cancelled(), c.done(), c.cancel())
try:
    c.result()
except cf.CancelledError as e:
    print('CancelledError', repr(e))
r = cf.Future()
r.set_running_or_notify_cancel()
print('cancel running:', r.cancel())

# cancel_futures drops queued work.
gate = threading.Event()
ex = cf.ThreadPoolExecutor(max_workers=1)
blocker = ex.submit(gate.wait)
queued = [ex.submit(square, n) for n in range(3)]
threading.Timer(0.02, gate.set).start()
ex.shutdown(wait=True, cancel_futures=True)
print(blocker.result(), [q.cancelled() for q in queued])
print(issubclass(cf.CancelledError, cf._base.Error), issubclass(cf.BrokenExecutor, RuntimeError))
