# UserString, UserList and UserDict at the edges: which arguments are unwrapped, the
# argument errors of the wrapper methods, encode's None defaults, subclasses kept by
# the operations, copies of subclasses, and UserDict's | with other mappings.
import copy
from collections import UserDict, UserList, UserString

s = UserString('abcabc')
for call in (lambda: s.rindex(UserString('b')), lambda: s.startswith(UserString('a')),
             lambda: s.count(UserString('a')),
             lambda: s.replace(UserString('a'), UserString('x')),
             lambda: UserString('a') in s, lambda: s.isalpha(1), lambda: s.upper('x'),
             lambda: s.center(), lambda: s.zfill(), lambda: s.removeprefix(UserString('ab'))):
    try:
        print(repr(call()))
    except TypeError as e:
        print('TypeError', e)
print(s.encode(None, None), s.encode('latin-1', None), UserString('é').encode('ascii', 'replace'))
print(s.upper.__qualname__, s.isdigit.__name__, UserString.lower(UserString('AB')))


class Tagged(UserString):
    pass


t = Tagged('Mixed Case')
for result in (t.upper(), t.lower(), t.title(), t.swapcase(), t.casefold(), t.capitalize(),
               t[1:3], t + 'x', 'x' + t, t * 2, t.strip('M'), t.center(12, '.'),
               Tagged('%s!') % 'hi', t.translate({ord('M'): 'm'})):
    print(type(result).__name__, repr(result))
print(t.isascii(), t.istitle(), t.isspace(), Tagged('12').isdigit(), Tagged('x1').isidentifier())
print(t + UserString('!'), t + 5, 5 + t, t.__getnewargs__(), UserString(UserString('u')))
print(copy.copy(t), type(copy.deepcopy(t)).__name__, sorted(Tagged.maketrans('a', 'b').items()))


class Bag(UserList):
    pass


b = Bag([3, 1])
print(type(b + [2]).__name__, type([2] + b).__name__, type(b * 2).__name__, type(b[:1]).__name__,
      type(b.copy()).__name__, b + (4,), (0,) + b if False else 'skip', b + UserList([9]))
b.extra = 'kept'
twin = copy.copy(b)
print(twin, twin.extra, twin.data is not b.data, b == UserList([3, 1]), b < [4], b >= Bag([3]))
b.extend(Bag([7]))
b.extend((8,))
b += 'ab'
print(b, Bag('xy'), Bag(Bag([1])).data, UserList(()).data)
try:
    b + 5
except TypeError as e:
    print('TypeError', e)


class Counted(UserDict):
    def __setitem__(self, key, value):
        super().__setitem__(key, value * 10)


c = Counted(a=1)
d = c.copy()
print(type(d).__name__, d, c | {'b': 2}, type(c | {'b': 2}).__name__, {'z': 1} | c,
      type({'z': 1} | c).__name__)
c.note = 'attr'
print(copy.copy(c).note, c.__or__(5), c.__ror__([]))
c |= [('q', 1)]
print(c, UserDict([('k', 'v')], k2='v2'), UserDict(dict=3), Counted.fromkeys('ab', 2))
try:
    UserDict({}, {})
except TypeError as e:
    print('TypeError', e)
