"""The XML tokenizer under coro's pyexpat: it walks a growing text buffer, checks
well-formedness the way expat does (the same error codes, reported at the same line and
column) and hands each piece of the document to a sink (pyexpat's parser object).

It is not the API: handler attributes, encodings, namespaces and buffering belong to
pyexpat.py. Text arrives already decoded to str; line ends are normalised here."""

import re as _re
from _xml_tokenizer import scan_content as _scan_content

# Characters XML 1.0 allows in a document.
_NOT_XML_CHAR = _re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
_NAME_START = ("A-Za-z_:\xc0-\xd6\xd8-\xf6\xf8-\u02ff\u0370-\u037d\u037f-\u1fff"
               "\u200c\u200d\u2070-\u218f\u2c00-\u2fef\u3001-\ud7ff\uf900-\ufdcf"
               "\ufdf0-\ufffd\U00010000-\U000effff")
_NAME_MORE = _NAME_START + "\\-.0-9\xb7\u0300-\u036f\u203f-\u2040"
_NAME = _re.compile("[" + _NAME_START + "][" + _NAME_MORE + "]*")
_NAME_CHARS = _re.compile("[" + _NAME_MORE + "]*")
_NAME_PATTERN = "[" + _NAME_START + "][" + _NAME_MORE + "]*"
# Whole well-formed tags in one match, the common case; anything else is scanned
# character by character so that its error lands where expat puts it.
_START_TAG_FAST = _re.compile(
    "<(" + _NAME_PATTERN + ")((?:[ \t\r\n]+" + _NAME_PATTERN +
    "[ \t\r\n]*=[ \t\r\n]*(?:\"[^\"<&\t\n\r]*\"|'[^'<&\t\n\r]*'))*)[ \t\r\n]*(/?)>")
_ATTRIBUTE_FAST = _re.compile(
    "(" + _NAME_PATTERN + ")[ \t\r\n]*=[ \t\r\n]*(?:\"([^\"]*)\"|'([^']*)')")
_END_TAG_FAST = _re.compile("</(" + _NAME_PATTERN + ")[ \t\r\n]*>")
_SPACES = _re.compile("[ \t\r\n]*")
_LINE_BREAK = _re.compile("\r\n|\r|\n")
_DIGITS = _re.compile("[0-9]*")
_HEX_DIGITS = _re.compile("[0-9a-fA-F]*")
# Plain character data: stops at markup, references and line ends.
_PLAIN_TEXT = _re.compile("[^<&\r\n]+")

# Characters that are tokens of their own in a DTD; outside one they are misplaced.
_PROLOG_DELIMITERS = "[]()|,>"
# What may follow a name-like word in a DTD without making it an invalid token.
_WORD_FOLLOWERS = "[()|,>?*+%"

PREDEFINED = {"amp": "&", "lt": "<", "gt": ">", "apos": "'", "quot": '"'}

SYNTAX, NO_ELEMENTS, INVALID_TOKEN, UNCLOSED_TOKEN = 2, 3, 4, 5
TAG_MISMATCH, DUPLICATE_ATTRIBUTE, JUNK_AFTER_DOC, UNDEFINED_ENTITY = 7, 8, 9, 11
PARAM_ENTITY_REF, RECURSIVE_ENTITY, ASYNC_ENTITY, BAD_CHAR_REF = 10, 12, 13, 14
MISPLACED_XML_PI, UNCLOSED_CDATA, XML_DECL = 17, 20, 30


class ScanError(Exception):
    """A well-formedness error at a buffer offset; pyexpat turns it into ExpatError."""

    def __init__(self, code, offset):
        Exception.__init__(self, code, offset)
        self.code = code
        self.offset = offset


class _Incomplete(Exception):
    """The token at the current offset needs more input."""


def is_name(text):
    match = _NAME.match(text)
    return match is not None and match.end() == len(text)


def char_from_ref(number):
    """The character a reference names, or None when XML forbids it."""
    if number > 0x10FFFF or 0xD800 <= number < 0xE000:
        return None
    ch = chr(number)
    if _NOT_XML_CHAR.match(ch):
        return None
    return ch


