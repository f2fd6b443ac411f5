M = 2**63 - 1
print(list(range(M - 2, M)))
print(list(reversed(range(M - 2, M))))
print(list(range(-M - 1, -M + 2)))
print(list(reversed(range(-M - 1, -M + 2))))
print(list(range(M, -M - 1, -M)))
print(list(reversed(range(M, -M - 1, -M))))
print(list(range(0, M, M // 2)))
print(range(-M - 1, M)[5], range(-M - 1, M)[-1])
try:
    len(range(-M - 1, M))
except OverflowError as e:
    print("OverflowError:", e)
try:
    reversed(range(-M - 1, 0))
except OverflowError as e:
    print("OverflowError:", e)
print(len(range(0, M)))
print(list(reversed(range(10, 0, -3))), list(reversed(range(0))))
r = iter(range(3)); next(r); print(list(r))
print(range(M - 5, M, 2).index(M - 3), range(M - 5, M, 2).count(M - 1), (M - 1) in range(M - 5, M, 2))
for i in range(M - 1, M + 0):
    print(i)
