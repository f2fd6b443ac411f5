# json.loads through the native scanner: hooks, non-ASCII positions, errors, big numbers.
import json
from collections import OrderedDict

doc = '{"é": [1, 2.5, -0, 1e3, "ü\\u00e9\\ud83d\\ude00", null, true, false], "n": {"x": []}}'
print(json.loads(doc))
print(json.loads(doc, object_pairs_hook=OrderedDict))
print(json.loads(doc, object_hook=lambda d: sorted(d)))
print(json.loads('[1.5, 2, 3]', parse_float=lambda t: 'F' + t, parse_int=lambda t: 'I' + t))
print(json.loads('[NaN, Infinity, -Infinity]', parse_constant=lambda c: c.lower()))
print(json.loads('123456789012345678901234567890'), json.loads('-12.5e-3'), json.loads(' "x" '))
print(json.loads('{"a": 1, "a": 2, "b": 3}'))
print(json.JSONDecoder().raw_decode('[1] tail'), json.JSONDecoder().raw_decode('xx [2]', 3))
print(json.loads('"tab\there"', strict=False))
for bad in ['', '[', '{"é": }', 'ü', '[1,]', '{"a" 1}', '{1: 2}', '"abc', '"a\\x"', '"\\u12"',
            '[1 2]', '{"a": 1 "b": 2}', '"ctrl\x01"', 'éé [1] x', '[1] x', 'nul', '-', '-x',
            '{"ü": "é", "x": ]']:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(repr(bad), '->', e, (e.pos, e.lineno, e.colno))
try:
    json.loads('[' * 100000 + ']' * 100000)
except RecursionError as e:
    print('RecursionError')
