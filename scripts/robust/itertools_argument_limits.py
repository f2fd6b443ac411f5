import itertools
for args in [(2**63,), (-1,), (0, 2**63), (0, -1), (2**63, 5), (-1, 5), (0, 5, 0), (0, 5, 2**63), (0, 5, -1), (None, 2**63), ('a',), (0, 'a'), (1.5,), (-1, -1), ('a', 5, 0)]:
    try:
        itertools.islice([], *args)
        print(args, "ok")
    except ValueError as e:
        print(args, e)
print(list(itertools.islice(range(10), 2, None, 3)), list(itertools.islice('abcdef', 4)))
for t in (2**63, -2**63 - 1):
    try:
        itertools.repeat(1, t)
    except OverflowError as e:
        print("OverflowError:", e)
print(list(itertools.repeat('x', -5)), list(itertools.repeat(0, 3)))
