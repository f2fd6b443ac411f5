"""WSGI environ helpers: FileWrapper, guess_scheme, application_uri, request_uri,
shift_path_info, setup_testing_defaults and is_hop_by_hop."""

__all__ = ["FileWrapper", "guess_scheme", "application_uri", "request_uri",
           "shift_path_info", "setup_testing_defaults"]


class FileWrapper:
    """An iterator over a file-like object's blocks of `blksize` bytes."""

    def __init__(self, filelike, blksize=8192):
        self.filelike = filelike
        self.blksize = blksize
        if hasattr(filelike, "close"):
            self.close = filelike.close

    def __iter__(self):
        return self

    def __next__(self):
        block = self.filelike.read(self.blksize)
        if not block:
            raise StopIteration
        return block


def guess_scheme(environ):
    """'https' when the environ's HTTPS variable says so, else 'http'."""
    return "https" if environ.get("HTTPS") in ("yes", "on", "1") else "http"


def _host_part(environ, scheme):
    host = environ.get("HTTP_HOST")
    if host:
        return host
    host = environ["SERVER_NAME"]
    port = environ["SERVER_PORT"]
    if (scheme, port) not in (("https", "443"), ("http", "80")):
        host += ":" + port
    return host


def application_uri(environ):
    """The URL of the application: scheme, host and the quoted SCRIPT_NAME."""
    from urllib.parse import quote
    scheme = environ["wsgi.url_scheme"]
    script = quote(environ.get("SCRIPT_NAME") or "/", encoding="latin1")
    return scheme + "://" + _host_part(environ, scheme) + script


def request_uri(environ, include_query=True):
    """The full URL of the request (with its query string unless include_query is false)."""
    from urllib.parse import quote
    url = application_uri(environ)
    path = quote(environ.get("PATH_INFO", ""), safe="/;=,", encoding="latin1")
    url += path[1:] if not environ.get("SCRIPT_NAME") else path
    if include_query and environ.get("QUERY_STRING"):
        url += "?" + environ["QUERY_STRING"]
    return url


def shift_path_info(environ):
    """Move the first segment of PATH_INFO to the end of SCRIPT_NAME and return it
    (None when PATH_INFO is empty)."""
    path = environ.get("PATH_INFO", "")
    if not path:
        return None
    segments = path.split("/")
    segments[1:-1] = [s for s in segments[1:-1] if s and s != "."]
    name = segments[1]
    del segments[1]
    script = environ.get("SCRIPT_NAME", "")
    import posixpath
    script = posixpath.normpath(script + "/" + name)
    if script.endswith("/"):
        script = script[:-1]
    if not name and not script.endswith("/"):
        script += "/"
    environ["SCRIPT_NAME"] = script
    environ["PATH_INFO"] = "/".join(segments)
    if name == ".":
        name = None
    return name


def setup_testing_defaults(environ):
    """Fill in the environ entries a WSGI application expects, for tests."""
    import io
    environ.setdefault("SERVER_NAME", "127.0.0.1")
    environ.setdefault("SERVER_PROTOCOL", "HTTP/1.0")
    environ.setdefault("HTTP_HOST", environ["SERVER_NAME"])
    environ.setdefault("REQUEST_METHOD", "GET")
    if "SCRIPT_NAME" not in environ and "PATH_INFO" not in environ:
        environ.setdefault("SCRIPT_NAME", "")
        environ.setdefault("PATH_INFO", "/")
    environ.setdefault("wsgi.version", (1, 0))
    environ.setdefault("wsgi.run_once", 0)
    environ.setdefault("wsgi.multithread", 0)
    environ.setdefault("wsgi.multiprocess", 0)
    environ.setdefault("wsgi.input", io.BytesIO())
    environ.setdefault("wsgi.errors", io.StringIO())
    environ.setdefault("wsgi.url_scheme", guess_scheme(environ))
    if environ["wsgi.url_scheme"] == "http":
        environ.setdefault("SERVER_PORT", "80")
    elif environ["wsgi.url_scheme"] == "https":
        environ.setdefault("SERVER_PORT", "443")


_HOP_BY_HOP = frozenset(["connection", "keep-alive", "proxy-authenticate",
                         "proxy-authorization", "te", "trailers", "transfer-encoding",
                         "upgrade"])


def is_hop_by_hop(header_name):
    """Whether a header belongs to one connection (Connection, Keep-Alive, ...)."""
    return header_name.lower() in _HOP_BY_HOP
