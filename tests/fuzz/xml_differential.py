"""Differential check of coro's pyexpat against python3's (C expat) on random documents.

    python3 tests/fuzz/xml_differential.py CORO [COUNT] [SEED] [--against OTHER] [--plain]

python3 makes COUNT random documents (well-formed ones, mutated ones, DOCTYPEs with
entities, namespaces, CDATA, references, CRs, non-ASCII text, UTF-16 and Latin-1
encodings), each with random parser options, a random set of handlers and random
split points for Parse (inside UTF-8 sequences, tags, names, CDATA sections). Both
interpreters run every case and print a trace: each handler call with its arguments
and CurrentLineNumber/CurrentColumnNumber/CurrentByteIndex, then the error (code,
message, line, column, ErrorByteIndex) if one stopped the parse. The cases whose
traces differ are printed (at most 5) and the exit status says whether any did.

`--against OTHER` takes OTHER's traces as the reference instead of python3's (another
coro build: a change that must keep every behaviour). `--plain` keeps to what coro's
pyexpat is known to agree on: no default handlers, no positions in the trace, no
mutations, no DOCTYPE, CDATA or CR (the Python scanner differs from expat there).

Run with `trace FILE` (any interpreter) to print the traces of a case file.
"""

import json
import os
import random
import subprocess
import sys
import tempfile

HANDLERS = [
    "StartElementHandler", "EndElementHandler", "ProcessingInstructionHandler",
    "CharacterDataHandler", "UnparsedEntityDeclHandler", "NotationDeclHandler",
    "StartNamespaceDeclHandler", "EndNamespaceDeclHandler", "CommentHandler",
    "StartCdataSectionHandler", "EndCdataSectionHandler", "DefaultHandler",
    "DefaultHandlerExpand", "NotStandaloneHandler", "ExternalEntityRefHandler",
    "StartDoctypeDeclHandler", "EndDoctypeDeclHandler", "EntityDeclHandler",
    "XmlDeclHandler", "ElementDeclHandler", "AttlistDeclHandler", "SkippedEntityHandler",
]

TEXT_CHARS = ["a", "b", "z", " ", " ", "\n", "\r\n", "\r", "\t", "]", ">", "\u00e9", "\u20ac",
              "\U0001d11e", "x y", "1", "'", '"', "]]", "\u3042"]
NAMES = ["a", "b", "item", "x:y", "p:q", "_n", "d-e.f", "\u00e9l", "\u3042", "n1", "xmlns",
         "xml:lang"]
REFS = ["&amp;", "&lt;", "&gt;", "&apos;", "&quot;", "&#65;", "&#x20AC;", "&#233;", "&e1;",
        "&e2;", "&ext;", "&nope;", "&#0;", "&#xD800;", "&#1114112;", "&#x1F600;"]
MUTANTS = ["<", ">", "&", "]]>", "\x00", "\x01", "'", '"', "/", "=", "<!--", "-->", "<![CDATA[",
           "?>", "<?", "\r", "\u00ff", "\ufffe", "&#", ";", " ", "</a>", "<a>", ":", "x"]


def text(r):
    return "".join(r.choice(TEXT_CHARS) for _ in range(r.randint(0, 6)))


def attr_value(r):
    parts = []
    for _ in range(r.randint(0, 4)):
        k = r.random()
        if k < 0.6:
            parts.append(r.choice(["v", "1 2", "\u00e9", "x\ty", "a\nb", "c\r\nd", ">", "'", "]"]))
        elif k < 0.9:
            parts.append(r.choice(REFS))
        else:
            parts.append(r.choice(["<", "&", "\x01"]))
    quote = r.choice("\"'")
    return quote + "".join(parts).replace(quote, "") + quote


def element(r, depth, ns):
    name = r.choice(NAMES[:6] if ns else NAMES)
    attrs = []
    if ns and r.random() < 0.4:
        attrs.append(r.choice(['xmlns="urn:d"', 'xmlns:x="urn:x"', 'xmlns:p="urn:p"',
                               'xmlns=""', 'xmlns:x=""']))
    for _ in range(r.choice([0, 0, 1, 1, 2, 3])):
        key = r.choice(["k", "id", "x:k", "p:k", "lang", "xml:lang", "k"])
        attrs.append("%s%s=%s%s" % (key, r.choice(["", " "]), r.choice(["", " "]),
                                     attr_value(r)))
    space = r.choice([" ", "  ", "\n", "\t", "\r\n"])
    head = "<" + name + "".join(space + a for a in attrs) + r.choice(["", "", " ", "\n"])
    if r.random() < 0.2 or depth > 3:
        return head + "/>"
    body = []
    for _ in range(r.randint(0, 5)):
        k = r.random()
        if k < 0.35:
            body.append(text(r))
        elif k < 0.5:
            body.append(r.choice(REFS))
        elif k < 0.75:
            body.append(element(r, depth + 1, ns))
        elif k < 0.82:
            body.append("<![CDATA[%s]]>" % text(r).replace("]]>", ""))
        elif k < 0.9:
            body.append("<!--%s-->" % text(r).replace("--", ""))
        else:
            body.append("<?%s %s?>" % (r.choice(["pi", "t", "x-y", "xml", "a:b"]), text(r)))
    return head + ">" + "".join(body) + "</" + name + r.choice(["", "", " "]) + ">"


