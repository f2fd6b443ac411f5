# timeit with source-text statements: setup names visible to the statement, globals=, errors.
import timeit

t = timeit.Timer("total = sum(range(n))", setup="n = 10")
print(type(t.timeit(100)).__name__, len(t.repeat(repeat=3, number=10)))
print(timeit.timeit("len(s)", setup="s = 'abc'", number=10) >= 0)
x = 5
print(timeit.timeit("y = x * 2", globals=globals(), number=3) >= 0)
print(timeit.timeit("for i in range(3):\n    pass", number=2) >= 0)
try:
    timeit.timeit("1 +", number=1)
except SyntaxError as e:
    print("SyntaxError:", e.msg)
try:
    timeit.timeit("undefined_name", number=1)
except NameError as e:
    print("NameError:", e)
try:
    timeit.Timer(stmt=3)
except ValueError as e:
    print("ValueError:", e)
