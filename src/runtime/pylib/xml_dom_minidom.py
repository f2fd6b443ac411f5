"""xml.dom.minidom for coro: the node classes (Document, Element, Attr, Text, CDATASection,
Comment, ProcessingInstruction, DocumentType, DocumentFragment), NodeList and
NamedNodeMap, tree editing, toxml/toprettyxml/writexml, and parse/parseString.

Building a tree from text is _xml_minidom_build's job (over pyexpat). There is no DOM
Level 3 load/save, no user data and no entity or notation nodes beyond the doctype's maps."""

import xml.dom as _dom
from xml.dom import Node, EMPTY_NAMESPACE, HierarchyRequestErr, NotFoundErr, InuseAttributeErr
from _xml_minidom_node import (NodeList, EmptyNodeList, _Node, _Leaf, _Writer, _escape,
                               _require_string, _index_of, _descendants, _NO_CHILDREN)


class Attr(_Node):
    nodeType = Node.ATTRIBUTE_NODE
    specified = False
    ownerElement = None

    def __init__(self, qName, namespaceURI=EMPTY_NAMESPACE, localName=None, prefix=None):
        self.name = self.nodeName = qName
        self.namespaceURI = namespaceURI
        self._prefix = prefix
        self._local = localName
        self.childNodes = NodeList()
        self.value = ""

    @property
    def localName(self):
        if self._local is not None:
            return self._local
        return self.name.split(":", 1)[-1]

    @property
    def prefix(self):
        if self._prefix is not None:
            return self._prefix
        return self.name.split(":", 1)[0] if ":" in self.name else None

    @property
    def nodeValue(self):
        return self.value

    @nodeValue.setter
    def nodeValue(self, value):
        self.value = value

    def cloneNode(self, deep=False):
        twin = Attr(self.name, self.namespaceURI, self._local, self._prefix)
        twin.value = self.value
        twin.ownerDocument = self.ownerDocument
        twin.specified = True
        return twin


class NamedNodeMap:
    """An element's attributes, by qualified name."""

    def __init__(self, element):
        self._element = element

    @property
    def _attrs(self):
        return self._element._attrs

    @property
    def length(self):
        return len(self._attrs)

    def __len__(self):
        return len(self._attrs)

    def item(self, index):
        nodes = list(self._attrs.values())
        return nodes[index] if 0 <= index < len(nodes) else None

    def items(self):
        return [(name, attr.value) for name, attr in self._attrs.items()]

    def itemsNS(self):
        return [((a.namespaceURI, a.localName), a.value) for a in self._attrs.values()]

    def keys(self):
        return self._attrs.keys()

    def keysNS(self):
        return [(a.namespaceURI, a.localName) for a in self._attrs.values()]

    def values(self):
        return self._attrs.values()

    def get(self, name, value=None):
        return self._attrs.get(name, value)

    def __contains__(self, name):
        return name in self._attrs

    def __getitem__(self, name):
        if isinstance(name, tuple):
            return self.getNamedItemNS(*name)
        return self._attrs[name]

    def __setitem__(self, name, value):
        if isinstance(value, str):
            self._element.setAttribute(name, value)
        else:
            self._element.setAttributeNode(value)

    def __delitem__(self, name):
        self._element.removeAttribute(name)

    def getNamedItem(self, name):
        return self._attrs.get(name)

    def getNamedItemNS(self, namespaceURI, localName):
        for attr in self._attrs.values():
            if attr.namespaceURI == namespaceURI and attr.localName == localName:
                return attr
        return None

    def setNamedItem(self, node):
        return self._element.setAttributeNode(node)

    def removeNamedItem(self, name):
        attr = self._attrs.get(name)
        if attr is None:
            raise NotFoundErr()
        self._element.removeAttributeNode(attr)
        return attr


AttributeList = NamedNodeMap


