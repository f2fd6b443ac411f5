"""Higher-order functions and operations on callables (coro's functools): the natives of
`_functools` (partial, reduce, wraps, update_wrapper, lru_cache, cache, total_ordering,
cmp_to_key) and, written here, cached_property, partialmethod, singledispatch and
singledispatchmethod, as CPython 3.11 defines them."""

from _functools import *
from _functools import WRAPPER_ASSIGNMENTS, WRAPPER_UPDATES
from abc import get_cache_token
from types import GenericAlias

_NOT_FOUND = object()


def _bind(func, obj, cls):
    """func.__get__(obj, cls), also for callables without __get__ (coro's functions)."""
    if isinstance(func, staticmethod):
        return func.__func__
    if isinstance(func, classmethod):
        return _bound(func.__func__, cls if cls is not None else type(obj))
    get = getattr(func, "__get__", None)
    if get is not None:
        return get(obj, cls)
    return func if obj is None else _bound(func, obj)


def _bound(func, first):
    def bound(*args, **kwargs):
        return func(first, *args, **kwargs)
    return bound


class cached_property:
    """A property computed once per instance, then kept in the instance's __dict__
    under the attribute's own name (so later reads find it there, and del forgets it).

    Unlike CPython 3.11's, it holds no lock: concurrent first reads may both compute."""

    def __init__(self, func):
        self.func = func
        self.__doc__ = func.__doc__
        self.attrname = None  # set by __set_name__ when the class is created

    def __set_name__(self, owner, name):
        if self.attrname is not None and name != self.attrname:
            raise TypeError("Cannot assign the same cached_property to two different "
                            f"names ({self.attrname!r} and {name!r}).")
        self.attrname = name

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        name = self.attrname
        if name is None:
            raise TypeError(
                "Cannot use cached_property instance without calling __set_name__ on it.")
        kind = type(instance).__name__
        storage = getattr(instance, '__dict__', _NOT_FOUND)
        if storage is _NOT_FOUND:
            raise TypeError(f"No '__dict__' attribute on {kind!r} instance to cache "
                            f"{name!r} property.")
        value = storage.get(name, _NOT_FOUND)
        if value is not _NOT_FOUND:
            return value
        value = self.func(instance)
        try:
            storage[name] = value
        except TypeError:
            raise TypeError(f"The '__dict__' attribute on {kind!r} instance does not "
                            f"support item assignment for caching {name!r} property."
                            ) from None
        return value

    __class_getitem__ = classmethod(GenericAlias)


def _check_callable_or_descriptor(func):
    # coro's staticmethod and classmethod objects have no __get__: _bind binds them.
    if not (callable(func) or hasattr(func, "__get__")
            or isinstance(func, (staticmethod, classmethod))):
        raise TypeError(f"{func!r} is not callable or a descriptor")


def _abstractness(func):
    return getattr(func, "__isabstractmethod__", False)


class partialmethod:
    """partial() for methods: the object the method is looked up on comes first, then
    the stored positional arguments; stored keywords yield to the call's."""

    def __init__(self, func, /, *args, **keywords):
        _check_callable_or_descriptor(func)
        if isinstance(func, partialmethod):
            # Nested partialmethods collapse into one over the innermost function.
            args = func.args + args
            keywords = {**func.keywords, **keywords}
            func = func.func
        self.func, self.args, self.keywords = func, args, keywords

    def __repr__(self):
        shown_args = ", ".join(repr(arg) for arg in self.args)
        shown_keywords = ", ".join(f"{key}={value!r}" for key, value in self.keywords.items())
        kind = type(self)
        return (f"{kind.__module__}.{kind.__qualname__}({self.func}, {shown_args}, "
                f"{shown_keywords})")

    def _make_unbound_method(self):
        stored = self

        def _method(cls_or_self, /, *args, **keywords):
            return stored.func(cls_or_self, *stored.args, *args,
                               **{**stored.keywords, **keywords})
        _method.__isabstractmethod__ = self.__isabstractmethod__
        _method._partialmethod = self
        return _method

    def __get__(self, obj, cls=None):
        func = self.func
        binder = getattr(func, "__get__", None)
        if isinstance(func, (staticmethod, classmethod)):
            binder = lambda obj, cls: _bind(func, obj, cls)
        if binder is not None and not isinstance(func, partial):
            # A descriptor (a classmethod, another method...) binds itself; the stored
            # arguments follow whatever it bound.
            bound = binder(obj, cls)
            if bound is not func:
                result = partial(bound, *self.args, **self.keywords)
                if hasattr(bound, "__self__"):
                    try:
                        result.__self__ = bound.__self__
                    except AttributeError:
                        pass
                return result
        return _bind(self._make_unbound_method(), obj, cls)

    @property
    def __isabstractmethod__(self):
        return _abstractness(self.func)

    __class_getitem__ = classmethod(GenericAlias)


