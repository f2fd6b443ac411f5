# copyreg: registering reductions, the constructors check, slot names (mangled, cached,
# inherited), _reconstructor and __newobj__, and the extension registry's rules.
import copy
import copyreg
import pickle


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y


def reduce_point(p):
    return Point, (p.y, p.x)  # swaps, so that the reduction visibly ran


copyreg.pickle(Point, reduce_point)
swapped = pickle.loads(pickle.dumps(Point(1, 2)))
print(swapped.x, swapped.y, copy.copy(Point(3, 4)).x, copy.deepcopy([Point(5, 6)])[0].x,
      copyreg.dispatch_table[Point] is reduce_point)
for args in ((Point, 5), (Point, reduce_point, 'not callable')):
    try:
        copyreg.pickle(*args)
    except TypeError as e:
        print('TypeError', e)
print(copyreg.constructor(len))
try:
    copyreg.constructor(3)
except TypeError as e:
    print('TypeError', e)
del copyreg.dispatch_table[Point]


class Base:
    __slots__ = ('a', '__hidden', '__dunder__', '__weakref__')


class _Under(Base):
    __slots__ = '__mine'


class ___(Base):
    __slots__ = ['__bare', '__dict__']


class Plain(_Under):
    pass


print(copyreg._slotnames(Base), copyreg._slotnames(_Under), copyreg._slotnames(___))
print(copyreg._slotnames(Plain), Plain.__dict__['__slotnames__'], copyreg._slotnames(Point))
print('__slotnames__' in Point.__dict__, copyreg._slotnames(int))
Base.__slotnames__ = ['cached']
print(copyreg._slotnames(Base))

print(type(copyreg._reconstructor(Point, object, None)).__name__)


class MyList(list):
    pass


class MyInt(int):
    pass


made = copyreg._reconstructor(MyList, list, [1, 2])
number = copyreg._reconstructor(MyInt, int, 7)
print(type(made).__name__, made, type(number).__name__, number)
print(copyreg.__newobj__(MyList), copyreg.__newobj_ex__(MyInt, (5,), {}))

copyreg.add_extension('mod', 'name', 240)
copyreg.add_extension('mod', 'name', 240.0)
attempts = [
    (copyreg.add_extension, ('mod', 'name', 241)),
    (copyreg.add_extension, ('other', 'name', 240)),
    (copyreg.add_extension, ('mod', 'x', 0)),
    (copyreg.add_extension, ('mod', 'x', 2 ** 31)),
    (copyreg.remove_extension, ('mod', 'name', 241)),
    (copyreg.remove_extension, ('nope', 'name', 240)),
]
for function, args in attempts:
    try:
        function(*args)
    except ValueError as e:
        print('ValueError', e)
print(copyreg._extension_registry, copyreg._inverted_registry)
copyreg._extension_cache[240] = 'loaded'
copyreg.remove_extension('mod', 'name', 240)
print(copyreg._extension_registry, copyreg._inverted_registry, copyreg._extension_cache)
copyreg._extension_cache[1] = 'x'
copyreg.clear_extension_cache()
print(copyreg._extension_cache, copyreg.__all__)
