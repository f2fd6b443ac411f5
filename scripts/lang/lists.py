# list methods, slicing with steps, slice assignment and deletion.
a = [5, 3, 8, 1]
a.append(9)
a.extend([2, 7])
a.insert(0, 10)
a.insert(-1, 4)
a.insert(100, 11)
print(a, len(a))
print(a.pop(), a.pop(0), a.pop(2), a)
a.remove(3)
print(a, a.index(9), a.count(3), 3 in a, 42 in a)
a.sort()
print(a)
a.sort(reverse=True)
print(a)
a.reverse()
print(a)
b = a.copy()
b.append(100)
print(a, b, a == b[:-1], a is b)
nums = list(range(10))
print(nums[::2], nums[1::2], nums[::-1], nums[::-3], nums[8:2:-2], nums[-3:], nums[:-7], nums[5:5])
nums[2:5] = ["a", "b"]
print(nums)
nums[::3] = [0, 0, 0]
print(nums)
del nums[1::2]
print(nums)
nums[1:1] = [7, 7, 7]
print(nums)
del nums[:2]
print(nums)
nums[:] = []
print(nums)
grid = [[0] * 3 for _ in range(3)]
grid[1][1] = 5
print(grid)
shared = [[0] * 2] * 2
shared[0][0] = 1
print(shared)
print([1, 2] + [3], [0] * 4, [1, 2] * 0, list("abc"), list((1, 2)), list(range(3, 0, -1)))
print([1, 2, 3] < [1, 2, 4], [1, 2] < [1, 2, 0], [2] > [1, 9], [] == [])
words = ["banana", "Apple", "cherry"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len, reverse=True))
m = [3, 1, 2]
m += [4]
m *= 2
print(m, m.index(1, 2), min(m), max(m), sum(m))
m.clear()
print(m, bool(m), bool([0]))
try:
    [].pop()
except IndexError as e:
    print(type(e).__name__, e)
try:
    [1, 2].index(5)
except ValueError as e:
    print(type(e).__name__, e)
try:
    [1][3]
except IndexError as e:
    print(type(e).__name__, e)
try:
    x = [1, 2, 3]
    x[::2] = [1]
except ValueError as e:
    print(type(e).__name__, e)
