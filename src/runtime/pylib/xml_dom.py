"""xml.dom for coro: the DOM's node-type constants (Node), namespace constants, the
DOMException family with their codes, UserDataHandler and getDOMImplementation.

The tree itself is xml.dom.minidom; this package only holds what every DOM shares."""


class Node:
    """The node-type constants every DOM node class carries."""
    ELEMENT_NODE = 1
    ATTRIBUTE_NODE = 2
    TEXT_NODE = 3
    CDATA_SECTION_NODE = 4
    ENTITY_REFERENCE_NODE = 5
    ENTITY_NODE = 6
    PROCESSING_INSTRUCTION_NODE = 7
    COMMENT_NODE = 8
    DOCUMENT_NODE = 9
    DOCUMENT_TYPE_NODE = 10
    DOCUMENT_FRAGMENT_NODE = 11
    NOTATION_NODE = 12


class DOMException(Exception):
    """The base of the DOM's errors; each subclass has its numeric .code."""

    def __init__(self, *args, **kw):
        if self.__class__ is DOMException:
            raise RuntimeError("DOMException should not be instantiated directly")
        Exception.__init__(self, *args, **kw)

    def _get_code(self):
        return self.code


_ERRORS = [
    ("INDEX_SIZE_ERR", "IndexSizeErr"), ("DOMSTRING_SIZE_ERR", "DomstringSizeErr"),
    ("HIERARCHY_REQUEST_ERR", "HierarchyRequestErr"),
    ("WRONG_DOCUMENT_ERR", "WrongDocumentErr"),
    ("INVALID_CHARACTER_ERR", "InvalidCharacterErr"),
    ("NO_DATA_ALLOWED_ERR", "NoDataAllowedErr"),
    ("NO_MODIFICATION_ALLOWED_ERR", "NoModificationAllowedErr"),
    ("NOT_FOUND_ERR", "NotFoundErr"), ("NOT_SUPPORTED_ERR", "NotSupportedErr"),
    ("INUSE_ATTRIBUTE_ERR", "InuseAttributeErr"), ("INVALID_STATE_ERR", "InvalidStateErr"),
    ("SYNTAX_ERR", "SyntaxErr"), ("INVALID_MODIFICATION_ERR", "InvalidModificationErr"),
    ("NAMESPACE_ERR", "NamespaceErr"), ("INVALID_ACCESS_ERR", "InvalidAccessErr"),
    ("VALIDATION_ERR", "ValidationErr"),
]
for _number, (_constant, _class_name) in enumerate(_ERRORS, 1):
    globals()[_constant] = _number
    globals()[_class_name] = type(_class_name, (DOMException,), {"code": _number,
                                                                 "__module__": __name__})


class UserDataHandler:
    """The operation codes passed to user-data handlers."""
    NODE_CLONED = 1
    NODE_IMPORTED = 2
    NODE_DELETED = 3
    NODE_RENAMED = 4


XML_NAMESPACE = "http://www.w3.org/XML/1998/namespace"
XMLNS_NAMESPACE = "http://www.w3.org/2000/xmlns/"
XHTML_NAMESPACE = "http://www.w3.org/1999/xhtml"
EMPTY_NAMESPACE = None
EMPTY_PREFIX = None

_registered = {}


def registerDOMImplementation(name, factory):
    _registered[name] = factory


def getDOMImplementation(name=None, features=()):
    """A DOM implementation: minidom's (the only one coro has) unless one was registered."""
    if name in _registered:
        return _registered[name]()
    if name not in (None, "minidom"):
        raise ImportError("no registered DOM %r" % (name,))
    from xml.dom import minidom
    return minidom.getDOMImplementation()
