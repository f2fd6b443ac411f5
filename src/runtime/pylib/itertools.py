"""Functions creating iterators for efficient looping (coro's embedded itertools).

Written from the documented semantics of CPython's itertools. Every tool is a native
iterator (_itertools), their cost per item being what programs notice; this module
checks the arguments of the combinatorics.
"""

import _itertools


# Native (runtime/builtins/itertools_native.rs), as CPython's.
count = _itertools.count
chain = _itertools.chain
repeat = _itertools.repeat
cycle = _itertools.cycle
accumulate = _itertools.accumulate
starmap = _itertools.starmap
takewhile = _itertools.takewhile
dropwhile = _itertools.dropwhile
filterfalse = _itertools.filterfalse
compress = _itertools.compress
pairwise = _itertools.pairwise
tee = _itertools.tee
islice = _itertools.islice
zip_longest = _itertools.zip_longest
groupby = _itertools.groupby


_MAXSIZE = 9223372036854775807


def product(*iterables, repeat=1):
    if not isinstance(repeat, int):
        raise TypeError(
            f"'{type(repeat).__name__}' object cannot be interpreted as an integer"
        )
    if repeat < 0:
        raise ValueError("repeat argument cannot be negative")
    pools = [tuple(pool) for pool in iterables] * repeat
    return _itertools.product(pools)


def permutations(iterable, r=None):
    pool = tuple(iterable)
    n = len(pool)
    if r is None:
        r = n
    elif not isinstance(r, int):
        raise TypeError("Expected int as r")
    if r < 0:
        raise ValueError("r must be non-negative")
    return _itertools.permutations(pool, int(r))


def _count_arg(r):
    """`r` of combinations as CPython reads it: an index, at most sys.maxsize."""
    if not isinstance(r, int):
        index = getattr(type(r), "__index__", None)
        if index is None:
            raise TypeError(
                f"'{type(r).__name__}' object cannot be interpreted as an integer"
            )
        r = index(r)
    if not -_MAXSIZE - 1 <= r <= _MAXSIZE:
        raise OverflowError("Python int too large to convert to C ssize_t")
    if r < 0:
        raise ValueError("r must be non-negative")
    return int(r)


def combinations(iterable, r):
    return _itertools.combinations(tuple(iterable), _count_arg(r), False)


def combinations_with_replacement(iterable, r):
    return _itertools.combinations(tuple(iterable), _count_arg(r), True)

