# A set looked up in a set (in, remove, discard) is retried as the frozenset of its
# elements, as CPython does; bulk operations (difference_update, intersection) are not.
s = {1, 2, frozenset({1})}
print({1} in s, {3} in s, {1} not in s)
s.discard({1})
print(sorted(map(str, s)))
s.add(frozenset({5}))
s.remove({5})
print(len(s))
try:
    s.remove({9})
except KeyError as e:
    print("KeyError", e)
try:
    [1] in s
except TypeError as e:
    print("TypeError", e)
try:
    s.discard([1])
except TypeError as e:
    print("TypeError", e)
fs = frozenset({frozenset({1, 2})})
print({1, 2} in fs)
s = {1}
try: s.difference_update([{1}])
except TypeError as e: print(e)
try: print(s.intersection([{1}]))
except TypeError as e: print(e)
class S(set): pass
print(S({1}) in {frozenset({1})}, {frozenset()} >= {frozenset()}, set() in {frozenset()})
