"""Running a WSGI application for a server: BaseHandler (the protocol: environ setup,
start_response, writing the status line, headers and body, error pages), SimpleHandler
over given streams, BaseCGIHandler/CGIHandler/IISCGIHandler for CGI, read_environ and
format_date_time."""

import os
import sys
import time

from wsgiref.headers import Headers
from wsgiref.util import FileWrapper, guess_scheme, is_hop_by_hop

__all__ = ["BaseHandler", "SimpleHandler", "BaseCGIHandler", "CGIHandler",
           "IISCGIHandler", "read_environ"]

_DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
_MONTHS = [None, "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
           "Nov", "Dec"]


def format_date_time(timestamp):
    """An HTTP date (RFC 1123, GMT) for a POSIX timestamp."""
    y, mo, d, h, mi, s, wd, _, _ = time.gmtime(timestamp)
    return "%s, %02d %3s %4d %02d:%02d:%02d GMT" % (_DAYS[wd], d, _MONTHS[mo], y, h, mi, s)


def read_environ():
    """os.environ as a WSGI environ: str values decoded as the server gave them."""
    return {k: v for k, v in os.environ.items()}


class BaseHandler:
    """The WSGI protocol for one request; subclasses supply the streams (_write,
    _flush, get_stdin, get_stderr, add_cgi_vars)."""

    wsgi_version = (1, 0)
    wsgi_multithread = True
    wsgi_multiprocess = True
    wsgi_run_once = False
    origin_server = True
    http_version = "1.0"
    server_software = None
    os_environ = read_environ()
    wsgi_file_wrapper = FileWrapper
    headers_class = Headers
    traceback_limit = None
    error_status = "500 Internal Server Error"
    error_headers = [("Content-Type", "text/plain")]
    error_body = b"A server error occurred.  Please contact the administrator."

    # The state of one response (close() resets it).
    status = result = headers = None
    headers_sent, bytes_sent = False, 0

    def run(self, application):
        """Call the application and send what it returns."""
        try:
            self.setup_environ()
            body = application(self.environ, self.start_response)
            self.result = body
            self.finish_response()
        except (ConnectionResetError, BrokenPipeError, ConnectionAbortedError):
            # The client went away: nothing left to tell it.
            return
        except BaseException:
            try:
                self.handle_error()
            except BaseException:
                self.close()
                raise

    def setup_environ(self):
        env = self.environ = self.os_environ.copy()
        self.add_cgi_vars()
        env["wsgi.input"] = self.get_stdin()
        env["wsgi.errors"] = self.get_stderr()
        env["wsgi.version"] = self.wsgi_version
        env["wsgi.run_once"] = self.wsgi_run_once
        env["wsgi.url_scheme"] = self.get_scheme()
        env["wsgi.multithread"] = self.wsgi_multithread
        env["wsgi.multiprocess"] = self.wsgi_multiprocess
        if self.wsgi_file_wrapper is not None:
            env["wsgi.file_wrapper"] = self.wsgi_file_wrapper
        if self.origin_server and self.server_software:
            env.setdefault("SERVER_SOFTWARE", self.server_software)

    def finish_response(self):
        try:
            sent_as_file = self.result_is_file() and self.sendfile()
            if not sent_as_file:
                for chunk in self.result:
                    self.write(chunk)
                self.finish_content()
        except BaseException:
            closer = getattr(self.result, "close", None)
            if closer is not None:
                closer()
            raise
        self.close()

    def get_scheme(self):
        return guess_scheme(self.environ)

    def set_content_length(self):
        try:
            blocks = len(self.result)
        except (TypeError, AttributeError, NotImplementedError):
            return
        if blocks == 1:
            self.headers["Content-Length"] = str(self.bytes_sent)

    def cleanup_headers(self):
        if "Content-Length" not in self.headers:
            self.set_content_length()

    def start_response(self, status, headers, exc_info=None):
        """The start_response callable the application gets; returns write()."""
        if exc_info:
            try:
                if self.headers_sent:
                    raise exc_info[1].with_traceback(exc_info[2])
            finally:
                exc_info = None
        elif self.headers is not None:
            raise AssertionError("Headers already set!")
        self.status, self.headers = status, self.headers_class(headers)
        status = self._convert_string_type(status, "Status")
        assert len(status) >= 4, "Status must be at least 4 characters"
        assert status[:3].isdigit(), "Status message must begin w/3-digit code"
        assert status[3] == " ", "Status message must have a space after code"
        for name, value in headers:
            self._convert_string_type(name, "Header name")
            self._convert_string_type(value, "Header value")
            assert not is_hop_by_hop(name), \
                "Hop-by-hop header, '{}: {}', not allowed".format(name, value)
        return self.write

    def _convert_string_type(self, value, title):
        if type(value) is str:
            return value
        raise AssertionError("{0} must be of type str (got {1})".format(title, repr(value)))

    def send_preamble(self):
        if self.origin_server:
            if self.client_is_modern():
                self._write(("HTTP/%s %s\r\n" % (self.http_version, self.status))
                            .encode("iso-8859-1"))
                if "Date" not in self.headers:
                    self._write(("Date: %s\r\n" % format_date_time(time.time()))
                                .encode("iso-8859-1"))
                if self.server_software and "Server" not in self.headers:
                    self._write(("Server: %s\r\n" % self.server_software)
                                .encode("iso-8859-1"))
        else:
            self._write(("Status: %s\r\n" % self.status).encode("iso-8859-1"))

    def write(self, data):
        """Send body bytes (the headers first, on the first call)."""
        assert type(data) is bytes, "write() argument must be a bytes instance"
        if not self.status:
            raise AssertionError("write() before start_response()")
        first = not self.headers_sent
        self.bytes_sent = len(data) if first else self.bytes_sent + len(data)
        if first:
            self.send_headers()
        self._write(data)
        self._flush()

    def sendfile(self):
        return False

    def finish_content(self):
        if not self.headers_sent:
            self.headers.setdefault("Content-Length", "0")
            self.send_headers()

    def close(self):
        try:
            if hasattr(self.result, "close"):
                self.result.close()
        finally:
            self.result = self.headers = self.status = self.environ = None
            self.bytes_sent = 0
            self.headers_sent = False

    def send_headers(self):
        self.cleanup_headers()
        self.headers_sent = True
        if self.origin_server and not self.client_is_modern():
            return  # an HTTP/0.9 client gets the body alone
        self.send_preamble()
        self._write(bytes(self.headers))

    def result_is_file(self):
        wrapper = self.wsgi_file_wrapper
        return wrapper is not None and isinstance(self.result, wrapper)

    def client_is_modern(self):
        return self.environ["SERVER_PROTOCOL"].upper() != "HTTP/0.9"

    def log_exception(self, exc_info):
        try:
            from traceback import print_exception
            stderr = self.get_stderr()
            print_exception(exc_info[0], exc_info[1], exc_info[2], self.traceback_limit,
                            stderr)
            stderr.flush()
        finally:
            del exc_info

    def handle_error(self):
        """Log the exception being handled and, if nothing was sent yet, send the
        error page instead of the response."""
        self.log_exception(sys.exc_info())
        if self.headers_sent:
            return
        self.result = self.error_output(self.environ, self.start_response)
        self.finish_response()

    def error_output(self, environ, start_response):
        start_response(self.error_status, self.error_headers[:], sys.exc_info())
        return [self.error_body]

    def _write(self, data):
        raise NotImplementedError

    def _flush(self):
        raise NotImplementedError

    def get_stdin(self):
        raise NotImplementedError

    def get_stderr(self):
        raise NotImplementedError

    def add_cgi_vars(self):
        raise NotImplementedError