def doctype(r):
    decls = []
    for _ in range(r.randint(0, 5)):
        decls.append(r.choice([
            '<!ENTITY e1 "one &amp; &#66;">', '<!ENTITY e2 "<b>two</b>">',
            '<!ENTITY ext SYSTEM "ext.xml">', '<!ENTITY % pe "x">', '<!ENTITY e1 "dup">',
            '<!ENTITY un SYSTEM "u.bin" NDATA gif>', '<!NOTATION gif SYSTEM "image/gif">',
            '<!ELEMENT a (#PCDATA|b)*>', '<!ELEMENT b (a,(b|item)?)+>', '<!ELEMENT item EMPTY>',
            '<!ATTLIST a k CDATA "dflt" id ID #IMPLIED>', '<!ATTLIST b lang CDATA #FIXED "en">',
            '<!-- in subset -->', '<?spi data?>', '%pe;', '<!ENTITY e3 "&e1;+&e2;">']))
    ext = r.choice(["", "", ' SYSTEM "doc.dtd"', ' PUBLIC "-//X//Y" "doc.dtd"'])
    subset = " [" + "\n".join(decls) + "]" if decls or r.random() < 0.5 else ""
    return "<!DOCTYPE a%s%s>" % (ext, subset)


def document(r, plain=False):
    ns = r.random() < 0.3
    out = []
    if r.random() < 0.5:
        out.append(r.choice(['<?xml version="1.0"?>', '<?xml version="1.0" encoding="utf-8"?>',
                             "<?xml version='1.0' standalone='yes'?>",
                             '<?xml version="1.0" standalone="no"?>', '<?xml encoding="x"?>']))
        out.append(r.choice(["", "\n"]))
    if r.random() < 0.3:
        out.append(r.choice(["<!-- prolog -->", "<?p x?>", "\n"]))
    if r.random() < 0.35 and not plain:
        out.append(doctype(r) + "\n")
    out.append(element(r, 0, ns))
    if r.random() < 0.3:
        out.append(r.choice(["\n", "<!-- end -->", "<?e?>", "junk", "<b/>", "\r\n "]))
    doc = "".join(out)
    if plain:
        doc = doc.replace("\r", "").replace("<![CDATA[", "<!--").replace("]]>", "-->")
        for ref in ("&e1;", "&e2;", "&ext;", "&nope;"):
            doc = doc.replace(ref, "")
    elif r.random() < 0.35:
        for _ in range(r.randint(1, 3)):
            k = r.randint(0, len(doc))
            m = r.random()
            if m < 0.4:
                doc = doc[:k] + r.choice(MUTANTS) + doc[k:]
            elif m < 0.7:
                doc = doc[:k] + doc[k + r.randint(1, 3):]
            else:
                doc = doc[:k] + r.choice(MUTANTS) + doc[k + 1:]
    return doc, ns


def make_case(r, plain):
    doc, ns = document(r, plain)
    encoding = r.choice(["utf-8"] * 8 + ["utf-16", "latin-1"])
    as_str = encoding == "utf-8" and r.random() < 0.1
    if encoding == "utf-16":
        data = doc.encode("utf-16", "replace")
    elif encoding == "latin-1":
        body = doc.replace('<?xml version="1.0"?>',
                           '<?xml version="1.0" encoding="iso-8859-1"?>')
        data = body.encode("latin-1", "replace")
    else:
        data = doc.encode("utf-8", "surrogatepass")
    splits = sorted(r.sample(range(len(data) + 1), min(len(data) + 1, r.choice([0, 1, 2, 5, 20]))))
    handlers = [h for h in HANDLERS if r.random() < 0.85
                and not (plain and h.startswith("Default"))]
    if "DefaultHandler" in handlers and "DefaultHandlerExpand" in handlers:
        handlers.remove(r.choice(["DefaultHandler", "DefaultHandlerExpand"]))
    return {
        "data": data.decode("latin-1"), "str": as_str, "splits": splits,
        "ns": r.choice([None, "|", " "]) if ns else r.choice([None, None, None, "}"]),
        "handlers": handlers, "buffer_text": r.random() < 0.3,
        "ordered": r.random() < 0.3, "specified": r.random() < 0.2,
        "prefixes": r.random() < 0.2, "positions": r.random() < 0.5 and not plain,
    }


