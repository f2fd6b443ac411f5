"""`urllib.request`: opening URLs, as CPython 3.11 documents it. urlopen() hands a
Request to an OpenerDirector, which asks its handlers in handler_order for
`<scheme>_request` (pre-processing), `<scheme>_open` (fetching) and `<scheme>_response`
(post-processing); error statuses go through `http_error_<code>` handlers, and the
default one raises HTTPError. The default opener handles http:, file: and data: URLs,
follows redirects, and uses proxies from the *_proxy environment variables.

Written for coro from the documentation. Not here: https: (coro has no ssl module, so an
https URL gets CPython's 'unknown url type: https' URLError, as a CPython built without
ssl does), ftp:, the authentication and cookie handlers, the legacy URLopener classes.
"""

import os
import sys
import socket
import string
import base64
import bisect
import posixpath
import tempfile
import http.client
from email import message_from_string
from email.utils import formatdate
from io import BytesIO
from urllib.error import URLError, HTTPError, ContentTooShortError
from urllib.parse import (urlparse, urlsplit, urljoin, unquote, quote, unquote_to_bytes,
                          urlunparse)
from urllib.response import addinfourl

__all__ = [
    'Request', 'OpenerDirector', 'BaseHandler', 'HTTPDefaultErrorHandler',
    'HTTPRedirectHandler', 'HTTPCookieProcessor', 'ProxyHandler',
    'HTTPHandler', 'FileHandler', 'UnknownHandler', 'HTTPErrorProcessor',
    'DataHandler', 'urlopen', 'install_opener', 'build_opener',
    'pathname2url', 'url2pathname', 'getproxies', 'urlretrieve', 'urlcleanup',
    'AbstractHTTPHandler',
]

__version__ = '%d.%d' % sys.version_info[:2]

_installed_opener = None


def urlopen(url, data=None, timeout=socket._GLOBAL_DEFAULT_TIMEOUT, *, cafile=None,
            capath=None, cadefault=False, context=None):
    """Open a URL (a string or a Request) and return the response (a file object with
    .status, .headers, .url)."""
    global _installed_opener
    if cafile or capath or cadefault or context is not None:
        raise ValueError("SSL support not available")
    if _installed_opener is None:
        _installed_opener = build_opener()
    return _installed_opener.open(url, data, timeout)


def install_opener(opener):
    """Make `opener` the one urlopen() uses."""
    global _installed_opener
    _installed_opener = opener


_retrieved_temp_files = []


def urlretrieve(url, filename=None, reporthook=None, data=None):
    """Copy a URL to a local file (a temporary one without `filename`);
    (filename, headers)."""
    scheme = urlsplit(url).scheme
    with urlopen(url, data) as source:
        headers = source.info()
        if scheme == 'file' and not filename:
            return os.path.normpath(url2pathname(urlsplit(url).path)), headers
        if filename:
            target = open(filename, 'wb')
        else:
            target = tempfile.NamedTemporaryFile(delete=False)
            filename = target.name
            _retrieved_temp_files.append(filename)
        with target:
            result = filename, headers
            blocksize = 1024 * 8
            size = -1
            if "content-length" in headers:
                size = int(headers["Content-Length"])
            got = 0
            blocks = 0
            if reporthook:
                reporthook(blocks, blocksize, size)
            while True:
                block = source.read(blocksize)
                if not block:
                    break
                got += len(block)
                target.write(block)
                blocks += 1
                if reporthook:
                    reporthook(blocks, blocksize, size)
    if size >= 0 and got < size:
        raise ContentTooShortError("retrieval incomplete: got only %i out of %i bytes"
                                   % (got, size), result)
    return result


def urlcleanup():
    """Remove the temporary files urlretrieve() made; forget the installed opener."""
    global _installed_opener
    for name in _retrieved_temp_files:
        try:
            os.unlink(name)
        except OSError:
            pass
    del _retrieved_temp_files[:]
    _installed_opener = None


