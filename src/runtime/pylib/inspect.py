"""Inspecting live objects (coro's embedded inspect): the is* predicates, signature() with
Parameter, Signature and BoundArguments (their str/repr, bind/bind_partial and errors as
CPython 3.11's), getmembers, getdoc, cleandoc, getfile/getsourcefile/getsource/
getsourcelines/getmodule, unwrap, getmro, getcallargs, get_annotations, getattr_static and
getmembers_static, getgeneratorstate/getcoroutinestate, indentsize, getabsfile, and currentframe()/stack()/
getframeinfo()/getouterframes()/getinnerframes()/getlineno() with the frame snapshots of _frame (from the VM's caller
trail).

Not covered: live frames (f_locals of function frames; see _frame), the `positions` of
getframeinfo's result (coro keeps no column offsets), signatures of builtins without a
known text signature (ValueError), getclosurevars. getattr_static does not look for a
`__dict__` shadowed by a class attribute."""

import sys
import types
import _traceback
import _frame
import _inspect
from collections import namedtuple

CO_OPTIMIZED = 1
CO_NEWLOCALS = 2
CO_VARARGS = 4
CO_VARKEYWORDS = 8
CO_NESTED = 16
CO_GENERATOR = 32
CO_NOFREE = 64
CO_COROUTINE = 128
CO_ITERABLE_COROUTINE = 256
CO_ASYNC_GENERATOR = 512


# -- predicates ----------------------------------------------------------------------------


def ismodule(object):
    return isinstance(object, types.ModuleType)


def isclass(object):
    return isinstance(object, type)


def ismethod(object):
    return isinstance(object, types.MethodType)


def isfunction(object):
    return isinstance(object, types.FunctionType)


def _unwrapped_function(f):
    """The plain function under methods and functools.partial, for the code-flag tests."""
    while ismethod(f):
        f = f.__func__
    import functools

    while isinstance(f, functools.partial):
        f = f.func
    return f


def _has_code_flag(f, flag):
    f = _unwrapped_function(f)
    if not isfunction(f):
        return False
    return bool(f.__code__.co_flags & flag)


def isgeneratorfunction(obj):
    return _has_code_flag(obj, CO_GENERATOR)


def iscoroutinefunction(obj):
    return _has_code_flag(obj, CO_COROUTINE)


def isasyncgenfunction(obj):
    return _has_code_flag(obj, CO_ASYNC_GENERATOR)


def isgenerator(object):
    return isinstance(object, types.GeneratorType)


def iscoroutine(object):
    return isinstance(object, types.CoroutineType)


def isasyncgen(object):
    return isinstance(object, types.AsyncGeneratorType)


def isawaitable(object):
    return (isinstance(object, types.CoroutineType)
            or isinstance(object, types.GeneratorType)
            and bool(getattr(getattr(object, "gi_code", None), "co_flags", 0)
                     & CO_ITERABLE_COROUTINE)
            or hasattr(type(object), "__await__"))


def istraceback(object):
    return isinstance(object, types.TracebackType)


def isframe(object):
    return isinstance(object, types.FrameType)


def iscode(object):
    return type(object).__name__ == "code"


def isbuiltin(object):
    return isinstance(object, types.BuiltinFunctionType)


def ismethoddescriptor(object):
    if isclass(object) or ismethod(object) or isfunction(object):
        return False
    tp = type(object)
    return hasattr(tp, "__get__") and not hasattr(tp, "__set__")


def isdatadescriptor(object):
    if isclass(object) or ismethod(object) or isfunction(object):
        return False
    if isinstance(object, property):
        return True
    tp = type(object)
    return hasattr(tp, "__set__") or hasattr(tp, "__delete__")


def ismethodwrapper(object):
    return type(object).__name__ == "method-wrapper"


def isroutine(object):
    return (isbuiltin(object) or isfunction(object) or ismethod(object)
            or ismethoddescriptor(object) or ismethodwrapper(object))


