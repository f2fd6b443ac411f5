"""Serialising for coro's xml.etree.ElementTree: the xml, html and text methods, escaping,
namespace prefixes (registered, well-known and generated ns0, ns1, ...), default_namespace,
encodings with character references for what an encoding cannot hold, and the XML
declaration.

It writes; it does not parse, and it has no canonical (C14N) form."""

import re as _re
import io as _io

_prefix_for_uri = {
    "http://www.w3.org/XML/1998/namespace": "xml",
    "http://www.w3.org/1999/xhtml": "html",
    "http://www.w3.org/1999/02/22-rdf-syntax-ns#": "rdf",
    "http://schemas.xmlsoap.org/wsdl/": "wsdl",
    "http://www.w3.org/2001/XMLSchema": "xs",
    "http://www.w3.org/2001/XMLSchema-instance": "xsi",
    "http://purl.org/dc/elements/1.1/": "dc",
}
_RESERVED_PREFIX = _re.compile(r"ns\d+$")
_HTML_EMPTY = {"area", "base", "basefont", "br", "col", "embed", "frame", "hr", "img",
               "input", "isindex", "link", "meta", "param", "source", "track", "wbr"}


def register_prefix(prefix, uri):
    if _RESERVED_PREFIX.match(prefix):
        raise ValueError("Prefix format reserved for internal use")
    for known_uri, known_prefix in list(_prefix_for_uri.items()):
        if known_uri == uri or known_prefix == prefix:
            del _prefix_for_uri[known_uri]
    _prefix_for_uri[uri] = prefix


def _et():
    import xml.etree.ElementTree as module
    return module


def _cannot_serialize(value):
    raise TypeError("cannot serialize %r (type %s)" % (value, type(value).__name__))


def _text_escape(text):
    if not isinstance(text, str):
        _cannot_serialize(text)
    if "&" in text:
        text = text.replace("&", "&amp;")
    if "<" in text:
        text = text.replace("<", "&lt;")
    if ">" in text:
        text = text.replace(">", "&gt;")
    return text


_ATTR_ESCAPES = (("&", "&amp;"), ("<", "&lt;"), (">", "&gt;"), ('"', "&quot;"),
                 ("\r", "&#13;"), ("\n", "&#10;"), ("\t", "&#09;"))


def _attr_escape(value):
    if not isinstance(value, str):
        _cannot_serialize(value)
    for raw, escaped in _ATTR_ESCAPES:
        if raw in value:
            value = value.replace(raw, escaped)
    return value


def _attr_escape_html(value):
    if not isinstance(value, str):
        _cannot_serialize(value)
    for raw, escaped in (("&", "&amp;"), (">", "&gt;"), ('"', "&quot;")):
        if raw in value:
            value = value.replace(raw, escaped)
    return value


class _Names:
    """The prefixed spelling of every tag and attribute name in a tree, and the xmlns
    declarations the root needs."""

    def __init__(self, root, default_namespace):
        self.default = default_namespace
        self.spelled = {None: None}
        self.declared = {}
        if default_namespace:
            self.declared[default_namespace] = ""
        et = _et()
        for elem in root.iter():
            tag = elem.tag
            if isinstance(tag, et.QName):
                self.spell(tag.text, True)
            elif isinstance(tag, str):
                self.spell(tag, True)
            elif tag is not None and tag is not et.Comment and tag is not et.PI:
                _cannot_serialize(tag)
            for key, value in elem.items():
                if isinstance(key, et.QName):
                    key = key.text
                self.spell(key, False)
                if isinstance(value, et.QName):
                    self.spell(value.text, False)
            if isinstance(elem.text, et.QName):
                self.spell(elem.text.text, False)

    def spell(self, name, is_tag):
        if name in self.spelled:
            return self.spelled[name]
        if not isinstance(name, str):
            _cannot_serialize(name)
        if name[:1] == "{":
            uri, _, local = name[1:].rpartition("}")
            prefix = self.declared.get(uri)
            if prefix is None:
                prefix = _prefix_for_uri.get(uri)
                if prefix is None:
                    prefix = "ns%d" % len(self.declared)
                if prefix != "xml":
                    self.declared[uri] = prefix
            spelled = "%s:%s" % (prefix, local) if prefix else local
        else:
            if self.default and is_tag:
                raise ValueError("cannot use non-qualified names with default_namespace "
                                 "option")
            spelled = name
        self.spelled[name] = spelled
        return spelled

    def declarations(self):
        pairs = sorted(self.declared.items(), key=lambda item: item[1])
        return [(" xmlns:%s" % prefix if prefix else " xmlns", uri) for uri, prefix in pairs]


