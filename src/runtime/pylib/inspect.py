"""Inspecting live objects (coro's embedded inspect): the is* predicates, signature() with
Parameter, Signature and BoundArguments (their str/repr, bind/bind_partial and errors as
CPython 3.11's), getmembers, getdoc, cleandoc, getfile/getsourcefile/getsource/
getsourcelines/getmodule, unwrap, and currentframe()/stack() with the frame snapshots of
_frame (from the VM's caller trail).

Not covered: live frames (f_locals of function frames; see _frame), signatures of builtins
without a known text signature (ValueError), getattr_static, getclosurevars,
get_annotations' eval_str."""

import sys
import types
import _traceback
import _frame
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
    return False


def isframe(object):
    return False


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


def getmembers(object, predicate=None):
    """(name, value) pairs of the object's attributes, sorted by name."""
    results = []
    for key in dir(object):
        try:
            value = getattr(object, key)
        except AttributeError:
            continue
        if not predicate or predicate(value):
            results.append((key, value))
    results.sort(key=lambda pair: pair[0])
    return results


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
