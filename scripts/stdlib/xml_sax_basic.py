# xml.sax: parseString/parse with a ContentHandler (plain and with namespaces), the
# attribute objects, SAXParseException's text and position, ErrorHandler, and saxutils'
# escape/unescape/quoteattr and XMLGenerator.
import io
import xml.sax
from xml.sax import handler, saxutils, xmlreader


class Recorder(handler.ContentHandler):
    def __init__(self):
        super().__init__()
        self.events = []

    def startDocument(self):
        self.events.append("startDocument")

    def endDocument(self):
        self.events.append("endDocument")

    def startElement(self, name, attrs):
        self.events.append(("start", name, sorted(attrs.items()), attrs.getNames()))

    def endElement(self, name):
        self.events.append(("end", name))

    def characters(self, content):
        self.events.append(("chars", content))

    def processingInstruction(self, target, data):
        self.events.append(("pi", target, data))

    def startPrefixMapping(self, prefix, uri):
        self.events.append(("prefix", prefix, uri))

    def endPrefixMapping(self, prefix):
        self.events.append(("end-prefix", prefix))

    def startElementNS(self, name, qname, attrs):
        self.events.append(("startNS", name, qname, sorted(attrs.items(), key=str)))

    def endElementNS(self, name, qname):
        self.events.append(("endNS", name, qname))


rec = Recorder()
xml.sax.parseString(b"<a x='1' y='2'>t&amp;u\nv<b/><?p d?></a>", rec)
for event in rec.events:
    print(event)

rec = Recorder()
xml.sax.parseString("<r><![CDATA[x<y]]>&#65;&lt;</r>", rec)
print(rec.events)

rec = Recorder()
reader = xml.sax.make_parser()
print(type(reader).__name__, reader.getFeature(handler.feature_namespaces))
reader.setFeature(handler.feature_namespaces, True)
reader.setContentHandler(rec)
reader.parse(io.BytesIO(b'<a xmlns="urn:u" xmlns:p="urn:v" p:x="1" y="2"><p:b/></a>'))
for event in rec.events:
    print(event)


class Attrs(handler.ContentHandler):
    def startElement(self, name, attrs):
        print(name, len(attrs), attrs.getLength(), attrs.getValue("k"), attrs.getType("k"),
              attrs["k"], "k" in attrs, attrs.get("zz", "-"), attrs.getQNames(),
              attrs.getValueByQName("k"), attrs.getNameByQName("k"))
        try:
            attrs.getValue("missing")
        except KeyError as exc:
            print("KeyError", exc)


xml.sax.parseString(b"<e k='v' j='w'/>", Attrs())

for bad in [b"<a></b>", b"<a>", b"", b"<a/><b/>", b"<a>\n  <b x='1' x='2'/></a>", b"<a>&nope;</a>"]:
    try:
        xml.sax.parseString(bad, handler.ContentHandler())
    except xml.sax.SAXParseException as exc:
        print(repr(bad), "->", exc, "|", exc.getMessage(), exc.getLineNumber(),
              exc.getColumnNumber(), exc.getSystemId(), exc.getPublicId())


class Lenient(handler.ErrorHandler):
    seen = []

    def fatalError(self, exception):
        self.seen.append(exception)


xml.sax.parseString(b"<a><b></a>", handler.ContentHandler(), Lenient())
print("fatal:", Lenient.seen[0], Lenient.seen[0].getException().code)
print(issubclass(xml.sax.SAXParseException, xml.sax.SAXException),
      xml.sax.SAXException("msg").getMessage(), str(xml.sax.SAXException("m2")))
try:
    reader.setFeature("http://example.com/nope", True)
except xml.sax.SAXNotRecognizedException as exc:
    print("SAXNotRecognizedException", exc)

# saxutils.
print(saxutils.escape("a < b & c > d"), saxutils.escape("abc", {"b": "[B]"}))
print(saxutils.unescape("&lt;x&gt; &amp;amp; &quot;"), saxutils.unescape("&q;", {"&q;": "Q"}))
print(saxutils.quoteattr("plain"), saxutils.quoteattr('say "hi"'),
      saxutils.quoteattr("it's \"both\""), saxutils.quoteattr("tab\there\nline"))

out = io.StringIO()
gen = saxutils.XMLGenerator(out, "utf-8")
gen.startDocument()
gen.startElement("root", xmlreader.AttributesImpl({"a": "1 & 2", "q": 'say "x"'}))
gen.characters("text <here> & there")
gen.ignorableWhitespace("\n  ")
gen.startElement("empty", xmlreader.AttributesImpl({}))
gen.endElement("empty")
gen.processingInstruction("target", "data")
gen.endElement("root")
gen.endDocument()
print(out.getvalue())

out = io.BytesIO()
gen = saxutils.XMLGenerator(out, "ascii", short_empty_elements=True)
gen.startDocument()
gen.startElement("r", xmlreader.AttributesImpl({}))
gen.startElement("e", xmlreader.AttributesImpl({}))
gen.endElement("e")
gen.characters("caf\u00e9")
gen.endElement("r")
print(out.getvalue())

# A SAX round trip through XMLGenerator.
out = io.StringIO()
xml.sax.parseString(b"<doc a='1'><x>hi &amp; bye</x><y/></doc>", saxutils.XMLGenerator(out))
print(out.getvalue())
