"""inspect.signature and its classes for coro: Parameter (kinds, defaults, annotations),
Signature (str with the '/' and '*' markers, validation, bind/bind_partial),
BoundArguments (args, kwargs, apply_defaults) and signature() for functions, methods,
classes, callable instances, functools.partial and __signature__/__wrapped__, with
CPython 3.11's texts and errors.

Builtins have no __text_signature__ in coro: a table gives the common ones; any other
builtin raises ValueError("no signature found for builtin ...")."""

import functools
import types
from collections import OrderedDict
from enum import IntEnum


class _empty:
    """Marker object for Signature.empty and Parameter.empty."""


_empty.__module__ = "inspect"


class _void:
    """A private marker - used in Parameter & Signature."""


class _ParameterKind(IntEnum):
    POSITIONAL_ONLY = 0
    POSITIONAL_OR_KEYWORD = 1
    VAR_POSITIONAL = 2
    KEYWORD_ONLY = 3
    VAR_KEYWORD = 4

    def __str__(self):
        return self._name_

    @property
    def description(self):
        return _KIND_DESCRIPTIONS[self]


_ParameterKind.__module__ = "inspect"

_POSITIONAL_ONLY = _ParameterKind.POSITIONAL_ONLY
_POSITIONAL_OR_KEYWORD = _ParameterKind.POSITIONAL_OR_KEYWORD
_VAR_POSITIONAL = _ParameterKind.VAR_POSITIONAL
_KEYWORD_ONLY = _ParameterKind.KEYWORD_ONLY
_VAR_KEYWORD = _ParameterKind.VAR_KEYWORD

_KIND_DESCRIPTIONS = {
    _POSITIONAL_ONLY: "positional-only",
    _POSITIONAL_OR_KEYWORD: "positional or keyword",
    _VAR_POSITIONAL: "variadic positional",
    _KEYWORD_ONLY: "keyword-only",
    _VAR_KEYWORD: "variadic keyword",
}


def formatannotation(annotation, base_module=None):
    if getattr(annotation, "__module__", None) == "typing":
        return repr(annotation).replace("typing.", "")
    if isinstance(annotation, types.GenericAlias):
        return str(annotation)
    if isinstance(annotation, type):
        if annotation.__module__ in ("builtins", base_module):
            return annotation.__qualname__
        return annotation.__module__ + "." + annotation.__qualname__
    return repr(annotation)


# `Signature.parameters` is a read-only view, as in CPython.
mappingproxy = types.MappingProxyType


class Parameter:
    """One parameter of a signature: name, kind, default and annotation."""

    __slots__ = ("_name", "_kind", "_default", "_annotation")

    POSITIONAL_ONLY = _POSITIONAL_ONLY
    POSITIONAL_OR_KEYWORD = _POSITIONAL_OR_KEYWORD
    VAR_POSITIONAL = _VAR_POSITIONAL
    KEYWORD_ONLY = _KEYWORD_ONLY
    VAR_KEYWORD = _VAR_KEYWORD

    empty = _empty

    def __init__(self, name, kind, *, default=_empty, annotation=_empty):
        try:
            self._kind = _ParameterKind(kind)
        except ValueError:
            raise ValueError(f"value {kind!r} is not a valid Parameter.kind") from None
        if default is not _empty and self._kind in (_VAR_POSITIONAL, _VAR_KEYWORD):
            raise ValueError(f"{self._kind.description} parameters cannot have default values")
        self._default = default
        self._annotation = annotation
        if name is _empty:
            raise ValueError("name is a required attribute for Parameter")
        if not isinstance(name, str):
            raise TypeError(f"name must be a str, not a {type(name).__name__}")
        if name[0] == "." and name[1:].isdigit():
            if self._kind != _POSITIONAL_OR_KEYWORD:
                raise ValueError(
                    f"implicit arguments must be passed as positional or keyword "
                    f"arguments, not {self._kind.description}")
            self._kind = _POSITIONAL_ONLY
            name = "implicit" + name[1:]
        if not name.isidentifier():
            raise ValueError(f"{name!r} is not a valid parameter name")
        self._name = name

    @property
    def name(self):
        return self._name

    @property
    def default(self):
        return self._default

    @property
    def annotation(self):
        return self._annotation

    @property
    def kind(self):
        return self._kind

    def replace(self, *, name=_void, kind=_void, annotation=_void, default=_void):
        return type(self)(
            self._name if name is _void else name,
            self._kind if kind is _void else kind,
            default=self._default if default is _void else default,
            annotation=self._annotation if annotation is _void else annotation,
        )

    def __str__(self):
        text = self._name
        if self._annotation is not _empty:
            text = f"{text}: {formatannotation(self._annotation)}"
        if self._default is not _empty:
            separator = " = " if self._annotation is not _empty else "="
            text = f"{text}{separator}{self._default!r}"
        if self._kind == _VAR_POSITIONAL:
            text = "*" + text
        elif self._kind == _VAR_KEYWORD:
            text = "**" + text
        return text

    def __repr__(self):
        return f'<{type(self).__name__} "{self}">'

    def __hash__(self):
        return hash((self.name, self.kind, self.annotation, self.default))

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, Parameter):
            return NotImplemented
        return (self._name == other._name and self._kind == other._kind
                and self._default == other._default
                and self._annotation == other._annotation)


