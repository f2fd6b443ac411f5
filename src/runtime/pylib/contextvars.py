"""Context variables (PEP 567): ContextVar, Token, Context, copy_context.

Which Context is current belongs to the interpreter (the `_contextvars` natives); asyncio
tasks and loop callbacks run in the copy they took when they were made. A Context's
variables are the dict `_data`, never changed in place: setting a variable gives the
Context a new dict, so a copy can share the old one.
"""

import _contextvars

__all__ = ('Context', 'ContextVar', 'Token', 'copy_context')

_current = _contextvars.current
_set_current = _contextvars.set_current
_MISSING = object()


def _not_a_base(cls):
    raise TypeError(f"type '_contextvars.{cls.__mro__[1].__name__}' "
                    "is not an acceptable base type")


def _check_key(key):
    if type(key) is not ContextVar:
        raise TypeError(f'a ContextVar key was expected, got {key!r}')


def _current_context():
    """The current Context, made (empty) if there is none yet."""
    ctx = _current()
    if ctx is None:
        ctx = Context()
        _set_current(ctx)
    return ctx


class _View:
    __slots__ = ('_data',)

    def __init__(self, data):
        self._data = data

    def __len__(self):
        return len(self._data)

    def __repr__(self):
        return f'<{type(self).__name__} object at {id(self):#x}>'


class keys(_View):
    __slots__ = ()

    def __iter__(self):
        return iter(self._data)


class values(_View):
    __slots__ = ()

    def __iter__(self):
        return iter(self._data.values())


class items(_View):
    __slots__ = ()

    def __iter__(self):
        return iter(self._data.items())


class Context:
    __module__ = '_contextvars'
    _entered = False

    def __hash__(self):
        # CPython's message names the type by its C name.
        raise TypeError("unhashable type: '_contextvars.Context'")

    def __init__(self, *args, **kwargs):
        if args or kwargs:
            raise TypeError('Context() does not accept any arguments')
        self._data = {}
        self._entered = False

    def __init_subclass__(cls, **kwargs):
        _not_a_base(cls)

    run = _contextvars.run

    def copy(self):
        new = Context()
        new._data = self._data
        return new

    def __getitem__(self, var):
        _check_key(var)
        return self._data[var]

    def __contains__(self, var):
        _check_key(var)
        return var in self._data

    def __len__(self):
        return len(self._data)

    def __iter__(self):
        return iter(self._data)

    def get(self, var, default=None):
        _check_key(var)
        return self._data.get(var, default)

    def keys(self):
        return keys(self._data)

    def values(self):
        return values(self._data)

    def items(self):
        return items(self._data)

    def __eq__(self, other):
        if not isinstance(other, Context):
            return NotImplemented
        return self._data == other._data


def copy_context():
    return _current_context().copy()


class ContextVar:
    __module__ = '_contextvars'
    __slots__ = ('_name', '_default')

    def __init__(self, name, *, default=_MISSING):
        if type(name) is not str:
            raise TypeError('context variable name must be a str')
        object.__setattr__(self, '_name', name)
        object.__setattr__(self, '_default', default)

    def __init_subclass__(cls, **kwargs):
        _not_a_base(cls)

    def __setattr__(self, name, value):
        if name == 'name':
            raise AttributeError('readonly attribute')
        raise AttributeError(f"'_contextvars.ContextVar' object has no attribute '{name}'")

    @property
    def name(self):
        return self._name

    @name.setter
    def name(self, value):
        raise AttributeError('readonly attribute')

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)

    def get(self, *args):
        if len(args) > 1:
            raise TypeError(f'get expected at most 1 argument, got {len(args)}')
        ctx = _current()
        if ctx is not None:
            value = ctx._data.get(self, _MISSING)
            if value is not _MISSING:
                return value
        if args:
            return args[0]
        if self._default is not _MISSING:
            return self._default
        raise LookupError(self)

    def set(self, *args):
        if len(args) != 1:
            raise TypeError(f'ContextVar.set() takes exactly one argument ({len(args)} given)')
        ctx = _current_context()
        data = ctx._data
        old = data.get(self, Token.MISSING)
        new = dict(data)
        new[self] = args[0]
        ctx._data = new
        return Token._make(ctx, self, old)

    def reset(self, token):
        if type(token) is not Token:
            raise TypeError(f'expected an instance of Token, got {token!r}')
        if token._used:
            raise RuntimeError(f'{token!r} has already been used once')
        if token._var is not self:
            raise ValueError(f'{token!r} was created by a different ContextVar')
        ctx = _current_context()
        if token._ctx is not ctx:
            raise ValueError(f'{token!r} was created in a different Context')
        new = dict(ctx._data)
        if token._old_value is Token.MISSING:
            new.pop(self, None)
        else:
            new[self] = token._old_value
        ctx._data = new
        token._used = True

    def __repr__(self):
        r = f'<ContextVar name={self._name!r}'
        if self._default is not _MISSING:
            r += f' default={self._default!r}'
        return r + f' at {id(self):#x}>'


class _Missing:
    __slots__ = ()

    def __repr__(self):
        return '<Token.MISSING>'


class Token:
    __module__ = '_contextvars'
    __slots__ = ('_ctx', '_var', '_old_value', '_used')
    MISSING = _Missing()

    def __init__(self, *args, **kwargs):
        raise RuntimeError('Tokens can only be created by ContextVars')

    def __init_subclass__(cls, **kwargs):
        _not_a_base(cls)

    @classmethod
    def _make(cls, ctx, var, old_value):
        token = object.__new__(cls)
        token._ctx = ctx
        token._var = var
        token._old_value = old_value
        token._used = False
        return token

    @property
    def var(self):
        return self._var

    @property
    def old_value(self):
        return self._old_value

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)

    def __repr__(self):
        used = ' used' if self._used else ''
        return f'<Token{used} var={self._var!r} at {id(self):#x}>'
