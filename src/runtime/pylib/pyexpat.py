"""pyexpat for coro: ParserCreate and the xmlparser object with CPython's handler attributes,
options (buffer_text, ordered_attributes, namespace_separator, ...), error attributes and
ExpatError messages and codes, plus the `errors` and `model` submodules.

The tokenizing and well-formedness checks live in _xml_scanner (and _xml_dtd for the
DOCTYPE); this file turns what they find into handler calls. It is not expat: external
entities are handed to ExternalEntityRefHandler but never fetched, and there is no
validation."""

import sys as _sys

EXPAT_VERSION = "expat_2.5.0"
version_info = (2, 5, 0)
native_encoding = "UTF-8"
features = [("sizeof(XML_Char)", 1), ("sizeof(XML_LChar)", 1), ("XML_DTD", 0),
            ("XML_CONTEXT_BYTES", 1024), ("XML_NS", 0)]
XML_PARAM_ENTITY_PARSING_NEVER = 0
XML_PARAM_ENTITY_PARSING_UNLESS_STANDALONE = 1
XML_PARAM_ENTITY_PARSING_ALWAYS = 2

_MESSAGES = [
    None, "out of memory", "syntax error", "no element found",
    "not well-formed (invalid token)", "unclosed token", "partial character",
    "mismatched tag", "duplicate attribute", "junk after document element",
    "illegal parameter entity reference", "undefined entity", "recursive entity reference",
    "asynchronous entity", "reference to invalid character number",
    "reference to binary entity", "reference to external entity in attribute",
    "XML or text declaration not at start of entity", "unknown encoding",
    "encoding specified in XML declaration is incorrect", "unclosed CDATA section",
    "error in processing external entity reference", "document is not standalone",
    "unexpected parser state - please send a bug report", "entity declared in parameter entity",
    "requested feature requires XML_DTD support in Expat",
    "cannot change setting once parsing has begun", "unbound prefix",
    "must not undeclare prefix", "incomplete markup in parameter entity",
    "XML declaration not well-formed", "text declaration not well-formed",
    "illegal character(s) in public id", "parser suspended", "parser not suspended",
    "parsing aborted", "parsing finished", "cannot suspend in external parameter entity",
    "reserved prefix (xml) must not be undeclared or bound to another namespace name",
    "reserved prefix (xmlns) must not be declared or undeclared",
    "prefix must not be bound to one of the reserved namespace names", "invalid argument",
    "a successful prior call to function XML_GetBuffer is required",
    "limit on input amplification factor (from DTD and entities) breached",
]
_CONSTANT_NAMES = [
    None, "NO_MEMORY", "SYNTAX", "NO_ELEMENTS", "INVALID_TOKEN", "UNCLOSED_TOKEN",
    "PARTIAL_CHAR", "TAG_MISMATCH", "DUPLICATE_ATTRIBUTE", "JUNK_AFTER_DOC_ELEMENT",
    "PARAM_ENTITY_REF", "UNDEFINED_ENTITY", "RECURSIVE_ENTITY_REF", "ASYNC_ENTITY",
    "BAD_CHAR_REF", "BINARY_ENTITY_REF", "ATTRIBUTE_EXTERNAL_ENTITY_REF", "MISPLACED_XML_PI",
    "UNKNOWN_ENCODING", "INCORRECT_ENCODING", "UNCLOSED_CDATA_SECTION",
    "EXTERNAL_ENTITY_HANDLING", "NOT_STANDALONE", "UNEXPECTED_STATE", "ENTITY_DECLARED_IN_PE",
    "FEATURE_REQUIRES_XML_DTD", "CANT_CHANGE_FEATURE_ONCE_PARSING", "UNBOUND_PREFIX",
    "UNDECLARING_PREFIX", "INCOMPLETE_PE", "XML_DECL", "TEXT_DECL", "PUBLICID", "SUSPENDED",
    "NOT_SUSPENDED", "ABORTED", "FINISHED", "SUSPEND_PE", "RESERVED_PREFIX_XML",
    "RESERVED_PREFIX_XMLNS", "RESERVED_NAMESPACE_URI", "INVALID_ARGUMENT", "NO_BUFFER",
    "AMPLIFICATION_LIMIT_BREACH",
]
_FINISHED, _UNBOUND_PREFIX, _UNDECLARING_PREFIX = 36, 27, 28
_XML_NAMESPACE = "http://www.w3.org/XML/1998/namespace"


def ErrorString(code):
    """The message expat gives for an error code (None for unknown codes)."""
    if 0 < code < len(_MESSAGES):
        return _MESSAGES[code]
    return None


class ExpatError(Exception):
    pass


ExpatError.__module__ = "xml.parsers.expat"
error = ExpatError


errors = type(_sys)("pyexpat.errors")
errors.__doc__ = "Constants used to describe error conditions."
errors.codes = {}
errors.messages = {}
for _code in range(1, len(_MESSAGES)):
    setattr(errors, "XML_ERROR_" + _CONSTANT_NAMES[_code], _MESSAGES[_code])
    errors.codes[_MESSAGES[_code]] = _code
    errors.messages[_code] = _MESSAGES[_code]
