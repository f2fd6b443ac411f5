import json

bad = ['', '  ', 'x', '[1,]', '{"a":1,}', '{"a" 1}', '{a:1}', '[1 2]', '{"a":1 "b":2}', '"abc',
       '"a\x01b"', '"a\\qb"', '"\\u12x4"', '"\\u12"', '[1] x', '{', '[', '[1', '{"a"', '{"a":',
       '-', '-x', '1.', '1e', '01', 'nul', 'tru', '"abc\\', '\ufeff[]', '[1,\n  2,\n  @]', '[-]',
       '{"a": [1, 2}', '\n\n  }', '"\\ux"', '{"a":1}}']
for doc in bad:
    try:
        print(repr(doc), repr(json.loads(doc)))
    except json.JSONDecodeError as e:
        print(repr(doc), "|", e, "|", e.msg, e.pos, e.lineno, e.colno, e.doc == doc)

print(issubclass(json.JSONDecodeError, ValueError))
try:
    json.loads("[")
except ValueError as e:
    print("ValueError:", type(e).__name__, e.args)


def attempt(label, f, *args, **kwargs):
    try:
        print(label, repr(f(*args, **kwargs)))
    except Exception as e:
        print(label, type(e).__name__, e)


attempt("loads int", json.loads, 5)
attempt("loads None", json.loads, None)
attempt("dumps set", json.dumps, {1, 2})
attempt("dumps object", json.dumps, [object()])
attempt("dumps bytes", json.dumps, b"x")
attempt("tuple key", json.dumps, {(1, 2): 3})
attempt("nan strict", json.dumps, [float("nan")], allow_nan=False)
attempt("inf key strict", json.dumps, {float("inf"): 1}, allow_nan=False)
attempt("mixed sort", json.dumps, {1: 1, "a": 2}, sort_keys=True)
loop = []
loop.append(loop)
attempt("circular list", json.dumps, loop)
d = {}
d["self"] = d
attempt("circular dict", json.dumps, d)
attempt("circular unchecked ok", json.dumps, [[1], [1]], check_circular=False)
attempt("unknown kw", json.dumps, 1, bogus=1)
attempt("bad default", json.dumps, [object()], default=lambda o: o)
e = json.JSONDecodeError("Boom", "ab\ncd", 4)
print(e, e.lineno, e.colno, e.pos, e.msg)
