# unittest.mock.patch's choices: spec/spec_set/autospec/new_callable combinations and
# their errors, patching classes, patch.dict on mappings, patch.multiple, start/stop,
# class decoration, attributes restored after the patch.
import asyncio
import os
import sys
import types
from unittest import mock

mod = types.ModuleType('target_mod')
sys.modules['target_mod'] = mod


class Thing:
    """Doc of Thing."""
    attr = 1

    def method(self, a, b=2):
        return a + b

    async def amethod(self):
        return 1

    @classmethod
    def cm(cls, x):
        return x


class CallMe:
    def __call__(self):
        return 1


def func(x, y):
    return x * y


async def afunc():
    return 2


mod.Thing, mod.func, mod.afunc, mod.value, mod.CallMe = Thing, func, afunc, 42, CallMe


def kind(obj):
    return type(obj).__name__


for kw in ({}, {'spec': True}, {'spec_set': True}, {'spec': True, 'spec_set': True},
           {'autospec': True}, {'new_callable': mock.NonCallableMock}, {'spec': ['a', 'b']},
           {'spec': ['__call__']}, {'spec': Thing}, {'spec_set': Thing}, {'spec': CallMe}):
    for name in ('Thing', 'func', 'afunc', 'value', 'CallMe'):
        if 'autospec' in kw and name in ('func', 'afunc'):
            continue   # (an autospecced function is a function in python3: not here yet)
        try:
            with mock.patch(f'target_mod.{name}', **kw) as m:
                got = [kind(m)]
                if callable(m):
                    try:
                        result = m()
                        got.append(kind(result))
                        if kind(result) == 'coroutine':
                            result.close()
                    except TypeError as e:
                        got.append('TypeError')
                got.append(hasattr(m, 'method'))
                try:
                    m.not_there = 1
                    got.append('set ok')
                except AttributeError:
                    got.append('set refused')
        except (TypeError, AttributeError) as e:
            got = [type(e).__name__, str(e)]
        print(sorted(kw), name, got)
print(mod.Thing is Thing, mod.func is func, mod.value)

for args, kw in (((), {'spec': Thing, 'autospec': True}), ((), {'spec_set': Thing, 'spec': Thing}),
                 ((1,), {'new_callable': list}), ((), {'autospec': True, 'new_callable': list}),
                 ((), {'create': True, 'spec': True}), ((), {'create': True, 'autospec': True}),
                 ((3,), {'extra': 1}), ((3,), {'autospec': True})):
    try:
        target = 'target_mod.missing' if kw.get('create') else 'target_mod.func'
        with mock.patch(target, *args, **kw) as m:
            print('ok', kind(m))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
for bad in ('nodots', 42, 'target_mod.nope'):
    try:
        with mock.patch(bad):
            pass
    except (TypeError, AttributeError, ImportError) as e:
        print(type(e).__name__, str(e).replace(repr(mod), 'MOD'))
with mock.patch('target_mod.brand_new', 5, create=True) as v:
    print(v, mod.brand_new)
print(hasattr(mod, 'brand_new'))
with mock.patch('target_mod.value', new_callable=lambda: 'made', ) as v:
    print(v, mod.value)
with mock.patch.object(Thing, 'attr', 9) as v:
    print(v, Thing.attr, Thing().attr)
print(Thing.attr, 'attr' in Thing.__dict__)


class Child(Thing):
    pass


with mock.patch.object(Child, 'attr', 5):
    print(Child.attr, 'attr' in Child.__dict__)
print(Child.attr, 'attr' in Child.__dict__)
with mock.patch.object(Thing, '__doc__', 'patched doc'):
    print(Thing.__doc__)
print(Thing.__doc__)
try:
    mock.patch.object('target_mod', 'value')
except TypeError as e:
    print('TypeError', e)

with mock.patch.multiple('target_mod', value=1, func=mock.DEFAULT, Thing=mock.DEFAULT) as made:
    print(sorted(made), mod.value, kind(mod.func), kind(made['Thing']))
print(mod.value, mod.func is func)
with mock.patch.multiple(mod, value=7):
    print(mod.value)
try:
    mock.patch.multiple(mod)
except ValueError as e:
    print('ValueError', e)


@mock.patch('target_mod.value', 100)
@mock.patch('target_mod.func')
@mock.patch.multiple('target_mod', afunc=mock.DEFAULT)
def decorated(f, afunc, extra=None):
    return mod.value, kind(f), kind(afunc), extra, f is mod.func


print(decorated(), decorated(extra='x'), decorated.patchings.__len__())


@mock.patch('target_mod.value', 5)
async def adecorated():
    return mod.value


print(asyncio.run(adecorated()), mod.value)


@mock.patch('target_mod.value', 11)
class Tests:
    def test_one(self):
        return mod.value

    def helper(self):
        return mod.value


print(Tests().test_one(), Tests().helper())
mock.patch.TEST_PREFIX = 'check'


@mock.patch('target_mod.value', 12)
class Checks:
    def check_it(self):
        return mod.value

    def test_it(self):
        return mod.value


print(Checks().check_it(), Checks().test_it())
mock.patch.TEST_PREFIX = 'test'

p1 = mock.patch('target_mod.value', 1)
p2 = mock.patch.object(mod, 'func')
p3 = mock.patch.dict(os.environ, {'MOCK_MORE': 'yes'})
print(p1.start(), kind(p2.start()), p3.start() is os.environ, mod.value, os.environ.get('MOCK_MORE'))
print(p1.stop(), p1.stop(), mod.value)
mock.patch.stopall()
print(mod.func is func, os.environ.get('MOCK_MORE'), p2.stop(), p3.stop())

d = {'a': 1, 'b': 2}
with mock.patch.dict(d, {'b': 20}, c=3) as same:
    print(same is d, d)
print(d)
with mock.patch.dict(d, clear=True):
    print(d)
print(d)
with mock.patch.dict('target_mod.__dict__', {'value': 'via dict'}):
    print(mod.value)
print(mod.value)


class Mapping:
    def __init__(self):
        self.data = {'k': 'v'}

    def __getitem__(self, key):
        return self.data[key]

    def __setitem__(self, key, value):
        self.data[key] = value

    def __delitem__(self, key):
        del self.data[key]

    def __iter__(self):
        return iter(list(self.data))


mp = Mapping()
with mock.patch.dict(mp, {'n': 'new'}, clear=True):
    print(mp.data)
print(mp.data)


@mock.patch.dict(d, {'z': 26})
def with_dict():
    return dict(d)


@mock.patch.dict(d, {'y': 25})
async def with_dict_async():
    return dict(d)


print(with_dict(), asyncio.run(with_dict_async()), d)


@mock.patch.dict(d, {'q': 0})
class DictTests:
    def test_a(self):
        return sorted(d)


print(DictTests().test_a(), sorted(d))
pd = mock.patch.dict(d, {'s': 1})
print(pd.stop(), pd.start() is d, 's' in d, pd.stop(), 's' in d)
with mock.patch('target_mod.Thing', autospec=True) as M:
    inst = M()
    print(kind(M), kind(inst), kind(inst.method), kind(inst.method(1)))
    try:
        inst.method(1, 2, 3)
    except TypeError as e:
        print('TypeError', e)
