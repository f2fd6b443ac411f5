# classes: attributes, methods, class attributes, __repr__/__str__, isinstance.
class Account:
    bank = "Coro Bank"
    count = 0

    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        Account.count += 1

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("amount must be positive")
        self.balance += amount
        return self

    def __repr__(self):
        return f"Account({self.owner!r}, {self.balance})"

    def __str__(self):
        return f"{self.owner}: {self.balance}"

a = Account("ann")
b = Account("bob", 50)
a.deposit(10).deposit(5)
print(a, b, repr(a), [a, b], str(b))
print(Account.count, a.bank, Account.bank, a.count)
a.bank = "Other"
print(a.bank, b.bank, Account.bank)
print(type(a).__name__, type(a) is Account, isinstance(a, Account), isinstance(a, object))
print(Account.deposit(b, 1), a.__dict__, sorted(vars(b)))
method = a.deposit
print(method(1), method.__self__ is a, method.__func__ is Account.deposit)
try:
    a.deposit(-5)
except ValueError as e:
    print(type(e).__name__, e)
try:
    a.missing
except AttributeError as e:
    print(type(e).__name__, e)

class Plain:
    pass
p = Plain()
p.x = 1
print(p.x, hasattr(p, "x"), hasattr(p, "y"), getattr(p, "y", "dflt"), type(p).__name__)
print(repr(p).startswith("<__main__.Plain object at 0x"), Plain.__name__, Plain.__qualname__)
setattr(p, "y", 2)
delattr(p, "x")
print(vars(p))

class Temperature:
    def __init__(self, celsius):
        self._celsius = celsius
    @property
    def celsius(self):
        return self._celsius
    @celsius.setter
    def celsius(self, value):
        if value < -273.15:
            raise ValueError("below absolute zero")
        self._celsius = value
    @property
    def fahrenheit(self):
        return self._celsius * 9 / 5 + 32
    @staticmethod
    def describe():
        return "a temperature"
    @classmethod
    def freezing(cls):
        return cls(0)

t = Temperature(25)
print(t.celsius, t.fahrenheit)
t.celsius = 100
print(t.celsius, t.fahrenheit, Temperature.describe(), t.describe(), Temperature.freezing().celsius)
try:
    t.celsius = -300
except ValueError as e:
    print(type(e).__name__, e)
try:
    t.fahrenheit = 1
except AttributeError as e:
    print(type(e).__name__, e)

class Node:
    def __init__(self, value, children=None):
        self.value = value
        self.children = children or []
    def total(self):
        return self.value + sum(c.total() for c in self.children)
tree = Node(1, [Node(2, [Node(4)]), Node(3)])
print(tree.total())

class Slots:
    __slots__ = ("a",)
    def __init__(self):
        self.a = 1
s = Slots()
try:
    s.b = 2
except AttributeError as e:
    print(type(e).__name__, e)
