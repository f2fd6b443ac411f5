"""Regular expressions, as CPython 3.11's re module: flags, re.error, Pattern and Match
objects, templates for sub, split/findall/finditer, escape and the compiled-pattern cache.
The engine (parser, compiler, backtracking matcher) is the native module _sre; this file is
only the Python-facing half over it."""

import _sre

__all__ = [
    "match", "fullmatch", "search", "sub", "subn", "split", "findall", "finditer",
    "compile", "purge", "template", "escape", "error", "Pattern", "Match",
    "A", "I", "L", "M", "S", "X", "U", "ASCII", "IGNORECASE", "LOCALE", "MULTILINE",
    "DOTALL", "VERBOSE", "UNICODE", "NOFLAG", "RegexFlag",
]

_MAXREPEAT_POS = 9223372036854775807

# Flag names in the order RegexFlag defines them (the order of its composite reprs).
_FLAG_NAMES = (
    ("ASCII", 256), ("IGNORECASE", 2), ("LOCALE", 4), ("UNICODE", 32),
    ("MULTILINE", 8), ("DOTALL", 16), ("VERBOSE", 64), ("TEMPLATE", 1), ("DEBUG", 128),
)
# The order the C Pattern repr lists them in.
_PATTERN_FLAG_NAMES = (
    ("TEMPLATE", 1), ("IGNORECASE", 2), ("LOCALE", 4), ("MULTILINE", 8),
    ("DOTALL", 16), ("UNICODE", 32), ("VERBOSE", 64), ("DEBUG", 128), ("ASCII", 256),
)


class RegexFlag(int):
    """The re flags: an int whose repr names its members (re.IGNORECASE|re.MULTILINE)."""

    def __new__(cls, value=0):
        return int.__new__(cls, value)

    def __repr__(self):
        value = int(self)
        if value == 0:
            return "re.NOFLAG"
        names = []
        rest = value
        for name, bit in _FLAG_NAMES:
            if value & bit:
                names.append("re." + name)
                rest &= ~bit
        if not names:
            return "re.RegexFlag(%d)" % value
        if rest:
            names.append(hex(rest))
        return "|".join(names)

    __str__ = __repr__

    def __format__(self, spec):
        return format(repr(self), spec)

    @property
    def value(self):
        return int(self)

    @property
    def name(self):
        value = int(self)
        if value == 0:
            return "NOFLAG"
        parts = [n for n, bit in _FLAG_NAMES if value & bit]
        return "|".join(parts) if parts else None

    def __or__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) | int(other))

    __ror__ = __or__

    def __and__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) & int(other))

    __rand__ = __and__

    def __xor__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) ^ int(other))

    __rxor__ = __xor__

    def __invert__(self):
        return RegexFlag(~int(self) & 511)

    def __iter__(self):
        value = int(self)
        for name, bit in sorted(_FLAG_NAMES, key=lambda nb: nb[1]):
            if value & bit:
                yield RegexFlag(bit)


NOFLAG = RegexFlag(0)
ASCII = A = RegexFlag(256)
IGNORECASE = I = RegexFlag(2)
LOCALE = L = RegexFlag(4)
UNICODE = U = RegexFlag(32)
MULTILINE = M = RegexFlag(8)
DOTALL = S = RegexFlag(16)
VERBOSE = X = RegexFlag(64)
TEMPLATE = T = RegexFlag(1)
DEBUG = RegexFlag(128)


class error(Exception):
    """Raised for an invalid pattern or template: msg, pattern, pos, lineno, colno."""

    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        if pattern is not None and pos is not None:
            msg = "%s at position %d" % (msg, pos)
            newline = "\n" if isinstance(pattern, str) else b"\n"
            self.lineno = pattern.count(newline, 0, pos) + 1
            self.colno = pos - pattern.rfind(newline, 0, pos)
            if newline in pattern:
                msg = "%s (line %d, column %d)" % (msg, self.lineno, self.colno)
        else:
            self.lineno = self.colno = None
        super().__init__(msg)


