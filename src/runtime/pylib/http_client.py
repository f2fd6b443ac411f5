"""`http.client`: the client side of HTTP/1.1 (RFC 9110/9112) over blocking sockets, as
CPython 3.11 documents it. HTTPConnection sends requests (request(), or putrequest/
putheader/endheaders/send step by step) and getresponse() reads an HTTPResponse: status
line, headers (an HTTPMessage, i.e. an email Message), and a body framed by
Content-Length, chunked transfer coding, or the connection's close.

A connection carries one request at a time: its state goes idle -> request started ->
request sent -> (response read) idle, and the CannotSend*/ResponseNotReady errors say
which step was out of order.

Written for coro from the documentation and RFC 9112. Not here: HTTPSConnection (coro
has no ssl module, so, as in a CPython built without ssl, the name does not exist),
set_tunnel's CONNECT proxying, debuglevel output.
"""

import email.message
import email.parser
import io
import re
import socket
from http import HTTPStatus
from urllib.parse import urlsplit

__all__ = ["HTTPResponse", "HTTPConnection", "HTTPException", "NotConnected",
           "UnknownProtocol", "UnknownTransferEncoding", "UnimplementedFileMode",
           "IncompleteRead", "InvalidURL", "ImproperConnectionState", "CannotSendRequest",
           "CannotSendHeader", "ResponseNotReady", "BadStatusLine", "LineTooLong",
           "RemoteDisconnected", "error", "responses"]

HTTP_PORT, HTTPS_PORT = 80, 443

# Every status as a module constant (OK, NOT_FOUND, ...), and code -> reason phrase.
globals().update(HTTPStatus.__members__)
responses = {status.value: status.phrase for status in HTTPStatus}

_MAXLINE = 65536
_MAXHEADERS = 100

# Connection states: what the next call on the connection may be.
_IDLE = 'Idle'
_STARTED = 'Request-started'
_SENT = 'Request-sent'

_METHODS_WITH_BODY = {'PATCH', 'POST', 'PUT'}
_TOKEN = re.compile(rb'^[^:\s][^:\r\n]*$')
_BAD_VALUE = re.compile(rb'\n(?![ \t])|\r(?![ \t\n])')
_CONTROL_IN_URL = re.compile('[\x00-\x20\x7f]')
_CONTROL_IN_METHOD = re.compile('[\x00-\x1f]')


class HTTPException(Exception):
    """The base of this module's errors."""


def _plain_error(name, base=HTTPException):
    return type(name, (base,), {'__module__': __name__})


NotConnected = _plain_error('NotConnected')
InvalidURL = _plain_error('InvalidURL')
UnknownTransferEncoding = _plain_error('UnknownTransferEncoding')
UnimplementedFileMode = _plain_error('UnimplementedFileMode')
ImproperConnectionState = _plain_error('ImproperConnectionState')
CannotSendRequest = _plain_error('CannotSendRequest', ImproperConnectionState)
CannotSendHeader = _plain_error('CannotSendHeader', ImproperConnectionState)
ResponseNotReady = _plain_error('ResponseNotReady', ImproperConnectionState)
error = HTTPException


class UnknownProtocol(HTTPException):
    """A status line with an HTTP version this client does not speak."""

    def __init__(self, version):
        super().__init__(version)
        self.version = version


class IncompleteRead(HTTPException):
    """The body ended early: `partial` was read, `expected` more were announced."""

    def __init__(self, partial, expected=None):
        super().__init__(partial)
        self.partial, self.expected = partial, expected

    def __repr__(self):
        more = '' if self.expected is None else ', %i more expected' % self.expected
        return '%s(%i bytes read%s)' % (type(self).__name__, len(self.partial), more)

    def __str__(self):
        return repr(self)


class BadStatusLine(HTTPException):
    """A status line that is no HTTP status line (an empty one is shown as "''")."""

    def __init__(self, line):
        shown = line or repr(line)
        super().__init__(shown)
        self.line = shown


class LineTooLong(HTTPException):
    """A status, header or chunk-size line longer than _MAXLINE."""

    def __init__(self, line_type):
        super().__init__(f"got more than {_MAXLINE} bytes when reading {line_type}")


class RemoteDisconnected(ConnectionResetError, BadStatusLine):
    """The server closed the connection instead of answering."""

    def __init__(self, *pos, **kw):
        BadStatusLine.__init__(self, "")
        ConnectionResetError.__init__(self, *pos, **kw)