class Element(_Node):
    nodeType = Node.ELEMENT_NODE
    _allowed_children = (Node.ELEMENT_NODE, Node.PROCESSING_INSTRUCTION_NODE,
                         Node.COMMENT_NODE, Node.TEXT_NODE, Node.CDATA_SECTION_NODE,
                         Node.ENTITY_REFERENCE_NODE)

    def __init__(self, tagName, namespaceURI=EMPTY_NAMESPACE, prefix=None, localName=None):
        self.tagName = self.nodeName = tagName
        self.namespaceURI = namespaceURI
        self.prefix = prefix
        self._local = localName
        self.childNodes = NodeList()
        self._attrs = {}

    @property
    def localName(self):
        if self._local is not None:
            return self._local
        return self.tagName.split(":", 1)[-1]

    @property
    def attributes(self):
        return NamedNodeMap(self)

    def __repr__(self):
        return "<DOM Element: %s at %#x>" % (self.tagName, id(self))

    def getAttribute(self, attname):
        attr = self._attrs.get(attname)
        return attr.value if attr is not None else ""

    def getAttributeNS(self, namespaceURI, localName):
        attr = self.getAttributeNodeNS(namespaceURI, localName)
        return attr.value if attr is not None else ""

    def setAttribute(self, attname, value):
        attr = self._attrs.get(attname)
        if attr is None:
            attr = Attr(attname)
            attr.ownerDocument = self.ownerDocument
            attr.ownerElement = self
            self._attrs[attname] = attr
        attr.value = value

    def setAttributeNS(self, namespaceURI, qualifiedName, value):
        prefix, _, local = qualifiedName.rpartition(":")
        attr = self._attrs.get(qualifiedName)
        if attr is None:
            attr = Attr(qualifiedName, namespaceURI, local, prefix or None)
            attr.ownerDocument = self.ownerDocument
            attr.ownerElement = self
            self._attrs[qualifiedName] = attr
        attr.value = value

    def getAttributeNode(self, attrname):
        return self._attrs.get(attrname)

    def getAttributeNodeNS(self, namespaceURI, localName):
        return self.attributes.getNamedItemNS(namespaceURI, localName)

    def setAttributeNode(self, attr):
        if attr.ownerElement not in (None, self):
            raise InuseAttributeErr("attribute node already owned")
        old = self._attrs.get(attr.name)
        self._attrs[attr.name] = attr
        attr.ownerElement = self
        return old if old is not attr else None

    setAttributeNodeNS = setAttributeNode

    def removeAttribute(self, name):
        if name not in self._attrs:
            raise NotFoundErr()
        self._attrs.pop(name).ownerElement = None

    def removeAttributeNS(self, namespaceURI, localName):
        attr = self.getAttributeNodeNS(namespaceURI, localName)
        if attr is None:
            raise NotFoundErr()
        self.removeAttributeNode(attr)

    def removeAttributeNode(self, node):
        if self._attrs.get(node.name) is not node:
            raise NotFoundErr()
        del self._attrs[node.name]
        node.ownerElement = None
        return node

    def hasAttribute(self, name):
        return name in self._attrs

    def hasAttributeNS(self, namespaceURI, localName):
        return self.getAttributeNodeNS(namespaceURI, localName) is not None

    def hasAttributes(self):
        return bool(self._attrs)

    def cloneNode(self, deep=False):
        twin = Element(self.tagName, self.namespaceURI, self.prefix, self._local)
        twin.ownerDocument = self.ownerDocument
        for name, attr in self._attrs.items():
            copy = attr.cloneNode()
            copy.ownerElement = twin
            twin._attrs[name] = copy
        if deep:
            for child in self.childNodes:
                twin.appendChild(child.cloneNode(True))
        return twin

    def writexml(self, writer, indent="", addindent="", newl=""):
        write = writer.write
        write(indent + "<" + self.tagName)
        for name, attr in self._attrs.items():
            write(' %s="%s"' % (name, _escape(attr.value)))
        kids = self.childNodes
        if not kids:
            write("/>" + newl)
            return
        write(">")
        if len(kids) == 1 and kids[0].nodeType in (Node.TEXT_NODE, Node.CDATA_SECTION_NODE):
            kids[0].writexml(writer, "", "", "")
        else:
            write(newl)
            for child in kids:
                child.writexml(writer, indent + addindent, addindent, newl)
            write(indent)
        write("</%s>%s" % (self.tagName, newl))


class CharacterData(_Leaf):
    def __init__(self, data):
        _require_string(data)
        self._data = data

    @property
    def data(self):
        return self._data

    @data.setter
    def data(self, value):
        self._data = value

    nodeValue = data

    @property
    def length(self):
        return len(self._data)

    def __len__(self):
        return len(self._data)

    def __repr__(self):
        shown = self._data[:10]
        more = "..." if len(self._data) > 10 else ""
        return '<DOM %s node "%r%s">' % (self.__class__.__name__, shown, more)

    def substringData(self, offset, count):
        return self._data[offset:offset + count]

    def appendData(self, arg):
        self._data += arg

    def insertData(self, offset, arg):
        self._data = self._data[:offset] + arg + self._data[offset:]

    def deleteData(self, offset, count):
        self._data = self._data[:offset] + self._data[offset + count:]

    def replaceData(self, offset, count, arg):
        self._data = self._data[:offset] + arg + self._data[offset + count:]

    def cloneNode(self, deep=False):
        twin = self.__class__(self._data)
        twin.ownerDocument = self.ownerDocument
        return twin