error.__module__ = "re"
PatternError = error


class _GroupIndex:
    """A read-only view of a pattern's name -> group number map (mappingproxy)."""

    __slots__ = ("_d",)

    def __init__(self, d):
        self._d = d

    def __getitem__(self, key):
        return self._d[key]

    def __iter__(self):
        return iter(self._d)

    def __len__(self):
        return len(self._d)

    def __contains__(self, key):
        return key in self._d

    def __eq__(self, other):
        if isinstance(other, _GroupIndex):
            other = other._d
        return self._d == other

    def get(self, key, default=None):
        return self._d.get(key, default)

    def keys(self):
        return self._d.keys()

    def values(self):
        return self._d.values()

    def items(self):
        return self._d.items()

    def copy(self):
        return dict(self._d)

    def __repr__(self):
        return "mappingproxy(%r)" % (self._d,)

    def __str__(self):
        return repr(self._d)


_GroupIndex.__name__ = "mappingproxy"
_GroupIndex.__qualname__ = "mappingproxy"


class Pattern:
    """A compiled regular expression (re.compile's result)."""

    def __class_getitem__(cls, item):
        import types

        return types.GenericAlias(cls, item)

    __slots__ = ("_code", "pattern", "flags", "groups", "_names", "_is_str", "_template_cache")

    def __init__(self, *args, **kwargs):
        raise TypeError("cannot create 're.Pattern' instances")

    @property
    def groupindex(self):
        return _GroupIndex(dict(self._names))

    def match(self, string, pos=0, endpos=_MAXREPEAT_POS):
        return _sre.match(self._code, string, pos, endpos, 0, self)

    def fullmatch(self, string, pos=0, endpos=_MAXREPEAT_POS):
        return _sre.match(self._code, string, pos, endpos, 1, self)

    def search(self, string, pos=0, endpos=_MAXREPEAT_POS):
        return _sre.match(self._code, string, pos, endpos, 2, self)

    def findall(self, string, pos=0, endpos=_MAXREPEAT_POS):
        return _sre.findall(self._code, string, pos, endpos)

    def finditer(self, string, pos=0, endpos=_MAXREPEAT_POS):
        pos, endpos = _sre.bounds(self._code, string, pos, endpos)
        return self._iter_matches(string, pos, endpos)

    def _iter_matches(self, string, pos, endpos):
        # Lazy like CPython's, in growing batches so a loop that breaks early does not
        # scan the whole string and a long one does not pay a native call per match.
        at = pos
        must_advance = False
        batch = 8
        while at <= endpos:
            found = _sre.matches(self._code, string, pos, endpos, at, batch, must_advance, self)
            yield from found
            if len(found) < batch:
                return
            at, last_end = found[-1].span()
            must_advance = at == last_end
            at = last_end
            if batch < 4096:
                batch *= 4

    def scanner(self, string, pos=0, endpos=_MAXREPEAT_POS):
        return _Scanner(self, string, pos, endpos)

    def split(self, string, maxsplit=0):
        if maxsplit < 0:
            return [string[:]] if not isinstance(string, bytearray) else [bytes(string)]
        return _sre.split(self._code, string, maxsplit)

    def _subx(self, repl, string, count):
        _sre.bounds(self._code, string, 0, 0)  # the subject's type check
        if callable(repl):
            func = repl
        elif isinstance(repl, (str, bytes, bytearray)):
            literal = repl if isinstance(repl, str) else bytes(repl)
            if (b"\\" if isinstance(literal, bytes) else "\\") not in literal:
                func = None
            else:
                template = _compile_template(self, literal)
                if len(template[0]) == 0 and len(template[1]) <= 1:
                    literal = template[1][0] if template[1] else literal[:0]
                    func = None
                else:
                    func = lambda m, t=template: _expand(t, m)
        else:
            raise TypeError("decoding to str: need a bytes-like object, %s found"
                            % type(repl).__name__)
        if count < 0:
            return _whole(string), 0
        if func is None and isinstance(literal, str) == self._is_str:
            return self._sub_pieces(string, [literal], count)
        if func is not None and not callable(repl):
            groups, literals = template
            if all(isinstance(x, str) == self._is_str for x in literals if x is not None):
                pieces = list(literals)
                for slot, index in groups:
                    pieces[slot] = index
                return self._sub_pieces(string, pieces, count)
        found = _sre.matches(self._code, string, 0, _MAXREPEAT_POS, 0, count, False, self)
        if not found:
            return _whole(string), 0
        pieces = []
        last = 0
        for m in found:
            start, end = m.span()
            if start > last:
                pieces.append(_slice(self, string, last, start))
            if func is None:
                pieces.append(literal)
            else:
                piece = func(m)
                if piece is not None:
                    pieces.append(piece)
            last = end
        if last < len(string):
            pieces.append(_slice(self, string, last, len(string)))
        joiner = "" if self._is_str else b""
        return joiner.join(pieces), len(found)

    def _sub_pieces(self, string, pieces, count):
        result, n = _sre.sub(self._code, string, pieces, count)
        if n == 0:
            return _whole(string), 0
        return result, n

    def sub(self, repl, string, count=0):
        if (type(repl) is str and type(string) is str and self._is_str and count >= 0
                and "\\" not in repl):
            # A plain replacement text: one native call.
            result, n = _sre.sub(self._code, string, [repl], count)
            return result if n else string
        return self._subx(repl, string, count)[0]

    def subn(self, repl, string, count=0):
        return self._subx(repl, string, count)

    def __repr__(self):
        flags = self.flags
        if self._is_str and (flags & (4 | 32 | 256)) == 32:
            flags &= ~32
        names = []
        for name, bit in _PATTERN_FLAG_NAMES:
            if flags & bit:
                names.append("re." + name)
                flags &= ~bit
        if flags:
            names.append("0x%x" % flags)
        text = repr(self.pattern)[:200]
        if names:
            return "re.compile(%s, %s)" % (text, "|".join(names))
        return "re.compile(%s)" % text

    def __eq__(self, other):
        if not isinstance(other, Pattern):
            return NotImplemented
        return (self.flags == other.flags and self._is_str == other._is_str
                and self.pattern == other.pattern)

    def __hash__(self):
        return hash((self.pattern, self.flags))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


