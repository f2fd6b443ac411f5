"""xml.etree.ElementTree for coro: Element and its list/attribute API, SubElement, Comment,
ProcessingInstruction, QName, ElementTree, the find family, and the module's entry points.

Serialising lives in _xml_etree_write, the path language in _xml_etree_path and the parsers
(XMLParser, TreeBuilder, XMLPullParser, iterparse) in _xml_etree_parse; this module ties
them together under CPython's names. There is no C14N (canonicalize, write_c14n)."""

import sys as _sys

__all__ = [
    "Comment", "dump", "Element", "ElementTree", "fromstring", "fromstringlist", "indent",
    "iselement", "iterparse", "parse", "ParseError", "PI", "ProcessingInstruction", "QName",
    "SubElement", "tostring", "tostringlist", "TreeBuilder", "VERSION", "XML", "XMLID",
    "XMLParser", "XMLPullParser", "register_namespace",
]
VERSION = "1.3.0"


class ParseError(SyntaxError):
    """A document that is not well-formed; .code is expat's error code and .position
    the (line, column) where it was found."""


def _type_name(obj):
    return type(obj).__name__


class Element:
    """An XML element: a tag, an attribute dict, text, tail and a list of children."""

    def __init__(self, *args, **extra):
        if not args:
            raise TypeError("Element() takes at least 1 argument (0 given)")
        if len(args) > 2:
            raise TypeError("Element() takes at most 2 arguments (%d given)" % len(args))
        if len(args) == 2:
            attrib = args[1]
        else:
            attrib = extra.pop("attrib", {})
        if not isinstance(attrib, dict):
            raise TypeError("Element() argument 2 must be dict, not %s" % _type_name(attrib))
        self.tag = args[0]
        self.attrib = {**attrib, **extra}
        self.text = None
        self.tail = None
        self._children = []

    def __repr__(self):
        return "<Element %r at %#x>" % (self.tag, id(self))

    def makeelement(self, tag, attrib):
        return self.__class__(tag, attrib)

    def __copy__(self):
        twin = self.makeelement(self.tag, self.attrib)
        twin.text = self.text
        twin.tail = self.tail
        twin[:] = self
        return twin

    def __deepcopy__(self, memo):
        from copy import deepcopy
        twin = self.makeelement(deepcopy(self.tag, memo), deepcopy(self.attrib, memo))
        twin.text = deepcopy(self.text, memo)
        twin.tail = deepcopy(self.tail, memo)
        twin._children = [deepcopy(child, memo) for child in self._children]
        return twin

    def __len__(self):
        return len(self._children)

    def __bool__(self):
        return len(self._children) != 0

    def __getitem__(self, index):
        if isinstance(index, slice):
            return self._children[index]
        try:
            return self._children[index]
        except IndexError:
            raise IndexError("child index out of range") from None

    def __setitem__(self, index, value):
        if isinstance(index, slice):
            value = list(value)
            for item in value:
                _require_element(item)
        else:
            _require_element(value)
        self._children[index] = value

    def __delitem__(self, index):
        del self._children[index]

    def __iter__(self):
        return iter(self._children)

    def append(self, subelement):
        if not isinstance(subelement, Element):
            raise TypeError("append() argument must be xml.etree.ElementTree.Element, not %s"
                            % _type_name(subelement))
        self._children.append(subelement)

    def extend(self, elements):
        elements = list(elements)
        for item in elements:
            _require_element(item)
        self._children.extend(elements)

    def insert(self, index, subelement):
        if not isinstance(subelement, Element):
            raise TypeError("insert() argument 2 must be xml.etree.ElementTree.Element, not %s"
                            % _type_name(subelement))
        self._children.insert(index, subelement)

    def remove(self, subelement):
        for k, child in enumerate(self._children):
            if child is subelement or child == subelement:
                del self._children[k]
                return
        raise ValueError("list.remove(x): x not in list")

    def clear(self):
        """Drop the children, the attributes, the text and the tail."""
        self.attrib.clear()
        self._children = []
        self.text = None
        self.tail = None

    def get(self, key, default=None):
        return self.attrib.get(key, default)

    def set(self, key, value):
        self.attrib[key] = value

    def keys(self):
        return list(self.attrib)

    def items(self):
        return list(self.attrib.items())

    def iter(self, tag=None):
        if tag == "*":
            tag = None
        return self._walk(tag)

    def _walk(self, tag):
        if tag is None or self.tag == tag:
            yield self
        for child in self._children:
            yield from child._walk(tag)

    def itertext(self):
        # The C ElementTree CPython uses yields comments' and PIs' text too.
        if self.text:
            yield self.text
        for child in self._children:
            yield from child.itertext()
            if child.tail:
                yield child.tail

    def find(self, path, namespaces=None):
        return next(self.iterfind(path, namespaces), None)

    def findall(self, path, namespaces=None):
        return list(self.iterfind(path, namespaces))

    def findtext(self, path, default=None, namespaces=None):
        found = self.find(path, namespaces)
        if found is None:
            return default
        return found.text or ""

    def iterfind(self, path, namespaces=None):
        from _xml_etree_path import select
        return select(self, path, namespaces)


