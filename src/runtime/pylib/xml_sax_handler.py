"""xml.sax.handler for coro: the callback interfaces (ContentHandler, ErrorHandler,
DTDHandler, EntityResolver, LexicalHandler) as do-nothing bases, and the feature and
property names."""

version = "2.0beta"
_SAX = "http://xml.org/sax/"
_PYTHON_SAX = "http://www.python.org/sax/"


class ErrorHandler:
    """Errors and fatal errors raise the exception; warnings are printed."""

    def error(self, exception):
        raise exception

    def fatalError(self, exception):
        raise exception

    def warning(self, exception):
        print(exception)


class ContentHandler:
    """The document's events; override the ones you need."""

    def __init__(self):
        self._locator = None

    def setDocumentLocator(self, locator):
        self._locator = locator

    def startDocument(self):
        pass

    def endDocument(self):
        pass

    def startPrefixMapping(self, prefix, uri):
        pass

    def endPrefixMapping(self, prefix):
        pass

    def startElement(self, name, attrs):
        pass

    def endElement(self, name):
        pass

    def startElementNS(self, name, qname, attrs):
        pass

    def endElementNS(self, name, qname):
        pass

    def characters(self, content):
        pass

    def ignorableWhitespace(self, whitespace):
        pass

    def processingInstruction(self, target, data):
        pass

    def skippedEntity(self, name):
        pass


class DTDHandler:
    def notationDecl(self, name, publicId, systemId):
        pass

    def unparsedEntityDecl(self, name, publicId, systemId, ndata):
        pass


class EntityResolver:
    def resolveEntity(self, publicId, systemId):
        return systemId


class LexicalHandler:
    def comment(self, content):
        pass

    def startDTD(self, name, public_id, system_id):
        pass

    def endDTD(self):
        pass

    def startCDATA(self):
        pass

    def endCDATA(self):
        pass


feature_namespaces = _SAX + "features/namespaces"
feature_namespace_prefixes = _SAX + "features/namespace-prefixes"
feature_string_interning = _SAX + "features/string-interning"
feature_validation = _SAX + "features/validation"
feature_external_ges = _SAX + "features/external-general-entities"
feature_external_pes = _SAX + "features/external-parameter-entities"
all_features = [feature_namespaces, feature_namespace_prefixes, feature_string_interning,
                feature_validation, feature_external_ges, feature_external_pes]
property_lexical_handler = _SAX + "properties/lexical-handler"
property_declaration_handler = _SAX + "properties/declaration-handler"
property_dom_node = _SAX + "properties/dom-node"
property_xml_string = _SAX + "properties/xml-string"
property_encoding = _PYTHON_SAX + "properties/encoding"
property_interning_dict = _PYTHON_SAX + "properties/interning-dict"
all_properties = [property_lexical_handler, property_dom_node, property_declaration_handler,
                  property_xml_string, property_encoding, property_interning_dict]
