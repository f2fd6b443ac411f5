"""Functions creating iterators for efficient looping (coro's embedded itertools).

Written from the documented semantics of CPython's itertools; most tools are generators,
repeat/cycle/chain are classes so their reprs and class attributes match;
permutations, combinations, product, islice, count and groupby are native iterators
(_itertools), their cost per item being what programs notice.
"""

import _itertools


# Native (runtime/builtins/itertools_native.rs), as CPython's.
count = _itertools.count


class cycle:
    """cycle(iterable) --> the items of iterable, then the same items again, forever."""

    def __init__(self, iterable):
        self._it = iter(iterable)
        self._saved = []
        self._index = -1

    def __iter__(self):
        return self

    def __next__(self):
        if self._index < 0:
            for item in self._it:
                self._saved.append(item)
                return item
            if not self._saved:
                raise StopIteration
            self._index = 0
        item = self._saved[self._index]
        self._index = (self._index + 1) % len(self._saved)
        return item


class repeat:
    """repeat(object [,times]) --> object, times times (forever without times)."""

    def __init__(self, object, times=None):
        self._object = object
        if times is not None:
            times = times.__index__()
            if not -_MAXSIZE - 1 <= times <= _MAXSIZE:
                raise OverflowError("Python int too large to convert to C ssize_t")
            if times < 0:
                times = 0
        self._times = times

    def __iter__(self):
        return self

    def __next__(self):
        if self._times is None:
            return self._object
        if self._times <= 0:
            raise StopIteration
        self._times -= 1
        return self._object

    def __length_hint__(self):
        if self._times is None:
            raise TypeError("len() of unsized object")
        return self._times

    def __repr__(self):
        if self._times is None:
            return f"repeat({self._object!r})"
        return f"repeat({self._object!r}, {self._times})"


def accumulate(iterable, func=None, *, initial=None):
    it = iter(iterable)
    total = initial
    if initial is None:
        for first in it:
            total = first
            break
        else:
            return
    yield total
    for element in it:
        total = total + element if func is None else func(total, element)
        yield total


class chain:
    """chain(*iterables) --> the items of the first iterable, then of the next, ..."""

    def __init__(self, *iterables):
        self._sources = iter(iterables)
        self._active = None

    @classmethod
    def from_iterable(cls, iterables):
        c = cls()
        c._sources = iter(iterables)
        return c

    def __iter__(self):
        return self

    def __next__(self):
        while True:
            if self._active is None:
                self._active = iter(next(self._sources))
            for item in self._active:
                return item
            self._active = None


def compress(data, selectors):
    for d, s in zip(data, selectors):
        if s:
            yield d


def dropwhile(predicate, iterable):
    it = iter(iterable)
    for x in it:
        if not predicate(x):
            yield x
            break
    for x in it:
        yield x


def takewhile(predicate, iterable):
    for x in iterable:
        if predicate(x):
            yield x
        else:
            break


def filterfalse(predicate, iterable):
    if predicate is None:
        predicate = bool
    for x in iterable:
        if not predicate(x):
            yield x


groupby = _itertools.groupby


_MAXSIZE = 9223372036854775807


def _as_ssize(value):
    """An index argument as CPython reads it, with -1 for anything unusable."""
    try:
        i = value if isinstance(value, int) else value.__index__()
    except AttributeError:
        return -1
    return i if -_MAXSIZE - 1 <= i <= _MAXSIZE else -1


def islice(iterable, *args):
    s = slice(*args)
    stop = -1
    if s.stop is not None:
        stop = _as_ssize(s.stop)
        if stop == -1:
            raise ValueError(
                "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize."
            )
    start = 0 if s.start is None else _as_ssize(s.start)
    if start < 0 or stop < -1:
        raise ValueError(
            "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize."
        )
    step = 1 if s.step is None else _as_ssize(s.step)
    if step < 1:
        raise ValueError("Step for islice() must be a positive integer or None.")
    return _itertools.islice(iter(iterable), start, None if stop == -1 else stop, step)


def starmap(function, iterable):
    for args in iterable:
        yield function(*args)


class _TeeBuffer:
    """Items read from the shared source that some tee copy has not consumed yet."""

    def __init__(self, it):
        self.it = it
        self.items = []
        self.base = 0
        self.positions = []


def _tee_copy(buffer, slot):
    while True:
        pos = buffer.positions[slot]
        offset = pos - buffer.base
        if offset < len(buffer.items):
            item = buffer.items[offset]
        else:
            try:
                item = next(buffer.it)
            except StopIteration:
                return
            buffer.items.append(item)
        buffer.positions[slot] = pos + 1
        lowest = min(buffer.positions)
        if lowest > buffer.base:
            del buffer.items[: lowest - buffer.base]
            buffer.base = lowest
        yield item


def tee(iterable, n=2):
    if not isinstance(n, int):
        raise TypeError(
            f"'{type(n).__name__}' object cannot be interpreted as an integer"
        )
    if n < 0:
        raise ValueError("n must be >= 0")
    buffer = _TeeBuffer(iter(iterable))
    buffer.positions = [0] * n
    return tuple(_tee_copy(buffer, i) for i in range(n))


def zip_longest(*iterables, fillvalue=None):
    return _itertools.zip_longest([iter(it) for it in iterables], fillvalue)


def pairwise(iterable):
    it = iter(iterable)
    for a in it:
        for b in it:
            yield a, b
            a = b
        return


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

