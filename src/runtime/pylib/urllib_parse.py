"""urllib.parse: take URLs apart and put them together (RFC 3986), resolve relative
URLs, and quote and unquote their parts and query strings.
"""

# As CPython 3.11's `urllib.parse`: urlsplit/urlparse and their inverses, urljoin,
# urldefrag, the result named tuples (str and bytes, with username/password/hostname/
# port), quote/unquote in every form, urlencode, parse_qs/parse_qsl, with CPython's
# errors. Not here: the deprecated split* helpers (splittype, splithost, ...).

import re
from collections import namedtuple

__all__ = ["urlparse", "urlunparse", "urljoin", "urldefrag",
           "urlsplit", "urlunsplit", "urlencode", "parse_qs",
           "parse_qsl", "quote", "quote_plus", "quote_from_bytes",
           "unquote", "unquote_plus", "unquote_to_bytes",
           "DefragResult", "ParseResult", "SplitResult",
           "DefragResultBytes", "ParseResultBytes", "SplitResultBytes"]

uses_relative = ['', 'ftp', 'http', 'gopher', 'nntp', 'imap', 'wais', 'file', 'https',
                 'shttp', 'mms', 'prospero', 'rtsp', 'rtsps', 'rtspu', 'sftp', 'svn',
                 'svn+ssh', 'ws', 'wss']
uses_netloc = ['', 'ftp', 'http', 'gopher', 'nntp', 'telnet', 'imap', 'wais', 'file',
               'mms', 'https', 'shttp', 'snews', 'prospero', 'rtsp', 'rtsps', 'rtspu',
               'rsync', 'svn', 'svn+ssh', 'sftp', 'nfs', 'git', 'git+ssh', 'ws', 'wss']
uses_params = ['', 'ftp', 'hdl', 'prospero', 'http', 'imap', 'https', 'shttp', 'rtsp',
               'rtsps', 'rtspu', 'sip', 'sips', 'mms', 'sftp', 'tel']
non_hierarchical = ['gopher', 'hdl', 'mailto', 'news', 'telnet', 'wais', 'imap', 'snews',
                    'sip', 'sips']
uses_query = ['', 'http', 'wais', 'imap', 'https', 'shttp', 'mms', 'gopher', 'rtsp',
              'rtsps', 'rtspu', 'sip', 'sips']
uses_fragment = ['', 'ftp', 'hdl', 'http', 'gopher', 'news', 'nntp', 'wais', 'https',
                 'shttp', 'snews', 'file', 'prospero']

scheme_chars = ('abcdefghijklmnopqrstuvwxyz'
                'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
                '0123456789'
                '+-.')

# Stripped from both ends of a URL (WHATWG: C0 controls and space), and removed anywhere.
_WHATWG_C0_CONTROL_OR_SPACE = ''.join(map(chr, range(0x21)))
_UNSAFE_URL_BYTES_TO_REMOVE = ['\t', '\r', '\n']


def clear_cache():
    """Clear internal performance caches. Undocumented; some tests want it."""


# str and bytes: a call takes all of one or all of the other. Bytes are decoded as
# ASCII for the work and the result is encoded back; the third form of each function
# result below does that.

def _noop(obj):
    return obj


def _encode_result(obj, encoding='ascii', errors='strict'):
    return obj.encode(encoding, errors)


def _coerce_args(*args):
    """(*args as str, the function that turns a str result back into the args' kind)."""
    wants_str = isinstance(args[0], str)
    if any(arg and isinstance(arg, str) != wants_str for arg in args[1:]):
        raise TypeError("Cannot mix str and non-str arguments")
    if wants_str:
        return args + (_noop,)
    # Empty non-str arguments (b'', None) all count as ''.
    return tuple(arg.decode('ascii', 'strict') if arg else '' for arg in args) + (
        _encode_result,)


class _ResultMixinStr(object):
    """encode(): the bytes form of a str result."""
    __slots__ = ()

    def encode(self, encoding='ascii', errors='strict'):
        return self._encoded_counterpart(*[part.encode(encoding, errors) for part in self])