class BoundArguments:
    """The arguments a call binds to a signature's parameters."""

    __slots__ = ("arguments", "_signature", "__weakref__")

    def __init__(self, signature, arguments):
        self.arguments = arguments
        self._signature = signature

    @property
    def signature(self):
        return self._signature

    @property
    def args(self):
        args = []
        for name, param in self._signature.parameters.items():
            if param.kind in (_VAR_KEYWORD, _KEYWORD_ONLY) or name not in self.arguments:
                break
            if param.kind == _VAR_POSITIONAL:
                args.extend(self.arguments[name])
            else:
                args.append(self.arguments[name])
        return tuple(args)

    @property
    def kwargs(self):
        kwargs = {}
        started = False
        for name, param in self._signature.parameters.items():
            if not started:
                if param.kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
                    started = True
                elif name not in self.arguments:
                    started = True
                    continue
            if not started or name not in self.arguments:
                continue
            if param.kind == _VAR_KEYWORD:
                kwargs.update(self.arguments[name])
            else:
                kwargs[name] = self.arguments[name]
        return kwargs

    def apply_defaults(self):
        filled = []
        for name, param in self._signature.parameters.items():
            if name in self.arguments:
                filled.append((name, self.arguments[name]))
            elif param.default is not _empty:
                filled.append((name, param.default))
            elif param.kind == _VAR_POSITIONAL:
                filled.append((name, ()))
            elif param.kind == _VAR_KEYWORD:
                filled.append((name, {}))
        self.arguments = dict(filled)

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, BoundArguments):
            return NotImplemented
        return self.signature == other.signature and self.arguments == other.arguments

    def __repr__(self):
        args = ", ".join(f"{name}={value!r}" for name, value in self.arguments.items())
        return f"<{type(self).__name__} ({args})>"


