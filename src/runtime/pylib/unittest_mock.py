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
        not_found = []
        for kall in expected:
            try:
                all_calls.remove(kall)
            except ValueError:
                not_found.append(kall)
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


_allowed_names = {
    "return_value", "_mock_return_value", "side_effect", "_mock_side_effect",
    "_mock_parent", "_mock_new_parent", "_mock_name", "_mock_new_name",
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
        not_found = []
        for kall in expected:
            try:
                all_awaits.remove(kall)
            except ValueError:
                not_found.append(kall)
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


# ---------------------------------------------------------------- create_autospec


class _SpecState:
    def __init__(self, spec, spec_set=False, parent=None, name=None, ids=None,
                 instance=False):
        self.spec = spec
        self.ids = ids
        self.spec_set = spec_set
        self.parent = parent
        self.instance = instance
        self.name = name


def _must_skip(spec, entry, is_type):
    """Whether attribute `entry` of spec is an unbound method whose `self` the mock
    must not expect (a staticmethod or classmethod, or a method reached from an
    instance)."""
    if not isinstance(spec, type):
        if entry in getattr(spec, "__dict__", {}):
            return False
        spec = type(spec)
    for klass in spec.__mro__:
        result = klass.__dict__.get(entry, DEFAULT)
        if result is DEFAULT:
            continue
        if isinstance(result, (staticmethod, classmethod)):
            return False
        return is_type
    return is_type


def create_autospec(spec, spec_set=False, instance=False, _parent=None, _name=None,
                    *, unsafe=False, **kwargs):
    """A mock with the attributes of `spec`; calling it (or its methods) checks the
    arguments against the spec's signature, raising TypeError as the real call would."""
    is_type = isinstance(spec, type)
    is_async_func = _is_async_func(spec)
    kwargs_spec = {"spec": spec}
    if spec_set:
        kwargs_spec = {"spec_set": spec}
    elif spec is None:
        kwargs_spec = {}
    if kwargs_spec and instance:
        kwargs_spec["_spec_as_instance"] = True
    kwargs_spec.update(kwargs)
    klass = MagicMock
    if not callable(spec) and not is_type:
        klass = NonCallableMagicMock
    elif is_type and instance and not _instance_callable(spec):
        klass = NonCallableMagicMock
    elif is_async_func:
        klass = AsyncMock
    name = kwargs_spec.pop("name", _name)
    new_name = _name
    if _parent is None:
        new_name = ""
    mock = klass(parent=_parent, _new_parent=_parent, _new_name=new_name, name=name,
                 unsafe=unsafe, **kwargs_spec)
    is_function = callable(spec) and not is_type and not _is_instance_mock(spec) \
        and hasattr(spec, "__code__") or type(spec).__name__ in (
            "builtin_function_or_method", "method")
    if is_type and not instance:
        init = spec.__dict__.get("__init__") if "__init__" in getattr(spec, "__dict__", {}) \
            else getattr(spec, "__init__", None)
        sig = _signature_of(spec)
        mock.__dict__["_spec_signature"] = sig
        mock.__dict__["_mock_check_signature"] = sig is not None
        mock.return_value = create_autospec(spec, spec_set, instance=True,
                                            _name="()", _parent=mock)
    elif callable(spec) and not is_type:
        skip = instance or _parent is not None and _must_skip_self(spec)
        sig = _signature_of(spec, skip_first=False)
        if sig is not None and skip and _has_self(spec):
            sig = _signature_of(spec, skip_first=True)
        mock.__dict__["_spec_signature"] = sig
        mock.__dict__["_mock_check_signature"] = sig is not None
    if is_function:
        return mock
    for entry in dir(spec):
        if _is_magic(entry):
            continue
        try:
            original = getattr(spec, entry)
        except AttributeError:
            continue
        kw = {"spec": original}
        if spec_set:
            kw = {"spec_set": original}
        if not callable(original) or isinstance(original, type):
            new = _SpecState(original, spec_set, mock, entry, None, instance)
            mock._mock_children[entry] = new
        else:
            parent = mock
            child_klass = MagicMock
            if _is_async_func(original):
                child_klass = AsyncMock
            new = child_klass(parent=parent, name=entry, _new_name=entry,
                              _new_parent=parent, **kw)
            mock._mock_children[entry] = new
            skip_first = _must_skip(spec, entry, is_type)
            sig = _signature_of(original, skip_first and _has_self(original))
            new.__dict__["_spec_signature"] = sig
            new.__dict__["_mock_check_signature"] = sig is not None
        if isinstance(new, FunctionTypes):
            setattr(mock, entry, new)
    return mock


FunctionTypes = (type(create_autospec),)


def _has_self(func):
    import inspect
    try:
        params = list(inspect.signature(func).parameters)
    except (TypeError, ValueError):
        return False
    return bool(params) and not hasattr(func, "__self__")


def _must_skip_self(func):
    return False


# ---------------------------------------------------------------- patch


def _dot_lookup(thing, comp, import_path):
    try:
        return getattr(thing, comp)
    except AttributeError:
        __import__(import_path)
        return getattr(thing, comp)


def _importer(target):
    components = target.split(".")
    import_path = components.pop(0)
    thing = __import__(import_path)
    for comp in components:
        import_path += ".%s" % comp
        thing = _dot_lookup(thing, comp, import_path)
    return thing


def _get_target(target):
    try:
        target, attribute = target.rsplit(".", 1)
    except (TypeError, ValueError, AttributeError):
        raise TypeError(
            f"Need a valid target to patch. You supplied: {target!r}")
    return _importer(target), attribute


class _patch:
    """One patching: replaces `attribute` of the target while active (a decorator, a
    context manager, or between start() and stop())."""

    attribute_name = None
    _active_patches = []

    def __init__(self, getter, attribute, new, spec, create, spec_set, autospec,
                 new_callable, kwargs, *, unsafe=False):
        if new_callable is not None:
            if new is not DEFAULT:
                raise ValueError("Cannot use 'new' and 'new_callable' together")
            if autospec is not None:
                raise ValueError("Cannot use 'autospec' and 'new_callable' together")
        self.getter = getter
        self.attribute = attribute
        self.new = new
        self.new_callable = new_callable
        self.spec = spec
        self.create = create
        self.has_local = False
        self.spec_set = spec_set
        self.autospec = autospec
        self.kwargs = kwargs
        self.additional_patchers = []
        self.unsafe = unsafe

    def copy(self):
        patcher = _patch(self.getter, self.attribute, self.new, self.spec, self.create,
                         self.spec_set, self.autospec, self.new_callable, self.kwargs)
        patcher.attribute_name = self.attribute_name
        patcher.additional_patchers = [p.copy() for p in self.additional_patchers]
        return patcher

    def __call__(self, func):
        if isinstance(func, type):
            return self.decorate_class(func)
        if _is_async_func(func):
            return self.decorate_async_callable(func)
        return self.decorate_callable(func)

    def decorate_class(self, klass):
        for attr in dir(klass):
            if not attr.startswith(patch.TEST_PREFIX):
                continue
            attr_value = getattr(klass, attr)
            if not callable(attr_value):
                continue
            patcher = self.copy()
            setattr(klass, attr, patcher(attr_value))
        return klass

    def _patched_arguments(self, patched, args, keywargs, stack):
        extra_args = []
        for patching in patched.patchings:
            arg = stack.enter_context(patching)
            if patching.attribute_name is not None:
                keywargs.update(arg)
            elif patching.new is DEFAULT:
                extra_args.append(arg)
        return args + tuple(extra_args), keywargs

    def decorate_callable(self, func):
        if hasattr(func, "patchings"):
            func.patchings.append(self)
            return func
        import functools
        import contextlib

        @functools.wraps(func)
        def patched(*args, **keywargs):
            with contextlib.ExitStack() as stack:
                newargs, newkeywargs = self._patched_arguments(patched, args, keywargs, stack)
                return func(*newargs, **newkeywargs)

        patched.patchings = [self]
        return patched

    def decorate_async_callable(self, func):
        if hasattr(func, "patchings"):
            func.patchings.append(self)
            return func
        import functools
        import contextlib

        @functools.wraps(func)
        async def patched(*args, **keywargs):
            with contextlib.ExitStack() as stack:
                newargs, newkeywargs = self._patched_arguments(patched, args, keywargs, stack)
                return await func(*newargs, **newkeywargs)

        patched.patchings = [self]
        return patched

    def get_original(self):
        target = self.getter()
        name = self.attribute
        original = DEFAULT
        local = False
        try:
            original = target.__dict__[name]
        except (AttributeError, KeyError):
            original = getattr(target, name, DEFAULT)
        else:
            local = True
        if name in ("__builtins__",) and not self.create:
            self.create = True
        if not self.create and original is DEFAULT:
            raise AttributeError("%s does not have the attribute %r" % (target, name))
        return original, local

    def __enter__(self):
        new, spec, spec_set = self.new, self.spec, self.spec_set
        autospec, kwargs = self.autospec, self.kwargs
        new_callable = self.new_callable
        self.target = self.getter()
        if spec is False:
            spec = None
        if spec_set is False:
            spec_set = None
        if autospec is False:
            autospec = None
        if spec is not None and autospec is not None:
            raise TypeError("Can't specify spec and autospec")
        if ((spec is not None or autospec is not None)
                and spec_set not in (True, None)):
            raise TypeError("Can't provide explicit spec_set *and* spec or autospec")
        original, local = self.get_original()
        if new is DEFAULT and autospec is None:
            inherit = False
            if spec is True:
                spec = original
                if spec_set is True:
                    spec_set = original
                    spec = None
            elif spec is not None:
                if spec_set is True:
                    spec_set = spec
                    spec = None
            elif spec_set is True:
                spec_set = original
            if spec is not None or spec_set is not None:
                if original is DEFAULT:
                    raise TypeError("Can't use 'spec' with create=True")
                if isinstance(original, type):
                    inherit = True
            if spec is None and _is_async_obj(original):
                klass = AsyncMock
            else:
                klass = MagicMock
            _kwargs = {}
            if new_callable is not None:
                klass = new_callable
            elif spec is not None or spec_set is not None:
                this_spec = spec
                if spec_set is not None:
                    this_spec = spec_set
                if _is_list(this_spec):
                    not_callable = "__call__" not in this_spec
                else:
                    not_callable = not callable(this_spec)
                if _is_async_obj(this_spec):
                    klass = AsyncMock
                elif not_callable:
                    klass = NonCallableMagicMock
            if spec is not None:
                _kwargs["spec"] = spec
            if spec_set is not None:
                _kwargs["spec_set"] = spec_set
            if (isinstance(klass, type) and issubclass(klass, NonCallableMock)
                    and self.attribute):
                _kwargs["name"] = self.attribute
            _kwargs.update(kwargs)
            new = klass(**_kwargs)
            if inherit and _is_instance_mock(new):
                this_spec = spec
                if spec_set is not None:
                    this_spec = spec_set
                if (not _is_list(this_spec) and not
                        _instance_callable(this_spec)):
                    klass = NonCallableMagicMock
                _kwargs.pop("name", None)
                new.return_value = klass(_new_parent=new, _new_name="()", **_kwargs)
        elif autospec is not None:
            if new is not DEFAULT:
                raise TypeError("autospec creates the mock for you. Can't specify "
                                "autospec and new.")
            if original is DEFAULT:
                raise TypeError("Can't use 'autospec' with create=True")
            spec_set = bool(spec_set)
            if autospec is True:
                autospec = original
            new = create_autospec(autospec, spec_set=spec_set, _name=self.attribute,
                                  **kwargs)
        elif kwargs:
            raise TypeError("Can't pass kwargs to a mock we aren't creating")
        new_attr = new
        self.temp_original = original
        self.is_local = local
        self._exit_stack = None
        setattr(self.target, self.attribute, new_attr)
        if self.attribute_name is not None:
            extra_args = {}
            if self.new is DEFAULT:
                extra_args[self.attribute_name] = new
            for patching in self.additional_patchers:
                arg = patching.__enter__()
                if patching.new is DEFAULT:
                    extra_args.update(arg)
            return extra_args
        return new

    def __exit__(self, *exc_info):
        if self.is_local and self.temp_original is not DEFAULT:
            setattr(self.target, self.attribute, self.temp_original)
        else:
            delattr(self.target, self.attribute)
            if (not self.create and (not hasattr(self.target, self.attribute)
                                     or self.attribute in ("__doc__", "__module__",
                                                           "__defaults__", "__annotations__",
                                                           "__kwdefaults__"))):
                setattr(self.target, self.attribute, self.temp_original)
        del self.temp_original
        del self.is_local
        del self.target
        for patcher in reversed(self.additional_patchers):
            patcher.__exit__(*exc_info)
        return False

    def start(self):
        """Activate the patch; stop() undoes it."""
        result = self.__enter__()
        self._active_patches.append(self)
        return result

    def stop(self):
        """Undo a patch started with start()."""
        try:
            self._active_patches.remove(self)
        except ValueError:
            return None
        return self.__exit__(None, None, None)


def _is_list(obj):
    return type(obj) in (list, tuple)


def _instance_callable(obj):
    if not isinstance(obj, type):
        return callable(obj)
    for base in obj.__mro__:
        if base.__dict__.get("__call__") is not None:
            return True
    return False


def _patch_object(target, attribute, new=DEFAULT, spec=None, create=False,
                  spec_set=None, autospec=None, new_callable=None, *, unsafe=False,
                  **kwargs):
    """Patch the attribute `attribute` of the object `target`."""
    if type(target) is str:
        raise TypeError(
            f"{target!r} must be the actual object to be patched, not a str")
    return _patch(lambda: target, attribute, new, spec, create, spec_set, autospec,
                  new_callable, kwargs, unsafe=unsafe)


def _patch_multiple(target, spec=None, create=False, spec_set=None, autospec=None,
                    new_callable=None, **kwargs):
    """Patch several attributes of `target` at once (given as keyword arguments)."""
    if type(target) is str:
        getter = lambda: _importer(target)
    else:
        getter = lambda: target
    if not kwargs:
        raise ValueError("Must supply at least one keyword argument with patch.multiple")
    items = list(kwargs.items())
    attribute, new = items[0]
    patcher = _patch(getter, attribute, new, spec, create, spec_set, autospec,
                     new_callable, {})
    patcher.attribute_name = attribute
    for attribute, new in items[1:]:
        this_patcher = _patch(getter, attribute, new, spec, create, spec_set, autospec,
                              new_callable, {})
        this_patcher.attribute_name = attribute
        patcher.additional_patchers.append(this_patcher)
    return patcher


def patch(target, new=DEFAULT, spec=None, create=False, spec_set=None, autospec=None,
          new_callable=None, *, unsafe=False, **kwargs):
    """Replace the object named by `target` ("package.module.name") with `new` (by
    default a MagicMock) while the decorated function or the `with` block runs."""
    getter, attribute = _get_target(target)
    return _patch(lambda: getter, attribute, new, spec, create, spec_set, autospec,
                  new_callable, kwargs, unsafe=unsafe)


class _patch_dict:
    """Set keys of a dict (or a dict named by a string) while active, restoring the
    whole dict afterwards."""

    def __init__(self, in_dict, values=(), clear=False, **kwargs):
        self.in_dict = in_dict
        self.values = dict(values)
        self.values.update(kwargs)
        self.clear = clear
        self._original = None

    def __call__(self, f):
        if isinstance(f, type):
            return self.decorate_class(f)
        import functools
        if _is_async_func(f):
            @functools.wraps(f)
            async def _inner(*args, **kw):
                self._patch_dict()
                try:
                    return await f(*args, **kw)
                finally:
                    self._unpatch_dict()
            return _inner

        @functools.wraps(f)
        def _inner(*args, **kw):
            self._patch_dict()
            try:
                return f(*args, **kw)
            finally:
                self._unpatch_dict()
        return _inner

    def decorate_class(self, klass):
        for attr in dir(klass):
            attr_value = getattr(klass, attr)
            if attr.startswith(patch.TEST_PREFIX) and callable(attr_value):
                decorator = _patch_dict(self.in_dict, self.values, self.clear)
                setattr(klass, attr, decorator(attr_value))
        return klass

    def __enter__(self):
        self._patch_dict()
        return self.in_dict

    def _patch_dict(self):
        values = self.values
        if isinstance(self.in_dict, str):
            self.in_dict = _importer(self.in_dict)
        in_dict = self.in_dict
        clear = self.clear
        try:
            original = in_dict.copy()
        except AttributeError:
            original = {}
            for key in in_dict:
                original[key] = in_dict[key]
        self._original = original
        if clear:
            _clear_dict(in_dict)
        try:
            in_dict.update(values)
        except AttributeError:
            for key in values:
                in_dict[key] = values[key]

    def _unpatch_dict(self):
        in_dict = self.in_dict
        original = self._original
        _clear_dict(in_dict)
        try:
            in_dict.update(original)
        except AttributeError:
            for key in original:
                in_dict[key] = original[key]

    def __exit__(self, *args):
        if self._original is not None:
            self._unpatch_dict()
        return False

    def start(self):
        """Activate the patch; stop() undoes it."""
        result = self.__enter__()
        _patch._active_patches.append(self)
        return result

    def stop(self):
        """Undo a patch started with start()."""
        try:
            _patch._active_patches.remove(self)
        except ValueError:
            return None
        return self.__exit__(None, None, None)


def _clear_dict(in_dict):
    try:
        in_dict.clear()
    except AttributeError:
        for key in list(in_dict):
            del in_dict[key]


def _patch_stopall():
    """Stop every patch started with start()."""
    for patcher in reversed(_patch._active_patches):
        patcher.stop()


patch.object = _patch_object
patch.dict = _patch_dict
patch.multiple = _patch_multiple
patch.stopall = _patch_stopall
patch.TEST_PREFIX = "test"


# ---------------------------------------------------------------- mock_open, seal


def mock_open(mock=None, read_data=""):
    """A MagicMock standing for `open`: the file handle it returns reads `read_data`
    (read, readline, readlines, iteration) and records writes."""
    _read_data = [read_data]

    def _to_stream(data):
        import io
        if isinstance(data, bytes):
            return io.BytesIO(data)
        return io.StringIO(data)

    state = [None]

    def _read_side_effect(*args, **kwargs):
        return state[0].read(*args, **kwargs)

    def _readline_side_effect(*args, **kwargs):
        return state[0].readline(*args, **kwargs)

    def _readlines_side_effect(*args, **kwargs):
        return state[0].readlines(*args, **kwargs)

    def _iter_side_effect():
        while True:
            line = state[0].readline()
            if not line:
                return
            yield line

    def _next_side_effect():
        return next(state[0])

    if mock is None:
        mock = MagicMock(name="open", spec=open)
    handle = MagicMock(spec=_file_spec())
    handle.__enter__.return_value = handle
    handle.write.return_value = None
    handle.read.return_value = None
    handle.readline.return_value = None
    handle.readlines.return_value = None
    handle.read.side_effect = _read_side_effect
    handle.readline.side_effect = _readline_side_effect
    handle.readlines.side_effect = _readlines_side_effect
    handle.__iter__.side_effect = _iter_side_effect
    handle.__next__.side_effect = _next_side_effect

    def reset_data(*args, **kwargs):
        state[0] = _to_stream(_read_data[0])
        if handle.readline.side_effect == _readline_side_effect:
            pass
        return DEFAULT

    state[0] = _to_stream(read_data)
    mock.side_effect = reset_data
    mock.return_value = handle
    return mock


def _file_spec():
    import io
    return list(set(dir(io.TextIOWrapper)).union(set(dir(io.BytesIO))))


def seal(mock):
    """Forbid creating new attributes on `mock` and its children."""
    mock._mock_sealed = True
    for attr in dir(mock):
        try:
            m = getattr(mock, attr)
        except AttributeError:
            continue
        if not isinstance(m, NonCallableMock):
            continue
        if isinstance(m._mock_children.get(attr), _SpecState):
            continue
        if m._mock_new_parent is mock:
            seal(m)