class _ResultMixinBytes(object):
    """decode(): the str form of a bytes result."""
    __slots__ = ()

    def decode(self, encoding='ascii', errors='strict'):
        return self._decoded_counterpart(*[part.decode(encoding, errors) for part in self])


class _NetlocResultMixinBase(object):
    """The parts of a result's netloc: username, password, hostname, port."""
    __slots__ = ()

    @property
    def username(self):
        user, _ = self._userinfo
        return user

    @property
    def password(self):
        _, password = self._userinfo
        return password

    @property
    def hostname(self):
        host, _ = self._hostinfo
        if not host:
            return None
        # Lowercased, except the zone of a scoped IPv6 address ('%' and after).
        percent = '%' if isinstance(host, str) else b'%'
        address, sep, zone = host.partition(percent)
        return address.lower() + sep + zone

    @property
    def port(self):
        _, text = self._hostinfo
        if text is None:
            return None
        if not (text.isdigit() and _isascii(text)):
            raise ValueError(f"Port could not be cast to integer value as {text!r}")
        number = int(text)
        if number > 65535:
            raise ValueError("Port out of range 0-65535")
        return number


def _isascii(text):
    if isinstance(text, str):
        return text.isascii()
    return all(b < 128 for b in text)


def _split_userinfo(netloc, at, colon):
    userinfo, have_info, _ = netloc.rpartition(at)
    if not have_info:
        return None, None
    username, have_password, password = userinfo.partition(colon)
    return username, (password if have_password else None)


def _split_hostinfo(netloc, at, colon, open_bracket, close_bracket):
    _, _, hostinfo = netloc.rpartition(at)
    _, have_open_br, bracketed = hostinfo.partition(open_bracket)
    if have_open_br:
        hostname, _, port = bracketed.partition(close_bracket)
        _, _, port = port.partition(colon)
    else:
        hostname, _, port = hostinfo.partition(colon)
    return hostname, (port or None)


class _NetlocResultMixinStr(_NetlocResultMixinBase, _ResultMixinStr):
    __slots__ = ()

    @property
    def _userinfo(self):
        return _split_userinfo(self.netloc, '@', ':')

    @property
    def _hostinfo(self):
        return _split_hostinfo(self.netloc, '@', ':', '[', ']')


class _NetlocResultMixinBytes(_NetlocResultMixinBase, _ResultMixinBytes):
    __slots__ = ()

    @property
    def _userinfo(self):
        return _split_userinfo(self.netloc, b'@', b':')

    @property
    def _hostinfo(self):
        return _split_hostinfo(self.netloc, b'@', b':', b'[', b']')


_DefragResultBase = namedtuple('DefragResult', 'url fragment')
_SplitResultBase = namedtuple('SplitResult', 'scheme netloc path query fragment')
_ParseResultBase = namedtuple('ParseResult', 'scheme netloc path params query fragment')


def _defrag_url(self):
    if not self.fragment:
        return self.url
    return self.url + ('#' if isinstance(self.url, str) else b'#') + self.fragment


def _unsplit_self(self):
    return urlunsplit(self)


def _unparse_self(self):
    return urlunparse(self)


# The result classes: named tuples with the netloc's parts and geturl(), which gives
# back an equivalent URL.
class DefragResult(_DefragResultBase, _ResultMixinStr):
    __slots__ = ()
    geturl = _defrag_url


class SplitResult(_SplitResultBase, _NetlocResultMixinStr):
    __slots__ = ()
    geturl = _unsplit_self


class ParseResult(_ParseResultBase, _NetlocResultMixinStr):
    __slots__ = ()
    geturl = _unparse_self


class DefragResultBytes(_DefragResultBase, _ResultMixinBytes):
    __slots__ = ()
    geturl = _defrag_url


class SplitResultBytes(_SplitResultBase, _NetlocResultMixinBytes):
    __slots__ = ()
    geturl = _unsplit_self


