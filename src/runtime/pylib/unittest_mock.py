# unittest.mock as CPython 3.11's: Mock, MagicMock (magic methods configured as CPython's),
# NonCallableMock, NonCallableMagicMock, AsyncMock, PropertyMock, the `call` object and
# its lists, ANY, sentinel, DEFAULT, patch (decorator, context manager, start/stop,
# patch.object, patch.dict, patch.multiple), create_autospec (functions checked against
# their signature, classes by spec), mock_open and seal. The assert family raises with
# CPython's messages.
# Not here: autospec of every nested attribute's signature (methods of an autospecced
# class are checked, their return values are plain mocks), ThreadingMock, and the
# introspection CPython offers for debugging (`_mock_children` listings and the like).
"""Mock objects for tests: replace parts of the system under test and make assertions
about how they have been used."""

import sys

__all__ = (
    "Mock", "MagicMock", "patch", "sentinel", "DEFAULT", "ANY", "call",
    "create_autospec", "AsyncMock", "FILTER_DIR", "NonCallableMock",
    "NonCallableMagicMock", "mock_open", "PropertyMock", "seal",
)

FILTER_DIR = True


def _is_async_func(obj):
    import inspect
    return inspect.iscoroutinefunction(obj)


# ---------------------------------------------------------------- sentinel, DEFAULT, ANY


class _SentinelObject:
    """A unique named object."""

    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return "sentinel.%s" % self.name

    def __reduce__(self):
        return "sentinel.%s" % self.name


class _Sentinel:
    """Attribute access gives the sentinel of that name, the same one every time."""

    def __init__(self):
        self._sentinels = {}

    def __getattr__(self, name):
        if name == "__bases__":
            raise AttributeError(name)
        return self._sentinels.setdefault(name, _SentinelObject(name))


sentinel = _Sentinel()
DEFAULT = sentinel.DEFAULT
_missing = sentinel.MISSING
_deleted = sentinel.DELETED


class _ANY:
    """Equal to everything."""

    def __eq__(self, other):
        return True

    def __ne__(self, other):
        return False

    __hash__ = None

    def __repr__(self):
        return "<ANY>"


ANY = _ANY()


# ---------------------------------------------------------------- call objects


def _format_call_signature(name, args, kwargs):
    parts = [repr(a) for a in args]
    parts += ["%s=%r" % (k, v) for k, v in kwargs.items()]
    return "%s(%s)" % (name, ", ".join(parts))