def isabstract(object):
    return bool(isinstance(object, type) and getattr(object, "__abstractmethods__", False))


def isgetsetdescriptor(object):
    return False


def ismemberdescriptor(object):
    return False


# -- members and docs ----------------------------------------------------------------------


def _getmembers(object, predicate, getter):
    results = []
    for key in dir(object):
        try:
            value = getter(object, key)
        except AttributeError:
            continue
        if not predicate or predicate(value):
            results.append((key, value))
    results.sort(key=lambda pair: pair[0])
    return results


def getmembers(object, predicate=None):
    """(name, value) pairs of the object's attributes, sorted by name."""
    return _getmembers(object, predicate, getattr)


def cleandoc(doc):
    """Uniformly remove the indentation of a docstring's continuation lines, the leading
    whitespace of its first line, and blank lines at both ends."""
    lines = doc.expandtabs().split("\n")
    margin = None
    for line in lines[1:]:
        content = len(line.lstrip())
        if content:
            indent = len(line) - content
            margin = indent if margin is None else min(margin, indent)
    lines[0] = lines[0].lstrip()
    if margin is not None:
        lines[1:] = [line[margin:] for line in lines[1:]]
    while lines and not lines[-1]:
        lines.pop()
    while lines and not lines[0]:
        lines.pop(0)
    return "\n".join(lines)


def _inherited_doc(obj):
    """The docstring of the attribute of the same name in a base class, for methods."""
    func = obj.__func__ if ismethod(obj) else obj
    name = getattr(func, "__name__", None)
    qualname = getattr(func, "__qualname__", "")
    owner = None
    if ismethod(obj) and isclass(obj.__self__):
        owner = obj.__self__
    elif ismethod(obj):
        owner = type(obj.__self__)
    elif isfunction(obj) and "." in qualname:
        module = sys.modules.get(func.__module__)
        owner = module
        for part in qualname.split(".")[:-1]:
            owner = getattr(owner, part, None)
    if not isclass(owner) or name is None:
        return None
    for base in owner.__mro__[1:]:
        attr = base.__dict__.get(name)
        doc = getattr(attr, "__doc__", None)
        if doc is not None:
            return doc
    return None


def getdoc(object):
    """The object's docstring (or an inherited one), cleaned up; None without one."""
    try:
        doc = object.__doc__
    except AttributeError:
        return None
    if doc is None:
        try:
            doc = _inherited_doc(object)
        except (AttributeError, TypeError):
            return None
    if not isinstance(doc, str):
        return None
    return cleandoc(doc)


# -- files and source ----------------------------------------------------------------------


def getmodule(object, _filename=None):
    if ismodule(object):
        return object
    if hasattr(object, "__module__"):
        return sys.modules.get(object.__module__)
    return None


def getfile(object):
    """The name of the file in which an object was defined."""
    if ismodule(object):
        if getattr(object, "__file__", None):
            return object.__file__
        raise TypeError("{!r} is a built-in module".format(object))
    if isclass(object):
        module = sys.modules.get(object.__module__)
        if getattr(module, "__file__", None):
            return module.__file__
        if object.__module__ == "__main__":
            raise OSError("source code not available")
        raise TypeError("{!r} is a built-in class".format(object))
    if ismethod(object):
        object = object.__func__
    if isfunction(object):
        object = object.__code__
    if iscode(object):
        return object.co_filename
    raise TypeError("module, class, method, function, traceback, frame, or "
                    "code object was expected, got {}".format(type(object).__name__))


def getsourcefile(object):
    import os

    filename = getfile(object)
    if filename.startswith("<") and filename.endswith(">"):
        return None
    return filename if os.path.exists(filename) else None


def _source_lines(object):
    filename = getsourcefile(object)
    if filename is None:
        raise OSError("could not get source code")
    try:
        with open(filename, encoding="utf-8") as f:
            return f.read().splitlines(True)
    except OSError:
        raise OSError("could not get source code") from None


