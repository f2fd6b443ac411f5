"""Weak references: ref, proxy, WeakMethod, the weak containers and finalize.

Built on `_weakref`: a weak pointer is a Rust `Weak` to the object, and the callbacks of
an object's weak references run at the interpreter's next safe point after its last strong
reference goes. Which objects can be referenced weakly is CPython's answer.
"""

import _weakref
import atexit as _atexit
import itertools as _itertools
from _weakref import getweakrefcount, getweakrefs
from _weakrefset import WeakSet, _IterationGuard, _WeakContainer

__all__ = ['ref', 'proxy', 'getweakrefcount', 'getweakrefs',
           'WeakKeyDictionary', 'ReferenceType', 'ProxyType',
           'CallableProxyType', 'ProxyTypes', 'WeakValueDictionary',
           'WeakSet', 'WeakMethod', 'finalize']

_new_pointer = _weakref.new
_target = _weakref.get
_NO_HASH = object()


def _describe(ob):
    """`'A' at 0x...` and the object's name, as weak reference reprs show the referent."""
    text = f"'{type(ob).__name__}' at {id(ob):#x}"
    try:
        name = ob.__name__
    except Exception:
        return text
    if isinstance(name, str):
        text += f' ({name})'
    return text


class ReferenceType:
    __slots__ = ('_ptr', '_hash')
    __module__ = 'weakref'

    def __new__(cls, *args, **kwargs):
        if kwargs and cls is ReferenceType:
            raise TypeError('ref() takes no keyword arguments')
        if len(args) > 2:
            raise TypeError(f'__new__ expected at most 2 arguments, got {len(args)}')
        if not args:
            raise TypeError('__new__ expected at least 1 argument, got 0')
        ob = args[0]
        callback = args[1] if len(args) > 1 else None
        if callback is None and cls is ReferenceType:
            for r in getweakrefs(ob):
                if type(r) is ReferenceType and r.__callback__ is None:
                    return r
        self = object.__new__(cls)
        object.__setattr__(self, '_ptr', _new_pointer(ob, self, callback))
        object.__setattr__(self, '_hash', _NO_HASH)
        return self

    def __init__(self, *args, **kwargs):
        pass

    def __call__(self):
        return _target(self._ptr)

    @property
    def __callback__(self):
        return _weakref.callback(self._ptr)

    def __hash__(self):
        h = self._hash
        if h is _NO_HASH:
            ob = _target(self._ptr)
            if ob is None:
                raise TypeError('weak object has gone away')
            h = hash(ob)
            object.__setattr__(self, '_hash', h)
        return h

    def __eq__(self, other):
        if not isinstance(other, ReferenceType):
            return NotImplemented
        # The referents themselves (a subclass's __call__, as WeakMethod's, is not
        # what equality and hashing look at).
        a, b = _target(self._ptr), _target(other._ptr)
        if a is None or b is None:
            return self is other
        return a == b

    def __ne__(self, other):
        if not isinstance(other, ReferenceType):
            return NotImplemented
        # The referents themselves (a subclass's __call__, as WeakMethod's, is not
        # what equality and hashing look at).
        a, b = _target(self._ptr), _target(other._ptr)
        if a is None or b is None:
            return self is not other
        return a != b

    def __repr__(self):
        ob = _target(self._ptr)
        if ob is None:
            return f'<weakref at {id(self):#x}; dead>'
        return f'<weakref at {id(self):#x}; to {_describe(ob)}>'

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


ref = ReferenceType


class ProxyType:
    __slots__ = ('_ptr',)
    __module__ = 'weakref'

    def __init_subclass__(cls, **kwargs):
        if cls.__name__ != 'CallableProxyType':
            raise TypeError("type 'weakref.ProxyType' is not an acceptable base type")


def _referent(p):
    ob = _target(object.__getattribute__(p, '_ptr'))
    if ob is None:
        raise ReferenceError('weakly-referenced object no longer exists')
    return ob


def _forward(name):
    def method(self, *args):
        return getattr(_referent(self), name)(*args)
    method.__name__ = name
    return method


def _forward_binary(op, name):
    def method(self, other):
        if isinstance(other, ProxyType):
            other = _referent(other)
        return op(_referent(self), other)
    method.__name__ = name
    return method


