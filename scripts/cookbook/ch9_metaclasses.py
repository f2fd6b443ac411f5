# Python Cookbook ch. 9 style: metaclasses controlling instance creation (no instances,
# singletons, cached instances), capturing definition order with __prepare__, metaclass
# keyword arguments, enforcing signatures with inspect.Signature, enforcing coding
# conventions, defining classes programmatically (types.new_class), initialising class
# members at definition time, multiple dispatch by annotations, avoiding repetitive
# properties, exec and local variables.
from collections import OrderedDict
from inspect import Signature, Parameter
import inspect
import operator
import types
import weakref


class NoInstances(type):
    def __call__(self, *args, **kwargs):
        raise TypeError("Can't instantiate directly")


class Spam(metaclass=NoInstances):
    @staticmethod
    def grok(x):
        print('Spam.grok', x)


Spam.grok(42)
try:
    Spam()
except TypeError as e:
    print('TypeError', e)


class Singleton(type):
    def __init__(self, *args, **kwargs):
        self.__instance = None
        super().__init__(*args, **kwargs)

    def __call__(self, *args, **kwargs):
        if self.__instance is None:
            self.__instance = super().__call__(*args, **kwargs)
            return self.__instance
        else:
            return self.__instance


class SSpam(metaclass=Singleton):
    def __init__(self):
        print('Creating Spam')


a = SSpam()
b = SSpam()
print(a is b, type(SSpam).__name__, callable(SSpam), hasattr(SSpam, '__call__'))


class Cached(type):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.__cache = weakref.WeakValueDictionary()

    def __call__(self, *args):
        if args in self.__cache:
            return self.__cache[args]
        else:
            obj = super().__call__(*args)
            self.__cache[args] = obj
            return obj


class CSpam(metaclass=Cached):
    def __init__(self, name):
        print('Creating Spam({!r})'.format(name))
        self.name = name


a = CSpam('Guido')
b = CSpam('Diana')
c = CSpam('Guido')
print(a is b, a is c)


class Typed:
    _expected_type = type(None)

    def __init__(self, name=None):
        self._name = name

    def __set__(self, instance, value):
        if not isinstance(value, self._expected_type):
            raise TypeError('Expected ' + str(self._expected_type))
        instance.__dict__[self._name] = value


class Integer(Typed):
    _expected_type = int


class Float(Typed):
    _expected_type = float


class String(Typed):
    _expected_type = str


class OrderedMeta(type):
    def __new__(cls, clsname, bases, clsdict):
        d = dict(clsdict)
        order = []
        for name, value in clsdict.items():
            if isinstance(value, Typed):
                value._name = name
                order.append(name)
        d['_order'] = order
        return type.__new__(cls, clsname, bases, d)

    @classmethod
    def __prepare__(cls, clsname, bases):
        return OrderedDict()


class Structure(metaclass=OrderedMeta):
    def as_csv(self):
        return ','.join(str(getattr(self, name)) for name in self._order)


class Stock(Structure):
    name = String()
    shares = Integer()
    price = Float()

    def __init__(self, name, shares, price):
        self.name = name
        self.shares = shares
        self.price = price


s = Stock('GOOG', 100, 490.1)
print(s.name, s.as_csv(), Stock._order)
try:
    Stock('AAPL', 'a lot', 610.23)
except TypeError as e:
    print('TypeError', e)


class NoDupOrderedDict(OrderedDict):
    def __init__(self, clsname):
        self.clsname = clsname
        super().__init__()

    def __setitem__(self, name, value):
        if name in self:
            raise TypeError('{} already defined in {}'.format(name, self.clsname))
        super().__setitem__(name, value)


class OrderedMeta2(type):
    def __new__(cls, clsname, bases, clsdict):
        d = dict(clsdict)
        d['_order'] = [name for name in clsdict if name[0] != '_']
        return type.__new__(cls, clsname, bases, d)

    @classmethod
    def __prepare__(cls, clsname, bases):
        return NoDupOrderedDict(clsname)