def _indent(line):
    return len(line) - len(line.lstrip())


def _block_end(lines, start):
    """The index past the statement starting at lines[start] (a def or class with its
    body, or a simple statement): the header runs until its brackets close, the body
    is what follows indented deeper."""
    depth = 0
    i = start
    while i < len(lines):
        for ch in lines[i].split("#", 1)[0]:
            if ch in "([{":
                depth += 1
            elif ch in ")]}":
                depth -= 1
        i += 1
        if depth <= 0:
            break
    header = lines[start:i]
    last = header[-1].split("#", 1)[0].rstrip()
    if not last.endswith(":"):
        return i
    base = _indent(lines[start])
    end = i
    while i < len(lines):
        line = lines[i]
        if line.strip() and _indent(line) <= base:
            break
        i += 1
        if line.strip():
            end = i
    return end


def getsourcelines(object):
    """(lines of the object's source, number of its first line)."""
    if ismethod(object):
        object = object.__func__
    lines = _source_lines(object)
    if ismodule(object):
        return lines, 0
    if isclass(object):
        import re

        pattern = re.compile(r"^(\s*)class\s*" + object.__name__ + r"\b")
        candidates = [i for i, line in enumerate(lines) if pattern.match(line)]
        if not candidates:
            raise OSError("could not find class definition")
        start = candidates[0]
    else:
        if isfunction(object):
            object = object.__code__
        if not iscode(object):
            raise TypeError("module, class, method, function, traceback, frame, or "
                            "code object was expected, got {}".format(type(object).__name__))
        start = object.co_firstlineno - 1
        if start >= len(lines):
            raise OSError("lineno is out of bounds")
    # Decorators belong to the definition, as CPython's line numbers have it.
    while start > 0 and lines[start - 1].lstrip().startswith("@"):
        start -= 1
    first = start
    while lines[first].lstrip().startswith("@"):
        first += 1
    return lines[start:_block_end(lines, first)], start + 1


def getsource(object):
    lines, _ = getsourcelines(object)
    return "".join(lines)


def unwrap(func, *, stop=None):
    """The object at the end of a chain of __wrapped__ attributes."""
    f = func
    seen = {id(f)}
    while hasattr(f, "__wrapped__") and not (stop is not None and stop(f)):
        f = f.__wrapped__
        if id(f) in seen:
            raise ValueError("wrapper loop when unwrapping {!r}".format(func))
        seen.add(id(f))
    return f


FullArgSpec = namedtuple(
    "FullArgSpec", "args, varargs, varkw, defaults, kwonlyargs, kwonlydefaults, annotations")


def getfullargspec(func):
    """The parameters of func as the legacy named tuple: wrappers are not followed and a
    bound method keeps its first parameter."""
    import _inspect_signature
    try:
        target = func.__func__ if ismethod(func) else func
        sig = _inspect_signature._signature(target, follow_wrapped=False)
    except Exception as ex:
        raise TypeError("unsupported callable") from ex
    args, kwonlyargs, annotations, kwdefaults = [], [], {}, {}
    varargs = varkw = None
    defaults = ()
    if sig.return_annotation is not sig.empty:
        annotations["return"] = sig.return_annotation
    for param in sig.parameters.values():
        kind, name = param.kind, param.name
        if kind in (param.POSITIONAL_ONLY, param.POSITIONAL_OR_KEYWORD):
            args.append(name)
            if param.default is not param.empty:
                defaults += (param.default,)
        elif kind == param.VAR_POSITIONAL:
            varargs = name
        elif kind == param.KEYWORD_ONLY:
            kwonlyargs.append(name)
            if param.default is not param.empty:
                kwdefaults[name] = param.default
        else:
            varkw = name
        if param.annotation is not param.empty:
            annotations[name] = param.annotation
    return FullArgSpec(args, varargs, varkw, defaults or None, kwonlyargs,
                       kwdefaults or None, annotations)