def trace_case(case, out):
    import pyexpat
    p = pyexpat.ParserCreate(namespace_separator=case["ns"])
    p.buffer_text = case["buffer_text"]
    p.ordered_attributes = case["ordered"]
    p.specified_attributes = case["specified"]
    if case["ns"] is not None:
        p.namespace_prefixes = case["prefixes"]
    positions = case["positions"]

    def recorder(name):
        def record(*args):
            if positions:
                out.append("%s%r @%d:%d:%d" % (name, args, p.CurrentLineNumber,
                                              p.CurrentColumnNumber, p.CurrentByteIndex))
            else:
                out.append("%s%r" % (name, args))
            if name == "ExternalEntityRefHandler":
                return 1
        return record

    for name in case["handlers"]:
        setattr(p, name, recorder(name[:-7]))
    data = case["data"].encode("latin-1")
    if case["str"]:
        data = data.decode("utf-8", "replace")
    pieces = []
    last = 0
    for k in case["splits"]:
        pieces.append(data[last:k])
        last = k
    pieces.append(data[last:])
    try:
        for k, piece in enumerate(pieces):
            p.Parse(piece, k == len(pieces) - 1)
        out.append("ok %d:%d" % (p.CurrentLineNumber, p.CurrentColumnNumber) if positions
                   else "ok")
    except pyexpat.ExpatError as err:
        out.append("error %s | %d %d %d %d %d" % (err, err.code, err.lineno, err.offset,
                                                  p.ErrorCode, p.ErrorByteIndex))
    except Exception as err:
        out.append("raised %s: %s" % (type(err).__name__, err))


def trace_file(path):
    with open(path, encoding="utf-8") as f:
        cases = json.load(f)
    for k, case in enumerate(cases):
        out = []
        trace_case(case, out)
        sys.stdout.write("=== %d\n%s\n" % (k, "\n".join(out)))
        sys.stdout.flush()


def split_traces(text):
    traces = {}
    for block in text.split("=== ")[1:]:
        head, _, body = block.partition("\n")
        traces[int(head)] = body
    return traces


def _limit_memory():
    import resource
    resource.setrlimit(resource.RLIMIT_AS, (2 << 30, 2 << 30))


def run_traces(interpreter, path, timeout=300):
    """The traces an interpreter prints for a case file, and whether it got through."""
    here = os.path.abspath(__file__)
    try:
        done = subprocess.run([interpreter, here, "trace", path], capture_output=True,
                              timeout=timeout, preexec_fn=_limit_memory)
        return split_traces(done.stdout.decode("utf-8", "replace")), done.returncode == 0
    except subprocess.TimeoutExpired as err:
        traces = split_traces((err.output or b"").decode("utf-8", "replace"))
        if traces:
            del traces[max(traces)]
        return traces, False


def compare(coro, count, seed, reference, plain):
    r = random.Random(seed)
    cases = [make_case(r, plain) for _ in range(count)]
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "cases.json")
        with open(path, "w", encoding="utf-8") as f:
            json.dump(cases, f)
        want, want_done = run_traces(reference, path)
        got, got_done = run_traces(coro, path)
    # A reference that hangs on a case (a known gap) leaves the rest of the file out.
    skipped = 0 if want_done else count - len(want)
    if not got_done and len(got) < len(want):
        print("coro stopped after case %d" % (len(got) - 1))
        return False
    bad = [k for k in range(count) if k in want and want.get(k) != got.get(k)]
    for k in bad[:5]:
        print("--- case %d (seed %d): %r" % (k, seed, cases[k]))
        w, g = want.get(k, "").splitlines(), (got.get(k) or "").splitlines()
        for n in range(max(len(w), len(g))):
            a = w[n] if n < len(w) else "<none>"
            b = g[n] if n < len(g) else "<none>"
            if a != b:
                print("  reference: %s\n  coro:      %s" % (a, b))
                break
    print("%d cases, %d differ, %d skipped (seed %d)" % (count, len(bad), skipped, seed))
    return not bad


if __name__ == "__main__":
    if sys.argv[1] == "trace":
        trace_file(sys.argv[2])
    else:
        args = sys.argv[1:]
        plain = "--plain" in args
        reference = sys.executable
        if "--against" in args:
            k = args.index("--against")
            reference = args[k + 1]
            del args[k:k + 2]
        args = [a for a in args if a != "--plain"]
        ok = compare(args[0], int(args[1]) if len(args) > 1 else 500,
                     int(args[2]) if len(args) > 2 else 1, reference, plain)
        sys.exit(0 if ok else 1)
