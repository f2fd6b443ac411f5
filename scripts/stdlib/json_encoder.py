# json.dumps through the native encoder, and the documents it leaves to the Python one.
import json
from collections import OrderedDict


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y


class MyInt(int):
    def __repr__(self):
        return 'MyInt!'


class MyStr(str):
    pass


class MyList(list):
    pass


class MyDict(dict):
    pass


doc = {'name': 'é€😀\x7f\x00\n"\\', 'n': [1, -2, 3.5, 1e100, 12345678901234567890123, True, False, None],
       't': (1, (2, 3)), 'nested': {'a': {}, 'b': [], 'c': [{}]}, 1: 'int key', 2.5: 'float key',
       None: 'none key', True: 'bool key'}
print(json.dumps(doc))
print(json.dumps(doc, ensure_ascii=False))
print(json.dumps(doc, indent=2))
print(json.dumps(doc, indent='\t', separators=(',', ' = ')))
print(json.dumps({'b': 1, 'a': [2, {'d': 1, 'c': 2}]}, sort_keys=True, indent=1))
print(json.dumps([Point(1, 2)], default=lambda o: o.__dict__))
print(json.dumps([MyInt(5), MyStr('s'), MyList([1]), MyDict(k=MyInt(2)), 3.0]))
print(json.dumps({MyInt(1): 1, MyStr('k'): 2}))
print(json.dumps({(1, 2): 3}, skipkeys=True), json.dumps({'b': 1, 2: 'a'}))
print(json.dumps([float('nan'), float('inf'), -float('inf')]))
print(json.dumps(OrderedDict([('z', 1), ('a', 2)])))
for bad, kw in [([float('nan')], {'allow_nan': False}), ({(1, 2): 3}, {}), ([Point(1, 2)], {}),
                ({'b': 1, 2: 'a'}, {'sort_keys': True}), ({float('inf'): 1}, {'allow_nan': False})]:
    try:
        json.dumps(bad, **kw)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
loop = []
loop.append(loop)
try:
    json.dumps(loop)
except ValueError as e:
    print('ValueError', e)
print(json.dumps(loop, check_circular=False, default=str) if False else 'skip')
d = {}
d['self'] = d
try:
    json.dumps(d)
except ValueError as e:
    print('ValueError', e)


class Enc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, set):
            return sorted(o)
        return super().default(o)


print(json.dumps({'s': {3, 1, 2}}, cls=Enc), Enc(indent=0).encode([1, [2]]))
deep = []
for _ in range(100000):
    deep = [deep]
try:
    json.dumps(deep)
except RecursionError:
    print('RecursionError')
