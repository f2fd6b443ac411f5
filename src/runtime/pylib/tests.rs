//! The embedded modules exercised through real scripts: each snippet asserts its own
//! results, so a failure names the Python line that went wrong.

use crate::interpreter::{run_asserting_script, Interpreter};

pub(crate) fn run(src: &str) {
    let mut interp = Interpreter::new();
    run_asserting_script(&mut interp, src);
}

#[test]
fn every_embedded_module_compiles_and_imports() {
    for name in [
        "itertools",
        "operator",
        "contextlib",
        "types",
        "collections",
        "string",
        "copy",
        "__future__",
        "os",
        "posixpath",
        "stat",
        "_structseq",
        "fnmatch",
        "glob",
        "shutil",
        "tempfile",
        "pathlib",
        "abc",
        "enum",
        "dataclasses",
        "typing",
        "_collections_abc",
        "collections.abc",
        "contextvars",
        "weakref",
        "_weakrefset",
        "_typing_extras",
        "time",
        "datetime",
        "logging",
        "argparse",
        "traceback",
        "doctest",
        "importlib",
        "importlib.util",
        "importlib.machinery",
        "re",
        "pprint",
        "functools",
        "fractions",
        "numbers",
        "random",
        "json",
        "heapq",
        "bisect",
        "textwrap",
        "timeit",
        "uuid",
        "struct",
        "base64",
        "secrets",
        "threading",
        "queue",
        "concurrent",
        "concurrent.futures",
        "concurrent.futures._base",
        "concurrent.futures.thread",
        "_csv",
        "csv",
        "keyword",
        "colorsys",
        "getopt",
        "shlex",
        "calendar",
        "reprlib",
        "graphlib",
        "sched",
        "html",
        "html.entities",
        "html.parser",
        "tomllib",
        "urllib",
        "urllib.parse",
        "urllib.error",
        "urllib.request",
        "urllib.response",
        "socketserver",
        "email",
        "email.errors",
        "email.header",
        "email.message",
        "email.parser",
        "email.feedparser",
        "email.generator",
        "email.policy",
        "email.utils",
        "email.mime",
        "_email_mime",
        "email.mime.base",
        "email.mime.nonmultipart",
        "email.mime.multipart",
        "email.mime.text",
        "email.mime.application",
        "email.mime.message",
        "http.client",
        "http.server",
        "http.cookies",
        "hmac",
        "linecache",
        "array",
        "zlib",
        "gzip",
        "platform",
        "getpass",
        "filecmp",
        "codecs",
        "_codecs",
        "pickle",
        "copyreg",
        "locale",
        "configparser",
        "ipaddress",
        "_ipaddress_text",
        "xml",
        "xml.parsers",
        "xml.parsers.expat",
        "pyexpat",
        "_pyexpat_state",
        "_xml_scanner",
        "_xml_dtd",
        "_xml_decode",
        "xml.etree",
        "xml.etree.ElementTree",
        "xml.etree.cElementTree",
        "_xml_etree_path",
        "_xml_etree_parse",
        "_xml_etree_write",
        "xml.dom",
        "xml.dom.minidom",
        "_xml_minidom_doc",
        "_xml_minidom_node",
        "_xml_minidom_build",
        "xml.sax",
        "xml.sax.handler",
        "xml.sax.saxutils",
        "xml.sax.xmlreader",
        "xml.sax.expatreader",
        "xml.sax._exceptions",
        "zipfile",
        "_zipfile_path",
        "_zipinfo",
        "_zipfile_streams",
        "tarfile",
        "_tarinfo",
        "_tarfile_extract",
        "_shutil_archives",
        "pwd",
        "grp",
        "mimetypes",
        "optparse",
        "_optparse_help",
        "bz2",
        "sqlite3",
        "zoneinfo",
        "dbm",
        "shelve",
        "token",
        "tokenize",
        "fcntl",
        "termios",
        "tty",
        "pty",
        "resource",
        "mmap",
        "faulthandler",
        "codeop",
        "code",
        "cmd",
        "fileinput",
        "gettext",
        "plistlib",
        "logging.handlers",
        "logging.config",
        "wsgiref",
        "wsgiref.util",
        "wsgiref.headers",
        "wsgiref.handlers",
        "wsgiref.simple_server",
        "wsgiref.validate",
    ] {
        assert!(super::source(name).is_some(), "{name} is not embedded");
        run(&format!(
            "import {name}\nassert {name}.__name__ == '{name}'\nimport {name} as again\nassert again is {name}\n"
        ));
    }
    assert!(super::source("nosuchmodule").is_none());
}