class Text(CharacterData):
    nodeType = Node.TEXT_NODE
    nodeName = "#text"

    def appendChild(self, node):
        raise HierarchyRequestErr("#text nodes cannot have children")

    @property
    def wholeText(self):
        parts = [self.data]
        node = self.previousSibling
        while node is not None and node.nodeType in (Node.TEXT_NODE,
                                                     Node.CDATA_SECTION_NODE):
            parts.insert(0, node.data)
            node = node.previousSibling
        node = self.nextSibling
        while node is not None and node.nodeType in (Node.TEXT_NODE,
                                                     Node.CDATA_SECTION_NODE):
            parts.append(node.data)
            node = node.nextSibling
        return "".join(parts)

    def splitText(self, offset):
        if offset < 0 or offset > len(self.data):
            raise _dom.IndexSizeErr("illegal offset value")
        tail = self.__class__(self.data[offset:])
        tail.ownerDocument = self.ownerDocument
        self.data = self.data[:offset]
        if self.parentNode is not None:
            self.parentNode.insertBefore(tail, self.nextSibling)
        return tail

    def writexml(self, writer, indent="", addindent="", newl=""):
        writer.write(_escape("%s%s%s" % (indent, self.data, newl)))


class CDATASection(Text):
    nodeType = Node.CDATA_SECTION_NODE
    nodeName = "#cdata-section"

    def writexml(self, writer, indent="", addindent="", newl=""):
        if "]]>" in self.data:
            raise ValueError("']]>' not allowed in a CDATA section")
        writer.write("<![CDATA[%s]]>" % self.data)


class Comment(CharacterData):
    nodeType = Node.COMMENT_NODE
    nodeName = "#comment"

    def writexml(self, writer, indent="", addindent="", newl=""):
        if "--" in self.data:
            raise ValueError("'--' is not allowed in a comment node")
        writer.write("%s<!--%s-->%s" % (indent, self.data, newl))


class ProcessingInstruction(_Leaf):
    nodeType = Node.PROCESSING_INSTRUCTION_NODE

    def __init__(self, target, data):
        self.target = self.nodeName = target
        self.data = data

    @property
    def nodeValue(self):
        return self.data

    def cloneNode(self, deep=False):
        twin = ProcessingInstruction(self.target, self.data)
        twin.ownerDocument = self.ownerDocument
        return twin

    def writexml(self, writer, indent="", addindent="", newl=""):
        writer.write("%s<?%s %s?>%s" % (indent, self.target, self.data, newl))


class DocumentType(_Leaf):
    nodeType = Node.DOCUMENT_TYPE_NODE
    publicId = systemId = internalSubset = None

    def __init__(self, qualifiedName):
        self.name = self.nodeName = qualifiedName
        self.entities = _ReadOnlyMap()
        self.notations = _ReadOnlyMap()

    def cloneNode(self, deep=False):
        twin = DocumentType(self.name)
        twin.publicId, twin.systemId = self.publicId, self.systemId
        twin.internalSubset = self.internalSubset
        return twin

    def writexml(self, writer, indent="", addindent="", newl=""):
        write = writer.write
        write("<!DOCTYPE " + self.name)
        if self.publicId:
            write("%s  PUBLIC '%s'%s  '%s'" % (newl, self.publicId, newl, self.systemId))
        elif self.systemId:
            write("%s  SYSTEM '%s'" % (newl, self.systemId))
        if self.internalSubset is not None:
            write(" [" + self.internalSubset + "]")
        write(">" + newl)


class _ReadOnlyMap(dict):
    @property
    def length(self):
        return len(self)

    def item(self, index):
        values = list(self.values())
        return values[index] if 0 <= index < len(values) else None

    def getNamedItem(self, name):
        return self.get(name)


class DocumentFragment(_Node):
    nodeType = Node.DOCUMENT_FRAGMENT_NODE
    nodeName = "#document-fragment"
    _allowed_children = Element._allowed_children

    def __init__(self):
        self.childNodes = NodeList()

    def cloneNode(self, deep=False):
        twin = self.ownerDocument.createDocumentFragment()
        if deep:
            for child in self.childNodes:
                twin.appendChild(child.cloneNode(True))
        return twin


from _xml_minidom_doc import Document, DOMImplementation, getDOMImplementation  # noqa: E402


def parseString(string, parser=None):
    """A Document from XML text (str or bytes)."""
    from _xml_minidom_build import parse_text
    return parse_text(string, parser)


def parse(file, parser=None, bufsize=None):
    """A Document from a file name or file object."""
    from _xml_minidom_build import parse_file
    return parse_file(file, parser, bufsize)


__all__ = ["Document", "DocumentType", "Element", "Attr", "Text", "Comment",
           "CDATASection", "ProcessingInstruction", "DocumentFragment", "NodeList",
           "NamedNodeMap", "DOMImplementation", "getDOMImplementation", "parse",
           "parseString", "Node"]

