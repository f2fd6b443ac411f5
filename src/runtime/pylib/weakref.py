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
            ob = self()
            if ob is None:
                raise TypeError('weak object has gone away')
            h = hash(ob)
            object.__setattr__(self, '_hash', h)
        return h

    def __eq__(self, other):
        if not isinstance(other, ReferenceType):
            return NotImplemented
        a, b = self(), other()
        if a is None or b is None:
            return self is other
        return a == b

    def __ne__(self, other):
        if not isinstance(other, ReferenceType):
            return NotImplemented
        a, b = self(), other()
        if a is None or b is None:
            return self is not other
        return a != b

    def __repr__(self):
        ob = self()
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
    """A weak reference to a bound method: alive while both its object and function are."""
    __slots__ = ('_func_ref', '_meth_type', '_alive', '__weakref__')

    def __new__(cls, meth, callback=None):
        try:
            obj = meth.__self__
            func = meth.__func__
        except AttributeError:
            raise TypeError(f'argument should be a bound method, not {type(meth)}') from None

        def _cb(arg):
            self = self_wr()
            if self._alive:
                self._alive = False
                if callback is not None:
                    callback(self)
        self = ref.__new__(cls, obj, _cb)
        self._func_ref = ref(func, _cb)
        self._meth_type = type(meth)
        self._alive = True
        self_wr = ref(self)
        return self

    def __call__(self):
        obj = super().__call__()
        func = self._func_ref()
        if obj is None or func is None:
            return None
        return self._meth_type(func, obj)

    def __eq__(self, other):
        if isinstance(other, WeakMethod):
            if not self._alive or not other._alive:
                return self is other
            return ref.__eq__(self, other) and self._func_ref == other._func_ref
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, WeakMethod):
            if not self._alive or not other._alive:
                return self is not other
            return ref.__ne__(self, other) or self._func_ref != other._func_ref
        return NotImplemented

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


class WeakValueDictionary(_WeakContainer):
    """A mapping whose entries go away when their values are no longer used elsewhere."""

    def __init__(self, other=(), /, **kw):
        def remove(wr, selfref=ref(self)):
            self = selfref()
            if self is not None:
                if self._iterating:
                    self._pending_removals.append(wr.key)
                else:
                    d = self.data
                    if d.get(wr.key) is wr:
                        del d[wr.key]
        self._remove = remove
        self._pending_removals = []
        self._iterating = 0
        self.data = {}
        self.update(other, **kw)

    def _commit_removals(self):
        pop = self._pending_removals.pop
        d = self.data
        while self._pending_removals:
            key = pop()
            wr = d.get(key)
            if wr is not None and wr() is None:
                del d[key]

    def __getitem__(self, key):
        self._tidy()
        o = self.data[key]()
        if o is None:
            raise KeyError(key)
        return o

    def __delitem__(self, key):
        self._tidy()
        del self.data[key]

    def __len__(self):
        self._tidy()
        return len(self.data)

    def __contains__(self, key):
        self._tidy()
        try:
            o = self.data[key]()
        except KeyError:
            return False
        return o is not None

    def __repr__(self):
        return f'<{type(self).__name__} at {id(self):#x}>'

    def __setitem__(self, key, value):
        self._tidy()
        self.data[key] = KeyedRef(value, self._remove, key)

    def copy(self):
        self._tidy()
        new = WeakValueDictionary()
        with _IterationGuard(self):
            for key, wr in self.data.items():
                o = wr()
                if o is not None:
                    new[key] = o
        return new

    __copy__ = copy

    def __deepcopy__(self, memo):
        from copy import deepcopy
        self._tidy()
        new = self.__class__()
        with _IterationGuard(self):
            for key, wr in self.data.items():
                o = wr()
                if o is not None:
                    new[deepcopy(key, memo)] = o
        return new

    def get(self, key, default=None):
        self._tidy()
        try:
            wr = self.data[key]
        except KeyError:
            return default
        o = wr()
        return default if o is None else o

    def items(self):
        self._tidy()
        with _IterationGuard(self):
            for k, wr in self.data.items():
                v = wr()
                if v is not None:
                    yield k, v

    def keys(self):
        self._tidy()
        with _IterationGuard(self):
            for k, wr in self.data.items():
                if wr() is not None:
                    yield k

    __iter__ = keys

    def itervaluerefs(self):
        self._tidy()
        with _IterationGuard(self):
            yield from self.data.values()

    def valuerefs(self):
        self._tidy()
        return list(self.data.values())

    def values(self):
        self._tidy()
        with _IterationGuard(self):
            for wr in self.data.values():
                obj = wr()
                if obj is not None:
                    yield obj

    def popitem(self):
        self._tidy()
        while True:
            key, wr = self.data.popitem()
            o = wr()
            if o is not None:
                return key, o

    def pop(self, key, *args):
        self._tidy()
        try:
            o = self.data.pop(key)()
        except KeyError:
            o = None
        if o is None:
            if args:
                return args[0]
            raise KeyError(key)
        return o

    def setdefault(self, key, default=None):
        try:
            o = self.data[key]()
        except KeyError:
            o = None
        if o is None:
            self._tidy()
            self.data[key] = KeyedRef(default, self._remove, key)
            return default
        return o

    def update(self, other=None, /, **kwargs):
        self._tidy()
        d = self.data
        if other is not None:
            if not hasattr(other, 'items'):
                other = dict(other)
            for key, o in other.items():
                d[key] = KeyedRef(o, self._remove, key)
        for key, o in kwargs.items():
            d[key] = KeyedRef(o, self._remove, key)

    def clear(self):
        self._tidy()
        self.data.clear()


