"""The document type declaration for coro's pyexpat scanner: the DOCTYPE line, its external
identifier and the internal subset's declarations (ENTITY, ELEMENT with its content model,
ATTLIST with defaults, NOTATION, comments, PIs, parameter-entity references).

It reads declarations; it does not validate a document against them and never fetches an
external subset."""

from _xml_scanner import (ScanError, _Incomplete, _NAME, _SPACES, char_from_ref,
                          SYNTAX, INVALID_TOKEN, BAD_CHAR_REF, normalize_newlines)
import re as _re

_CHAR_REF = _re.compile("&#(x[0-9a-fA-F]+|[0-9]+);")


def scan_doctype(scanner, i):
    """Scan `<!DOCTYPE ...>` at buf[i]; returns the offset after it."""
    decl = _Decl(scanner, i + 9)
    buf = scanner.buf
    if decl.skip() == i + 9:
        raise ScanError(SYNTAX, i + 9)
    name = decl.name()
    system_id = public_id = None
    decl.skip()
    if decl.peek_word("SYSTEM"):
        system_id = decl.literal()
    elif decl.peek_word("PUBLIC"):
        public_id = decl.literal()
        system_id = decl.literal()
    decl.skip()
    has_subset = buf[decl.pos] == "["
    if has_subset:
        # Scan the whole declaration before reporting any of it, so a partial feed is
        # retried from the start.
        _Subset(scanner, decl.pos + 1, None).run()
    else:
        if buf[decl.pos] != ">":
            raise ScanError(SYNTAX, decl.pos)
    sink = scanner.sink
    sink.on_doctype_start(name, system_id, public_id, has_subset, i)
    if has_subset:
        decl.pos = _Subset(scanner, decl.pos + 1, sink).run()
        decl.skip()
        if buf[decl.pos] != ">":
            raise ScanError(SYNTAX, decl.pos)
    sink.on_doctype_end(i)
    return decl.pos + 1


class _Decl:
    """A cursor over one declaration's words."""

    def __init__(self, scanner, pos):
        self.scanner = scanner
        self.buf = scanner.buf
        self.pos = pos

    def skip(self):
        self.pos = _SPACES.match(self.buf, self.pos).end()
        if self.pos >= len(self.buf):
            raise _Incomplete()
        return self.pos

    def name(self):
        self.skip()
        match = _NAME.match(self.buf, self.pos)
        if match is None:
            raise ScanError(SYNTAX, self.pos)
        self.pos = match.end()
        self.scanner.need(self.pos)
        return match.group()

    def peek_word(self, word):
        if self.buf.startswith(word, self.pos):
            self.pos += len(word)
            return True
        if word.startswith(self.buf[self.pos:]):
            raise _Incomplete()
        return False

    def literal(self):
        self.skip()
        quote = self.buf[self.pos]
        if quote not in "'\"":
            raise ScanError(SYNTAX, self.pos)
        close = self.buf.find(quote, self.pos + 1)
        if close < 0:
            raise _Incomplete()
        text = self.buf[self.pos + 1:close]
        self.pos = close + 1
        self.scanner.need(self.pos)
        return text

    def until_close(self):
        """The raw text up to the declaration's closing '>' (quotes respected)."""
        buf = self.buf
        k = self.pos
        quote = None
        while True:
            ch = self.scanner.need(k)
            if quote:
                if ch == quote:
                    quote = None
            elif ch in "'\"":
                quote = ch
            elif ch == ">":
                text = buf[self.pos:k]
                self.pos = k + 1
                return text
            k += 1