class SimpleHandler(BaseHandler):
    """A handler over given input, output and error streams and base environ."""

    def __init__(self, stdin, stdout, stderr, environ, multithread=True,
                 multiprocess=False):
        self.stdin, self.stdout, self.stderr = stdin, stdout, stderr
        self.base_env = environ
        self.wsgi_multithread, self.wsgi_multiprocess = multithread, multiprocess

    def get_stdin(self):
        return self.stdin

    def add_cgi_vars(self):
        self.environ.update(self.base_env)

    def get_stderr(self):
        return self.stderr

    def _write(self, data):
        written = self.stdout.write(data)
        if written is None or written == len(data):
            return
        from warnings import warn
        warn("SimpleHandler.stdout.write() should not do partial writes", DeprecationWarning)
        while True:
            data = data[written:]
            if not data:
                break
            written = self.stdout.write(data)

    def _flush(self):
        # Later flushes go straight to the stream's method.
        self._flush = flush = self.stdout.flush
        flush()


class BaseCGIHandler(SimpleHandler):
    """A SimpleHandler that writes a CGI 'Status:' line instead of an HTTP one."""

    origin_server = False


class CGIHandler(BaseCGIHandler):
    """Runs an application as a CGI script over sys.stdin/stdout and os.environ."""

    wsgi_run_once = True
    os_environ = {}

    def __init__(self):
        BaseCGIHandler.__init__(self, sys.stdin.buffer, sys.stdout.buffer, sys.stderr,
                                read_environ(), multithread=False, multiprocess=True)


class IISCGIHandler(BaseCGIHandler):
    """CGIHandler for IIS, whose PATH_INFO repeats SCRIPT_NAME."""

    wsgi_run_once = True
    os_environ = {}

    def __init__(self):
        environ = read_environ()
        path = environ.get("PATH_INFO", "")
        script = environ.get("SCRIPT_NAME", "")
        if (path + "/").startswith(script + "/"):
            environ["PATH_INFO"] = path[len(script):]
        BaseCGIHandler.__init__(self, sys.stdin.buffer, sys.stdout.buffer, sys.stderr,
                                environ, multithread=False, multiprocess=True)
