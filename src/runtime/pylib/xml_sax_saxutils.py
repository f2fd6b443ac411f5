"""xml.sax.saxutils for coro: escape, unescape and quoteattr, XMLGenerator (a
ContentHandler that writes the document back out), XMLFilterBase and
prepare_input_source."""

import io as _io
import os as _os
import sys as _sys
from xml.sax import handler as _handler
from xml.sax import xmlreader as _xmlreader


def _replace_all(text, pairs):
    for old, new in pairs:
        if old in text:
            text = text.replace(old, new)
    return text


def escape(data, entities={}):
    """Escape &, < and > (and the keys of `entities`) in a string of data."""
    data = _replace_all(data, (("&", "&amp;"), (">", "&gt;"), ("<", "&lt;")))
    return _replace_all(data, entities.items())


def unescape(data, entities={}):
    """Undo escape: &lt;, &gt; (and `entities`), then &amp;."""
    data = _replace_all(data, (("&lt;", "<"), ("&gt;", ">")))
    data = _replace_all(data, entities.items())
    return data.replace("&amp;", "&")


def quoteattr(data, entities={}):
    """The value escaped and quoted for use as an attribute value."""
    table = {"\n": "&#10;", "\r": "&#13;", "\t": "&#9;"}
    table.update(entities)
    data = escape(data, table)
    if '"' not in data:
        return '"%s"' % data
    if "'" not in data:
        return "'%s'" % data
    return '"%s"' % data.replace('"', "&quot;")


def _text_writer(out, encoding):
    """A write(str) function for out, encoding when out takes bytes."""
    if out is None:
        return _sys.stdout.write
    if isinstance(out, _io.TextIOBase):
        return out.write
    if isinstance(out, (_io.RawIOBase, _io.BufferedIOBase)):
        return lambda text: out.write(text.encode(encoding, "xmlcharrefreplace"))

    def write(text):
        try:
            out.write(text)
        except TypeError:
            out.write(text.encode(encoding, "xmlcharrefreplace"))
    return write


class XMLGenerator(_handler.ContentHandler):
    """Writes the events it receives as XML to `out` (sys.stdout by default)."""

    def __init__(self, out=None, encoding="iso-8859-1", short_empty_elements=False):
        _handler.ContentHandler.__init__(self)
        self._write = _text_writer(out, encoding)
        self._out = out
        self._encoding = encoding
        self._short_empty = short_empty_elements
        self._contexts = [{}]
        self._new_mappings = []
        self._open_start = False

    def _finish_start(self):
        if self._open_start:
            self._write(">")
            self._open_start = False

    def _qualified(self, name):
        uri, local = name
        if uri:
            if uri == "http://www.w3.org/XML/1998/namespace":
                return "xml:" + local
            prefix = self._contexts[-1].get(uri)
            if prefix:
                return prefix + ":" + local
        return local

    def startDocument(self):
        self._write('<?xml version="1.0" encoding="%s"?>\n' % self._encoding)

    def endDocument(self):
        flush = getattr(self._out, "flush", None)
        if flush is not None:
            flush()

    def startPrefixMapping(self, prefix, uri):
        context = dict(self._contexts[-1])
        context[uri] = prefix
        self._contexts.append(context)
        self._new_mappings.append((prefix, uri))

    def endPrefixMapping(self, prefix):
        self._contexts.pop()

    def _open(self, name, attr_pairs):
        self._finish_start()
        self._write("<" + name)
        for key, value in attr_pairs:
            self._write(" %s=%s" % (key, quoteattr(value)))
        if self._short_empty:
            self._open_start = True
        else:
            self._write(">")

    def _close(self, name):
        if self._open_start:
            self._write("/>")
            self._open_start = False
        else:
            self._write("</%s>" % name)

    def startElement(self, name, attrs):
        self._open(name, attrs.items())

    def endElement(self, name):
        self._close(name)

    def startElementNS(self, name, qname, attrs):
        pairs = []
        for prefix, uri in self._new_mappings:
            pairs.append(("xmlns:" + prefix if prefix else "xmlns", uri))
        self._new_mappings = []
        for key, value in attrs.items():
            pairs.append((self._qualified(key), value))
        self._open(self._qualified(name), pairs)

    def endElementNS(self, name, qname):
        self._close(self._qualified(name))

    def _text(self, content, transform):
        if not content:
            return
        self._finish_start()
        if isinstance(content, bytes):
            content = content.decode(self._encoding)
        self._write(transform(content))

    def characters(self, content):
        self._text(content, escape)

    def ignorableWhitespace(self, content):
        self._text(content, str)

    def processingInstruction(self, target, data):
        self._finish_start()
        self._write("<?%s %s?>" % (target, data))


class XMLFilterBase(_xmlreader.XMLReader):
    """A reader that sits between a parent reader and the handlers, passing every event
    on unchanged; subclass it to filter."""

    def __init__(self, parent=None):
        _xmlreader.XMLReader.__init__(self)
        self._parent = parent

    def getParent(self):
        return self._parent

    def setParent(self, parent):
        self._parent = parent

    def parse(self, source):
        upstream = self._parent
        for setter in ("setContentHandler", "setErrorHandler", "setEntityResolver",
                       "setDTDHandler"):
            getattr(upstream, setter)(self)
        upstream.parse(source)

    def resolveEntity(self, publicId, systemId):
        return self._ent_handler.resolveEntity(publicId, systemId)

    def __getattr__(self, name):
        # Every ContentHandler, ErrorHandler and DTDHandler event goes to the handler
        # this filter was given.
        for owner, methods in (("_cont_handler", _CONTENT_EVENTS),
                               ("_err_handler", ("error", "fatalError", "warning")),
                               ("_dtd_handler", ("notationDecl", "unparsedEntityDecl"))):
            if name in methods:
                return getattr(self.__dict__[owner], name)
        raise AttributeError("'%s' object has no attribute '%s'"
                             % (type(self).__name__, name))


def _to_parent(method):
    def forward(self, *args):
        return getattr(self._parent, method)(*args)
    forward.__name__ = method
    return forward


for _method in ("setLocale", "getFeature", "setFeature", "getProperty", "setProperty"):
    setattr(XMLFilterBase, _method, _to_parent(_method))

_CONTENT_EVENTS = ("setDocumentLocator", "startDocument", "endDocument",
                   "startPrefixMapping", "endPrefixMapping", "startElement", "endElement",
                   "startElementNS", "endElementNS", "characters", "ignorableWhitespace",
                   "processingInstruction", "skippedEntity")


def prepare_input_source(source, base=""):
    """An InputSource with an open stream for a path, file object or InputSource."""
    if isinstance(source, _os.PathLike):
        source = _os.fspath(source)
    if isinstance(source, str):
        source = _xmlreader.InputSource(source)
    elif hasattr(source, "read"):
        stream = source
        source = _xmlreader.InputSource()
        if isinstance(stream.read(0), str):
            source.setCharacterStream(stream)
        else:
            source.setByteStream(stream)
        name = getattr(stream, "name", None)
        if isinstance(name, str):
            source.setSystemId(name)
    if source.getCharacterStream() is None and source.getByteStream() is None:
        system_id = source.getSystemId()
        path = _os.path.join(_os.path.dirname(base), system_id)
        if _os.path.isfile(path):
            source.setSystemId(path)
            source.setByteStream(open(path, "rb"))
        elif ":" not in system_id:
            raise ValueError("unknown url type: %r" % system_id)
        else:
            raise OSError("cannot open %r: coro's SAX reads local files only" % system_id)
    return source
