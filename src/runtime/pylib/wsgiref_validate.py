"""validator(application): a middleware that checks an application and its server
against PEP 3333 as they talk (the environ, start_response's arguments, the body
iterator, wsgi.input and wsgi.errors), raising AssertionError on a violation and
warning (WSGIWarning) on dubious use."""

import re
import sys
import warnings

__all__ = ["validator"]

_HEADER_NAME = re.compile(r"^[a-zA-Z][a-zA-Z0-9\-_]*$")
_BAD_HEADER_VALUE = re.compile(r"[\000-\037]")


class WSGIWarning(Warning):
    """Dubious but legal WSGI usage."""


def _check(condition, *message):
    if not condition:
        raise AssertionError(*message)


def validator(application):
    """Wrap `application` so every WSGI call through it is checked."""

    def lint_app(*args, **kw):
        _check(len(args) == 2, "Two arguments required")
        _check(not kw, "No keyword arguments allowed")
        environ, start_response = args
        check_environ(environ)
        started = []

        def start_response_wrapper(*args, **kw):
            _check(len(args) in (2, 3), "Invalid number of arguments: %s" % (args,))
            _check(not kw, "No keyword arguments allowed")
            status, headers = args[0], args[1]
            exc_info = args[2] if len(args) == 3 else None
            check_status(status)
            check_headers(headers)
            check_content_type(status, headers)
            check_exc_info(exc_info)
            started.append(None)
            return WriteWrapper(start_response(*args))

        environ["wsgi.input"] = InputWrapper(environ["wsgi.input"])
        environ["wsgi.errors"] = ErrorWrapper(environ["wsgi.errors"])
        iterator = application(environ, start_response_wrapper)
        _check(iterator is not None and iterator != False,
               "The application must return an iterator, if only an empty list")
        check_iterator(iterator)
        return IteratorWrapper(iterator, started)

    return lint_app


class InputWrapper:
    def __init__(self, wsgi_input):
        self.input = wsgi_input

    def read(self, *args):
        _check(len(args) == 1)
        data = self.input.read(*args)
        _check(type(data) is bytes)
        return data

    def readline(self, *args):
        _check(len(args) <= 1)
        line = self.input.readline(*args)
        _check(type(line) is bytes)
        return line

    def readlines(self, *args):
        _check(len(args) <= 1)
        lines = self.input.readlines(*args)
        _check(type(lines) is list)
        for line in lines:
            _check(type(line) is bytes)
        return lines

    def __iter__(self):
        while True:
            line = self.readline()
            if not line:
                return
            yield line

    def close(self):
        _check(0, "input.close() must not be called")


class ErrorWrapper:
    def __init__(self, wsgi_errors):
        self.errors = wsgi_errors

    def write(self, s):
        _check(type(s) is str)
        self.errors.write(s)

    def flush(self):
        self.errors.flush()

    def writelines(self, seq):
        for line in seq:
            self.write(line)

    def close(self):
        _check(0, "errors.close() must not be called")


class WriteWrapper:
    def __init__(self, wsgi_writer):
        self.writer = wsgi_writer

    def __call__(self, s):
        _check(type(s) is bytes)
        self.writer(s)


class IteratorWrapper:
    def __init__(self, wsgi_iterator, check_start_response):
        self.original_iterator = wsgi_iterator
        self.iterator = iter(wsgi_iterator)
        self.closed = False
        self.check_start_response = check_start_response

    def __iter__(self):
        return self

    def __next__(self):
        _check(not self.closed, "Iterator read after closed")
        value = next(self.iterator)
        if type(value) is not bytes:
            _check(False, "Iterator yielded non-bytestring (%r)" % (value,))
        if self.check_start_response is not None:
            _check(self.check_start_response,
                   "The application returns and we started iterating over its body, but "
                   "start_response has not yet been called")
            self.check_start_response = None
        return value

    def close(self):
        self.closed = True
        if hasattr(self.original_iterator, "close"):
            self.original_iterator.close()

    def __del__(self):
        if not self.closed:
            sys.stderr.write("Iterator garbage collected without being closed")
        _check(self.closed, "Iterator garbage collected without being closed")


_REQUIRED = ["REQUEST_METHOD", "SERVER_NAME", "SERVER_PORT", "wsgi.version", "wsgi.input",
             "wsgi.errors", "wsgi.multithread", "wsgi.multiprocess", "wsgi.run_once"]


