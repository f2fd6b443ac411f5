# data-model dunders: comparison, hashing, containers, callables, operators.
import functools

@functools.total_ordering
class Version:
    def __init__(self, major, minor):
        self.major, self.minor = major, minor
    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return (self.major, self.minor) == (other.major, other.minor)
    def __lt__(self, other):
        return (self.major, self.minor) < (other.major, other.minor)
    def __hash__(self):
        return hash((self.major, self.minor))
    def __repr__(self):
        return f"v{self.major}.{self.minor}"

vs = [Version(1, 2), Version(0, 9), Version(1, 0)]
print(sorted(vs), max(vs), Version(1, 0) == Version(1, 0), Version(1, 0) != Version(2, 0))
print(Version(1, 0) <= Version(1, 0), Version(2, 0) > Version(1, 5), Version(1, 0) == "1.0")
print(len({Version(1, 0), Version(1, 0), Version(2, 0)}), {Version(3, 1): "x"}[Version(3, 1)])

class Deck:
    def __init__(self, cards):
        self.cards = list(cards)
    def __len__(self):
        return len(self.cards)
    def __getitem__(self, index):
        return self.cards[index]
    def __setitem__(self, index, value):
        self.cards[index] = value
    def __delitem__(self, index):
        del self.cards[index]
    def __contains__(self, card):
        return card in self.cards
    def __iter__(self):
        return iter(self.cards)
    def __reversed__(self):
        return reversed(self.cards)
    def __bool__(self):
        return bool(self.cards)

deck = Deck("A23K")
deck[1] = "Q"
del deck[0]
print(len(deck), deck[0], deck[-1], deck[1:], "K" in deck, "A" in deck, list(deck), list(reversed(deck)), bool(deck), bool(Deck([])))

class OnlyGetitem:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * 10
print(list(OnlyGetitem()), 20 in OnlyGetitem())

class Multiplier:
    def __init__(self, k):
        self.k = k
    def __call__(self, x, *, offset=0):
        return x * self.k + offset
triple = Multiplier(3)
print(triple(4), triple(4, offset=1), callable(triple), callable(4))

class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Vec({self.x}, {self.y})"
    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)
    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y)
    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)
    def __rmul__(self, k):
        return self * k
    def __neg__(self):
        return Vec(-self.x, -self.y)
    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
    def __eq__(self, o):
        return (self.x, self.y) == (o.x, o.y)
    def __iadd__(self, o):
        self.x += o.x
        self.y += o.y
        return self
    def __matmul__(self, o):
        return self.x * o.x + self.y * o.y
    def __truediv__(self, k):
        return Vec(self.x / k, self.y / k)
    def __floordiv__(self, k):
        return Vec(self.x // k, self.y // k)
    def __mod__(self, k):
        return Vec(self.x % k, self.y % k)
    def __pow__(self, k):
        return Vec(self.x ** k, self.y ** k)

v, w = Vec(1, 2), Vec(3, 4)
print(v + w, w - v, v * 3, 3 * v, -v, abs(w), v == Vec(1, 2), v @ w, w / 2, w // 2, w % 3, v ** 2)
alias = v
v += w
print(v, alias is v)
try:
    v + 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    Vec(1, 1) < Vec(2, 2)
except TypeError as e:
    print(type(e).__name__, e)

class Money:
    def __init__(self, cents):
        self.cents = cents
    def __add__(self, other):
        if isinstance(other, int):
            return Money(self.cents + other)
        return NotImplemented
    __radd__ = __add__
    def __repr__(self):
        return f"Money({self.cents})"
print(Money(5) + 1, 1 + Money(5), sum([1, 2], Money(0)))
try:
    Money(1) + "x"
except TypeError as e:
    print(type(e).__name__, e)

class Box:
    def __init__(self, v):
        self.v = v
    def __int__(self):
        return int(self.v)
    def __float__(self):
        return float(self.v)
    def __index__(self):
        return int(self.v)
    def __str__(self):
        return f"Box[{self.v}]"
b = Box(3)
print(int(b), float(b), [0, 1, 2, 3][b], hex(b), str(b), f"{b}", "%s" % b)

class Eq:
    pass
e1, e2 = Eq(), Eq()
print(e1 == e1, e1 == e2, e1 != e2, hash(e1) == hash(e1))
class NoHash:
    def __eq__(self, other):
        return True
try:
    hash(NoHash())
except TypeError as e:
    print(type(e).__name__, e)
