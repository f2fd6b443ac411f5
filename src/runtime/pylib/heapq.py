"""Heap queue (priority queue) functions on plain lists, as CPython's heapq: a[0] is the
smallest item and a[k] <= a[2*k+1], a[2*k+2]. The heap operations are native (`_heapq`,
with CPython's sift steps, so a heap's list layout after each operation matches
CPython's); merge, nsmallest and nlargest are written here over them."""

__all__ = ['heappush', 'heappop', 'heapify', 'heapreplace', 'merge',
           'nlargest', 'nsmallest', 'heappushpop']


from _heapq import (heappush, heappop, heapify, heapreplace, heappushpop,
                    _heapify_max, _heappop_max, _heapreplace_max)


def merge(*iterables, key=None, reverse=False):
    """Merge sorted inputs into a single sorted output (a generator); ties keep the
    order of the inputs."""
    if reverse:
        make_heap, pop, replace, direction = _heapify_max, _heappop_max, _heapreplace_max, -1
    else:
        make_heap, pop, replace, direction = heapify, heappop, heapreplace, 1
    if key is None:
        key = _identity
    # Entries are [key, input order, value, iterator]: the order breaks ties, so values
    # themselves are never compared.
    h = []
    for order, it in enumerate(map(iter, iterables)):
        for value in it:
            h.append([key(value), order * direction, value, it])
            break
    make_heap(h)
    while len(h) > 1:
        entry = h[0]
        yield entry[2]
        for value in entry[3]:
            entry[0] = key(value)
            entry[2] = value
            replace(h, entry)
            break
        else:
            pop(h)
    if h:
        entry = h[0]
        yield entry[2]
        yield from entry[3]


def _identity(x):
    return x


def nsmallest(n, iterable, key=None):
    """Find the n smallest elements in a dataset: sorted(iterable, key=key)[:n]."""
    if n == 1:
        sentinel = object()
        result = min(iter(iterable), default=sentinel, key=key)
        return [] if result is sentinel else [result]
    if n <= 0:
        return []
    return sorted(iterable, key=key)[:n]


def nlargest(n, iterable, key=None):
    """Find the n largest elements in a dataset: sorted(iterable, key=key,
    reverse=True)[:n]."""
    if n == 1:
        sentinel = object()
        result = max(iter(iterable), default=sentinel, key=key)
        return [] if result is sentinel else [result]
    if n <= 0:
        return []
    return sorted(iterable, key=key, reverse=True)[:n]