def check_environ(environ):
    _check(type(environ) is dict,
           "Environment is not of the right type: %r (environment: %r)"
           % (type(environ), environ))
    for key in _REQUIRED:
        _check(key in environ, "Environment missing required key: %r" % (key,))
    for key in ("HTTP_CONTENT_TYPE", "HTTP_CONTENT_LENGTH"):
        _check(key not in environ, "Environment should not have the key: %s "
               "(use %s instead)" % (key, key[5:]))
    if "QUERY_STRING" not in environ:
        warnings.warn("QUERY_STRING is not in the WSGI environment; the cgi module will "
                      "use sys.argv when this variable is missing, so application errors "
                      "are more likely", WSGIWarning)
    for key in environ:
        if "." in key:
            continue
        _check(type(environ[key]) is str,
               "Environmental variable %s is not a string: %r (value: %r)"
               % (key, type(environ[key]), environ[key]))
    _check(type(environ["wsgi.version"]) is tuple,
           "wsgi.version should be a tuple (%r)" % (environ["wsgi.version"],))
    _check(environ["wsgi.url_scheme"] in ("http", "https"),
           "wsgi.url_scheme unknown: %r" % environ["wsgi.url_scheme"])
    for method in ("read", "readline", "readlines", "__iter__"):
        _check(hasattr(environ["wsgi.input"], method),
               "wsgi.input (%r) doesn't have the attribute %s"
               % (environ["wsgi.input"], method))
    for method in ("flush", "write", "writelines"):
        _check(hasattr(environ["wsgi.errors"], method),
               "wsgi.errors (%r) doesn't have the attribute %s"
               % (environ["wsgi.errors"], method))
    if environ["REQUEST_METHOD"] not in ("GET", "HEAD", "POST", "OPTIONS", "PATCH", "PUT",
                                         "DELETE", "TRACE"):
        warnings.warn("Unknown REQUEST_METHOD: %r" % environ["REQUEST_METHOD"], WSGIWarning)
    _check(not environ.get("SCRIPT_NAME") or environ["SCRIPT_NAME"].startswith("/"),
           "SCRIPT_NAME doesn't start with /: %r" % environ["SCRIPT_NAME"])
    _check(not environ.get("PATH_INFO") or environ["PATH_INFO"].startswith("/"),
           "PATH_INFO doesn't start with /: %r" % environ["PATH_INFO"])
    if environ.get("CONTENT_LENGTH"):
        _check(int(environ["CONTENT_LENGTH"]) >= 0,
               "Invalid CONTENT_LENGTH: %r" % environ["CONTENT_LENGTH"])
    if not environ.get("SCRIPT_NAME"):
        _check("PATH_INFO" in environ,
               "One of SCRIPT_NAME or PATH_INFO are required (PATH_INFO should at least be "
               "'/' if SCRIPT_NAME is empty)")
    _check(environ.get("SCRIPT_NAME") != "/",
           "SCRIPT_NAME cannot be '/'; it should instead be '', and PATH_INFO should be '/'")


def check_status(status):
    _check(type(status) is str, "Status must be of type str (got %r)" % status)
    code = status.split(None, 1)[0]
    _check(len(code) == 3, "Status codes must be three characters: %r" % code)
    value = int(code)
    _check(value >= 100, "Status code is invalid: %r" % value)
    if len(status) < 4 or status[3] != " ":
        warnings.warn("The status string (%r) should be a three-digit integer followed by a "
                      "single space and a status explanation" % status, WSGIWarning)


def check_headers(headers):
    _check(type(headers) is list, "Headers (%r) must be of type list: %r"
           % (headers, type(headers)))
    for item in headers:
        _check(type(item) is tuple, "Individual headers (%r) must be of type tuple: %r"
               % (item, type(item)))
        _check(len(item) == 2)
        name, value = item
        _check(type(name) is str, "Header names must be of type str (got %r)" % name)
        _check(type(value) is str, "Header values must be of type str (got %r)" % value)
        _check(name.lower() != "status",
               "The Status header cannot be used; it conflicts with CGI script, and HTTP "
               "status is not given through headers (value: %r)." % value)
        _check("\n" not in name and ":" not in name,
               "Header names may not contain ':' or '\\n': %r" % name)
        _check(_HEADER_NAME.search(name), "Bad header name: %r" % name)
        _check(not name.endswith("-") and not name.endswith("_"),
               "Names may not end in '-' or '_': %r" % name)
        if _BAD_HEADER_VALUE.search(value):
            _check(0, "Bad header value: %r (bad char: %r)"
                   % (value, _BAD_HEADER_VALUE.search(value).group(0)))


def check_content_type(status, headers):
    code = int(status.split(None, 1)[0])
    has_type = any(name.lower() == "content-type" for name, _ in headers)
    if code in (204, 304):
        _check(not has_type, "Content-Type header found in a %s response, which must not "
               "return content." % code)
    else:
        _check(has_type, "No Content-Type header found in headers (%s)" % headers)


def check_exc_info(exc_info):
    _check(exc_info is None or type(exc_info) is tuple,
           "exc_info (%r) is not a tuple: %r" % (exc_info, type(exc_info)))


def check_iterator(iterator):
    _check(not isinstance(iterator, (str, bytes)),
           "You should not return a string as your application iterator, instead return a "
           "single-item list containing a bytestring.")