class ParseResultBytes(_ParseResultBase, _NetlocResultMixinBytes):
    __slots__ = ()
    geturl = _unparse_self


for _str, _bytes in ((DefragResult, DefragResultBytes), (SplitResult, SplitResultBytes),
                     (ParseResult, ParseResultBytes)):
    _str._encoded_counterpart = _bytes
    _bytes._decoded_counterpart = _str
del _str, _bytes


def urlparse(url, scheme='', allow_fragments=True):
    """Split url into (scheme, netloc, path, params, query, fragment), a ParseResult:
    scheme://netloc/path;params?query#fragment. scheme is the default scheme."""
    url, scheme, _coerce_result = _coerce_args(url, scheme)
    parts = urlsplit(url, scheme, allow_fragments)
    path, params = parts.path, ''
    if parts.scheme in uses_params and ';' in path:
        path, params = _splitparams(path)
    return _coerce_result(ParseResult(parts.scheme, parts.netloc, path, params, parts.query,
                                      parts.fragment))


def _splitparams(url):
    # Parameters belong to the last path segment only.
    if '/' in url:
        i = url.find(';', url.rfind('/'))
        if i < 0:
            return url, ''
    else:
        i = url.find(';')
    return url[:i], url[i+1:]


def _splitnetloc(url, start=0):
    delim = len(url)
    for c in '/?#':
        found = url.find(c, start)
        if found >= 0:
            delim = min(delim, found)
    return url[start:delim], url[delim:]


def _checknetloc(netloc):
    if not netloc or netloc.isascii():
        return
    # A netloc that NFKC normalization changes into one with URL syntax characters
    # would be read differently by other parsers.
    try:
        import unicodedata
    except ImportError:
        return
    n = netloc.replace('@', '').replace(':', '').replace('#', '').replace('?', '')
    netloc2 = unicodedata.normalize('NFKC', n)
    if n == netloc2:
        return
    for c in '/?#@:':
        if c in netloc2:
            raise ValueError("netloc '" + netloc + "' contains invalid "
                             "characters under NFKC normalization")


def _is_ipv4(text):
    parts = text.split('.')
    if len(parts) != 4:
        return False
    for part in parts:
        if not (part.isdigit() and part.isascii()) or len(part) > 3 or int(part) > 255:
            return False
        if len(part) > 1 and part[0] == '0':
            return False
    return True


def _is_ipv6(text):
    addr, _, zone = text.partition('%')
    if _ and not zone:
        return False
    hexdigits = '0123456789abcdefABCDEF'
    groups = 8
    if addr and '.' in addr.rpartition(':')[2]:
        head, _, tail = addr.rpartition(':')
        if not _is_ipv4(tail):
            return False
        addr = head + ':0:0'
    if addr.count('::') > 1:
        return False
    if '::' in addr:
        left, right = addr.split('::')
        left = left.split(':') if left else []
        right = right.split(':') if right else []
        if len(left) + len(right) > groups - 1:
            return False
        parts = left + right
    else:
        parts = addr.split(':')
        if len(parts) != groups:
            return False
    return all(1 <= len(p) <= 4 and all(c in hexdigits for c in p) for p in parts)


def _check_bracketed_host(hostname):
    if hostname.startswith('v'):
        if not re.match(r"\Av[a-fA-F0-9]+\..+\Z", hostname):
            raise ValueError("IPvFuture address is invalid")
    elif _is_ipv4(hostname):
        raise ValueError("An IPv4 address cannot be in brackets")
    elif not _is_ipv6(hostname):
        raise ValueError("%r does not appear to be an IPv4 or IPv6 address" % hostname)


def _leading_scheme(url):
    """(scheme lowercased, rest) when url starts with a scheme and ':', else (None, url)."""
    colon = url.find(':')
    if colon <= 0 or not (url[0].isascii() and url[0].isalpha()):
        return None, url
    if any(char not in scheme_chars for char in url[:colon]):
        return None, url
    return url[:colon].lower(), url[colon + 1:]


