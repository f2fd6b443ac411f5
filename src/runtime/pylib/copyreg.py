"""copyreg: how pickle and copy take apart objects they have no built-in way for.

dispatch_table maps a type to its reduction function (pickle() registers one); the
helpers __newobj__, __newobj_ex__ and _reconstructor rebuild instances from what
__reduce_ex__ gave; _slotnames lists the slots an instance's state must carry; and the
extension registry (PEP 307) gives registered globals short integer codes."""

# _reduce_object below is also here: the default __reduce_ex__ of instances, which
# CPython's object type provides in C and coro's object lacks.

__all__ = ["pickle", "constructor",
           "add_extension", "remove_extension", "clear_extension_cache"]

dispatch_table = {}


def pickle(ob_type, pickle_function, constructor_ob=None):
    """Make pickle_function(obj) the reduction of ob_type's instances."""
    if not callable(pickle_function):
        raise TypeError("reduction functions must be callable")
    dispatch_table[ob_type] = pickle_function
    if constructor_ob is not None:
        constructor(constructor_ob)  # checked, for the old interface's sake


def constructor(object):
    """Check that object can serve as a constructor (it only has to be callable)."""
    if not callable(object):
        raise TypeError("constructors must be callable")


def _reconstructor(cls, base, state):
    """Protocols 0 and 1: an instance of cls made as its builtin base would make one
    from state (a plain object when base is object)."""
    if base is object:
        return object.__new__(cls)
    made = base.__new__(cls, state)
    if base.__init__ != object.__init__:
        base.__init__(made, state)
    return made


def __newobj__(cls, *args):
    """Protocol 2's way of creating an instance: cls.__new__(cls, *args)."""
    return cls.__new__(cls, *args)


def __newobj_ex__(cls, args, kwargs):
    """Protocol 4's: cls.__new__ with keyword arguments too."""
    return cls.__new__(cls, *args, **kwargs)


def _slot_attribute(owner, slot):
    """The attribute a slot named in owner's __slots__ is stored as: a private name
    (__x, not __x__) is mangled with owner's name."""
    if not slot.startswith('__') or slot.endswith('__'):
        return slot
    prefix = owner.__name__.lstrip('_')
    return f'_{prefix}{slot}' if prefix else slot


def _slotnames(cls):
    """The names of every slot instances of cls have (the class's and its bases'),
    without __dict__ and __weakref__; cached as cls.__slotnames__ where it can be."""
    cached = cls.__dict__.get("__slotnames__")
    if cached is not None:
        return cached
    names = []
    if hasattr(cls, "__slots__"):
        for owner in cls.__mro__:
            declared = owner.__dict__.get('__slots__')
            if declared is None:
                continue
            for slot in (declared,) if isinstance(declared, str) else declared:
                if slot not in ("__dict__", "__weakref__"):
                    names.append(_slot_attribute(owner, slot))
    try:
        cls.__slotnames__ = names
    except Exception:
        pass  # a class that refuses attributes just is not cached
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


# The extension registry (PEP 307): (module, name) <-> code, and the objects loaded
# through codes.
_extension_registry = {}
_inverted_registry = {}
_extension_cache = {}


def add_extension(module, name, code):
    """Register code (1 to 2**31 - 1) for the global module.name."""
    code = int(code)
    if code < 1 or code > 0x7fffffff:
        raise ValueError("code out of range")
    key = (module, name)
    registered = _extension_registry.get(key)
    holder = _inverted_registry.get(code)
    if registered == code and holder == key:
        return  # registering the same pair again is allowed
    if registered is not None:
        raise ValueError(f"key {key} is already registered with code {registered}")
    if holder is not None:
        raise ValueError(f"code {code} is already in use for key {holder}")
    _extension_registry[key] = code
    _inverted_registry[code] = key


def remove_extension(module, name, code):
    """Unregister the pair module.name <-> code (it must be registered as such)."""
    key = (module, name)
    if _extension_registry.get(key) != code or _inverted_registry.get(code) != key:
        raise ValueError(f"key {key} is not registered with code {code}")
    del _extension_registry[key], _inverted_registry[code]
    _extension_cache.pop(code, None)


def clear_extension_cache():
    """Forget the objects loaded through extension codes."""
    _extension_cache.clear()
