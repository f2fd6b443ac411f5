"""create_autospec, patch (with patch.object, patch.dict, patch.multiple), mock_open and
seal of unittest.mock, which re-exports them; not a module to import on its own."""

from unittest.mock import (
    DEFAULT, NonCallableMock, _is_async_func, _is_async_obj, _is_instance_mock,
    _signature_of,
)
from _unittest_mock_magic import AsyncMock, MagicMock, NonCallableMagicMock, _is_magic

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
