# Python Cookbook ch. 8 style: string representations, custom formats, context managers,
# __slots__, encapsulation, properties, super(), extending a property in a subclass.
from socket import AF_INET, SOCK_STREAM
from functools import partial


class Pair:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return 'Pair({0.x!r}, {0.y!r})'.format(self)

    def __str__(self):
        return '({0.x!s}, {0.y!s})'.format(self)


p = Pair(3, 4)
print(repr(p), str(p), 'p is {0!r}'.format(p), 'p is {0}'.format(p))

_formats = {
    'ymd': '{d.year}-{d.month}-{d.day}',
    'mdy': '{d.month}/{d.day}/{d.year}',
    'dmy': '{d.day}/{d.month}/{d.year}',
}


class Date:
    def __init__(self, year, month, day):
        self.year = year
        self.month = month
        self.day = day

    def __format__(self, code):
        if code == '':
            code = 'ymd'
        fmt = _formats[code]
        return fmt.format(d=self)


d = Date(2012, 12, 21)
print(format(d), format(d, 'mdy'), 'The date is {:ymd}'.format(d), f'{d:dmy}')


class FakeSocket:
    def __init__(self, family, kind):
        self.family, self.kind = family, kind
        self.closed = False

    def close(self):
        self.closed = True


class LazyConnection:
    def __init__(self, address, family=AF_INET, type=SOCK_STREAM):
        self.address = address
        self.family = family
        self.type = type
        self.connections = []

    def __enter__(self):
        sock = FakeSocket(self.family, self.type)
        self.connections.append(sock)
        return sock

    def __exit__(self, exc_ty, exc_val, tb):
        self.connections.pop().close()
        return False


conn = LazyConnection(('www.python.org', 80))
with conn as s1:
    print('outer', len(conn.connections), s1.closed)
    with conn as s2:
        print('inner', len(conn.connections), s2.closed)
    print('after inner', s2.closed, len(conn.connections))
print('after outer', s1.closed, len(conn.connections))


class SlotDate:
    __slots__ = ['year', 'month', 'day']

    def __init__(self, year, month, day):
        self.year = year
        self.month = month
        self.day = day


sd = SlotDate(2020, 1, 2)
print(sd.year, hasattr(sd, '__dict__'))
try:
    sd.extra = 1
except AttributeError as e:
    print('AttributeError', e)


class A:
    def __init__(self):
        self._internal = 0
        self.public = 1
        self.__private = 2

    def public_method(self):
        return self.__private_method()

    def __private_method(self):
        return 'private', self.__private


class B(A):
    def __init__(self):
        super().__init__()
        self.__private = 1

    def __private_method(self):
        return 'B private'


b = B()
print(b.public_method(), sorted(vars(b)))


class Person:
    def __init__(self, first_name):
        self.first_name = first_name

    @property
    def first_name(self):
        return self._first_name

    @first_name.setter
    def first_name(self, value):
        if not isinstance(value, str):
            raise TypeError('Expected a string')
        self._first_name = value

    @first_name.deleter
    def first_name(self):
        raise AttributeError("Can't delete attribute")


a = Person('Guido')
print(a.first_name)
for action in (lambda: setattr(a, 'first_name', 42), lambda: delattr(a, 'first_name'),
               lambda: Person(3)):
    try:
        action()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
print(type(Person.first_name).__name__, Person.first_name.fget.__name__,
      Person.first_name.fset is not None)


class PersonOld:
    def __init__(self, first_name):
        self.set_first_name(first_name)

    def get_first_name(self):
        return self._first_name

    def set_first_name(self, value):
        if not isinstance(value, str):
            raise TypeError('Expected a string')
        self._first_name = value

    def del_first_name(self):
        raise AttributeError("Can't delete attribute")

    name = property(get_first_name, set_first_name, del_first_name)


po = PersonOld('Ada')
po.name = 'Grace'
print(po.name)

import math


class Circle:
    def __init__(self, radius):
        self.radius = radius

    @property
    def area(self):
        return math.pi * self.radius ** 2

    @property
    def diameter(self):
        return self.radius * 2


c = Circle(4.0)
print(c.radius, round(c.area, 6), c.diameter)
try:
    c.area = 3
except AttributeError as e:
    print('AttributeError', e)


class Base:
    def __init__(self):
        print('Base.__init__')


class AA(Base):
    def __init__(self):
        super().__init__()
        print('A.__init__')


class BB(Base):
    def __init__(self):
        super().__init__()
        print('B.__init__')


class CC(AA, BB):
    def __init__(self):
        super().__init__()
        print('C.__init__')


CC()
print([k.__name__ for k in CC.__mro__])


class AProxy:
    def __init__(self, obj):
        self._obj = obj

    def __getattr__(self, name):
        return getattr(self._obj, name)

    def __setattr__(self, name, value):
        if name.startswith('_'):
            super().__setattr__(name, value)
        else:
            setattr(self._obj, name, value)


px = AProxy(Pair(1, 2))
px.x = 10
print(px.x, px._obj)


class SubPerson(Person):
    @property
    def first_name(self):
        print('Getting name')
        return super().first_name

    @first_name.setter
    def first_name(self, value):
        print('Setting name to', value)
        super(SubPerson, SubPerson).first_name.__set__(self, value)

    @first_name.deleter
    def first_name(self):
        print('Deleting name')
        super(SubPerson, SubPerson).first_name.__delete__(self)


s = SubPerson('Guido')
print(s.first_name)
s.first_name = 'Larry'
try:
    s.first_name = 42
except TypeError as e:
    print('TypeError', e)


class SubPerson2(Person):
    @Person.first_name.getter
    def first_name(self):
        print('Getting name (2)')
        return super().first_name


s2 = SubPerson2('Tim')
print(s2.first_name)
s2.first_name = 'Barry'
print(s2._first_name)
