# functools' descriptors and dispatchers at the edges: partialmethod over class and static
# methods, nested, with keywords overridden, its repr and abstractness; cached_property's
# errors; singledispatch's register errors, cache, ABCs and return values.
import abc
import collections.abc
import functools


def describe(*args, **kwargs):
    return args, sorted(kwargs.items())


class Box:
    plain = functools.partialmethod(describe, 1, k='stored')
    twice = functools.partialmethod(plain, 2, k='override')
    klass = functools.partialmethod(classmethod(describe), 'c')
    static = functools.partialmethod(staticmethod(describe), 's')


box = Box()
args, kwargs = box.plain(9)
print(args[0] is box, args[1:], kwargs)
args, kwargs = box.twice(k='call')
print(args[1:], kwargs, Box.__dict__['twice'].func is describe, Box.__dict__['twice'].args)
print(box.klass('x')[0][0] is Box, Box.klass()[0][1:], box.static(1), Box.static())
r = repr(Box.__dict__['plain'])
print(r[:r.index('<')], r[r.index('>') + 1:])
print(repr(functools.partialmethod(len))[:30], Box.__dict__['plain'].keywords)
try:
    functools.partialmethod(42)
except TypeError as e:
    print('TypeError', e)


class Shape(abc.ABC):
    @abc.abstractmethod
    def area(self):
        pass

    half = functools.partialmethod(area)


print(Shape.__dict__['half'].__isabstractmethod__, Box.__dict__['plain'].__isabstractmethod__,
      sorted(Shape.__abstractmethods__))


class Lazy:
    __slots__ = ('x',)


class Frozen:
    def __init__(self):
        pass

    @functools.cached_property
    def value(self):
        return 1


prop = functools.cached_property(lambda self: 1)
try:
    prop.__get__(Frozen())
except TypeError as e:
    print('TypeError', e)
Lazy.value = functools.cached_property(lambda self: 1)
Lazy.value.__set_name__(Lazy, 'value')
try:
    Lazy().value
except TypeError as e:
    print('TypeError', e)
twice = functools.cached_property(lambda self: 1)
twice.__set_name__(Frozen, 'a')
try:
    twice.__set_name__(Frozen, 'b')
except TypeError as e:
    print('TypeError', e)
twice.__set_name__(Frozen, 'a')
f = Frozen()
print(f.value, f.__dict__, Frozen.value.attrname, Frozen.value.__doc__, prop.__get__(None, Frozen) is prop)
del f.value
f.__dict__['value'] = 'replaced'
print(f.value)


@functools.singledispatch
def kind(x):
    return 'object'


print(kind.register(collections.abc.Sequence, lambda x: 'sequence')(1),
      kind([]), kind(()), kind('s'), kind(1))
kind.register(str, lambda x: 'str')
print(kind('s'), kind([]), kind.dispatch(str)('?'), kind.dispatch(bytes)('?'))
for attempt in (lambda: kind.register(5, len), lambda: kind.register(lambda x: x),
                lambda: kind.register(lambda x: 0)):
    try:
        attempt()
    except TypeError as e:
        print('TypeError', str(e).split(' at ')[0], '...' if ' at ' in str(e) else '')


def annotated(x: 'list[int]'):
    return 'bad'


try:
    kind.register(annotated)
except TypeError as e:
    print('TypeError', e)


def int_kind(x: int) -> str:
    return 'int'


print(kind.register(int_kind) is int_kind, kind(True), kind.__name__, kind.__wrapped__.__name__)
try:
    kind()
except TypeError as e:
    print('TypeError', e)