def _install_proxy_methods():
    import operator
    for name in ('__len__', '__iter__', '__next__', '__getitem__', '__setitem__',
                 '__delitem__', '__contains__', '__neg__', '__pos__', '__abs__',
                 '__invert__', '__index__', '__int__', '__float__', '__reversed__',
                 '__enter__', '__exit__'):
        setattr(ProxyType, name, _forward(name))
    for name in ('add', 'sub', 'mul', 'truediv', 'floordiv', 'mod', 'pow', 'lshift',
                 'rshift', 'and', 'or', 'xor', 'matmul', 'eq', 'ne', 'lt', 'le', 'gt', 'ge'):
        op = getattr(operator, name + ('_' if name in ('and', 'or') else ''))
        setattr(ProxyType, f'__{name}__', _forward_binary(op, f'__{name}__'))
        if name not in ('eq', 'ne', 'lt', 'le', 'gt', 'ge'):
            rop = (lambda op: lambda a, b: op(b, a))(op)
            setattr(ProxyType, f'__r{name}__', _forward_binary(rop, f'__r{name}__'))
        if name not in ('eq', 'ne', 'lt', 'le', 'gt', 'ge'):
            iop = getattr(operator, 'i' + name)
            setattr(ProxyType, f'__i{name}__', _forward_binary(iop, f'__i{name}__'))


_install_proxy_methods()


def _proxy_getattribute(self, name):
    return getattr(_referent(self), name)


def _proxy_setattr(self, name, value):
    setattr(_referent(self), name, value)


def _proxy_delattr(self, name):
    delattr(_referent(self), name)


def _proxy_repr(self):
    ob = _target(object.__getattribute__(self, '_ptr'))
    return f'<weakproxy at {id(self):#x} to {type(ob).__name__} at {id(ob):#x}>'


def _proxy_str(self):
    return str(_referent(self))


def _proxy_bool(self):
    return bool(_referent(self))


def _proxy_hash(self):
    raise TypeError(f"unhashable type: 'weakref.{type(self).__name__}'")


ProxyType.__getattribute__ = _proxy_getattribute
ProxyType.__getattr__ = _proxy_getattribute
ProxyType.__setattr__ = _proxy_setattr
ProxyType.__delattr__ = _proxy_delattr
ProxyType.__repr__ = _proxy_repr
ProxyType.__str__ = _proxy_str
ProxyType.__bool__ = _proxy_bool
ProxyType.__hash__ = _proxy_hash


class CallableProxyType(ProxyType):
    __slots__ = ()
    __module__ = 'weakref'

    def __call__(self, *args, **kwargs):
        return _referent(self)(*args, **kwargs)


ProxyTypes = (ProxyType, CallableProxyType)


def proxy(ob, callback=None, /):
    cls = CallableProxyType if callable(ob) else ProxyType
    p = object.__new__(cls)
    object.__setattr__(p, '_ptr', _new_pointer(ob, p, callback))
    return p


class WeakMethod(ref):
    """A weak reference to a bound method: alive while both its object and its
    function are; calling it rebuilds the bound method (or gives None)."""
    __slots__ = ('_func_ref', '_meth_type', '_alive', '__weakref__')

    def __new__(cls, meth, callback=None):
        try:
            target, function = meth.__self__, meth.__func__
        except AttributeError:
            raise TypeError(f'argument should be a bound method, not {type(meth)}') from None

        def on_death(_dead):
            # Whichever of the object and the function dies first ends the method;
            # the callback runs once.
            me = me_ref()
            if me._alive:
                me._alive = False
                if callback is not None:
                    callback(me)

        self = ref.__new__(cls, target, on_death)
        self._func_ref = ref(function, on_death)
        self._meth_type = type(meth)
        self._alive = True
        me_ref = ref(self)
        return self

    def __call__(self):
        target, function = super().__call__(), self._func_ref()
        if target is None or function is None:
            return None
        return self._meth_type(function, target)

    def __eq__(self, other):
        if not isinstance(other, WeakMethod):
            return NotImplemented
        if self._alive and other._alive:
            return ref.__eq__(self, other) and self._func_ref == other._func_ref
        return self is other

    def __ne__(self, other):
        if not isinstance(other, WeakMethod):
            return NotImplemented
        if self._alive and other._alive:
            return ref.__ne__(self, other) or self._func_ref != other._func_ref
        return self is not other

    __hash__ = ref.__hash__


class KeyedRef(ref):
    """A weak reference that remembers the dictionary key it is stored under."""
    __slots__ = ('key',)

    def __new__(cls, ob, callback, key):
        self = ref.__new__(cls, ob, callback)
        self.key = key
        return self

    def __init__(self, ob, callback, key):
        super().__init__(ob, callback)


def _owner_callback(container, on_live):
    """The callback a weak container's entries carry: `on_live(container, dead_ref)`
    while the container itself is alive (it is held weakly)."""
    owner_ref = ref(container)

    def remove(dead, owner_ref=owner_ref):
        owner = owner_ref()
        if owner is not None:
            on_live(owner, dead)

    return remove