class _Subset:
    """The internal subset, reported to `sink` (or only checked when sink is None)."""

    def __init__(self, scanner, pos, sink):
        self.scanner = scanner
        self.buf = scanner.buf
        self.pos = pos
        self.sink = sink

    def run(self):
        buf = self.buf
        scanner = self.scanner
        while True:
            k = _SPACES.match(buf, self.pos).end()
            ch = scanner.need(k)
            if ch == "]":
                return k + 1
            if ch == "%":
                decl = _Decl(scanner, k + 1)
                name = decl.name()
                if buf[decl.pos] != ";":
                    raise ScanError(INVALID_TOKEN, decl.pos)
                if self.sink:
                    self.sink.on_pe_ref(name, k)
                self.pos = decl.pos + 1
                continue
            if ch != "<":
                raise ScanError(INVALID_TOKEN if ch not in "'\"" else SYNTAX, k)
            self.pos = self.markup(k)

    def markup(self, k):
        buf = self.buf
        scanner = self.scanner
        scanner.need(k + 1)
        if buf.startswith("<?", k) or buf.startswith("<!--", k):
            saved = scanner.sink
            if self.sink is None:
                scanner.sink = _Quiet()
            try:
                return scanner.pi(k) if buf[k + 1] == "?" else scanner.comment(k)
            finally:
                scanner.sink = saved
        for word, method in (("<!ENTITY", self.entity), ("<!ELEMENT", self.element),
                             ("<!ATTLIST", self.attlist), ("<!NOTATION", self.notation)):
            if buf.startswith(word, k):
                decl = _Decl(scanner, k + len(word))
                method(decl, k)
                return decl.pos
            if word.startswith(buf[k:k + len(word)]) and len(buf) - k < len(word):
                raise _Incomplete()
        raise ScanError(SYNTAX, k)

    def entity(self, decl, at):
        decl.skip()
        parameter = False
        if self.buf[decl.pos] == "%":
            parameter = True
            decl.pos += 1
        name = decl.name()
        decl.skip()
        value = system_id = public_id = notation = None
        if self.buf[decl.pos] in "'\"":
            value = expand_char_refs(self.scanner, decl.literal(), decl.pos)
        elif decl.peek_word("SYSTEM"):
            system_id = decl.literal()
        elif decl.peek_word("PUBLIC"):
            public_id = decl.literal()
            system_id = decl.literal()
        else:
            raise ScanError(SYNTAX, decl.pos)
        decl.skip()
        if system_id is not None and not parameter and decl.peek_word("NDATA"):
            notation = decl.name()
            decl.skip()
        if self.buf[decl.pos] != ">":
            raise ScanError(SYNTAX, decl.pos)
        decl.pos += 1
        if self.sink:
            self.sink.on_entity_decl(name, parameter, value, system_id, public_id,
                                     notation, at)

    def element(self, decl, at):
        name = decl.name()
        spec = decl.until_close().strip()
        if self.sink:
            self.sink.on_element_decl(name, content_model(spec), at)

    def attlist(self, decl, at):
        element = decl.name()
        words = _split_attlist(decl.until_close())
        if self.sink is None:
            return
        k = 0
        while k + 2 < len(words) or (k + 1 < len(words) and words[k + 1] == "#IMPLIED"):
            attr, kind = words[k], words[k + 1]
            k += 2
            if kind == "NOTATION" and k < len(words):
                kind += words[k]
                k += 1
            default_word = words[k] if k < len(words) else "#IMPLIED"
            k += 1
            required = False
            default = None
            if default_word == "#REQUIRED":
                required = True
            elif default_word == "#FIXED":
                default = words[k][1:-1]
                k += 1
            elif default_word != "#IMPLIED":
                default = default_word[1:-1]
            if default is not None:
                default = expand_char_refs(self.scanner, default, at)
            self.sink.on_attlist_decl(element, attr, kind, default, required, at)

    def notation(self, decl, at):
        name = decl.name()
        decl.skip()
        system_id = public_id = None
        if decl.peek_word("SYSTEM"):
            system_id = decl.literal()
        elif decl.peek_word("PUBLIC"):
            public_id = decl.literal()
            decl.skip()
            if self.buf[decl.pos] in "'\"":
                system_id = decl.literal()
        decl.skip()
        if self.buf[decl.pos] != ">":
            raise ScanError(SYNTAX, decl.pos)
        decl.pos += 1
        if self.sink:
            self.sink.on_notation_decl(name, system_id, public_id, at)


class _Quiet:
    """Swallows the events of a subset scanned only to see that it is complete."""

    def __getattr__(self, name):
        return lambda *args: None


def expand_char_refs(scanner, text, at):
    def one(match):
        ref = match.group(1)
        ch = char_from_ref(int(ref[1:], 16) if ref[0] == "x" else int(ref))
        if ch is None:
            raise ScanError(BAD_CHAR_REF, at)
        return ch
    return _CHAR_REF.sub(one, normalize_newlines(text))


def _split_attlist(text):
    words = []
    k = 0
    n = len(text)
    while k < n:
        ch = text[k]
        if ch in " \t\r\n":
            k += 1
        elif ch in "'\"":
            # An unclosed quote or group runs to the end (not a loop from the start).
            close = text.find(ch, k + 1) % (n + 1)
            words.append(text[k:close + 1])
            k = close + 1
        elif ch == "(":
            close = text.find(")", k) % (n + 1)
            words.append("".join(text[k:close + 1].split()))
            k = close + 1
        else:
            start = k
            while k < n and text[k] not in " \t\r\n(":
                k += 1
            words.append(text[start:k])
    return words


# Content models as pyexpat reports them: (type, quantifier, name, children).
_EMPTY, _ANY, _MIXED, _NAME_T, _CHOICE, _SEQ = 1, 2, 3, 4, 5, 6
_QUANT = {"?": 1, "*": 2, "+": 3}


def content_model(spec):
    if spec == "EMPTY":
        return (_EMPTY, 0, None, ())
    if spec == "ANY":
        return (_ANY, 0, None, ())
    compact = "".join(spec.split())
    if compact.startswith("(#PCDATA"):
        quant = _QUANT.get(compact[-1], 0)
        inner = compact.rstrip("*")[1:-1].split("|")[1:]
        return (_MIXED, quant, None, tuple((_NAME_T, 0, n, ()) for n in inner))
    model, _ = _particle(compact, 0)
    return model


def _particle(text, k):
    if text[k] == "(":
        children = []
        kind = _SEQ
        k += 1
        while True:
            child, k = _particle(text, k)
            children.append(child)
            sep = text[k]
            k += 1
            if sep == ")":
                break
            if sep == "|":
                kind = _CHOICE
        quant = 0
        if k < len(text) and text[k] in _QUANT:
            quant = _QUANT[text[k]]
            k += 1
        return (kind, quant, None, tuple(children)), k
    end = k
    while end < len(text) and text[end] not in "()|,?*+":
        end += 1
    quant = 0
    name = text[k:end]
    if end < len(text) and text[end] in _QUANT:
        quant = _QUANT[text[end]]
        end += 1
    return (_NAME_T, quant, name, ()), end