class _Call(tuple):
    """One call: (name, args, kwargs), or (args, kwargs) for `call_args`. Equal to
    another call with the same arguments (and name, when both have one), and to plain
    tuples of those parts. Attribute access and calling build chained calls
    (`call.foo(1)`, `call().bar`)."""

    def __new__(cls, value=(), name="", parent=None, two=False, from_kall=True):
        args = ()
        kwargs = {}
        count = len(value)
        if count == 3:
            name, args, kwargs = value
        elif count == 2:
            first, second = value
            if isinstance(first, str):
                name = first
                if isinstance(second, tuple):
                    args = second
                else:
                    kwargs = second
            else:
                args, kwargs = first, second
        elif count == 1:
            (value,) = value
            if isinstance(value, str):
                name = value
            elif isinstance(value, tuple):
                args = value
            else:
                kwargs = value
        if two:
            return tuple.__new__(cls, (args, kwargs))
        return tuple.__new__(cls, (name, args, kwargs))

    def __init__(self, value=(), name=None, parent=None, two=False, from_kall=True):
        self._mock_name = name
        self._mock_parent = parent
        self._mock_from_kall = from_kall

    def _parts(self):
        if len(self) == 2:
            args, kwargs = tuple(self)
            return "", args, kwargs
        return tuple(self)

    def __eq__(self, other):
        try:
            count = len(other)
        except TypeError:
            return NotImplemented
        self_name, self_args, self_kwargs = self._parts()
        if (getattr(self, "_mock_parent", None) is not None
                and getattr(other, "_mock_parent", None) is not None
                and self._mock_parent != other._mock_parent):
            return False
        other_name = ""
        if count == 0:
            other_args, other_kwargs = (), {}
        elif count == 3:
            other_name, other_args, other_kwargs = other
        elif count == 1:
            (value,) = other
            if isinstance(value, tuple):
                other_args, other_kwargs = value, {}
            elif isinstance(value, str):
                other_name, other_args, other_kwargs = value, (), {}
            else:
                other_args, other_kwargs = (), value
        elif count == 2:
            first, second = other
            if isinstance(first, str):
                other_name = first
                if isinstance(second, tuple):
                    other_args, other_kwargs = second, {}
                else:
                    other_args, other_kwargs = (), second
            else:
                other_args, other_kwargs = first, second
        else:
            return False
        if self_name and other_name and self_name != other_name:
            return False
        return (other_args, other_kwargs) == (self_args, self_kwargs)

    def __ne__(self, other):
        result = self.__eq__(other)
        if result is NotImplemented:
            return result
        return not result

    __hash__ = None

    def __call__(self, *args, **kwargs):
        if self._mock_name is None:
            return _Call(("", args, kwargs), name="()")
        name = self._mock_name + "()"
        return _Call((self._mock_name, args, kwargs), name=name, parent=self)

    def __getattr__(self, attr):
        if self._mock_name is None:
            return _Call(name=attr, from_kall=False)
        name = "%s.%s" % (self._mock_name, attr)
        return _Call(name=name, parent=self, from_kall=False)

    def __getattribute__(self, attr):
        if attr in ("count", "index"):
            raise AttributeError(attr)
        return tuple.__getattribute__(self, attr)

    @property
    def args(self):
        return self._parts()[1]

    @property
    def kwargs(self):
        return self._parts()[2]

    def __repr__(self):
        if not self._mock_from_kall:
            name = self._mock_name or "call"
            if name.startswith("()"):
                name = "call%s" % name
            return name
        name, args, kwargs = self._parts()
        if len(self) == 2:
            name = "call"
        elif not name:
            name = "call"
        elif not name.startswith("()"):
            name = "call.%s" % name
        else:
            name = "call%s" % name
        return _format_call_signature(name, args, kwargs)

    def call_list(self):
        """The calls a chained call stands for (`call(1).foo(2)` is two calls)."""
        vals = []
        thing = self
        while thing is not None:
            if thing._mock_from_kall:
                vals.append(thing)
            thing = thing._mock_parent
        return _CallList(reversed(vals))


call = _Call(from_kall=False)


class _CallList(list):
    """A list of calls; `in` also finds a run of consecutive calls."""

    def __contains__(self, value):
        if not isinstance(value, list):
            return list.__contains__(self, value)
        length = len(value)
        for i in range(len(self) - length + 1):
            if self[i:i + length] == value:
                return True
        return False

    def __repr__(self):
        import pprint
        return pprint.pformat(list(self))


# ---------------------------------------------------------------- specs


def _dir_names(spec):
    if isinstance(spec, (list, tuple)) and all(isinstance(n, str) for n in spec):
        return list(spec), None
    cls = spec if isinstance(spec, type) else type(spec)
    return dir(spec), cls


def _signature_of(func, skip_first=False):
    import inspect
    try:
        sig = inspect.signature(func)
    except (TypeError, ValueError):
        return None
    if skip_first:
        params = list(sig.parameters.values())[1:]
        sig = sig.replace(parameters=params)
    return sig


# ---------------------------------------------------------------- the mocks


_RESERVED_PREFIXES = ("assert", "assret", "asert", "aseert", "assrt")


