# With PYTHONHASHSEED set, str and bytes hashes are CPython's SipHash-1-3 values, so sets
# of strings iterate and print in CPython's order.
import sys

print(sys.flags.hash_randomization, sys.hash_info.algorithm, sys.hash_info.seed_bits)
print(hash('abc'), hash('héllo'), hash('日本'), hash('😀x'), hash(b'abc'), hash(''), hash(b''))
print(hash(('a', 1, b'b')))
fruits = {'apple', 'banana', 'cherry', 'date', 'elderberry', 'fig'}
print(fruits)
print(list({'é', 'ü', 'x', 'yy'}), frozenset({b'a', b'bb', b'ccc'}))
words = "the quick brown fox jumps over the lazy dog".split()
print(set(words))
print({w.upper() for w in words})
s = set(words)
s.discard('the')
s.update(['alpha', 'beta'])
print(s, s - {'fox', 'dog'}, s & {'fox', 'alpha', 'zeta'})
print({'a': 1, 'b': 2}.keys() | {'c'})