class _Serializer:
    """Writes elements in the xml or the html method (they differ in escaping, empty
    elements and script/style text)."""

    def __init__(self, out, names, html, short_empty):
        self.out = out
        self.names = names
        self.html = html
        self.short_empty = short_empty
        self.attr_escape = _attr_escape_html if html else _attr_escape

    def element(self, elem, declarations=()):
        et = _et()
        out = self.out
        tag = elem.tag
        if tag is et.Comment or tag is et.ProcessingInstruction:
            text = _text_escape(elem.text) if self.html else elem.text
            out(("<!--%s-->" if tag is et.Comment else "<?%s?>") % text)
        else:
            if isinstance(tag, et.QName):
                tag = tag.text
            spelled = self.names.spell(tag, True) if tag is not None else None
            if spelled is None:
                self.content(elem, False)
            else:
                out("<" + spelled)
                for key, uri in declarations:
                    out('%s="%s"' % (key, _attr_escape(uri)))
                self.attributes(elem)
                self.body(elem, spelled)
        if elem.tail:
            out(_text_escape(elem.tail))

    def attributes(self, elem):
        qname = _et().QName
        for key, value in elem.items():
            if isinstance(key, qname):
                key = key.text
            if isinstance(value, qname):
                value = self.names.spell(value.text, False)
            else:
                value = self.attr_escape(value)
            self.out(' %s="%s"' % (self.names.spell(key, False), value))

    def content(self, elem, raw_text):
        if elem.text:
            self.out(elem.text if raw_text else _text_escape(elem.text))
        for child in elem:
            self.element(child)

    def body(self, elem, spelled):
        out = self.out
        if self.html:
            out(">")
            lowered = spelled.lower()
            self.content(elem, lowered in ("script", "style"))
            if lowered not in _HTML_EMPTY:
                out("</" + spelled + ">")
        elif elem.text or len(elem) or not self.short_empty:
            out(">")
            self.content(elem, False)
            out("</" + spelled + ">")
        else:
            out(" />")


def _serialize_text(out, elem):
    for part in elem.itertext():
        out(part)
    if elem.tail:
        out(elem.tail)


def _render(root, method, default_namespace, short_empty, xml_declaration, encoding, out):
    """Write the pieces of the document (str) through out; encoding only names the
    declaration's encoding."""
    if method is None:
        method = "xml"
    elif method not in ("xml", "html", "text"):
        raise ValueError("unknown method %r" % (method,))
    if method == "xml" and xml_declaration:
        out("<?xml version='1.0' encoding='%s'?>\n" % encoding)
    if method == "text":
        _serialize_text(out, root)
        return
    names = _Names(root, default_namespace)
    serializer = _Serializer(out, names, method == "html", short_empty)
    serializer.element(root, names.declarations())


def _needs_declaration(xml_declaration, encoding):
    if xml_declaration is not None:
        return bool(xml_declaration)
    return encoding.lower() not in ("utf-8", "us-ascii", "unicode")


def serialize_pieces(element, encoding, method, xml_declaration, default_namespace,
                     short_empty):
    """The serialised pieces: str for encoding='unicode', else bytes."""
    pieces = []
    if encoding is None:
        encoding = "us-ascii"
    unicode_out = encoding.lower() == "unicode"
    declared = "utf-8" if unicode_out else encoding
    if not unicode_out:
        "".encode(encoding)
    _render(element, method, default_namespace, short_empty,
            _needs_declaration(xml_declaration, encoding), declared, pieces.append)
    if unicode_out:
        return pieces
    return [piece.encode(encoding, "xmlcharrefreplace") for piece in pieces]


def write_tree(root, target, encoding, xml_declaration, default_namespace, method,
               short_empty):
    if encoding is None:
        encoding = "utf-8" if method == "c14n" else "us-ascii"
    unicode_out = encoding.lower() == "unicode"
    text_pieces = []
    declared = "utf-8" if unicode_out else encoding
    _render(root, method, default_namespace, short_empty,
            _needs_declaration(xml_declaration, encoding) and method != "text" and
            (xml_declaration or not unicode_out), declared, text_pieces.append)
    text = "".join(text_pieces)
    if hasattr(target, "write"):
        if unicode_out:
            target.write(text)
        elif isinstance(target, _io.TextIOBase):
            target.write(text)
        else:
            target.write(text.encode(encoding, "xmlcharrefreplace"))
        return
    if unicode_out:
        with open(target, "w", encoding="utf-8") as handle:
            handle.write(text)
    else:
        with open(target, "wb") as handle:
            handle.write(text.encode(encoding, "xmlcharrefreplace"))
