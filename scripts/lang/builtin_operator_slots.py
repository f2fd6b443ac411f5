# The builtin types' operator dunders are class attributes (CPython's slot wrappers):
# super().__add__ in subclasses of int, float, str, list, tuple, set and dict; calling
# and passing them; NotImplemented for operands of other kinds; str subclasses print as
# their text.
import functools


class Money(int):
    def __add__(self, other):
        return Money(super().__add__(other))

    def __neg__(self):
        return Money(super().__neg__())

    def __repr__(self):
        return f"Money({int(self)})"


class Shout(str):
    def __add__(self, other):
        return Shout(super().__add__(other).upper())


class Vec(list):
    def __add__(self, other):
        return Vec(super().__add__(other))

    def __mul__(self, n):
        return Vec(super().__mul__(n))


class Tags(set):
    def __or__(self, other):
        return Tags(super().__or__(other))


class Cfg(dict):
    def __or__(self, other):
        return Cfg(super().__or__(other))


class Half(float):
    def __truediv__(self, other):
        return Half(super().__truediv__(other))


print(Money(2) + 3, -Money(4), Shout('ab') + 'c', Vec([1]) + [2], Vec([0]) * 3)
print(type(Tags({1}) | {2}).__name__, sorted(Tags({1}) | {2}), Cfg(a=1) | {'b': 2})
print(Half(3.0) / 2, type(Half(3.0) / 2).__name__, Shout('x'), str(Shout('y')), [Shout('z')])
print(int.__add__(2, 3), int.__radd__(2, 3), int.__sub__(2, 3), int.__rsub__(2, 3),
      int.__mul__(4, 5), int.__truediv__(1, 4), int.__floordiv__(7, 2), int.__mod__(7, 3),
      int.__pow__(2, 10), int.__rpow__(2, 10), int.__divmod__(7, 2), int.__rdivmod__(7, 2))
print(int.__lshift__(1, 4), int.__rshift__(32, 2), int.__and__(6, 3), int.__or__(6, 3),
      int.__xor__(6, 3), int.__invert__(5), int.__neg__(5), int.__pos__(-5), int.__abs__(-5),
      int.__bool__(0), int.__float__(3), int.__trunc__(7), int.__floor__(7), int.__ceil__(7))
print(int.__add__(1, 2.5), int.__lt__(1, 2.5), int.__add__(True, True), bool.__add__(True, 1),
      int.__lt__(1, 2), int.__ge__(1, 2), int.__add__(2**70, 1))
print(float.__add__(1.5, 2), float.__radd__(1.5, 2), float.__rsub__(1.5, 2),
      float.__truediv__(1.0, 4), float.__floordiv__(7.5, 2), float.__mod__(-7.5, 2),
      float.__divmod__(7.5, 2), float.__pow__(2.0, 0.5), float.__neg__(1.5),
      float.__abs__(-1.5), float.__int__(-7.9), float.__trunc__(7.9), float.__bool__(0.0),
      float.__lt__(1.5, 2), float.__add__(1.5, 'x'))
print(str.__add__('a', 'b'), str.__mul__('ab', 3), str.__rmul__('ab', 2),
      str.__mod__('%d-%s', (1, 'x')), str.__rmod__('a', 5), str.__lt__('a', 'b'),
      str.__lt__('a', 1), list.__add__([1], [2]), list.__mul__([1, 2], 2),
      tuple.__add__((1,), (2,)), tuple.__rmul__((1,), 3), list.__le__([1], [1, 2]))
print(set.__or__({1}, {2}), set.__and__({1, 2}, frozenset({2})), set.__sub__({1, 2}, {1}),
      set.__xor__({1, 2}, {2, 3}), set.__rsub__({1}, {1, 2}), set.__or__({1}, [2]),
      frozenset.__or__(frozenset({1}), {2}), set.__le__({1}, {1, 2}), set.__lt__({1}, 1))
s = {1}
print(set.__ior__(s, {2}) is s, s, set.__isub__(s, {1}), set.__iand__(s, [2]))
d = {'a': 1}
print(dict.__or__(d, {'b': 2}), dict.__ror__(d, {'b': 2}), dict.__ior__(d, [('c', 3)]) is d,
      d, dict.__or__(d, [1]))
print(functools.reduce(int.__mul__, [1, 2, 3, 4]), list(map(str.__add__, 'ab', 'cd')),
      sorted([3, 1, 2], key=int.__neg__))
for call in (lambda: int.__add__('a', 1), lambda: float.__add__(1, 2.0),
             lambda: str.__add__('a', 1), lambda: list.__add__([1], (2,)),
             lambda: tuple.__add__((1,), [2]), lambda: str.__mul__('a', 'b'),
             lambda: list.__mul__([1], 2.0), lambda: set.__or__(frozenset(), set()),
             lambda: int.__add__(1), lambda: int.__neg__(1, 2), lambda: int.__truediv__(1, 0),
             lambda: str.__str__(1)):
    try:
        print(call())
    except (TypeError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
