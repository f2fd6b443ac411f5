"""String constants, capwords and Template (coro's embedded string module).

Template is scanned by hand (coro has no `re`); Formatter reads format strings with its
own parser, as str.format does.
"""

__all__ = [
    "ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords", "digits",
    "hexdigits", "octdigits", "printable", "punctuation", "whitespace", "Formatter", "Template",
]

whitespace = " \t\n\r\x0b\x0c"
ascii_lowercase = "abcdefghijklmnopqrstuvwxyz"
ascii_uppercase = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
ascii_letters = ascii_lowercase + ascii_uppercase
digits = "0123456789"
hexdigits = digits + "abcdef" + "ABCDEF"
octdigits = "01234567"
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """Split s on sep, capitalize each word, join with sep (a space by default)."""
    return (sep or " ").join(map(str.capitalize, s.split(sep)))


_IDENT_START = ascii_letters + "_"
_IDENT_REST = _IDENT_START + digits


# Parsed templates by (text, delimiter): a template substituted again and again (the
# usual use) is scanned once. Cleared when full, as the re module's cache is.
_parsed = {}


def _parse(text, delim):
    """The pieces of a template, in order: literal text (str), placeholders as
    (name, source text), and each invalid placeholder as the index after its delimiter
    (int)."""
    key = (text, delim)
    pieces = _parsed.get(key)
    if pieces is not None:
        return pieces
    pieces = []
    i = 0
    n = len(text)
    while i < n:
        j = text.find(delim, i)
        if j < 0:
            pieces.append(text[i:])
            break
        if j > i:
            pieces.append(text[i:j])
        k = j + len(delim)
        if text.startswith(delim, k):
            pieces.append(delim)
            i = k + len(delim)
            continue
        braced = k < n and text[k] == "{"
        start = k + 1 if braced else k
        end = start
        if end < n and text[end] in _IDENT_START:
            end += 1
            while end < n and text[end] in _IDENT_REST:
                end += 1
        name = text[start:end]
        if not name or (braced and (end >= n or text[end] != "}")):
            # Where CPython's message counts the column from: just after the delimiter.
            pieces.append(k)
            i = k
            continue
        stop = end + 1 if braced else end
        pieces.append((name, text[j:stop]))
        i = stop
    if len(_parsed) >= 256:
        _parsed.clear()
    _parsed[key] = pieces
    return pieces


