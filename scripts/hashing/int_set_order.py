# Int hashes are not random: sets of ints iterate in CPython's order on every run.
print({3, 1, 2}, {0, 8, 16, 24}, {100, 7, 64, 1, 2048, -1, -5})
print({i * 8 for i in range(10)}, set(range(20, 0, -3)))
print(list({10**12, 5, 2**40, 7}), frozenset({9, 17, 33, 1}))
s = {1, 2, 3, 9, 17, 25}
s.remove(9)
s.add(41)
print(s, s | {33, 49}, s ^ {1, 57})