class HTTPMessage(email.message.Message):
    """The headers of a response (or request): an email Message with one extra."""

    def getallmatchingheaders(self, name):
        """The raw 'Name: value' lines of header `name` (for old callers)."""
        wanted = name.lower() + ':'
        lines = []
        taking = False
        for key in self.keys():
            if (key.lower() + ':').startswith(wanted):
                taking = True
            elif not key[:1].isspace():
                taking = False
            if taking:
                lines.append(key)
        return lines


def _read_header_lines(fp):
    """The header lines of a message up to (not including) the blank line."""
    lines = []
    for line in iter(lambda: fp.readline(_MAXLINE + 1), None):
        if len(line) > _MAXLINE:
            raise LineTooLong("header line")
        if line in (b'\r\n', b'\n', b''):
            return lines
        lines.append(line)
        if len(lines) > _MAXHEADERS:
            raise HTTPException("got more than %d headers" % _MAXHEADERS)


def parse_headers(fp, _class=HTTPMessage):
    """Read headers from a binary file up to the blank line; an HTTPMessage of them."""
    text = b''.join(_read_header_lines(fp)).decode('iso-8859-1')
    return email.parser.Parser(_class=_class).parsestr(text)


class HTTPResponse(io.BufferedIOBase):
    """One response: status, reason, version, headers, and the body as a file."""

    def __init__(self, sock, debuglevel=0, method=None, url=None):
        self.fp = sock.makefile('rb')
        self.debuglevel = debuglevel
        self._method = method
        self.headers = self.msg = None
        self.version = 'UNKNOWN'
        self.status = 'UNKNOWN'
        self.reason = 'UNKNOWN'
        self.chunked = 'UNKNOWN'
        self.chunk_left = 'UNKNOWN'
        self.length = 'UNKNOWN'
        self.will_close = 'UNKNOWN'
        self.url = url

    # -- reading the head

    def _status_line(self):
        line = self.fp.readline(_MAXLINE + 1)
        if len(line) > _MAXLINE:
            raise LineTooLong("status line")
        text = str(line, 'iso-8859-1')
        if not text:
            # The server closed the connection before sending a status line.
            raise RemoteDisconnected("Remote end closed connection without response")
        parts = text.split(None, 2)
        if len(parts) < 2:
            raise BadStatusLine(text)
        version, code = parts[0], parts[1]
        reason = parts[2] if len(parts) > 2 else ''
        if not version.startswith('HTTP/'):
            self._close_conn()
            raise BadStatusLine(text)
        try:
            status = int(code)
        except ValueError:
            raise BadStatusLine(text)
        if not 100 <= status <= 999 or len(code) != 3:
            raise BadStatusLine(text)
        return version, status, reason.strip()

    def begin(self):
        """Read the status line and headers (skipping any 100 Continue)."""
        if self.headers is not None:
            return
        while True:
            version, status, reason = self._status_line()
            if status != 100:
                break
            _read_header_lines(self.fp)
        self.code = self.status = status
        self.reason = reason
        if version in ('HTTP/1.0', 'HTTP/0.9'):
            self.version = 10
        elif version.startswith('HTTP/1.'):
            self.version = 11
        else:
            raise UnknownProtocol(version)
        self.headers = self.msg = parse_headers(self.fp)
        coding = self.headers.get('transfer-encoding')
        self.chunked = bool(coding) and coding.lower() == 'chunked'
        self.chunk_left = None
        self.will_close = self._closes_after()
        self.length = None
        declared = self.headers.get('content-length')
        if declared and not self.chunked:
            try:
                self.length = int(declared)
            except ValueError:
                self.length = None
            else:
                if self.length < 0:
                    self.length = None
        if status in (HTTPStatus.NO_CONTENT, HTTPStatus.NOT_MODIFIED) or \
                100 <= status < 200 or self._method == 'HEAD':
            self.length = 0
        if not self.will_close and not self.chunked and self.length is None:
            self.will_close = True

    def _closes_after(self):
        connection = self.headers.get('connection')
        if self.version == 11:
            return bool(connection) and 'close' in connection.lower()
        if self.headers.get('keep-alive'):
            return False
        if connection and 'keep-alive' in connection.lower():
            return False
        proxy = self.headers.get('proxy-connection')
        return not (proxy and 'keep-alive' in proxy.lower())

    # -- closing

    def _close_conn(self):
        fp, self.fp = self.fp, None
        if fp is not None:
            fp.close()

    def close(self):
        try:
            io.BufferedIOBase.close(self)
        finally:
            self._close_conn()

    def flush(self):
        io.BufferedIOBase.flush(self)
        fp = self.fp
        if fp:
            fp.flush()

    def readable(self):
        return True

    def isclosed(self):
        """True when the body has been read to its end (or the response closed)."""
        return self.fp is None

    def fileno(self):
        return self.fp.fileno()

    # -- reading the body

    def read(self, amt=None):
        """The body (or up to amt bytes of it); b'' once it is all read."""
        if self.fp is None:
            return b''
        if self._method == 'HEAD':
            self._close_conn()
            return b''
        if self.chunked:
            return self._read_chunked(amt)
        if amt is not None and amt >= 0:
            if self.length is not None and amt > self.length:
                amt = self.length
            data = self.fp.read(amt)
            if not data and amt:
                self._close_conn()
            elif self.length is not None:
                self.length -= len(data)
                if not self.length:
                    self._close_conn()
            return data
        if self.length is None:
            data = self.fp.read()
        else:
            data = self._read_exactly(self.length)
            self.length = 0
        self._close_conn()
        return data

    def _read_exactly(self, count):
        data = self.fp.read(count)
        if len(data) < count:
            raise IncompleteRead(data, count - len(data))
        return data

    def _next_chunk_size(self):
        line = self.fp.readline(_MAXLINE + 1)
        if len(line) > _MAXLINE:
            raise LineTooLong("chunk size")
        size_text = line.split(b';', 1)[0]
        try:
            return int(size_text, 16)
        except ValueError:
            self._close_conn()
            raise

    def _chunk_left(self):
        """Bytes left in the current chunk; 0 at the end (trailers consumed)."""
        if self.chunk_left:
            return self.chunk_left
        if self.chunk_left is not None:
            # The CRLF after the previous chunk's data.
            self._read_exactly(2)
        try:
            size = self._next_chunk_size()
        except ValueError:
            raise IncompleteRead(b'')
        if size == 0:
            # Trailers up to the blank line, then the response is over.
            _read_header_lines(self.fp)
            self._close_conn()
            self.chunk_left = None
            return 0
        self.chunk_left = size
        return size

    def _read_chunked(self, amt=None):
        pieces = []
        try:
            while amt is None or amt > 0:
                left = self._chunk_left()
                if not left:
                    break
                take = left if amt is None else min(left, amt)
                pieces.append(self._read_exactly(take))
                self.chunk_left = left - take
                if amt is not None:
                    amt -= take
        except IncompleteRead as exc:
            raise IncompleteRead(b''.join(pieces) + exc.partial) from exc
        return b''.join(pieces)

    def readinto(self, b):
        data = self.read(len(b))
        b[:len(data)] = data
        return len(data)

    def read1(self, n=-1):
        return self.read(None if n is None or n < 0 else n)

    def peek(self, n=-1):
        if self.fp is None or self._method == 'HEAD':
            return b''
        return self.fp.peek(n) if hasattr(self.fp, 'peek') else b''

    def readline(self, limit=-1):
        """One line of the body (up to limit bytes)."""
        if self.fp is None or self._method == 'HEAD':
            return b''
        if self.chunked:
            line = bytearray()
            while limit < 0 or len(line) < limit:
                byte = self._read_chunked(1)
                if not byte:
                    break
                line += byte
                if byte == b'\n':
                    break
            return bytes(line)
        if self.length is not None and (limit < 0 or limit > self.length):
            limit = self.length
        line = self.fp.readline(limit)
        if not line and limit:
            self._close_conn()
        elif self.length is not None:
            self.length -= len(line)
            if not self.length:
                self._close_conn()
        return line

    def __iter__(self):
        while True:
            line = self.readline()
            if not line:
                return
            yield line

    # -- the head, for callers

    def getheader(self, name, default=None):
        """The value of header `name` (several joined with ', '), or default."""
        if self.headers is None:
            raise ResponseNotReady()
        values = self.headers.get_all(name) or default
        if isinstance(values, str) or not hasattr(values, '__iter__'):
            return values
        return ', '.join(values)

    def getheaders(self):
        """[(name, value)] of every header."""
        if self.headers is None:
            raise ResponseNotReady()
        return list(self.headers.items())

    def info(self):
        return self.headers

    def geturl(self):
        return self.url

    def getcode(self):
        return self.status

    def __enter__(self):
        return self

    def __exit__(self, *exc_info):
        self.close()


