"""The magic methods of unittest.mock (MagicMixin, MagicMock, NonCallableMagicMock and
their CPython defaults), AsyncMock and PropertyMock. Part of unittest.mock, which
re-exports everything public here; not a module to import on its own."""

from unittest.mock import (
    DEFAULT, Mock, NonCallableMock, _Call, _CallList, _deleted, _is_async_func,
    _is_exception, _unmatched,
)

# ---------------------------------------------------------------- magic methods

_magic_names = (
    "lt le gt ge eq ne getitem setitem delitem len contains iter hash str sizeof "
    "enter exit divmod rdivmod neg pos abs invert complex int float index round "
    "trunc floor ceil bool next fspath aiter"
)
_numerics = "add sub mul matmul truediv floordiv mod lshift rshift and xor or pow"
_inplace = " ".join("i%s" % n for n in _numerics.split())
_right = " ".join("r%s" % n for n in _numerics.split())

_non_defaults = {
    "__get__", "__set__", "__delete__", "__reversed__", "__missing__",
    "__reduce__", "__reduce_ex__", "__getinitargs__", "__getnewargs__",
    "__getstate__", "__setstate__", "__getformat__", "__class_getitem__",
    "__repr__", "__dir__", "__subclasses__", "__format__", "__getnewargs_ex__",
}


def _get_method(name, func):
    def method(self, *args, **kw):
        return func(self, *args, **kw)
    method.__name__ = name
    return method


_magics = {
    "__%s__" % method
    for method in " ".join([_magic_names, _numerics, _inplace, _right]).split()
}
_non_defaults_magics = set(_non_defaults)
_async_method_magics = {"__aenter__", "__aexit__", "__anext__"}
_all_sync_magics = _magics | _non_defaults_magics
_all_magics = _all_sync_magics | _async_method_magics
_unsupported_magics = {
    "__getattr__", "__setattr__", "__init__", "__new__", "__prepare__",
    "__instancecheck__", "__subclasscheck__", "__del__",
}


def _is_magic(name):
    return "__%s__" % name[2:-2] == name


def _calculate_hash(mock):
    def method():
        return object.__hash__(mock)
    return method


def _str_of(mock):
    def method():
        return object.__str__(mock)
    return method


def _sizeof_of(mock):
    def method():
        return object.__sizeof__(mock)
    return method


_calculate_return_value = {
    "__hash__": _calculate_hash,
    "__str__": _str_of,
    "__sizeof__": _sizeof_of,
}

_return_values = {
    "__lt__": NotImplemented,
    "__gt__": NotImplemented,
    "__le__": NotImplemented,
    "__ge__": NotImplemented,
    "__int__": 1,
    "__contains__": False,
    "__len__": 0,
    "__exit__": False,
    "__float__": 1.0,
    "__bool__": True,
    "__index__": 1,
    "__aexit__": False,
}


try:
    _return_values["__complex__"] = complex(0, 1)
except NameError:
    pass  # no complex numbers in this build


def _get_eq(mock):
    def __eq__(other):
        ret_val = mock.__eq__._mock_return_value
        if ret_val is not DEFAULT:
            return ret_val
        if mock is other:
            return True
        return NotImplemented
    return __eq__


def _get_ne(mock):
    def __ne__(other):
        if mock.__ne__._mock_return_value is not DEFAULT:
            return DEFAULT
        if mock is other:
            return False
        return NotImplemented
    return __ne__


def _get_iter(mock):
    def __iter__():
        ret_val = mock.__iter__._mock_return_value
        if ret_val is DEFAULT:
            return iter([])
        return iter(ret_val)
    return __iter__


def _get_async_iter(mock):
    def __aiter__():
        ret_val = mock.__aiter__._mock_return_value
        if ret_val is DEFAULT:
            return _AsyncIterator(iter([]))
        return _AsyncIterator(iter(ret_val))
    return __aiter__


_side_effect_methods = {
    "__eq__": _get_eq,
    "__ne__": _get_ne,
    "__iter__": _get_iter,
    "__aiter__": _get_async_iter,
}


def _set_return_value(mock, method, name):
    fixed = _return_values.get(name, DEFAULT)
    if fixed is not DEFAULT:
        method.return_value = fixed
        return
    if name == "__fspath__":
        method.return_value = "%s/%s/%s" % (
            type(mock).__name__, mock._extract_mock_name(), id(mock))
        return
    calculator = _calculate_return_value.get(name)
    if calculator is not None:
        method.return_value = calculator(mock)()
        return
    side_effector = _side_effect_methods.get(name)
    if side_effector is not None:
        method.side_effect = side_effector(mock)