class NonCallableMock:
    """A mock that cannot be called: attributes are created on first access and record
    their calls in the parent's `mock_calls`."""

    def __new__(cls, *args, **kw):
        # Every mock has a class of its own, so that magic methods set on one mock (which
        # Python looks up on the type) do not leak to the others.
        bases = (cls,)
        if not issubclass(cls, AsyncMockMixin):
            spec = kw.get("spec_set", kw.get("spec"))
            if spec is not None and _is_async_obj(spec):
                bases = (AsyncMockMixin, cls)
        new = type(cls.__name__, bases, {"__doc__": cls.__doc__})
        new.__module__ = __name__
        return object.__new__(new)

    def __init__(self, spec=None, wraps=None, name=None, spec_set=None,
                 parent=None, _spec_state=None, _new_name="", _new_parent=None,
                 _spec_as_instance=False, _eat_self=None, unsafe=False, **kwargs):
        if _new_parent is None:
            _new_parent = parent
        d = self.__dict__
        d["_mock_parent"] = parent
        d["_mock_name"] = name
        d["_mock_new_name"] = _new_name
        d["_mock_new_parent"] = _new_parent
        d["_mock_sealed"] = False
        if spec_set is not None:
            spec = spec_set
            spec_set = True
        if _eat_self is None:
            _eat_self = parent is not None
        self._mock_add_spec(spec, spec_set, _spec_as_instance, _eat_self)
        d["_mock_children"] = {}
        d["_mock_wraps"] = wraps
        d["_mock_delegate"] = None
        d["_mock_called"] = False
        d["_mock_call_args"] = None
        d["_mock_call_count"] = 0
        d["_mock_call_args_list"] = _CallList()
        d["_mock_mock_calls"] = _CallList()
        d["method_calls"] = _CallList()
        d["_mock_unsafe"] = unsafe
        if kwargs:
            self.configure_mock(**kwargs)

    def attach_mock(self, mock, attribute):
        """Make `mock` this mock's attribute `attribute`, recording its calls here."""
        inner = mock
        inner._mock_parent = None
        inner._mock_new_parent = None
        inner._mock_name = ""
        inner._mock_new_name = None
        setattr(self, attribute, mock)

    def mock_add_spec(self, spec, spec_set=False):
        """Restrict the mock's attributes to those of `spec`."""
        self._mock_add_spec(spec, spec_set)

    def _mock_add_spec(self, spec, spec_set, _spec_as_instance=False, _eat_self=False):
        spec_class = None
        methods = None
        signature = None
        asyncs = []
        if spec is not None:
            methods, spec_class = _dir_names(spec)
            if spec_class is not None:
                for attr in methods:
                    try:
                        value = getattr(spec, attr, None)
                    except Exception:
                        value = None
                    if _is_async_func(value):
                        asyncs.append(attr)
                if callable(spec) and not isinstance(spec, type):
                    signature = _signature_of(spec, _eat_self)
        d = self.__dict__
        d["_spec_class"] = spec_class
        d["_spec_set"] = spec_set
        d["_spec_signature"] = signature
        d["_mock_methods"] = methods
        d["_spec_asyncs"] = asyncs

    def __get_return_value(self):
        ret = self._mock_return_value
        if self._mock_delegate is not None:
            ret = self._mock_delegate.return_value
        if ret is DEFAULT:
            ret = self._get_child_mock(_new_parent=self, _new_name="()")
            self.return_value = ret
        return ret

    def __set_return_value(self, value):
        if self._mock_delegate is not None:
            self._mock_delegate.return_value = value
        else:
            self.__dict__["_mock_return_value"] = value
            _check_and_set_parent(self, value, None, "()")

    return_value = property(__get_return_value, __set_return_value)

    @property
    def __class__(self):
        if self._spec_class is None:
            return type(self)
        return self._spec_class

    def _delegated(name):
        def fget(self):
            delegate = self._mock_delegate
            if delegate is None:
                return self.__dict__["_mock_" + name]
            return getattr(delegate, name)

        def fset(self, value):
            delegate = self._mock_delegate
            if delegate is None:
                self.__dict__["_mock_" + name] = value
            else:
                setattr(delegate, name, value)

        return property(fget, fset)

    called = _delegated("called")
    call_count = _delegated("call_count")
    call_args = _delegated("call_args")
    call_args_list = _delegated("call_args_list")
    mock_calls = _delegated("mock_calls")

    def __get_side_effect(self):
        delegate = self._mock_delegate
        if delegate is None:
            return self._mock_side_effect
        return delegate.side_effect

    def __set_side_effect(self, value):
        value = _try_iter(value)
        delegate = self._mock_delegate
        if delegate is None:
            self.__dict__["_mock_side_effect"] = value
        else:
            delegate.side_effect = value

    side_effect = property(__get_side_effect, __set_side_effect)

    def reset_mock(self, visited=None, *, return_value=False, side_effect=False):
        """Forget every call, of this mock and of its children."""
        if visited is None:
            visited = []
        if id(self) in visited:
            return
        visited.append(id(self))
        self.called = False
        self.call_args = None
        self.call_count = 0
        self.mock_calls = _CallList()
        self.call_args_list = _CallList()
        self.__dict__["method_calls"] = _CallList()
        if return_value:
            self.__dict__["_mock_return_value"] = DEFAULT
        if side_effect:
            self.__dict__["_mock_side_effect"] = None
        for child in self._mock_children.values():
            if isinstance(child, _SpecState) or child is _deleted:
                continue
            child.reset_mock(visited, return_value=return_value, side_effect=side_effect)
        ret = self.__dict__.get("_mock_return_value", DEFAULT)
        if _is_instance_mock(ret) and ret is not self:
            ret.reset_mock(visited)

    def configure_mock(self, **kwargs):
        """Set attributes, dotted names reaching into children:
        `configure_mock(**{"method.return_value": 3})`."""
        for arg, val in sorted(kwargs.items(), key=lambda entry: entry[0].count(".")):
            args = arg.split(".")
            final = args.pop()
            obj = self
            for entry in args:
                obj = getattr(obj, entry)
            setattr(obj, final, val)

    def __getattr__(self, name):
        if name in ("_mock_methods", "_mock_unsafe", "_spec_class", "_spec_set",
                    "_spec_signature", "_spec_asyncs", "_mock_children",
                    "_mock_return_value", "_mock_side_effect", "_mock_delegate"):
            if name == "_mock_return_value":
                return DEFAULT
            if name in ("_mock_side_effect", "_mock_delegate"):
                return None
            raise AttributeError(name)
        if self._mock_methods is not None:
            if name not in self._mock_methods or name in _all_magics:
                raise AttributeError("Mock object has no attribute %r" % name)
        elif _is_magic(name):
            raise AttributeError(name)
        if not self._mock_unsafe and (not self._mock_methods or name not in self._mock_methods):
            if name.startswith(_RESERVED_PREFIXES):
                raise AttributeError(
                    "%r is not a valid assertion. Use a spec for the mock if %r is "
                    "meant to be an attribute." % (name, name))
        result = self._mock_children.get(name)
        if result is _deleted:
            raise AttributeError(name)
        elif result is None:
            wraps = None
            if self._mock_wraps is not None:
                wraps = getattr(self._mock_wraps, name)
            result = self._get_child_mock(parent=self, name=name, wraps=wraps,
                                          _new_name=name, _new_parent=self)
            self._mock_children[name] = result
        elif isinstance(result, _SpecState):
            result = create_autospec(result.spec, result.spec_set, result.instance,
                                     result.parent, result.name)
            self._mock_children[name] = result
        return result

    def _extract_mock_name(self):
        """The dotted path from the root mock (`mock.foo().bar`), the root named by its
        name or `mock`."""
        path = []
        node = self
        while node._mock_new_parent is not None:
            name = node._mock_new_name
            path.append(name if name == "()" else "." + name)
            node = node._mock_new_parent
        return (node._mock_name or "mock") + "".join(reversed(path))

    def __repr__(self):
        name = self._extract_mock_name()
        name_string = ""
        if name not in ("mock", "mock."):
            name_string = " name=%r" % name
        spec_string = ""
        if self._spec_class is not None:
            spec_string = " spec=%r"
            if self._spec_set:
                spec_string = " spec_set=%r"
            spec_string = spec_string % self._spec_class.__name__
        return "<%s%s%s id='%s'>" % (type(self).__name__, name_string, spec_string,
                                     id(self))

    def __dir__(self):
        extras = self._mock_methods or []
        from_type = dir(type(self))
        from_dict = list(self.__dict__)
        from_child_mocks = [m for m, v in self._mock_children.items() if v is not _deleted]
        from_type = [e for e in from_type if not e.startswith("_")]
        from_dict = [e for e in from_dict if not e.startswith("_") or _is_magic(e)]
        return sorted(set(extras + from_type + from_dict + from_child_mocks))

    def __setattr__(self, name, value):
        if name in _allowed_names:
            return object.__setattr__(self, name, value)
        if (self._spec_set and self._mock_methods is not None
                and name not in self._mock_methods and name not in self.__dict__):
            raise AttributeError("Mock object has no attribute '%s'" % name)
        if name in _unsupported_magics:
            raise AttributeError("Attempting to set unsupported magic method %r." % name)
        if name in _all_magics:
            if self._mock_methods is not None and name not in self._mock_methods:
                raise AttributeError("Mock object has no attribute '%s'" % name)
            if not _is_instance_mock(value):
                setattr(type(self), name, _get_method(name, value))
                original = value
                value = lambda *args, **kw: original(self, *args, **kw)
            else:
                _check_and_set_parent(self, value, None, name)
                setattr(type(self), name, MagicProxy(name, self))
                self._mock_children[name] = value
        elif name == "__class__":
            self.__dict__["_spec_class"] = value
            return
        elif _check_and_set_parent(self, value, name, name):
            self._mock_children[name] = value
        if self._mock_sealed and not hasattr(self, name):
            raise AttributeError("Cannot set %s.%s" % (self._extract_mock_name(), name))
        return object.__setattr__(self, name, value)

    def __delattr__(self, name):
        if name in _all_magics and name in type(self).__dict__:
            delattr(type(self), name)
            if name not in self.__dict__:
                return
        obj = self._mock_children.get(name, _missing)
        if name in self.__dict__:
            object.__delattr__(self, name)
        elif obj is _deleted:
            raise AttributeError(name)
        if obj is not _missing:
            del self._mock_children[name]
        self._mock_children[name] = _deleted

    def _format_mock_call_signature(self, args, kwargs):
        name = self._mock_name or "mock"
        return _format_call_signature(name, args, kwargs)

    def _format_mock_failure_message(self, args, kwargs, action="call"):
        expected_string = self._format_mock_call_signature(args, kwargs)
        call_args = self.call_args
        actual_string = self._format_mock_call_signature(*call_args)
        return "expected %s not found.\nExpected: %s\n  Actual: %s" % (
            action, expected_string, actual_string)

    def _call_matcher(self, _call):
        """A call comparable with recorded ones: bound to the spec's signature when
        there is one, so that positional and keyword spellings compare equal."""
        sig = self._spec_signature
        if sig is None:
            return _call
        if len(_call) == 2:
            name = ""
            args, kwargs = _call
        else:
            name, args, kwargs = _call
        try:
            bound = sig.bind(*args, **kwargs)
            return _Call((name, bound.args, bound.kwargs))
        except TypeError as e:
            return e.with_traceback(None)

    def assert_not_called(self):
        """Fail if the mock was called."""
        if self.call_count != 0:
            msg = "Expected '%s' to not have been called. Called %s times.%s" % (
                self._mock_name or "mock", self.call_count, self._calls_repr())
            raise AssertionError(msg)

    def assert_called(self):
        """Fail unless the mock was called at least once."""
        if self.call_count == 0:
            msg = "Expected '%s' to have been called." % (self._mock_name or "mock")
            raise AssertionError(msg)

    def assert_called_once(self):
        """Fail unless the mock was called exactly once."""
        if not self.call_count == 1:
            msg = "Expected '%s' to have been called once. Called %s times.%s" % (
                self._mock_name or "mock", self.call_count, self._calls_repr())
            raise AssertionError(msg)

    def assert_called_with(self, *args, **kwargs):
        """Fail unless the last call had these arguments."""
        if self.call_args is None:
            expected = self._format_mock_call_signature(args, kwargs)
            raise AssertionError("expected call not found.\nExpected: %s\n  Actual: %s"
                                 % (expected, "not called."))
        expected = self._call_matcher(_Call((args, kwargs), two=True))
        actual = self._call_matcher(self.call_args)
        if actual != expected:
            cause = expected if isinstance(expected, Exception) else None
            raise AssertionError(self._format_mock_failure_message(args, kwargs)) from cause

    def assert_called_once_with(self, *args, **kwargs):
        """Fail unless the mock was called exactly once, with these arguments."""
        if not self.call_count == 1:
            msg = "Expected '%s' to be called once. Called %s times.%s" % (
                self._mock_name or "mock", self.call_count, self._calls_repr())
            raise AssertionError(msg)
        return self.assert_called_with(*args, **kwargs)

    def assert_has_calls(self, calls, any_order=False):
        """Fail unless `calls` are in `mock_calls` (consecutively, unless any_order)."""
        expected = [self._call_matcher(c) for c in calls]
        cause = next((e for e in expected if isinstance(e, Exception)), None)
        all_calls = _CallList(self._call_matcher(c) for c in self.mock_calls)
        if not any_order:
            if expected not in all_calls:
                if cause is None:
                    problem = "Calls not found."
                else:
                    problem = "Error processing expected calls.\nErrors: {}".format(
                        [e if isinstance(e, Exception) else None for e in expected])
                raise AssertionError(
                    "%s\nExpected: %r\n  Actual: %r" % (
                        problem, _CallList(calls), self.mock_calls)) from cause
            return
        all_calls = list(all_calls)
        not_found = _unmatched(expected, all_calls)
        if not_found:
            raise AssertionError(
                "%r does not contain all of %r in its call list, found %r instead" % (
                    self._mock_name or "mock", tuple(not_found), all_calls)) from cause

    def assert_any_call(self, *args, **kwargs):
        """Fail unless the mock was ever called with these arguments."""
        expected = self._call_matcher(_Call((args, kwargs), two=True))
        cause = expected if isinstance(expected, Exception) else None
        actual = [self._call_matcher(c) for c in self.call_args_list]
        if cause or expected not in _CallList(actual):
            expected_string = self._format_mock_call_signature(args, kwargs)
            raise AssertionError("%s call not found" % expected_string) from cause

    def _get_child_mock(self, **kw):
        new_name = kw.get("_new_name")
        if new_name in self.__dict__["_spec_asyncs"]:
            return AsyncMock(**kw)
        if self._mock_sealed:
            attribute = f".{kw['name']}" if "name" in kw else "()"
            mock_name = self._extract_mock_name() + attribute
            raise AttributeError(mock_name)
        own = type(self).__mro__[1]
        if issubclass(own, MagicMixin) and new_name in _async_method_magics:
            klass = AsyncMock
        elif issubclass(own, AsyncMockMixin):
            if (new_name in _all_sync_magics
                    or self._mock_methods and new_name in self._mock_methods):
                klass = MagicMock
            else:
                klass = AsyncMock
        elif not issubclass(own, CallableMixin):
            if issubclass(own, NonCallableMagicMock):
                klass = MagicMock
            elif issubclass(own, NonCallableMock):
                klass = Mock
            else:
                klass = own
        else:
            klass = own
        if klass in (AsyncMockMixin,):
            klass = AsyncMock
        return klass(**kw)

    def _calls_repr(self, prefix="Calls"):
        if not self.mock_calls:
            return ""
        return "\n%s: %s." % (prefix, self.mock_calls)