def _check_method(method):
    found = _CONTROL_IN_METHOD.search(method)
    if found:
        raise ValueError("method can't contain control characters. %r (found at least %r)"
                         % (method, found.group()))


def _check_url(url):
    found = _CONTROL_IN_URL.search(url)
    if found:
        raise InvalidURL("URL can't contain control characters. %r (found at least %r)"
                         % (url, found.group()))


def _split_host_port(host, port, default_port):
    """(host, port) from 'host', 'host:port' or '[v6]:port' when port is None."""
    if port is None:
        colon = host.rfind(':')
        bracket = host.rfind(']')
        if colon > bracket:
            digits = host[colon + 1:]
            if digits:
                try:
                    port = int(digits)
                except ValueError:
                    raise InvalidURL("nonnumeric port: '%s'" % digits)
            else:
                port = default_port
            host = host[:colon]
        else:
            port = default_port
    if host[:1] == '[' and host[-1:] == ']':
        host = host[1:-1]
    return host, port


def _body_length(body):
    """The Content-Length a body has, or None when it must go chunked."""
    if body is None or hasattr(body, 'read'):
        return None
    if isinstance(body, str):
        return len(body)
    try:
        view = memoryview(body)
    except TypeError:
        # An iterable of pieces: its length is not known beforehand.
        return None
    return view.nbytes


