"""Parse TOML 1.0 documents: loads, load and TOMLDecodeError."""

# As CPython 3.11's tomllib: the same grammar decisions, values (str, int, float,
# bool, datetime/date/time with their offsets, arrays, tables, arrays of tables,
# inline tables), rules about redefining tables and keys, parse_float, and
# TOMLDecodeError messages with the same "(at line L, column C)" positions.

import re
import string
from datetime import date, datetime, time, timedelta, timezone

__all__ = ("loads", "load", "TOMLDecodeError")


class TOMLDecodeError(ValueError):
    """An error raised if a document is not valid TOML."""


_CONTROL = frozenset(chr(i) for i in range(32)) | frozenset(chr(127))
_BAD_IN_BASIC = _CONTROL - frozenset("\t")
_BAD_IN_MULTILINE = _CONTROL - frozenset("\t\n")
_BAD_IN_COMMENT = _BAD_IN_BASIC
_SPACE = frozenset(" \t")
_SPACE_OR_NEWLINE = _SPACE | frozenset("\n")
_BARE_KEY = frozenset(string.ascii_letters + string.digits + "-_")
_KEY_START = _BARE_KEY | frozenset("\"'")
_HEX = frozenset(string.hexdigits)
_ESCAPES = {
    "\\b": "\u0008", "\\t": "\u0009", "\\n": "\u000A", "\\f": "\u000C",
    "\\r": "\u000D", '\\"': "\u0022", "\\\\": "\u005C",
}

_TIME = r"([01][0-9]|2[0-3]):([0-5][0-9]):([0-5][0-9])(?:\.([0-9]{1,6})[0-9]*)?"
_NUMBER = re.compile(
    r"0(?:x[0-9A-Fa-f](?:_?[0-9A-Fa-f])*|b[01](?:_?[01])*|o[0-7](?:_?[0-7])*)"
    r"|[+-]?(?:0|[1-9](?:_?[0-9])*)"
    r"(?P<floatpart>(?:\.[0-9](?:_?[0-9])*)?(?:[eE][+-]?[0-9](?:_?[0-9])*)?)")
_LOCAL_TIME = re.compile(_TIME)
_DATETIME = re.compile(
    r"([0-9]{4})-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])"
    r"(?:[Tt ]" + _TIME + r"(?:([Zz])|([+-])([01][0-9]|2[0-3]):([0-5][0-9]))?)?")

# Flags on keys: FROZEN for what an inline table or array defined (nothing may be
# added to it), EXPLICIT for tables a header or a dotted key defined.
_FROZEN = 0
_EXPLICIT = 1


def load(fp, /, *, parse_float=float):
    """Parse TOML from a binary file object."""
    data = fp.read()
    try:
        text = data.decode()
    except AttributeError:
        raise TypeError(
            "File must be opened in binary mode, e.g. use `open('foo.toml', 'rb')`"
        ) from None
    return loads(text, parse_float=parse_float)


def loads(s, /, *, parse_float=float):
    """Parse TOML from a string."""
    return _Parser(s.replace("\r\n", "\n"), _checked_parse_float(parse_float)).document()


def _checked_parse_float(parse_float):
    if parse_float is float:
        return float

    def parse(text):
        value = parse_float(text)
        if isinstance(value, (dict, list)):
            raise ValueError("parse_float must not return dicts or lists")
        return value
    return parse


class _Flags:
    # A tree of keys, each with its own flags and those that hold for everything
    # below it; flags of dotted keys wait (pending) until the next table header.

    def __init__(self):
        self._tree = {}
        self._pending = set()

    def add_pending(self, key, flag):
        self._pending.add((key, flag))

    def finalize_pending(self):
        for key, flag in self._pending:
            self.set(key, flag, recursive=False)
        self._pending.clear()

    def unset_all(self, key):
        node = self._tree
        for part in key[:-1]:
            if part not in node:
                return
            node = node[part]["nested"]
        node.pop(key[-1], None)

    def set(self, key, flag, *, recursive):
        node = self._tree
        for part in key:
            entry = node.setdefault(part, {"flags": set(), "recursive": set(),
                                           "nested": {}})
            node = entry["nested"]
        entry["recursive" if recursive else "flags"].add(flag)

    def is_(self, key, flag):
        if not key:
            return False
        node = self._tree
        for part in key[:-1]:
            if part not in node:
                return False
            entry = node[part]
            if flag in entry["recursive"]:
                return True
            node = entry["nested"]
        entry = node.get(key[-1])
        if entry is None:
            return False
        return flag in entry["flags"] or flag in entry["recursive"]


