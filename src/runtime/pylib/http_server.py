"""`http.server`: HTTP/1.0 and 1.1 servers on socketserver, as CPython 3.11 documents
them. BaseHTTPRequestHandler reads a request line and headers, calls `do_<METHOD>`, and
gives the handler send_response/send_header/end_headers/send_error (with the standard
HTML error page) and the common log format on stderr. SimpleHTTPRequestHandler serves
the files of a directory (GET/HEAD, index.html, directory listings, If-Modified-Since).

Written for coro from the documentation and python3's observable output. Not here:
CGIHTTPRequestHandler, the `python -m http.server` command line; content types come from
a small built-in table (coro has no `mimetypes`), unknown suffixes are
application/octet-stream.
"""

import os
import sys
import time
import socket
import shutil
import posixpath
import socketserver
from datetime import datetime, timedelta, timezone
from email.utils import formatdate, parsedate_to_datetime
from html import escape
from http import HTTPStatus
from http.client import HTTPMessage, HTTPException, LineTooLong, parse_headers
from io import BytesIO
from urllib.parse import quote, unquote, urlsplit, urlunsplit

__version__ = "0.6"

__all__ = ["HTTPServer", "ThreadingHTTPServer", "BaseHTTPRequestHandler",
           "SimpleHTTPRequestHandler"]


def _error_page_template():
    """The error page CPython's servers send, as a %-format over code/message/explain:
    an HTML document nested with four spaces a level."""
    tree = [(0, '<!DOCTYPE HTML>'), (0, '<html lang="en">'), (1, '<head>'),
            (2, '<meta charset="utf-8">'), (2, '<title>Error response</title>'),
            (1, '</head>'), (1, '<body>'), (2, '<h1>Error response</h1>'),
            (2, '<p>Error code: %(code)d</p>'), (2, '<p>Message: %(message)s.</p>'),
            (2, '<p>Error code explanation: %(code)s - %(explain)s.</p>'),
            (1, '</body>'), (0, '</html>')]
    return ''.join('    ' * depth + text + '\n' for depth, text in tree)


DEFAULT_ERROR_MESSAGE = _error_page_template()
DEFAULT_ERROR_CONTENT_TYPE = "text/html;charset=utf-8"

_MAX_REQUEST_LINE = 65536


class HTTPServer(socketserver.TCPServer):
    """A TCPServer that remembers its host name and port for the handlers."""

    allow_reuse_address = 1

    def server_bind(self):
        super().server_bind()
        self.server_port = self.server_address[1]
        self.server_name = socket.getfqdn(self.server_address[0])


class ThreadingHTTPServer(socketserver.ThreadingMixIn, HTTPServer):
    """An HTTPServer handling each connection in a daemon thread."""

    daemon_threads = True


class _BadRequest(Exception):
    """A request that got an error response already (raised inside parse_request)."""