class A(metaclass=OrderedMeta2):
    def spam(self):
        pass

    def eggs(self):
        pass


print(A._order)
try:
    class B(metaclass=OrderedMeta2):
        def spam(self):
            pass

        def spam(self):
            pass
except TypeError as e:
    print('TypeError', e)


class MyMeta(type):
    @classmethod
    def __prepare__(cls, name, bases, *, debug=False, synchronize=False):
        print('prepare', name, debug, synchronize)
        return super().__prepare__(name, bases)

    def __new__(cls, name, bases, ns, *, debug=False, synchronize=False):
        print('new', name, debug, synchronize)
        return super().__new__(cls, name, bases, ns)

    def __init__(self, name, bases, ns, *, debug=False, synchronize=False):
        print('init', name, debug, synchronize)
        super().__init__(name, bases, ns)


class KSpam(metaclass=MyMeta, debug=True, synchronize=True):
    pass


class KSpam2(metaclass=MyMeta):
    pass


def make_sig(*names):
    parms = [Parameter(name, Parameter.POSITIONAL_OR_KEYWORD) for name in names]
    return Signature(parms)


class Structure2:
    __signature__ = make_sig()

    def __init__(self, *args, **kwargs):
        bound_values = self.__signature__.bind(*args, **kwargs)
        for name, value in bound_values.arguments.items():
            setattr(self, name, value)


class Stock2(Structure2):
    __signature__ = make_sig('name', 'shares', 'price')


class Point(Structure2):
    __signature__ = make_sig('x', 'y')


print(inspect.signature(Stock2))
s1 = Stock2('ACME', 100, 490.1)
s2 = Stock2('ACME', 100, price=490.1)
print(s1.shares, s2.price)
for call in (lambda: Stock2('ACME', 100), lambda: Stock2('ACME', 100, 490.1, shares=50),
             lambda: Point(1, 2, 3)):
    try:
        call()
    except TypeError as e:
        print('TypeError', e)


class StructureMeta(type):
    def __new__(cls, clsname, bases, clsdict):
        clsdict['__signature__'] = make_sig(*clsdict.get('_fields', []))
        return super().__new__(cls, clsname, bases, clsdict)


class Structure3(metaclass=StructureMeta):
    _fields = []

    def __init__(self, *args, **kwargs):
        bound_values = self.__signature__.bind(*args, **kwargs)
        for name, value in bound_values.arguments.items():
            setattr(self, name, value)


class Stock3(Structure3):
    _fields = ['name', 'shares', 'price']


print(inspect.signature(Stock3), Stock3('X', 1, 2.0).price)
sig = make_sig('a', 'b')
print(sig, [p.kind.name for p in sig.parameters.values()])
print(Signature([Parameter('x', Parameter.POSITIONAL_ONLY),
                 Parameter('y', Parameter.POSITIONAL_OR_KEYWORD, default=2),
                 Parameter('args', Parameter.VAR_POSITIONAL),
                 Parameter('z', Parameter.KEYWORD_ONLY, annotation=int),
                 Parameter('kw', Parameter.VAR_KEYWORD)], return_annotation=str))


class NoMixedCaseMeta(type):
    def __new__(cls, clsname, bases, clsdict):
        for name in clsdict:
            if name.lower() != name:
                raise TypeError('Bad attribute name: ' + name)
        return super().__new__(cls, clsname, bases, clsdict)


class Root(metaclass=NoMixedCaseMeta):
    pass


class AOK(Root):
    def foo_bar(self):
        pass


try:
    class BBad(Root):
        def fooBar(self):
            pass
except TypeError as e:
    print('TypeError', e)


