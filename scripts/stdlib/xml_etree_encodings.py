# ElementTree and pyexpat with bytes input: declared encodings (UTF-16, Latin-1), an
# encoding given to XMLParser, unknown encodings, bytes that are not UTF-8, multi-byte
# characters split between feeds, line-end normalisation, and the list API on trees.
import pyexpat
import xml.etree.ElementTree as ET

UTF16 = ("<?xml version='1.0' encoding='utf-16'?><a>x</a>")
print(ET.fromstring(b"\xff\xfe" + bytes(b for ch in UTF16 for b in (ord(ch), 0))).text)
print(ET.fromstring(bytes(b for ch in UTF16 for b in (0, ord(ch)))).text)
p = ET.XMLParser(encoding="latin-1")
p.feed(b"<a>\xe9</a>")
print(p.close().text)
for data in [b"<?xml version='1.0' encoding='BoGus'?><a/>", b"<a>\xff</a>", b"<a>\xc3</a>",
             b"<a>ok</a>\n<b>\xe9</b>"]:
    try:
        print(ET.fromstring(data).text)
    except LookupError as exc:
        print("LookupError", exc)
    except ET.ParseError as exc:
        print("ParseError", exc, exc.code, exc.position)
print(ET.fromstring(b"<a>\xe2\x82\xac</a>").text)
parser = pyexpat.ParserCreate()
parser.CharacterDataHandler = print
parser.Parse(b"<a>\xe2\x82")
parser.Parse(b"\xac and \xc3")
parser.Parse(b"\xa9</a>", True)
print(repr(ET.tostring(ET.fromstring("<a>\r\n x\r y</a>"))))

r = ET.fromstring("<a><b/><c/><b/></a>")
print([e.tag for e in r.iter("b")], list(r.iter("*"))[1].tag)
r.insert(-1, ET.Element("z"))
print([e.tag for e in r], r[::-1][0].tag, [e.tag for e in r[-1:]])
del r[1:3]
print([e.tag for e in r])
tree = ET.ElementTree(r)
print(tree.getroot() is r, [e.tag for e in tree.iter()])
e = ET.Element("e", {"b": "2", "a": "1"})
print(ET.tostring(e), e.items())
ET.SubElement(e, "s", attrib={"k": "v"})
print(ET.tostring(e))