class Signature:
    """The parameters and return annotation of a callable."""

    __slots__ = ("_return_annotation", "_parameters")

    _parameter_cls = Parameter
    _bound_arguments_cls = BoundArguments

    empty = _empty

    def __init__(self, parameters=None, *, return_annotation=_empty,
                 __validate_parameters__=True):
        if parameters is None:
            params = OrderedDict()
        elif __validate_parameters__:
            params = OrderedDict()
            top_kind = _POSITIONAL_ONLY
            seen_default = False
            for param in parameters:
                kind = param.kind
                name = param.name
                if kind < top_kind:
                    raise ValueError(
                        f"wrong parameter order: {top_kind.description} parameter before "
                        f"{kind.description} parameter")
                if kind > top_kind:
                    top_kind = kind
                if kind in (_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD):
                    if param.default is _empty:
                        if seen_default:
                            raise ValueError("non-default argument follows default argument")
                    else:
                        seen_default = True
                if name in params:
                    raise ValueError(f"duplicate parameter name: {name!r}")
                params[name] = param
        else:
            params = OrderedDict((param.name, param) for param in parameters)
        self._parameters = mappingproxy(params)
        self._return_annotation = return_annotation

    @classmethod
    def from_callable(cls, obj, *, follow_wrapped=True, globals=None, locals=None,
                      eval_str=False):
        return signature(obj, follow_wrapped=follow_wrapped)

    @property
    def parameters(self):
        return self._parameters

    @property
    def return_annotation(self):
        return self._return_annotation

    def replace(self, *, parameters=_void, return_annotation=_void):
        if parameters is _void:
            parameters = self.parameters.values()
        if return_annotation is _void:
            return_annotation = self._return_annotation
        return type(self)(parameters, return_annotation=return_annotation)

    def __hash__(self):
        params = tuple(p for p in self.parameters.values() if p.kind != _KEYWORD_ONLY)
        kwo = frozenset(p for p in self.parameters.values() if p.kind == _KEYWORD_ONLY)
        return hash((params, kwo, self.return_annotation))

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, Signature):
            return NotImplemented
        return (self.return_annotation == other.return_annotation
                and list(self._positional_key()) == list(other._positional_key())
                and self._keyword_key() == other._keyword_key())

    def _positional_key(self):
        return (p for p in self.parameters.values() if p.kind != _KEYWORD_ONLY)

    def _keyword_key(self):
        return {p.name: p for p in self.parameters.values() if p.kind == _KEYWORD_ONLY}

    def _bind(self, args, kwargs, *, partial=False):
        arguments = {}
        kwargs = dict(kwargs)
        params = list(self.parameters.values())
        i = 0
        # Positional arguments fill the positional parameters in order.
        for position, value in enumerate(args):
            if i >= len(params) or params[i].kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
                raise TypeError("too many positional arguments")
            param = params[i]
            if param.kind == _VAR_POSITIONAL:
                arguments[param.name] = tuple(args[position:])
                i += 1
                break
            if param.name in kwargs and param.kind != _POSITIONAL_ONLY:
                raise TypeError(f"multiple values for argument {param.name!r}")
            arguments[param.name] = value
            i += 1
        else:
            # Past the positional arguments: a positional parameter left without a value
            # must have a default (or be given by keyword, or be *args).
            if i < len(params):
                param = params[i]
                if param.kind in (_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD):
                    if param.name in kwargs:
                        if param.kind == _POSITIONAL_ONLY:
                            raise TypeError(
                                f"{param.name!r} parameter is positional only, "
                                f"but was passed as a keyword")
                    elif param.default is _empty and not partial:
                        raise TypeError(f"missing a required argument: {param.name!r}")
        kwargs_param = None
        for param in params[i:]:
            if param.kind == _VAR_KEYWORD:
                kwargs_param = param
                continue
            if param.kind == _VAR_POSITIONAL:
                continue
            if param.name not in kwargs:
                if not partial and param.default is _empty:
                    raise TypeError(f"missing a required argument: {param.name!r}")
                continue
            if param.kind == _POSITIONAL_ONLY:
                raise TypeError(
                    f"{param.name!r} parameter is positional only, but was passed as a keyword")
            arguments[param.name] = kwargs.pop(param.name)
        if kwargs:
            if kwargs_param is None:
                raise TypeError(f"got an unexpected keyword argument {next(iter(kwargs))!r}")
            arguments[kwargs_param.name] = kwargs
        return self._bound_arguments_cls(self, arguments)

    def bind(self, /, *args, **kwargs):
        """BoundArguments mapping the arguments to the parameters, or TypeError."""
        return self._bind(args, kwargs)

    def bind_partial(self, /, *args, **kwargs):
        """As bind, but required arguments may be missing."""
        return self._bind(args, kwargs, partial=True)

    def __repr__(self):
        return f"<{type(self).__name__} {self}>"

    def __str__(self):
        result = []
        pending_slash = False
        star_needed = True
        for param in self.parameters.values():
            kind = param.kind
            if kind == _POSITIONAL_ONLY:
                pending_slash = True
            elif pending_slash:
                result.append("/")
                pending_slash = False
            if kind == _VAR_POSITIONAL:
                star_needed = False
            elif kind == _KEYWORD_ONLY and star_needed:
                result.append("*")
                star_needed = False
            result.append(str(param))
        if pending_slash:
            result.append("/")
        text = "({})".format(", ".join(result))
        if self.return_annotation is not _empty:
            text += " -> {}".format(formatannotation(self.return_annotation))
        return text


