"""Pretty-printing of data structures (coro's `pprint`): pprint, pformat, pp, saferepr,
isreadable, isrecursive and PrettyPrinter with width, indent, depth, compact,
sort_dicts and underscore_numbers. Objects whose repr fits the remaining width are
written whole; the containers that do not fit (dicts, lists, tuples, sets, strings and
bytes split into chunks, dataclasses, SimpleNamespace and the collections types) are
broken over lines where python3 breaks them. Written from the documentation and
python3's output (the goldens compare layouts over many widths).
"""

import sys as _sys
from io import StringIO as _StringIO

__all__ = ["pprint", "pformat", "isreadable", "isrecursive", "saferepr", "PrettyPrinter",
           "pp"]


def pprint(object, stream=None, indent=1, width=80, depth=None, *, compact=False,
           sort_dicts=True, underscore_numbers=False):
    """Write the pretty form of `object` and a newline to `stream` (sys.stdout)."""
    PrettyPrinter(stream=stream, indent=indent, width=width, depth=depth, compact=compact,
                  sort_dicts=sort_dicts, underscore_numbers=underscore_numbers).pprint(object)


def pformat(object, indent=1, width=80, depth=None, *, compact=False, sort_dicts=True,
            underscore_numbers=False):
    """The pretty form of `object` as a string."""
    printer = PrettyPrinter(indent=indent, width=width, depth=depth, compact=compact,
                            sort_dicts=sort_dicts, underscore_numbers=underscore_numbers)
    return printer.pformat(object)


def pp(object, *args, sort_dicts=False, **kwargs):
    """pprint() with dicts in insertion order unless told otherwise."""
    pprint(object, *args, sort_dicts=sort_dicts, **kwargs)


def _one_line(object):
    # (repr, readable, recursive) as a default PrettyPrinter sees it.
    return PrettyPrinter()._safe_repr(object, {}, None, 0)


def saferepr(object):
    """repr() that marks recursive references instead of following them."""
    return _one_line(object)[0]


def isreadable(object):
    """Whether saferepr(object) can be read back by eval()."""
    return _one_line(object)[1]


def isrecursive(object):
    """Whether object contains a reference to itself."""
    return _one_line(object)[2]


class _safe_key:
    """A sort key that orders anything: by value where < works, else by type name and
    then id (so mixed-type sets and dicts still print in a stable order)."""

    __slots__ = ["obj"]

    def __init__(self, obj):
        self.obj = obj

    def __lt__(self, other):
        mine, theirs = self.obj, other.obj
        try:
            return mine < theirs
        except TypeError:
            return (str(type(mine)), id(mine)) < (str(type(theirs)), id(theirs))


def _safe_tuple(t):
    return _safe_key(t[0]), _safe_key(t[1])


def _recursion(object):
    return f"<Recursion on {type(object).__name__} with id={id(object)}>"


def _words(text):
    """text cut after each run of whitespace: ['one ', 'two  ', 'three'] (the pieces a
    long string line is re-joined from)."""
    pieces = []
    start = 0
    in_space = False
    for at, ch in enumerate(text):
        if ch.isspace():
            in_space = True
        elif in_space:
            pieces.append(text[start:at])
            start = at
            in_space = False
    if start < len(text):
        pieces.append(text[start:])
    return pieces


def _pack(pieces, room, last_room, glue):
    """Greedily join consecutive pieces into chunks whose repr fits `room` (the final
    chunk: `last_room`); a piece too long alone is a chunk of its own. Yields the
    chunks' reprs."""
    current = glue
    for i, piece in enumerate(pieces):
        limit = last_room if i == len(pieces) - 1 else room
        joined = current + piece
        if len(repr(joined)) <= limit:
            current = joined
            continue
        if current:
            yield repr(current)
        current = piece
    if current:
        yield repr(current)


def _is_dataclass_instance(object):
    kind = type(object)
    params = getattr(kind, "__dataclass_params__", None)
    return (hasattr(kind, "__dataclass_fields__") and not isinstance(object, type)
            and params is not None and params.repr)


_builtin_scalars = frozenset({str, bytes, bytearray, float, bool, type(None)})