#[test]
fn unknown_module_still_raises_module_not_found() {
    run(r#"
try:
    import nosuchmodule
    assert False
except ModuleNotFoundError as e:
    assert str(e) == "No module named 'nosuchmodule'", str(e)
"#);
}

#[test]
fn itertools_tools() {
    run(r#"
import itertools as it
assert [(k, list(g)) for k, g in it.groupby("aabccc")] == [('a', ['a', 'a']), ('b', ['b']), ('c', ['c', 'c', 'c'])]
g = it.groupby("aaabbc"); k1, g1 = next(g); k2, g2 = next(g)
assert list(g1) == [] and list(g2) == ['b', 'b']
assert list(it.islice(range(10), 2, 8, 3)) == [2, 5]
assert list(it.permutations(range(3))) == [(0, 1, 2), (0, 2, 1), (1, 0, 2), (1, 2, 0), (2, 0, 1), (2, 1, 0)]
assert list(it.combinations(range(4), 3)) == [(0, 1, 2), (0, 1, 3), (0, 2, 3), (1, 2, 3)]
a, b, c = it.tee(iter(range(4)), 3)
assert list(a) == list(b) == list(c) == [0, 1, 2, 3]
assert repr(it.count(3)) == "count(3)" and repr(it.repeat('x', 2)) == "repeat('x', 2)"
assert list(it.accumulate([1, 2, 3], initial=100)) == [100, 101, 103, 106]
assert list(it.product([1, 2], repeat=2)) == [(1, 1), (1, 2), (2, 1), (2, 2)]
"#);
}

#[test]
fn operator_functions_and_getters() {
    run(r#"
import operator as op
class N: pass
o = N(); o.inner = N(); o.inner.v = 5
assert op.attrgetter("inner.v")(o) == 5
assert op.itemgetter(2, 0)("abc") == ("c", "a")
assert op.methodcaller("split", ",", maxsplit=1)("a,b,c") == ["a", "b,c"]
assert op.add(1, 2) == 3 and op.neg(3) == -3 and op.truth([]) is False and op.not_(0) is True
assert op.contains([1, 2], 2) and op.is_(None, None) and op.floordiv(7, 2) == 3
l = [1]; assert op.iadd(l, [2]) is l and l == [1, 2]
d = {}; op.setitem(d, "k", 1); assert op.getitem(d, "k") == 1; op.delitem(d, "k"); assert d == {}
assert repr(op.itemgetter(1)) == "operator.itemgetter(1)"
"#);
}

#[test]
fn contextmanager_exception_semantics() {
    run(r#"
import contextlib
log = []
@contextlib.contextmanager
def swallow():
    try:
        yield "v"
    except ValueError:
        log.append("swallowed")
with swallow() as v:
    raise ValueError
assert v == "v" and log == ["swallowed"]

@contextlib.contextmanager
def passthrough():
    yield
try:
    with passthrough():
        raise KeyError("k")
except KeyError as e:
    assert e.args == ("k",)
else:
    raise AssertionError('did not raise: with passthrough():')

@contextlib.contextmanager
def reraise():
    try:
        yield
    except TypeError:
        raise
err = TypeError("same")
try:
    with reraise():
        raise err
except TypeError as e:
    assert e is err
else:
    raise AssertionError('did not raise: with reraise():')

stop = StopIteration("body")
try:
    with passthrough():
        raise stop
except StopIteration as e:
    assert e is stop
else:
    raise AssertionError('did not raise: with passthrough():')

@contextlib.contextmanager
def no_yield():
    if False:
        yield
try:
    with no_yield():
        pass
except RuntimeError as e:
    assert str(e) == "generator didn't yield"
else:
    raise AssertionError('did not raise: with no_yield():')

@contextlib.contextmanager
def two_yields():
    yield
    yield
try:
    with two_yields():
        pass
except RuntimeError as e:
    assert str(e) == "generator didn't stop"
else:
    raise AssertionError('did not raise: with two_yields():')

with contextlib.suppress(KeyError, IndexError):
    [][1]
with contextlib.nullcontext(5) as n:
    assert n == 5

class Closer:
    closed = False
    def close(self):
        self.closed = True
with contextlib.closing(Closer()) as c:
    pass
assert c.closed

order = []
with contextlib.ExitStack() as stack:
    stack.callback(order.append, 1)
    stack.enter_context(swallow())
    stack.callback(order.append, 2)
assert order == [2, 1]

@passthrough()
def decorated(x):
    return x * 2
assert decorated(4) == 8 and decorated(5) == 10
"#);
}

#[test]
fn types_names_and_namespace() {
    run(r#"
import types
def g():
    yield 1
assert isinstance(g(), types.GeneratorType) and isinstance(g, types.FunctionType)
ns = types.SimpleNamespace(a=1, b="x")
assert repr(ns) == "namespace(a=1, b='x')" and ns == types.SimpleNamespace(a=1, b="x")
@types.coroutine
def legacy():
    return (yield "tick")
async def user():
    return await legacy()
c = user()
assert c.send(None) == "tick"
try:
    c.send(3)
except StopIteration as s:
    assert s.value == 3
else:
    raise AssertionError('did not raise: c.send(3)')
"#);
}

#[test]
fn collections_containers() {
    run(r#"
from collections import namedtuple, deque, Counter, defaultdict, OrderedDict
P = namedtuple("P", "x y")
p = P(1, y=2)
assert repr(p) == "P(x=1, y=2)" and p.x == 1 and p[1] == 2 and tuple(p) == (1, 2)
x, y = p
assert (x, y) == (1, 2) and p._asdict() == {"x": 1, "y": 2} and tuple(p._replace(x=9)) == (9, 2)
assert isinstance(p, tuple) and P._fields == ("x", "y")
d = deque([1, 2], maxlen=3)
d.appendleft(0); d.append(3)
assert repr(d) == "deque([1, 2, 3], maxlen=3)" and d.popleft() == 1 and len(d) == 2
d.rotate(1)
assert list(d) == [3, 2]
c = Counter("abracadabra")
assert c.most_common(1) == [("a", 5)] and c["zz"] == 0
assert repr(Counter("aab")) == "Counter({'a': 2, 'b': 1})"
assert Counter(a=2) + Counter(a=1, b=1) == Counter(a=3, b=1)
dd = defaultdict(list)
dd["k"].append(1)
assert dd["k"] == [1] and len(dd) == 1 and repr(dd) == "defaultdict(<class 'list'>, {'k': [1]})"
od = OrderedDict(a=1, b=2)
od.move_to_end("a")
assert list(od) == ["b", "a"] and repr(od) == "OrderedDict([('b', 2), ('a', 1)])"
"#);
}

#[test]
fn string_constants_and_template() {
    run(r#"
import string
assert string.ascii_letters[:3] == "abc" and string.digits == "0123456789"
assert string.Template("$a ${b}$$").substitute(a=1, b=2) == "1 2$"
assert string.capwords("hello  world") == "Hello World"
"#);
}

#[test]
fn copy_shallow_and_deep() {
    run(r#"
import copy
class Box:
    def __init__(self, items):
        self.items = items
b = Box([1, [2]])
s = copy.copy(b)
assert s is not b and s.items is b.items
d = copy.deepcopy(b)
assert d.items == b.items and d.items[1] is not b.items[1]
l = [1]; l.append(l)
m = copy.deepcopy(l)
assert m[1] is m
t = (1, [2])
assert copy.deepcopy(t) == t and copy.deepcopy(t) is not t and copy.copy(t) is t
"#);
}

#[test]
fn xml_expat_tree_and_dom_agree_on_one_document() {
    run(r#"
import pyexpat, xml.etree.ElementTree as ET
from xml.dom import minidom
doc = "<r a='1'><!--c--><x>t&amp;u</x><![CDATA[<raw>]]></r>"
seen = []
p = pyexpat.ParserCreate()
p.StartElementHandler = lambda name, attrs: seen.append(("start", name, attrs))
p.CharacterDataHandler = lambda text: seen.append(("text", text))
p.CommentHandler = lambda text: seen.append(("comment", text))
p.Parse(doc, True)
assert seen == [("start", "r", {"a": "1"}), ("comment", "c"), ("start", "x", {}),
                ("text", "t"), ("text", "&"), ("text", "u"), ("text", "<raw>")], seen
root = ET.fromstring(doc)
assert root.find("x").text == "t&u" and root[0].tail == "<raw>"
assert ET.tostring(root) == b'<r a="1"><x>t&amp;u</x>&lt;raw&gt;</r>'
dom = minidom.parseString(doc)
assert [n.nodeType for n in dom.documentElement.childNodes] == [8, 1, 4]
try:
    ET.fromstring("<r><x></r>")
    raise AssertionError("no error")
except ET.ParseError as err:
    assert err.code == 7 and err.position == (1, 8), (err.code, err.position)
"#);
}