def _from_function(cls, func):
    code = func.__code__
    names = code.co_varnames
    npos = code.co_argcount
    nposonly = code.co_posonlyargcount
    nkwonly = code.co_kwonlyargcount
    defaults = func.__defaults__ or ()
    kwdefaults = func.__kwdefaults__ or {}
    annotations = func.__annotations__ or {}
    first_default = npos - len(defaults)
    params = []
    for i, name in enumerate(names[:npos]):
        kind = _POSITIONAL_ONLY if i < nposonly else _POSITIONAL_OR_KEYWORD
        default = defaults[i - first_default] if i >= first_default else _empty
        params.append(Parameter(name, kind, default=default,
                                annotation=annotations.get(name, _empty)))
    index = npos + nkwonly
    if code.co_flags & 4:
        name = names[index]
        params.append(Parameter(name, _VAR_POSITIONAL, annotation=annotations.get(name, _empty)))
        index += 1
    for name in names[npos:npos + nkwonly]:
        params.append(Parameter(name, _KEYWORD_ONLY, default=kwdefaults.get(name, _empty),
                                annotation=annotations.get(name, _empty)))
    if code.co_flags & 8:
        name = names[index]
        params.append(Parameter(name, _VAR_KEYWORD, annotation=annotations.get(name, _empty)))
    return cls(params, return_annotation=annotations.get("return", _empty),
               __validate_parameters__=False)


def _without_first(sig):
    params = list(sig.parameters.values())
    if not params or params[0].kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
        raise ValueError("invalid method signature")
    if params[0].kind == _VAR_POSITIONAL:
        return sig
    return sig.replace(parameters=params[1:])


def _partial_signature(sig, partial_obj):
    """The signature of functools.partial(f, *args, **keywords) from f's: parameters
    filled positionally disappear, keyword-filled ones get the value as default and,
    with every positional-or-keyword parameter after them, become keyword-only."""
    keywords = partial_obj.keywords or {}
    try:
        bound = sig.bind_partial(*(partial_obj.args or ()), **keywords)
    except TypeError:
        raise ValueError(f"partial object {partial_obj!r} has incorrect arguments") from None
    kept = OrderedDict(sig.parameters.items())
    to_keyword_only = False
    for name, param in sig.parameters.items():
        if name in bound.arguments:
            value = bound.arguments[name]
            if param.kind == _POSITIONAL_ONLY:
                del kept[name]
                continue
            if param.kind == _POSITIONAL_OR_KEYWORD:
                if name not in keywords:
                    del kept[name]
                    continue
                to_keyword_only = True
                kept[name] = param.replace(default=value)
            elif param.kind == _KEYWORD_ONLY:
                kept[name] = param.replace(default=value)
        if not to_keyword_only:
            continue
        # Keyword-only parameters must come after the ones that just became so.
        if param.kind == _POSITIONAL_OR_KEYWORD:
            kept[name] = kept[name].replace(kind=_KEYWORD_ONLY)
            kept.move_to_end(name)
        elif param.kind in (_KEYWORD_ONLY, _VAR_KEYWORD):
            kept.move_to_end(name)
        elif param.kind == _VAR_POSITIONAL:
            del kept[name]
    return sig.replace(parameters=kept.values())


# Text signatures of common builtins, which coro's natives do not carry.
_BUILTIN_SIGNATURES = {
    "len": "(obj, /)", "abs": "(x, /)", "divmod": "(x, y, /)", "repr": "(obj, /)",
    "isinstance": "(obj, class_or_tuple, /)", "issubclass": "(cls, class_or_tuple, /)",
    "sorted": "(iterable, /, *, key=None, reverse=False)", "hash": "(obj, /)", "id": "(obj, /)",
    "print": "(*args, sep=' ', end='\\n', file=None, flush=False)",
    "callable": "(obj, /)", "chr": "(i, /)", "ord": "(c, /)", "hex": "(number, /)",
    "oct": "(number, /)", "bin": "(number, /)", "round": "(number, ndigits=None)",
    "pow": "(base, exp, mod=None)", "sum": "(iterable, /, start=0)", "any": "(iterable, /)",
    "all": "(iterable, /)", "ascii": "(obj, /)", "format": "(value, format_spec='', /)",
    "setattr": "(obj, name, value, /)", "delattr": "(obj, name, /)",
    "hasattr": "(obj, name, /)", "input": "(prompt='', /)", "exec": "(source, globals=None, locals=None, /, *, closure=None)",
    "eval": "(source, globals=None, locals=None, /)", "globals": "()", "locals": "()",
    "aiter": "(async_iterable, /)", "anext": None, "vars": None, "dir": None,
}