class HTTPConnection:
    """A connection to one HTTP server, opened on first use, reused between requests."""

    default_port = HTTP_PORT
    auto_open = 1
    debuglevel = 0
    _http_vsn = 11
    _http_vsn_str = 'HTTP/1.1'
    response_class = HTTPResponse

    def __init__(self, host, port=None, timeout=socket._GLOBAL_DEFAULT_TIMEOUT,
                 source_address=None, blocksize=8192):
        self.timeout, self.source_address = timeout, source_address
        self.blocksize = blocksize
        self.sock = self._response = self._method = None
        self._state = _IDLE
        self._outgoing = []
        self._tunnel_host = self._tunnel_port = None
        self._tunnel_headers = {}
        self.host, self.port = _split_host_port(host, port, self.default_port)
        if not isinstance(self.host, str):
            raise TypeError('host must be str')

    def set_debuglevel(self, level):
        self.debuglevel = level

    def set_tunnel(self, host, port=None, headers=None):
        if self.sock:
            raise RuntimeError("Can't set up tunnel for established connection")
        self._tunnel_host, self._tunnel_port = _split_host_port(host, port,
                                                                self.default_port)
        self._tunnel_headers = dict(headers or {})

    def connect(self):
        """Open the socket to (host, port)."""
        self.sock = socket.create_connection((self.host, self.port), self.timeout,
                                             self.source_address)
        try:
            self.sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        except (OSError, AttributeError):
            pass

    def close(self):
        """Close the socket and forget any response in progress."""
        self._state = _IDLE
        try:
            sock, self.sock = self.sock, None
            if sock:
                sock.close()
        finally:
            response, self._response = self._response, None
            if response:
                response.close()

    def send(self, data):
        """Send bytes, a binary/text file (in blocksize pieces) or an iterable of bytes."""
        if self.sock is None:
            if not self.auto_open:
                raise NotConnected()
            self.connect()
        if hasattr(data, 'read'):
            text_mode = _is_text_file(data)
            while True:
                block = data.read(self.blocksize)
                if not block:
                    break
                if text_mode:
                    block = block.encode('iso-8859-1')
                self.sock.sendall(block)
            return
        try:
            self.sock.sendall(data)
        except TypeError:
            if hasattr(data, '__iter__'):
                for piece in data:
                    self.sock.sendall(piece)
            else:
                raise TypeError("data should be a bytes-like object "
                                "or an iterable, got %r" % type(data))

    def putrequest(self, method, url, skip_host=False, skip_accept_encoding=False):
        """Start a request: the request line, then Host and Accept-Encoding unless
        skipped."""
        if self._response and self._response.isclosed():
            self._response = None
        if self._state != _IDLE or self._response:
            raise CannotSendRequest(self._state)
        self._state = _STARTED
        _check_method(method)
        self._method = method
        url = url or '/'
        _check_url(url)
        self._outgoing = ['%s %s %s' % (method, url, self._http_vsn_str)]
        self._outgoing[0] = self._outgoing[0].encode('ascii')
        if skip_host:
            pass
        else:
            self.putheader('Host', self._host_header(url))
        if not skip_accept_encoding:
            self.putheader('Accept-Encoding', 'identity')

    def _host_header(self, url):
        netloc = ''
        if url.startswith('http'):
            netloc = urlsplit(url).netloc
        if netloc:
            return netloc.encode('idna') if not netloc.isascii() else netloc
        host = self._tunnel_host or self.host
        port = self._tunnel_port if self._tunnel_host else self.port
        if ':' in host:
            host = '[%s]' % host
        host = host.encode('idna').decode('ascii') if not host.isascii() else host
        if port == self.default_port:
            return host
        return '%s:%s' % (host, port)

    def putheader(self, header, *values):
        """Add one header line; several values are joined as folded lines."""
        if self._state != _STARTED:
            raise CannotSendHeader()
        if hasattr(header, 'encode'):
            header = header.encode('ascii')
        if not _TOKEN.match(header):
            raise ValueError('Invalid header name %r' % (header,))
        encoded = []
        for value in values:
            if hasattr(value, 'encode'):
                value = value.encode('latin-1')
            elif isinstance(value, int):
                value = str(value).encode('ascii')
            if _BAD_VALUE.search(value):
                raise ValueError('Invalid header value %r' % (value,))
            encoded.append(value)
        self._outgoing.append(header + b': ' + b'\r\n\t'.join(encoded))

    def endheaders(self, message_body=None, *, encode_chunked=False):
        """Send the head (and message_body, chunked if asked)."""
        if self._state != _STARTED:
            raise CannotSendHeader()
        self._state = _SENT
        self._send_head_and_body(message_body, encode_chunked)

    def _send_head_and_body(self, body, encode_chunked):
        head = b'\r\n'.join(self._outgoing) + b'\r\n\r\n'
        self._outgoing = []
        if isinstance(body, bytes) and not encode_chunked:
            # One send for a small request keeps it in one packet.
            self.send(head + body)
            return
        self.send(head)
        if body is None:
            return
        if not encode_chunked:
            self.send(body)
            return
        for piece in _pieces_of(body, self.blocksize):
            if not piece:
                continue
            self.send(b'%X\r\n' % len(piece) + piece + b'\r\n')
        self.send(b'0\r\n\r\n')

    def request(self, method, url, body=None, headers={}, *, encode_chunked=False):
        """Send a whole request: method, url, optional body and headers (a mapping)."""
        names = {name.lower() for name in headers}
        self.putrequest(method, url, skip_host='host' in names,
                        skip_accept_encoding='accept-encoding' in names)
        if 'content-length' not in names:
            if 'transfer-encoding' not in names:
                length = _body_length(body)
                if length is None and body is not None:
                    encode_chunked = True
                    self.putheader('Transfer-Encoding', 'chunked')
                elif length is not None:
                    self.putheader('Content-Length', str(length))
                elif method.upper() in _METHODS_WITH_BODY:
                    self.putheader('Content-Length', '0')
            else:
                encode_chunked = 'chunked' in str(headers.get(
                    next(n for n in headers if n.lower() == 'transfer-encoding'))).lower()
        else:
            encode_chunked = False
        for name, value in headers.items():
            self.putheader(name, value)
        if isinstance(body, str):
            try:
                body = body.encode('iso-8859-1')
            except UnicodeEncodeError as exc:
                raise UnicodeEncodeError(
                    exc.encoding, exc.object, exc.start, exc.end,
                    "%s (%.20r) is not valid Latin-1. Use %s.encode('utf-8') "
                    "if you want to send it encoded in UTF-8."
                    % ('Body', body[exc.start:exc.end], 'body'))
        self.endheaders(body, encode_chunked=encode_chunked)

    def getresponse(self):
        """Read the response to the request just sent."""
        if self._response and self._response.isclosed():
            self._response = None
        if self._state != _SENT or self._response:
            raise ResponseNotReady(self._state)
        response = self.response_class(self.sock, method=self._method)
        try:
            try:
                response.begin()
            except ConnectionError:
                # The server hung up: this connection cannot be used again.
                self.close()
                raise
            self._state = _IDLE
            if response.will_close:
                # The response's file keeps the socket open until the body is read.
                self.close()
            else:
                self._response = response
            return response
        except BaseException:
            response.close()
            raise


def _is_text_file(stream):
    try:
        return 'b' not in stream.mode
    except AttributeError:
        return isinstance(stream, io.TextIOBase)


def _pieces_of(body, blocksize):
    """The body as a series of bytes objects, for chunked sending."""
    if hasattr(body, 'read'):
        text_mode = _is_text_file(body)
        while True:
            block = body.read(blocksize)
            if not block:
                return
            yield block.encode('iso-8859-1') if text_mode else block
    elif isinstance(body, str):
        yield body.encode('iso-8859-1')
    elif isinstance(body, (bytes, bytearray, memoryview)):
        yield bytes(body)
    else:
        for piece in body:
            yield piece.encode('iso-8859-1') if isinstance(piece, str) else piece