class Request:
    """What to fetch: URL, optional data (making it a POST), headers and method.

    Header names are stored capitalized ('Content-type'); `unredirected_hdrs` are the
    ones not carried over to a redirect's request.
    """

    def __init__(self, url, data=None, headers={}, origin_req_host=None,
                 unverifiable=False, method=None):
        self.headers, self.unredirected_hdrs = {}, {}
        self._tunnel_host = self._data = None
        self.full_url = url
        self.data = data
        for name in headers:
            self.add_header(name, headers[name])
        self.origin_req_host = self.host if origin_req_host is None else origin_req_host
        self.unverifiable = unverifiable
        if method:
            self.method = method

    def _get_full_url(self):
        return self._full_url + ('#' + self.fragment if self.fragment else '')

    def _set_full_url(self, url):
        if isinstance(url, str):
            url = url.strip()
        self._full_url, _, fragment = url.partition('#')
        self.fragment = fragment or None
        self._split_url()

    def _forget_full_url(self):
        self._full_url = self.fragment = None
        self.selector = ''

    full_url = property(_get_full_url, _set_full_url, _forget_full_url)

    def _split_url(self):
        scheme, colon, rest = self._full_url.partition(':')
        if not colon or not scheme or not all(
                c.isalnum() or c in '+-.' for c in scheme):
            raise ValueError("unknown url type: %r" % self.full_url)
        self.type = scheme.lower()
        self.host, self.selector = None, rest
        if rest.startswith('//'):
            authority, slash, path = rest[2:].partition('/')
            self.host, self.selector = unquote(authority) or None, slash + path
            if self.host is None:
                self.host = ''

    def _get_data(self):
        return self._data

    def _set_data(self, data):
        if data == self._data:
            return
        self._data = data
        # A new body needs a new Content-length.
        self.remove_header("Content-length")

    data = property(_get_data, _set_data, lambda self: self._set_data(None))

    def get_method(self):
        """The method: the one given, else POST with data, GET without."""
        return getattr(self, 'method', "GET" if self.data is None else "POST")

    def get_full_url(self):
        return self.full_url

    def set_proxy(self, host, type):
        """Send this request through the proxy at `host`, which speaks `type`."""
        tunnels = self.type == 'https' and not self._tunnel_host
        if tunnels:
            self._tunnel_host = self.host
        else:
            self.type, self.selector = type, self.full_url
        self.host = host

    def has_proxy(self):
        return self.full_url == self.selector

    def add_header(self, key, val):
        self.headers[key.capitalize()] = val

    def add_unredirected_header(self, key, val):
        self.unredirected_hdrs[key.capitalize()] = val

    def has_header(self, header_name):
        return any(header_name in table
                   for table in (self.headers, self.unredirected_hdrs))

    def get_header(self, header_name, default=None):
        for table in (self.headers, self.unredirected_hdrs):
            if header_name in table:
                return table[header_name]
        return default

    def remove_header(self, header_name):
        for table in (self.headers, self.unredirected_hdrs):
            table.pop(header_name, None)

    def header_items(self):
        """(name, value) of every header, the redirected ones winning."""
        return list({**self.unredirected_hdrs, **self.headers}.items())


def _handler_hooks(handler):
    """The names of the hooks a handler offers (x_open, x_request, x_response,
    x_error...)."""
    hooks = []
    for name in dir(handler):
        if name in ('redirect_request', 'do_open', 'proxy_open'):
            continue
        scheme, _, kind = name.partition('_')
        if not scheme or not kind:
            continue
        if kind in ('open', 'request', 'response') or kind.startswith('error'):
            hooks.append(name)
    return hooks


class OpenerDirector:
    """Runs a request through its handlers: *_request, *_open, *_response, errors."""

    def __init__(self):
        self.handlers = []
        self.addheaders = [('User-agent', f"Python-urllib/{__version__}")]

    def add_handler(self, handler):
        if not hasattr(handler, "add_parent"):
            raise TypeError("expected BaseHandler instance, got %r" % type(handler))
        if not _handler_hooks(handler):
            return
        bisect.insort(self.handlers, handler)
        handler.add_parent(self)

    def close(self):
        pass

    def _first(self, method_name, *args):
        """The first non-None answer of the handlers that have `method_name`."""
        for handler in self.handlers:
            method = getattr(handler, method_name, None)
            if method is None:
                continue
            result = method(*args)
            if result is not None:
                return result
        return None

    def open(self, fullurl, data=None, timeout=socket._GLOBAL_DEFAULT_TIMEOUT):
        """Fetch a URL or Request (data, if given, replaces the request's)."""
        if isinstance(fullurl, str):
            req = Request(fullurl, data)
        else:
            req = fullurl
            if data is not None:
                req.data = data
        req.timeout = timeout
        scheme = req.type
        for handler in self.handlers:
            pre = getattr(handler, scheme + '_request', None)
            if pre is not None:
                req = pre(req)
        response = self._open(req)
        for handler in self.handlers:
            post = getattr(handler, scheme + '_response', None)
            if post is not None:
                response = post(req, response)
        return response

    def _open(self, req):
        result = self._first('default_open', req)
        if result is not None:
            return result
        result = self._first(req.type + '_open', req)
        if result is not None:
            return result
        return self._first('unknown_open', req)

    def error(self, proto, *args):
        """Give an error to the handlers: for http, http_error_<code> then
        http_error_default."""
        if proto in ('http', 'https'):
            code = args[2]
            result = self._first('http_error_%s' % code, *args)
            if result is not None:
                return result
            return self._first('http_error_default', *args)
        return self._first(proto + '_error', *args)


