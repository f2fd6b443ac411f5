"""WeakSet, and what the weak containers of `weakref` share: removals of dead entries
are deferred while a container is being iterated (a callback can run mid-iteration).
Written from the weakref documentation and python3's observable behaviour; not the
weak dictionaries themselves (see `weakref`).
"""

__all__ = ['WeakSet']


def ref(ob, callback=None):
    # weakref imports this module, so its `ref` is looked up when first needed.
    from weakref import ref as weak_ref
    return weak_ref(ob, callback)


class _IterationGuard:
    """Context manager marking a container as being iterated: the callbacks of dying
    entries queue their removal instead of resizing the container under the iterator,
    and the queue is applied when the last iteration ends."""

    def __init__(self, container):
        self.container = container

    def __enter__(self):
        self.container._iterating += 1
        return self

    def __exit__(self, *exc):
        owner = self.container
        owner._iterating -= 1
        if owner._iterating == 0:
            owner._commit_removals()


class _WeakContainer:
    """What the weak containers share: applying queued removals before a change (each
    container defines _commit_removals), and the dict-style `|` operators."""

    def _tidy(self):
        if self._pending_removals:
            self._commit_removals()

    def __ior__(self, other):
        self.update(other)
        return self

    def __or__(self, other):
        if not hasattr(other, 'items'):
            return NotImplemented
        merged = self.copy()
        merged.update(other)
        return merged

    def __ror__(self, other):
        if not hasattr(other, 'items'):
            return NotImplemented
        merged = type(self)()
        merged.update(other)
        merged.update(self)
        return merged


def _removal_callback(owner):
    """The callback each entry's weak reference carries: drop the entry from `owner`
    (itself held weakly, so the set can die first), or queue the drop mid-iteration."""
    owner_ref = ref(owner)

    def _remove(dead, owner_ref=owner_ref):
        live = owner_ref()
        if live is None:
            return
        if live._iterating:
            live._pending_removals.append(dead)
        else:
            live.data.discard(dead)

    return _remove


class WeakSet(_WeakContainer):
    """A set whose elements go away when they are no longer used elsewhere."""

    def __init__(self, data=None):
        self.data = set()
        self._remove = _removal_callback(self)
        self._pending_removals = []
        self._iterating = 0
        if data is not None:
            self.update(data)

    def _commit_removals(self):
        queued = self._pending_removals
        while queued:
            self.data.discard(queued.pop())

    def _refs(self, items, tracked=False):
        """Weak references to `items`; `tracked` ones remove themselves on death."""
        callback = self._remove if tracked else None
        return (ref(item, callback) for item in items)

    # -- the set of live objects

    def __len__(self):
        return len(self.data) - len(self._pending_removals)

    def __iter__(self):
        with _IterationGuard(self):
            for entry in self.data:
                target = entry()
                if target is not None:
                    yield target

    def __contains__(self, item):
        try:
            probe = ref(item)
        except TypeError:
            # Objects that cannot be weakly referenced are never members.
            return False
        return probe in self.data

    def __repr__(self):
        return repr(self.data)

    def __reduce__(self):
        return type(self), (list(self),), self.__getstate__()

    def __getstate__(self):
        return getattr(self, '__dict__', None)

    def copy(self):
        return type(self)(self)

    # -- single elements

    def add(self, item):
        self._tidy()
        self.data.add(ref(item, self._remove))

    def discard(self, item):
        self._tidy()
        self.data.discard(ref(item))

    def remove(self, item):
        self._tidy()
        self.data.remove(ref(item))

    def pop(self):
        self._tidy()
        while self.data:
            target = self.data.pop()()
            if target is not None:
                return target
        raise KeyError('pop from empty WeakSet')

    def clear(self):
        self._tidy()
        self.data.clear()

    def update(self, other):
        self._tidy()
        for item in other:
            self.add(item)

    # -- in-place operators (a set combined with itself is a special case; `|=` is
    # _WeakContainer's update)

    def __isub__(self, other):
        self._tidy()
        if other is self:
            self.data.clear()
        else:
            self.data.difference_update(self._refs(other))
        return self

    def __iand__(self, other):
        self._tidy()
        self.data.intersection_update(self._refs(other))
        return self

    def __ixor__(self, other):
        self._tidy()
        if other is self:
            self.data.clear()
        else:
            self.data.symmetric_difference_update(self._refs(other, tracked=True))
        return self

    def difference_update(self, other):
        self.__isub__(other)

    def intersection_update(self, other):
        self.__iand__(other)

    def symmetric_difference_update(self, other):
        self.__ixor__(other)

    # -- new sets

    def union(self, other):
        return type(self)(item for part in (self, other) for item in part)

    def intersection(self, other):
        return type(self)(item for item in other if item in self)

    def difference(self, other):
        result = self.copy()
        result.difference_update(other)
        return result

    def symmetric_difference(self, other):
        result = self.copy()
        result.symmetric_difference_update(other)
        return result

    __or__ = union
    __and__ = intersection
    __sub__ = difference
    __xor__ = symmetric_difference

    # -- comparisons (by the weak references, which compare by their targets)

    def issubset(self, other):
        return self.data.issubset(self._refs(other))

    def issuperset(self, other):
        return self.data.issuperset(self._refs(other))

    def __lt__(self, other):
        return self.data < set(self._refs(other))

    def __gt__(self, other):
        return self.data > set(self._refs(other))

    def __eq__(self, other):
        if isinstance(other, type(self)):
            return self.data == set(self._refs(other))
        return NotImplemented

    __le__ = issubset
    __ge__ = issuperset

    def isdisjoint(self, other):
        return not len(self.intersection(other))

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)
