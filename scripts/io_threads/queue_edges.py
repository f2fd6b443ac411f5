# queue edge cases: timeout checks (when they apply), non-blocking calls, full() and
# empty() of unbounded queues, task counting, subclass storage hooks, SimpleQueue's
# arguments, and items that cannot be ordered.
import queue
import threading

unbounded = queue.Queue()
print(unbounded.full(), unbounded.empty(), unbounded.maxsize, unbounded.unfinished_tasks)
unbounded.put(1, block=False, timeout=-5)  # no room needed: the timeout is not checked
unbounded.put(2, timeout=-5)
print(unbounded.qsize(), unbounded.unfinished_tasks)
print(unbounded.get(block=False, timeout=-1))  # not blocking: the timeout is not checked
try:
    unbounded.get(timeout=-1)
except ValueError as e:
    print('ValueError:', e)
print(unbounded.get(timeout=0), unbounded.empty())
for call in (lambda: unbounded.get(timeout=0), lambda: unbounded.get(False, 3)):
    try:
        call()
    except queue.Empty as e:
        print('Empty', repr(e), e.args)
unbounded.task_done()
unbounded.task_done()
try:
    unbounded.task_done()
except ValueError as e:
    print('ValueError:', e, unbounded.unfinished_tasks)
unbounded.join()

negative = queue.Queue(-3)
for n in range(5):
    negative.put_nowait(n)
print(negative.full(), negative.qsize())

bounded = queue.Queue(2)
bounded.put('a')
bounded.put('b')
print(bounded.full(), bounded.qsize())
try:
    bounded.put('c', timeout=-1)
except ValueError as e:
    print('ValueError:', e)
try:
    bounded.put('c', block=False, timeout=-1)
except queue.Full as e:
    print('Full', repr(e))
try:
    bounded.put('c', timeout=0)
except queue.Full:
    print('Full after timeout 0')


def take_later():
    print('taken', bounded.get())


t = threading.Timer(0.02, take_later)
t.start()
bounded.put('c', timeout=5)
t.join()
print(list(bounded.queue))


class SetQueue(queue.Queue):
    def _init(self, maxsize):
        self.queue = set()

    def _put(self, item):
        self.queue.add(item)

    def _get(self):
        smallest = min(self.queue)
        self.queue.remove(smallest)
        return smallest


sq = SetQueue()
for x in (3, 1, 3, 2, 1):
    sq.put(x)
print(sq.qsize(), sq.unfinished_tasks, [sq.get() for _ in range(3)], sq.empty())

lifo = queue.LifoQueue(maxsize=3)
for x in 'xyz':
    lifo.put(x)
print(lifo.full(), [lifo.get_nowait() for _ in range(3)], type(lifo.queue).__name__)

prio = queue.PriorityQueue()
prio.put((2, 'b'))
try:
    prio.put((2, {}))
    prio.put((2, []))
except TypeError as e:
    print('TypeError:', e)
print(prio.qsize(), prio.unfinished_tasks)

simple = queue.SimpleQueue()
simple.put(1, block=False, timeout=-1)
simple.put_nowait(2)
print(simple.qsize(), simple.empty(), simple.get(timeout=0), simple.get(block=False))
for args in ((True, -1), (False, -1)):
    try:
        simple.get(*args)
    except (ValueError, queue.Empty) as e:
        print(type(e).__name__, e)
print(queue.Queue[str], queue.SimpleQueue[int], queue.PriorityQueue[int])
print(queue.__all__, queue.Full.__module__, queue.Queue.__module__)
print(issubclass(queue.Empty, Exception), issubclass(queue.Full, Exception))