class MatchSignaturesMeta(type):
    def __init__(self, clsname, bases, clsdict):
        super().__init__(clsname, bases, clsdict)
        sup = super(self, self)
        for name, value in clsdict.items():
            if name.startswith('_') or not callable(value):
                continue
            prev_dfn = getattr(sup, name, None)
            if prev_dfn:
                prev_sig = inspect.signature(prev_dfn)
                val_sig = inspect.signature(value)
                if prev_sig != val_sig:
                    print('WARNING: {} != {}'.format(prev_sig, val_sig), name)


class Root2(metaclass=MatchSignaturesMeta):
    pass


class AS(Root2):
    def foo(self, x, y):
        pass

    def spam(self, x, *, z):
        pass


class BS(AS):
    def foo(self, a, b):
        pass

    def spam(self, x, z):
        pass


def cls_init(self, name, shares, price):
    self.name = name
    self.shares = shares
    self.price = price


def cost(self):
    return self.shares * self.price


cls_dict = {'__init__': cls_init, 'cost': cost}
NStock = types.new_class('Stock', (), {}, lambda ns: ns.update(cls_dict))
NStock.__module__ = __name__
ns = NStock('ACME', 50, 91.1)
print(type(ns).__name__, ns.cost(), NStock.__module__)

import abc
AStock = types.new_class('AStock', (), {'metaclass': abc.ABCMeta}, lambda ns: ns.update(cls_dict))
print(type(AStock).__name__)


class Base:
    def __init_subclass__(cls, **kwargs):
        print('init_subclass', cls.__name__, kwargs)


Sub = types.new_class('Sub', (Base,), {'debug': True, 'typecheck': False})
print(Sub.__bases__[0].__name__)
metaclass, kwargs, ns = types.prepare_class('Stock', (), {'metaclass': type, 'x': 1})
print(metaclass.__name__, kwargs, ns)


def named_tuple(classname, fieldnames):
    cls_dict = {name: property(operator.itemgetter(n)) for n, name in enumerate(fieldnames)}

    def __new__(cls, *args):
        if len(args) != len(fieldnames):
            raise TypeError('Expected {} arguments'.format(len(fieldnames)))
        return tuple.__new__(cls, args)
    cls_dict['__new__'] = __new__
    cls = types.new_class(classname, (tuple,), {}, lambda ns: ns.update(cls_dict))
    cls.__module__ = 'namedtuple_demo'
    return cls


Pt = named_tuple('Point', ['x', 'y'])
pt = Pt(4, 5)
print(pt.x, pt.y, len(pt), pt, isinstance(pt, tuple))
try:
    pt.x = 2
except AttributeError as e:
    print('AttributeError', e)
try:
    Pt(1)
except TypeError as e:
    print('TypeError', e)
Spam4 = type('Spam4', (object,), {'x': 1, 'hello': lambda self: 'hi'})
print(Spam4().hello(), Spam4.x, Spam4.__name__)


