"""xml.sax._exceptions for coro: SAXException and its subclasses, with the located
SAXParseException whose str() is 'system-id:line:column: message'."""


class SAXException(Exception):
    """A SAX error or warning, optionally wrapping another exception."""

    def __init__(self, msg, exception=None):
        self._msg = msg
        self._exception = exception
        Exception.__init__(self, msg)

    def getMessage(self):
        return self._msg

    def getException(self):
        return self._exception

    def __str__(self):
        return self._msg

    def __getitem__(self, ix):
        raise AttributeError("__getitem__")


class SAXParseException(SAXException):
    """A parse error, located by the Locator current when it happened."""

    def __init__(self, msg, exception, locator):
        SAXException.__init__(self, msg, exception)
        self._locator = locator
        self._systemId = locator.getSystemId()
        self._publicId = locator.getPublicId()
        self._linenum = locator.getLineNumber()
        self._colnum = locator.getColumnNumber()

    def getColumnNumber(self):
        return self._colnum

    def getLineNumber(self):
        return self._linenum

    def getPublicId(self):
        return self._publicId

    def getSystemId(self):
        return self._systemId

    def __str__(self):
        where = self._systemId if self._systemId is not None else "<unknown>"
        line = self._linenum if self._linenum is not None else "?"
        column = self._colnum if self._colnum is not None else "?"
        return "%s:%s:%s: %s" % (where, line, column, self._msg)


class SAXNotRecognizedException(SAXException):
    """An unknown feature or property name."""


class SAXNotSupportedException(SAXException):
    """A known feature or property the parser cannot provide."""


class SAXReaderNotAvailable(SAXNotSupportedException):
    """No parser of the requested kind."""
