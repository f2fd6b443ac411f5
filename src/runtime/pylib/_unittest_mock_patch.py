"""create_autospec, patch (with patch.object, patch.dict, patch.multiple), mock_open and
seal of unittest.mock, which re-exports them; not a module to import on its own."""

from unittest.mock import (
    DEFAULT, NonCallableMock, _is_async_func, _is_async_obj, _is_instance_mock,
    _signature_of,
)
from _unittest_mock_magic import AsyncMock, MagicMock, NonCallableMagicMock, _is_magic

# ---------------------------------------------------------------- create_autospec


class _SpecState:
    """A not-yet-made child of an autospecced mock (a non-callable attribute of the
    spec): what to make it from when it is first looked up."""

    def __init__(self, spec, spec_set=False, parent=None, name=None, ids=None,
                 instance=False):
        self.spec, self.spec_set = spec, spec_set
        self.parent, self.name = parent, name
        self.ids, self.instance = ids, instance


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


def _importer(target):
    """The object a dotted name names: its first part imported, each further part an
    attribute, or (when missing) a submodule imported and then looked up."""
    head, *rest = target.split(".")
    found = __import__(head)
    path = head
    for part in rest:
        path = f"{path}.{part}"
        if not hasattr(found, part):
            __import__(path)
        found = getattr(found, part)
    return found


def _get_target(target):
    try:
        target, attribute = target.rsplit(".", 1)
    except (TypeError, ValueError, AttributeError):
        raise TypeError(
            f"Need a valid target to patch. You supplied: {target!r}")
    return _importer(target), attribute


def _wrap_with_patchings(func, patcher, is_async):
    """func wrapped so its patchers are active around each call; the mocks they make
    are passed as extra arguments (positional, or keywords for patch.multiple)."""
    import contextlib
    import functools

    def arguments(stack, args, keywargs):
        extra = []
        for patching in wrapper.patchings:
            made = stack.enter_context(patching)
            if patching.attribute_name is not None:
                keywargs.update(made)
            elif patching.new is DEFAULT:
                extra.append(made)
        return (*args, *extra), keywargs

    if is_async:
        @functools.wraps(func)
        async def wrapper(*args, **keywargs):
            with contextlib.ExitStack() as stack:
                args, keywargs = arguments(stack, args, keywargs)
                return await func(*args, **keywargs)
    else:
        @functools.wraps(func)
        def wrapper(*args, **keywargs):
            with contextlib.ExitStack() as stack:
                args, keywargs = arguments(stack, args, keywargs)
                return func(*args, **keywargs)

    wrapper.patchings = [patcher]
    return wrapper


def _decorate_test_methods(klass, make_decorator):
    # Each test method (named with patch.TEST_PREFIX) gets its own decorator.
    for name in dir(klass):
        if not name.startswith(patch.TEST_PREFIX):
            continue
        method = getattr(klass, name)
        if callable(method):
            setattr(klass, name, make_decorator()(method))
    return klass