def _cleaned(text, strip):
    """text without tabs and newlines anywhere and C0 controls and spaces at its start
    (at both ends with strip), as the WHATWG URL standard has parsers do."""
    text = text.strip(_WHATWG_C0_CONTROL_OR_SPACE) if strip else text.lstrip(
        _WHATWG_C0_CONTROL_OR_SPACE)
    for unsafe in _UNSAFE_URL_BYTES_TO_REMOVE:
        text = text.replace(unsafe, "")
    return text


def urlsplit(url, scheme='', allow_fragments=True):
    """Split url into (scheme, netloc, path, query, fragment), a SplitResult:
    scheme://netloc/path?query#fragment. scheme is the default scheme."""
    url, scheme, _coerce_result = _coerce_args(url, scheme)
    # Only the start of the URL: some applications keep meaningful trailing spaces.
    url = _cleaned(url, False)
    scheme = _cleaned(scheme, True)
    found, url = _leading_scheme(url)
    if found is not None:
        scheme = found
    netloc = query = fragment = ''
    if url[:2] == '//':
        netloc, url = _splitnetloc(url, 2)
        if ('[' in netloc) != (']' in netloc):
            raise ValueError("Invalid IPv6 URL")
        if '[' in netloc:
            _check_bracketed_host(netloc.partition('[')[2].partition(']')[0])
    if allow_fragments:
        url, _, fragment = url.partition('#')
    url, _, query = url.partition('?')
    _checknetloc(netloc)
    return _coerce_result(SplitResult(scheme, netloc, url, query, fragment))


def urlunparse(components):
    """Put a parsed URL back together again."""
    scheme, netloc, url, params, query, fragment, _coerce_result = _coerce_args(*components)
    if params:
        url = "%s;%s" % (url, params)
    return _coerce_result(urlunsplit((scheme, netloc, url, query, fragment)))


def urlunsplit(components):
    """Combine the elements of a tuple as returned by urlsplit() into a
    complete URL as a string."""
    scheme, netloc, url, query, fragment, _coerce_result = _coerce_args(*components)
    if netloc or (scheme and scheme in uses_netloc and url[:2] != '//'):
        if url and url[:1] != '/':
            url = '/' + url
        url = '//' + (netloc or '') + url
    if scheme:
        url = scheme + ':' + url
    if query:
        url = url + '?' + query
    if fragment:
        url = url + '#' + fragment
    return _coerce_result(url)


def _remove_dot_segments(segments):
    resolved = []
    for seg in segments:
        if seg == '..':
            if resolved:
                resolved.pop()
        elif seg != '.':
            resolved.append(seg)
    if segments[-1] in ('.', '..'):
        # A final relative directory keeps its trailing slash.
        resolved.append('')
    return resolved


def urljoin(base, url, allow_fragments=True):
    """Join a base URL and a possibly relative URL to form an absolute
    interpretation of the latter."""
    if not base:
        return url
    if not url:
        return base
    base, url, _coerce_result = _coerce_args(base, url)
    bscheme, bnetloc, bpath, bparams, bquery, bfragment = urlparse(base, '', allow_fragments)
    scheme, netloc, path, params, query, fragment = urlparse(url, bscheme, allow_fragments)
    if scheme != bscheme or scheme not in uses_relative:
        return _coerce_result(url)
    if scheme in uses_netloc:
        if netloc:
            return _coerce_result(urlunparse((scheme, netloc, path, params, query, fragment)))
        netloc = bnetloc
    if not path and not params:
        path = bpath
        params = bparams
        if not query:
            query = bquery
        return _coerce_result(urlunparse((scheme, netloc, path, params, query, fragment)))
    base_parts = bpath.split('/')
    if base_parts[-1] != '':
        # The base's last segment is a file, not a directory: it does not count.
        del base_parts[-1]
    if path[:1] == '/':
        segments = path.split('/')
    else:
        segments = base_parts + path.split('/')
        # Empty inner segments would become doubled slashes.
        segments[1:-1] = filter(None, segments[1:-1])
    resolved = _remove_dot_segments(segments)
    return _coerce_result(urlunparse((scheme, netloc, '/'.join(resolved) or '/',
                                      params, query, fragment)))


