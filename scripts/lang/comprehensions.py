# list/dict/set comprehensions, generator expressions, nesting, and their scopes.
print([x * x for x in range(6)])
print([x for x in range(20) if x % 3 == 0 if x % 2 == 0])
print([(x, y) for x in range(3) for y in range(x)])
print([[row * 3 + col for col in range(3)] for row in range(3)])
matrix = [[1, 2, 3], [4, 5, 6]]
print([list(col) for col in zip(*matrix)], [v for row in matrix for v in row])
print({x: x ** 2 for x in range(5)}, {s: len(s) for s in ["a", "bb", "ccc"]})
print(sorted({c.upper() for c in "banana"}), {n % 3 for n in range(10)})
print(sum(x for x in range(101)), max(len(w) for w in ["hi", "hello"]), list(x + 1 for x in (1, 2)))
print(["even" if n % 2 == 0 else "odd" for n in range(4)])
x = "outer"
squares = [x for x in range(3)]
print(x, squares)
funcs = [lambda: i for i in range(3)]
print([f() for f in funcs])
funcs = [lambda i=i: i for i in range(3)]
print([f() for f in funcs])
class Scope:
    factor = 10
    values = [1, 2, 3]
    scaled = [v * 2 for v in values]
print(Scope.scaled)
def counter():
    total = 0
    result = [total + n for n in range(3)]
    return result
print(counter())
gen = (n * n for n in range(4))
print(next(gen), next(gen), list(gen), list(gen))
first = [n for n in range(3)]
print([y for y in [[1, 2], [3]] for y in y])
pairs = {(a, b) for a in range(2) for b in range(2)}
print(sorted(pairs))
print([c for c in "a1b2c3" if c.isdigit()], "".join(c for c in "hello" if c not in "aeiou"))
total = 0
print([total := total + n for n in range(5)], total)
