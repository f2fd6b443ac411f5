# xml.dom.minidom: parsing (text, CDATA, comments, PIs, DOCTYPE, namespaces), the node
# API, building a document, toxml/toprettyxml, and ExpatError for bad input.
from xml.dom import minidom
import xml.dom
from xml.parsers.expat import ExpatError

DOC = """<?xml version="1.0"?>
<!DOCTYPE catalog SYSTEM "catalog.dtd">
<!-- top comment -->
<catalog xmlns="urn:c" xmlns:x="urn:x" version="2">
  <book id="b1" x:rating="5">
    <title lang="en">Dive &amp; Swim</title>
    <price>29.99</price>
    <![CDATA[ <raw> ]]>
  </book>
  <?render fast?>
  <book id="b2"><title>Second</title></book>
</catalog>"""

doc = minidom.parseString(DOC)
root = doc.documentElement
print(doc.nodeType, doc.nodeName, doc.doctype.name, doc.doctype.systemId, doc.doctype.publicId)
print(root.tagName, root.nodeName, root.namespaceURI, root.prefix, root.localName,
      root.getAttribute("version"), repr(root.getAttribute("missing")), root.hasAttribute("version"))
print(root.attributes.items(), root.attributes.length, list(root.attributes.keys()))
print([n.nodeType for n in root.childNodes][:3], repr(root.firstChild), len(root.childNodes))
books = doc.getElementsByTagName("book")
print(len(books), books.length, [b.getAttribute("id") for b in books], books.item(5))
b1 = books[0]
title = b1.getElementsByTagName("title")[0]
print(title.firstChild.data, title.firstChild.nodeValue, title.firstChild.nodeType,
      title.getAttribute("lang"), title.parentNode is b1, title.firstChild.nodeName)
attr = b1.getAttributeNode("x:rating")
print(attr.name, attr.value, attr.namespaceURI, attr.localName, attr.prefix, attr.nodeType)
print(b1.attributes["x:rating"].value, b1.firstChild.nodeType, repr(b1.firstChild.data))
print([c.nodeType for c in b1.childNodes], b1.lastChild.nodeType, b1.childNodes[-2].nodeType)
pi = [c for c in root.childNodes if c.nodeType == c.PROCESSING_INSTRUCTION_NODE][0]
print(pi.target, pi.data, pi.nodeName, pi.nodeValue)
print([c.nodeType for c in doc.childNodes], doc.childNodes[1].data)
print(books[1].previousSibling.nodeType, books[0].nextSibling.nodeType, root.nextSibling)
print(repr(doc.toxml()))
print(doc.toprettyxml(indent="  "))
print(root.toxml()[:60])
print(doc.toxml(encoding="utf-8")[:40])

# Building a document.
impl = minidom.getDOMImplementation()
new = impl.createDocument(None, "root", None)
top = new.documentElement
item = new.createElement("item")
item.setAttribute("name", 'a "quoted" & <odd> value')
item.setAttribute("n", "1")
item.appendChild(new.createTextNode("text & more"))
top.appendChild(item)
top.appendChild(new.createComment(" note "))
empty = top.appendChild(new.createElement("empty"))
top.insertBefore(new.createElement("first"), item)
top.appendChild(new.createProcessingInstruction("pi", "data"))
cdata = new.createCDATASection("a<b")
wrapper = top.appendChild(new.createElement("wrap"))
wrapper.appendChild(cdata)
print(new.toxml())
print(new.toprettyxml())
print(new.toprettyxml(indent=" ", newl="\n", standalone=True)[:60])
print([c.nodeName for c in top.childNodes])
top.removeChild(empty)
replaced = top.replaceChild(new.createElement("second"), item)
print(replaced.tagName, [c.nodeName for c in top.childNodes], replaced.parentNode)
item.removeAttribute("n")
print(item.hasAttribute("n"), item.attributes.items(), item.hasAttributes())
clone = top.cloneNode(True)
shallow = top.cloneNode(False)
print(clone.toxml() == top.toxml(), shallow.toxml(), clone.ownerDocument is new)
t1 = new.createTextNode("a")
t2 = new.createTextNode("")
t3 = new.createTextNode("b")
holder = new.createElement("h")
for t in (t1, t2, t3):
    holder.appendChild(t)
holder.normalize()
print(len(holder.childNodes), holder.firstChild.data, t1.wholeText)
print(repr(new.createTextNode("a long text value here")), repr(new.createComment("c")))
print(repr(item).startswith("<DOM Element: item at 0x"))

for bad in [lambda: new.appendChild(new.createElement("x")),
            lambda: top.removeChild(new.createElement("orphan")),
            lambda: new.createTextNode(5),
            lambda: t1.appendChild(new.createElement("x")),
            lambda: item.removeAttribute("nope"),
            lambda: new.createComment("a--b").toxml(),
            lambda: xml.dom.DOMException()]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e, getattr(e, "code", None))

for text in ["<a></b>", "<a>", "", "<a><b/></a><c/>", "<p:a/>", "<a x='1' x='2'/>"]:
    try:
        minidom.parseString(text)
    except ExpatError as e:
        print(repr(text), e, e.code, e.lineno, e.offset)
print(minidom.parseString(b"<a>caf\xc3\xa9</a>").documentElement.firstChild.data)
print(xml.dom.Node.ELEMENT_NODE, xml.dom.Node.TEXT_NODE, xml.dom.XMLNS_NAMESPACE,
      xml.dom.NotFoundErr.code, issubclass(xml.dom.HierarchyRequestErr, xml.dom.DOMException))
