"""`http.cookies`: HTTP cookie state (RFC 2109/6265) as CPython 3.11 documents it.
A SimpleCookie maps names to Morsels; a Morsel is one cookie's value (as given and as
sent, quoted when needed) and its attributes (expires, path, comment, domain, max-age,
secure, httponly, version, samesite). `output()` writes Set-Cookie headers, `load()`
reads a Cookie header (loading nothing when any part of it is malformed).

Written for coro from the documentation and python3's observable output.
"""

import re
import string
import time

__all__ = ["CookieError", "BaseCookie", "SimpleCookie"]


class CookieError(Exception):
    """A bad cookie name, attribute or value."""


# Characters a value may hold without quotes (RFC 2109's token characters plus ':').
_PLAIN = frozenset(string.ascii_letters + string.digits + "!#$%&'*+-.^_`|~:")


def _needs_escape(ch):
    return ch in ',;' or not ' ' <= ch <= '~'


def _quote(text):
    """`text` as a cookie value: bare if every character may be, else quoted with
    backslash escapes (octal for commas, semicolons and non-printables)."""
    if text is None or all(ch in _PLAIN for ch in text):
        return text
    pieces = []
    for ch in text:
        if ch in '"\\':
            pieces.append('\\' + ch)
        elif _needs_escape(ch):
            pieces.append('\\%03o' % ord(ch))
        else:
            pieces.append(ch)
    return '"' + ''.join(pieces) + '"'


_ESCAPE = re.compile(r'\\(?:([0-3][0-7][0-7])|(.))')


def _unquote(text):
    """The value inside a quoted cookie value (escapes undone); others as they are."""
    if text is None or len(text) < 2 or text[0] != '"' or text[-1] != '"':
        return text
    inner = text[1:-1]
    return _ESCAPE.sub(lambda m: chr(int(m.group(1), 8)) if m.group(1) else m.group(2),
                       inner)


_WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
_MONTHS = [None, 'Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun',
           'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']


def _expiry_date(seconds_from_now=0):
    moment = time.gmtime(time.time() + seconds_from_now)
    return "%s, %02d %3s %4d %02d:%02d:%02d GMT" % (
        _WEEKDAYS[moment.tm_wday], moment.tm_mday, _MONTHS[moment.tm_mon],
        moment.tm_year, moment.tm_hour, moment.tm_min, moment.tm_sec)


class Morsel(dict):
    """One cookie: key, value, coded_value, and its attributes as dict items."""

    # attribute -> how it is written in a Set-Cookie header.
    _reserved = {
        "expires": "expires", "path": "Path", "comment": "Comment", "domain": "Domain",
        "max-age": "Max-Age", "secure": "Secure", "httponly": "HttpOnly",
        "version": "Version", "samesite": "SameSite",
    }
    _flags = {'secure', 'httponly'}

    def __init__(self):
        super().__init__()
        self._key = self._value = self._coded_value = None
        for attribute in self._reserved:
            dict.__setitem__(self, attribute, "")

    key = property(lambda self: self._key)
    value = property(lambda self: self._value)
    coded_value = property(lambda self: self._coded_value)

    def __setitem__(self, K, V):
        attribute = K.lower()
        if attribute not in self._reserved:
            raise CookieError("Invalid attribute %r" % (K,))
        dict.__setitem__(self, attribute, V)

    def setdefault(self, key, val=None):
        attribute = key.lower()
        if attribute not in self._reserved:
            raise CookieError("Invalid attribute %r" % (key,))
        return dict.setdefault(self, attribute, val)

    def update(self, values=(), **more):
        checked = {}
        for key, val in dict(values, **more).items():
            attribute = key.lower()
            if attribute not in self._reserved:
                raise CookieError("Invalid attribute %r" % (key,))
            checked[attribute] = val
        dict.update(self, checked)

    def __eq__(self, morsel):
        if not isinstance(morsel, Morsel):
            return NotImplemented
        return (dict.__eq__(self, morsel) and self._key == morsel._key and
                self._value == morsel._value and self._coded_value == morsel._coded_value)

    __ne__ = object.__ne__
    __hash__ = None

    def copy(self):
        twin = Morsel()
        dict.update(twin, self)
        twin.__dict__.update(self.__dict__)
        return twin

    def isReservedKey(self, K):
        return K.lower() in self._reserved

    def set(self, key, val, coded_val):
        """Name the cookie and give its value, plain and as sent."""
        if key.lower() in self._reserved:
            raise CookieError('Attempt to set a reserved key %r' % (key,))
        if not key or not all(ch in _PLAIN for ch in key):
            raise CookieError('Illegal key %r' % (key,))
        self._key, self._value, self._coded_value = key, val, coded_val

    def __getstate__(self):
        return {'key': self._key, 'value': self._value, 'coded_value': self._coded_value}

    def __setstate__(self, state):
        self._key = state['key']
        self._value = state['value']
        self._coded_value = state['coded_value']

    def OutputString(self, attrs=None):
        """'key=value; Attr=...' with the set attributes in name order."""
        parts = ["%s=%s" % (self.key, self.coded_value)]
        for attribute, val in sorted(self.items()):
            if val == "" or (attrs is not None and attribute not in attrs):
                continue
            shown = self._reserved[attribute]
            if attribute == "expires" and isinstance(val, int):
                parts.append("%s=%s" % (shown, _expiry_date(val)))
            elif attribute == "max-age" and isinstance(val, int):
                parts.append("%s=%d" % (shown, val))
            elif attribute == "comment" and isinstance(val, str):
                parts.append("%s=%s" % (shown, _quote(val)))
            elif attribute in self._flags:
                if val:
                    parts.append(shown)
            else:
                parts.append("%s=%s" % (shown, val))
        return "; ".join(parts)

    def output(self, attrs=None, header="Set-Cookie:"):
        return "%s %s" % (header, self.OutputString(attrs))

    __str__ = output

    def __repr__(self):
        return '<%s: %s>' % (type(self).__name__, self.OutputString())

    def js_output(self, attrs=None):
        """A <script> that sets the cookie in a browser."""
        quoted = self.OutputString(attrs).replace('"', r'\"')
        indent = ' ' * 8
        return ''.join(['\n', indent, '<script type="text/javascript">\n',
                        indent, '<!-- begin hiding\n',
                        indent, 'document.cookie = "%s";\n' % quoted,
                        indent, '// end hiding -->\n', indent, '</script>\n', indent])


