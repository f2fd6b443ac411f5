# xml.etree.ElementTree building and writing: Element/SubElement and the list API,
# attributes, Comment/PI/QName, tostring with every method and encoding, namespaces and
# register_namespace, indent, dump, ElementTree.write to files, and the find family's
# XPath subset.
import copy
import io
import os
import xml.etree.ElementTree as ET

root = ET.Element("root", {"version": "1"}, lang="en")
a = ET.SubElement(root, "item", id="a")
a.text = "first & <best>"
b = ET.SubElement(root, "item", {"id": "b"}, kind="x")
b.text = "second"
b.tail = "tail\n"
c = ET.Element("group")
c.extend([ET.Element("sub", n=str(i)) for i in range(3)])
root.append(c)
root.insert(0, ET.Comment(" a comment "))
root.append(ET.PI("style", "href='s.css'"))
print(ET.tostring(root))
print(ET.tostring(root, encoding="unicode"))
print(ET.tostring(root, encoding="unicode", short_empty_elements=False))
print(ET.tostring(root, method="text", encoding="unicode"))
print(ET.tostring(root, method="html"))
print(ET.tostring(ET.Element("a", x="é"), encoding="utf-8"))
print(ET.tostring(ET.Element("a", x="é")))
print(ET.tostring(ET.Element("a", x="é"), encoding="latin-1"))
print(ET.tostring(ET.Element("a"), xml_declaration=True))
print(ET.tostring(ET.Element("a"), encoding="unicode", xml_declaration=False))
print(ET.tostringlist(ET.Element("a"), encoding="unicode"))
print(ET.tostring(ET.Element("a", v="a\n\t\r&<>\"'")))
html = ET.fromstring("<html><head><script>if (a &lt; b) x();</script></head>"
                     "<body><br/><p class='c&amp;d'>x &gt; y</p><img src='i.png'/></body></html>")
print(ET.tostring(html, method="html", encoding="unicode"))

# The list protocol.
print(len(root), [e.tag if isinstance(e.tag, str) else e.tag.__name__ for e in root])
print(root[1].get("id"), root[-2].tag, [e.get("n") for e in c[0:2]])
del c[0]
c[0] = ET.Element("replaced")
c[1:] = [ET.Element("x"), ET.Element("y")]
print([e.tag for e in c])
c.remove(c[0])
print([e.tag for e in c], bool(c), bool(ET.Element("e")))
print(root.get("lang"), root.get("missing", "dflt"), root.attrib)
root.set("version", "2")
print(root.keys(), root.items())
print(repr(ET.Comment("x").text), ET.PI("target").text, ET.PI("t", "d").text)
print(ET.iselement(root), ET.iselement("root"))
e = ET.Element("x", {"a": "1"})
e.text = "t"
e.append(ET.Element("y"))
shallow = copy.copy(e)
deep = copy.deepcopy(e)
print(shallow[0] is e[0], deep[0] is e[0], deep.attrib == e.attrib, deep.text)
e.clear()
print(e.attrib, e.text, len(e))
print(e.makeelement("z", {"k": "v"}).attrib)

for bad in [lambda: root.append("x"), lambda: root.insert(0, 1),
            lambda: root.extend([1]), lambda: root.remove(ET.Element("nope")),
            lambda: ET.Element(), lambda: ET.Element("a", 1), lambda: root[50],
            lambda: ET.SubElement("x", "y"), lambda: ET.tostring(ET.Element(1)),
            lambda: ET.tostring(root, method="pdf"), lambda: ET.register_namespace("ns3", "u")]:
    try:
        bad()
    except Exception as exc:
        print(type(exc).__name__, exc)

# QName and namespaces.
q = ET.QName("urn:x", "tag")
print(q, repr(q), q == "{urn:x}tag", q.text, ET.QName("{urn:y}t").text)
ns = ET.Element("{urn:x}root")
ET.SubElement(ns, "{urn:y}child", {"{urn:x}attr": "1", "plain": "2"})
ET.SubElement(ns, "{http://www.w3.org/XML/1998/namespace}thing")
print(ET.tostring(ns))
ET.register_namespace("ex", "urn:x")
print(ET.tostring(ns))
print(ET.tostring(ET.Element("{urn:d}a"), default_namespace="urn:d"))
try:
    ET.tostring(ET.Element("plain"), default_namespace="urn:d")
