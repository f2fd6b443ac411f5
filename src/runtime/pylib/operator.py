"""Standard operators as functions (coro's embedded operator module).

Written from the documented semantics of CPython's operator module. The functions are
native (`_operator`, builtin functions as CPython's, so they do not bind as methods);
the callable classes are here.
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

    def __call__(self, obj):
        if len(self._paths) == 1:
            return _resolve(obj, self._paths[0])
        return tuple(_resolve(obj, path) for path in self._paths)

    def __repr__(self):
        return f"operator.attrgetter({', '.join(map(repr, self._attrs))})"


def _resolve(obj, path):
    for name in path:
        obj = getattr(obj, name)
    return obj


class itemgetter:
    """itemgetter(item, ...) --> a callable fetching the given item(s) from its operand."""

    def __init__(self, item, *items):
        self._items = (item,) + items

    def __call__(self, obj):
        if len(self._items) == 1:
            return obj[self._items[0]]
        return tuple(obj[i] for i in self._items)

    def __repr__(self):
        return f"operator.itemgetter({', '.join(map(repr, self._items))})"


class methodcaller:
    """methodcaller(name, /, *args, **kwargs) --> a callable calling the named method
    of its operand with the given arguments."""

    def __init__(self, name, /, *args, **kwargs):
        if not isinstance(name, str):
            raise TypeError("method name must be a string")
        self._name = name
        self._args = args
        self._kwargs = kwargs

    def __call__(self, obj):
        return getattr(obj, self._name)(*self._args, **self._kwargs)

    def __repr__(self):
        args = [repr(self._name)]
        args.extend(map(repr, self._args))
        args.extend(f"{k}={v!r}" for k, v in self._kwargs.items())
        return f"operator.methodcaller({', '.join(args)})"


__lt__ = lt
__le__ = le
__eq__ = eq
__ne__ = ne
__ge__ = ge
__gt__ = gt
__not__ = not_
__abs__ = abs
__add__ = add
__and__ = and_
__floordiv__ = floordiv
__index__ = index
__inv__ = inv
__invert__ = invert
__lshift__ = lshift
__mod__ = mod
__mul__ = mul
__matmul__ = matmul
__neg__ = neg
__or__ = or_
__pos__ = pos
__pow__ = pow
__rshift__ = rshift
__sub__ = sub
__truediv__ = truediv
__xor__ = xor
__concat__ = concat
__contains__ = contains
__delitem__ = delitem
__getitem__ = getitem
__setitem__ = setitem
__iadd__ = iadd
__iand__ = iand
__iconcat__ = iconcat
__ifloordiv__ = ifloordiv
__ilshift__ = ilshift
__imod__ = imod
__imul__ = imul
__imatmul__ = imatmul
__ior__ = ior
__ipow__ = ipow
__irshift__ = irshift
__isub__ = isub
__itruediv__ = itruediv
__ixor__ = ixor