model = type(_sys)("pyexpat.model")
model.__doc__ = "Constants used to interpret content model information."
for _name, _value in (("XML_CTYPE_EMPTY", 1), ("XML_CTYPE_ANY", 2), ("XML_CTYPE_MIXED", 3),
                      ("XML_CTYPE_NAME", 4), ("XML_CTYPE_CHOICE", 5), ("XML_CTYPE_SEQ", 6),
                      ("XML_CQUANT_NONE", 0), ("XML_CQUANT_OPT", 1), ("XML_CQUANT_REP", 2),
                      ("XML_CQUANT_PLUS", 3)):
    setattr(model, _name, _value)
_sys.modules.setdefault("pyexpat.errors", errors)
_sys.modules.setdefault("pyexpat.model", model)

_HANDLERS = (
    "StartElementHandler", "EndElementHandler", "ProcessingInstructionHandler",
    "CharacterDataHandler", "UnparsedEntityDeclHandler", "NotationDeclHandler",
    "StartNamespaceDeclHandler", "EndNamespaceDeclHandler", "CommentHandler",
    "StartCdataSectionHandler", "EndCdataSectionHandler", "DefaultHandler",
    "DefaultHandlerExpand", "NotStandaloneHandler", "ExternalEntityRefHandler",
    "StartDoctypeDeclHandler", "EndDoctypeDeclHandler", "EntityDeclHandler",
    "XmlDeclHandler", "ElementDeclHandler", "AttlistDeclHandler", "SkippedEntityHandler",
)
_OPTIONS = ("buffer_text", "ordered_attributes", "specified_attributes",
            "namespace_prefixes", "buffer_size")
_READ_ONLY = ("ErrorCode", "ErrorLineNumber", "ErrorColumnNumber", "ErrorByteIndex",
              "CurrentLineNumber", "CurrentColumnNumber", "CurrentByteIndex", "buffer_used",
              "intern")


class xmlparser:
    """An XML parser: set handler attributes, then feed text with Parse or ParseFile."""

    def __init__(self, *args, **kwargs):
        raise TypeError("cannot create 'pyexpat.xmlparser' instances")

    def __setattr__(self, name, value):
        if name in _HANDLERS:
            object.__setattr__(self, name, value)
        elif name in _OPTIONS:
            self._state.set_option(name, value)
        elif name in _READ_ONLY:
            raise AttributeError("attribute '%s' of 'pyexpat.xmlparser' objects is not writable"
                                 % name)
        else:
            raise AttributeError("'pyexpat.xmlparser' object has no attribute '%s'" % name)

    def __getattr__(self, name):
        state = object.__getattribute__(self, "_state")
        if name in _OPTIONS:
            return state.options[name]
        if name in _READ_ONLY:
            return state.read_only(name)
        raise AttributeError("'pyexpat.xmlparser' object has no attribute '%s'" % name)

    def Parse(self, data, isfinal=False):
        """Parse one piece of the document; isfinal says it is the last."""
        self._state.parse(data, bool(isfinal))
        return 1

    def ParseFile(self, file):
        """Parse a whole document read from a file object's read()."""
        read = getattr(file, "read", None)
        if read is None:
            raise TypeError("argument must have 'read' attribute")
        while True:
            data = read(2048)
            if not isinstance(data, (bytes, bytearray)):
                raise TypeError("read() did not return a bytes object (type=%s)"
                                % type(data).__name__)
            if not data:
                break
            self._state.parse(data, False)
        self._state.parse(b"", True)
        return 1

    def SetBase(self, base):
        self._state.base = base

    def GetBase(self):
        return self._state.base

    def GetInputContext(self):
        return self._state.input_context()

    def ExternalEntityParserCreate(self, context, encoding=None):
        child = _make_parser(encoding, self._state.separator, self._state.intern)
        for name in _HANDLERS:
            value = getattr(self, name)
            if value is not None:
                object.__setattr__(child, name, value)
        return child

    def SetParamEntityParsing(self, flag):
        return 1

    def UseForeignDTD(self, flag=True):
        self._state.foreign_dtd = bool(flag)


xmlparser.__module__ = "pyexpat"
XMLParserType = xmlparser


def ParserCreate(encoding=None, namespace_separator=None, intern=None):
    """A new xmlparser; namespace_separator turns on namespace processing."""
    if encoding is not None and not isinstance(encoding, str):
        raise TypeError("ParserCreate() argument 'encoding' must be str or None, not %s"
                        % type(encoding).__name__)
    if namespace_separator is not None:
        if not isinstance(namespace_separator, str):
            raise TypeError("ParserCreate() argument 'namespace_separator' must be str or None,"
                            " not %s" % type(namespace_separator).__name__)
        if len(namespace_separator) > 1:
            raise ValueError("namespace_separator must be at most one character, omitted, "
                             "or None")
    if intern is None:
        intern = {}
    elif not isinstance(intern, dict):
        raise TypeError("intern must be a dictionary")
    return _make_parser(encoding, namespace_separator, intern)


def _make_parser(encoding, separator, intern):
    from _pyexpat_state import ParserState
    parser = object.__new__(xmlparser)
    for name in _HANDLERS:
        object.__setattr__(parser, name, None)
    object.__setattr__(parser, "_state", ParserState(parser, encoding, separator, intern))
    return parser


def _raise_error(state, code, line, column, byte_index):
    state.error = (code, line, column, byte_index)
    err = ExpatError("%s: line %d, column %d" % (_MESSAGES[code], line, column))
    err.code = code
    err.lineno = line
    err.offset = column
    raise err
