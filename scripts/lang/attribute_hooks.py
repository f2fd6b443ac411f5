# attribute hooks: __getattr__, __setattr__, __delattr__, descriptors, class-level lookups.
class Record:
    def __init__(self, **fields):
        object.__setattr__(self, "_fields", dict(fields))
    def __getattr__(self, name):
        try:
            return self._fields[name]
        except KeyError:
            raise AttributeError(f"no field {name!r}") from None
    def __setattr__(self, name, value):
        print(f"  set {name} = {value!r}")
        self._fields[name] = value
    def __delattr__(self, name):
        print(f"  del {name}")
        del self._fields[name]

r = Record(a=1)
r.b = 2
print(r.a, r.b, getattr(r, "c", "default"), hasattr(r, "zz"))
del r.a
try:
    r.a
except AttributeError as e:
    print(type(e).__name__, e)

class Positive:
    """A data descriptor validating assignments."""
    def __set_name__(self, owner, name):
        self.name = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, 0)
    def __set__(self, obj, value):
        if value <= 0:
            raise ValueError(f"{self.name[1:]} must be positive, got {value}")
        setattr(obj, self.name, value)

class Order:
    quantity = Positive()
    price = Positive()
    def __init__(self, quantity, price):
        self.quantity = quantity
        self.price = price
    def total(self):
        return self.quantity * self.price

o = Order(3, 5)
print(o.total(), o.quantity, type(Order.quantity).__name__, sorted(vars(o)))
try:
    o.price = -1
except ValueError as e:
    print(type(e).__name__, e)

class Lazy:
    def __init__(self, func):
        self.func = func
    def __get__(self, obj, objtype=None):
        value = self.func(obj)
        obj.__dict__[self.func.__name__] = value
        return value

class Report:
    @Lazy
    def summary(self):
        print("  computing summary once")
        return "summary text"
rep = Report()
print(rep.summary, rep.summary)

class Defaults:
    color = "blue"
    tags = []
x, y = Defaults(), Defaults()
x.color = "red"
x.tags.append("shared")
print(x.color, y.color, y.tags, Defaults.__dict__["color"], "color" in x.__dict__)

class Proxy:
    def __init__(self, target):
        self._target = target
    def __getattr__(self, name):
        print(f"  forwarding {name}")
        return getattr(self._target, name)
p = Proxy([3, 1, 2])
p.sort()
print(p._target, p.count(1))

class Getattribute:
    def __getattribute__(self, name):
        if name == "magic":
            return 42
        return super().__getattribute__(name)
g = Getattribute()
g.real = "real"
print(g.magic, g.real)
