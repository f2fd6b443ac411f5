# Python Cookbook ch. 8 style: descriptors, lazily computed properties, simplified data
# structure initialisation, typed attributes via descriptors, mixins, class decorators
# and metaclasses.
import math


class Integer:
    def __init__(self, name):
        self.name = name

    def __get__(self, instance, cls):
        if instance is None:
            return self
        return instance.__dict__[self.name]

    def __set__(self, instance, value):
        if not isinstance(value, int):
            raise TypeError('Expected an int')
        instance.__dict__[self.name] = value

    def __delete__(self, instance):
        del instance.__dict__[self.name]


class Point:
    x = Integer('x')
    y = Integer('y')

    def __init__(self, x, y):
        self.x = x
        self.y = y


p = Point(2, 3)
print(p.x, p.y, type(Point.x).__name__)
p.y = 5
print(p.y)
try:
    p.x = 2.3
except TypeError as e:
    print('TypeError', e)
del p.x
print('x' in vars(p))


class lazyproperty:
    def __init__(self, func):
        self.func = func

    def __get__(self, instance, cls):
        if instance is None:
            return self
        value = self.func(instance)
        setattr(instance, self.func.__name__, value)
        return value


class Circle:
    def __init__(self, radius):
        self.radius = radius

    @lazyproperty
    def area(self):
        print('Computing area')
        return math.pi * self.radius ** 2

    @lazyproperty
    def perimeter(self):
        print('Computing perimeter')
        return 2 * math.pi * self.radius


c = Circle(4.0)
print(sorted(vars(c)))
print(round(c.area, 4))
print(sorted(vars(c)))
print(round(c.area, 4), round(c.perimeter, 4), round(c.perimeter, 4))
del c.area
print(sorted(vars(c)), round(c.area, 4))


def lazyproperty_ro(func):
    name = '_lazy_' + func.__name__

    @property
    def lazy(self):
        if hasattr(self, name):
            return getattr(self, name)
        value = func(self)
        setattr(self, name, value)
        return value
    return lazy


class Square:
    def __init__(self, side):
        self.side = side

    @lazyproperty_ro
    def area(self):
        print('Computing square area')
        return self.side ** 2


sq = Square(3)
print(sq.area, sq.area)
try:
    sq.area = 10
except AttributeError as e:
    print('AttributeError', e)


class Structure1:
    _fields = []

    def __init__(self, *args, **kwargs):
        if len(args) > len(self._fields):
            raise TypeError('Expected {} arguments'.format(len(self._fields)))
        for name, value in zip(self._fields, args):
            setattr(self, name, value)
        for name in self._fields[len(args):]:
            setattr(self, name, kwargs.pop(name))
        if kwargs:
            raise TypeError('Invalid argument(s): {}'.format(','.join(kwargs)))


class Stock(Structure1):
    _fields = ['name', 'shares', 'price']


s1 = Stock('ACME', 50, 91.1)
s2 = Stock('ACME', 50, price=91.1)
print(s1.name, s1.shares, s1.price, s2.price)
for bad in (lambda: Stock('ACME', 50, 91.1, 1), lambda: Stock('ACME', shares=50, price=1, aa=1)):
    try:
        bad()
    except (TypeError, KeyError) as e:
        print(type(e).__name__, e)


class Structure3:
    _fields = []

    def __init__(self, *args, **kwargs):
        if len(args) != len(self._fields):
            raise TypeError('Expected {} arguments'.format(len(self._fields)))
        for name, value in zip(self._fields, args):
            setattr(self, name, value)
        extra_args = kwargs.keys() - self._fields
        for name in extra_args:
            setattr(self, name, kwargs.pop(name))
        if kwargs:
            raise TypeError('Duplicate values for {}'.format(','.join(kwargs)))


class Stock3(Structure3):
    _fields = ['name', 'shares', 'price']


s3 = Stock3('ACME', 50, 91.1, date='8/2/2012')
print(s3.date)


class StructureUpdate:
    _fields = []

    def __init__(self, *args):
        if len(args) != len(self._fields):
            raise TypeError('Expected {} arguments'.format(len(self._fields)))
        self.__dict__.update(zip(self._fields, args))


class Pt(StructureUpdate):
    _fields = ['x', 'y']


print(vars(Pt(1, 2)))


