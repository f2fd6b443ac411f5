"""Shallow and deep copy operations (coro's embedded copy module).

Covers the builtin containers, classes defining __copy__/__deepcopy__ or __reduce__
(deque among them), and plain instances (their __dict__ and __slots__, or
__getstate__/__setstate__). There is no __reduce_ex__ in coro, so other objects raise
TypeError as CPython does for unpicklable ones.
"""

__all__ = ["Error", "copy", "deepcopy"]


class Error(Exception):
    pass


error = Error


def _function():
    pass


_ATOMIC = {
    type(None), type(Ellipsis), type(NotImplemented), int, float, bool, str,
    bytes, range, type, type(_function), type(len), type(lambda: None), property,
}
try:
    _ATOMIC.add(type(_function.__code__))
except AttributeError:
    pass
del _function
# Containers whose .copy() is their shallow copy; bytearray only where the VM has it.
_COPY_METHOD = {dict, set}
try:
    _COPY_METHOD.add(bytearray)
except NameError:
    pass


def copy(x):
    """Shallow copy of x."""
    cls = type(x)
    if cls in _ATOMIC or issubclass(cls, type):
        return x
    if cls in (tuple, frozenset):
        return x
    if cls is list:
        return x[:]
    if cls in _COPY_METHOD:
        return x.copy()
    if cls is slice:
        return x
    copier = getattr(cls, "__copy__", None)
    if copier is not None:
        return copier(x)
    reductor = _registered_reduction(cls)
    if reductor is not None:
        return _reconstruct_reduced(x, reductor(x), None)
    if _defined_by_user(cls, "__reduce__"):
        return _reconstruct_reduced(x, x.__reduce__(), None)
    return _reconstruct(x, None)


def _registered_reduction(cls):
    """The reduction copyreg.pickle registered for cls, if any (copyreg not imported
    yet: none)."""
    import sys
    copyreg = sys.modules.get("copyreg")
    return None if copyreg is None else copyreg.dispatch_table.get(cls)


def _reconstruct_reduced(x, rv, memo):
    """Rebuild x from what its __reduce__ answered, as CPython's copy does: a callable
    and its arguments, then the state, the items to append and the pairs to set."""
    if isinstance(rv, str):
        return x
    func, args, *rest = rv
    state, listiter, dictiter = (list(rest) + [None, None, None])[:3]
    deep = memo is not None
    if deep and args:
        args = deepcopy(args, memo)
    y = func(*args)
    if deep:
        memo[id(x)] = y
    if state is not None:
        _set_state(y, deepcopy(state, memo) if deep else state)
    if listiter is not None:
        for item in listiter:
            y.append(deepcopy(item, memo) if deep else item)
    if dictiter is not None:
        for key, value in dictiter:
            if deep:
                key = deepcopy(key, memo)
                value = deepcopy(value, memo)
            y[key] = value
    return y


def deepcopy(x, memo=None, _nil=[]):
    """Deep copy of x; memo maps id(original) to its copy (shared and cyclic parts)."""
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if cls in _ATOMIC or issubclass(cls, type) or cls is slice:
        y = x
    elif cls is list:
        y = []
        memo[d] = y
        for item in x:
            y.append(deepcopy(item, memo))
    elif cls is tuple:
        y = _deepcopy_tuple(x, memo)
    elif cls is dict:
        y = {}
        memo[d] = y
        for key, value in x.items():
            y[deepcopy(key, memo)] = deepcopy(value, memo)
    elif cls is set or cls is frozenset:
        y = cls(deepcopy(item, memo) for item in x)
    elif cls in _COPY_METHOD:
        # bytearray: a flat container of ints.
        y = x.copy()
    else:
        copier = getattr(x, "__deepcopy__", None)
        reductor = None if copier is not None else _registered_reduction(cls)
        if copier is not None:
            y = copier(memo)
        elif reductor is not None:
            y = _reconstruct_reduced(x, reductor(x), memo)
        elif _defined_by_user(cls, "__reduce__"):
            y = _reconstruct_reduced(x, x.__reduce__(), memo)
        else:
            y = _reconstruct(x, memo)
    # Only remember copies that differ (CPython skips atomic values too).
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