def _require_element(obj):
    if not isinstance(obj, Element):
        raise TypeError('expected an Element, not "%s"' % _type_name(obj))


def SubElement(parent, tag, attrib={}, **extra):
    """A new element appended to parent."""
    if not isinstance(parent, Element):
        raise TypeError("SubElement() argument 1 must be xml.etree.ElementTree.Element, not %s"
                        % _type_name(parent))
    if not isinstance(attrib, dict):
        raise TypeError("SubElement() argument 3 must be dict, not %s" % _type_name(attrib))
    child = parent.makeelement(tag, {**attrib, **extra})
    parent.append(child)
    return child


def Comment(text=None):
    """A comment element (its tag is this function)."""
    node = Element(Comment)
    node.text = text
    return node


def ProcessingInstruction(target, text=None):
    """A processing-instruction element (its tag is this function)."""
    node = Element(ProcessingInstruction)
    node.text = target
    if text:
        node.text = target + " " + text
    return node


PI = ProcessingInstruction


class QName:
    """A qualified name, '{uri}local', usable as a tag, attribute name or value."""

    def __init__(self, text_or_uri, tag=None):
        self.text = "{%s}%s" % (text_or_uri, tag) if tag else text_or_uri

    __str__ = lambda self: self.text  # noqa: E731

    def __repr__(self):
        return "<%s %r>" % (self.__class__.__name__, self.text)

    def __hash__(self):
        return hash(self.text)

    def _key(self, other):
        return other.text if isinstance(other, QName) else other

    def __eq__(self, other):
        return self.text == self._key(other)

    def __ne__(self, other):
        return self.text != self._key(other)

    def __lt__(self, other):
        return self.text < self._key(other)

    def __le__(self, other):
        return self.text <= self._key(other)

    def __gt__(self, other):
        return self.text > self._key(other)

    def __ge__(self, other):
        return self.text >= self._key(other)


def iselement(element):
    return hasattr(element, "tag")


def _feed_stream(parser, stream):
    chunk = stream.read(65536)
    while chunk:
        parser.feed(chunk)
        chunk = stream.read(65536)
    return parser.close()


