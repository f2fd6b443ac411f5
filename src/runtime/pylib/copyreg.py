"""Helper to provide extensibility for pickle.

This is only useful to add pickle support for extension types defined in
C, not for instances of user-defined classes.
"""

# As CPython's `copyreg`: the reduction dispatch table and pickle(), constructor,
# __newobj__/__newobj_ex__, _reconstructor, _slotnames and the extension registry.
# It also holds `_reduce_object`, the default __reduce_ex__ of instances that
# CPython's object type provides (coro's object has none).

__all__ = ["pickle", "constructor",
           "add_extension", "remove_extension", "clear_extension_cache"]

dispatch_table = {}


def pickle(ob_type, pickle_function, constructor_ob=None):
    if not callable(pickle_function):
        raise TypeError("reduction functions must be callable")
    dispatch_table[ob_type] = pickle_function
    if constructor_ob is not None:
        constructor(constructor_ob)


def constructor(object):
    if not callable(object):
        raise TypeError("constructors must be callable")


def _reconstructor(cls, base, state):
    if base is object:
        obj = object.__new__(cls)
    else:
        obj = base.__new__(cls, state)
        if base.__init__ != object.__init__:
            base.__init__(obj, state)
    return obj


def __newobj__(cls, *args):
    return cls.__new__(cls, *args)


def __newobj_ex__(cls, args, kwargs):
    """Used by pickle protocol 4, instead of __newobj__ to allow classes with
    keyword-only arguments to be pickled correctly.
    """
    return cls.__new__(cls, *args, **kwargs)


def _slotnames(cls):
    """Return a list of slot names for a given class.

    This needs to find slots defined by the class and its bases, because they
    are not stored in the __dict__ of the class.  The result is cached in the
    class' __dict__ as __slotnames__ if possible.
    """
    names = cls.__dict__.get("__slotnames__")
    if names is not None:
        return names
    names = []
    if hasattr(cls, "__slots__"):
        for c in cls.__mro__:
            if "__slots__" in c.__dict__:
                slots = c.__dict__['__slots__']
                if isinstance(slots, str):
                    slots = (slots,)
                for name in slots:
                    if name in ("__dict__", "__weakref__"):
                        continue
                    elif name.startswith('__') and not name.endswith('__'):
                        stripped = c.__name__.lstrip('_')
                        if stripped:
                            names.append('_%s%s' % (stripped, name))
                        else:
                            names.append(name)
                    else:
                        names.append(name)
    try:
        cls.__slotnames__ = names
    except Exception:
        pass
    return names


# The builtin types whose subclasses' instances pickle: their value travels with the
# instance (as CPython's object.__reduce_ex__ does it through the type's own support).
_VALUE_BASES = (int, float, str, bytes, bytearray, tuple, list, dict, set, frozenset, bool)


def _builtin_base(cls):
    """The builtin value type cls derives from (int, list, ...), or object."""
    for base in cls.__mro__:
        if base in _VALUE_BASES:
            return base
    return object


def _has_instance_dict(cls):
    """Whether instances of cls have a __dict__: some class of the MRO has no
    __slots__, or names __dict__ in them."""
    for klass in cls.__mro__:
        if klass is object:
            continue
        slots = klass.__dict__.get('__slots__')
        if slots is None:
            return True
        if isinstance(slots, str):
            slots = (slots,)
        if '__dict__' in slots:
            return True
    return False


def _default_state(obj):
    getstate = getattr(type(obj), '__getstate__', None)
    if getstate is not None and getstate is not getattr(object, '__getstate__', None):
        return obj.__getstate__()
    return _object_state(obj)


def _object_state(obj):
    """object.__getstate__(): the instance's own dict (None when empty), with its slots'
    values beside it when it has slots."""
    state = getattr(obj, '__dict__', None) if _has_instance_dict(type(obj)) else None
    if state is not None and not state:
        state = None
    names = _slotnames(type(obj))
    if names:
        slots = {}
        for name in names:
            try:
                slots[name] = getattr(obj, name)
            except AttributeError:
                pass
        if slots:
            state = (state, slots)
    return state


def _reduce_object(obj, proto):
    """What object.__reduce_ex__(proto) gives in CPython for an instance of a class
    written in Python: protocol 2 and later rebuild it with cls.__new__ and its state,
    the older ones through _reconstructor."""
    cls = type(obj)
    base = _builtin_base(cls)
    if base is object and not hasattr(obj, '__dict__') and not _slotnames(cls):
        # Natives without a pickling protocol (generators, files, locks, ...).
        raise TypeError(f"cannot pickle {cls.__name__!r} object")
    if proto >= 2:
        args = ()
        kwargs = None
        if hasattr(cls, '__getnewargs_ex__'):
            args, kwargs = obj.__getnewargs_ex__()
        elif hasattr(cls, '__getnewargs__'):
            args = obj.__getnewargs__()
        elif base in (int, float, str, bytes, tuple, frozenset, bool):
            args = (base(obj),)
        state = _default_state(obj)
        listitems = iter(obj) if isinstance(obj, list) else None
        dictitems = iter(obj.items()) if isinstance(obj, dict) else None
        if kwargs:
            return (__newobj_ex__, (cls, tuple(args), kwargs), state, listitems, dictitems)
        return (__newobj__, (cls,) + tuple(args), state, listitems, dictitems)
    if base is object:
        value = None
    else:
        if base is cls:
            raise TypeError(f"cannot pickle {cls.__name__!r} object")
        value = base(obj)
    state = _default_state(obj)
    args = (cls, base, value)
    if state:
        return _reconstructor, args, state
    return _reconstructor, args


# Extension codes, registered by (module, name); see PEP 307.
_extension_registry = {}                # key -> code
_inverted_registry = {}                 # code -> key
_extension_cache = {}                   # code -> object


def add_extension(module, name, code):
    """Register an extension code."""
    code = int(code)
    if not 1 <= code <= 0x7fffffff:
        raise ValueError("code out of range")
    key = (module, name)
    if (_extension_registry.get(key) == code and
            _inverted_registry.get(code) == key):
        return
    if key in _extension_registry:
        raise ValueError("key %s is already registered with code %s" %
                         (key, _extension_registry[key]))
    if code in _inverted_registry:
        raise ValueError("code %s is already in use for key %s" %
                         (code, _inverted_registry[code]))
    _extension_registry[key] = code
    _inverted_registry[code] = key


def remove_extension(module, name, code):
    """Unregister an extension code.  For testing only."""
    key = (module, name)
    if (_extension_registry.get(key) != code or
            _inverted_registry.get(code) != key):
        raise ValueError("key %s is not registered with code %s" %
                         (key, code))
    del _extension_registry[key]
    del _inverted_registry[code]
    if code in _extension_cache:
        del _extension_cache[code]


def clear_extension_cache():
    _extension_cache.clear()
