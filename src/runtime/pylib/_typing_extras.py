"""The parts of typing built on its core forms: get_origin, get_args, get_type_hints,
NewType, NamedTuple, TypedDict and the IO classes. typing imports them at the end of its
body (this module imports typing's partly run namespace).
"""

import collections as _collections
import sys as _sys
import types as _types
import typing as _typing
from types import GenericAlias as _PEP585Alias, UnionType as _UnionType
from typing import (_Final, _NoneType, _BaseGenericAlias, _GenericAlias, _CallableGenericAlias,
                    _AnnotatedAlias, _LiteralGenericAlias, _alias, Annotated, AnyStr, ForwardRef, Generic,
                    NotRequired, ParamSpecArgs, ParamSpecKwargs, Required)


def get_origin(tp):
    if isinstance(tp, _AnnotatedAlias):
        return Annotated
    if isinstance(tp, (_BaseGenericAlias, _PEP585Alias, ParamSpecArgs, ParamSpecKwargs)):
        return tp.__origin__
    if tp is Generic:
        return Generic
    if isinstance(tp, _UnionType):
        return _UnionType
    return None


def get_args(tp):
    if isinstance(tp, _AnnotatedAlias):
        return (tp.__origin__,) + tp.__metadata__
    if isinstance(tp, (_GenericAlias, _PEP585Alias)):
        res = tp.__args__
        if isinstance(tp, _CallableGenericAlias) and res and res[0] is not ...:
            res = (list(res[:-1]), res[-1])
        return res
    if isinstance(tp, _UnionType):
        return tp.__args__
    return ()


def _eval_hint(value, globalns, localns):
    if value is None:
        return _NoneType
    if isinstance(value, str):
        value = ForwardRef(value)
    return _eval_type(value, globalns, localns)


def _eval_type(t, globalns, localns, evaluating=frozenset()):
    """`t` with every forward reference in it evaluated, however deep (the `"Node"` in
    `Optional["Node"]` or `list["Node"]`); a reference met again inside its own value
    is left as it is. Literal's arguments are values, never references."""
    if isinstance(t, ForwardRef):
        if t.__forward_arg__ in evaluating:
            return t
        value = t._evaluate(globalns, localns)
        return _eval_type(value, globalns, localns, evaluating | {t.__forward_arg__})

    def each(args):
        new = tuple(_eval_type(a, globalns, localns, evaluating) for a in args)
        return None if all(a is b for a, b in zip(new, args)) else new

    if isinstance(t, _AnnotatedAlias):
        origin = _eval_type(t.__origin__, globalns, localns, evaluating)
        return t if origin is t.__origin__ else _AnnotatedAlias(origin, t.__metadata__)
    if isinstance(t, _PEP585Alias):
        args = tuple(ForwardRef(a) if isinstance(a, str) else a for a in t.__args__)
        new = each(args)
        return t if new is None else _PEP585Alias(t.__origin__, new)
    if isinstance(t, _LiteralGenericAlias):
        return t
    if isinstance(t, _GenericAlias):
        new = each(t.__args__)
        return t if new is None else t.copy_with(new)
    if isinstance(t, _UnionType):
        new = each(t.__args__)
        if new is None:
            return t
        union = new[0]
        for arg in new[1:]:
            union = union | arg
        return union
    return t


def _strip_annotations(t):
    if isinstance(t, _AnnotatedAlias):
        return _strip_annotations(t.__origin__)
    return t


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    if getattr(obj, "__no_type_check__", None):
        return {}
    hints = {}
    if isinstance(obj, type):
        for base in reversed(obj.__mro__):
            ann = base.__dict__.get("__annotations__", {})
            base_globals = globalns
            if base_globals is None:
                base_globals = _module_globals(base)
            for name, value in ann.items():
                hints[name] = _eval_hint(value, base_globals, localns if localns is not None
                                         else dict(vars(base)))
    else:
        ann = getattr(obj, "__annotations__", None)
        if ann is None:
            if isinstance(obj, (_types.FunctionType, _types.BuiltinFunctionType)) or \
                    callable(obj) or isinstance(obj, _types.ModuleType):
                return {}
            raise TypeError(f"{obj!r} is not a module, class, method, or function.")
        if globalns is None:
            globalns = getattr(obj, "__globals__", None)
            if globalns is None and isinstance(obj, _types.ModuleType):
                globalns = vars(obj)
        for name, value in ann.items():
            hints[name] = _eval_hint(value, globalns, localns)
    if include_extras:
        return hints
    return {k: _strip_annotations(t) for k, t in hints.items()}


def _module_globals(cls):
    """The globals of the module defining `cls`: its entry in sys.modules, else found
    through one of its functions; without either, typing's own names."""
    module = _sys.modules.get(cls.__module__)
    if module is not None:
        return vars(module)
    for value in vars(cls).values():
        g = getattr(value, "__globals__", None)
        # Functions made by exec (a dataclass's __init__) have no module behind them.
        if g is not None and g.get("__name__") == cls.__module__:
            return g
    return vars(_typing)


class NewType(_Final):
    def __init__(self, name, tp):
        self.__qualname__ = name
        if "." in name:
            name = name.rpartition(".")[-1]
        self.__name__ = name
        self.__supertype__ = tp
        self.__module__ = "__main__"

    def __mro_entries__(self, bases):
        superclass_name = self.__name__

        class Dummy:
            def __init_subclass__(cls):
                subclass_name = cls.__name__
                raise TypeError(f"Cannot subclass an instance of NewType. Perhaps you were "
                                f"looking for: `{subclass_name} = NewType("
                                f"{subclass_name!r}, {superclass_name})`")
        return (Dummy,)

    def __repr__(self):
        return f"{self.__module__}.{self.__qualname__}"

    def __call__(self, x):
        return x