def _slice(pattern, string, start, end):
    return _sre.slice(pattern._code, string, start, end)


def _whole(string):
    # sub's result when nothing matched: an exact str, or bytes for any bytes-like subject.
    if type(string) is str or type(string) is bytes:
        return string
    if isinstance(string, str):
        return str.__str__(string)
    return bytes(string)


class _Scanner:
    """Pattern.scanner(): successive match()/search() calls over one string."""

    def __init__(self, pattern, string, pos, endpos):
        self.pattern = pattern
        self._string = string
        self._pos, self._endpos = _sre.bounds(pattern._code, string, pos, endpos)
        self._must_advance = False

    def _next(self, mode):
        if self._pos > self._endpos:
            return None
        code = self.pattern._code
        if mode == 0:
            m = _sre.match(code, self._string, self._pos, self._endpos, 0, self.pattern)
            if m is not None and self._must_advance and m.end() == self._pos:
                m = None
        else:
            found = _sre.matches(code, self._string, self._pos, self._endpos, self._pos, 1,
                                 self._must_advance, self.pattern)
            m = found[0] if found else None
        if m is None:
            self._pos = self._endpos + 1
            return None
        start, end = m.span()
        self._must_advance = start == end
        self._pos = end
        return m

    def match(self):
        return self._next(0)

    def search(self):
        return self._next(2)