def _split_cookie_header(text):
    """[(name, value or None)] of a Cookie header: ';'-separated, quotes respected."""
    pairs = []
    i, n = 0, len(text)
    while i < n:
        while i < n and text[i] in ' \t;':
            i += 1
        if i >= n:
            break
        start = i
        while i < n and text[i] not in '=;':
            i += 1
        name = text[start:i].strip()
        if i < n and text[i] == '=':
            i += 1
            while i < n and text[i] == ' ':
                i += 1
            if i < n and text[i] == '"':
                end = i + 1
                while end < n and text[end] != '"':
                    end += 2 if text[end] == '\\' else 1
                value = text[i:end + 1]
                i = end + 1
                while i < n and text[i] != ';':
                    i += 1
            else:
                start = i
                while i < n and text[i] != ';':
                    i += 1
                value = text[start:i].strip()
            pairs.append((name, value))
        else:
            pairs.append((name, None))
    return pairs


class BaseCookie(dict):
    """Cookies by name; value_decode/value_encode say how values are read and sent."""

    def value_decode(self, val):
        return val, val

    def value_encode(self, val):
        text = str(val)
        return text, text

    def __init__(self, input=None):
        if input:
            self.load(input)

    def __set(self, key, real_value, coded_value):
        morsel = self.get(key, Morsel())
        morsel.set(key, real_value, coded_value)
        dict.__setitem__(self, key, morsel)

    def __setitem__(self, key, value):
        if isinstance(value, Morsel):
            dict.__setitem__(self, key, value)
        else:
            real, coded = self.value_encode(value)
            self.__set(key, real, coded)

    def output(self, attrs=None, header="Set-Cookie:", sep="\r\n"):
        """Every cookie's header line, in name order, joined by sep."""
        return sep.join(morsel.output(attrs, header) for _, morsel in sorted(self.items()))

    __str__ = output

    def __repr__(self):
        shown = ' '.join('%s=%s' % (key, repr(morsel.value))
                         for key, morsel in sorted(self.items()))
        return '<%s: %s>' % (type(self).__name__, shown)

    def js_output(self, attrs=None):
        return ''.join(morsel.js_output(attrs) for _, morsel in sorted(self.items()))

    def load(self, rawdata):
        """Add the cookies of a Cookie header string, or of a {name: value} mapping."""
        if isinstance(rawdata, str):
            self.__parse_string(rawdata)
        else:
            for key, value in rawdata.items():
                self[key] = value

    def __parse_string(self, text):
        # First check everything, then apply: a malformed header loads nothing.
        steps = []
        have_cookie = False
        for name, value in _split_cookie_header(text):
            if not name:
                return
            if name[0] == '$':
                if not have_cookie:
                    continue
                name = name[1:]
            attribute = name.lower()
            if attribute in Morsel._reserved:
                if not have_cookie:
                    return
                if value is None:
                    if attribute not in Morsel._flags:
                        return
                    steps.append(('attr', attribute, True))
                else:
                    steps.append(('attr', attribute,
                                  value if attribute == 'expires' else _unquote(value)))
            elif value is not None:
                steps.append(('cookie', name, self.value_decode(value)))
                have_cookie = True
            else:
                return
        current = None
        for kind, name, value in steps:
            if kind == 'cookie':
                self.__set(name, value[0], value[1])
                current = self[name]
            else:
                current[name] = value


class SimpleCookie(BaseCookie):
    """Cookies whose values are strings, quoted as needed when sent."""

    def value_decode(self, val):
        return _unquote(val), val

    def value_encode(self, val):
        text = str(val)
        return text, _quote(text)