class BaseHTTPRequestHandler(socketserver.StreamRequestHandler):
    """Reads one or more requests on a connection and dispatches to do_<METHOD>."""

    server_version = f"BaseHTTP/{__version__}"
    sys_version = f"Python/{sys.version.split()[0]}"
    protocol_version = "HTTP/1.0"
    default_request_version = "HTTP/0.9"
    error_content_type = DEFAULT_ERROR_CONTENT_TYPE
    error_message_format = DEFAULT_ERROR_MESSAGE
    MessageClass = HTTPMessage
    responses = {status: (status.phrase, status.description) for status in HTTPStatus}
    weekdayname = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
    monthname = [None, 'Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun',
                 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

    # -- reading a request

    def parse_request(self):
        """Read the request line (already in self.raw_requestline) and the headers.
        True when the request can be handled; otherwise an error was sent."""
        try:
            self._parse_request_line()
            self._read_request_headers()
        except _BadRequest:
            return False
        return True

    def _reject(self, code, message=None, explain=None):
        self.send_error(code, message, explain)
        raise _BadRequest()

    def _parse_request_line(self):
        self.command = None
        self.request_version = version = self.default_request_version
        self.close_connection = True
        line = str(self.raw_requestline, 'iso-8859-1').rstrip('\r\n')
        self.requestline = line
        words = line.split()
        if not words:
            raise _BadRequest()
        if len(words) >= 3:
            version = words[-1]
            if not version.startswith('HTTP/'):
                self._reject(HTTPStatus.BAD_REQUEST, "Bad request version (%r)" % version)
            number = version.split('/', 1)[1]
            pieces = number.split('.')
            if len(pieces) != 2 or not all(p.isdigit() and 0 < len(p) <= 10 and p.isascii()
                                           for p in pieces):
                self._reject(HTTPStatus.BAD_REQUEST, "Bad request version (%r)" % version)
            major, minor = int(pieces[0]), int(pieces[1])
            if (major, minor) >= (1, 1) and self.protocol_version >= "HTTP/1.1":
                self.close_connection = False
            if (major, minor) >= (2, 0):
                self._reject(HTTPStatus.HTTP_VERSION_NOT_SUPPORTED,
                             "Invalid HTTP version (%s)" % number)
            self.request_version = version
        if not 2 <= len(words) <= 3:
            self._reject(HTTPStatus.BAD_REQUEST, "Bad request syntax (%r)" % line)
        self.command, self.path = words[0], words[1]
        if len(words) == 2:
            # HTTP/0.9: a bare GET, answered without a status line or headers.
            self.close_connection = True
            if words[0] != 'GET':
                self._reject(HTTPStatus.BAD_REQUEST, "Bad HTTP/0.9 request type (%r)"
                             % words[0])
        # '//host/path' would be read as a network location by urllib.parse.
        if self.path.startswith('//'):
            self.path = '/' + self.path.lstrip('/')

    def _read_request_headers(self):
        try:
            self.headers = parse_headers(self.rfile, _class=self.MessageClass)
        except LineTooLong as err:
            # The page explains with the reading error's own text.
            self._reject(HTTPStatus.REQUEST_HEADER_FIELDS_TOO_LARGE, "Line too long",
                         str(err))
        except HTTPException as err:
            self._reject(HTTPStatus.REQUEST_HEADER_FIELDS_TOO_LARGE, "Too many headers",
                         str(err))
        connection = self.headers.get('Connection', '').lower()
        if connection == 'close':
            self.close_connection = True
        elif connection == 'keep-alive' and self.protocol_version >= "HTTP/1.1":
            self.close_connection = False
        expect = self.headers.get('Expect', '').lower()
        if expect == '100-continue' and self.protocol_version >= "HTTP/1.1" and \
                self.request_version >= "HTTP/1.1":
            if not self.handle_expect_100():
                raise _BadRequest()

    def handle_expect_100(self):
        """Answer 'Expect: 100-continue' with 100 Continue; False refuses the body."""
        self.send_response_only(HTTPStatus.CONTINUE)
        self.end_headers()
        return True

    def handle_one_request(self):
        """Read and answer one request (or note that the client went away)."""
        try:
            line = self.raw_requestline = self.rfile.readline(_MAX_REQUEST_LINE + 1)
            if not line:
                # End of the connection: nothing more will come.
                self.close_connection = True
            elif len(line) > _MAX_REQUEST_LINE:
                self.requestline = self.request_version = self.command = ''
                self.send_error(HTTPStatus.REQUEST_URI_TOO_LONG)
            elif self.parse_request():
                self._dispatch()
        except TimeoutError as err:
            self.log_error("Request timed out: %r", err)
            self.close_connection = True

    def _dispatch(self):
        """Call do_<COMMAND>, or answer 501 when the handler has none."""
        method = getattr(self, 'do_' + self.command, None)
        if method is None:
            self.send_error(HTTPStatus.NOT_IMPLEMENTED,
                            "Unsupported method (%r)" % self.command)
            return
        method()
        self.wfile.flush()

    def handle(self):
        """Answer requests until the connection is to be closed."""
        self.close_connection = True
        while True:
            self.handle_one_request()
            if self.close_connection:
                break

    # -- writing a response

    def send_error(self, code, message=None, explain=None):
        """Send an error status, and (unless HEAD or a bodiless status) the HTML page."""
        phrase, description = self.responses.get(code, ('???', '???'))
        if message is None:
            message = phrase
        if explain is None:
            explain = description
        self.log_error("code %d, message %s", code, message)
        self.send_response(code, message)
        self.send_header('Connection', 'close')
        # 1xx, 204, 205 and 304 responses have no body, so no page.
        has_page = code >= 200 and code not in (
            HTTPStatus.NO_CONTENT, HTTPStatus.RESET_CONTENT, HTTPStatus.NOT_MODIFIED)
        page = b''
        if has_page:
            fields = {'code': code, 'message': escape(message, quote=False),
                      'explain': escape(explain, quote=False)}
            page = (self.error_message_format % fields).encode('UTF-8', 'replace')
            for name, value in (("Content-Type", self.error_content_type),
                                ('Content-Length', str(len(page)))):
                self.send_header(name, value)
        self.end_headers()
        if page and self.command != 'HEAD':
            self.wfile.write(page)

    def send_response(self, code, message=None):
        """Log the request, then start the response with Server and Date headers."""
        self.log_request(code)
        self.send_response_only(code, message)
        for name, value in (('Server', self.version_string()),
                            ('Date', self.date_time_string())):
            self.send_header(name, value)

    def send_response_only(self, code, message=None):
        """The status line alone (nothing for an HTTP/0.9 request)."""
        if self.request_version == 'HTTP/0.9':
            return
        if message is None:
            message = self.responses[code][0] if code in self.responses else ''
        self._buffer_line("%s %d %s" % (self.protocol_version, code, message))

    def _buffer_line(self, text):
        if not hasattr(self, '_headers_buffer'):
            self._headers_buffer = []
        self._headers_buffer.append(("%s\r\n" % text).encode('latin-1', 'strict'))

    def send_header(self, keyword, value):
        """One header line; 'Connection: close/keep-alive' also decides the connection."""
        if self.request_version != 'HTTP/0.9':
            self._buffer_line("%s: %s" % (keyword, value))
        if keyword.lower() == 'connection':
            wish = value.lower()
            if wish in ('close', 'keep-alive'):
                self.close_connection = wish == 'close'

    def end_headers(self):
        """End the head with a blank line and send it."""
        if self.request_version != 'HTTP/0.9':
            self._buffer_line('')
            self.flush_headers()

    def flush_headers(self):
        if hasattr(self, '_headers_buffer'):
            self.wfile.write(b''.join(self._headers_buffer))
            self._headers_buffer = []

    # -- logging

    def log_request(self, code='-', size='-'):
        if isinstance(code, HTTPStatus):
            code = code.value
        self.log_message('"%s" %s %s', self.requestline, str(code), str(size))

    def log_error(self, format, *args):
        self.log_message(format, *args)

    def log_message(self, format, *args):
        """'host - - [date] message' on stderr (the common log format)."""
        sys.stderr.write("%s - - [%s] %s\n" % (self.address_string(),
                                               self.log_date_time_string(),
                                               (format % args).translate(_LOG_ESCAPES)))

    def version_string(self):
        return self.server_version + ' ' + self.sys_version

    def date_time_string(self, timestamp=None):
        """The RFC 9110 date of timestamp (now by default), for Date headers."""
        return formatdate(time.time() if timestamp is None else timestamp, usegmt=True)

    def log_date_time_string(self):
        """Now, as the log shows it: 30/Nov/2026 06:36:33."""
        now = time.localtime(time.time())
        return "%02d/%3s/%04d %02d:%02d:%02d" % (
            now.tm_mday, self.monthname[now.tm_mon], now.tm_year,
            now.tm_hour, now.tm_min, now.tm_sec)

    def address_string(self):
        return self.client_address[0]


def _unquote_path(path):
    """Percent-decoding of a URL path; lone surrogates kept where UTF-8 allows."""
    try:
        return unquote(path, errors='surrogatepass')
    except UnicodeDecodeError:
        return unquote(path)


# Control characters in logged text are shown escaped, so a log line stays one line.
_LOG_ESCAPES = {c: r'\x%02x' % c for c in list(range(0x20)) + [0x7f]}

# Content types by suffix (a built-in table: coro has no mimetypes module).
_CONTENT_TYPES = {
    '.html': 'text/html', '.htm': 'text/html', '.txt': 'text/plain',
    '.css': 'text/css', '.js': 'text/javascript', '.mjs': 'text/javascript',
    '.json': 'application/json', '.xml': 'text/xml', '.csv': 'text/csv',
    '.py': 'text/x-python', '.md': 'text/markdown', '.png': 'image/png',
    '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg', '.gif': 'image/gif',
    '.svg': 'image/svg+xml', '.ico': 'image/vnd.microsoft.icon',
    '.webp': 'image/webp', '.pdf': 'application/pdf', '.zip': 'application/zip',
    '.tar': 'application/x-tar', '.wasm': 'application/wasm', '.mp3': 'audio/mpeg',
    '.mp4': 'video/mp4', '.wav': 'audio/x-wav', '.woff': 'font/woff',
    '.woff2': 'font/woff2',
}


class SimpleHTTPRequestHandler(BaseHTTPRequestHandler):
    """Serves the files under `directory` (the current directory by default)."""

    server_version = "SimpleHTTP/" + __version__
    # Compressed files are served as what they are, not as their contents' type.
    extensions_map = {'.gz': 'application/gzip', '.Z': 'application/octet-stream',
                      '.bz2': 'application/x-bzip2', '.xz': 'application/x-xz'}

    def __init__(self, *args, directory=None, **kwargs):
        self.directory = os.fspath(os.getcwd() if directory is None else directory)
        super().__init__(*args, **kwargs)

    def do_GET(self):
        body = self.send_head()
        if body:
            try:
                self.copyfile(body, self.wfile)
            finally:
                body.close()

    def do_HEAD(self):
        body = self.send_head()
        if body:
            body.close()

    def send_head(self):
        """Send the head for self.path; the open file (or listing) to send, or None."""
        path = self.translate_path(self.path)
        if os.path.isdir(path):
            address = urlsplit(self.path)
            if not address.path.endswith('/'):
                self.send_response(HTTPStatus.MOVED_PERMANENTLY)
                self.send_header("Location", urlunsplit(
                    address._replace(path=address.path + '/')))
                self.send_header("Content-Length", "0")
                self.end_headers()
                return None
            index = self._index_file(path)
            if index is None:
                return self.list_directory(path)
            path = index
        ctype = self.guess_type(path)
        stream = None
        if not path.endswith("/"):
            try:
                stream = open(path, 'rb')
            except OSError:
                pass
        if stream is None:
            self.send_error(HTTPStatus.NOT_FOUND, "File not found")
            return None
        try:
            info = os.fstat(stream.fileno())
            if self._not_modified_since(info.st_mtime):
                self.send_response(HTTPStatus.NOT_MODIFIED)
                self.end_headers()
                stream.close()
                return None
            self.send_response(HTTPStatus.OK)
            self.send_header("Content-type", ctype)
            self.send_header("Content-Length", str(info.st_size))
            self.send_header("Last-Modified", self.date_time_string(info.st_mtime))
            self.end_headers()
            return stream
        except BaseException:
            stream.close()
            raise

    @staticmethod
    def _index_file(folder):
        for name in ("index.html", "index.htm"):
            candidate = os.path.join(folder, name)
            if os.path.isfile(candidate):
                return candidate
        return None

    def _not_modified_since(self, mtime):
        since = self.headers.get("If-Modified-Since")
        if not since or "If-None-Match" in self.headers:
            return False
        try:
            stamp = parsedate_to_datetime(since)
        except (TypeError, IndexError, OverflowError, ValueError):
            return False
        if stamp.tzinfo is None:
            stamp = stamp.replace(tzinfo=timezone.utc)
        if stamp.tzinfo is not timezone.utc and \
                stamp.utcoffset() != timedelta(0):
            return False
        modified = datetime.fromtimestamp(mtime, timezone.utc)
        return modified.replace(microsecond=0) <= stamp

    def list_directory(self, path):
        """An HTML page listing the directory, as a file to send (headers sent)."""
        try:
            names = os.listdir(path)
        except OSError:
            self.send_error(HTTPStatus.NOT_FOUND, "No permission to list directory")
            return None
        names.sort(key=lambda name: name.lower())
        shown_path = escape(_unquote_path(self.path), quote=False)
        charset = sys.getfilesystemencoding()
        title = 'Directory listing for ' + shown_path
        items = []
        for name in names:
            full = os.path.join(path, name)
            label = link = name
            if os.path.isdir(full):
                label = link = name + '/'
            if os.path.islink(full):
                label = name + '@'
            items.append('<li><a href="%s">%s</a></li>' % (
                quote(link, errors='surrogatepass'),
                escape(label, quote=False)))
        page = ['<!DOCTYPE HTML>', '<html lang="en">', '<head>',
                '<meta charset="%s">' % charset,
                '<title>%s</title>\n</head>' % title,
                '<body>\n<h1>%s</h1>' % title, '<hr>\n<ul>']
        page.extend(items)
        page.append('</ul>\n<hr>\n</body>\n</html>\n')
        data = '\n'.join(page).encode(charset, 'surrogateescape')
        self.send_response(HTTPStatus.OK)
        self.send_header("Content-type", "text/html; charset=%s" % charset)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        return BytesIO(data)

    def translate_path(self, path):
        """The file-system path under self.directory that a URL path names ('..' and
        other tricks cannot leave the directory)."""
        path = path.split('?', 1)[0].split('#', 1)[0]
        wants_dir = path.rstrip().endswith('/')
        path = _unquote_path(path)
        result = self.directory
        for word in posixpath.normpath(path).split('/'):
            if not word or os.path.dirname(word) or word in (os.curdir, os.pardir):
                continue
            result = os.path.join(result, word)
        if wants_dir:
            result += '/'
        return result

    def copyfile(self, source, outputfile):
        shutil.copyfileobj(source, outputfile)

    def guess_type(self, path):
        """The content type for a file name, by its suffix."""
        base, suffix = posixpath.splitext(path)
        if suffix in self.extensions_map:
            return self.extensions_map[suffix]
        lowered = suffix.lower()
        if lowered in self.extensions_map:
            return self.extensions_map[lowered]
        return _CONTENT_TYPES.get(lowered, 'application/octet-stream')


def test(HandlerClass=BaseHTTPRequestHandler, ServerClass=ThreadingHTTPServer,
         protocol="HTTP/1.0", port=8000, bind=None):
    """Serve on port until interrupted (what `python -m http.server` runs)."""
    HandlerClass.protocol_version = protocol
    with ServerClass((bind or '', port), HandlerClass) as httpd:
        host, port = httpd.socket.getsockname()[:2]
        shown = f'[{host}]' if ':' in host else host
        print(f"Serving HTTP on {host} port {port} (http://{shown}:{port}/) ...")
        try:
            httpd.serve_forever()
        except KeyboardInterrupt:
            sys.exit(print("\nKeyboard interrupt received, exiting."))