class Scanner:
    """A simple lexer: (pattern, action) pairs tried in order at each position."""

    def __init__(self, lexicon, flags=0):
        self.lexicon = lexicon
        parts = []
        self._actions = {}
        group = 1
        for phrase, action in lexicon:
            sub = _compile(phrase, flags)
            parts.append("(" + phrase + ")")
            self._actions[group] = action
            group += 1 + sub.groups
        self.scanner = _compile("|".join(parts), flags)

    def scan(self, string):
        result = []
        scanner = self.scanner.scanner(string)
        i = 0
        while True:
            m = scanner.match()
            if not m:
                break
            j = m.end()
            if i == j:
                break
            index = 1
            for g in self._actions:
                if m.start(g) >= 0:
                    index = g
                    break
            action = self._actions[index]
            if callable(action):
                self.match = m
                action = action(self, m.group())
            if action is not None:
                result.append(action)
            i = j
        return result, string[i:]


Match = _sre.Match


def _match_expand(match, template):
    """Match.expand (the native Match calls back here: templates are parsed in Python)."""
    return _expand(_compile_template(match.re, template), match)


def _new_pattern(pattern, flags):
    code = _sre.compile(pattern, flags, Match)
    if code[0] is None:
        # Errors found after parsing (look-behind width) name no position or pattern.
        raise error(code[1], None if code[2] is None else pattern, code[2])
    p = object.__new__(Pattern)
    p._code = code[0]
    p.pattern = pattern
    p.flags = code[1]
    p.groups = code[2]
    p._names = code[3]
    p._is_str = isinstance(pattern, str)
    p._template_cache = {}
    return p


_cache = {}
_MAXCACHE = 512


def _compile(pattern, flags):
    if (type(pattern) is str or type(pattern) is bytes) and type(flags) is int:
        p = _cache.get((type(pattern), pattern, flags))
        if p is not None:
            return p
    if isinstance(flags, RegexFlag):
        flags = int(flags)
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError("cannot process flags argument with a compiled pattern")
        return pattern
    if not isinstance(pattern, (str, bytes)):
        raise TypeError("first argument must be string or compiled pattern")
    key = (type(pattern), pattern, flags)
    p = _cache.get(key)
    if p is not None:
        return p
    p = _new_pattern(pattern, flags)
    if len(_cache) >= _MAXCACHE:
        del _cache[next(iter(_cache))]
    _cache[key] = p
    return p


def compile(pattern, flags=0):
    "Compile a regular expression pattern, returning a Pattern object."
    return _compile(pattern, flags)


def match(pattern, string, flags=0):
    "Try to apply the pattern at the start of the string."
    return _compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    "Try to apply the pattern to all of the string."
    return _compile(pattern, flags).fullmatch(string)


def search(pattern, string, flags=0):
    "Scan through string looking for a match to the pattern."
    return _compile(pattern, flags).search(string)


def sub(pattern, repl, string, count=0, flags=0):
    "Replace the leftmost non-overlapping occurrences of the pattern in string by repl."
    return _compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    "Like sub, but also return the number of substitutions made."
    return _compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    "Split the source string by the occurrences of the pattern."
    return _compile(pattern, flags).split(string, maxsplit)


def findall(pattern, string, flags=0):
    "Return a list of all non-overlapping matches in the string."
    return _compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    "Return an iterator over all non-overlapping matches in the string."
    return _compile(pattern, flags).finditer(string)


def purge():
    "Clear the regular expression caches."
    _cache.clear()


def template(pattern, flags=0):
    "Compile a template pattern, returning a Pattern object."
    return _compile(pattern, flags | T)


_SPECIAL = frozenset("()[]{}?*+-|^$\\.&~# \t\n\r\v\f")


def escape(pattern):
    "Escape special characters in a string."
    if isinstance(pattern, str):
        return "".join("\\" + c if c in _SPECIAL else c for c in pattern)
    text = str(pattern, "latin1")
    return "".join("\\" + c if c in _SPECIAL else c for c in text).encode("latin1")