except ValueError as exc:
    print("ValueError:", exc)
print(ET.tostring(ET.Element(q)))

# indent and dump.
doc = ET.fromstring("<a><b><c>text</c><d/></b><e>  </e><f>keep</f></a>")
ET.indent(doc)
ET.dump(doc)
ET.indent(doc, space="\t", level=1)
print(ET.tostring(doc, encoding="unicode"))
try:
    ET.indent(doc, level=-1)
except ValueError as exc:
    print("ValueError:", exc)
single = ET.Element("only")
ET.indent(single)
ET.dump(single)

# Writing files and reading them back.
folder = "/tmp/coro_etree_%d" % os.getpid()
os.makedirs(folder)
try:
    path = os.path.join(folder, "out.xml")
    tree = ET.ElementTree(ET.fromstring("<r><v>caf\u00e9</v></r>"))
    tree.write(path)
    with open(path, "rb") as f:
        print(f.read())
    tree.write(path, encoding="utf-8", xml_declaration=True)
    with open(path, "rb") as f:
        print(f.read())
    print(ET.parse(path).getroot().find("v").text)
    buf = io.BytesIO()
    tree.write(buf, encoding="utf-8")
    print(buf.getvalue())
    text = io.StringIO()
    tree.write(text, encoding="unicode")
    print(text.getvalue())
    for event, el in ET.iterparse(path):
        print(event, el.tag)
finally:
    for name in os.listdir(folder):
        os.remove(os.path.join(folder, name))
    os.rmdir(folder)

# The XPath subset.
lib = ET.fromstring("""<lib>
  <shelf name="a"><book year="2001"><t>A1</t></book><book year="1999"><t>A2</t></book></shelf>
  <shelf name="b"><book><t>B1</t></book><mag><t>M</t></mag></shelf>
  <x:shelf xmlns:x="urn:x"><x:book><t>X1</t></x:book></x:shelf>
</lib>""")
for path in ["shelf", "shelf/book", "*/book", ".//t", "./shelf[@name='b']/*",
             ".//book[@year]", ".//book[@year!='2001']", "shelf[book]",
             ".//book[t='A2']", ".//t[.='M']", ".//book[1]", ".//book[last()]",
             ".//book[last()-1]", ".//t/..", "shelf/", ".//{urn:x}book",
             ".//{*}book", "{*}shelf", ".//{}book", "{urn:x}*", "*[@name]", ".",
             ".//book[t!='A1']", "//t"]:
    try:
        found = lib.findall(path)
        print(path, [(el.tag, el.get("year") or el.text) for el in found])
    except SyntaxError as exc:
        print(path, "SyntaxError:", exc)
print(lib.find("shelf/book/t").text, lib.find("nothing"))
print(lib.findtext("shelf/book/t"), lib.findtext("nothing", "dflt"),
      repr(lib.findtext("shelf")[:3]), repr(ET.fromstring("<a><b/></a>").findtext("b")))
print([el.text for el in lib.iterfind(".//t")])
print(lib.findall("x:shelf/x:book", {"x": "urn:x"})[0].tag)
print(lib.findall("book", {"": "urn:x"}), ET.fromstring("<a xmlns='u'><b/></a>").findall("b", {"": "u"})[0].tag)
for path in ["/abs", ".//book[0]", ".//book[last()+1]", ".//book[foo()]", "y:z",
             ".//book[last()-0]", "a[@x", "[", "@"]:
    try:
        print(path, lib.findall(path))
    except (SyntaxError, KeyError, TypeError) as exc:
        print(path, type(exc).__name__, exc)
et = ET.ElementTree(lib)
print(et.findtext("shelf/book/t"), len(et.findall(".//t")), et.find(".//mag").tag,
      [e.tag for e in et.iter("shelf")], len(list(et.iterfind("shelf"))))