def getmro(cls):
    """The class's method resolution order, as a tuple."""
    return cls.__mro__


def _name_list(names):
    """'a', 'a' and 'b', or 'a', 'b' and 'c' (names already repr'd)."""
    if len(names) == 1:
        return names[0]
    return ", ".join(names[:-1]) + " and " + names[-1]


def _missing_arguments(f_name, argnames, positional, values):
    names = [repr(name) for name in argnames if name not in values]
    kind = "positional" if positional else "keyword-only"
    plural = "" if len(names) == 1 else "s"
    raise TypeError(f"{f_name}() missing {len(names)} required {kind} argument{plural}: "
                    f"{_name_list(names)}")


def _too_many(f_name, args, kwonly, varargs, defcount, given, values):
    atleast = len(args) - defcount
    kwonly_given = sum(1 for arg in kwonly if arg in values)
    if varargs:
        plural, expected = atleast != 1, f"at least {atleast}"
    elif defcount:
        plural, expected = True, f"from {atleast} to {len(args)}"
    else:
        plural, expected = len(args) != 1, str(len(args))
    extra = ""
    if kwonly_given:
        extra = (f" positional argument{'s' if given != 1 else ''} (and {kwonly_given} "
                 f"keyword-only argument{'s' if kwonly_given != 1 else ''})")
    verb = "was" if given == 1 and not kwonly_given else "were"
    raise TypeError(f"{f_name}() takes {expected} positional argument{'s' if plural else ''} "
                    f"but {given}{extra} {verb} given")


def getcallargs(func, /, *positional, **named):
    """The dict of parameter name to value a call func(*positional, **named) would bind
    (a bound method's self included), raising the TypeError the call would."""
    args, varargs, varkw, defaults, kwonlyargs, kwonlydefaults, _ = getfullargspec(func)
    f_name = func.__name__
    values = {}
    if ismethod(func) and func.__self__ is not None:
        positional = (func.__self__,) + positional
    num_pos, num_args = len(positional), len(args)
    num_defaults = len(defaults) if defaults else 0
    bound = min(num_pos, num_args)
    values.update(zip(args[:bound], positional[:bound]))
    if varargs:
        values[varargs] = tuple(positional[bound:])
    accepted = set(args + kwonlyargs)
    if varkw:
        values[varkw] = {}
    for key, value in named.items():
        if key not in accepted:
            if not varkw:
                raise TypeError(f"{f_name}() got an unexpected keyword argument {key!r}")
            values[varkw][key] = value
        elif key in values:
            raise TypeError(f"{f_name}() got multiple values for argument {key!r}")
        else:
            values[key] = value
    if num_pos > num_args and not varargs:
        _too_many(f_name, args, kwonlyargs, varargs, num_defaults, num_pos, values)
    if num_pos < num_args:
        required = args[:num_args - num_defaults]
        if any(arg not in values for arg in required):
            _missing_arguments(f_name, required, True, values)
        for arg, default in zip(args[num_args - num_defaults:], defaults or ()):
            values.setdefault(arg, default)
    missing = False
    for arg in kwonlyargs:
        if arg not in values:
            if kwonlydefaults and arg in kwonlydefaults:
                values[arg] = kwonlydefaults[arg]
            else:
                missing = True
    if missing:
        _missing_arguments(f_name, kwonlyargs, False, values)
    return values


