# lambdas, sorted/min/max with key, sort stability, reverse, key functions.
people = [("ann", 31), ("bob", 25), ("cy", 31), ("dee", 19), ("eve", 25)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: (-p[1], p[0])))
print(sorted(people, key=lambda p: p[1], reverse=True))
print(min(people, key=lambda p: p[1]), max(people, key=lambda p: p[1]))
print(max([], default="none"), min([3, 1], default=0), max("apple", "fig", key=len), min(5, 2, 8))
words = ["Banana", "apple", "cherry", "date"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len), sorted(words, key=lambda w: w[-1]))
square = lambda x: x * x
print(square(7), (lambda *a, **k: (a, k))(1, z=2), (lambda: "no args")())
compose = lambda f, g: lambda x: f(g(x))
print(compose(square, lambda x: x + 1)(3))
print(list(map(lambda x, y: x * y, [1, 2, 3], [4, 5, 6])))
print(list(filter(lambda s: s.startswith("c"), words)))
data = [3, 1, 2]
data.sort(key=lambda v: -v)
print(data)
import operator
print(sorted(people, key=operator.itemgetter(1, 0)))
class P:
    def __init__(self, n):
        self.n = n
    def __repr__(self):
        return f"P{self.n}"
print(sorted([P(3), P(1)], key=operator.attrgetter("n")), operator.add(2, 3), operator.mul(4, 5))
print(sorted([[2, "b"], [1, "z"], [2, "a"]]), sorted("hello", reverse=True))
print(sorted({3: "c", 1: "a"}), sorted({"b": 1, "a": 2}.items(), key=lambda kv: kv[1]))
try:
    max([])
except ValueError as e:
    print(type(e).__name__, e)
print((lambda x, y=10: x + y)(1), (lambda x, y=10: x + y)(1, y=1))
