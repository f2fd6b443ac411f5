# queue between threads: Queue, LifoQueue, PriorityQueue, SimpleQueue, Empty/Full,
# blocking put/get with timeouts, task_done/join.
import queue
import threading

q = queue.Queue()
done = []


def worker():
    while True:
        item = q.get()
        if item is None:
            q.task_done()
            break
        done.append(item * item)
        q.task_done()


t = threading.Thread(target=worker)
t.start()
for i in range(5):
    q.put(i)
q.join()
print('joined:', done, q.unfinished_tasks, q.qsize(), q.empty())
q.put(None)
t.join()

# A bounded queue: the producer blocks while it is full.
bounded = queue.Queue(maxsize=2)
log = []


def producer():
    for i in range(5):
        bounded.put(i)
        log.append(f'put {i}')
    bounded.put(None)


p = threading.Thread(target=producer)
p.start()
got = []
while True:
    item = bounded.get()
    if item is None:
        break
    got.append(item)
p.join()
print(got, len(log), bounded.full(), bounded.maxsize)

small = queue.Queue(1)
small.put('x')
print(small.full())
for call in (lambda: small.put('y', block=False), lambda: small.put('y', timeout=0.01),
             lambda: small.put_nowait('y')):
    try:
        call()
    except queue.Full as e:
        print('Full', repr(e))
small.get()
for call in (lambda: small.get(block=False), lambda: small.get(timeout=0.01),
             small.get_nowait):
    try:
        call()
    except queue.Empty as e:
        print('Empty', repr(e))
for call in (lambda: small.get(timeout=-1), lambda: small.put(1, timeout=-1)):
    try:
        call()
    except ValueError as e:
        print('ValueError:', e)
try:
    small.task_done()
    small.task_done()
except ValueError as e:
    print('ValueError:', e)

lifo = queue.LifoQueue()
prio = queue.PriorityQueue()
for x in (3, 1, 2):
    lifo.put(x)
    prio.put((x, f'job{x}'))
print([lifo.get() for _ in range(3)], [prio.get() for _ in range(3)])

sq = queue.SimpleQueue()
results = []


def simple_consumer():
    for _ in range(3):
        results.append(sq.get(timeout=5))


c = threading.Thread(target=simple_consumer)
c.start()
for x in 'abc':
    sq.put(x)
c.join()
print(results, sq.empty(), sq.qsize())
try:
    sq.get(timeout=0.01)
except queue.Empty:
    print('SimpleQueue Empty')
try:
    sq.get_nowait()
except queue.Empty:
    print('SimpleQueue Empty nowait')
print(queue.Empty.__module__, queue.Full.__mro__[1].__name__, queue.SimpleQueue.__module__)
print(queue.Queue[int])