def _find_impl(cls, registry):
    """The implementation registered for the closest class in cls's MRO, then for any
    registered class (an ABC, say) cls is a subclass of, then object's."""
    for base in cls.__mro__:
        if base in registry and base is not object:
            return registry[base]
    for base, impl in registry.items():
        if base is not object and isinstance(base, type) and issubclass(cls, base):
            return impl
    return registry.get(object)


def _is_union(hint):
    return type(hint).__name__ == "UnionType"


def _union_members(hint):
    from typing import get_args
    return get_args(hint)


def _is_valid_dispatch_type(hint):
    return isinstance(hint, type) or (
        _is_union(hint) and all(isinstance(member, type) for member in _union_members(hint)))


def _annotated_dispatch_type(func):
    """The class annotated on func's first parameter, for a bare @register."""
    if not getattr(func, "__annotations__", {}):
        raise TypeError(
            f"Invalid first argument to `register()`: {func!r}. "
            "Use either `@register(some_class)` or plain `@register` on an annotated "
            "function.")
    from typing import get_type_hints
    argname, hint = next(iter(get_type_hints(func).items()))
    if not _is_valid_dispatch_type(hint):
        raise TypeError(f"Invalid annotation for {argname!r}. {hint!r} is not a class.")
    return hint


def singledispatch(func):
    """Turn func into a generic function: calls go to the implementation registered for
    the class of the first argument (func itself for object)."""
    registry = {object: func}
    resolved = {}  # class -> implementation, cleared by every register
    funcname = getattr(func, "__name__", "singledispatch function")

    def dispatch(cls):
        impl = resolved.get(cls)
        if impl is None:
            impl = resolved[cls] = _find_impl(cls, registry)
        return impl

    def register(cls, func=None):
        if not _is_valid_dispatch_type(cls):
            if func is not None:
                raise TypeError(f"Invalid first argument to `register()`. {cls!r} is not a "
                                "class or union type.")
            func, cls = cls, _annotated_dispatch_type(cls)
        elif func is None:
            return lambda implementation: register(cls, implementation)
        for target in _union_members(cls) if _is_union(cls) else (cls,):
            registry[target] = func
        resolved.clear()
        return func

    def wrapper(*args, **kw):
        if not args:
            raise TypeError(f"{funcname} requires at least 1 positional argument")
        return dispatch(args[0].__class__)(*args, **kw)

    wrapper.register = register
    wrapper.dispatch = dispatch
    wrapper.registry = registry
    wrapper._clear_cache = resolved.clear
    update_wrapper(wrapper, func)
    return wrapper


class singledispatchmethod:
    """singledispatch for methods: dispatches on the first argument after self (or
    cls), then binds the implementation found as the method would be bound."""

    def __init__(self, func):
        _check_callable_or_descriptor(func)
        self.func = func
        self.dispatcher = singledispatch(func)

    def register(self, cls, method=None):
        """Register method for cls, as singledispatch's register does."""
        return self.dispatcher.register(cls, func=method)

    def __get__(self, obj, cls=None):
        dispatcher = self.dispatcher

        def _method(*args, **kwargs):
            implementation = dispatcher.dispatch(args[0].__class__)
            return _bind(implementation, obj, cls)(*args, **kwargs)

        _method.register = self.register
        _method.__isabstractmethod__ = self.__isabstractmethod__
        update_wrapper(_method, self.func)
        return _method

    @property
    def __isabstractmethod__(self):
        return _abstractness(self.func)
