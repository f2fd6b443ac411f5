"""`urllib.response`: the file-like wrappers urlopen returns: addbase (a file that is
also a context manager), addclosehook (runs a function when closed), addinfo (with
headers: info()) and addinfourl (with url and status too).

Written for coro from the documentation. As in CPython, addbase derives from
tempfile's file wrapper (without deleting anything).
"""

from tempfile import _TemporaryFileWrapper

__all__ = ['addbase', 'addclosehook', 'addinfo', 'addinfourl']


class addbase(_TemporaryFileWrapper):
    """A file object wrapped so that `with` closes it."""

    def __init__(self, fp):
        _TemporaryFileWrapper.__init__(self, fp, '<urllib response>', delete=False)
        self.fp = fp

    def __repr__(self):
        return f'<{type(self).__name__} at {id(self)!r} whose fp = {self.file!r}>'

    def __iter__(self):
        return iter(self.fp)

    def close(self):
        self.fp.close()

    def __exit__(self, *exc_info):
        self.close()

    def __enter__(self):
        if not self.fp.closed:
            return self
        raise ValueError("I/O operation on closed file")


class addclosehook(addbase):
    """A file that calls closehook(*hookargs) once, when it is closed."""

    def __init__(self, fp, closehook, *hookargs):
        addbase.__init__(self, fp)
        self.closehook, self.hookargs = closehook, hookargs

    def close(self):
        hook, args = self.closehook, self.hookargs
        self.closehook = self.hookargs = None
        try:
            if hook:
                hook(*args)
        finally:
            addbase.close(self)


class addinfo(addbase):
    """A file with the response headers: info() returns them."""

    def __init__(self, fp, headers):
        addbase.__init__(self, fp)
        self.headers = headers

    def info(self):
        """The headers (an email Message for http:, file: and data: URLs)."""
        return self.headers


class addinfourl(addinfo):
    """A file with headers, the URL it came from and the HTTP status (or None)."""

    def __init__(self, fp, headers, url, code=None):
        addinfo.__init__(self, fp, headers)
        self.url, self.code = url, code

    def geturl(self):
        return self.url

    def getcode(self):
        return self.code

    status = property(getcode, doc="The HTTP status (None for other schemes).")
