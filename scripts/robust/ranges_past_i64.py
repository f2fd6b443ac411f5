r = range(2**64)
print(r, bool(r), r[0], r[-1], r[2**63])
print(r.start, r.stop, r.step)
try:
    len(r)
except OverflowError as e:
    print("OverflowError", e)
try:
    len(range(2**100))
except OverflowError as e:
    print("OverflowError", e)
print(2**63 in r, 2**64 in r, -1 in r, 2**64 - 1 in r, 3.0 in range(10))
print(r[2**62:2**62 + 5], list(r[2**62:2**62 + 5]))
print(r[::2**40][3], r[::-1][:3])
print(list(range(2**63 - 2, 2**63 + 2)))
print(list(reversed(range(2**63 - 2, 2**63 + 2))))
print(list(range(-2**63 - 1, -2**63 - 6, -2)))
big = range(-2**100, 2**100, 2**98)
print(big, len(big), list(big), big.index(2**98), big.count(0), big.count(1))
print(list(reversed(big)))
it = iter(range(2**64, 2**64 + 3))
print(type(it).__name__, next(it), list(it))
print(type(iter(range(3))).__name__)
try:
    r[2**64]
except IndexError as e:
    print("IndexError", e)
try:
    big.index(1)
except ValueError as e:
    print("ValueError", e)
print(range(2**64)[5:2**70], range(0, 2**64, 3)[-3:])
print(range(2**64) == range(2**64), range(0, 2**64, 2**65) == range(1))
print(hash(range(2**64)) == hash(range(0, 2**64)))
for i, v in enumerate(range(2**65, 2**66, 2**64)):
    print(i, v)
print(sum(range(2**64, 2**64 + 10)))
print(range(2**64)[-2**64], range(5, 2**64 + 5)[2**64 - 1])
e = range(2**64, 0)
print(e, bool(e), len(e), list(e))
print(len(range(-2**63, 2**63 - 1, 3)))
try:
    len(range(-2**63, 2**63 - 1))
except OverflowError as e:
    print("OverflowError", e)
x = range(-2**63, 2**63 - 1)
print(x[2**63 + 5], x[-1], list(x[-3:]))
print(range(0, 10, 2**62)[::4], range(-2**63, 2**63 - 1)[::2**62])
print(range(2**64)[2**64 - 3:], range(2**64)[-3::-2**62])
try:
    range(2**64)[::0]
except ValueError as e:
    print("ValueError", e)
try:
    range(2**64)["a"]
except TypeError as e:
    print("TypeError", e)
try:
    range(2**64, 0, 0)
except ValueError as e:
    print("ValueError", e)
print(range(2**64).count(5), range(2**64).index(2**63), 2**63 in range(2**64, 0, -1))
match range(2**64, 2**64 + 2):
    case [a, b]:
        print("matched", a, b)
print(list(zip(range(2**64, 2**64 + 3), "abc")), min(range(2**64, 2**64 + 3)))