class ElementTree:
    """A whole document: a root element, parse() and write()."""

    def __init__(self, element=None, file=None):
        self._root = element
        if file:
            self.parse(file)

    def getroot(self):
        return self._root

    def _setroot(self, element):
        self._root = element

    def parse(self, source, parser=None):
        owned = not hasattr(source, "read")
        stream = open(source, "rb") if owned else source
        try:
            self._root = _feed_stream(parser or XMLParser(), stream)
        finally:
            if owned:
                stream.close()
        return self._root

    def iter(self, tag=None):
        return self._root.iter(tag)

    def _relative(self, path):
        if path[:1] == "/":
            import warnings
            warnings.warn("This search is broken in 1.3 and earlier, and will be fixed in a "
                          "future version.  If you rely on the current behaviour, change it "
                          "to %r" % ("." + path), FutureWarning, stacklevel=3)
            return "." + path
        return path

    def find(self, path, namespaces=None):
        return self._root.find(self._relative(path), namespaces)

    def findtext(self, path, default=None, namespaces=None):
        return self._root.findtext(self._relative(path), default, namespaces)

    def findall(self, path, namespaces=None):
        return self._root.findall(self._relative(path), namespaces)

    def iterfind(self, path, namespaces=None):
        return self._root.iterfind(self._relative(path), namespaces)

    def write(self, file_or_filename, encoding=None, xml_declaration=None,
              default_namespace=None, method=None, *, short_empty_elements=True):
        from _xml_etree_write import write_tree
        write_tree(self._root, file_or_filename, encoding, xml_declaration,
                   default_namespace, method, short_empty_elements)


def tostring(element, encoding=None, method=None, *, xml_declaration=None,
             default_namespace=None, short_empty_elements=True):
    """The element serialised: bytes, or str with encoding='unicode'."""
    pieces = tostringlist(element, encoding, method, xml_declaration=xml_declaration,
                          default_namespace=default_namespace,
                          short_empty_elements=short_empty_elements)
    return ("" if encoding == "unicode" else b"").join(pieces)


def tostringlist(element, encoding=None, method=None, *, xml_declaration=None,
                 default_namespace=None, short_empty_elements=True):
    from _xml_etree_write import serialize_pieces
    pieces = serialize_pieces(element, encoding, method, xml_declaration, default_namespace,
                              short_empty_elements)
    if encoding == "unicode":
        return pieces
    return [b"".join(pieces)]


def dump(elem):
    """Write an element (or tree) to sys.stdout, for debugging."""
    if not isinstance(elem, ElementTree):
        elem = ElementTree(elem)
    text = tostring(elem.getroot(), encoding="unicode")
    _sys.stdout.write(text)
    if not text.endswith("\n"):
        _sys.stdout.write("\n")


def indent(tree, space="  ", level=0):
    """Indent a tree in place with newlines and `space` per level."""
    if isinstance(tree, ElementTree):
        tree = tree.getroot()
    if level < 0:
        raise ValueError("Initial indentation level must be >= 0, got %s" % level)
    if len(tree):
        _indent_children(tree, space, level)


def _indent_children(elem, space, level):
    inner = "\n" + space * (level + 1)
    if not elem.text or not elem.text.strip():
        elem.text = inner
    for child in elem:
        if len(child):
            _indent_children(child, space, level + 1)
        if not child.tail or not child.tail.strip():
            child.tail = inner
    last = elem[-1]
    if not last.tail or not last.tail.strip():
        last.tail = "\n" + space * level


def register_namespace(prefix, uri):
    """Use `prefix` for namespace `uri` when serialising."""
    from _xml_etree_write import register_prefix
    register_prefix(prefix, uri)


def parse(source, parser=None):
    tree = ElementTree()
    tree.parse(source, parser)
    return tree


def XML(text, parser=None):
    """The root element of a document given as str or bytes."""
    if parser is None:
        parser = XMLParser(target=TreeBuilder())
    parser.feed(text)
    return parser.close()


fromstring = XML


def fromstringlist(sequence, parser=None):
    """The root element of a document given as a sequence of pieces."""
    feeder = parser if parser is not None else XMLParser(target=TreeBuilder())
    for piece in sequence:
        feeder.feed(piece)
    return feeder.close()


def XMLID(text, parser=None):
    """The root and a dict of the elements that have an id attribute, by id."""
    root = XML(text, parser)
    ids = {}
    for elem in root.iter():
        key = elem.get("id")
        if key:
            ids[key] = elem
    return root, ids


from _xml_etree_parse import XMLParser, TreeBuilder, XMLPullParser, iterparse  # noqa: E402

for _cls in (ParseError, Element, QName, ElementTree, XMLParser, TreeBuilder, XMLPullParser):
    _cls.__module__ = "xml.etree.ElementTree"
