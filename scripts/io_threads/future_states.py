# concurrent.futures.Future by hand (no executor): states and their repr, when a
# cancelled future counts as done for wait() and as_completed(), InvalidStateError,
# callbacks (order, late ones, failing ones), return_when, and Executor.map's timeout
# and early exit.
import concurrent.futures as cf
import logging
import threading
import time

logging.disable(logging.CRITICAL)  # failing callbacks are logged; keep stderr quiet


def shown(future):
    text = repr(future)
    return text[:text.index(' at ')] + text[text.index(' state='):]


f = cf.Future()
print(shown(f), f.done(), f.running(), f.cancelled())
print(f.set_running_or_notify_cancel(), shown(f), f.running(), f.cancel(), f.done())
f.set_result([1])
print(shown(f), f.result(), f.exception(), f.cancel(), f.done())
for setter, value in ((f.set_result, 2), (f.set_exception, ValueError('x'))):
    try:
        setter(value)
    except cf.InvalidStateError as e:
        print('InvalidStateError', str(e).split(':')[0], issubclass(cf.InvalidStateError, cf._base.Error))

g = cf.Future()
g.set_exception(KeyError('k'))
print(shown(g), repr(g.exception()))
try:
    g.result()
except KeyError as e:
    print('result raised', repr(e))

c = cf.Future()
order = []
c.add_done_callback(lambda fut: order.append('first'))
c.add_done_callback(lambda fut: 1 / 0)
c.add_done_callback(lambda fut: order.append(('third', fut.cancelled())))
print(c.cancel(), c.cancel(), shown(c), order)
c.add_done_callback(lambda fut: order.append('late'))
print(order)
for call in (c.result, c.exception):
    try:
        call(timeout=0)
    except cf.CancelledError as e:
        print('CancelledError', repr(e))
# Cancelled but not yet seen by an executor: not finished for wait/as_completed.
print(cf.wait([c], timeout=0.01).done == set())
try:
    list(cf.as_completed([c], timeout=0.01))
except cf.TimeoutError as e:
    print('TimeoutError', e)
print(c.set_running_or_notify_cancel(), shown(c), cf.wait([c], timeout=0).done == {c})
try:
    c.set_running_or_notify_cancel()
except RuntimeError as e:
    print('RuntimeError', e)
try:
    cf.Future().result(timeout=0.01)
except cf.TimeoutError as e:
    print('TimeoutError', repr(e), cf.TimeoutError is TimeoutError)

pending = cf.Future()
try:
    cf.wait([pending], timeout=0, return_when='NOT_A_CONDITION')
except ValueError as e:
    print('ValueError', e)
print(cf.wait([f], return_when='NOT_A_CONDITION').done == {f})
print(cf.wait([f, pending], return_when=cf.FIRST_COMPLETED).done == {f})
print(len(cf.wait([f, pending], timeout=0.01, return_when=cf.FIRST_EXCEPTION).done))
print(cf.wait([g, pending], return_when=cf.FIRST_EXCEPTION).not_done == {pending})
print(cf.wait([], timeout=0), cf.wait([f, f, g]).done == {f, g})
result = cf.wait([f])
print(type(result).__name__, result._fields)


def finish_later(future, value, delay):
    threading.Timer(delay, future.set_result, (value,)).start()


later = [cf.Future() for _ in range(3)]
for i, fut in enumerate(later):
    fut.set_running_or_notify_cancel()
    finish_later(fut, i, 0.05 * (i + 1))
print([fut.result() for fut in cf.as_completed(later + later, timeout=5)])
slow = cf.Future()
try:
    for fut in cf.as_completed([f, slow], timeout=0.02):
        print('yielded', fut is f)
except cf.TimeoutError as e:
    print('TimeoutError', e)
boom = cf.Future()
boom.set_running_or_notify_cancel()
threading.Timer(0.02, boom.set_exception, (OSError('late'),)).start()
print(cf.wait([boom, slow], return_when=cf.FIRST_EXCEPTION).done == {boom})
print(len(slow._waiters), len(boom._waiters))


class Sleepy(cf.ThreadPoolExecutor):
    pass


with Sleepy(max_workers=2) as ex:
    results = ex.map(time.sleep, [0, 0.5, 0.5, 0.5], timeout=0.05)
    print(next(results))
    try:
        next(results)
    except cf.TimeoutError:
        print('map timed out')
    print(list(ex.map(pow, [2, 3], [5, 2])), list(ex.map(abs, [])))
    gate = threading.Event()
    calls = ex.map(lambda n: gate.wait() and n, range(6))
    first = ex.submit(lambda: 'ok')
    calls.close()  # never started: closing it cancels nothing, the calls still run
    gate.set()
print(first.result())
try:
    cf.Executor().submit(print)
except NotImplementedError as e:
    print('NotImplementedError', repr(e))
with cf.Executor() as plain:
    print(type(plain).__name__, plain.shutdown(), plain.shutdown(wait=False, cancel_futures=True))
print(cf.Future[int], cf._base.FINISHED, cf._base.CANCELLED_AND_NOTIFIED)