# NamedTuple and TypedDict are made by their metaclasses from the class body.

_prohibited = frozenset({"__new__", "__init__", "__slots__", "__getnewargs__", "_fields",
                         "_field_defaults", "_make", "_replace", "_asdict", "_source"})
_special = frozenset({"__module__", "__name__", "__annotations__", "__qualname__",
                      "__orig_bases__", "__doc__"})


def _make_nmtuple(name, types, module, defaults=()):
    # String annotations become ForwardRefs, as every other typing form checks them.
    types = {n: _typing._type_check(t, f"field {n} annotation must be a type")
             for n, t in types}
    nm_tpl = _collections.namedtuple(name, list(types), defaults=defaults, module=module)
    nm_tpl.__annotations__ = types
    return nm_tpl


class NamedTupleMeta(type):
    def __new__(cls, typename, bases, ns):
        for base in bases:
            if base is not _NamedTuple and base is not Generic:
                raise TypeError("can only inherit from a NamedTuple type and Generic")
        types = ns.get("__annotations__", {})
        default_names = []
        for field_name in types:
            if field_name in ns:
                default_names.append(field_name)
            elif default_names:
                raise TypeError(f"Non-default namedtuple field {field_name} "
                                f"cannot follow default field"
                                f"{'s' if len(default_names) > 1 else ''} "
                                f"{', '.join(default_names)}")
        nm_tpl = _make_nmtuple(typename, types.items(),
                               defaults=[ns[n] for n in default_names],
                               module=ns.get("__module__", "__main__"))
        for key in ns:
            if key in _prohibited:
                raise AttributeError("Cannot overwrite NamedTuple attribute " + key)
            elif key not in _special and key not in nm_tpl._fields:
                setattr(nm_tpl, key, ns[key])
        return nm_tpl


def NamedTuple(typename, fields=None, /, **kwargs):
    if fields is None:
        fields = kwargs.items()
    elif kwargs:
        raise TypeError("Either list of fields or keywords can be provided to NamedTuple, "
                        "not both")
    return _make_nmtuple(typename, fields, module="__main__")


_NamedTuple = type.__new__(NamedTupleMeta, "NamedTuple", (), {})


def _namedtuple_mro_entries(bases):
    return (_NamedTuple,)


NamedTuple.__mro_entries__ = _namedtuple_mro_entries


class _TypedDictMeta(type):
    def __new__(cls, name, bases, ns, total=True):
        for base in bases:
            if type(base) is not _TypedDictMeta and base is not Generic:
                raise TypeError("cannot inherit from both a TypedDict type and a "
                                "non-TypedDict base class")
        tp_dict = type.__new__(_TypedDictMeta, name, (dict,), ns)
        annotations = {}
        module = tp_dict.__module__
        own = {n: ForwardRef(tp, module=module) if isinstance(tp, str)
               else _typing._type_check(tp, "a field's annotation must be a type")
               for n, tp in ns.get("__annotations__", {}).items()}
        required_keys = set()
        optional_keys = set()
        for base in bases:
            annotations.update(base.__dict__.get("__annotations__", {}))
            required_keys.update(base.__dict__.get("__required_keys__", ()))
            optional_keys.update(base.__dict__.get("__optional_keys__", ()))
        annotations.update(own)
        for key, tp in own.items():
            origin = getattr(tp, "__origin__", None)
            if origin is Required:
                required_keys.add(key)
            elif origin is NotRequired:
                optional_keys.add(key)
            elif total:
                required_keys.add(key)
            else:
                optional_keys.add(key)
        tp_dict.__annotations__ = annotations
        tp_dict.__required_keys__ = frozenset(required_keys)
        tp_dict.__optional_keys__ = frozenset(optional_keys)
        tp_dict.__total__ = total
        return tp_dict

    def __call__(cls, *args, **kwargs):
        return dict(*args, **kwargs)

    def __subclasscheck__(cls, other):
        raise TypeError("TypedDict does not support instance and class checks")

    __instancecheck__ = __subclasscheck__


def TypedDict(typename, fields=None, /, *, total=True, **kwargs):
    if fields is None:
        fields = kwargs
    ns = {"__annotations__": dict(fields), "__module__": "__main__"}
    return _TypedDictMeta(typename, (), ns, total=total)


_TypedDict = type.__new__(_TypedDictMeta, "TypedDict", (), {})


def _typeddict_mro_entries(bases):
    return (_TypedDict,)


TypedDict.__mro_entries__ = _typeddict_mro_entries


def is_typeddict(tp):
    return isinstance(tp, type) and type(tp) is _TypedDictMeta


class IO(Generic[AnyStr]):
    __slots__ = ()


class BinaryIO(IO[bytes]):
    __slots__ = ()


class TextIO(IO[str]):
    __slots__ = ()


Pattern = _alias(type("Pattern", (), {"__module__": "re"}), 1)
Match = _alias(type("Match", (), {"__module__": "re"}), 1)


# Imported before typing, this module finishes typing's namespace (see typing's end).
for _name in ("get_origin", "get_args", "get_type_hints", "NewType", "NamedTuple",
              "NamedTupleMeta", "TypedDict", "is_typeddict", "IO", "BinaryIO", "TextIO",
              "Pattern", "Match"):
    setattr(_typing, _name, globals()[_name])
del _name
