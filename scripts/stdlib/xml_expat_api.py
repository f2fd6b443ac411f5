# pyexpat's object API at its edges: buffer_size checks, ParserCreate's argument errors,
# ErrorString's range, ParseFile's demand for bytes, buffered text cut at buffer_size,
# the intern dict, a handler that cannot be called, and the result of Parse.
import io
import pyexpat

p = pyexpat.ParserCreate()
for action in [lambda: setattr(p, "buffer_size", 0), lambda: setattr(p, "buffer_size", "x"),
               lambda: setattr(p, "buffer_size", 5), lambda: p.buffer_size,
               lambda: p.Parse("<a>", 1),
               lambda: pyexpat.ParserCreate(5), lambda: pyexpat.ParserCreate(namespace_separator=5),
               lambda: pyexpat.ParserCreate(intern=5), lambda: pyexpat.ErrorString(0),
               lambda: pyexpat.ErrorString(99), lambda: pyexpat.ParserCreate().ParseFile(io.StringIO("<a/>")),
               lambda: p.SetBase("base/"), lambda: p.GetBase(), lambda: p.buffer_used,
               lambda: p.intern, lambda: p.ErrorCode, lambda: (p.ErrorLineNumber, p.ErrorColumnNumber)]:
    try:
        print(repr(action()))
    except Exception as e:
        print(type(e).__name__, e)

q = pyexpat.ParserCreate()
q.buffer_text = True
q.buffer_size = 4
got = []
q.CharacterDataHandler = got.append
q.Parse("<a>abcdefghij&amp;kl\nmn</a>", True)
print(got)

q = pyexpat.ParserCreate()
print(q.ParseFile(io.BytesIO(b"<a>x</a>")), q.ErrorCode)
q = pyexpat.ParserCreate(intern={})
q.StartElementHandler = lambda n, a: None
q.Parse("<a><a k='1'/></a>", True)
print(q.intern)
r = pyexpat.ParserCreate()
r.StartElementHandler = 5
try:
    r.Parse("<a/>", True)
except Exception as e:
    print(type(e).__name__, e)
print(pyexpat.ParserCreate().Parse("<a/>", True))
print(type(pyexpat.ParserCreate()).__name__, pyexpat.XMLParserType.__name__)
