# xml.etree.ElementTree parsing: fromstring/XML, the tree's text/tail/attrib, namespaces
# as {uri}tag, entities and character references, XMLParser with a custom target,
# XMLPullParser and iterparse events, and ParseError's messages, codes and positions.
import io
import xml.etree.ElementTree as ET

DOC = """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE catalog [
  <!ENTITY pub "Example &amp; Co">
]>
<!-- the catalog -->
<catalog xmlns="urn:books" xmlns:x="urn:extra" version="2">
  <book id="b1" x:rating="5">
    <title lang="en">Dive &amp; Swim &#x263A; &#65;</title>
    <price>29.99</price>
    <x:note>first<![CDATA[ <raw> & stuff ]]>last</x:note>
  </book>
  <book id="b2">
    <title lang="fr">Le Livre</title>
    <price>9.50</price>
    <?render fast?>
  </book>
  <publisher>&pub;</publisher>
  <empty/>
  <spaced   a = "1"   b='two words'
     c="line&#10;feed"/>
</catalog>
"""

root = ET.fromstring(DOC)


def show(elem, depth=0):
    print("  " * depth + repr(elem.tag), sorted(elem.attrib.items()),
          repr(elem.text), repr(elem.tail))
    for child in elem:
        show(child, depth + 1)


show(root)
print(len(root), root[0].get("id"), root[0].keys(), root[0].items())
print([e.tag for e in root.iter()])
print([e.text for e in root.iter("{urn:books}price")])
print(repr("".join(root.itertext())[:80]))

# Bytes input, encodings and line ends.
print(ET.fromstring(b"<a>caf\xc3\xa9</a>").text)
print(ET.fromstring("<?xml version='1.0' encoding='latin-1'?><a>caf\xe9</a>".encode("latin-1")).text)
print(ET.fromstring(b"\xef\xbb\xbf<a>bom</a>").text)
print(ET.fromstring(b"\xff\xfe<\x00a\x00>\x00u\x00t\x00f\x001\x006\x00<\x00/\x00a\x00>\x00").text)
print(repr(ET.fromstring("<a x='1\r\n2\t3'>l1\r\nl2\rl3</a>").text),
      ET.fromstring("<a x='1\r\n2\t3'/>").get("x"))
print(ET.fromstring("<a xml:lang='en'/>").attrib)


class Target:
    def start(self, tag, attrib):
        print("start", tag, sorted(attrib.items()))

    def end(self, tag):
        print("end", tag)

    def data(self, data):
        print("data", repr(data))

    def comment(self, text):
        print("comment", repr(text))

    def pi(self, target, data):
        print("pi", target, repr(data))

    def start_ns(self, prefix, uri):
        print("start_ns", repr(prefix), uri)

    def end_ns(self, prefix):
        print("end_ns", repr(prefix))

    def close(self):
        print("close")
        return "done"


parser = ET.XMLParser(target=Target())
parser.feed("<a xmlns='u' xmlns:q='v' q:x='1' y='2'>x\ny &amp; z\n<![CDATA[c\nd]]>")
parser.feed("&#65;<!--c--><?p  d ?><q:b/></a>")
print(parser.close())


class OnlyStartEnd:
    def start(self, tag, attrib):
        print("S", tag)

    def end(self, tag):
        print("E", tag)


p = ET.XMLParser(target=OnlyStartEnd())
p.feed("<r><s>text<!--ignored--></s></r>")
print(p.close())

builder = ET.TreeBuilder(insert_comments=True, insert_pis=True)
p = ET.XMLParser(target=builder)
p.feed("<r>a<!--c-->b<?pi data?>c</r>")
r = p.close()
print([(e.tag if isinstance(e.tag, str) else e.tag.__name__, e.text, e.tail) for e in r])
print(ET.tostring(r))

# Pull parsing.
pull = ET.XMLPullParser(events=("start", "end", "start-ns", "end-ns", "comment", "pi"))
for piece in ["<root xmlns:a='urn:a'>", "<a:item n='1'>one</a:item><!-- c -->",
              "<?pi x?><item n='2'/>", "</root>"]:
    pull.feed(piece)
    for event, obj in pull.read_events():
        if event in ("start", "end"):
            print(event, obj.tag, obj.attrib)
        elif event in ("comment", "pi"):
            print(event, obj.text)
        else:
            print(event, obj)
pull.close()

source = io.BytesIO(DOC.encode())
for event, elem in ET.iterparse(source, events=("start", "end")):
    if elem.tag.endswith("title"):
        print(event, elem.tag, elem.text if event == "end" else "")
it = ET.iterparse(io.BytesIO(b"<a><b/><c>t</c></a>"))
print([(ev, el.tag) for ev, el in it], it.root.tag)
try:
    ET.XMLPullParser(events=("bogus",))
except ValueError as e:
    print("ValueError:", e)
try:
    list(ET.iterparse(io.BytesIO(b"<a><b></a>")))
except ET.ParseError as e:
    print("ParseError:", e, e.code, e.position)

p = ET.XMLParser()
p.feed("<a/>")
p.close()
try:
    p.feed("<b/>")
except ET.ParseError as e:
    print("ParseError:", e, e.code)

# Malformed documents.
BAD = ["", "<a>", "<a></b>", "<a><b></a>", "<a/><b/>", "<a>&foo;</a>",
       "<a x='1' x='2'/>", "<a x=1/>", "<a>< b</a>", "text", "<a>\n<b>\n</a>",
       "<?xml version='1.0'?>", "<a", "<a><!-- x", "<a>&#0;</a>", "<p:a/>",
       "<a b='<'/>", "  <a/>  junk", "<a>]]></a>", "<a>&amp</a>", "<1a/>",
       "<a>&#xD800;</a>", "<a>& x</a>", "<a>&#;</a>", "<a>&#x;</a>", "<a>&#12a;</a>",
       "<a><!-- a -- b --></a>", "<![CDATA[x]]><a/>", "<a/><![CDATA[x]]>",
       "<a><?xml version='1.0'?></a>", " <?xml version='1.0'?><a/>", "<a>\x01</a>",
       "<a x='\x01'/>", "<a x='&foo;'/>", "<a x='&#0;'/>", "<a x y='1'/>",
       "<a x='1'y='2'/>", "<a x='1' / >", "<a/ >", "<a></a b>", "<a>x</a>y",
       "<a></a>\n\n  x", "\n\n<a>\n  <b></c>", "<a>\u00e9<b></c></a>", "<a:b/>",
       "<a xmlns:p=''/>", "<a b:c='1' xmlns:b='u' d:e='2'/>", "<a\x00/>", "<\n/>"]
for doc in BAD:
    try:
        ET.fromstring(doc)
        print(repr(doc), "parsed")
    except ET.ParseError as e:
        print(repr(doc), "->", e, e.code, e.position)
print(issubclass(ET.ParseError, SyntaxError))

# fromstringlist, XMLID, parse from a file object.
print(ET.fromstringlist(["<a>", "te", "xt</a>"]).text)
tree_root, ids = ET.XMLID("<r><p id='x'>1</p><p id='y'>2</p><p>3</p></r>")
print(sorted((k, v.text) for k, v in ids.items()))
tree = ET.parse(io.StringIO("<r><c>1</c></r>"))
print(type(tree).__name__, tree.getroot().tag, tree.find("c").text)
