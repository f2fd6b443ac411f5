"""reprlib: repr() with limits, for showing large or deeply nested values briefly.

Repr holds the limits (how many items of each container, how long a string, a number or
any other repr may get, how deep to go) and formats each type with its repr_<type name>
method; the module's repr() is a shared Repr's. recursive_repr guards a __repr__ against
re-entering itself for the same object on the same thread."""

__all__ = ["Repr", "repr", "recursive_repr"]

import builtins
from itertools import islice
from _thread import get_ident


def recursive_repr(fillvalue='...'):
    """A decorator for __repr__ methods: a call for an object whose repr is already
    being computed on this thread returns fillvalue instead of recursing."""

    def decorate(method):
        active = set()

        def wrapper(self):
            token = id(self), get_ident()
            if token in active:
                return fillvalue
            active.add(token)
            try:
                return method(self)
            finally:
                active.discard(token)

        for attribute in ('__module__', '__doc__', '__name__', '__qualname__'):
            setattr(wrapper, attribute, getattr(method, attribute, None))
        wrapper.__annotations__ = getattr(method, '__annotations__', {})
        return wrapper

    return decorate


def _middle_cut(text, limit, fillvalue):
    """text with its middle replaced by fillvalue when it is longer than limit (the
    head gets the smaller half of what is left)."""
    if len(text) <= limit:
        return text
    kept = max(0, limit - 3)
    head = kept // 2
    return text[:head] + fillvalue + text[len(text) - (kept - head):]


def _in_display_order(items):
    # Sorted where the items allow it, so that sets and dicts show stably.
    try:
        return sorted(items)
    except Exception:
        return list(items)


# The limits a new Repr starts with.
_DEFAULT_LIMITS = {
    'maxlevel': 6, 'maxtuple': 6, 'maxlist': 6, 'maxarray': 5, 'maxdict': 4,
    'maxset': 6, 'maxfrozenset': 6, 'maxdeque': 6, 'maxstring': 30, 'maxlong': 40,
    'maxother': 30,
}


class Repr:
    """Brief reprs under the limits held in its attributes (maxlevel, maxtuple, maxlist,
    maxarray, maxdict, maxset, maxfrozenset, maxdeque, maxstring, maxlong, maxother)
    with fillvalue standing for what was left out."""

    def __init__(self):
        self.fillvalue = '...'
        for name, limit in _DEFAULT_LIMITS.items():
            setattr(self, name, limit)

    def repr(self, x):
        """The brief repr of x."""
        return self.repr1(x, self.maxlevel)

    def repr1(self, x, level):
        """The brief repr of x with level more levels of nesting allowed: dispatches to
        repr_<type name> (spaces in the name become '_'), else repr_instance."""
        method_name = 'repr_' + '_'.join(type(x).__name__.split())
        formatter = getattr(self, method_name, self.repr_instance)
        return formatter(x, level)

    def _items(self, x, level, opening, closing, limit, lone_suffix=''):
        """opening, the first limit items' brief reprs, closing; only fillvalue inside
        once the level is used up. lone_suffix ends a single item (a tuple's comma)."""
        count = len(x)
        if count and level <= 0:
            return opening + self.fillvalue + closing
        shown = [self.repr1(item, level - 1) for item in islice(x, limit)]
        if count > limit:
            shown.append(self.fillvalue)
        if count == 1:
            closing = lone_suffix + closing
        return opening + ', '.join(shown) + closing

    def repr_tuple(self, x, level):
        return self._items(x, level, '(', ')', self.maxtuple, ',')

    def repr_list(self, x, level):
        return self._items(x, level, '[', ']', self.maxlist)

    def repr_array(self, x, level):
        if len(x) == 0:
            return f"array('{x.typecode}')"
        return self._items(x, level, f"array('{x.typecode}', [", '])', self.maxarray)

    def repr_set(self, x, level):
        if len(x) == 0:
            return 'set()'
        return self._items(_in_display_order(x), level, '{', '}', self.maxset)

    def repr_frozenset(self, x, level):
        if len(x) == 0:
            return 'frozenset()'
        return self._items(_in_display_order(x), level, 'frozenset({', '})',
                           self.maxfrozenset)

    def repr_deque(self, x, level):
        return self._items(x, level, 'deque([', '])', self.maxdeque)

    def repr_dict(self, x, level):
        if len(x) == 0:
            return '{}'
        if level <= 0:
            return '{' + self.fillvalue + '}'
        shown = [self.repr1(key, level - 1) + ': ' + self.repr1(x[key], level - 1)
                 for key in islice(_in_display_order(x), self.maxdict)]
        if len(x) > self.maxdict:
            shown.append(self.fillvalue)
        return '{' + ', '.join(shown) + '}'

    def repr_str(self, x, level):
        limit = self.maxstring
        text = builtins.repr(x[:limit])
        if len(text) <= limit:
            return text
        # Cut the string before taking its repr, so that no escape is split, then cut
        # the repr to the limit.
        kept = max(0, limit - 3)
        head = kept // 2
        tail = kept - head
        text = builtins.repr(x[:head] + x[len(x) - tail:])
        return text[:head] + self.fillvalue + text[len(text) - tail:]

    def repr_int(self, x, level):
        return _middle_cut(builtins.repr(x), self.maxlong, self.fillvalue)

    def repr_instance(self, x, level):
        try:
            text = builtins.repr(x)
        except Exception:
            # A repr that fails still gets something to show.
            return f'<{x.__class__.__name__} instance at {id(x):#x}>'
        return _middle_cut(text, self.maxother, self.fillvalue)


aRepr = Repr()
repr = aRepr.repr
