"""xml.sax.xmlreader for coro: the XMLReader and IncrementalParser interfaces, Locator,
InputSource, and the attribute collections handed to startElement / startElementNS."""

from xml.sax._exceptions import SAXNotSupportedException, SAXNotRecognizedException
from xml.sax import handler as _handler


class XMLReader:
    """The reader interface: handlers, features and properties, parse()."""

    def __init__(self):
        self._cont_handler = _handler.ContentHandler()
        self._dtd_handler = _handler.DTDHandler()
        self._ent_handler = _handler.EntityResolver()
        self._err_handler = _handler.ErrorHandler()

    def parse(self, source):
        raise NotImplementedError("This method must be implemented!")

    def setLocale(self, locale):
        raise SAXNotSupportedException("Locale support not implemented")

    def getFeature(self, name):
        raise SAXNotRecognizedException("Feature '%s' not recognized" % name)

    def setFeature(self, name, state):
        raise SAXNotRecognizedException("Feature '%s' not recognized" % name)

    def getProperty(self, name):
        raise SAXNotRecognizedException("Property '%s' not recognized" % name)

    def setProperty(self, name, value):
        raise SAXNotRecognizedException("Property '%s' not recognized" % name)


def _handler_slot(attribute):
    def getter(self):
        return getattr(self, attribute)

    def setter(self, handler):
        setattr(self, attribute, handler)
    return getter, setter


for _attribute, _role in (("_cont_handler", "ContentHandler"), ("_dtd_handler", "DTDHandler"),
                          ("_ent_handler", "EntityResolver"), ("_err_handler", "ErrorHandler")):
    _get, _set = _handler_slot(_attribute)
    setattr(XMLReader, "get" + _role, _get)
    setattr(XMLReader, "set" + _role, _set)


class IncrementalParser(XMLReader):
    """A reader fed piece by piece: feed(), close(), reset()."""

    def __init__(self, bufsize=2 ** 16):
        self._bufsize = bufsize
        XMLReader.__init__(self)

    def parse(self, source):
        from xml.sax import saxutils
        source = saxutils.prepare_input_source(source)
        self.prepareParser(source)
        stream = source.getCharacterStream() or source.getByteStream()
        while True:
            chunk = stream.read(self._bufsize)
            if not chunk:
                break
            self.feed(chunk)
        self.close()

    def feed(self, data):
        raise NotImplementedError("This method must be implemented!")

    def prepareParser(self, source):
        raise NotImplementedError("prepareParser must be overridden!")

    def close(self):
        raise NotImplementedError("This method must be implemented!")

    def reset(self):
        raise NotImplementedError("This method must be implemented!")


class Locator:
    """Where in the document the current event is."""

    def getColumnNumber(self):
        return -1

    def getLineNumber(self):
        return -1

    def getPublicId(self):
        return None

    def getSystemId(self):
        return None


class InputSource:
    """A document's identity (public and system id), encoding, and its byte or character
    stream."""

    def __init__(self, system_id=None):
        self._fields = {"system": system_id}


def _input_source_field(key):
    def getter(self):
        return self._fields.get(key)

    def setter(self, value):
        self._fields[key] = value
    return getter, setter


for _key, _suffix in (("public", "PublicId"), ("system", "SystemId"),
                      ("encoding", "Encoding"), ("bytes", "ByteStream"),
                      ("chars", "CharacterStream")):
    _get, _set = _input_source_field(_key)
    setattr(InputSource, "get" + _suffix, _get)
    setattr(InputSource, "set" + _suffix, _set)


class AttributesImpl:
    """Attributes by name: a read-only mapping with the SAX accessors."""

    def __init__(self, attrs):
        self._map = attrs

    def _qualified(self):
        return self._map

    def getLength(self):
        return len(self._map)

    __len__ = getLength

    def getType(self, name):
        """Without a DTD every attribute is CDATA."""
        return "CDATA"

    def getValue(self, name):
        return self._map[name]

    __getitem__ = getValue

    def getValueByQName(self, name):
        return self._map[self.getNameByQName(name)]

    def getNameByQName(self, name):
        """The name under which a qualified name is stored (itself, here)."""
        if name in self._map:
            return name
        raise KeyError(name)

    def getQNameByName(self, name):
        if name in self._map:
            return name
        raise KeyError(name)

    def getNames(self):
        return list(self._map)

    keys = getNames

    def getQNames(self):
        return list(self._map)

    def __contains__(self, name):
        return name in self._map

    def get(self, name, alternative=None):
        return self._map.get(name, alternative)

    def items(self):
        return list(self._map.items())

    def values(self):
        return list(self._map.values())

    def copy(self):
        return type(self)(self._map)


class AttributesNSImpl(AttributesImpl):
    """Attributes by (uri, localname) pairs, each with its qualified name."""

    def __init__(self, attrs, qnames):
        AttributesImpl.__init__(self, attrs)
        self._qnames = qnames

    def getNameByQName(self, name):
        for pair, qualified in self._qnames.items():
            if qualified == name:
                return pair
        raise KeyError(name)

    def getQNameByName(self, name):
        """The qualified name stored for a (uri, localname) pair."""
        return self._qnames[name]

    def getQNames(self):
        return list(self._qnames.values())

    def copy(self):
        return type(self)(self._map, self._qnames)