# --- replacement templates --------------------------------------------------------

_ESCAPES = {"a": "\a", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t",
            "v": "\v", "\\": "\\"}
_OCT = "01234567"
_DEC = "0123456789"


def _template_error(msg, template, pos):
    if not isinstance(template, str):
        msg = msg.encode("ascii", "backslashreplace").decode("ascii")
    return error(msg, template, pos)


def _compile_template(pattern, template):
    cache = pattern._template_cache
    key = (type(template), template)
    t = cache.get(key)
    if t is None:
        t = _parse_template(pattern, template)
        if len(cache) >= 64:
            cache.clear()
        cache[key] = t
    return t


def _parse_template(pattern, template):
    """The template as (groups, literals): literals[i] is None where group
    groups[k] = (i, index) goes."""
    is_str = isinstance(template, str)
    text = template if is_str else str(bytes(template), "latin1")
    groups = []
    literals = []
    chunk = []
    n = len(text)
    i = 0

    def add_group(index, pos):
        if index > pattern.groups:
            raise _template_error("invalid group reference %d" % index, template, pos)
        if chunk:
            literals.append("".join(chunk))
            del chunk[:]
        groups.append((len(literals), index))
        literals.append(None)

    while i < n:
        c = text[i]
        if c != "\\":
            chunk.append(c)
            i += 1
            continue
        if i + 1 >= n:
            raise _template_error("bad escape (end of pattern)", template, n - 1)
        start = i
        c = text[i + 1]
        i += 2
        if c == "g":
            if i >= n or text[i] != "<":
                raise _template_error("missing <", template, i)
            close = text.find(">", i + 1)
            if close < 0:
                name = text[i + 1:]
                if not name:
                    raise _template_error("missing group name", template, n)
                raise _template_error("missing >, unterminated name", template, i + 1)
            name = text[i + 1:close]
            if not name:
                raise _template_error("missing group name", template, i + 1)
            i = close + 1
            if name.isidentifier():
                index = None
                for gname, gindex in pattern._names:
                    if gname == name:
                        index = gindex
                if index is None:
                    raise IndexError("unknown group name %r" % name)
            else:
                if name.isdigit() and name.isascii():
                    index = int(name)
                else:
                    raise _template_error("bad character in group name %r" % name,
                                          template, close - len(name))
            add_group(index, close - len(name))
        elif c == "0":
            digits = c
            while len(digits) < 3 and i < n and text[i] in _OCT:
                digits += text[i]
                i += 1
            chunk.append(chr(int(digits, 8) & 0xff))
        elif c in _DEC:
            digits = c
            if i < n and text[i] in _DEC:
                digits += text[i]
                i += 1
                if c in _OCT and digits[1] in _OCT and i < n and text[i] in _OCT:
                    digits += text[i]
                    i += 1
                    value = int(digits, 8)
                    if value > 0o377:
                        raise _template_error(
                            "octal escape value \\%s outside of range 0-0o377" % digits,
                            template, start)
                    chunk.append(chr(value))
                    continue
            add_group(int(digits), start + 1)
        elif c in _ESCAPES:
            chunk.append(_ESCAPES[c])
        elif ("a" <= c <= "z") or ("A" <= c <= "Z"):
            raise _template_error("bad escape \\" + c, template, start)
        else:
            chunk.append("\\" + c)
    if chunk:
        literals.append("".join(chunk))
    if not is_str:
        literals = [None if s is None else s.encode("latin1") for s in literals]
    return groups, literals


def _expand(template, match):
    groups, literals = template
    empty = match.string[:0]
    if isinstance(empty, bytearray):
        empty = b""
    pieces = list(literals)
    for slot, index in groups:
        pieces[slot] = match.group(index) or empty
    return empty.join(pieces)


Pattern.__module__ = "re"
RegexFlag.__module__ = "re"