def urldefrag(url):
    """(url without its fragment, the fragment), a DefragResult."""
    url, _coerce_result = _coerce_args(url)
    if '#' not in url:
        return _coerce_result(DefragResult(url, ''))
    parts = urlparse(url)
    return _coerce_result(DefragResult(urlunparse(parts[:5] + ('',)), parts.fragment))


_HEX_PAIRS = None  # b'4a' -> 0x4a for every pair of hex digits, made on first use


def unquote_to_bytes(string):
    """The bytes of string (str: UTF-8) with every %xx escape replaced by its byte;
    a '%' not followed by two hex digits stays."""
    global _HEX_PAIRS
    if not string:
        string.split  # anything but str or bytes fails here, even when empty
        return b''
    if isinstance(string, str):
        string = string.encode('utf-8')
    first, *escaped = string.split(b'%')
    if not escaped:
        return string
    if _HEX_PAIRS is None:
        digits = b'0123456789ABCDEFabcdef'
        _HEX_PAIRS = {bytes((hi, lo)): int(bytes((hi, lo)).decode('ascii'), 16)
                      for hi in digits for lo in digits}
    out = bytearray(first)
    for piece in escaped:
        byte = _HEX_PAIRS.get(piece[:2])  # a bytearray piece is unhashable, as in CPython
        if byte is None:
            out += b'%'
            out += piece
        else:
            out.append(byte)
            out += piece[2:]
    return bytes(out)


_ASCII_RUN = re.compile('[\x00-\x7f]+')


def unquote(string, encoding='utf-8', errors='replace'):
    """string with its %xx escapes decoded: the bytes they give are decoded with
    encoding and errors (UTF-8 and 'replace' by default)."""
    if isinstance(string, bytes):
        return unquote_to_bytes(string).decode(encoding, errors)
    if '%' not in string:
        string.split  # a str, or fail as CPython does
        return string
    encoding = 'utf-8' if encoding is None else encoding
    errors = 'replace' if errors is None else errors
    # Escapes are ASCII: each ASCII run is unquoted and decoded as a whole (an escaped
    # UTF-8 sequence spans several escapes), other characters pass through.
    return _ASCII_RUN.sub(
        lambda run: unquote_to_bytes(run.group()).decode(encoding, errors), string)


def parse_qs(qs, keep_blank_values=False, strict_parsing=False,
             encoding='utf-8', errors='replace', max_num_fields=None, separator='&'):
    """The query string qs as a dict of names to the lists of their values (see
    parse_qsl for the arguments)."""
    fields = {}
    for name, value in parse_qsl(qs, keep_blank_values, strict_parsing, encoding=encoding,
                                 errors=errors, max_num_fields=max_num_fields,
                                 separator=separator):
        fields.setdefault(name, []).append(value)
    return fields


def _form_unquote(text, encoding, errors):
    return unquote(text.replace('+', ' '), encoding=encoding, errors=errors)


def parse_qsl(qs, keep_blank_values=False, strict_parsing=False,
              encoding='utf-8', errors='replace', max_num_fields=None, separator='&'):
    """The query string qs as a list of (name, value) pairs, unquoted ('+' is a
    space). Fields without a value are dropped unless keep_blank_values; with
    strict_parsing a field without '=' is a ValueError. max_num_fields caps the count."""
    qs, _coerce_result = _coerce_args(qs)
    separator, _ = _coerce_args(separator)
    if not separator or not isinstance(separator, (str, bytes)):
        raise ValueError("Separator must be of type string or bytes.")
    fields = qs.split(separator) if qs else []
    if max_num_fields is not None and max_num_fields < len(fields):
        raise ValueError('Max number of fields exceeded')
    pairs = []
    for field in fields:
        if not field and not strict_parsing:
            continue
        name, equals, value = field.partition('=')
        if not equals:
            if strict_parsing:
                raise ValueError("bad query field: %r" % (field,))
            if not keep_blank_values:
                continue
        if value or keep_blank_values:
            pairs.append((_coerce_result(_form_unquote(name, encoding, errors)),
                          _coerce_result(_form_unquote(value, encoding, errors))))
    return pairs