class PrettyPrinter:
    def __init__(self, indent=1, width=80, depth=None, stream=None, *, compact=False,
                 sort_dicts=True, underscore_numbers=False):
        indent, width = int(indent), int(width)
        if indent < 0:
            raise ValueError("indent must be >= 0")
        if depth is not None and depth <= 0:
            raise ValueError("depth must be > 0")
        if not width:
            raise ValueError("width must be != 0")
        self._indent_per_level = indent
        self._width = width
        self._depth = depth
        self._stream = stream
        self._compact = bool(compact)
        self._sort_dicts = sort_dicts
        self._underscore_numbers = underscore_numbers

    # -- public interface

    def pprint(self, object):
        out = _sys.stdout if self._stream is None else self._stream
        if out is not None:
            self._format(object, out, 0, 0, {}, 0)
            out.write("\n")

    def pformat(self, object):
        buffer = _StringIO()
        self._format(object, buffer, 0, 0, {}, 0)
        return buffer.getvalue()

    def isrecursive(self, object):
        return self.format(object, {}, 0, 0)[2]

    def isreadable(self, object):
        _, readable, recursive = self.format(object, {}, 0, 0)
        return readable and not recursive

    def format(self, object, context, maxlevels, level):
        """(repr, readable, recursive) of object written in one piece; `context` holds
        the ids of the containers being formatted (a subclass may override this)."""
        return self._safe_repr(object, context, maxlevels, level)

    # -- layout

    def _format(self, object, stream, indent, allowance, context, level):
        """Write object at column `indent`, leaving `allowance` columns free after it
        (for the closing brackets that follow)."""
        key = id(object)
        if key in context:
            stream.write(_recursion(object))
            self._recursive = True
            self._readable = False
            return
        whole = self._repr(object, context, level)
        if len(whole) <= self._width - indent - allowance:
            stream.write(whole)
            return
        layout = self._layout_for(object)
        if layout is None:
            stream.write(whole)
            return
        context[key] = 1
        layout(self, object, stream, indent, allowance, context, level + 1)
        del context[key]

    def _layout_for(self, object):
        # Only objects that keep their type's own repr are laid out by type.
        own_repr = type(object).__repr__
        for kind, layout in _DISPATCH:
            if own_repr is kind.__repr__ and isinstance(object, kind):
                return layout
        if _is_dataclass_instance(object):
            return PrettyPrinter._pprint_dataclass
        return None

    def _repr(self, object, context, level):
        text, readable, recursive = self.format(object, context.copy(), self._depth, level)
        if not readable:
            self._readable = False
        if recursive:
            self._recursive = True
        return text

    def _open_padding(self, stream):
        # An indent above 1 pads after the opening bracket.
        if self._indent_per_level > 1:
            stream.write(" " * (self._indent_per_level - 1))

    def _format_items(self, items, stream, indent, allowance, context, level):
        """The elements of a list, tuple, set or deque, one per line (compact: as many
        per line as fit)."""
        items = list(items)
        indent += self._indent_per_level
        self._open_padding(stream)
        if not items:
            return
        newline = ",\n" + " " * indent
        full = self._width - indent + 1     # room on a fresh line
        left = full                          # room left on the current line
        separator = ""
        final = len(items) - 1
        for i, item in enumerate(items):
            if i == final:
                full -= allowance
                left -= allowance
            if self._compact:
                text = self._repr(item, context, level)
                need = len(text) + 2
                if left < need:
                    left = full
                    if separator:
                        separator = newline
                if left >= need:
                    left -= need
                    stream.write(separator)
                    stream.write(text)
                    separator = ", "
                    continue
            stream.write(separator)
            separator = newline
            self._format(item, stream, indent, allowance if i == final else 1, context, level)

    def _format_dict_items(self, items, stream, indent, allowance, context, level):
        """key: value pairs, one per line, each value laid out after its key."""
        items = list(items)
        indent += self._indent_per_level
        newline = ",\n" + " " * indent
        for i, (key, value) in enumerate(items):
            if i:
                stream.write(newline)
            key_text = self._repr(key, context, level)
            stream.write(key_text + ": ")
            room = allowance if i == len(items) - 1 else 1
            self._format(value, stream, indent + len(key_text) + 2, room, context, level)

    def _format_namespace_items(self, items, stream, indent, allowance, context, level):
        """name=value pairs (dataclasses, namespaces); a value being formatted further
        out shows as '...'."""
        items = list(items)
        newline = ",\n" + " " * indent
        for i, (name, value) in enumerate(items):
            if i:
                stream.write(newline)
            stream.write(name + "=")
            if id(value) in context:
                stream.write("...")
                continue
            room = allowance if i == len(items) - 1 else 1
            self._format(value, stream, indent + len(name) + 1, room, context, level)

    def _dict_items(self, mapping):
        items = mapping.items()
        return sorted(items, key=_safe_tuple) if self._sort_dicts else items

    # -- one method per type

    def _pprint_dict(self, object, stream, indent, allowance, context, level):
        stream.write("{")
        self._open_padding(stream)
        if object:
            self._format_dict_items(self._dict_items(object), stream, indent,
                                    allowance + 1, context, level)
        stream.write("}")

    def _pprint_list(self, object, stream, indent, allowance, context, level):
        stream.write("[")
        self._format_items(object, stream, indent, allowance + 1, context, level)
        stream.write("]")

    def _pprint_tuple(self, object, stream, indent, allowance, context, level):
        close = ",)" if len(object) == 1 else ")"
        stream.write("(")
        self._format_items(object, stream, indent, allowance + len(close), context, level)
        stream.write(close)

    def _pprint_set(self, object, stream, indent, allowance, context, level):
        if not object:
            stream.write(repr(object))
            return
        kind = type(object)
        if kind is set:
            opening, close = "{", "}"
        else:
            opening, close = kind.__name__ + "({", "})"
            indent += len(kind.__name__) + 1
        stream.write(opening)
        self._format_items(sorted(object, key=_safe_key), stream, indent,
                           allowance + len(close), context, level)
        stream.write(close)

    def _pprint_str(self, object, stream, indent, allowance, context, level):
        if not object:
            stream.write(repr(object))
            return
        outermost = level == 1
        if outermost:
            # Wrapped in parentheses: one column each side.
            indent += 1
            allowance += 1
        room = self._width - indent
        lines = object.splitlines(True)
        chunks = []
        for i, line in enumerate(lines):
            last_line = i == len(lines) - 1
            whole = repr(line)
            if len(whole) <= room - (allowance if last_line else 0):
                chunks.append(whole)
                continue
            # A line too long: its words, re-joined greedily.
            chunks.extend(_pack(_words(line), room,
                                room - allowance if last_line else room, ""))
        if len(chunks) == 1:
            stream.write(whole)
            return
        if outermost:
            stream.write("(")
        stream.write(("\n" + " " * indent).join(chunks))
        if outermost:
            stream.write(")")

    def _pprint_bytes(self, object, stream, indent, allowance, context, level):
        if len(object) <= 4:
            stream.write(repr(object))
            return
        outermost = level == 1
        if outermost:
            indent += 1
            allowance += 1
        # Four-byte pieces, re-joined greedily; the allowance counts against the last
        # piece only when it is a short one (as in python3).
        pieces = [object[at:at + 4] for at in range(0, len(object), 4)]
        room = self._width - indent
        last_room = room - allowance if len(object) % 4 else room
        chunks = list(_pack(pieces, room, last_room, b""))
        if outermost:
            stream.write("(")
        stream.write(("\n" + " " * indent).join(chunks))
        if outermost:
            stream.write(")")

    def _pprint_bytearray(self, object, stream, indent, allowance, context, level):
        stream.write("bytearray(")
        self._pprint_bytes(bytes(object), stream, indent + 10, allowance + 1, context,
                           level + 1)
        stream.write(")")

    def _pprint_dataclass(self, object, stream, indent, allowance, context, level):
        from dataclasses import fields
        name = type(object).__name__
        shown = [(f.name, getattr(object, f.name)) for f in fields(object) if f.repr]
        stream.write(name + "(")
        self._format_namespace_items(shown, stream, indent + len(name) + 1, allowance,
                                     context, level)
        stream.write(")")

    def _pprint_simplenamespace(self, object, stream, indent, allowance, context, level):
        kind = type(object)
        plain = kind.__name__ == "SimpleNamespace" and kind.__module__ == "types"
        name = "namespace" if plain else kind.__name__
        stream.write(name + "(")
        self._format_namespace_items(object.__dict__.items(), stream, indent + len(name) + 1,
                                     allowance, context, level)
        stream.write(")")

    def _pprint_ordered_dict(self, object, stream, indent, allowance, context, level):
        if not object:
            stream.write(repr(object))
            return
        name = type(object).__name__
        stream.write(name + "(")
        self._format(list(object.items()), stream, indent + len(name) + 1, allowance + 1,
                     context, level)
        stream.write(")")

    def _pprint_default_dict(self, object, stream, indent, allowance, context, level):
        if not object:
            stream.write(repr(object))
            return
        factory = self._repr(object.default_factory, context, level)
        name = type(object).__name__
        indent += len(name) + 1
        stream.write(f"{name}({factory},\n{' ' * indent}")
        self._pprint_dict(object, stream, indent, allowance + 1, context, level)
        stream.write(")")

    def _pprint_counter(self, object, stream, indent, allowance, context, level):
        if not object:
            stream.write(repr(object))
            return
        name = type(object).__name__
        stream.write(name + "({")
        self._open_padding(stream)
        self._format_dict_items(object.most_common(), stream, indent + len(name) + 1,
                                allowance + 2, context, level)
        stream.write("})")

    def _pprint_chain_map(self, object, stream, indent, allowance, context, level):
        maps = object.maps
        if not maps:
            stream.write(repr(object))
            return
        name = type(object).__name__
        indent += len(name) + 1
        stream.write(name + "(")
        for i, mapping in enumerate(maps):
            if i:
                stream.write(",\n" + " " * indent)
            room = allowance + 1 if i == len(maps) - 1 else 1
            self._format(mapping, stream, indent, room, context, level)
        stream.write(")")

    def _pprint_deque(self, object, stream, indent, allowance, context, level):
        if not object:
            stream.write(repr(object))
            return
        name = type(object).__name__
        indent += len(name) + 1
        stream.write(name + "([")
        if object.maxlen is None:
            self._format_items(object, stream, indent, allowance + 2, context, level)
            stream.write("])")
            return
        self._format_items(object, stream, indent, 2, context, level)
        limit = self._repr(object.maxlen, context, level)
        stream.write(f"],\n{' ' * indent}maxlen={limit})")

    # -- the one-line form

    def _safe_repr(self, object, context, maxlevels, level):
        kind = type(object)
        if kind in _builtin_scalars:
            return repr(object), True, False
        own_repr = getattr(kind, "__repr__", None)
        if issubclass(kind, int) and own_repr is int.__repr__:
            return (f"{object:_d}" if self._underscore_numbers else repr(object)), True, False
        if issubclass(kind, dict) and own_repr is dict.__repr__:
            if not object:
                return "{}", True, False
            return self._join(object, "{", "}", lambda: self._dict_items(object), True,
                              context, maxlevels, level)
        is_list = issubclass(kind, list) and own_repr is list.__repr__
        if is_list or (issubclass(kind, tuple) and own_repr is tuple.__repr__):
            if not object:
                return ("[]" if is_list else "()"), True, False
            if is_list:
                opening, close = "[", "]"
            else:
                opening, close = "(", (",)" if len(object) == 1 else ")")
            return self._join(object, opening, close, lambda: object, False, context,
                              maxlevels, level)
        text = repr(object)
        # An empty repr is reported as the (false) empty string itself.
        return text, (text and not text.startswith("<")), False

    def _join(self, object, opening, close, entries, pairs, context, maxlevels, level):
        """The one-line form of a container: its entries' forms (`entries()`; key: value
        when `pairs`) between brackets; '...' past the depth limit; a recursion marker for
        a container already being formatted."""
        key = id(object)
        if maxlevels and level >= maxlevels:
            return opening + "..." + close, False, key in context
        if key in context:
            return _recursion(object), False, True
        context[key] = 1
        readable, recursive = True, False
        parts = []
        for entry in entries():
            values = entry if pairs else (entry,)
            forms = []
            for value in values:
                text, ok, loops = self.format(value, context, maxlevels, level + 1)
                forms.append(text)
                readable = readable and ok
                recursive = recursive or loops
            parts.append(": ".join(forms))
        del context[key]
        return opening + ", ".join(parts) + close, readable, recursive


def _build_dispatch():
    import collections
    import types
    P = PrettyPrinter
    table = [
        (dict, P._pprint_dict), (list, P._pprint_list), (tuple, P._pprint_tuple),
        (set, P._pprint_set), (frozenset, P._pprint_set), (str, P._pprint_str),
        (bytes, P._pprint_bytes), (bytearray, P._pprint_bytearray),
        (collections.OrderedDict, P._pprint_ordered_dict),
        (collections.defaultdict, P._pprint_default_dict),
        (collections.Counter, P._pprint_counter),
        (collections.ChainMap, P._pprint_chain_map),
        (collections.deque, P._pprint_deque),
        (types.SimpleNamespace, P._pprint_simplenamespace),
    ]
    # Subclasses first, so an OrderedDict is not taken for a plain dict.
    return sorted(table, key=lambda pair: -len(pair[0].__mro__))


_DISPATCH = _build_dispatch()
