"""`urllib.error`: what urllib.request raises. URLError (an OSError with a `reason`),
HTTPError (an error status that is also a response: read(), headers, code) and
ContentTooShortError (urlretrieve got fewer bytes than announced).

Written for coro from the documentation.
"""

from urllib.response import addinfourl

__all__ = ['URLError', 'HTTPError', 'ContentTooShortError']


class URLError(OSError):
    """A URL could not be opened; `reason` says why (a string or an exception)."""

    def __init__(self, reason, filename=None):
        # args is (reason,) alone, whatever else is given.
        OSError.__init__(self, reason)
        self.reason = reason
        if filename is not None:
            self.filename = filename

    def __str__(self):
        return f'<urlopen error {self.reason}>'


def _headers_of(error):
    return error.hdrs


def _set_headers_of(error, headers):
    error.hdrs = headers


class HTTPError(URLError, addinfourl):
    """An HTTP error status; the error page can still be read from it (when there
    is one: fp may be None)."""

    reason = property(lambda self: self.msg, doc="The reason phrase (msg).")
    headers = property(_headers_of, _set_headers_of, doc="The response headers.")

    def __init__(self, url, code, msg, hdrs, fp):
        self.code, self.msg, self.hdrs, self.fp = code, msg, hdrs, fp
        if fp is None:
            return
        addinfourl.__init__(self, fp, hdrs, url, code)

    def __repr__(self):
        return f'<HTTPError {self.code}: {self.msg!r}>'

    def __str__(self):
        return f'HTTP Error {self.code}: {self.msg}'


class ContentTooShortError(URLError):
    """urlretrieve() read less than the Content-Length said; `content` is what it
    got."""

    def __init__(self, message, content):
        super().__init__(message)
        self.content = content