class MagicMixin:
    """Configures the magic methods (the defaults CPython gives), each a mock created
    on first use."""

    def __init__(self, *args, **kw):
        self._mock_set_magics()
        super().__init__(*args, **kw)
        self._mock_set_magics()

    def _mock_set_magics(self):
        these_magics = _magics | _async_method_magics
        if getattr(self, "_mock_methods", None) is not None:
            these_magics = these_magics.intersection(self._mock_methods)
            remove_magics = (_magics | _async_method_magics) - these_magics
            for entry in remove_magics:
                if entry in type(self).__dict__:
                    delattr(self, entry)
        these_magics = these_magics - set(type(self).__dict__)
        own = type(self)
        for entry in these_magics:
            setattr(own, entry, MagicProxy(entry, self))


class NonCallableMagicMock(MagicMixin, NonCallableMock):
    """A MagicMock that cannot be called."""

    def mock_add_spec(self, spec, spec_set=False):
        self._mock_add_spec(spec, spec_set)
        self._mock_set_magics()


class MagicMock(MagicMixin, Mock):
    """A Mock with the magic methods configured: `len(m)` is 0, `iter(m)` is empty,
    `with m:` works, numbers convert, comparisons are NotImplemented (identity for
    ==), each a mock whose return_value can be set."""

    def mock_add_spec(self, spec, spec_set=False):
        self._mock_add_spec(spec, spec_set)
        self._mock_set_magics()


class MagicProxy:
    """The class attribute standing for a magic method: the mock's child of that name,
    created on first use with its default."""

    def __init__(self, name, parent):
        self.name = name
        self.parent = parent

    def create_mock(self):
        entry = self.name
        parent = self.parent
        m = parent._get_child_mock(name=entry, _new_name=entry, _new_parent=parent)
        setattr(parent, entry, m)
        _set_return_value(parent, m, entry)
        return m

    def __get__(self, obj, _type=None):
        child = self.parent._mock_children.get(self.name)
        if child is None:
            return self.create_mock()
        if child is _deleted:
            raise AttributeError(self.name)
        return child

    def __call__(self, obj, *args, **kwargs):
        # coro calls a special method found on the type that is not a function with
        # the instance first, where CPython asks the descriptor for the mock to call.
        return self.__get__(obj)(*args, **kwargs)


class _AsyncIterator:
    """The async iterator of an AsyncMock's `__aiter__`."""

    def __init__(self, iterator):
        self.iterator = iterator

    def __aiter__(self):
        return self

    async def __anext__(self):
        try:
            return next(self.iterator)
        except StopIteration:
            pass
        raise StopAsyncIteration


# ---------------------------------------------------------------- AsyncMock


def _coroutine_marker():
    """What asyncio.iscoroutinefunction looks for in `_is_coroutine`: CPython's marker
    object, or True for coro's asyncio."""
    try:
        from asyncio import coroutines
    except ImportError:
        return True
    return getattr(coroutines, "_is_coroutine", True)