def _unmatched(expected, recorded):
    """The expected calls not found in `recorded`, each found one taken out of it."""
    not_found = []
    for kall in expected:
        try:
            recorded.remove(kall)
        except ValueError:
            not_found.append(kall)
    return not_found


# The delegated call records are set through object.__setattr__ (so a spec_set
# mock's own __setattr__ lets them through to their properties).
_allowed_names = {
    "return_value", "_mock_return_value", "side_effect", "_mock_side_effect",
    "_mock_parent", "_mock_new_parent", "_mock_name", "_mock_new_name",
    "called", "call_count", "call_args", "call_args_list", "mock_calls",
}


def _check_and_set_parent(parent, value, name, new_name):
    """Adopt `value` as a child when it is a mock without a parent or name of its own."""
    if not _is_instance_mock(value):
        return False
    if (value._mock_name or value._mock_new_name or value._mock_parent is not None
            or value._mock_new_parent is not None):
        return False
    ancestor = parent
    while ancestor is not None:
        if ancestor is value:
            return False
        ancestor = ancestor._mock_new_parent
    if new_name:
        value._mock_new_parent = parent
        value._mock_new_name = new_name
    if name:
        value._mock_parent = parent
        value._mock_name = name
    return True


def _is_instance_mock(obj):
    return issubclass(type(obj), NonCallableMock)


