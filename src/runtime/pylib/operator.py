"""Standard operators as functions (coro's embedded operator module).

Written from the documented semantics of CPython's operator module. The functions are
native (`_operator`, builtin functions as CPython's, so they do not bind as methods);
the callable classes are here, with native `__call__`s.
"""

__all__ = [
    "abs", "add", "and_", "attrgetter", "call", "concat", "contains", "countOf",
    "delitem", "eq", "floordiv", "ge", "getitem", "gt", "iadd", "iand", "iconcat",
    "ifloordiv", "ilshift", "imatmul", "imod", "imul", "index", "indexOf", "inv",
    "invert", "ior", "ipow", "irshift", "is_", "is_not", "isub", "itemgetter",
    "itruediv", "ixor", "le", "length_hint", "lshift", "lt", "matmul", "methodcaller",
    "mod", "mul", "ne", "neg", "not_", "or_", "pos", "pow", "rshift", "setitem", "sub",
    "truediv", "truth", "xor",
]

from _operator import (
    lt, le, eq, ne, ge, gt, not_, truth, is_, is_not, abs, add, and_, floordiv, index,
    inv, invert, lshift, mod, mul, matmul, neg, or_, pos, pow, rshift, sub, truediv, xor,
    concat, contains, countOf, delitem, getitem, indexOf, setitem, length_hint, call,
    iadd, iand, iconcat, ifloordiv, ilshift, imod, imul, imatmul, ior, ipow, irshift,
    isub, itruediv, ixor,
)
# The getters' calls are native (they read the state `__init__` stores below).
from _operator import _itemgetter_call, _attrgetter_call, _methodcaller_call


class attrgetter:
    """attrgetter(attr, ...) --> a callable fetching the given attribute(s) from its
    operand; dotted names fetch nested attributes."""

    def __init__(self, attr, *attrs):
        names = (attr,) + attrs
        for name in names:
            if not isinstance(name, str):
                raise TypeError("attribute name must be a string")
        self._attrs = names
        self._paths = tuple(tuple(name.split(".")) for name in names)

    __call__ = _attrgetter_call

    def __repr__(self):
        return f"operator.attrgetter({', '.join(map(repr, self._attrs))})"


class itemgetter:
    """itemgetter(item, ...) --> a callable fetching the given item(s) from its operand."""

    def __init__(self, item, *items):
        self._items = (item,) + items

    __call__ = _itemgetter_call

    def __repr__(self):
        return f"operator.itemgetter({', '.join(map(repr, self._items))})"


class methodcaller:
    """methodcaller(name, /, *args, **kwargs) --> a callable calling the named method
    of its operand with the given arguments."""

    def __init__(self, name, /, *args, **kwargs):
        if not isinstance(name, str):
            raise TypeError("method name must be a string")
        self._name = name
        self._call_with = (args, kwargs)

    __call__ = _methodcaller_call

    def __repr__(self):
        positional, named = self._call_with
        shown = [repr(self._name)] + [repr(a) for a in positional]
        shown += ["%s=%r" % item for item in named.items()]
        return "operator.methodcaller(%s)" % ", ".join(shown)


# Every function is also reachable under its dunder name (`operator.__add__`); the
# trailing underscore of `and_`, `or_`, `not_` is not part of it.
def _add_dunder_names(namespace):
    for name in (
        "lt le eq ne ge gt not_ abs add and_ floordiv index inv invert lshift mod mul "
        "matmul neg or_ pos pow rshift sub truediv xor concat contains delitem getitem "
        "setitem iadd iand iconcat ifloordiv ilshift imod imul imatmul ior ipow irshift "
        "isub itruediv ixor"
    ).split():
        namespace["__%s__" % name.rstrip("_")] = namespace[name]


_add_dunder_names(globals())
del _add_dunder_names