def unquote_plus(string, encoding='utf-8', errors='replace'):
    """unquote() for form values: '+' is a space too."""
    return unquote(string.replace('+', ' '), encoding, errors)


# Never quoted: letters, digits and _.-~ (RFC 3986's unreserved characters).
_ALWAYS_SAFE = frozenset(b'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-~')
_ALWAYS_SAFE_BYTES = bytes(_ALWAYS_SAFE)


def quote(string, safe='/', encoding=None, errors=None):
    """string with every character but letters, digits, _.-~ and those in safe written
    as %xx escapes of its bytes (a str is encoded with encoding, UTF-8 by default)."""
    if not isinstance(string, str):
        for name, value in (('encoding', encoding), ('errors', errors)):
            if value is not None:
                raise TypeError(f"quote() doesn't support '{name}' for bytes")
        return quote_from_bytes(string, safe)
    if not string:
        return string
    data = string.encode('utf-8' if encoding is None else encoding,
                         'strict' if errors is None else errors)
    return quote_from_bytes(data, safe)


def quote_plus(string, safe='', encoding=None, errors=None):
    """quote() for form values: spaces become '+'."""
    space = ' ' if isinstance(string, str) else b' '
    if isinstance(string, (str, bytes)) and space not in string:
        return quote(string, safe, encoding, errors)
    safe_space = ' ' if isinstance(safe, str) else b' '
    return quote(string, safe + safe_space, encoding, errors).replace(' ', '+')


def quote_from_bytes(bs, safe='/'):
    """quote() for bytes (or a bytearray), which need no encoding."""
    if not isinstance(bs, (bytes, bytearray)):
        raise TypeError("quote_from_bytes() expected bytes")
    if not bs:
        return ''
    if isinstance(safe, str):
        safe = safe.encode('ascii', 'ignore')
    else:
        safe = bytes(c for c in safe if c < 128)
    if not bs.rstrip(_ALWAYS_SAFE_BYTES + safe):
        return bs.decode()  # nothing to quote
    kept = _ALWAYS_SAFE | frozenset(safe)
    return ''.join(chr(b) if b in kept else f'%{b:02X}' for b in bs)


def _query_pairs(query):
    if hasattr(query, "items"):
        return query.items()
    try:
        # A sequence of pairs: a str, or anything without len(), is not.
        if len(query) and not isinstance(query[0], tuple):
            raise TypeError
    except TypeError as err:
        raise TypeError("not a valid non-string sequence or mapping object") from err
    return query


def urlencode(query, doseq=False, safe='', encoding=None, errors=None, quote_via=quote_plus):
    """A query string 'name=value&...' from a mapping or a sequence of pairs, each part
    quoted with quote_via (quote_plus). With doseq, a sequence value gives one field
    per element."""

    def quoted(part):
        if isinstance(part, bytes):
            return quote_via(part, safe)
        return quote_via(str(part), safe, encoding, errors)

    fields = []
    for name, value in _query_pairs(query):
        name = quoted(name)
        values = (value,)
        if doseq and not isinstance(value, (str, bytes)):
            try:
                len(value)
            except TypeError:
                pass
            else:
                values = value
        fields.extend(name + '=' + quoted(each) for each in values)
    return '&'.join(fields)


def unwrap(url):
    """url without the '<URL:...>' wrapping some texts put around it (and without
    surrounding spaces); other text unchanged."""
    url = str(url).strip()
    if url.startswith('<') and url.endswith('>'):
        url = url[1:-1].strip()
    if url.startswith('URL:'):
        url = url[4:].strip()
    return url