def _nest(root, key, *, into_lists=True):
    # The table at `key`, made on the way; KeyError if a value is in the way.
    table = root
    for part in key:
        if part not in table:
            table[part] = {}
        table = table[part]
        if into_lists and isinstance(table, list):
            table = table[-1]
        if not isinstance(table, dict):
            raise KeyError("There is no nest behind this key")
    return table


class _Parser:
    def __init__(self, src, parse_float):
        self.src = src
        self.parse_float = parse_float

    def error(self, pos, message):
        src = self.src
        if pos >= len(src):
            where = "end of document"
        else:
            line = src.count("\n", 0, pos) + 1
            column = pos + 1 if line == 1 else pos - src.rindex("\n", 0, pos)
            where = f"line {line}, column {column}"
        return TOMLDecodeError(f"{message} (at {where})")

    def char(self, pos):
        return self.src[pos] if pos < len(self.src) else None

    def skip(self, pos, chars):
        src = self.src
        while pos < len(src) and src[pos] in chars:
            pos += 1
        return pos

    def skip_until(self, pos, expect, bad, error_at_eof):
        src = self.src
        end = src.find(expect, pos)
        if end < 0:
            end = len(src)
            if error_at_eof:
                raise self.error(end, f"Expected {expect!r}")
        if not bad.isdisjoint(src[pos:end]):
            while src[pos] not in bad:
                pos += 1
            raise self.error(pos, f"Found invalid character {src[pos]!r}")
        return end

    def skip_comment(self, pos):
        if self.char(pos) == "#":
            return self.skip_until(pos + 1, "\n", _BAD_IN_COMMENT, False)
        return pos

    def skip_array_space(self, pos):
        while True:
            before = pos
            pos = self.skip_comment(self.skip(pos, _SPACE_OR_NEWLINE))
            if pos == before:
                return pos

    # ---- statements

    def document(self):
        src = self.src
        self.data = {}
        self.flags = _Flags()
        header = ()
        pos = 0
        while True:
            pos = self.skip(pos, _SPACE)
            char = self.char(pos)
            if char is None:
                break
            if char == "\n":
                pos += 1
                continue
            if char in _KEY_START:
                pos = self.key_value_statement(pos, header)
                pos = self.skip(pos, _SPACE)
            elif char == "[":
                self.flags.finalize_pending()
                if self.char(pos + 1) == "[":
                    pos, header = self.array_table_header(pos)
                else:
                    pos, header = self.table_header(pos)
                pos = self.skip(pos, _SPACE)
            elif char != "#":
                raise self.error(pos, "Invalid statement")
            pos = self.skip_comment(pos)
            char = self.char(pos)
            if char is None:
                break
            if char != "\n":
                raise self.error(pos, "Expected newline or end of document after a statement")
            pos += 1
        return self.data

    def table_header(self, pos):
        pos = self.skip(pos + 1, _SPACE)
        pos, key = self.key(pos)
        flags = self.flags
        if flags.is_(key, _EXPLICIT) or flags.is_(key, _FROZEN):
            raise self.error(pos, f"Cannot declare {key} twice")
        flags.set(key, _EXPLICIT, recursive=False)
        try:
            _nest(self.data, key)
        except KeyError:
            raise self.error(pos, "Cannot overwrite a value") from None
        if not self.src.startswith("]", pos):
            raise self.error(pos, "Expected ']' at the end of a table declaration")
        return pos + 1, key

    def array_table_header(self, pos):
        pos = self.skip(pos + 2, _SPACE)
        pos, key = self.key(pos)
        flags = self.flags
        if flags.is_(key, _FROZEN):
            raise self.error(pos, f"Cannot mutate immutable namespace {key}")
        flags.unset_all(key)
        flags.set(key, _EXPLICIT, recursive=False)
        try:
            parent = _nest(self.data, key[:-1])
            if key[-1] in parent:
                tables = parent[key[-1]]
                if not isinstance(tables, list):
                    raise KeyError("An object other than list found behind this key")
                tables.append({})
            else:
                parent[key[-1]] = [{}]
        except KeyError:
            raise self.error(pos, "Cannot overwrite a value") from None
        if not self.src.startswith("]]", pos):
            raise self.error(pos, "Expected ']]' at the end of an array declaration")
        return pos + 2, key

    def key_value_statement(self, pos, header):
        pos, key, value = self.key_value(pos)
        parent, stem = key[:-1], key[-1]
        absolute_parent = header + parent
        flags = self.flags
        for i in range(1, len(key)):
            prefix = header + key[:i]
            if flags.is_(prefix, _EXPLICIT):
                raise self.error(pos, f"Cannot redefine namespace {prefix}")
            flags.add_pending(prefix, _EXPLICIT)
        if flags.is_(absolute_parent, _FROZEN):
            raise self.error(pos, f"Cannot mutate immutable namespace {absolute_parent}")
        try:
            table = _nest(self.data, absolute_parent)
        except KeyError:
            raise self.error(pos, "Cannot overwrite a value") from None
        if stem in table:
            raise self.error(pos, "Cannot overwrite a value")
        if isinstance(value, (dict, list)):
            flags.set(header + key, _FROZEN, recursive=True)
        table[stem] = value
        return pos

    # ---- keys

    def key_value(self, pos):
        pos, key = self.key(pos)
        if self.char(pos) != "=":
            raise self.error(pos, "Expected '=' after a key in a key/value pair")
        pos = self.skip(pos + 1, _SPACE)
        pos, value = self.value(pos)
        return pos, key, value

    def key(self, pos):
        pos, part = self.key_part(pos)
        key = (part,)
        pos = self.skip(pos, _SPACE)
        while self.char(pos) == ".":
            pos = self.skip(pos + 1, _SPACE)
            pos, part = self.key_part(pos)
            key += (part,)
            pos = self.skip(pos, _SPACE)
        return pos, key

    def key_part(self, pos):
        char = self.char(pos)
        if char is not None and char in _BARE_KEY:
            end = self.skip(pos, _BARE_KEY)
            return end, self.src[pos:end]
        if char == "'":
            return self.literal_string(pos)
        if char == '"':
            return self.basic_string(pos + 1, multiline=False)
        raise self.error(pos, "Invalid initial character for a key part")

    # ---- values

    def value(self, pos):
        src = self.src
        char = self.char(pos)
        if char == '"':
            if src.startswith('"""', pos):
                return self.multiline_string(pos, literal=False)
            return self.basic_string(pos + 1, multiline=False)
        if char == "'":
            if src.startswith("'''", pos):
                return self.multiline_string(pos, literal=True)
            return self.literal_string(pos)
        if char == "t" and src.startswith("true", pos):
            return pos + 4, True
        if char == "f" and src.startswith("false", pos):
            return pos + 5, False
        if char == "[":
            return self.array(pos)
        if char == "{":
            return self.inline_table(pos)
        found = _DATETIME.match(src, pos)
        if found:
            try:
                value = _to_datetime(found)
            except ValueError as e:
                raise self.error(pos, "Invalid date or datetime") from e
            return found.end(), value
        found = _LOCAL_TIME.match(src, pos)
        if found:
            hour, minute, second, micros = found.groups()
            return found.end(), time(int(hour), int(minute), int(second),
                                     int(micros.ljust(6, "0")) if micros else 0)
        found = _NUMBER.match(src, pos)
        if found:
            if found.group("floatpart"):
                return found.end(), self.parse_float(found.group())
            return found.end(), int(found.group(), 0)
        if src[pos:pos + 3] in {"inf", "nan"}:
            return pos + 3, self.parse_float(src[pos:pos + 3])
        if src[pos:pos + 4] in {"-inf", "+inf", "-nan", "+nan"}:
            return pos + 4, self.parse_float(src[pos:pos + 4])
        raise self.error(pos, "Invalid value")

    def array(self, pos):
        items = []
        pos = self.skip_array_space(pos + 1)
        if self.src.startswith("]", pos):
            return pos + 1, items
        while True:
            pos, item = self.value(pos)
            items.append(item)
            pos = self.skip_array_space(pos)
            char = self.src[pos:pos + 1]
            if char == "]":
                return pos + 1, items
            if char != ",":
                raise self.error(pos, "Unclosed array")
            pos = self.skip_array_space(pos + 1)
            if self.src.startswith("]", pos):
                return pos + 1, items

    def inline_table(self, pos):
        table = {}
        flags = _Flags()
        pos = self.skip(pos + 1, _SPACE)
        if self.src.startswith("}", pos):
            return pos + 1, table
        while True:
            pos, key, value = self.key_value(pos)
            parent, stem = key[:-1], key[-1]
            if flags.is_(key, _FROZEN):
                raise self.error(pos, f"Cannot mutate immutable namespace {key}")
            try:
                nest = _nest(table, parent, into_lists=False)
            except KeyError:
                raise self.error(pos, "Cannot overwrite a value") from None
            if stem in nest:
                raise self.error(pos, f"Duplicate inline table key {stem!r}")
            nest[stem] = value
            pos = self.skip(pos, _SPACE)
            char = self.src[pos:pos + 1]
            if char == "}":
                return pos + 1, table
            if char != ",":
                raise self.error(pos, "Unclosed inline table")
            if isinstance(value, (dict, list)):
                flags.set(key, _FROZEN, recursive=True)
            pos = self.skip(pos + 1, _SPACE)

    # ---- strings

    def literal_string(self, pos):
        start = pos + 1
        end = self.skip_until(start, "'", _BAD_IN_BASIC, True)
        return end + 1, self.src[start:end]

    def multiline_string(self, pos, *, literal):
        src = self.src
        pos += 3
        if src.startswith("\n", pos):
            pos += 1
        if literal:
            delimiter = "'"
            end = self.skip_until(pos, "'''", _BAD_IN_MULTILINE, True)
            text = src[pos:end]
            pos = end + 3
        else:
            delimiter = '"'
            pos, text = self.basic_string(pos, multiline=True)
        # Up to two quotes right before the closing ones belong to the string.
        for _ in range(2):
            if not src.startswith(delimiter, pos):
                break
            text += delimiter
            pos += 1
        return pos, text

    def basic_string(self, pos, *, multiline):
        src = self.src
        bad = _BAD_IN_MULTILINE if multiline else _BAD_IN_BASIC
        text = ""
        start = pos
        while True:
            if pos >= len(src):
                raise self.error(pos, "Unterminated string")
            char = src[pos]
            if char == '"':
                if not multiline:
                    return pos + 1, text + src[start:pos]
                if src.startswith('"""', pos):
                    return pos + 3, text + src[start:pos]
                pos += 1
                continue
            if char == "\\":
                text += src[start:pos]
                pos, escaped = self.escape(pos, multiline)
                text += escaped
                start = pos
                continue
            if char in bad:
                raise self.error(pos, f"Illegal character {char!r}")
            pos += 1

    def escape(self, pos, multiline):
        src = self.src
        escape = src[pos:pos + 2]
        pos += 2
        if multiline and escape in {"\\ ", "\\\t", "\\\n"}:
            # A line-ending backslash: the line break and the spaces after it go.
            if escape != "\\\n":
                pos = self.skip(pos, _SPACE)
                char = self.char(pos)
                if char is None:
                    return pos, ""
                if char != "\n":
                    raise self.error(pos, "Unescaped '\\' in a string")
                pos += 1
            return self.skip(pos, _SPACE_OR_NEWLINE), ""
        if escape == "\\u":
            return self.hex_char(pos, 4)
        if escape == "\\U":
            return self.hex_char(pos, 8)
        if escape in _ESCAPES:
            return pos, _ESCAPES[escape]
        raise self.error(pos, "Unescaped '\\' in a string")

    def hex_char(self, pos, length):
        digits = self.src[pos:pos + length]
        if len(digits) != length or not _HEX.issuperset(digits):
            raise self.error(pos, "Invalid hex value")
        pos += length
        code = int(digits, 16)
        if not (0 <= code <= 0xD7FF or 0xE000 <= code <= 0x10FFFF):
            raise self.error(pos, "Escaped character is not a Unicode scalar value")
        return pos, chr(code)


_ZONES = {}


def _to_datetime(found):
    (year, month, day, hour, minute, second, micros, zulu, sign, offset_hour,
     offset_minute) = found.groups()
    if hour is None:
        return date(int(year), int(month), int(day))
    if sign:
        key = (sign, offset_hour, offset_minute)
        zone = _ZONES.get(key)
        if zone is None:
            factor = 1 if sign == "+" else -1
            zone = _ZONES[key] = timezone(timedelta(hours=factor * int(offset_hour),
                                                    minutes=factor * int(offset_minute)))
    elif zulu:
        zone = timezone.utc
    else:
        zone = None
    return datetime(int(year), int(month), int(day), int(hour), int(minute),
                    int(second), int(micros.ljust(6, "0")) if micros else 0,
                    tzinfo=zone)
