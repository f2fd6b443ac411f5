"""Abstract base classes: ABCMeta, ABC, abstractmethod and friends (CPython 3.11's abc).

Instantiation of a class with abstract methods is refused by object.__new__ (natively,
from the class's own __abstractmethods__, as CPython's); registration is kept per class in _abc_registry. Each
ABC remembers its answers to isinstance/issubclass (positive for good, negative until
the next register() anywhere), so a repeated check is two dict lookups, as in CPython.
"""


def abstractmethod(funcobj):
    funcobj.__isabstractmethod__ = True
    return funcobj


class abstractclassmethod(classmethod):
    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractstaticmethod(staticmethod):
    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


def abstractproperty(fget=None, fset=None, fdel=None, doc=None):
    if fget is not None:
        fget.__isabstractmethod__ = True
    return property(fget, fset, fdel, doc)


def _is_abstract(value):
    if isinstance(value, property):
        return any(getattr(f, "__isabstractmethod__", False)
                   for f in (value.fget, value.fset, value.fdel) if f is not None)
    if isinstance(value, (staticmethod, classmethod)):
        return getattr(value.__func__, "__isabstractmethod__", False)
    return getattr(value, "__isabstractmethod__", False)


import _weakref

_abc_invalidation_counter = 0


class _Caches:
    """An ABC's answers so far: classes known to be its subclasses (kept), classes known
    not to be (valid while no ABC registers a class: `version` is the counter they were
    found under). Keyed by id, holding weak pointers: a cached class can die, and a new
    one at its address is not taken for it."""

    __slots__ = ("positive", "negative", "version")

    def __init__(self):
        self.positive = {}
        self.negative = {}
        self.version = _abc_invalidation_counter


def _cached(cache, klass):
    pointer = cache.get(id(klass))
    return pointer is not None and _weakref.get(pointer) is klass


def _remember(cache, klass):
    cache[id(klass)] = _weakref.new(klass, None, None)


def _compute_abstracts(cls):
    abstracts = {name for name, value in cls.__dict__.items() if _is_abstract(value)}
    for base in cls.__bases__:
        for name in getattr(base, "__abstractmethods__", ()):
            value = None
            for klass in cls.__mro__:
                if name in klass.__dict__:
                    value = klass.__dict__[name]
                    break
            if _is_abstract(value):
                abstracts.add(name)
    return frozenset(abstracts)


class ABCMeta(type):
    def __new__(mcls, name, bases, namespace, /, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        cls.__abstractmethods__ = _compute_abstracts(cls)
        cls._abc_registry = []
        cls._abc_caches = _Caches()
        return cls

    def register(cls, subclass):
        if not isinstance(subclass, type):
            raise TypeError("Can only register classes")
        if issubclass(subclass, cls):
            return subclass
        if issubclass(cls, subclass):
            raise RuntimeError("Refusing to create an inheritance cycle")
        cls._abc_registry.append(subclass)
        # Every ABC's negative answers may now be wrong.
        global _abc_invalidation_counter
        _abc_invalidation_counter += 1
        return subclass

    def __instancecheck__(cls, instance):
        subclass = instance.__class__
        caches = cls._abc_caches
        if _cached(caches.positive, subclass):
            return True
        subtype = type(instance)
        if subtype is subclass:
            if (caches.version == _abc_invalidation_counter
                    and _cached(caches.negative, subclass)):
                return False
            return cls.__subclasscheck__(subclass)
        return any(cls.__subclasscheck__(c) for c in (subclass, subtype))

    def __subclasscheck__(cls, subclass):
        if not isinstance(subclass, type):
            raise TypeError("issubclass() arg 1 must be a class")
        caches = cls._abc_caches
        if _cached(caches.positive, subclass):
            return True
        if caches.version < _abc_invalidation_counter:
            caches.negative.clear()
            caches.version = _abc_invalidation_counter
        elif _cached(caches.negative, subclass):
            return False
        # The hook speaks first: it may refuse even a real subclass.
        ok = cls.__subclasshook__(subclass)
        if ok is not NotImplemented:
            if ok is not True and ok is not False:
                raise AssertionError(
                    "__subclasshook__ must return either False, True, or NotImplemented")
            _remember(caches.positive if ok else caches.negative, subclass)
            return ok
        if cls in getattr(subclass, "__mro__", ()):
            _remember(caches.positive, subclass)
            return True
        for registered in cls._abc_registry:
            if issubclass(subclass, registered):
                _remember(caches.positive, subclass)
                return True
        # A subclass's registrations and hook answer for this class too.
        for derived in cls.__subclasses__():
            if issubclass(subclass, derived):
                _remember(caches.positive, subclass)
                return True
        _remember(caches.negative, subclass)
        return False

    def _abc_caches_clear(cls):
        cls._abc_caches = _Caches()

    def _abc_registry_clear(cls):
        cls._abc_registry = []

    def _dump_registry(cls, file=None):
        print(f"Class: {cls.__module__}.{cls.__qualname__}", file=file)
        print(f"Inv. counter: {get_cache_token()}", file=file)


def get_cache_token():
    return _abc_invalidation_counter


def update_abstractmethods(cls):
    if not hasattr(cls, "__abstractmethods__"):
        return cls
    cls.__abstractmethods__ = _compute_abstracts(cls)
    return cls


class ABC(metaclass=ABCMeta):
    __slots__ = ()

    @classmethod
    def __subclasshook__(cls, subclass):
        return NotImplemented
