"""The base of coro's xml.dom.minidom nodes: NodeList, the tree-editing and serialising
methods every node shares (_Node), childless nodes (_Leaf), and the small helpers the
node classes and the Document use.

The concrete node classes are in xml.dom.minidom, the Document in _xml_minidom_doc."""

from xml.dom import Node, EMPTY_NAMESPACE, HierarchyRequestErr, NotFoundErr

class NodeList(list):
    """A list of nodes with the DOM's length and item()."""

    @property
    def length(self):
        return len(self)

    def item(self, index):
        if 0 <= index < len(self):
            return self[index]
        return None


EmptyNodeList = NodeList


def _escape(text):
    return (text.replace("&", "&amp;").replace("<", "&lt;").replace('"', "&quot;")
            .replace(">", "&gt;"))


def _require_string(value):
    if not isinstance(value, str):
        raise TypeError("node contents must be a string")


class _Node(Node):
    """What every node has: its place in the tree and the editing methods."""
    parentNode = None
    ownerDocument = None
    nextSibling = None
    previousSibling = None
    namespaceURI = EMPTY_NAMESPACE
    prefix = EMPTY_NAMESPACE
    nodeValue = None
    attributes = None
    _allowed_children = ()

    def __bool__(self):
        return True

    @property
    def firstChild(self):
        kids = self.childNodes
        return kids[0] if kids else None

    @property
    def lastChild(self):
        kids = self.childNodes
        return kids[-1] if kids else None

    @property
    def localName(self):
        return None

    def hasChildNodes(self):
        return bool(self.childNodes)

    def _check_child(self, node):
        if node.nodeType not in self._allowed_children:
            raise HierarchyRequestErr("%s cannot be child of %s" % (repr(node), repr(self)))

    def _link(self):
        kids = self.childNodes
        for k, child in enumerate(kids):
            child.previousSibling = kids[k - 1] if k else None
            child.nextSibling = kids[k + 1] if k + 1 < len(kids) else None

    def _adopt(self, node):
        if node.nodeType == Node.DOCUMENT_FRAGMENT_NODE:
            return list(node.childNodes)
        self._check_child(node)
        return [node]

    def appendChild(self, node):
        return self.insertBefore(node, None)

    def insertBefore(self, newChild, refChild):
        if self.childNodes is _NO_CHILDREN:
            raise HierarchyRequestErr("%s nodes cannot have children" % self.nodeName)
        nodes = self._adopt(newChild)
        if refChild is not None and refChild not in self.childNodes:
            raise NotFoundErr()
        for node in nodes:
            if node.parentNode is not None:
                node.parentNode.removeChild(node)
        index = len(self.childNodes) if refChild is None else \
            _index_of(self.childNodes, refChild)
        self.childNodes[index:index] = nodes
        for node in nodes:
            node.parentNode = self
        self._link()
        return newChild

    def removeChild(self, oldChild):
        if self.childNodes is _NO_CHILDREN:
            raise NotFoundErr()
        index = _index_of(self.childNodes, oldChild)
        if index < 0:
            raise NotFoundErr()
        del self.childNodes[index]
        oldChild.parentNode = oldChild.previousSibling = oldChild.nextSibling = None
        self._link()
        return oldChild

    def replaceChild(self, newChild, oldChild):
        if newChild is oldChild:
            return oldChild
        if _index_of(self.childNodes, oldChild) < 0:
            raise NotFoundErr()
        self.insertBefore(newChild, oldChild)
        self.removeChild(oldChild)
        return oldChild

    def normalize(self):
        merged = []
        for child in self.childNodes:
            if child.nodeType == Node.TEXT_NODE:
                if not child.data:
                    child.parentNode = None
                    continue
                if merged and merged[-1].nodeType == Node.TEXT_NODE:
                    merged[-1].data = merged[-1].data + child.data
                    child.parentNode = None
                    continue
            elif child.nodeType == Node.ELEMENT_NODE:
                child.normalize()
            merged.append(child)
        self.childNodes[:] = merged
        self._link()

    def isSameNode(self, other):
        return self is other

    def unlink(self):
        self.parentNode = self.ownerDocument = None
        for child in self.childNodes:
            child.unlink()
        self.previousSibling = self.nextSibling = None

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.unlink()

    def toprettyxml(self, indent="\t", newl="\n", encoding=None, standalone=None):
        out = []
        write = out.append
        if self.nodeType == Node.DOCUMENT_NODE:
            self.writexml(_Writer(write), "", indent, newl, encoding, standalone)
        else:
            self.writexml(_Writer(write), "", indent, newl)
        text = "".join(out)
        if encoding is None:
            return text
        return text.encode(encoding, "xmlcharrefreplace")

    def toxml(self, encoding=None, standalone=None):
        return self.toprettyxml("", "", encoding, standalone)

    def getElementsByTagName(self, name):
        return NodeList(node for node in _descendants(self)
                        if node.nodeType == Node.ELEMENT_NODE and
                        (name == "*" or node.tagName == name))

    def getElementsByTagNameNS(self, namespaceURI, localName):
        return NodeList(node for node in _descendants(self)
                        if node.nodeType == Node.ELEMENT_NODE and
                        namespaceURI in ("*", node.namespaceURI) and
                        localName in ("*", node.localName))


class _Writer:
    def __init__(self, write):
        self.write = write


def _index_of(nodes, node):
    for k, item in enumerate(nodes):
        if item is node:
            return k
    return -1


def _descendants(node):
    for child in node.childNodes:
        yield child
        yield from _descendants(child)


_NO_CHILDREN = ()


class _Leaf(_Node):
    childNodes = _NO_CHILDREN

    def appendChild(self, node):
        raise HierarchyRequestErr("%s nodes cannot have children" % self.nodeName)

    def insertBefore(self, newChild, refChild):
        raise HierarchyRequestErr("%s nodes do not have children" % self.nodeName)

    def replaceChild(self, newChild, oldChild):
        raise HierarchyRequestErr("%s nodes do not have children" % self.nodeName)

    def normalize(self):
        pass