def get_annotations(obj, *, globals=None, locals=None, eval_str=False):
    """The annotations dict of a module, class (its own, not inherited) or callable, as
    a new dict; with eval_str, string annotations are evaluated in the object's
    globals (and a class's namespace)."""
    if isinstance(obj, type):
        ann = obj.__dict__.get("__annotations__", None)
        obj_globals = None
        module = sys.modules.get(getattr(obj, "__module__", None) or "", None)
        if module is not None:
            obj_globals = getattr(module, "__dict__", None)
        obj_locals = dict(vars(obj))
        unwrap_from = obj
    elif isinstance(obj, types.ModuleType):
        ann = getattr(obj, "__annotations__", None)
        obj_globals = obj.__dict__
        obj_locals = None
        unwrap_from = None
    elif callable(obj):
        ann = getattr(obj, "__annotations__", None)
        obj_globals = getattr(obj, "__globals__", None)
        obj_locals = None
        unwrap_from = obj
    else:
        raise TypeError(f"{obj!r} is not a module, class, or callable.")
    if ann is None:
        return {}
    if not isinstance(ann, dict):
        raise ValueError(f"{obj!r}.__annotations__ is neither a dict nor None")
    if not ann or not eval_str:
        return dict(ann)
    if unwrap_from is not None:
        import functools
        while True:
            if hasattr(unwrap_from, "__wrapped__"):
                unwrap_from = unwrap_from.__wrapped__
            elif isinstance(unwrap_from, functools.partial):
                unwrap_from = unwrap_from.func
            else:
                break
        if hasattr(unwrap_from, "__globals__"):
            obj_globals = unwrap_from.__globals__
    if globals is None:
        globals = obj_globals
    if locals is None:
        locals = obj_locals
    return {key: eval(value, globals, locals) if isinstance(value, str) else value
            for key, value in ann.items()}


_sentinel = object()


def _class_lookup(klass, attr):
    for entry in klass.__mro__:
        entry_dict = entry.__dict__
        if attr in entry_dict:
            return entry_dict[attr]
    return _sentinel


def _instance_lookup(obj, attr):
    try:
        instance_dict = object.__getattribute__(obj, "__dict__")
    except AttributeError:
        return _sentinel
    return dict.get(instance_dict, attr, _sentinel)


def _is_data_descriptor_value(value):
    kind = type(value)
    return (_class_lookup(kind, "__get__") is not _sentinel
            and (_class_lookup(kind, "__set__") is not _sentinel
                 or _class_lookup(kind, "__delete__") is not _sentinel))


def getattr_static(obj, attr, default=_sentinel):
    """The attribute as stored, without running descriptors, __getattr__ or
    __getattribute__: the instance dict, then the classes of the MRO (a data descriptor
    there wins over the instance dict), then for a class its metaclass's MRO."""
    if isinstance(obj, type):
        klass = obj
        instance_result = _sentinel
    else:
        klass = type(obj)
        instance_result = _instance_lookup(obj, attr)
    klass_result = _class_lookup(klass, attr)
    if (instance_result is not _sentinel and klass_result is not _sentinel
            and _is_data_descriptor_value(klass_result)):
        return klass_result
    if instance_result is not _sentinel:
        return instance_result
    if klass_result is not _sentinel:
        return klass_result
    if obj is klass:
        meta_result = _class_lookup(type(klass), attr)
        if meta_result is not _sentinel:
            return meta_result
    if default is not _sentinel:
        return default
    raise AttributeError(attr)


def getmembers_static(object, predicate=None):
    """getmembers without running descriptors: values come from getattr_static."""
    return _getmembers(object, predicate, getattr_static)


GEN_CREATED = "GEN_CREATED"
GEN_RUNNING = "GEN_RUNNING"
GEN_SUSPENDED = "GEN_SUSPENDED"
GEN_CLOSED = "GEN_CLOSED"
CORO_CREATED = "CORO_CREATED"
CORO_RUNNING = "CORO_RUNNING"
CORO_SUSPENDED = "CORO_SUSPENDED"
CORO_CLOSED = "CORO_CLOSED"


