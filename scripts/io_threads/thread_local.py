# threading.local: each thread sees its own attributes; a subclass's __init__ runs
# again (with the constructor's arguments) in each thread that touches it.
import threading

data = threading.local()
data.x = 'main'
seen = []


def show(tag):
    seen.append((tag, getattr(data, 'x', None), hasattr(data, 'y')))
    data.x = tag
    data.y = 1
    seen.append((tag, data.x, sorted(data.__dict__)))


for tag in ('t1', 't2'):
    t = threading.Thread(target=show, args=(tag,))
    t.start()
    t.join()
print(seen)
print(data.x, hasattr(data, 'y'), data.__dict__)
try:
    data.missing
except AttributeError as e:
    print('AttributeError:', e)
del data.x
try:
    del data.x
except AttributeError as e:
    print('AttributeError:', e)
print(type(data).__name__, type(data).__module__)


class Counter(threading.local):
    initialised = 0

    def __init__(self, start):
        self.value = start
        Counter.initialised += 1

    def bump(self):
        self.value += 1
        return self.value

    @property
    def doubled(self):
        return self.value * 2


c = Counter(10)
c.bump()
out = []


def use():
    out.append((c.value, c.bump(), c.doubled))


ts = [threading.Thread(target=use) for _ in range(2)]
for t in ts:
    t.start()
    t.join()
print(out, c.value, c.doubled, Counter.initialised)
try:
    c.nothing
except AttributeError as e:
    print('AttributeError:', e)
try:
    threading.local(1)
except TypeError as e:
    print('TypeError:', e)
