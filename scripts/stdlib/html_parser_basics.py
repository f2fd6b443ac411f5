# html.parser: the handle_* callbacks, convert_charrefs on and off, feeding in pieces,
# CDATA elements, broken markup, getpos and get_starttag_text.
from html.parser import HTMLParser


class Recorder(HTMLParser):
    def __init__(self, **kw):
        super().__init__(**kw)
        self.events = []

    def handle_starttag(self, tag, attrs):
        self.events.append(("start", tag, attrs, self.get_starttag_text(), self.getpos()))

    def handle_startendtag(self, tag, attrs):
        self.events.append(("startend", tag, attrs))

    def handle_endtag(self, tag):
        self.events.append(("end", tag, self.getpos()))

    def handle_data(self, data):
        self.events.append(("data", data))

    def handle_comment(self, data):
        self.events.append(("comment", data))

    def handle_decl(self, decl):
        self.events.append(("decl", decl))

    def handle_pi(self, data):
        self.events.append(("pi", data))

    def handle_charref(self, name):
        self.events.append(("charref", name))

    def handle_entityref(self, name):
        self.events.append(("entityref", name))

    def unknown_decl(self, data):
        self.events.append(("unknown_decl", data))


def run(doc, pieces=None, **kw):
    p = Recorder(**kw)
    if pieces is None:
        p.feed(doc)
    else:
        for k in range(0, len(doc), pieces):
            p.feed(doc[k:k + pieces])
    p.close()
    print(repr(doc[:40]), kw, pieces)
    for e in p.events:
        print("   ", e)
    return p


DOC = """<!DOCTYPE html>
<html lang="en">
<head><title>Caf&eacute; &amp; bar &#169; &#x41;</title>
<meta charset=utf-8 />
<script type="text/javascript">if (a < b && c > d) { x = "</p>"; }</script>
<style>p > a { color: red }</style>
</head>
<!-- a comment -- here -->
<body class='main' data-x = "1" hidden CHECKED>
<p>Hello, <b>world</b>!<br/>
<a href="/x?a=1&amp;b=2" title='it&#39;s'>link</a>
<?xml version="1.0"?>
<![CDATA[ raw <stuff> ]]>
<img src=a.png alt=""/>
&unknownentity; &lt &amp x &#1234 &#xZZ; < 3 & 4
</body></html>
"""

run(DOC)
run(DOC, convert_charrefs=False)
for size in (1, 3, 7):
    a = Recorder()
    for k in range(0, len(DOC), size):
        a.feed(DOC[k:k + size])
    a.close()
    b = Recorder()
    b.feed(DOC)
    b.close()
    print("pieces of", size, "same markup events:",
          [e for e in a.events if e[0] != "data"] == [e for e in b.events if e[0] != "data"],
          "same text:", "".join(e[1] for e in a.events if e[0] == "data")
          == "".join(e[1] for e in b.events if e[0] == "data"))
run("a &amp b &#65 c &x", pieces=1, convert_charrefs=False)

# Broken and unusual markup.
for doc in [
    "<div <p>text</div>",
    "</>",
    "</ div>",
    "</div foo='>'>after",
    "<a b='c>unterminated",
    "<!bogus comment>x",
    "<![if !IE]>ie<![endif]>",
    "<p/x>",
    "<br/ >",
    "<tag a=1 b c='3'd=4>",
    "<ScRiPt>x</SCRIPT >y",
    "<script>a</scrip></script>",
    "<style>never closed",
    "text & more &",
    "<!-- unclosed comment",
    "<?pi unclosed",
    "<x y=\"&lt;&quot;&#62;\">",
    "a\nb\n<p>\n  <q>",
    "<p\nclass=a\n>",
    "<1notatag>",
    "<>",
    "&#x110000; &#0; &#128;",
]:
    run(doc)
    run(doc, convert_charrefs=False)

# State after a reset, and lasttag.
p = Recorder()
p.feed("<p>partial <b")
print(p.rawdata, p.lasttag, p.getpos())
p.reset()
print(repr(p.rawdata), p.lasttag, p.getpos())
p.feed("<x></x>")
print(p.lasttag, p.events[-2:])
print(HTMLParser.CDATA_CONTENT_ELEMENTS)
print(HTMLParser().get_starttag_text())


# A classic use: collect the links and the text of a page.
class Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.links = []
        self.text = []

    def handle_starttag(self, tag, attrs):
        if tag == "a":
            self.links.append(dict(attrs).get("href"))

    def handle_data(self, data):
        if data.strip():
            self.text.append(data.strip())


links = Links()
links.feed(DOC)
links.close()
print(links.links)
print(links.text)
try:
    HTMLParser(True)
except TypeError as e:
    print("TypeError:", e)