def build_opener(*handlers):
    """An OpenerDirector with the default handlers, replaced or extended by
    `handlers` (classes or instances)."""
    opener = OpenerDirector()
    defaults = [ProxyHandler, UnknownHandler, HTTPHandler, HTTPDefaultErrorHandler,
                HTTPRedirectHandler, FileHandler, HTTPErrorProcessor, DataHandler]
    replaced = set()
    for default in defaults:
        for given in handlers:
            if isinstance(given, type):
                if issubclass(given, default):
                    replaced.add(default)
            elif isinstance(given, default):
                replaced.add(default)
    for default in defaults:
        if default not in replaced:
            opener.add_handler(default())
    for given in handlers:
        opener.add_handler(given() if isinstance(given, type) else given)
    return opener


class BaseHandler:
    """A handler: hooks named <scheme>_open and so on, ordered by handler_order."""

    handler_order = 500

    def add_parent(self, parent):
        self.parent = parent

    def close(self):
        pass

    def __lt__(self, other):
        if not hasattr(other, "handler_order"):
            return True
        return self.handler_order < other.handler_order


class HTTPErrorProcessor(BaseHandler):
    """Sends responses outside 2xx through the opener's error handlers."""

    handler_order = 1000

    def http_response(self, request, response):
        code, msg, hdrs = response.code, response.msg, response.info()
        if not 200 <= code < 300:
            response = self.parent.error('http', request, response, code, msg, hdrs)
        return response

    https_response = http_response


class HTTPDefaultErrorHandler(BaseHandler):
    """The last resort for an error status: raise HTTPError."""

    def http_error_default(self, req, fp, code, msg, hdrs):
        raise HTTPError(req.full_url, code, msg, hdrs, fp)


class HTTPRedirectHandler(BaseHandler):
    """Follows 301/302/303/307/308 (a POST becomes a GET for 301-303), at most
    max_redirections times and max_repeats times to one URL."""

    max_repeats = 4
    max_redirections = 10
    inf_msg = "The HTTP server returned a redirect error that would " \
              "lead to an infinite loop.\n" \
              "The last 30x error message was:\n"

    def redirect_request(self, req, fp, code, msg, headers, newurl):
        """The Request to send for a redirect, or None; HTTPError if not allowed."""
        method = req.get_method()
        keeps_method = code in (301, 302, 303, 307, 308) and method in ("GET", "HEAD")
        post_to_get = code in (301, 302, 303) and method == "POST"
        if not (keeps_method or post_to_get):
            raise HTTPError(req.full_url, code, msg, headers, fp)
        newurl = newurl.replace(' ', '%20')
        kept = {name: value for name, value in req.headers.items()
                if name.lower() not in ("content-length", "content-type")}
        return Request(newurl, headers=kept, origin_req_host=req.origin_req_host,
                       unverifiable=True)

    def http_error_302(self, req, fp, code, msg, headers):
        if "location" in headers:
            newurl = headers["location"]
        elif "uri" in headers:
            newurl = headers["uri"]
        else:
            return None
        parts = urlparse(newurl)
        if parts.scheme not in ('http', 'https', 'ftp', ''):
            raise HTTPError(newurl, code,
                            "%s - Redirection to url '%s' is not allowed" % (msg, newurl),
                            headers, fp)
        if not parts.path and parts.netloc:
            parts = list(parts)
            parts[2] = "/"
        newurl = urlunparse(parts)
        newurl = quote(newurl, encoding="iso-8859-1", safe=string.punctuation)
        newurl = urljoin(req.full_url, newurl)
        new = self.redirect_request(req, fp, code, msg, headers, newurl)
        if new is None:
            return None
        visited = getattr(req, 'redirect_dict', None)
        if visited is not None:
            if visited.get(newurl, 0) >= self.max_repeats or \
                    len(visited) >= self.max_redirections:
                raise HTTPError(req.full_url, code, self.inf_msg + msg, headers, fp)
        else:
            visited = {}
        req.redirect_dict = new.redirect_dict = visited
        visited[newurl] = visited.get(newurl, 0) + 1
        # Read the redirect's body so the connection can be let go.
        fp.read()
        fp.close()
        return self.parent.open(new, timeout=req.timeout)

    http_error_301 = http_error_303 = http_error_307 = http_error_308 = http_error_302