# Typed attributes: descriptors combined by mixins
class Descriptor:
    def __init__(self, name=None, **opts):
        self.name = name
        for key, value in opts.items():
            setattr(self, key, value)

    def __set__(self, instance, value):
        instance.__dict__[self.name] = value


class Typed(Descriptor):
    expected_type = type(None)

    def __set__(self, instance, value):
        if not isinstance(value, self.expected_type):
            raise TypeError('expected ' + str(self.expected_type))
        super().__set__(instance, value)


class Unsigned(Descriptor):
    def __set__(self, instance, value):
        if value < 0:
            raise ValueError('Expected >= 0')
        super().__set__(instance, value)


class MaxSized(Descriptor):
    def __init__(self, name=None, **opts):
        if 'size' not in opts:
            raise TypeError('missing size option')
        super().__init__(name, **opts)

    def __set__(self, instance, value):
        if len(value) >= self.size:
            raise ValueError('size must be < ' + str(self.size))
        super().__set__(instance, value)


class Integer2(Typed):
    expected_type = int


class UnsignedInteger(Integer2, Unsigned):
    pass


class Float(Typed):
    expected_type = float


class UnsignedFloat(Float, Unsigned):
    pass


class String(Typed):
    expected_type = str


class SizedString(String, MaxSized):
    pass


class StockD:
    name = SizedString('name', size=8)
    shares = UnsignedInteger('shares')
    price = UnsignedFloat('price')

    def __init__(self, name, shares, price):
        self.name = name
        self.shares = shares
        self.price = price


sd = StockD('ACME', 50, 91.1)
print(sd.name, sd.shares, sd.price)
for attr, value in (('shares', 75), ('shares', -10), ('price', 'a lot'), ('name', 'ABRACADABRA')):
    try:
        setattr(sd, attr, value)
        print(attr, 'now', getattr(sd, attr))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print([c.__name__ for c in SizedString.__mro__])


def check_attributes(**kwargs):
    def decorate(cls):
        for key, value in kwargs.items():
            if isinstance(value, Descriptor):
                value.name = key
                setattr(cls, key, value)
            else:
                setattr(cls, key, value(key))
        return cls
    return decorate


@check_attributes(name=SizedString(size=8), shares=UnsignedInteger, price=UnsignedFloat)
class StockC:
    def __init__(self, name, shares, price):
        self.name = name
        self.shares = shares
        self.price = price


sc = StockC('IBM', 10, 2.5)
print(sc.name, sc.shares, sc.price, StockC.__dict__['name'].name)
try:
    sc.price = -1.0
except ValueError as e:
    print('ValueError', e)


class checkedmeta(type):
    def __new__(cls, clsname, bases, methods):
        for key, value in methods.items():
            if isinstance(value, Descriptor):
                value.name = key
        return type.__new__(cls, clsname, bases, methods)


class StockM(metaclass=checkedmeta):
    name = SizedString(size=8)
    shares = UnsignedInteger()
    price = UnsignedFloat()

    def __init__(self, name, shares, price):
        self.name = name
        self.shares = shares
        self.price = price


sm = StockM('GOOG', 100, 490.1)
print(sm.name, sm.shares, sm.price, type(StockM).__name__)
try:
    StockM('GOOG', 1.5, 1.0)
except TypeError as e:
    print('TypeError', e)


def Typed_deco(expected_type, cls=None):
    if cls is None:
        return lambda cls: Typed_deco(expected_type, cls)
    super_set = cls.__set__

    def __set__(self, instance, value):
        if not isinstance(value, expected_type):
            raise TypeError('expected ' + str(expected_type))
        super_set(self, instance, value)
    cls.__set__ = __set__
    return cls


@Typed_deco(int)
class IntegerD(Descriptor):
    pass


class Holder:
    v = IntegerD('v')


h = Holder()
h.v = 3
print(h.v if False else h.__dict__['v'])
try:
    h.v = 'x'
except TypeError as e:
    print('TypeError', e)


# Descriptors with __set_name__ (3.6+)
class Field:
    def __set_name__(self, owner, name):
        self.owner = owner.__name__
        self.name = '_' + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name)

    def __set__(self, obj, value):
        setattr(obj, self.name, value)


class Rec:
    a = Field()
    b = Field()


r = Rec()
r.a, r.b = 1, 2
print(r.a, r.b, Rec.a.name, Rec.b.owner, sorted(vars(r)))