class Template:
    """$-substitution: `$name`, `${name}`, and `$$` for a literal dollar."""

    delimiter = "$"

    def __init__(self, template):
        self.template = template

    def _scan(self, mapping, safe):
        delim = self.delimiter
        out = []
        for piece in _parse(self.template, delim):
            if piece.__class__ is str:
                out.append(piece)
            elif piece.__class__ is tuple:
                name, raw = piece
                try:
                    out.append(str(mapping[name]))
                except KeyError:
                    if not safe:
                        raise
                    out.append(raw)
            else:
                # An invalid placeholder.
                if not safe:
                    self._invalid(piece)
                out.append(delim)
        return "".join(out)

    def _invalid(self, index):
        lines = self.template[:index].splitlines(keepends=True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = index - len("".join(lines[:-1]))
            lineno = len(lines)
        raise ValueError(f"Invalid placeholder in string: line {lineno}, col {colno}")

    def substitute(self, mapping=None, /, **kws):
        return self._scan(_merge(mapping, kws), False)

    def safe_substitute(self, mapping=None, /, **kws):
        return self._scan(_merge(mapping, kws), True)

    def get_identifiers(self):
        found = []
        for name in _Recorder(self.template, self.delimiter).names():
            if name not in found:
                found.append(name)
        return found

    def is_valid(self):
        try:
            self._scan(_Always(), False)
        except ValueError:
            return False
        return True


def _merge(mapping, kws):
    if mapping is None:
        return kws
    if not kws:
        return mapping
    merged = dict(mapping)
    merged.update(kws)
    return merged


class _Always:
    """A mapping with every key, for validating a template."""

    def __getitem__(self, key):
        return ""


class _Recorder:
    """Collects placeholder names by substituting through a recording mapping."""

    def __init__(self, template, delimiter):
        self.template = template
        self.delimiter = delimiter
        self.seen = []

    def __getitem__(self, key):
        self.seen.append(key)
        return ""

    def names(self):
        t = Template(self.template)
        t.delimiter = self.delimiter
        t._scan(self, True)
        return self.seen


# str.format's parser (CPython's _string.formatter_parser and
# formatter_field_name_split), for Formatter.


def _parse_field(text, i):
    """Read the replacement field starting at text[i] (just past its '{'): returns
    (name, format_spec, conversion) and the index just past the field's '}'."""
    n = len(text)
    name_start = i
    c = ""
    while i < n:
        c = text[i]
        i += 1
        if c == "{":
            raise ValueError("unexpected '{' in field name")
        if c == "[":
            while i < n and text[i] != "]":
                i += 1
        elif c in "}:!":
            break
    name = text[name_start:i - 1]
    conversion = None
    if c == "!" or c == ":":
        if c == "!":
            if i >= n:
                raise ValueError("end of string while looking for conversion specifier")
            conversion = text[i]
            i += 1
            if i < n:
                c = text[i]
                i += 1
                if c == "}":
                    return name, "", conversion, i
                if c != ":":
                    raise ValueError("expected ':' after conversion specifier")
        spec_start = i
        depth = 1
        while i < n:
            c = text[i]
            i += 1
            if c == "{":
                depth += 1
            elif c == "}":
                depth -= 1
                if depth == 0:
                    return name, text[spec_start:i - 1], conversion, i
        raise ValueError("unmatched '{' in format spec")
    if c != "}":
        raise ValueError("expected '}' before end of string")
    return name, "", None, i


def _formatter_parser(text):
    """(literal_text, field_name, format_spec, conversion) for each piece of a format
    string, as str.format reads it."""
    if not isinstance(text, str):
        raise TypeError(f"expected str, got {type(text).__name__}")
    i = 0
    n = len(text)
    while i < n:
        start = i
        c = ""
        markup = False
        while i < n:
            c = text[i]
            i += 1
            if c == "{" or c == "}":
                markup = True
                break
        at_end = i >= n
        end = i
        if c == "}" and markup and (at_end or text[i] != "}"):
            raise ValueError("Single '}' encountered in format string")
        if at_end and c == "{" and markup:
            raise ValueError("Single '{' encountered in format string")
        if markup and not at_end:
            if text[i] == c:
                i += 1
                markup = False
            else:
                end -= 1
        literal = text[start:end]
        if not markup:
            yield literal, None, None, None
            continue
        name, spec, conversion, i = _parse_field(text, i)
        yield literal, name, spec, conversion


def _field_key(text):
    """A field name part: an int when it is all decimal digits, else the text."""
    if text and text.isdecimal():
        value = int(text)
        if value > 9223372036854775807:
            raise ValueError("Too many decimal digits in format string")
        return value
    return text


def _field_rest(name, i):
    """The (is_attribute, key) steps after a field name's first part."""
    n = len(name)
    while i < n:
        c = name[i]
        i += 1
        if c == ".":
            start = i
            while i < n and name[i] not in ".[":
                i += 1
            if i == start:
                raise ValueError("Empty attribute in format string")
            yield True, name[start:i]
        elif c == "[":
            start = i
            while i < n and name[i] != "]":
                i += 1
            if i >= n:
                raise ValueError("Missing ']' in format string")
            key = name[start:i]
            i += 1
            if not key:
                raise ValueError("Empty attribute in format string")
            yield False, _field_key(key)
            if i < n and name[i] not in ".[":
                raise ValueError("Only '.' or '[' may follow ']' in format field specifier")
        else:
            raise ValueError("Only '.' or '[' may follow ']' in format field specifier")


def _formatter_field_name_split(name):
    """(first, rest) of a field name: `a.b[0]` is ('a', steps (True, 'b'), (False, 0))."""
    if not isinstance(name, str):
        raise TypeError(f"expected str, got {type(name).__name__}")
    i = 0
    n = len(name)
    while i < n and name[i] not in ".[":
        i += 1
    return _field_key(name[:i]), _field_rest(name, i)


class Formatter:
    """str.format's machinery as overridable steps: parse, get_field (get_value),
    convert_field, format_field and check_unused_args."""

    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used_args = set()
        result, _ = self._vformat(format_string, args, kwargs, used_args, 2)
        self.check_unused_args(used_args, args, kwargs)
        return result

    def _vformat(self, format_string, args, kwargs, used_args, recursion_depth,
                 auto_arg_index=0):
        if recursion_depth < 0:
            raise ValueError("Max string recursion exceeded")
        result = []
        for literal_text, field_name, format_spec, conversion in self.parse(format_string):
            if literal_text:
                result.append(literal_text)
            if field_name is None:
                continue
            # auto_arg_index is False once a field was numbered by hand.
            if field_name == "":
                if auto_arg_index is False:
                    raise ValueError("cannot switch from manual field specification "
                                     "to automatic field numbering")
                field_name = str(auto_arg_index)
                auto_arg_index += 1
            elif field_name.isdigit():
                if auto_arg_index:
                    raise ValueError("cannot switch from manual field specification "
                                     "to automatic field numbering")
                auto_arg_index = False
            obj, arg_used = self.get_field(field_name, args, kwargs)
            used_args.add(arg_used)
            obj = self.convert_field(obj, conversion)
            format_spec, auto_arg_index = self._vformat(
                format_spec, args, kwargs, used_args, recursion_depth - 1,
                auto_arg_index=auto_arg_index)
            result.append(self.format_field(obj, format_spec))
        return "".join(result), auto_arg_index

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        if conversion == "s":
            return str(value)
        if conversion == "r":
            return repr(value)
        if conversion == "a":
            return ascii(value)
        raise ValueError(f"Unknown conversion specifier {conversion!s}")

    def parse(self, format_string):
        """(literal_text, field_name, format_spec, conversion) tuples."""
        return _formatter_parser(format_string)

    def get_field(self, field_name, args, kwargs):
        """The object a field names, and the key of the argument it came from."""
        first, rest = _formatter_field_name_split(field_name)
        obj = self.get_value(first, args, kwargs)
        for is_attr, key in rest:
            if is_attr:
                obj = getattr(obj, key)
            else:
                obj = obj[key]
        return obj, first
