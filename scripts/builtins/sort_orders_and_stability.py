# sorted() and list.sort(): stability with reverse, keys of one kind (the pre-checked
# fast paths) and of mixed kinds, runs already in order or reversed, NaN, -0.0, errors
# (a key that changes the list is in robust/mutation_during_operations.py).
import random

random.seed(7)
pairs = [(random.randint(0, 9), i) for i in range(200)]
by_first = sorted(pairs, key=lambda p: p[0])
print(by_first[:12])
print(sorted(pairs, key=lambda p: p[0], reverse=True)[:12])
print([i for _, i in sorted(pairs, key=lambda p: -p[0], reverse=True)][:20])

ints = [random.randint(-10**6, 10**6) for _ in range(1000)]
print(sorted(ints)[:5], sorted(ints, reverse=True)[:5], sorted(ints) == sorted(ints, key=int))
big = ints[:50] + [10**30, -10**30, 2**63, -2**63 - 1]
print(sorted(big)[:3], sorted(big)[-3:])
floats = [random.uniform(-5, 5) for _ in range(300)] + [0.0, -0.0, float('inf'), -float('inf')]
s = sorted(floats)
print(s[:2], s[-2:], [repr(x) for x in s if x == 0])
print([repr(x) for x in sorted([0.0, -0.0, 0.0, -0.0], reverse=True)])
nan = float('nan')
print(sorted([3.0, nan, 1.0, 2.0]))
print(sorted([1, 2.5, True, 0, -1.5, False]))
words = ["pear", "Apple", "apple", "éclair", "zebra", "Zebra", "日本", "😀", "", "a"]
print(sorted(words), sorted(words, reverse=True), sorted(words, key=str.lower))
print(sorted(range(100, 0, -1))[:5], sorted(range(100))[-3:], sorted(list(range(50)) * 2)[:6])
print(sorted([5, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5], reverse=True))

class Rev:
    calls = 0
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        Rev.calls += 1
        return self.v > other.v
    def __repr__(self):
        return f"Rev({self.v})"

print(sorted(Rev(i) for i in [3, 1, 2, 5, 4]))
Rev.calls = 0
sorted([Rev(i) for i in range(1000)])
print("calls on sorted input:", Rev.calls)
Rev.calls = 0
sorted([Rev(i) for i in range(1000, 0, -1)])
print("calls on reversed input:", Rev.calls)

for bad in ([1, "a"], [1.5, "x", 2], ["a", None]):
    try:
        sorted(bad)
    except TypeError as e:
        print("TypeError:", e)
    else:
        print("no error for", bad)
