"""xml.sax.expatreader for coro: ExpatParser, the SAX2 reader over pyexpat (namespaces
and namespace-prefixes features, the lexical handler property, locators and
SAXParseException for malformed input)."""

import pyexpat as _expat
from xml.sax import handler as _handler
from xml.sax import xmlreader as _xmlreader
from xml.sax._exceptions import (SAXParseException, SAXNotRecognizedException,
                                 SAXNotSupportedException)


class ExpatLocator(_xmlreader.Locator):
    """The position of the ExpatParser it belongs to."""

    def __init__(self, reader):
        self._reader = reader

    def getColumnNumber(self):
        return self._reader.getColumnNumber()

    def getLineNumber(self):
        return self._reader.getLineNumber()

    def getPublicId(self):
        return self._reader.getPublicId()

    def getSystemId(self):
        return self._reader.getSystemId()


class ExpatParser(_xmlreader.IncrementalParser, _xmlreader.Locator):
    """A SAX2 reader whose events come from pyexpat."""

    def __init__(self, namespaceHandling=0, bufsize=2 ** 16 - 20):
        _xmlreader.IncrementalParser.__init__(self, bufsize)
        self._source = _xmlreader.InputSource()
        self._parser = None
        self._namespaces = namespaceHandling
        self._prefixes = False
        self._interning = None
        self._lex_handler = None
        self._parsing = False
        self._started = False

    def parse(self, source):
        from xml.sax import saxutils
        source = saxutils.prepare_input_source(source)
        self._source = source
        try:
            self.reset()
            self._cont_handler.setDocumentLocator(ExpatLocator(self))
            _xmlreader.IncrementalParser.parse(self, source)
        finally:
            self._parsing = False

    def prepareParser(self, source):
        if source.getSystemId() is not None:
            self._parser.SetBase(source.getSystemId())

    def getFeature(self, name):
        if name == _handler.feature_namespaces:
            return self._namespaces
        if name == _handler.feature_string_interning:
            return self._interning is not None
        if name == _handler.feature_namespace_prefixes:
            return self._prefixes
        if name in (_handler.feature_validation, _handler.feature_external_pes,
                    _handler.feature_external_ges):
            return 0
        raise SAXNotRecognizedException("Feature '%s' not recognized" % name)

    def setFeature(self, name, state):
        if self._parsing:
            raise SAXNotSupportedException("Cannot set features while parsing")
        if name == _handler.feature_namespaces:
            self._namespaces = state
        elif name == _handler.feature_namespace_prefixes:
            self._prefixes = state
        elif name == _handler.feature_string_interning:
            self._interning = {} if state else None
        elif name in (_handler.feature_validation, _handler.feature_external_pes,
                      _handler.feature_external_ges):
            if state:
                raise SAXNotSupportedException("expat does not support %s" % name)
        else:
            raise SAXNotRecognizedException("Feature '%s' not recognized" % name)

    def getProperty(self, name):
        if name == _handler.property_lexical_handler:
            return self._lex_handler
        if name == _handler.property_interning_dict:
            return self._interning
        raise SAXNotRecognizedException("Property '%s' not recognized" % name)

    def setProperty(self, name, value):
        if name == _handler.property_lexical_handler:
            self._lex_handler = value
            if self._parser is not None:
                self._hook_lexical()
        elif name == _handler.property_interning_dict:
            self._interning = value
        else:
            raise SAXNotRecognizedException("Property '%s' not recognized" % name)

    def feed(self, data, isFinal=False):
        if not self._parsing:
            self.reset()
            self._parsing = True
            self._cont_handler.startDocument()
        try:
            self._parser.Parse(data, isFinal)
        except _expat.ExpatError as err:
            exc = SAXParseException(_expat.ErrorString(err.code), err, self)
            self._err_handler.fatalError(exc)

    def close(self):
        if self._parser is None:
            return
        self.feed(b"", isFinal=True)
        self._cont_handler.endDocument()
        self._parsing = False
        self._parser = None

    def reset(self):
        if self._namespaces:
            parser = _expat.ParserCreate(self._source.getEncoding(), " ")
            parser.namespace_prefixes = 1 if self._prefixes else 0
            parser.StartElementHandler = self._start_ns
            parser.EndElementHandler = self._end_ns
        else:
            parser = _expat.ParserCreate(self._source.getEncoding())
            parser.StartElementHandler = self._start
            parser.EndElementHandler = self._end
        self._parser = parser
        content = self._cont_handler
        parser.ProcessingInstructionHandler = content.processingInstruction
        parser.CharacterDataHandler = content.characters
        parser.StartNamespaceDeclHandler = content.startPrefixMapping
        parser.EndNamespaceDeclHandler = content.endPrefixMapping
        parser.SkippedEntityHandler = self._skipped
        parser.NotationDeclHandler = self._notation
        parser.UnparsedEntityDeclHandler = self._unparsed
        self._hook_lexical()
        self._parsing = False

    def _hook_lexical(self):
        lexical = self._lex_handler
        parser = self._parser
        if lexical is None:
            return
        parser.CommentHandler = lexical.comment
        parser.StartCdataSectionHandler = lexical.startCDATA
        parser.EndCdataSectionHandler = lexical.endCDATA
        parser.StartDoctypeDeclHandler = self._start_dtd
        parser.EndDoctypeDeclHandler = lexical.endDTD

    def _start_dtd(self, name, system_id, public_id, has_internal_subset):
        self._lex_handler.startDTD(name, public_id, system_id)

    # Locator
    def getColumnNumber(self):
        if self._parser is None:
            return None
        return self._parser.ErrorColumnNumber if self._parser.ErrorCode else \
            self._parser.CurrentColumnNumber

    def getLineNumber(self):
        if self._parser is None:
            return 1
        return self._parser.ErrorLineNumber if self._parser.ErrorCode else \
            self._parser.CurrentLineNumber

    def getPublicId(self):
        return self._source.getPublicId()

    def getSystemId(self):
        return self._source.getSystemId()

    # Event translation
    def _start(self, name, attrs):
        self._cont_handler.startElement(name, _xmlreader.AttributesImpl(attrs))

    def _end(self, name):
        self._cont_handler.endElement(name)

    def _split(self, raw):
        parts = raw.split(" ")
        if len(parts) == 1:
            return (None, raw), raw
        if len(parts) == 3:
            return (parts[0], parts[1]), "%s:%s" % (parts[2], parts[1])
        return (parts[0], parts[1]), parts[1] if self._prefixes else None

    def _start_ns(self, name, attrs):
        pair, qname = self._split(name)
        values = {}
        qnames = {}
        for raw, value in attrs.items():
            key, attr_qname = self._split(raw)
            values[key] = value
            qnames[key] = attr_qname if attr_qname is not None else raw
        self._cont_handler.startElementNS(pair, qname if self._prefixes else None,
                                          _xmlreader.AttributesNSImpl(values, qnames))

    def _end_ns(self, name):
        pair, qname = self._split(name)
        self._cont_handler.endElementNS(pair, qname if self._prefixes else None)

    def _skipped(self, name, is_parameter_entity):
        if is_parameter_entity:
            name = "%" + name
        self._cont_handler.skippedEntity(name)

    def _notation(self, name, base, system_id, public_id):
        self._dtd_handler.notationDecl(name, public_id, system_id)

    def _unparsed(self, name, base, system_id, public_id, notation):
        self._dtd_handler.unparsedEntityDecl(name, public_id, system_id, notation)


def create_parser(*args, **kwargs):
    return ExpatParser(*args, **kwargs)