# The attributes whose deletion leaves a class's own value in place.
_RESTORED_AFTER_DELETE = ("__doc__", "__module__", "__defaults__", "__annotations__",
                          "__kwdefaults__")


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
        self.getter, self.attribute = getter, attribute
        self.new, self.new_callable = new, new_callable
        self.spec, self.spec_set, self.autospec = spec, spec_set, autospec
        self.create = create
        self.kwargs = kwargs
        self.unsafe = unsafe
        self.has_local = False
        self.additional_patchers = []

    def copy(self):
        twin = _patch(self.getter, self.attribute, self.new, self.spec, self.create,
                      self.spec_set, self.autospec, self.new_callable, self.kwargs)
        twin.attribute_name = self.attribute_name
        twin.additional_patchers = [extra.copy() for extra in self.additional_patchers]
        return twin

    # -- as a decorator

    def __call__(self, func):
        if isinstance(func, type):
            return self.decorate_class(func)
        if _is_async_func(func):
            return self.decorate_async_callable(func)
        return self.decorate_callable(func)

    def decorate_class(self, klass):
        return _decorate_test_methods(klass, self.copy)

    def decorate_callable(self, func):
        if hasattr(func, "patchings"):
            # Stacked @patch decorators share one wrapper.
            func.patchings.append(self)
            return func
        return _wrap_with_patchings(func, self, False)

    def decorate_async_callable(self, func):
        if hasattr(func, "patchings"):
            func.patchings.append(self)
            return func
        return _wrap_with_patchings(func, self, True)

    # -- applying and undoing

    def get_original(self):
        """(the current value, whether the target holds it in its own __dict__)."""
        target, name = self.getter(), self.attribute
        own = getattr(target, "__dict__", None)
        if own is not None and name in own:
            original, local = own[name], True
        else:
            original, local = getattr(target, name, DEFAULT), False
        if name == "__builtins__" and not self.create:
            self.create = True
        if original is DEFAULT and not self.create:
            raise AttributeError(f"{target} does not have the attribute {name!r}")
        return original, local

    def _specs(self):
        """spec, spec_set and autospec with False meaning None, checked together."""
        spec = None if self.spec is False else self.spec
        spec_set = None if self.spec_set is False else self.spec_set
        autospec = None if self.autospec is False else self.autospec
        if spec is not None and autospec is not None:
            raise TypeError("Can't specify spec and autospec")
        if (spec is not None or autospec is not None) and spec_set not in (True, None):
            raise TypeError("Can't provide explicit spec_set *and* spec or autospec")
        return spec, spec_set, autospec

    def _make_mock(self, original, spec, spec_set):
        """The mock that replaces `original` when no `new` is given."""
        # spec=True / spec_set=True mean "like the original"; spec_set wins.
        if spec is True:
            spec = original
        if spec_set is True:
            spec_set = original if spec is None else spec
            spec = None
        chosen = spec_set if spec_set is not None else spec
        if chosen is not None and original is DEFAULT:
            raise TypeError("Can't use 'spec' with create=True")
        inherit = chosen is not None and isinstance(original, type)
        factory = AsyncMock if spec is None and _is_async_obj(original) else MagicMock
        if self.new_callable is not None:
            factory = self.new_callable
        elif chosen is not None:
            if _is_async_obj(chosen):
                factory = AsyncMock
            elif "__call__" not in chosen if _is_list(chosen) else not callable(chosen):
                factory = NonCallableMagicMock
        options = {}
        if spec is not None:
            options["spec"] = spec
        if spec_set is not None:
            options["spec_set"] = spec_set
        if isinstance(factory, type) and issubclass(factory, NonCallableMock) \
                and self.attribute:
            options["name"] = self.attribute
        options.update(self.kwargs)
        made = factory(**options)
        if inherit and _is_instance_mock(made):
            # Patching a class: calling the mock gives an instance-like mock.
            instance_factory = factory
            if not _is_list(chosen) and not _instance_callable(chosen):
                instance_factory = NonCallableMagicMock
            options.pop("name", None)
            made.return_value = instance_factory(_new_parent=made, _new_name="()", **options)
        return made

    def _replacement(self, original, spec, spec_set, autospec):
        if self.new is DEFAULT and autospec is None:
            return self._make_mock(original, spec, spec_set)
        if autospec is None:
            if self.kwargs:
                raise TypeError("Can't pass kwargs to a mock we aren't creating")
            return self.new
        if self.new is not DEFAULT:
            raise TypeError("autospec creates the mock for you. Can't specify "
                            "autospec and new.")
        if original is DEFAULT:
            raise TypeError("Can't use 'autospec' with create=True")
        source = original if autospec is True else autospec
        return create_autospec(source, spec_set=bool(spec_set), _name=self.attribute,
                               **self.kwargs)

    def __enter__(self):
        self.target = self.getter()
        specs = self._specs()
        original, local = self.get_original()
        replacement = self._replacement(original, *specs)
        self.temp_original, self.is_local = original, local
        self._exit_stack = None
        setattr(self.target, self.attribute, replacement)
        if self.attribute_name is None:
            return replacement
        # patch.multiple: a dict of the mocks it made, by attribute name.
        made = {}
        if self.new is DEFAULT:
            made[self.attribute_name] = replacement
        for extra in self.additional_patchers:
            value = extra.__enter__()
            if extra.new is DEFAULT:
                made.update(value)
        return made

    def __exit__(self, *exc_info):
        target, name, original = self.target, self.attribute, self.temp_original
        if self.is_local and original is not DEFAULT:
            setattr(target, name, original)
        else:
            delattr(target, name)
            # An inherited value shows through again; put back what does not.
            if not self.create and (not hasattr(target, name)
                                    or name in _RESTORED_AFTER_DELETE):
                setattr(target, name, original)
        del self.temp_original, self.is_local, self.target
        for extra in self.additional_patchers[::-1]:
            extra.__exit__(*exc_info)
        return False

    def start(self):
        """Activate the patch; stop() undoes it."""
        made = self.__enter__()
        self._active_patches.append(self)
        return made

    def stop(self):
        """Undo a patch started with start()."""
        if self not in self._active_patches:
            return None
        self._active_patches.remove(self)
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
    patchers = []
    for attribute, new in kwargs.items():
        one = _patch(getter, attribute, new, spec, create, spec_set, autospec,
                     new_callable, {})
        one.attribute_name = attribute
        patchers.append(one)
    # The first patcher drives the others.
    patchers[0].additional_patchers.extend(patchers[1:])
    return patchers[0]


