# xml.etree.ElementTree beyond the basics: doctype and entity handling through
# XMLParser, iterparse with namespace events, TreeBuilder factories, writing with
# every method to files and streams, QName values, and ParseError positions in
# multi-line and fed documents.
import io
import xml.etree.ElementTree as ET
import xml.etree.cElementTree as CET


class Doctype:
    def __init__(self):
        self.seen = []

    def doctype(self, name, pubid, system):
        self.seen.append(("doctype", name, pubid, system))

    def start(self, tag, attrib):
        self.seen.append(("start", tag, attrib))

    def end(self, tag):
        self.seen.append(("end", tag))

    def data(self, text):
        self.seen.append(("data", text))

    def close(self):
        return self.seen


parser = ET.XMLParser(target=Doctype())
parser.feed('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" '
            '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">\n<html><p>x</p></html>')
for item in parser.close():
    print(item)

doc = """<!DOCTYPE r [<!ENTITY greeting "hello &amp; welcome"><!ENTITY deep "[&greeting;]">
<!ATTLIST item kind CDATA "normal">]>
<r><item>&deep;</item><item kind="special"/></r>"""
root = ET.fromstring(doc)
print(root[0].text, root[0].attrib, root[1].attrib)

events = []
source = io.BytesIO(b"<a xmlns='urn:a' xmlns:b='urn:b'><b:c>1</b:c><!--n--><d/></a>")
for event, obj in ET.iterparse(source, events=("start", "end", "start-ns", "end-ns")):
    events.append((event, obj if isinstance(obj, (tuple, type(None))) else obj.tag))
print(events)

builder = ET.TreeBuilder(element_factory=lambda tag, attrs: ET.Element(tag.upper(), attrs))
builder.start("x", {"a": "1"})
builder.data("hello ")
builder.data("world")
builder.start("y", {})
builder.end("y")
builder.data("tail")
builder.end("x")
built = builder.close()
print(ET.tostring(built), built.text, built[0].tail)
for broken in [lambda: ET.TreeBuilder().close()]:
    try:
        broken()
    except AssertionError as exc:
        print("AssertionError", exc)

tree = ET.ElementTree(ET.fromstring("<r a='1'><e/>text<f>caf\u00e9 &amp; more</f></r>"))
for method in ("xml", "html", "text"):
    for encoding in ("unicode", "utf-8", "us-ascii"):
        buf = io.StringIO() if encoding == "unicode" else io.BytesIO()
        tree.write(buf, encoding=encoding, method=method)
        print(method, encoding, repr(buf.getvalue()))
buf = io.BytesIO()
tree.write(buf, encoding="iso-8859-1")
print(buf.getvalue())
buf = io.BytesIO()
tree.write(buf, short_empty_elements=False, xml_declaration=True)
print(buf.getvalue())
buf = io.StringIO()
tree.write(buf, encoding="unicode", xml_declaration=True)
print(repr(buf.getvalue()))

q = ET.Element("{urn:x}a")
q.set("type", ET.QName("urn:x", "value"))
print(ET.tostring(q))
print(CET.Element is ET.Element, CET.fromstring("<z/>").tag)

for text in ["<a>\n  <b>\n    <c>\n  </b>\n</a>", "<a>\n\t<b x='1\n' y=2/></a>",
             "<?xml version='1.0'?>\n<!-- c -->\n<a></a>\n<b/>"]:
    try:
        ET.fromstring(text)
    except ET.ParseError as exc:
        print(exc, exc.code, exc.position, exc.msg if hasattr(exc, "msg") else None)

pull = ET.XMLPullParser()
pull.feed("<a><b>1</b>")
print([(e, el.tag) for e, el in pull.read_events()])
pull.feed("<c></d>")
try:
    list(pull.read_events())
except ET.ParseError as exc:
    print("ParseError", exc, exc.position)

e = ET.Element("e")
for path in ["a/b", "*", ".//x"]:
    print(path, e.findall(path), e.find(path), e.findtext(path, "none"))
print(ET.iselement(ET.Comment("c")), ET.Comment("c").tag is ET.Comment,
      ET.PI("p").tag is ET.ProcessingInstruction, ET.VERSION)
el = ET.Element("x", attrib={"k": "v"})
print(el.attrib, el.get("k"))
print(ET.tostring(ET.XML("<a><![CDATA[<x> & y]]></a>")))
print(ET.tostring(ET.fromstring("<a>&#x1F600;</a>"), encoding="unicode"),
      ET.tostring(ET.fromstring("<a>&#x1F600;</a>")))
