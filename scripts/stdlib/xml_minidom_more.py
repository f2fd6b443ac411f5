# xml.dom.minidom beyond the basics: namespace-aware creation and lookup, text node
# editing, fragments, documents with a doctype and entities, getElementById, the
# pretty printer on parsed and built trees, writexml to a stream, and error cases.
import io
import xml.dom
from xml.dom import minidom

doc = minidom.parseString(
    "<?xml version='1.0' encoding='utf-8' standalone='yes'?>"
    "<!DOCTYPE r [<!ENTITY me 'the entity'><!ATTLIST item key ID #IMPLIED>]>"
    "<r xmlns:a='urn:a'><item key='k1'>&me;</item><a:item key='k2'>x</a:item>"
    "<a:other a:flag='1'/></r>")
print(doc.version, doc.encoding, doc.standalone, doc.doctype.name,
      repr(doc.doctype.internalSubset), [doc.doctype.entities.item(i).nodeName for i in range(doc.doctype.entities.length)])
print(doc.getElementById("k1").toxml(), doc.getElementById("k2"), doc.getElementById("zz"))
print([e.tagName for e in doc.getElementsByTagNameNS("urn:a", "*")],
      [e.tagName for e in doc.getElementsByTagNameNS("*", "item")],
      [e.tagName for e in doc.getElementsByTagName("*")])
other = doc.getElementsByTagName("a:other")[0]
print(other.getAttributeNS("urn:a", "flag"), other.hasAttributeNS("urn:a", "flag"),
      other.getAttributeNodeNS("urn:a", "flag").name, other.localName, other.prefix,
      other.namespaceURI)
print(doc.documentElement.firstChild.firstChild.data)

new = minidom.Document()
root = new.createElementNS("urn:r", "p:root")
new.appendChild(root)
root.setAttributeNS("urn:r", "p:attr", "v")
root.setAttributeNS(xml.dom.XMLNS_NAMESPACE, "xmlns:p", "urn:r")
print(root.tagName, root.prefix, root.localName, root.namespaceURI, root.toxml())
print(new.documentElement is root, new.firstChild is root, new.toxml())

text = new.createTextNode("hello world")
root.appendChild(text)
tail = text.splitText(5)
print(repr(text.data), repr(tail.data), len(root.childNodes), text.nextSibling is tail,
      text.length, tail.wholeText)
text.appendData("!")
text.insertData(0, ">")
text.replaceData(1, 2, "HE")
text.deleteData(0, 1)
print(repr(text.data), text.substringData(1, 3))

frag = new.createDocumentFragment()
for name in ("one", "two", "three"):
    frag.appendChild(new.createElement(name))
root.insertBefore(frag, tail)
print([c.nodeName for c in root.childNodes], len(frag.childNodes))
first = root.childNodes[1]
root.replaceChild(new.createComment("was one"), first)
print(root.toxml())
print(first.parentNode, root.hasChildNodes(), first.hasChildNodes(), new.createElement("q").hasAttributes())

built = minidom.getDOMImplementation().createDocument(
    None, "page", minidom.getDOMImplementation().createDocumentType(
        "page", "-//Example//DTD Page//EN", "page.dtd"))
body = built.documentElement.appendChild(built.createElement("body"))
body.appendChild(built.createTextNode("  spaced  "))
body.setAttribute("class", "main")
section = body.appendChild(built.createElement("section"))
section.appendChild(built.createElement("p")).appendChild(built.createTextNode("para"))
print(built.toxml())
print(built.toprettyxml(indent="  "))
print(built.toprettyxml(indent="", newl=""))
print(built.documentElement.toprettyxml(indent="-", newl="|"))
stream = io.StringIO()
body.writexml(stream, "", "  ", "\n")
print(repr(stream.getvalue()))

parsed = minidom.parseString("<a>\n  <b>text</b>\n  <c/>\n</a>")
print(parsed.toprettyxml(indent="  "))
print(repr(parsed.documentElement.childNodes[0].data), parsed.documentElement.childNodes.length)
copy = parsed.cloneNode(True)
print(copy.toxml() == parsed.toxml(), copy.documentElement is parsed.documentElement)
imported = built.importNode(parsed.documentElement, True)
print(imported.ownerDocument is built, imported.parentNode, imported.toxml())

with minidom.parseString("<z><y/></z>") as scoped:
    print(scoped.documentElement.tagName)
print(minidom.parse(io.BytesIO(b"<f>from file</f>")).documentElement.firstChild.data)
print(minidom.parse(io.StringIO("<f>text stream</f>")).documentElement.firstChild.data)

attrs = doc.documentElement.firstChild.attributes
print(attrs.length, attrs.item(0).name, attrs.item(3), attrs.getNamedItem("key").value,
      "key" in attrs, attrs.get("nope"), [a.value for a in attrs.values()])
cd = new.createCDATASection("x]]>y")
holder = new.createElement("h")
holder.appendChild(cd)
for action in [lambda: holder.toxml(), lambda: new.appendChild(new.createTextNode("t")),
               lambda: root.insertBefore(new.createElement("n"), new.createElement("ref")),
               lambda: root.replaceChild(new.createElement("n"), new.createElement("ref")),
               lambda: text.splitText(99), lambda: new.createElement("x").removeChild(text),
               lambda: new.createComment("c").appendChild(new.createElement("x"))]:
    try:
        action()
        print("no error")
    except Exception as exc:
        message = str(exc)
        print(type(exc).__name__, message if "0x" not in message else "(address)",
              getattr(exc, "code", None))
