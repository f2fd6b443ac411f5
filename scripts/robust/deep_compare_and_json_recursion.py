# 100,000-deep tuples compared (==, !=, <, in a list, as dict keys) raise RecursionError
# "in comparison" as CPython's, and json.dumps of deep documents says which encoder ran.
import json


def attempt(label, f):
    try:
        print(label, "ok", f())
    except RecursionError as e:
        print(label, "RecursionError:", e)


t1 = ()
t2 = ()
for i in range(100000):
    t1 = (t1,)
    t2 = (t2,)
attempt("tuple ==", lambda: t1 == t2)
attempt("tuple !=", lambda: t1 != t2)
attempt("tuple <", lambda: t1 < t2)
attempt("tuple is", lambda: t1 == t1)
attempt("in list", lambda: t1 in [t2])
attempt("list index", lambda: [t2].index(t1))

# Shallow nesting still compares natively and exactly.
a = b = 0
for i in range(30):
    a = (a, i)
    b = (b, i)
print(a == b, a != b, a < b, {a: 1}[b])
a = (a, 99)
b = (b, 98)
print(a == b, a > b)

deep = []
for i in range(100000):
    deep = [deep]
deep_dict = {}
for i in range(100000):
    deep_dict = {"a": deep_dict}
for kw in [{}, {"indent": 1}, {"sort_keys": True}, {"check_circular": False}]:
    for doc in (deep, deep_dict):
        attempt("json " + str(kw), lambda: json.dumps(doc, **kw))


class Opaque:
    pass


try:
    json.dumps(Opaque(), default=lambda o: [o])
except ValueError as e:
    print("ValueError:", e)
attempt("json default", lambda: json.dumps(Opaque(), default=lambda o: [o], check_circular=False))
print(json.dumps([[[1]], {"a": [2]}], indent=1))