class AsyncMockMixin:
    """Calling gives a coroutine; awaiting it runs side_effect / return_value and
    counts the await."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.__dict__["_mock_await_count"] = 0
        self.__dict__["_mock_await_args"] = None
        self.__dict__["_mock_await_args_list"] = _CallList()
        # What asyncio.iscoroutinefunction and inspect look for in a coroutine function.
        self.__dict__["_is_coroutine"] = _coroutine_marker()
        code_mock = NonCallableMock(spec_set=["co_flags"])
        code_mock.__dict__["co_flags"] = 0x80  # CO_COROUTINE
        self.__dict__["__code__"] = code_mock

    await_count = NonCallableMock._delegated("await_count")
    await_args = NonCallableMock._delegated("await_args")
    await_args_list = NonCallableMock._delegated("await_args_list")

    async def _execute_mock_call(self, *args, **kwargs):
        _call = _Call((args, kwargs), two=True)
        self.await_count += 1
        self.await_args = _call
        self.await_args_list.append(_call)
        effect = self.side_effect
        if effect is not None:
            if _is_exception(effect):
                raise effect
            elif not callable(effect):
                try:
                    result = next(effect)
                except StopIteration:
                    raise StopAsyncIteration
                if _is_exception(result):
                    raise result
            elif _is_async_func(effect):
                result = await effect(*args, **kwargs)
            else:
                result = effect(*args, **kwargs)
            if result is not DEFAULT:
                return result
        if self._mock_return_value is not DEFAULT:
            return self.return_value
        if self._mock_wraps is not None:
            if _is_async_func(self._mock_wraps):
                return await self._mock_wraps(*args, **kwargs)
            return self._mock_wraps(*args, **kwargs)
        return self.return_value

    def assert_awaited(self):
        """Fail unless the mock was awaited at least once."""
        if self.await_count == 0:
            raise AssertionError("Expected %s to have been awaited." % (
                self._mock_name or "mock"))

    def assert_awaited_once(self):
        """Fail unless the mock was awaited exactly once."""
        if not self.await_count == 1:
            raise AssertionError("Expected %s to have been awaited once. Awaited %s times." % (
                self._mock_name or "mock", self.await_count))

    def assert_awaited_with(self, *args, **kwargs):
        """Fail unless the last await had these arguments."""
        if self.await_args is None:
            expected = self._format_mock_call_signature(args, kwargs)
            raise AssertionError("Expected await: %s\nNot awaited" % (expected,))
        expected = self._call_matcher(_Call((args, kwargs), two=True))
        actual = self._call_matcher(self.await_args)
        if actual != expected:
            cause = expected if isinstance(expected, Exception) else None
            raise AssertionError(self._format_await_failure(args, kwargs)) from cause

    def _format_await_failure(self, args, kwargs):
        expected_string = self._format_mock_call_signature(args, kwargs)
        actual_string = self._format_mock_call_signature(*self.await_args)
        return "expected await not found.\nExpected: %s\n  Actual: %s" % (
            expected_string, actual_string)

    def assert_awaited_once_with(self, *args, **kwargs):
        """Fail unless the mock was awaited exactly once, with these arguments."""
        if not self.await_count == 1:
            raise AssertionError("Expected %s to have been awaited once. Awaited %s times." % (
                self._mock_name or "mock", self.await_count))
        return self.assert_awaited_with(*args, **kwargs)

    def assert_any_await(self, *args, **kwargs):
        """Fail unless the mock was ever awaited with these arguments."""
        expected = self._call_matcher(_Call((args, kwargs), two=True))
        cause = expected if isinstance(expected, Exception) else None
        actual = [self._call_matcher(c) for c in self.await_args_list]
        if cause or expected not in _CallList(actual):
            expected_string = self._format_mock_call_signature(args, kwargs)
            raise AssertionError("%s await not found" % expected_string) from cause

    def assert_has_awaits(self, calls, any_order=False):
        """Fail unless `calls` are in `await_args_list` (consecutively, unless any_order)."""
        expected = [self._call_matcher(c) for c in calls]
        cause = next((e for e in expected if isinstance(e, Exception)), None)
        all_awaits = _CallList(self._call_matcher(c) for c in self.await_args_list)
        if not any_order:
            if expected not in all_awaits:
                raise AssertionError(
                    "Awaits not found.\nExpected: %r\nActual: %r" % (
                        _CallList(calls), self.await_args_list)) from cause
            return
        all_awaits = list(all_awaits)
        not_found = _unmatched(expected, all_awaits)
        if not_found:
            raise AssertionError("%r not all found in await list" % (tuple(not_found),)) \
                from cause

    def assert_not_awaited(self):
        """Fail if the mock was awaited."""
        if self.await_count != 0:
            raise AssertionError("Expected %s to not have been awaited. Awaited %s times." % (
                self._mock_name or "mock", self.await_count))

    def reset_mock(self, *args, **kwargs):
        super().reset_mock(*args, **kwargs)
        self.await_count = 0
        self.await_args = None
        self.await_args_list = _CallList()


class AsyncMock(AsyncMockMixin, MagicMixin, Mock):
    """A MagicMock whose calls return coroutines (see AsyncMockMixin)."""


class PropertyMock(Mock):
    """A mock to set on a class as a property: getting the attribute calls it with no
    arguments, setting calls it with the value."""

    def _get_child_mock(self, **kwargs):
        return MagicMock(**kwargs)

    def __get__(self, obj, obj_type=None):
        return self()

    def __set__(self, obj, val):
        self(val)


for _public in (MagicMixin, NonCallableMagicMock, MagicMock, MagicProxy, AsyncMockMixin,
                AsyncMock, PropertyMock):
    _public.__module__ = "unittest.mock"
