# collections: namedtuple, deque, Counter, defaultdict, OrderedDict, ChainMap.
from collections import namedtuple, deque, Counter, defaultdict, OrderedDict, ChainMap

Point = namedtuple("Point", "x y")
p = Point(3, y=4)
print(p, p.x, p[1], len(p), tuple(p), isinstance(p, tuple))
x, y = p
print(x + y, p._asdict(), p._replace(x=10), Point._make([5, 6]), Point._fields)
print(p == (3, 4), p == Point(3, 4), hash(p) == hash((3, 4)), sorted([Point(2, 1), Point(1, 9)]))
Card = namedtuple("Card", ["rank", "suit"], defaults=["spades"])
print(Card("A"), Card._field_defaults, repr(Card))
try:
    Point(1)
except TypeError as e:
    print("TypeError", e)
try:
    namedtuple("Bad", "a a")
except ValueError as e:
    print("ValueError", e)
print(namedtuple("R", "a def _b", rename=True)._fields)

d = deque([1, 2, 3])
d.append(4)
d.appendleft(0)
print(d, len(d), d[0], d[-1], 3 in d)
print(d.pop(), d.popleft(), d)
d.extend("ab")
d.extendleft([8, 9])
print(d)
d.rotate(2)
print(d)
d.rotate(-3)
print(d, list(reversed(d)))
window = deque(maxlen=3)
for i in range(6):
    window.append(i)
    print(list(window), end=" ")
print()
print(window, window.maxlen)
try:
    deque().pop()
except IndexError as e:
    print("IndexError", e)
queue = deque()
for n in range(5):
    queue.append(n * n)
while queue:
    print(queue.popleft(), end=" ")
print()

words = "the quick brown fox jumps over the lazy dog the end".split()
c = Counter(words)
print(c.most_common(2), c["the"], c["missing"])
letters = Counter("mississippi")
print(letters)
print(sorted(letters.elements()))
letters.update("ssx")
letters.subtract({"i": 2})
print(letters, letters.total())
a, b = Counter(a=3, b=1), Counter(a=1, b=2)
print(a + b, a - b, a | b, a & b)
print(-Counter(x=-2, y=3), +Counter(x=-2, y=3))
print(Counter(), Counter(a=1) == Counter(a=1, b=0))

groups = defaultdict(list)
for word in words:
    groups[len(word)].append(word)
print(dict(groups))
print(groups)
counts = defaultdict(int)
for ch in "banana":
    counts[ch] += 1
print(counts, counts["z"], len(counts))
plain = defaultdict()
try:
    plain["nope"]
except KeyError as e:
    print("KeyError", e)

od = OrderedDict()
od["b"] = 1
od["a"] = 2
od["c"] = 3
od.move_to_end("b")
print(od, list(od.keys()))
od.move_to_end("c", last=False)
print(od.popitem(), od.popitem(last=False), od)
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == {"b": 2, "a": 1})

defaults = {"color": "red", "user": "guest"}
overrides = {"user": "ann"}
cm = ChainMap(overrides, defaults)
print(cm["user"], cm["color"], len(cm), sorted(cm))
child = cm.new_child({"color": "blue"})
print(child["color"], cm["color"], child.parents["color"])
