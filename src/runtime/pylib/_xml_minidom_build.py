"""Building a coro xml.dom.minidom tree from text: parse and parseString drive pyexpat
(namespaces on, text buffered so adjacent character data makes one Text node) and turn
its events into nodes, including the doctype with its entities and ID attributes.

It is not xml.dom.expatbuilder's public API (no builder options or filters)."""

import re as _re
import pyexpat as _expat
from xml.dom import XMLNS_NAMESPACE, EMPTY_NAMESPACE
from xml.dom import minidom as _m

_SUBSET = _re.compile(r"<!DOCTYPE[^\[>]*\[(.*?)\]\s*>", _re.S)


class _Builder:
    def __init__(self, source_text):
        from _xml_minidom_doc import Document
        self.doc = Document()
        self.current = self.doc
        self.pending_ns = []
        self.id_attrs = set()
        self.source_text = source_text
        self.in_cdata = False
        parser = self.parser = _expat.ParserCreate(namespace_separator=" ")
        parser.namespace_prefixes = True
        parser.ordered_attributes = True
        parser.buffer_text = True
        parser.StartElementHandler = self.start
        parser.EndElementHandler = self.end
        parser.CharacterDataHandler = self.text
        parser.CommentHandler = self.comment
        parser.ProcessingInstructionHandler = self.pi
        parser.StartNamespaceDeclHandler = self.namespace
        parser.StartDoctypeDeclHandler = self.doctype
        parser.EntityDeclHandler = self.entity
        parser.AttlistDeclHandler = self.attlist
        parser.StartCdataSectionHandler = self.cdata_start
        parser.EndCdataSectionHandler = self.cdata_end
        parser.XmlDeclHandler = self.xml_decl

    def xml_decl(self, version, encoding, standalone):
        self.doc.version = version
        self.doc.encoding = encoding
        self.doc.standalone = standalone == 1 if standalone >= 0 else None

    def doctype(self, name, system_id, public_id, has_subset):
        doctype = self.doc.implementation.createDocumentType(name, public_id, system_id)
        doctype.ownerDocument = self.doc
        if has_subset and self.source_text is not None:
            match = _SUBSET.search(self.source_text)
            if match:
                doctype.internalSubset = match.group(1)
        self.doc.appendChild(doctype)

    def entity(self, name, is_parameter, value, base, system_id, public_id, notation):
        if is_parameter or self.doc.doctype is None:
            return
        from _xml_minidom_doc import Entity
        node = Entity(name, public_id, system_id, notation)
        node.ownerDocument = self.doc
        if value is not None:
            node.childNodes = _m.NodeList([self.doc.createTextNode(value)])
        self.doc.doctype.entities[name] = node

    def attlist(self, element, attr, kind, default, required):
        if kind == "ID":
            self.id_attrs.add((element, attr))

    def namespace(self, prefix, uri):
        self.pending_ns.append((prefix, uri))

    @staticmethod
    def split_name(raw):
        parts = raw.split(" ")
        if len(parts) == 3:
            uri, local, prefix = parts
            return "%s:%s" % (prefix, local), uri, prefix, local
        if len(parts) == 2:
            uri, local = parts
            return local, uri, None, local
        return raw, EMPTY_NAMESPACE, None, raw

    def start(self, raw_name, flat_attrs):
        qname, uri, prefix, local = self.split_name(raw_name)
        node = _m.Element(qname, uri, prefix, local)
        node.ownerDocument = self.doc
        for ns_prefix, ns_uri in self.pending_ns:
            if ns_prefix:
                attr = _m.Attr("xmlns:" + ns_prefix, XMLNS_NAMESPACE, ns_prefix, "xmlns")
            else:
                attr = _m.Attr("xmlns", XMLNS_NAMESPACE, "xmlns", None)
            self.add_attr(node, attr, ns_uri or "")
        self.pending_ns = []
        for k in range(0, len(flat_attrs), 2):
            aq, a_uri, a_prefix, a_local = self.split_name(flat_attrs[k])
            self.add_attr(node, _m.Attr(aq, a_uri, a_local, a_prefix), flat_attrs[k + 1])
        self.append(node)
        self.current = node

    def add_attr(self, node, attr, value):
        attr.value = value
        attr.ownerDocument = self.doc
        attr.ownerElement = node
        attr.specified = True
        if (node.tagName, attr.name) in self.id_attrs:
            attr._is_id = True
        node._attrs[attr.name] = attr

    def append(self, node):
        parent = self.current
        kids = parent.childNodes
        if kids:
            kids[-1].nextSibling = node
            node.previousSibling = kids[-1]
        kids.append(node)
        node.parentNode = parent

    def end(self, name):
        self.current = self.current.parentNode

    def text(self, data):
        if self.current is self.doc:
            return
        if self.in_cdata:
            node = _m.CDATASection(data)
        else:
            kids = self.current.childNodes
            if kids and kids[-1].nodeType == _m.Node.TEXT_NODE:
                kids[-1].data = kids[-1].data + data
                return
            node = _m.Text(data)
        node.ownerDocument = self.doc
        self.append(node)

    def cdata_start(self):
        self.parser.buffer_text = False
        self.in_cdata = True
        self.cdata_node = None

    def cdata_end(self):
        self.in_cdata = False
        self.parser.buffer_text = True

    def comment(self, data):
        node = _m.Comment(data)
        node.ownerDocument = self.doc
        self.append(node)

    def pi(self, target, data):
        node = _m.ProcessingInstruction(target, data)
        node.ownerDocument = self.doc
        self.append(node)


def parse_text(string, parser=None):
    """A Document from XML text (str or bytes)."""
    if parser is not None:
        raise TypeError("coro's minidom builds with its own parser only")
    text = string if isinstance(string, str) else None
    builder = _Builder(text)
    builder.parser.Parse(string, True)
    return builder.doc


def parse_file(file, parser=None, bufsize=None):
    """A Document from a file name or file object."""
    if isinstance(file, str):
        with open(file, "rb") as handle:
            data = handle.read()
    else:
        data = file.read()
    if isinstance(data, bytes) and b"<!DOCTYPE" in data and b"[" in data:
        try:
            return _with_source(data, data.decode("utf-8"))
        except UnicodeDecodeError:
            pass
    return parse_text(data, parser)


def _with_source(data, text):
    builder = _Builder(text)
    builder.parser.Parse(data, True)
    return builder.doc