def getproxies():
    """{scheme: proxy URL} from the environment's <scheme>_proxy variables."""
    found = {}
    for name, value in os.environ.items():
        lowered = name.lower()
        if value and lowered.endswith('_proxy'):
            found[lowered[:-6]] = value
    for name, value in os.environ.items():
        if name.endswith('_proxy') and name.islower():
            if value:
                found[name[:-6]] = value
            else:
                found.pop(name[:-6], None)
    # A CGI script's HTTP_PROXY comes from the client's Proxy header: not trusted.
    if 'REQUEST_METHOD' in os.environ:
        found.pop('http', None)
    return found


def proxy_bypass(host):
    """Whether `host` is in no_proxy (or is '*' everywhere)."""
    listed = os.environ.get('no_proxy') or os.environ.get('NO_PROXY') or ''
    if listed == '*':
        return True
    bare = host.split(':')[0].lower()
    for entry in listed.split(','):
        entry = entry.strip().lstrip('.').lower()
        if entry and (bare == entry or bare.endswith('.' + entry)):
            return True
    return False


class ProxyHandler(BaseHandler):
    """Sends requests for the schemes in `proxies` (default: the environment's)
    through those proxies."""

    handler_order = 100

    def __init__(self, proxies=None):
        if proxies is None:
            proxies = getproxies()
        if not hasattr(proxies, 'keys'):
            raise TypeError("proxies must be a mapping")
        self.proxies = proxies
        for scheme, url in proxies.items():
            scheme = scheme.lower()
            setattr(self, '%s_open' % scheme,
                    lambda r, proxy=url, type=scheme: self.proxy_open(r, proxy, type))

    def proxy_open(self, req, proxy, type):
        original_type = req.type
        parts = urlsplit(proxy if '://' in proxy else '//' + proxy)
        proxy_type = parts.scheme or original_type
        if req.host and proxy_bypass(req.host):
            return None
        if parts.username is not None:
            credentials = '%s:%s' % (unquote(parts.username), unquote(parts.password or ''))
            token = base64.b64encode(credentials.encode()).decode("ascii")
            req.add_header('Proxy-authorization', 'Basic ' + token)
        host = parts.hostname + ('' if parts.port is None else ':%d' % parts.port)
        req.set_proxy(unquote(host), proxy_type)
        if original_type == proxy_type or original_type == 'https':
            return None
        return self.parent.open(req, timeout=req.timeout)


class AbstractHTTPHandler(BaseHandler):
    """The http_request fix-ups (Host, Content-type/-length, opener headers) and
    do_open, which sends the request over an http.client connection."""

    def __init__(self, debuglevel=None):
        self._debuglevel = debuglevel if debuglevel is not None else \
            http.client.HTTPConnection.debuglevel

    def set_http_debuglevel(self, level):
        self._debuglevel = level

    def do_request_(self, request):
        host = request.host
        if not host:
            raise URLError('no host given')
        if request.data is not None:
            data = request.data
            if isinstance(data, str):
                raise TypeError("POST data should be bytes, an iterable of bytes, "
                                "or a file object. It cannot be of type str.")
            if not request.has_header('Content-type'):
                request.add_unredirected_header(
                    'Content-type', 'application/x-www-form-urlencoded')
            if not request.has_header('Content-length') and \
                    not request.has_header('Transfer-encoding'):
                length = http.client._body_length(data)
                if length is not None:
                    request.add_unredirected_header('Content-length', str(length))
                else:
                    request.add_unredirected_header('Transfer-encoding', 'chunked')
        sel_host = host
        if request.has_proxy():
            sel_host = urlsplit(request.selector).netloc or host
        if not request.has_header('Host'):
            request.add_unredirected_header('Host', sel_host)
        for name, value in self.parent.addheaders:
            name = name.capitalize()
            if not request.has_header(name):
                request.add_unredirected_header(name, value)
        return request

    def do_open(self, http_class, req, **http_conn_args):
        """Send `req` on a new `http_class` connection; the response, as urlopen
        returns it."""
        host = req.host
        if not host:
            raise URLError('no host given')
        conn = http_class(host, timeout=req.timeout, **http_conn_args)
        conn.set_debuglevel(self._debuglevel)
        headers = dict(req.unredirected_hdrs)
        headers.update({k: v for k, v in req.headers.items() if k not in headers})
        # One request per connection: the response's end is the connection's close.
        headers["Connection"] = "close"
        headers = {name.title(): value for name, value in headers.items()}
        try:
            try:
                conn.request(req.get_method(), req.selector, req.data, headers,
                             encode_chunked=req.has_header('Transfer-encoding'))
            except OSError as err:
                raise URLError(err)
            response = conn.getresponse()
        except BaseException:
            conn.close()
            raise
        if conn.sock:
            conn.sock.close()
            conn.sock = None
        response.url = req.get_full_url()
        response.msg = response.reason
        return response


