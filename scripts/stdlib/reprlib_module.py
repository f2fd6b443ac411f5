# reprlib: size-limited reprs of every kind, Repr subclasses, recursive_repr.
import reprlib
from collections import deque
from array import array

r = reprlib.repr
print(r(list(range(20))), r(tuple(range(3))), r((1,)), r(tuple(range(10))))
print(r('x' * 100), r('short'), r("it's \n" * 10))
print(r(set(range(20))), r(frozenset('abcdefgh')), r(set()), r(frozenset()))
print(r({i: str(i) for i in range(10)}), r({}), r({'b': 1, 'a': [1, [2, [3, [4, [5, [6, [7]]]]]]]}))
print(r(2 ** 200), r(12345))
print(r(deque(range(10))), r(array('i', range(10))), r(array('d')))
print(r([[[[[[[[1]]]]]]]]), r({1, 2.5}), r({3: 'x', 'b': 1}))


class Big:
    def __repr__(self):
        return 'B' * 50


class Broken:
    def __repr__(self):
        raise ValueError('no')


print(r(Big()), r(None), r(3.14))
print(r(Broken())[:18])
a = reprlib.Repr()
a.maxlist = 2
a.maxstring = 10
a.maxlevel = 1
a.fillvalue = '<...>'
print(a.repr([1, 2, 3]), a.repr('abcdefghijklmnop'), a.repr([[1, 2], [3]]), a.repr({1: {2: 3}}))
print(sorted(vars(reprlib.Repr()).items()))


class MyRepr(reprlib.Repr):
    def repr_int(self, x, level):
        return 'int!'


print(MyRepr().repr([1, 2]))


class Node:
    def __init__(self):
        self.children = [self]

    @reprlib.recursive_repr()
    def __repr__(self):
        return '<Node %r>' % self.children


class Named:
    @reprlib.recursive_repr('[loop]')
    def __repr__(self):
        """doc"""
        return 'Named(%r)' % (self.me,)


print(repr(Node()))
n = Named()
n.me = n
print(repr(n), Named.__repr__.__name__, Named.__repr__.__doc__, Named.__repr__.__qualname__)
print(reprlib.__all__)