def _is_async_obj(obj):
    if _is_instance_mock(obj) and not isinstance(obj, AsyncMock):
        return False
    if hasattr(obj, "__func__"):
        obj = obj.__func__
    return _is_async_func(obj)


def _try_iter(obj):
    if obj is None or isinstance(obj, BaseException) or isinstance(obj, type):
        return obj
    if callable(obj) and not isinstance(obj, (list, tuple, set, frozenset, dict, str)):
        return obj
    try:
        return iter(obj)
    except TypeError:
        return obj


class CallableMixin:
    """What makes a mock callable: recording the call, then side_effect, wraps or
    return_value."""

    def __init__(self, spec=None, side_effect=None, return_value=DEFAULT, wraps=None,
                 name=None, spec_set=None, parent=None, _spec_state=None, _new_name="",
                 _new_parent=None, **kwargs):
        self.__dict__["_mock_return_value"] = return_value
        super().__init__(spec, wraps, name, spec_set, parent, _spec_state, _new_name,
                         _new_parent, **kwargs)
        self.side_effect = side_effect

    def __call__(self, *args, **kwargs):
        self._mock_check_sig(*args, **kwargs)
        self._increment_mock_call(*args, **kwargs)
        return self._mock_call(*args, **kwargs)

    def _mock_check_sig(self, *args, **kwargs):
        sig = self.__dict__.get("_spec_signature")
        if sig is not None and self.__dict__.get("_mock_check_signature"):
            sig.bind(*args, **kwargs)

    def _mock_call(self, *args, **kwargs):
        return self._execute_mock_call(*args, **kwargs)

    def _increment_mock_call(self, *args, **kwargs):
        self.called = True
        self.call_count += 1
        this_call = _Call((args, kwargs), two=True)
        self.call_args = this_call
        self.call_args_list.append(this_call)
        # Record the call in every ancestor's mock_calls (and method_calls), named by
        # the path from that ancestor.
        do_method_calls = self._mock_parent is not None
        method_call_name = self._mock_name
        mock_call_name = self._mock_new_name
        is_a_call = mock_call_name == "()"
        self.mock_calls.append(_Call(("", args, kwargs)))
        parent = self._mock_new_parent
        while parent is not None:
            if do_method_calls:
                parent.method_calls.append(_Call((method_call_name, args, kwargs)))
                do_method_calls = parent._mock_parent is not None
                if do_method_calls:
                    method_call_name = parent._mock_name + "." + method_call_name
            this_mock_call = _Call((mock_call_name, args, kwargs))
            parent.mock_calls.append(this_mock_call)
            if parent._mock_new_name:
                if is_a_call:
                    dot = ""
                else:
                    dot = "."
                is_a_call = parent._mock_new_name == "()"
                mock_call_name = parent._mock_new_name + dot + mock_call_name
            parent = parent._mock_new_parent

    def _execute_mock_call(self, *args, **kwargs):
        effect = self.side_effect
        if effect is not None:
            if _is_exception(effect):
                raise effect
            elif not callable(effect):
                result = next(effect)
                if _is_exception(result):
                    raise result
            else:
                result = effect(*args, **kwargs)
            if result is not DEFAULT:
                return result
        if self._mock_return_value is not DEFAULT:
            return self.return_value
        if self._mock_delegate and self._mock_delegate.return_value is not DEFAULT:
            return self.return_value
        if self._mock_wraps is not None:
            return self._mock_wraps(*args, **kwargs)
        return self.return_value


def _is_exception(obj):
    return isinstance(obj, BaseException) or (
        isinstance(obj, type) and issubclass(obj, BaseException))


class Mock(CallableMixin, NonCallableMock):
    """A flexible mock object: calls are recorded, attributes are created on demand,
    and the result of a call is `return_value` (a mock itself unless set) or what
    `side_effect` says (an exception to raise, an iterable of results, a function)."""


# The rest of the module lives in two helpers that import what they need from here, so
# they come last (this module is already in sys.modules, partly initialised).
from _unittest_mock_magic import (  # noqa: E402
    AsyncMock, AsyncMockMixin, MagicMixin, MagicMock, MagicProxy, NonCallableMagicMock,
    PropertyMock, _all_magics, _all_sync_magics, _async_method_magics, _get_method,
    _is_magic, _unsupported_magics,
)
from _unittest_mock_patch import (  # noqa: E402
    _SpecState, create_autospec, mock_open, patch, seal,
)