def normalize_newlines(text):
    return text.replace("\r\n", "\n").replace("\r", "\n")


class Scanner:
    """One entity's text: the document (fed piece by piece) or an internal entity's
    replacement text (scanned whole, as content)."""

    def __init__(self, sink, text="", in_entity=False):
        self.sink = sink
        self.buf = text
        self.pos = 0
        self.final = in_entity
        self.in_entity = in_entity
        self.state = "content" if in_entity else "prolog"
        self.stack = []
        self.at_start = True
        self.seen_doctype = False
        # Line and column of offset `mark` in buf.
        self.mark = 0
        self.line = 1
        self.col = 0

    # ---- positions -------------------------------------------------------------------

    def where(self, offset):
        """(line, column) of a buffer offset at or after the mark, counting characters."""
        line, col = self.line, self.col
        buf = self.buf
        mark = self.mark
        if buf.find("\r", mark, offset) < 0:
            breaks = buf.count("\n", mark, offset)
            if not breaks:
                return line, col + offset - mark
            return line + breaks, offset - buf.rfind("\n", mark, offset) - 1
        chunk = buf[mark:offset]
        breaks = list(_LINE_BREAK.finditer(chunk))
        if breaks:
            line += len(breaks)
            col = len(chunk) - breaks[-1].end()
        else:
            col += len(chunk)
        return line, col

    def move_mark(self, offset):
        if offset > self.mark:
            self.line, self.col = self.where(offset)
            self.mark = offset

    def feed(self, text, final):
        if self.pos > 65536:
            # Drop what is consumed, keeping the position of its end.
            self.move_mark(self.pos)
            self.sink.on_discard(self.buf[:self.pos])
            self.buf = self.buf[self.pos:]
            self.mark = self.pos = 0
        self.buf += text
        self.final = final
        self.run()

    # ---- the main loop -----------------------------------------------------------------

    def run(self):
        scan = _scan_content
        namespaces = getattr(self.sink, "separator", None) is not None
        while self.pos < len(self.buf):
            start = self.pos
            if self.state == "content":
                events, end = scan(self.buf, start, self.stack, namespaces)
                if events:
                    self.replay(events)
                    self.pos = end
                    self.at_start = False
                    continue
            try:
                if self.state == "content":
                    end = self.content_token(start)
                else:
                    end = self.misc_token(start)
            except _Incomplete:
                if self.final:
                    raise ScanError(UNCLOSED_TOKEN, start)
                return
            if end is None:
                return
            self.pos = end
            self.at_start = False
        if self.final and not self.in_entity:
            if self.state != "epilog":
                raise ScanError(NO_ELEMENTS, len(self.buf))

    def replay(self, events):
        """Hand the sink the well-formed tokens _xml_tokenizer read; pos is each one's
        start while its handlers run, so an exception leaves the scanner before it."""
        sink = self.sink
        parser = sink.parser
        options = sink.options
        for event in events:
            kind = event[0]
            at = self.pos = event[1]
            if kind == 0:
                # on_text's common case in line: a handler, no buffering, no entity open.
                func = parser.CharacterDataHandler
                if func is not None and not options["buffer_text"] and not sink.open_entities:
                    sink.event_at = at
                    func(event[2])
                else:
                    sink.on_text(event[2], at)
            elif kind == 1:
                name = event[2]
                self.stack.append((name, at))
                sink.start_element(name, event[3], at, event[5])
                if event[4]:
                    self.close_element(at, "")
            elif kind == 2:
                self.close_element(at, event[2])
            elif kind == 3:
                sink.on_comment(event[2], at)
            elif kind == 4:
                sink.on_cdata(event[2], at)
            else:
                sink.on_pi(event[2], event[3], at)

    def need(self, index):
        """The character at index, raising _Incomplete past the end of the buffer."""
        if index >= len(self.buf):
            raise _Incomplete()
        return self.buf[index]

    def skip_spaces(self, index):
        end = _SPACES.match(self.buf, index).end()
        if end >= len(self.buf):
            raise _Incomplete()
        return end

    def name_at(self, index):
        """The name starting at index and the offset after it (invalid token if none)."""
        self.need(index)
        match = _NAME.match(self.buf, index)
        if match is None:
            raise ScanError(INVALID_TOKEN, index)
        end = match.end()
        self.need(end)
        return match.group(), end

    def check_chars(self, start, end):
        bad = _NOT_XML_CHAR.search(self.buf, start, end)
        if bad is not None:
            raise ScanError(INVALID_TOKEN, bad.start())

    # ---- outside the root element ----------------------------------------------------------

    def misc_token(self, i):
        """One token before or after the root element: space, comment, PI, DOCTYPE, the
        root's start tag, or something that is an error there (expat's prolog rules)."""
        buf = self.buf
        ch = buf[i]
        if ch in " \t\r\n":
            end = _SPACES.match(buf, i).end()
            if end == len(buf) and not self.final:
                return None
            self.sink.on_default(normalize_newlines(buf[i:end]), i)
            return end
        if ch == "<":
            return self.markup_outside_root(i)
        if ch in _PROLOG_DELIMITERS:
            self.misplaced(i)
        if ch == "%" or ch == "#":
            nxt = self.need(i + 1)
            if _NAME.match(nxt) is None:
                if ch == "#":
                    raise ScanError(INVALID_TOKEN, i + 1)
                self.misplaced(i)
            return self.prolog_word(i + 1, i)
        if ch == '"' or ch == "'":
            close = buf.find(ch, i + 1)
            self.check_chars(i + 1, close if close >= 0 else len(buf))
            if close < 0:
                raise _Incomplete()
            if close + 1 == len(buf) and self.final:
                self.misplaced(i)
            follower = self.need(close + 1)
            if follower not in " \t\r\n" and follower not in _PROLOG_DELIMITERS:
                raise ScanError(INVALID_TOKEN, close + 1)
            self.misplaced(i)
        if _NAME_CHARS.match(buf, i).end() > i:
            return self.prolog_word(i, i)
        raise ScanError(INVALID_TOKEN, i)

    def prolog_word(self, j, at):
        """A name-like word where no word is allowed: an error at `at`, or at the first
        character after it that cannot follow a word."""
        end = _NAME_CHARS.match(self.buf, j).end()
        if end == j:
            raise ScanError(INVALID_TOKEN, j)
        if end >= len(self.buf):
            if not self.final:
                raise _Incomplete()
            self.misplaced(at)
        follower = self.buf[end]
        if self.buf[at] == "%" and follower == ";":
            if self.state == "prolog":
                raise ScanError(PARAM_ENTITY_REF, at)
            self.misplaced(at)
        if follower in " \t\r\n" or follower in _WORD_FOLLOWERS:
            self.misplaced(at)
        raise ScanError(INVALID_TOKEN, end)

    def markup_outside_root(self, i):
        buf = self.buf
        nxt = self.need(i + 1)
        if nxt == "?":
            return self.pi(i)
        if nxt == "!":
            if buf.startswith("<!--", i):
                return self.comment(i)
            third = self.need(i + 2)
            if third == "-":
                if self.need(i + 3) != "-":
                    raise ScanError(INVALID_TOKEN, i + 3)
            elif third != "[" and not ("A" <= third <= "Z" or "a" <= third <= "z"):
                raise ScanError(INVALID_TOKEN, i + 2)
            if self.state == "prolog" and not self.seen_doctype:
                if buf.startswith("<!DOCTYPE", i):
                    return self.doctype(i)
                if "<!DOCTYPE".startswith(buf[i:i + 9]):
                    raise _Incomplete()
            if third != "[":
                word_end = _NAME_CHARS.match(buf, i + 2).end()
                follower = self.need(word_end)
                if follower not in " \t\r\n" and follower not in _WORD_FOLLOWERS:
                    raise ScanError(INVALID_TOKEN, word_end)
            self.misplaced(i)
        if _NAME.match(buf, i + 1) is None:
            raise ScanError(INVALID_TOKEN, i + 1)
        if self.state == "prolog":
            self.state = "content"
            return self.start_tag(i)
        self.misplaced(i)

    def misplaced(self, i):
        if self.state == "epilog":
            raise ScanError(JUNK_AFTER_DOC, i)
        raise ScanError(SYNTAX, i)

    # ---- inside the root element ----------------------------------------------------------

    def content_token(self, i):
        buf = self.buf
        ch = buf[i]
        if ch == "<":
            nxt = self.need(i + 1)
            if nxt == "/":
                return self.end_tag(i)
            if nxt == "?":
                return self.pi(i)
            if nxt == "!":
                if buf.startswith("<![CDATA[", i):
                    return self.cdata(i)
                if buf.startswith("<!--", i):
                    return self.comment(i)
                prefix = buf[i:i + 9]
                if "<![CDATA[".startswith(prefix) or "<!--".startswith(prefix):
                    raise _Incomplete()
                if buf[i + 2] == "[":
                    wrong = i + 3
                    while buf[wrong] == "<![CDATA["[wrong - i]:
                        wrong += 1
                    if buf[wrong] in "'\"":
                        # expat reads a quote there as the start of an unclosed literal.
                        raise ScanError(UNCLOSED_TOKEN, i)
                    raise ScanError(INVALID_TOKEN, wrong)
                raise ScanError(INVALID_TOKEN, i + 3 if buf[i + 2] == "-" else i + 2)
            return self.start_tag(i)
        if ch == "&":
            return self.reference(i)
        if ch == "\n" or ch == "\r":
            if ch == "\r" and i + 1 >= len(buf) and not self.final:
                return None
            end = i + 2 if buf.startswith("\r\n", i) else i + 1
            self.sink.on_text("\n", i)
            return end
        end = _PLAIN_TEXT.match(buf, i).end()
        closer = buf.find("]]>", i, end)
        if closer >= 0:
            end = closer + 2
        if end == len(buf) and buf[end - 1] == "]":
            # A "]" at the end may start a "]]>" the next piece completes: expat hands
            # over the text before it first.
            stop = end - 1
            while stop > i and buf[stop - 1] == "]":
                stop -= 1
            if stop > i:
                end = stop
            elif not self.final:
                return None
        bad = _NOT_XML_CHAR.search(buf, i, end)
        if bad is not None:
            # expat hands over the good characters before it stops at the bad one.
            if bad.start() > i:
                self.sink.on_text(buf[i:bad.start()], i)
            raise ScanError(INVALID_TOKEN, bad.start())
        if closer >= 0:
            raise ScanError(INVALID_TOKEN, closer + 2)
        self.sink.on_text(buf[i:end], i)
        return end

    def reference(self, i):
        """A character or entity reference in content."""
        kind, value, end = self.scan_reference(i)
        if kind == "char":
            self.sink.on_text(value, i)
        else:
            self.sink.on_entity_ref(value, i, self)
        return end

    def scan_reference(self, i):
        """('char', text, end) or ('entity', name, end) for the reference at buf[i] == '&'."""
        buf = self.buf
        if self.need(i + 1) == "#":
            if self.need(i + 2) == "x":
                match = _HEX_DIGITS.match(buf, i + 3)
                base = 16
            else:
                match = _DIGITS.match(buf, i + 2)
                base = 10
            end = match.end()
            if self.need(end) != ";" or match.start() == end:
                raise ScanError(INVALID_TOKEN, end)
            ch = char_from_ref(int(match.group(), base))
            if ch is None:
                raise ScanError(BAD_CHAR_REF, i)
            return "char", ch, end + 1
        name, end = self.name_at(i + 1)
        colon = name.find(":")
        if colon >= 0 and getattr(self.sink, "separator", None) is not None:
            raise ScanError(INVALID_TOKEN, i + 1 + colon)
        if buf[end] != ";":
            raise ScanError(INVALID_TOKEN, end)
        return "entity", name, end + 1

    def start_tag(self, i):
        fast = _START_TAG_FAST.match(self.buf, i)
        if fast is not None and self.start_tag_fast(i, fast):
            return fast.end()
        return self.start_tag_slow(i)

    def start_tag_fast(self, i, match):
        """A plain start tag (no references or line ends in its values) taken whole;
        False sends anything unusual to the character-by-character scan for its error."""
        end = match.end()
        if match.end(2) > match.start(2):
            if _NOT_XML_CHAR.search(self.buf, i, end) is not None:
                return False
            attrs = []
            for attr in _ATTRIBUTE_FAST.finditer(match.group(2)):
                value = attr.group(2)
                attrs.append((attr.group(1), [value if value is not None else attr.group(3)]))
            if len({key for key, _ in attrs}) != len(attrs):
                return False
        else:
            attrs = []
        self.open_element(match.group(1), attrs, i, match.group(3) == "/", end)
        return True

    def start_tag_slow(self, i):
        buf = self.buf
        name, j = self.name_at(i + 1)
        attrs = []
        seen = set()
        while True:
            ch = buf[j]
            if ch in " \t\r\n":
                j = self.skip_spaces(j)
                ch = buf[j]
                if ch not in "/>":
                    attr_at = j
                    attr, j = self.name_at(j)
                    j = self.skip_spaces(j)
                    if buf[j] != "=":
                        raise ScanError(INVALID_TOKEN, j)
                    j = self.skip_spaces(j + 1)
                    value, j = self.attribute_value(j)
                    if attr in seen:
                        raise ScanError(DUPLICATE_ATTRIBUTE, attr_at)
                    seen.add(attr)
                    attrs.append((attr, value))
                    self.need(j)
                    continue
            if ch == ">":
                self.open_element(name, attrs, i, False, j + 1)
                return j + 1
            if ch == "/":
                if self.need(j + 1) != ">":
                    raise ScanError(INVALID_TOKEN, j + 1)
                self.open_element(name, attrs, i, True, j + 2)
                return j + 2
            raise ScanError(INVALID_TOKEN, j)

    def attribute_value(self, j):
        """The value's parts (text and ('entity', name, offset) items) and the end offset."""
        buf = self.buf
        quote = buf[j]
        if quote != '"' and quote != "'":
            raise ScanError(INVALID_TOKEN, j)
        parts = []
        k = j + 1
        while True:
            ch = self.need(k)
            if ch == quote:
                return parts, k + 1
            if ch == "<":
                raise ScanError(INVALID_TOKEN, k)
            if ch == "&":
                kind, value, end = self.scan_reference(k)
                if kind == "char":
                    parts.append(value)
                else:
                    parts.append(("entity", value, k))
                k = end
                continue
            if ch in "\t\n\r":
                parts.append(" ")
                k += 2 if buf.startswith("\r\n", k) else 1
                continue
            if _NOT_XML_CHAR.match(ch):
                raise ScanError(INVALID_TOKEN, k)
            end = k + 1
            while end < len(buf) and buf[end] not in "<&\t\n\r" and buf[end] != quote:
                end += 1
            self.check_chars(k, end)
            parts.append(buf[k:end])
            k = end

    def open_element(self, name, attrs, at, empty, end):
        self.stack.append((name, at))
        self.sink.on_start(name, attrs, at, self.buf[at:end])
        if empty:
            self.close_element(at, "")

    def close_element(self, at, raw):
        name, _ = self.stack.pop()
        self.sink.on_end(name, at, raw)
        if not self.stack and not self.in_entity:
            self.state = "epilog"

    def end_tag(self, i):
        buf = self.buf
        fast = _END_TAG_FAST.match(buf, i)
        if fast is not None and self.stack and self.stack[-1][0] == fast.group(1):
            self.close_element(i, fast.group())
            return fast.end()
        name, j = self.name_at(i + 2)
        j = self.skip_spaces(j)
        if buf[j] != ">":
            raise ScanError(INVALID_TOKEN, j)
        if not self.stack:
            raise ScanError(ASYNC_ENTITY, i)
        if self.stack[-1][0] != name:
            raise ScanError(TAG_MISMATCH, i + 2)
        self.close_element(i, buf[i:j + 1])
        return j + 1

    # ---- comments, processing instructions, CDATA --------------------------------------------

    def comment(self, i):
        buf = self.buf
        dashes = buf.find("--", i + 4)
        if dashes < 0:
            raise _Incomplete()
        if self.need(dashes + 2) != ">":
            raise ScanError(INVALID_TOKEN, dashes + 2)
        self.check_chars(i + 4, dashes)
        self.sink.on_comment(normalize_newlines(buf[i + 4:dashes]), i)
        return dashes + 3

    def pi(self, i):
        buf = self.buf
        target, j = self.name_at(i + 2)
        colon = target.find(":")
        if colon >= 0 and getattr(self.sink, "separator", None) is not None:
            raise ScanError(INVALID_TOKEN, i + 2 + colon)
        ch = buf[j]
        if ch == "?":
            if self.need(j + 1) != ">":
                raise ScanError(INVALID_TOKEN, j + 1)
        elif ch not in " \t\r\n":
            raise ScanError(INVALID_TOKEN, j)
        if buf.find("?>", j) < 0:
            raise _Incomplete()
        if target.lower() == "xml":
            if target == "xml" and self.at_start and i == 0 and not self.in_entity:
                return self.xml_declaration(i, j)
            if self.state == "epilog":
                raise ScanError(JUNK_AFTER_DOC, i)
            raise ScanError(MISPLACED_XML_PI, i)
        if ch == "?":
            self.sink.on_pi(target, "", i)
            return j + 2
        j = _SPACES.match(buf, j).end()
        close = buf.find("?>", j)
        if close < 0:
            raise _Incomplete()
        self.check_chars(j, close)
        self.sink.on_pi(target, normalize_newlines(buf[j:close]), i)
        return close + 2

    def xml_declaration(self, i, j):
        close = self.buf.find("?>", j)
        if close < 0:
            raise _Incomplete()
        fields = read_declaration(self.buf, j, close, ("version", "encoding", "standalone"))
        standalone = fields.get("standalone")
        self.sink.on_xml_decl(fields["version"], fields.get("encoding"),
                              -1 if standalone is None else int(standalone == "yes"), i)
        return close + 2

    def cdata(self, i):
        buf = self.buf
        close = buf.find("]]>", i + 9)
        if close < 0:
            if self.final:
                raise ScanError(UNCLOSED_CDATA, len(buf))
            raise _Incomplete()
        self.check_chars(i + 9, close)
        self.sink.on_cdata(buf[i + 9:close], i)
        return close + 3

    # ---- the document type declaration ---------------------------------------------------------

    def doctype(self, i):
        from _xml_dtd import scan_doctype
        end = scan_doctype(self, i)
        self.seen_doctype = True
        return end


