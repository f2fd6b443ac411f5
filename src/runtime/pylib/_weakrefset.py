"""WeakSet, and what the weak containers of `weakref` share: removals of dead entries
are deferred while a container is being iterated (a callback can run mid-iteration).
"""

__all__ = ['WeakSet']


def ref(ob, callback=None):
    # weakref imports this module, so its `ref` is looked up when first needed.
    from weakref import ref as weak_ref
    return weak_ref(ob, callback)


class _IterationGuard:
    """Defers a container's removals of dead entries while it is being iterated."""

    def __init__(self, container):
        self.container = container

    def __enter__(self):
        self.container._iterating += 1
        return self

    def __exit__(self, *exc):
        c = self.container
        c._iterating -= 1
        if not c._iterating:
            c._commit_removals()


class _WeakContainer:
    """The removal bookkeeping and the `|` operators of the weak containers."""

    def _tidy(self):
        if self._pending_removals:
            self._commit_removals()

    def __ior__(self, other):
        self.update(other)
        return self

    def __or__(self, other):
        if hasattr(other, 'items'):
            c = self.copy()
            c.update(other)
            return c
        return NotImplemented

    def __ror__(self, other):
        if hasattr(other, 'items'):
            c = self.__class__()
            c.update(other)
            c.update(self)
            return c
        return NotImplemented


class WeakSet(_WeakContainer):
    """A set whose elements go away when they are no longer used elsewhere."""

    def __init__(self, data=None):
        self.data = set()

        def _remove(item, selfref=ref(self)):
            self = selfref()
            if self is not None:
                if self._iterating:
                    self._pending_removals.append(item)
                else:
                    self.data.discard(item)
        self._remove = _remove
        self._pending_removals = []
        self._iterating = 0
        if data is not None:
            self.update(data)

    def _commit_removals(self):
        pop = self._pending_removals.pop
        discard = self.data.discard
        while self._pending_removals:
            discard(pop())

    def __iter__(self):
        with _IterationGuard(self):
            for itemref in self.data:
                item = itemref()
                if item is not None:
                    yield item

    def __len__(self):
        return len(self.data) - len(self._pending_removals)

    def __contains__(self, item):
        try:
            wr = ref(item)
        except TypeError:
            return False
        return wr in self.data

    def __reduce__(self):
        return self.__class__, (list(self),), self.__getstate__()

    def __getstate__(self):
        return getattr(self, '__dict__', None)

    def add(self, item):
        self._tidy()
        self.data.add(ref(item, self._remove))

    def clear(self):
        self._tidy()
        self.data.clear()

    def copy(self):
        return self.__class__(self)

    def pop(self):
        self._tidy()
        while True:
            try:
                itemref = self.data.pop()
            except KeyError:
                raise KeyError('pop from empty WeakSet') from None
            item = itemref()
            if item is not None:
                return item

    def remove(self, item):
        self._tidy()
        self.data.remove(ref(item))

    def discard(self, item):
        self._tidy()
        self.data.discard(ref(item))

    def update(self, other):
        self._tidy()
        for element in other:
            self.add(element)

    def __ior__(self, other):
        self.update(other)
        return self

    def _updated_copy(self, update, other):
        new = self.copy()
        update(new, other)
        return new

    def _replace_data(self, update, other, remove=None):
        self._tidy()
        if self is other and update is not set.intersection_update:
            self.data.clear()
        else:
            update(self.data, (ref(item, remove) for item in other))
        return self

    def difference(self, other):
        return self._updated_copy(WeakSet.difference_update, other)
    __sub__ = difference

    def difference_update(self, other):
        self._replace_data(set.difference_update, other)

    def __isub__(self, other):
        return self._replace_data(set.difference_update, other)

    def intersection(self, other):
        return self.__class__(item for item in other if item in self)
    __and__ = intersection

    def intersection_update(self, other):
        self._replace_data(set.intersection_update, other)

    def __iand__(self, other):
        return self._replace_data(set.intersection_update, other)

    def issubset(self, other):
        return self.data.issubset(ref(item) for item in other)
    __le__ = issubset

    def __lt__(self, other):
        return self.data < set(map(ref, other))

    def issuperset(self, other):
        return self.data.issuperset(ref(item) for item in other)
    __ge__ = issuperset

    def __gt__(self, other):
        return self.data > set(map(ref, other))

    def __eq__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return self.data == set(map(ref, other))

    def symmetric_difference(self, other):
        return self._updated_copy(WeakSet.symmetric_difference_update, other)
    __xor__ = symmetric_difference

    def symmetric_difference_update(self, other):
        self._replace_data(set.symmetric_difference_update, other, self._remove)

    def __ixor__(self, other):
        return self._replace_data(set.symmetric_difference_update, other, self._remove)

    def union(self, other):
        return self.__class__(e for s in (self, other) for e in s)
    __or__ = union

    def isdisjoint(self, other):
        return len(self.intersection(other)) == 0

    def __repr__(self):
        return repr(self.data)

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)