class StructTupleMeta(type):
    def __init__(cls, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for n, name in enumerate(cls._fields):
            setattr(cls, name, property(operator.itemgetter(n)))


class StructTuple(tuple, metaclass=StructTupleMeta):
    _fields = []

    def __new__(cls, *args):
        if len(args) != len(cls._fields):
            raise ValueError('{} arguments required'.format(len(cls._fields)))
        return super().__new__(cls, args)


class TStock(StructTuple):
    _fields = ['name', 'shares', 'price']


class TPoint(StructTuple):
    _fields = ['x', 'y']


ts = TStock('ACME', 50, 91.1)
print(ts, ts[0], ts.name, ts.shares * ts.price)
try:
    ts.shares = 23
except AttributeError as e:
    print('AttributeError', e)
try:
    TPoint(1)
except ValueError as e:
    print('ValueError', e)


class MultiMethod:
    def __init__(self, name):
        self._methods = {}
        self.__name__ = name

    def register(self, meth):
        sig = inspect.signature(meth)
        types_ = []
        for name, parm in sig.parameters.items():
            if name == 'self':
                continue
            if parm.annotation is inspect.Parameter.empty:
                raise TypeError('Argument {} must be annotated with a type'.format(name))
            if not isinstance(parm.annotation, type):
                raise TypeError('Argument {} annotation must be a type'.format(name))
            if parm.default is not inspect.Parameter.empty:
                self._methods[tuple(types_)] = meth
            types_.append(parm.annotation)
        self._methods[tuple(types_)] = meth

    def __call__(self, *args):
        types_ = tuple(type(arg) for arg in args[1:])
        meth = self._methods.get(types_, None)
        if meth:
            return meth(*args)
        else:
            raise TypeError('No matching method for types {}'.format(types_))

    def __get__(self, instance, cls):
        if instance is not None:
            return types.MethodType(self, instance)
        else:
            return self


class MultiDict(dict):
    def __setitem__(self, key, value):
        if key in self:
            current_value = self[key]
            if isinstance(current_value, MultiMethod):
                current_value.register(value)
            else:
                mvalue = MultiMethod(key)
                mvalue.register(current_value)
                mvalue.register(value)
                super().__setitem__(key, mvalue)
        else:
            super().__setitem__(key, value)


class MultipleMeta(type):
    def __new__(cls, clsname, bases, clsdict):
        return type.__new__(cls, clsname, bases, dict(clsdict))

    @classmethod
    def __prepare__(cls, clsname, bases):
        return MultiDict()


class MSpam(metaclass=MultipleMeta):
    def bar(self, x: int, y: int):
        print('Bar 1:', x, y)

    def bar(self, s: str, n: int = 0):
        print('Bar 2:', s, n)


import time


class Date(metaclass=MultipleMeta):
    def __init__(self, year: int, month: int, day: int):
        self.year = year
        self.month = month
        self.day = day

    def __init__(self):
        t = time.gmtime(86400 * 365)
        self.__init__(t.tm_year, t.tm_mon, t.tm_mday)


ms = MSpam()
ms.bar(2, 3)
ms.bar('hello')
ms.bar('hello', 5)
try:
    ms.bar(2, 'hello')
except TypeError as e:
    print('TypeError', e)
dd = Date(2012, 12, 21)
de = Date()
print(dd.year, de.year, de.month, de.day)


def typed_property(name, expected_type):
    storage_name = '_' + name

    @property
    def prop(self):
        return getattr(self, storage_name)

    @prop.setter
    def prop(self, value):
        if not isinstance(value, expected_type):
            raise TypeError('{} must be a {}'.format(name, expected_type))
        setattr(self, storage_name, value)
    return prop


class Person:
    name = typed_property('name', str)
    age = typed_property('age', int)

    def __init__(self, name, age):
        self.name = name
        self.age = age


per = Person('Dave', 39)
print(per.name, per.age, sorted(vars(per)))
try:
    per.age = 'old'
except TypeError as e:
    print('TypeError', e)


def test():
    a = 13
    exec('b_local = a + 1')
    try:
        print(b_local)
    except NameError as e:
        print('NameError', e)


test()


def test2():
    a = 13
    loc = locals()
    exec('b = a + 1')
    b = loc['b']
    print(b)


test2()


def test3():
    x = 0
    loc = locals()
    print('before:', loc)
    exec('x += 1')
    print('after:', loc)
    print('x =', x)


test3()


def test4():
    x = 0
    loc = locals()
    print(loc)
    exec('x += 1')
    print(loc)
    locals()
    print(loc)


test4()


def test5():
    a = 13
    loc = {'a': a}
    glb = {}
    exec('b = a + 1', glb, loc)
    b = loc['b']
    print(b)


test5()
code = compile('for i in range(3): total = total + i\n', '<loop>', 'exec')
env = {'total': 10}
exec(code, env)
print(env['total'], code.co_filename, type(code).__name__)
print(eval('x * y', {'x': 6}, {'y': 7}))