def _parse_text_signature(text):
    """A Signature from a text like '(a, b=1, /, *, c=None)' (literal defaults only)."""
    body = text.strip()[1:-1]
    parts = []
    depth, current, quote = 0, "", None
    for ch in body:
        if quote:
            current += ch
            if ch == quote:
                quote = None
        elif ch in "'\"":
            quote = ch
            current += ch
        elif ch == "," and depth == 0:
            parts.append(current.strip())
            current = ""
        else:
            depth += ch in "([{"
            depth -= ch in ")]}"
            current += ch
    if current.strip():
        parts.append(current.strip())
    kind = _POSITIONAL_OR_KEYWORD
    raw = []
    for part in parts:
        if part == "/":
            raw = [(n, _POSITIONAL_ONLY, d) for n, _, d in raw]
        elif part == "*":
            kind = _KEYWORD_ONLY
        elif part.startswith("**"):
            raw.append((part[2:], _VAR_KEYWORD, _empty))
        elif part.startswith("*"):
            raw.append((part[1:], _VAR_POSITIONAL, _empty))
            kind = _KEYWORD_ONLY
        else:
            name, eq, default = part.partition("=")
            value = _literal(default.strip()) if eq else _empty
            raw.append((name.strip(), kind, value))
    return Signature([Parameter(n, k, default=d) for n, k, d in raw])


def _literal(text):
    if text in ("None", "True", "False"):
        return {"None": None, "True": True, "False": False}[text]
    if text[:1] in "'\"":
        body = text[1:-1]
        for escape, char in (("\\n", "\n"), ("\\t", "\t"), ("\\'", "'"), ("\\\\", "\\")):
            body = body.replace(escape, char)
        return body
    try:
        return int(text)
    except ValueError:
        return float(text)


def _builtin_signature(obj):
    text = getattr(obj, "__text_signature__", None) or _BUILTIN_SIGNATURES.get(
        getattr(obj, "__name__", None))
    if text is None:
        raise ValueError(f"no signature found for builtin {obj!r}")
    return _parse_text_signature(text)


def _user_defined(cls, name):
    """The first non-builtin definition of `name` along cls's MRO, or None."""
    for base in cls.__mro__:
        if name in base.__dict__:
            if base is object or base.__module__ == "builtins":
                return None
            return base.__dict__[name]
    return None


def _class_signature(cls):
    meta_call = _user_defined(type(cls), "__call__") if type(cls) is not type else None
    if meta_call is not None:
        return _without_first(_signature(meta_call))
    new = _user_defined(cls, "__new__")
    init = _user_defined(cls, "__init__")
    # The one defined nearer along the MRO wins, as in CPython.
    for base in cls.__mro__:
        if "__new__" in base.__dict__ and new is not None and base.__dict__["__new__"] is new:
            if isinstance(new, staticmethod):
                new = new.__func__
            return _without_first(_signature(new))
        if "__init__" in base.__dict__ and init is not None and base.__dict__["__init__"] is init:
            return _without_first(_signature(init))
    for base in cls.__mro__[:-1]:
        if base.__module__ == "builtins" and base is not object:
            raise ValueError(f"no signature found for builtin type {cls!r}")
    return Signature()


def _signature(obj, follow_wrapped=True):
    if not callable(obj):
        raise TypeError(f"{obj!r} is not a callable object")
    if isinstance(obj, types.MethodType):
        return _without_first(_signature(obj.__func__, follow_wrapped))
    if follow_wrapped:
        import inspect

        obj = inspect.unwrap(obj, stop=lambda f: hasattr(f, "__signature__"))
        if isinstance(obj, types.MethodType):
            return _signature(obj, follow_wrapped)
    sig = getattr(obj, "__signature__", None) if not isinstance(obj, type) else \
        obj.__dict__.get("__signature__")
    if sig is not None:
        if not isinstance(sig, Signature):
            raise TypeError(f"unexpected object {sig!r} in __signature__ attribute")
        return sig
    if isinstance(obj, types.FunctionType):
        return _from_function(Signature, obj)
    if isinstance(obj, functools.partial):
        return _partial_signature(_signature(obj.func, follow_wrapped), obj)
    if isinstance(obj, type):
        return _class_signature(obj)
    if isinstance(obj, (types.BuiltinFunctionType, types.BuiltinMethodType)):
        return _builtin_signature(obj)
    call = _user_defined(type(obj), "__call__")
    if call is not None:
        return _without_first(_signature(call, follow_wrapped))
    raise ValueError(f"callable {obj!r} is not supported by signature")


def signature(obj, *, follow_wrapped=True, globals=None, locals=None, eval_str=False):
    """Get a signature object for the passed callable."""
    return _signature(obj, follow_wrapped)
