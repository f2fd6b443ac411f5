# functools: partial, reduce, wraps, lru_cache, cache, total_ordering, cmp_to_key.
import functools

def power(base, exponent, *, verbose=False):
    result = base ** exponent
    return f"{base}^{exponent}={result}" if verbose else result

square = functools.partial(power, exponent=2)
cube_verbose = functools.partial(power, exponent=3, verbose=True)
two_to = functools.partial(power, 2)
print(square(5), cube_verbose(2), two_to(10), square.func is power, square.args, square.keywords)
print(functools.partial(square, verbose=True)(4))

print(functools.reduce(lambda a, b: a + b, [1, 2, 3, 4]))
print(functools.reduce(lambda a, b: a * b, range(1, 6), 1))
print(functools.reduce(lambda acc, s: acc + s[0], ["apple", "banana"], ""))
try:
    functools.reduce(lambda a, b: a + b, [])
except TypeError as e:
    print(type(e).__name__, e)

def logged(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        print(f"calling {func.__name__}{args}")
        return func(*args, **kwargs)
    return wrapper

@logged
def add(a, b):
    """Add two numbers."""
    return a + b
print(add(2, 3), add.__name__, add.__doc__, add.__wrapped__(1, 1))

calls = []
@functools.lru_cache(maxsize=None)
def fib(n):
    calls.append(n)
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), len(calls), fib.cache_info())
fib.cache_clear()
print(fib.cache_info())

@functools.lru_cache(maxsize=2)
def slow_square(n):
    print(f"  computing {n}")
    return n * n
for n in [1, 2, 1, 3, 2, 1]:
    print(slow_square(n))
print(slow_square.cache_info())

@functools.cache
def count_paths(r, c):
    if r == 0 or c == 0:
        return 1
    return count_paths(r - 1, c) + count_paths(r, c - 1)
print(count_paths(10, 10))

def compare_len_then_alpha(a, b):
    if len(a) != len(b):
        return len(a) - len(b)
    return (a > b) - (a < b)
print(sorted(["ccc", "a", "bb", "aa", "b"], key=functools.cmp_to_key(compare_len_then_alpha)))

@functools.total_ordering
class Grade:
    order = "FDCBA"
    def __init__(self, letter):
        self.letter = letter
    def __eq__(self, other):
        return self.letter == other.letter
    def __lt__(self, other):
        return self.order.index(self.letter) < self.order.index(other.letter)
print(Grade("A") > Grade("B"), Grade("C") >= Grade("C"), Grade("F") <= Grade("D"), max(Grade("B"), Grade("A")).letter)
