"""xml.sax for coro: parse, parseString and make_parser over the expat reader, the SAX
exceptions, ContentHandler and ErrorHandler, and InputSource."""

from xml.sax.xmlreader import InputSource
from xml.sax.handler import ContentHandler, ErrorHandler
from xml.sax._exceptions import (SAXException, SAXNotRecognizedException, SAXParseException,
                                 SAXNotSupportedException, SAXReaderNotAvailable)

default_parser_list = ["xml.sax.expatreader"]


def make_parser(parser_list=()):
    """A new SAX reader (coro has one: the expat reader)."""
    for name in list(parser_list) + default_parser_list:
        try:
            module = __import__(name, fromlist=["create_parser"])
        except ImportError:
            continue
        return module.create_parser()
    raise SAXReaderNotAvailable("No parsers found", None)


def parse(source, handler, errorHandler=ErrorHandler()):
    reader = make_parser()
    reader.setContentHandler(handler)
    reader.setErrorHandler(errorHandler)
    reader.parse(source)


def parseString(string, handler, errorHandler=ErrorHandler()):
    import io
    if errorHandler is None:
        errorHandler = ErrorHandler()
    reader = make_parser()
    reader.setContentHandler(handler)
    reader.setErrorHandler(errorHandler)
    source = InputSource()
    if isinstance(string, str):
        source.setCharacterStream(io.StringIO(string))
    else:
        source.setByteStream(io.BytesIO(string))
    reader.parse(source)


__all__ = ["ContentHandler", "ErrorHandler", "InputSource", "SAXException",
           "SAXNotRecognizedException", "SAXNotSupportedException", "SAXParseException",
           "SAXReaderNotAvailable", "default_parser_list", "make_parser", "parse",
           "parseString"]
