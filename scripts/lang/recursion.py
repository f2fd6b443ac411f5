# recursion: classic algorithms, mutual recursion, deep recursion caught as RecursionError.
def factorial(n):
    return 1 if n <= 1 else n * factorial(n - 1)

def hanoi(n, source, target, spare, moves):
    if n:
        hanoi(n - 1, source, spare, target, moves)
        moves.append((source, target))
        hanoi(n - 1, spare, target, source, moves)
    return moves

def permutations(items):
    if len(items) <= 1:
        return [items]
    result = []
    for i, item in enumerate(items):
        for rest in permutations(items[:i] + items[i + 1:]):
            result.append([item] + rest)
    return result

def is_even(n):
    return True if n == 0 else is_odd(n - 1)

def is_odd(n):
    return False if n == 0 else is_even(n - 1)

def flatten(value):
    if isinstance(value, list):
        return [leaf for item in value for leaf in flatten(item)]
    return [value]

def merge_sort(xs):
    if len(xs) <= 1:
        return xs
    mid = len(xs) // 2
    left, right = merge_sort(xs[:mid]), merge_sort(xs[mid:])
    merged = []
    while left and right:
        merged.append(left.pop(0) if left[0] <= right[0] else right.pop(0))
    return merged + left + right

def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))

print(factorial(25), len(hanoi(10, "A", "C", "B", [])), hanoi(2, "A", "C", "B", []))
print(permutations([1, 2, 3]))
print(is_even(100), is_odd(7), flatten([1, [2, [3, [4, []]], 5]]))
print(merge_sort([5, 2, 9, 1, 5, 6, 0]), ackermann(2, 3))

def forever(n):
    return forever(n + 1)
try:
    forever(0)
except RecursionError as e:
    print(type(e).__name__, e)
print(factorial(500) % 1000003, "still works after RecursionError")
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print(depth(900))
