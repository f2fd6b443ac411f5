# xml.parsers.expat: handler attributes and the order of their calls, character data as
# expat splits it (and with buffer_text), ordered_attributes, namespace processing,
# the internal DTD subset (entities, attribute defaults, content models), encodings,
# ParseFile, the position attributes and ExpatError's messages, codes and positions.
import io
import pyexpat
import xml.parsers.expat as expat
from xml.parsers.expat import errors, model

events = []


def recorder(name):
    def handler(*args):
        events.append((name,) + args)
    return handler


HANDLERS = ["StartElementHandler", "EndElementHandler", "CharacterDataHandler",
            "CommentHandler", "ProcessingInstructionHandler", "StartNamespaceDeclHandler",
            "EndNamespaceDeclHandler", "XmlDeclHandler", "StartDoctypeDeclHandler",
            "EndDoctypeDeclHandler", "EntityDeclHandler", "StartCdataSectionHandler",
            "EndCdataSectionHandler", "ElementDeclHandler", "AttlistDeclHandler",
            "NotationDeclHandler", "UnparsedEntityDeclHandler", "SkippedEntityHandler"]


def make(**kw):
    parser = expat.ParserCreate(**kw)
    for name in HANDLERS:
        setattr(parser, name, recorder(name[:-7]))
    return parser


def show():
    for event in events:
        print(event)
    events.clear()


DOC = """<?xml version="1.0" encoding="utf-8" standalone="no"?>
<!DOCTYPE doc [
  <!ELEMENT doc (head, body*)>
  <!ELEMENT head (#PCDATA)>
  <!ELEMENT body (#PCDATA | b | i)*>
  <!ELEMENT br EMPTY>
  <!ELEMENT any ANY>
  <!ELEMENT opt (a?, (b | c)+)>
  <!ATTLIST body kind CDATA "plain" id ID #IMPLIED level (low|high) #REQUIRED>
  <!ENTITY who "World &amp; co">
  <!ENTITY nested "<b>&who;</b>">
  <!ENTITY ext SYSTEM "ext.xml">
  <!NOTATION gif SYSTEM "image/gif">
  <!ENTITY pic SYSTEM "pic.gif" NDATA gif>
  <!-- in the subset -->
]>
<doc>
  <head>Hello &who;!</head>
  <body level="low">one<![CDATA[ <two> ]]>three &#x41;&#66;</body>
  <body kind="fancy" level="high">&nested;<?pi   data  ?><!--c--></body>
</doc>"""

p = make()
p.Parse(DOC, True)
show()

# Text split across feeds, and buffered.
for buffered in (False, True):
    p = make()
    p.buffer_text = buffered
    for piece in ["<r>ab", "cd\nef", "&lt;g", "h\r\ni</r>"]:
        p.Parse(piece)
    p.Parse("", True)
    show()

p = make()
p.ordered_attributes = True
p.Parse("<r z='1' a='2' m='3'/>", True)
show()

p = make(namespace_separator="|")
p.Parse("<r xmlns='urn:d' xmlns:x='urn:x'><x:c x:k='1' k='2'/><c/></r>", True)
show()

p = make(namespace_separator=" ")
p.namespace_prefixes = True
p.Parse("<x:r xmlns:x='urn:x' x:a='1'/>", True)
show()

p = make(namespace_separator="")
p.Parse("<r xmlns='urn:d'/>", True)
show()

# Encodings.
for data in [b"<?xml version='1.0' encoding='iso-8859-1'?><r>caf\xe9</r>",
             b"\xef\xbb\xbf<r>bom \xe2\x9c\x93</r>",
             b"\xff\xfe<\x00r\x00>\x00u\x00t\x00f\x001\x006\x00 \x00\xe9\x00<\x00/\x00r\x00>\x00",
             b"\x00<\x00r\x00>\xd8\x3d\xde\x00\x00<\x00/\x00r\x00>",
             b"<r>\xc3\xa9</r>"]:
    p = make()
    p.Parse(data, True)
    show()

p = make()
p.ParseFile(io.BytesIO(b"<r><c>file</c></r>"))
show()

# Positions seen from handlers.
p = expat.ParserCreate()
p.StartElementHandler = lambda name, attrs: print(
    "at", name, p.CurrentLineNumber, p.CurrentColumnNumber, p.CurrentByteIndex)
p.Parse("<r>\n  <a/>\n\t<b>\n</b></r>", True)

# Errors.
BAD = ["", "<r>", "<r></s>", "<r/><s/>", "<r>&nope;</r>", "<r a='1' a='2'/>", "<r a=1/>",
       "<r>< s</r>", "text", "<r>\n<s>\n</r>", "<r", "<r><!-- x", "<r>&#0;</r>", "<p:r/>",
       "<r>]]></r>", "<r>&amp</r>", "<1r/>", "<r><!-- a -- b --></r>", "<r>\x01</r>",
       "<r><?xml version='1.0'?></r>", "<r xmlns:p=''/>", "<r><![CDATA[x</r>",
       "<!DOCTYPE r [<!ENTITY a '&b;'><!ENTITY b '&a;'>]><r>&a;</r>",
       "<!DOCTYPE r [<!ENTITY a '<x>'>]><r>&a;</r>", "<r>\n\n   <a>\n</b>"]
for doc in BAD:
    p = expat.ParserCreate(namespace_separator="}")
    try:
        p.Parse(doc, True)
        print(repr(doc), "parsed")
    except expat.ExpatError as e:
        print(repr(doc), "->", e, "|", e.code, e.lineno, e.offset, p.ErrorCode,
              p.ErrorLineNumber, p.ErrorColumnNumber, errors.messages[e.code])

p = expat.ParserCreate()
p.Parse("<r/>", True)
try:
    p.Parse("<s/>", True)
except expat.ExpatError as e:
    print("again:", e, e.code)

print(expat.ErrorString(7), expat.ErrorString(3), errors.XML_ERROR_TAG_MISMATCH,
      errors.codes["mismatched tag"], errors.XML_ERROR_UNDEFINED_ENTITY)
print(model.XML_CTYPE_SEQ, model.XML_CQUANT_REP, expat.error is expat.ExpatError,
      pyexpat.ExpatError is expat.ExpatError, issubclass(expat.ExpatError, Exception))

p = expat.ParserCreate()
print(p.buffer_text, p.ordered_attributes, p.buffer_size, p.StartElementHandler,
      p.ErrorCode, p.ErrorLineNumber, p.ErrorColumnNumber)
for action in [lambda: setattr(p, "nothing", 1), lambda: p.Parse(5),
               lambda: expat.ParserCreate(namespace_separator="ab"),
               lambda: setattr(p, "ErrorCode", 3), lambda: p.ParseFile(5)]:
    try:
        action()
    except Exception as e:
        print(type(e).__name__, e)
