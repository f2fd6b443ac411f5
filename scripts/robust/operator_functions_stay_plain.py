# operator's functions are builtins: stored on a class they do not bind.
import operator


class Vec:
    def __init__(self, *xs):
        self.xs = xs

    add = operator.add
    getter = operator.getitem
    neg = operator.neg
    hint = operator.length_hint
    count = operator.countOf
    call = operator.call


v = Vec(1, 2)
print(v.add(2, 3), v.getter([10, 20], 1), v.neg(4), v.hint([1, 2, 3]), v.count([1, 1], 1))
print(v.call(max, 3, 9))
print(Vec.add(1, 2))
print(type(operator.add).__name__, operator.add.__name__, operator.add.__module__)
print(repr(operator.add), repr(operator.not_))

for f, args in [(operator.add, (1,)), (operator.not_, ()), (operator.neg, (1, 2)),
                (operator.setitem, (1,)), (operator.length_hint, ()), (operator.call, ()),
                (operator.is_, (1,)), (operator.countOf, (1,)), (operator.index, ()),
                (operator.add, (1, 2, 3)), (operator.concat, (1, 2)),
                (operator.indexOf, ([1], 3)), (operator.countOf, (1, 2)),
                (operator.length_hint, (1, "x")), (operator.index, ("x",)),
                (operator.iconcat, (1, [2]))]:
    try:
        print(f(*args))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    operator.add(a=1, b=2)
except TypeError as e:
    print(e)
try:
    operator.length_hint([], default=1)
except TypeError as e:
    print(e)

print(operator.concat([1], [2]), operator.indexOf([1, 2], 2), operator.countOf([1, 1, 2], 1))
print(operator.truth([]), operator.not_(0), operator.is_(None, None), operator.is_not(1, None))
print(operator.lt(1, 2), operator.le(2, 2), operator.eq(1, 1.0), operator.ne(1, 2),
      operator.ge(1, 2), operator.gt(3, 2))
print(operator.sub(5, 3), operator.mul("ab", 2), operator.truediv(7, 2), operator.floordiv(7, 2),
      operator.mod(7, 3), operator.pow(2, 10), operator.lshift(1, 4), operator.rshift(16, 2),
      operator.and_(6, 3), operator.or_(6, 3), operator.xor(6, 3), operator.inv(5),
      operator.invert(5), operator.pos(-3), operator.abs(-3), operator.index(7))
L = [1]
print(operator.iadd(L, [2]) is L, L, operator.imul([1], 3), operator.isub(5, 2),
      operator.iconcat([0], (1,)))
d = {}
operator.setitem(d, "k", 1)
print(d, operator.contains(d, "k"), operator.getitem(d, "k"))
operator.delitem(d, "k")
print(d)


class Hinted:
    def __init__(self, n):
        self.n = n

    def __length_hint__(self):
        return self.n


print(operator.length_hint(Hinted(4)), operator.length_hint(iter([1, 2])),
      operator.length_hint(Hinted(NotImplemented), 9))
for bad in (Hinted("x"), Hinted(-1)):
    try:
        operator.length_hint(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(operator.call(dict, a=1), operator.itemgetter(1)([5, 6]), operator.attrgetter("real")(3))
print(operator.methodcaller("upper")("x"), operator.__add__(1, 2), operator.__not__(1))
print(sorted([(1, "b"), (0, "a")], key=operator.itemgetter(1)))