def _deepcopy_tuple(x, memo):
    y = [deepcopy(item, memo) for item in x]
    # A tuple reachable from itself was copied while copying its items.
    try:
        return memo[id(x)]
    except KeyError:
        pass
    for k, j in zip(x, y):
        if k is not j:
            return tuple(y)
    return x


def _keep_alive(x, memo):
    """Hold the original alive so its id cannot be reused while memo is in use."""
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


def _reconstruct(x, memo):
    cls = type(x)
    if not hasattr(x, "__dict__") and not _slot_names(cls):
        if not _is_container(x):
            raise TypeError(f"cannot pickle '{cls.__name__}' object")
    deep = memo is not None
    y = _new_like(x, cls, memo)
    if deep:
        memo[id(x)] = y
    _copy_contents(x, y, memo)
    state = _state_of(x, cls)
    if state:
        _set_state(y, deepcopy(state, memo) if deep else state)
    return y


def _set_state(y, state):
    """A user's __setstate__(state), else the attributes and slots state holds."""
    setstate = getattr(y, "__setstate__", None)
    if setstate is not None and _defined_by_user(type(y), "__setstate__"):
        setstate(state)
        return
    slotstate = None
    if isinstance(state, tuple) and len(state) == 2:
        state, slotstate = state
    if state:
        y.__dict__.update(state)
    if slotstate:
        for key, value in slotstate.items():
            setattr(y, key, value)


def _is_container(x):
    return isinstance(x, (list, dict, set))


def _new_like(x, cls, memo):
    """A new instance of cls made with the arguments x's `__getnewargs_ex__` or
    `__getnewargs__` gives (a namedtuple's fields), deep-copied for a deep copy."""
    args, kwargs = (), {}
    if _defined_by_user(cls, "__getnewargs_ex__"):
        args, kwargs = x.__getnewargs_ex__()
    elif _defined_by_user(cls, "__getnewargs__"):
        args = x.__getnewargs__()
    if memo is not None and (args or kwargs):
        args, kwargs = deepcopy(args, memo), deepcopy(kwargs, memo)
    return cls.__new__(cls, *args, **kwargs)


def _copy_contents(x, y, memo):
    """Items of builtin-container subclasses (`class Stack(list)`)."""
    if isinstance(x, list):
        y.extend(x if memo is None else [deepcopy(i, memo) for i in x])
    elif isinstance(x, dict):
        for key, value in x.items():
            if memo is not None:
                key = deepcopy(key, memo)
                value = deepcopy(value, memo)
            dict.__setitem__(y, key, value)
    elif isinstance(x, set):
        for item in x:
            y.add(item if memo is None else deepcopy(item, memo))


def _defined_by_user(cls, name):
    for klass in cls.__mro__:
        if name in klass.__dict__:
            return klass is not object
    return False


def _state_of(x, cls):
    if _defined_by_user(cls, "__getstate__"):
        return x.__getstate__()
    state = getattr(x, "__dict__", None)
    state = dict(state) if state else None
    slots = {}
    for name in _slot_names(cls):
        try:
            slots[name] = getattr(x, name)
        except AttributeError:
            pass
    if slots:
        return (state, slots)
    return state


def _slot_names(cls):
    names = []
    for klass in cls.__mro__:
        slots = klass.__dict__.get("__slots__", ())
        if isinstance(slots, str):
            slots = (slots,)
        for name in slots:
            if name in ("__dict__", "__weakref__"):
                continue
            if name.startswith("__") and not name.endswith("__"):
                name = f"_{klass.__name__.lstrip('_')}{name}"
            names.append(name)
    return names