_ENCODING_NAME = _re.compile("[A-Za-z][A-Za-z0-9._-]*$")


def read_declaration(buf, k, end, order):
    """The name="value" fields of an XML declaration in buf[k:end]; a malformed one
    raises XML_DECL at the offending offset, as expat reports it. `order` is the fields
    allowed, in their required order (version first and required)."""
    fields = {}
    expected = 0
    while True:
        start = k
        k = _SPACES.match(buf, k, end).end()
        if k == end:
            if "version" not in fields:
                raise ScanError(XML_DECL, k)
            return fields
        match = _NAME.match(buf, k, end)
        if match is None or k == start:
            raise ScanError(XML_DECL, k)
        key = match.group()
        while expected < len(order) and order[expected] != key:
            if not fields and order[expected] == "version":
                raise ScanError(XML_DECL, k)
            expected += 1
        if expected == len(order):
            raise ScanError(XML_DECL, k)
        expected += 1
        k = _SPACES.match(buf, match.end(), end).end()
        if k >= end or buf[k] != "=":
            raise ScanError(XML_DECL, k)
        k = _SPACES.match(buf, k + 1, end).end()
        if k >= end or buf[k] not in "'\"":
            raise ScanError(XML_DECL, k)
        close = buf.find(buf[k], k + 1, end)
        if close < 0:
            raise ScanError(XML_DECL, k)
        value = buf[k + 1:close]
        if key == "standalone" and value not in ("yes", "no"):
            raise ScanError(XML_DECL, k + 1)
        if key == "encoding" and not _ENCODING_NAME.match(value):
            raise ScanError(XML_DECL, k + 1)
        fields[key] = value
        k = close + 1
