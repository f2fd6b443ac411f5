"""Heap queue (priority queue) functions on plain lists, as CPython's heapq: a[0] is the
smallest item and a[k] <= a[2*k+1], a[2*k+2]. The sift steps are CPython's, so a heap's
list layout after each operation matches CPython's too; only `<` is used to compare."""

__all__ = ['heappush', 'heappop', 'heapify', 'heapreplace', 'merge',
           'nlargest', 'nsmallest', 'heappushpop']


def _need_list(fname, heap, which="argument 1"):
    if not isinstance(heap, list):
        raise TypeError("%s() %s must be list, not %s" % (fname, which, type(heap).__name__))


def _sift_toward_root(heap, start, pos, is_max=False):
    # The item at pos moves up while it should come before its parent (smaller in a
    # min-heap, larger in a max-heap).
    item = heap[pos]
    while pos > start:
        parent_pos = (pos - 1) >> 1
        parent = heap[parent_pos]
        if (parent < item) if is_max else (item < parent):
            heap[pos] = parent
            pos = parent_pos
            continue
        break
    heap[pos] = item


def _sift_to_leaf(heap, pos, is_max=False):
    # Floyd's variant: walk the preferred children down to a leaf, then settle the item.
    end = len(heap)
    start = pos
    item = heap[pos]
    child = 2 * pos + 1
    while child < end:
        right = child + 1
        if right < end and not ((heap[right] < heap[child]) if is_max
                                else (heap[child] < heap[right])):
            child = right
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    _sift_toward_root(heap, start, pos, is_max)


def heappush(heap, item):
    """Push item onto heap, maintaining the heap invariant."""
    _need_list("heappush", heap)
    heap.append(item)
    _sift_toward_root(heap, 0, len(heap) - 1)


def _pop_top(heap, fname, is_max):
    _need_list(fname, heap, "argument")
    if not heap:
        raise IndexError("index out of range")
    last = heap.pop()
    if heap:
        top = heap[0]
        heap[0] = last
        _sift_to_leaf(heap, 0, is_max)
        return top
    return last


def _replace_top(heap, item, fname, is_max):
    _need_list(fname, heap)
    if not heap:
        raise IndexError("index out of range")
    top = heap[0]
    heap[0] = item
    _sift_to_leaf(heap, 0, is_max)
    return top


def _make_heap(x, fname, is_max):
    _need_list(fname, x, "argument")
    for i in reversed(range(len(x) // 2)):
        _sift_to_leaf(x, i, is_max)


def heappop(heap):
    """Pop the smallest item off the heap, maintaining the heap invariant."""
    return _pop_top(heap, "heappop", False)


def heapreplace(heap, item):
    """Pop and return the current smallest value, and add the new item."""
    return _replace_top(heap, item, "heapreplace", False)


def heappushpop(heap, item):
    """Push item on the heap, then pop and return the smallest item from the heap."""
    _need_list("heappushpop", heap)
    if heap and heap[0] < item:
        item, heap[0] = heap[0], item
        _sift_to_leaf(heap, 0)
    return item


def heapify(x):
    """Transform list into a heap, in-place, in O(len(x)) time."""
    _make_heap(x, "heapify", False)


def _heapify_max(x):
    """Transform list into a maxheap, in-place, in O(len(x)) time."""
    _make_heap(x, "_heapify_max", True)


def _heappop_max(heap):
    """Maxheap version of a heappop."""
    return _pop_top(heap, "_heappop_max", True)


def _heapreplace_max(heap, item):
    """Maxheap version of a heappop followed by a heappush."""
    return _replace_top(heap, item, "_heapreplace_max", True)


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