def _drop_value_entry(owner, dead):
    if owner._iterating:
        owner._pending_removals.append(dead.key)
    elif owner.data.get(dead.key) is dead:
        # Only the entry that still holds this very reference goes.
        del owner.data[dead.key]


def _drop_key_entry(owner, dead):
    if owner._iterating:
        owner._pending_removals.append(dead)
    else:
        owner.data.pop(dead, None)


def _pair(key, value):
    return key, value


def _first(key, value):
    return key


def _second(key, value):
    return value


def _value_alive(key, entry):
    value = entry()
    return None if value is None else (key, value)


def _key_alive(entry, value):
    key = entry()
    return None if key is None else (key, value)


def _live_entries(container, resolve, pick):
    """pick(key, value) for the container's entries that `resolve` finds alive, in a
    guarded pass (used with `yield from`, so closing the caller closes the pass)."""
    with _IterationGuard(container):
        for stored in container.data.items():
            found = resolve(*stored)
            if found is not None:
                yield pick(*found)


def _repr_of_container(self):
    return f'<{type(self).__name__} at {id(self):#x}>'


class WeakValueDictionary(_WeakContainer):
    """A mapping whose entries go away when their values are no longer used elsewhere."""

    def __init__(self, other=(), /, **kw):
        self.data = {}
        self._pending_removals = []
        self._iterating = 0
        self._remove = _owner_callback(self, _drop_value_entry)
        self.update(other, **kw)

    def _commit_removals(self):
        queued, data = self._pending_removals, self.data
        while queued:
            key = queued.pop()
            entry = data.get(key)
            if entry is not None and entry() is None:
                del data[key]

    def _live(self, pick=_pair):
        return _live_entries(self, _value_alive, pick)

    __repr__ = _repr_of_container

    def __len__(self):
        self._tidy()
        return len(self.data)

    def __contains__(self, key):
        self._tidy()
        entry = self.data.get(key)
        return entry is not None and entry() is not None

    def __getitem__(self, key):
        self._tidy()
        value = self.data[key]()
        if value is None:
            raise KeyError(key)
        return value

    def __setitem__(self, key, value):
        self._tidy()
        self.data[key] = KeyedRef(value, self._remove, key)

    def __delitem__(self, key):
        self._tidy()
        del self.data[key]

    def get(self, key, default=None):
        self._tidy()
        entry = self.data.get(key)
        value = None if entry is None else entry()
        return default if value is None else value

    def keys(self):
        self._tidy()
        yield from self._live(_first)

    __iter__ = keys

    def values(self):
        self._tidy()
        yield from self._live(_second)

    def items(self):
        self._tidy()
        yield from self._live()

    def itervaluerefs(self):
        self._tidy()
        with _IterationGuard(self):
            yield from self.data.values()

    def valuerefs(self):
        self._tidy()
        return list(self.data.values())

    def copy(self):
        self._tidy()
        duplicate = WeakValueDictionary()
        for key, value in list(self._live()):
            duplicate[key] = value
        return duplicate

    __copy__ = copy

    def __deepcopy__(self, memo):
        from copy import deepcopy
        self._tidy()
        duplicate = type(self)()
        for key, value in list(self._live()):
            duplicate[deepcopy(key, memo)] = value
        return duplicate

    def pop(self, key, *args):
        self._tidy()
        entry = self.data.pop(key, None)
        value = None if entry is None else entry()
        if value is not None:
            return value
        if args:
            return args[0]
        raise KeyError(key)

    def popitem(self):
        self._tidy()
        while True:
            key, entry = self.data.popitem()
            value = entry()
            if value is not None:
                return key, value

    def setdefault(self, key, default=None):
        entry = self.data.get(key)
        value = None if entry is None else entry()
        if value is not None:
            return value
        self._tidy()
        self.data[key] = KeyedRef(default, self._remove, key)
        return default

    def update(self, other=None, /, **kwargs):
        self._tidy()
        sources = []
        if other is not None:
            sources.append(other.items() if hasattr(other, 'items') else dict(other).items())
        sources.append(kwargs.items())
        for pairs in sources:
            for key, value in pairs:
                self.data[key] = KeyedRef(value, self._remove, key)

    def clear(self):
        self._tidy()
        self.data.clear()