def _life_state(obj, coroutine, prefix, attr):
    """PREFIX_CREATED, _RUNNING, _SUSPENDED or _CLOSED: coro's own generators and
    coroutines say which; any other object is asked for its gi_*/cr_* attributes (attr
    is the prefix of their names), as CPython asks any object."""
    state = _inspect.generator_state(obj, coroutine)
    if state is not None:
        return prefix + state
    if getattr(obj, attr + "running"):
        return prefix + "RUNNING"
    if getattr(obj, attr + "suspended"):
        return prefix + "SUSPENDED"
    if getattr(obj, attr + "frame") is None:
        return prefix + "CLOSED"
    return prefix + "CREATED"


def getgeneratorstate(generator):
    """GEN_CREATED, GEN_RUNNING, GEN_SUSPENDED or GEN_CLOSED."""
    return _life_state(generator, False, "GEN_", "gi_")


def getcoroutinestate(coroutine):
    """CORO_CREATED, CORO_RUNNING, CORO_SUSPENDED or CORO_CLOSED."""
    return _life_state(coroutine, True, "CORO_", "cr_")


# -- stack ---------------------------------------------------------------------------------

FrameInfo = namedtuple("FrameInfo", "frame filename lineno function code_context index")


def currentframe():
    """The caller's frame (a snapshot: see _frame)."""
    return _frame._getframe(1)


def stack(context=1):
    """FrameInfo entries for the caller and its callers, innermost first."""
    entries = []
    frame = _frame._getframe(1)
    while frame is not None:
        code = frame.f_code
        filename, lineno = code.co_filename, frame.f_lineno
        code_context, index = _context_lines(filename, lineno, context)
        entries.append(FrameInfo(frame, filename, lineno, code.co_name, code_context, index))
        frame = frame.f_back
    return entries


Traceback = namedtuple("Traceback", "filename lineno function code_context index")


def getframeinfo(frame, context=1):
    """(filename, lineno, function, code_context, index) of a frame or traceback."""
    if istraceback(frame):
        lineno = frame.tb_lineno
        frame = frame.tb_frame
    else:
        lineno = frame.f_lineno
    if not isframe(frame):
        raise TypeError("{!r} is not a frame or traceback object".format(frame))
    code = frame.f_code
    code_context, index = _context_lines(code.co_filename, lineno, context)
    return Traceback(code.co_filename, lineno, code.co_name, code_context, index)


def getouterframes(frame, context=1):
    """FrameInfo entries for the frame and the frames that called it, innermost first."""
    entries = []
    while frame:
        info = getframeinfo(frame, context)
        entries.append(FrameInfo(frame, *info))
        frame = frame.f_back
    return entries


def getinnerframes(tb, context=1):
    """FrameInfo entries for a traceback's frames, from where it was caught to where
    it was raised."""
    entries = []
    while tb:
        info = getframeinfo(tb, context)
        entries.append(FrameInfo(tb.tb_frame, *info))
        tb = tb.tb_next
    return entries


def getlineno(frame):
    """The frame's current line."""
    return frame.f_lineno


def indentsize(line):
    """The width of the line's leading whitespace, tabs expanded."""
    expanded = line.expandtabs()
    return len(expanded) - len(expanded.lstrip())


def getabsfile(object, _filename=None):
    """The absolute, case-normalized path of the file the object was defined in."""
    import os
    if _filename is None:
        _filename = getsourcefile(object) or getfile(object)
    return os.path.normcase(os.path.abspath(_filename))


def _context_lines(filename, lineno, context):
    if context <= 0:
        return None, None
    try:
        with open(filename, encoding="utf-8") as f:
            lines = f.read().splitlines(True)
    except (OSError, UnicodeDecodeError):
        return None, None
    start = max(0, min(lineno - 1 - context // 2, len(lines) - context))
    return lines[start:start + context], lineno - 1 - start


from _inspect_signature import (  # noqa: E402 (signature needs the predicates above)
    BoundArguments, Parameter, Signature, formatannotation, signature, _empty, _void,
    _ParameterKind,
)