def patch(target, new=DEFAULT, spec=None, create=False, spec_set=None, autospec=None,
          new_callable=None, *, unsafe=False, **kwargs):
    """Replace the object named by `target` ("package.module.name") with `new` (by
    default a MagicMock) while the decorated function or the `with` block runs."""
    getter, attribute = _get_target(target)
    return _patch(lambda: getter, attribute, new, spec, create, spec_set, autospec,
                  new_callable, kwargs, unsafe=unsafe)


def _clear_dict(in_dict):
    try:
        in_dict.clear()
    except AttributeError:
        for key in list(in_dict):
            del in_dict[key]


def _put_all(in_dict, values):
    # update() where there is one, else item by item.
    try:
        in_dict.update(values)
    except AttributeError:
        for key in values:
            in_dict[key] = values[key]


class _patch_dict:
    """Set keys of a dict (or a dict named by a string) while active, restoring the
    whole dict afterwards."""

    def __init__(self, in_dict, values=(), clear=False, **kwargs):
        self.in_dict = in_dict
        self.values = {**dict(values), **kwargs}
        self.clear = clear
        self._original = None

    def __call__(self, f):
        if isinstance(f, type):
            return self.decorate_class(f)
        import functools
        if _is_async_func(f):
            @functools.wraps(f)
            async def _inner(*args, **kw):
                with self:
                    return await f(*args, **kw)
        else:
            @functools.wraps(f)
            def _inner(*args, **kw):
                with self:
                    return f(*args, **kw)
        return _inner

    def decorate_class(self, klass):
        return _decorate_test_methods(
            klass, lambda: _patch_dict(self.in_dict, self.values, self.clear))

    def _patch_dict(self):
        if isinstance(self.in_dict, str):
            self.in_dict = _importer(self.in_dict)
        target = self.in_dict
        try:
            self._original = target.copy()
        except AttributeError:
            self._original = {key: target[key] for key in target}
        if self.clear:
            _clear_dict(target)
        _put_all(target, self.values)

    def _unpatch_dict(self):
        _clear_dict(self.in_dict)
        _put_all(self.in_dict, self._original)

    def __enter__(self):
        self._patch_dict()
        return self.in_dict

    def __exit__(self, *args):
        if self._original is not None:
            self._unpatch_dict()
        return False

    def start(self):
        """Activate the patch; stop() undoes it."""
        made = self.__enter__()
        _patch._active_patches.append(self)
        return made

    def stop(self):
        """Undo a patch started with start()."""
        if self not in _patch._active_patches:
            return None
        _patch._active_patches.remove(self)
        return self.__exit__(None, None, None)


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