class WeakKeyDictionary(_WeakContainer):
    """A mapping whose entries go away when their keys are no longer used elsewhere."""

    def __init__(self, dict=None):
        self.data = {}
        self._pending_removals = []
        self._iterating = 0
        self._remove = _owner_callback(self, _drop_key_entry)
        if dict is not None:
            self.update(dict)

    def _commit_removals(self):
        queued = self._pending_removals
        while queued:
            self.data.pop(queued.pop(), None)

    def _live(self, pick=_pair):
        return _live_entries(self, _key_alive, pick)

    __repr__ = _repr_of_container

    def __len__(self):
        self._tidy()
        return len(self.data)

    def __contains__(self, key):
        try:
            probe = ref(key)
        except TypeError:
            return False
        return probe in self.data

    def __getitem__(self, key):
        return self.data[ref(key)]

    def __setitem__(self, key, value):
        self.data[ref(key, self._remove)] = value

    def __delitem__(self, key):
        del self.data[ref(key)]

    def get(self, key, default=None):
        return self.data.get(ref(key), default)

    def keys(self):
        yield from self._live(_first)

    __iter__ = keys

    def values(self):
        yield from self._live(_second)

    def items(self):
        yield from self._live()

    def keyrefs(self):
        return list(self.data)

    def copy(self):
        duplicate = WeakKeyDictionary()
        for key, value in list(self._live()):
            duplicate[key] = value
        return duplicate

    __copy__ = copy

    def __deepcopy__(self, memo):
        from copy import deepcopy
        duplicate = type(self)()
        for key, value in list(self._live()):
            duplicate[key] = deepcopy(value, memo)
        return duplicate

    def pop(self, key, *args):
        return self.data.pop(ref(key), *args)

    def popitem(self):
        while True:
            key_ref, value = self.data.popitem()
            key = key_ref()
            if key is not None:
                return key, value

    def setdefault(self, key, default=None):
        return self.data.setdefault(ref(key, self._remove), default)

    def update(self, dict=None, /, **kwargs):
        for source in (dict, kwargs):
            if source is None:
                continue
            pairs = source.items() if hasattr(source, 'items') else type({})(source).items()
            for key, value in pairs:
                self.data[ref(key, self._remove)] = value

    def clear(self):
        self.data.clear()


class finalize:
    """Call `func(*args, **kwargs)` when `obj` is collected, or at exit if still alive
    (unless its atexit attribute is set false). Each finalizer runs at most once."""

    __slots__ = ()
    # Live finalizers -> their _Info; class-wide, as the exit handler needs them all.
    _registry = {}
    _shutdown = False
    _index_iter = _itertools.count()
    _dirty = False
    _registered_with_atexit = False

    class _Info:
        __slots__ = ('weakref', 'func', 'args', 'kwargs', 'atexit', 'index')

    def __init__(self, obj, func, /, *args, **kwargs):
        if not finalize._registered_with_atexit:
            _atexit.register(self._exitfunc)
            finalize._registered_with_atexit = True
        record = self._Info()
        record.weakref = ref(obj, self)
        record.func, record.args, record.kwargs = func, args, kwargs or None
        record.atexit = True
        record.index = next(self._index_iter)
        self._registry[self] = record
        finalize._dirty = True

    def _call_parts(self):
        """(obj, func, args, kwargs) while alive, else None."""
        record = self._registry.get(self)
        target = record.weakref() if record else None
        if target is None:
            return None
        return target, record.func, record.args, record.kwargs or {}

    def __call__(self, _=None):
        record = self._registry.pop(self, None)
        if record and not self._shutdown:
            return record.func(*record.args, **(record.kwargs or {}))

    def detach(self):
        parts = self._call_parts()
        if parts is not None and self._registry.pop(self, None):
            return parts

    def peek(self):
        return self._call_parts()

    @property
    def alive(self):
        return self in self._registry

    @property
    def atexit(self):
        record = self._registry.get(self)
        return bool(record) and record.atexit

    @atexit.setter
    def atexit(self, value):
        record = self._registry.get(self)
        if record:
            record.atexit = bool(value)

    def __repr__(self):
        parts = self._call_parts()
        where = f'<{type(self).__name__} object at {id(self):#x}'
        if parts is None:
            return where + '; dead>'
        target = parts[0]
        return f'{where}; for {type(target).__name__!r} at {id(target):#x}>'

    @classmethod
    def _select_for_exit(cls):
        # The finalizers still to run at exit, oldest first.
        chosen = [(record.index, f) for f, record in cls._registry.items() if record.atexit]
        return [f for _, f in sorted(chosen, key=lambda pair: pair[0])]

    @classmethod
    def _exitfunc(cls):
        # Newest first; a finalizer that creates others makes the list be re-read.
        try:
            if not cls._registry:
                return
            pending = None
            while True:
                if pending is None or finalize._dirty:
                    pending = cls._select_for_exit()
                    finalize._dirty = False
                if not pending:
                    return
                f = pending.pop()
                try:
                    f()
                except Exception:
                    import sys
                    import traceback
                    print('Exception ignored in:', repr(f), file=sys.stderr)
                    traceback.print_exc()
        finally:
            finalize._shutdown = True