class WeakKeyDictionary(_WeakContainer):
    """A mapping whose entries go away when their keys are no longer used elsewhere."""

    def __init__(self, dict=None):
        self.data = {}

        def remove(k, selfref=ref(self)):
            self = selfref()
            if self is not None:
                if self._iterating:
                    self._pending_removals.append(k)
                else:
                    try:
                        del self.data[k]
                    except KeyError:
                        pass
        self._remove = remove
        self._pending_removals = []
        self._iterating = 0
        if dict is not None:
            self.update(dict)

    def _commit_removals(self):
        pop = self._pending_removals.pop
        d = self.data
        while self._pending_removals:
            try:
                del d[pop()]
            except KeyError:
                pass

    def __delitem__(self, key):
        del self.data[ref(key)]

    def __getitem__(self, key):
        return self.data[ref(key)]

    def __len__(self):
        self._tidy()
        return len(self.data)

    def __repr__(self):
        return f'<{type(self).__name__} at {id(self):#x}>'

    def __setitem__(self, key, value):
        self.data[ref(key, self._remove)] = value

    def copy(self):
        new = WeakKeyDictionary()
        with _IterationGuard(self):
            for key, value in self.data.items():
                o = key()
                if o is not None:
                    new[o] = value
        return new

    __copy__ = copy

    def __deepcopy__(self, memo):
        from copy import deepcopy
        new = self.__class__()
        with _IterationGuard(self):
            for key, value in self.data.items():
                o = key()
                if o is not None:
                    new[o] = deepcopy(value, memo)
        return new

    def get(self, key, default=None):
        return self.data.get(ref(key), default)

    def __contains__(self, key):
        try:
            wr = ref(key)
        except TypeError:
            return False
        return wr in self.data

    def items(self):
        with _IterationGuard(self):
            for wr, value in self.data.items():
                key = wr()
                if key is not None:
                    yield key, value

    def keys(self):
        with _IterationGuard(self):
            for wr in self.data:
                obj = wr()
                if obj is not None:
                    yield obj

    __iter__ = keys

    def values(self):
        with _IterationGuard(self):
            for wr, value in self.data.items():
                if wr() is not None:
                    yield value

    def keyrefs(self):
        return list(self.data)

    def popitem(self):
        while True:
            key, value = self.data.popitem()
            o = key()
            if o is not None:
                return o, value

    def pop(self, key, *args):
        return self.data.pop(ref(key), *args)

    def setdefault(self, key, default=None):
        return self.data.setdefault(ref(key, self._remove), default)

    def update(self, dict=None, /, **kwargs):
        d = self.data
        if dict is not None:
            if not hasattr(dict, 'items'):
                dict = type({})(dict)
            for key, value in dict.items():
                d[ref(key, self._remove)] = value
        if kwargs:
            self.update(kwargs)

    def clear(self):
        self.data.clear()


class finalize:
    """Call `func(*args, **kwargs)` when `obj` is collected, or at exit if still alive."""

    __slots__ = ()
    _registry = {}
    _shutdown = False
    _index_iter = _itertools.count()
    _dirty = False
    _registered_with_atexit = False

    class _Info:
        __slots__ = ('weakref', 'func', 'args', 'kwargs', 'atexit', 'index')

    def __init__(self, obj, func, /, *args, **kwargs):
        if not self._registered_with_atexit:
            _atexit.register(self._exitfunc)
            finalize._registered_with_atexit = True
        info = self._Info()
        info.weakref = ref(obj, self)
        info.func = func
        info.args = args
        info.kwargs = kwargs or None
        info.atexit = True
        info.index = next(self._index_iter)
        self._registry[self] = info
        finalize._dirty = True

    def __call__(self, _=None):
        info = self._registry.pop(self, None)
        if info and not self._shutdown:
            return info.func(*info.args, **(info.kwargs or {}))

    def detach(self):
        info = self._registry.get(self)
        obj = info and info.weakref()
        if obj is not None and self._registry.pop(self, None):
            return (obj, info.func, info.args, info.kwargs or {})

    def peek(self):
        info = self._registry.get(self)
        obj = info and info.weakref()
        if obj is not None:
            return (obj, info.func, info.args, info.kwargs or {})

    @property
    def alive(self):
        return self in self._registry

    @property
    def atexit(self):
        info = self._registry.get(self)
        return bool(info) and info.atexit

    @atexit.setter
    def atexit(self, value):
        info = self._registry.get(self)
        if info:
            info.atexit = bool(value)

    def __repr__(self):
        info = self._registry.get(self)
        obj = info and info.weakref()
        if obj is None:
            return f'<{type(self).__name__} object at {id(self):#x}; dead>'
        return (f'<{type(self).__name__} object at {id(self):#x}; '
                f'for {type(obj).__name__!r} at {id(obj):#x}>')

    @classmethod
    def _select_for_exit(cls):
        L = [(f, i) for (f, i) in cls._registry.items() if i.atexit]
        L.sort(key=lambda item: item[1].index)
        return [f for (f, i) in L]

    @classmethod
    def _exitfunc(cls):
        try:
            if cls._registry:
                pending = None
                while True:
                    if pending is None or finalize._dirty:
                        pending = cls._select_for_exit()
                        finalize._dirty = False
                    if not pending:
                        break
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
