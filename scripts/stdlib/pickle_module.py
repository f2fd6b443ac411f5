# pickle: CPython's bytes for built-in values at every protocol, round trips, classes
# and functions by reference, the reduce protocol, and the errors.
import collections
import io
import pickle


def show(f, *args, **kw):
    try:
        print(repr(f(*args, **kw))[:200])
    except Exception as e:
        print(type(e).__name__ + ':', e)


values = [None, True, False, 0, 1, 255, 256, 65535, 65536, -1, -2**31, 2**31, 2**63, -2**70,
          10**100, 1.5, -0.0, float('inf'), 1e-300, '', 'abc', 'é€😀', 'line\nbreak\\x',
          'a' * 300, b'', b'bytes', b'\x00' * 300, bytearray(b'ba'), (), (1,), (1, 2),
          (1, 2, 3), (1, 2, 3, 4), [], [1, 'two', 3.0], {}, {'a': 1, 'b': [2]}, set(),
          {1, 2, 3}, frozenset(), frozenset({4}), [[1], [1]], list(range(1200))]
for proto in range(6):
    for v in values:
        data = pickle.dumps(v, proto)
        back = pickle.loads(data)
        ok = back == v and type(back) is type(v)
        text = data.hex() if len(data) < 60 else '%d bytes %s...%s' % (len(data), data[:20].hex(),
                                                                      data[-10:].hex())
        print(proto, repr(v)[:30], ok, text)
shared = [1, 2]
nested = {'x': shared, 'y': shared, 't': (shared, shared)}
for proto in (0, 2, 4, 5):
    data = pickle.dumps(nested, proto)
    back = pickle.loads(data)
    print(proto, data.hex(), back, back['x'] is back['y'], back['t'][0] is back['x'])
cyclic = []
cyclic.append(cyclic)
back = pickle.loads(pickle.dumps(cyclic))
print(back[0] is back, pickle.dumps(cyclic).hex())


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __eq__(self, other):
        return type(other) is Point and (self.x, self.y) == (other.x, other.y)

    def __repr__(self):
        return 'Point(%r, %r)' % (self.x, self.y)


class Slotted:
    __slots__ = ('a', 'b')

    def __init__(self):
        self.a = 1


class WithState:
    def __init__(self):
        self.secret = 'hidden'
        self.shown = 1

    def __getstate__(self):
        return {'shown': self.shown}

    def __setstate__(self, state):
        self.__dict__.update(state)
        self.restored = True


class Reduced:
    def __init__(self, n):
        self.n = n

    def __reduce__(self):
        return (Reduced, (self.n * 10,))


class Empty:
    pass


class MyList(list):
    pass


class MyInt(int):
    pass


for proto in (0, 1, 2, 3, 4, 5):
    p = Point(1, 'y')
    data = pickle.dumps(p, proto)
    print(proto, data.hex(), pickle.loads(data))
for obj in [Slotted(), WithState(), Reduced(4), Empty(), MyList([1, 2]), MyInt(7),
            collections.OrderedDict(a=1), collections.Counter('aab'),
            collections.defaultdict(list, {1: [2]}), collections.defaultdict(None, {3: 4}),
            collections.deque([1, 2]), collections.deque([3], 5)]:
    data = pickle.dumps(obj)
    back = pickle.loads(data)
    if isinstance(back, Slotted):
        back = (back.a, hasattr(back, 'b'))
    elif isinstance(back, (dict, collections.deque)):
        back = (back, getattr(back, 'default_factory', None), getattr(back, 'maxlen', None))
    else:
        back = vars(back)
    print(type(obj).__name__, data.hex(), back)
for obj in [Point, len, type(None), Ellipsis, NotImplemented, collections.OrderedDict]:
    data = pickle.dumps(obj)
    print(data.hex(), pickle.loads(data) is obj)
print(pickle.loads(pickle.dumps(MyList([1, 2]), 0)), pickle.loads(pickle.dumps(MyInt(7), 1)) + 1)
buf = io.BytesIO()
pickle.dump({'k': 'v'}, buf, protocol=2)
pickle.dump([1], buf)
buf.seek(0)
print(pickle.load(buf), pickle.load(buf), buf.read())
p = pickle.Pickler(io.BytesIO(), 3)
print(p.proto if hasattr(p, 'proto') else 3)


def outer():
    def inner():
        pass
    return inner


show(pickle.dumps, outer())
show(pickle.dumps, (x for x in []))
show(pickle.dumps, 1, protocol=6)
show(pickle.loads, b'')
show(pickle.loads, b'\x80\x04K')
show(pickle.loads, b'zzz')
show(pickle.loads, b'\x01')
show(pickle.loads, b'\x80\x09.')
show(pickle.loads, b'(.')
show(pickle.loads, b'a.')
show(pickle.loads, b'h\x05.')
show(pickle.loads, 'text')
show(pickle.loads, b'\x80\x04\x95\x15\x00\x00\x00\x00\x00\x00\x00\x8c\x08__main__\x94\x8c\x03Foo\x94\x93\x94.')
show(pickle.loads, b'cbuiltins\nnosuchthing\n.')
show(pickle.loads, b'S\'py2 str\'\np0\n.')
show(pickle.loads, b'U\x03abcq\x00.', encoding='bytes')
show(pickle.loads, b'(lp0\nI1\naI2\na.')
show(pickle.loads, b'(dp0\nVa\np1\nI1\ns.')
show(pickle.loads, b'c__builtin__\nset\np0\n((lp1\nI1\natp2\nRp3\n.')
print(pickle.DEFAULT_PROTOCOL, pickle.HIGHEST_PROTOCOL, pickle.PickleError.__mro__[1],
      issubclass(pickle.UnpicklingError, pickle.PickleError), pickle.PicklingError.__name__)
