"""The Document node of coro's xml.dom.minidom and the DOMImplementation that makes
documents: the create* factories, documentElement/doctype, getElementById, importNode,
and the document's own writexml with the XML declaration.

The other node classes are in xml_dom_minidom; parsing is in _xml_minidom_build."""

from xml.dom import Node, HierarchyRequestErr, NotSupportedErr, EMPTY_NAMESPACE
import _xml_minidom_node as _base


def _nodes():
    # xml.dom.minidom imports this module, so its node classes are looked up on use.
    from xml.dom import minidom
    return minidom


class Document(_base._Node):
    nodeType = Node.DOCUMENT_NODE
    nodeName = "#document"
    doctype = None
    encoding = None
    standalone = None
    version = None
    actualEncoding = None
    _allowed_children = (Node.ELEMENT_NODE, Node.PROCESSING_INSTRUCTION_NODE,
                         Node.COMMENT_NODE, Node.DOCUMENT_TYPE_NODE)

    def __init__(self):
        self.childNodes = _base.NodeList()
        self.implementation = DOMImplementation()

    @property
    def documentElement(self):
        for child in self.childNodes:
            if child.nodeType == Node.ELEMENT_NODE:
                return child
        return None

    def _check_child(self, node):
        _base._Node._check_child(self, node)
        if node.nodeType == Node.ELEMENT_NODE and self.documentElement is not None \
                and self.documentElement is not node:
            raise HierarchyRequestErr("two document elements disallowed")

    def insertBefore(self, newChild, refChild):
        result = _base._Node.insertBefore(self, newChild, refChild)
        if newChild.nodeType == Node.DOCUMENT_TYPE_NODE:
            self.doctype = newChild
        return result

    def removeChild(self, oldChild):
        result = _base._Node.removeChild(self, oldChild)
        if oldChild is self.doctype:
            self.doctype = None
        return result

    def _own(self, node):
        node.ownerDocument = self
        return node

    def createElement(self, tagName):
        return self._own(_nodes().Element(tagName))

    def createElementNS(self, namespaceURI, qualifiedName):
        prefix, _, local = qualifiedName.rpartition(":")
        return self._own(_nodes().Element(qualifiedName, namespaceURI, prefix or None, local))

    def createTextNode(self, data):
        return self._own(_nodes().Text(data))

    def createCDATASection(self, data):
        return self._own(_nodes().CDATASection(data))

    def createComment(self, data):
        return self._own(_nodes().Comment(data))

    def createProcessingInstruction(self, target, data):
        return self._own(_nodes().ProcessingInstruction(target, data))

    def createAttribute(self, qName):
        return self._own(_nodes().Attr(qName))

    def createAttributeNS(self, namespaceURI, qualifiedName):
        prefix, _, local = qualifiedName.rpartition(":")
        return self._own(_nodes().Attr(qualifiedName, namespaceURI, local, prefix or None))

    def createDocumentFragment(self):
        return self._own(_nodes().DocumentFragment())

    def getElementById(self, elementId):
        for node in _base._descendants(self):
            if node.nodeType == Node.ELEMENT_NODE:
                for attr in node._attrs.values():
                    if getattr(attr, "_is_id", False) and attr.value == elementId:
                        return node
        return None

    def importNode(self, node, deep):
        if node.nodeType in (Node.DOCUMENT_NODE, Node.DOCUMENT_TYPE_NODE):
            raise NotSupportedErr("cannot import document nodes")
        twin = node.cloneNode(deep)
        for item in [twin] + list(_base._descendants(twin)):
            item.ownerDocument = self
        return twin

    def cloneNode(self, deep=False):
        twin = Document()
        if deep:
            for child in self.childNodes:
                copy = twin.importNode(child, True) if child.nodeType != \
                    Node.DOCUMENT_TYPE_NODE else child.cloneNode(True)
                twin.appendChild(copy)
        return twin

    def writexml(self, writer, indent="", addindent="", newl="", encoding=None,
                 standalone=None):
        declaration = '<?xml version="1.0"'
        if encoding is not None:
            declaration += ' encoding="%s"' % encoding
        if standalone is not None:
            declaration += ' standalone="%s"' % ("yes" if standalone else "no")
        writer.write(declaration + "?>" + newl if encoding or standalone is not None
                     else declaration + " ?>" + newl)
        for child in self.childNodes:
            child.writexml(writer, indent, addindent, newl)



class DOMImplementation:
    _features = [("core", "1.0"), ("core", "2.0"), ("core", None), ("xml", "1.0"),
                 ("xml", "2.0"), ("xml", None), ("ls-load", "3.0"), ("ls-load", None)]

    def hasFeature(self, feature, version):
        if version == "":
            version = None
        return (feature.lower(), version) in self._features

    def createDocumentType(self, qualifiedName, publicId, systemId):
        doctype = _nodes().DocumentType(qualifiedName)
        doctype.publicId = publicId
        doctype.systemId = systemId
        return doctype

    def createDocument(self, namespaceURI, qualifiedName, doctype):
        if doctype is not None and doctype.parentNode is not None:
            from xml.dom import WrongDocumentErr
            raise WrongDocumentErr("doctype object owned by another DOM tree")
        doc = Document()
        if doctype is not None:
            doctype.ownerDocument = doc
            doc.appendChild(doctype)
        if qualifiedName:
            if namespaceURI is EMPTY_NAMESPACE:
                doc.appendChild(doc.createElement(qualifiedName))
            else:
                doc.appendChild(doc.createElementNS(namespaceURI, qualifiedName))
        return doc

    def getInterface(self, feature):
        return self if self.hasFeature(feature, None) else None


class Entity(_base._Leaf):
    """A general entity the internal subset declared (its replacement text is not a
    child list here)."""
    nodeType = Node.ENTITY_NODE
    actualEncoding = encoding = version = None

    def __init__(self, name, publicId, systemId, notationName):
        self.nodeName = name
        self.publicId = publicId
        self.systemId = systemId
        self.notationName = notationName


def getDOMImplementation(features=None):
    return DOMImplementation()


for _cls in (Document, DOMImplementation, Entity):
    _cls.__module__ = "xml.dom.minidom"