class HTTPHandler(AbstractHTTPHandler):
    """http: URLs."""

    def http_open(self, req):
        return self.do_open(http.client.HTTPConnection, req)

    http_request = AbstractHTTPHandler.do_request_


class UnknownHandler(BaseHandler):
    """The last resort for a scheme nobody handles."""

    def unknown_open(self, req):
        raise URLError('unknown url type: %s' % req.type)


def url2pathname(pathname):
    """The local path of a file: URL's path."""
    return unquote(pathname)


def pathname2url(pathname):
    """The URL path of a local path."""
    return quote(pathname)


class FileHandler(BaseHandler):
    """file: URLs on this machine: the file with Content-type/-length and
    Last-modified."""

    names = None

    def get_names(self):
        if FileHandler.names is None:
            names = {'localhost', '127.0.0.1'}
            try:
                names.add(socket.gethostname())
            except OSError:
                pass
            FileHandler.names = tuple(names)
        return FileHandler.names

    def file_open(self, req):
        url = req.selector
        if url[:2] == '//' and url[2:3] != '/' and req.host and req.host != 'localhost':
            if req.host not in self.get_names():
                raise URLError("file:// scheme is supported only on localhost")
        return self.open_local_file(req)

    def open_local_file(self, req):
        host = req.host
        filename = req.selector
        local = url2pathname(filename)
        try:
            info = os.stat(local)
            modified = formatdate(info.st_mtime, usegmt=True)
            ctype = _guess_file_type(filename)
            headers = message_from_string(
                'Content-type: %s\nContent-length: %d\nLast-modified: %s\n'
                % (ctype or 'text/plain', info.st_size, modified))
            if host:
                host, _, port = host.partition(':')
            if not host or (not port and host in self.get_names()):
                origin = 'file://' + (host + filename if host else filename)
                return addinfourl(open(local, 'rb'), headers, origin)
        except OSError as exc:
            raise URLError(exc, exc.filename)
        raise URLError('file not on local host')


def _guess_file_type(name):
    from http.server import _CONTENT_TYPES
    return _CONTENT_TYPES.get(posixpath.splitext(name)[1].lower())


class DataHandler(BaseHandler):
    """data: URLs (RFC 2397): data:[<mediatype>][;base64],<data>."""

    def data_open(self, req):
        url = req.full_url
        scheme, data = url.split(":", 1)
        mediatype, data = data.split(",", 1)
        data = unquote_to_bytes(data)
        if mediatype.endswith(";base64"):
            data = base64.decodebytes(data)
            mediatype = mediatype[:-len(";base64")]
        if not mediatype:
            mediatype = "text/plain;charset=US-ASCII"
        headers = message_from_string("Content-type: %s\nContent-length: %d\n"
                                            % (mediatype, len(data)))
        return addinfourl(BytesIO(data), headers, url)


def parse_http_list(s):
    """Split a comma-separated header value, keeping quoted strings whole."""
    items = []
    current = []
    quoted = escaped = False
    for ch in s:
        if escaped:
            current.append(ch)
            escaped = False
        elif quoted and ch == '\\':
            escaped = True
        elif ch == '"':
            quoted = not quoted
            current.append(ch)
        elif ch == ',' and not quoted:
            items.append(''.join(current))
            current = []
        else:
            current.append(ch)
    if current:
        items.append(''.join(current))
    return [item.strip() for item in items]


def parse_keqv_list(l):
    """{key: value} of 'key=value' items (quotes removed)."""
    parsed = {}
    for item in l:
        key, value = item.split('=', 1)
        if value[:1] == '"' and value[-1:] == '"':
            value = value[1:-1]
        parsed[key] = value
    return parsed

