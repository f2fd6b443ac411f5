"""A simple, tolerant HTML tokenizer: the HTMLParser class of html.parser."""

# Written for coro from the documented behaviour of CPython's html.parser and from probing
# python3: the same events, in the same pieces, for well-formed and broken markup alike
# (including the places where a document cut into feed() pieces waits for more text).
# The scanning is done by hand, character by character, by a small cursor over the buffer.
# It is not a tree builder and not a validator; it never raises for bad markup except
# for the marked sections CPython also rejects (AssertionError).

from html import unescape

__all__ = ['HTMLParser']

_SPACE = ' \t\n\r\f\v'
_LETTERS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'
_DIGITS = '0123456789'
_HEXDIGITS = '0123456789abcdefABCDEF'
_ALNUM = _LETTERS + _DIGITS
_NAME_STOP = '\t\n\r\f />\x00'          # what ends a tag name in a start tag
_END_NAME_CHARS = _ALNUM + '-.:_'        # a strict end tag's name
_SECTION_NAME_CHARS = _ALNUM + '-_.'     # the keyword of <![keyword ...]>
_WAIT = -1                               # "the construct is not complete yet"


def _is_space(ch):
    return ch.isspace()


def _skip_spaces(text, pos):
    size = len(text)
    while pos < size and text[pos].isspace():
        pos += 1
    return pos


def _skip_separators(text, pos):
    """Skip white space and slashes that do not close the tag ('/>' stays)."""
    size = len(text)
    while pos < size:
        ch = text[pos]
        if ch.isspace() or (ch == '/' and text[pos + 1:pos + 2] != '>'):
            pos += 1
        else:
            break
    return pos


def _run_of(text, pos, allowed):
    size = len(text)
    while pos < size and text[pos] in allowed:
        pos += 1
    return pos


def _run_until(text, pos, stops):
    """Advance while the character is neither white space nor in stops."""
    size = len(text)
    while pos < size:
        ch = text[pos]
        if ch in stops or ch.isspace():
            break
        pos += 1
    return pos


class _TagScan:
    """What a start tag's text holds: its name, its attributes and where they stop."""

    __slots__ = ('name', 'attrs', 'stop')

    def __init__(self, text, start):
        # start is just past '<', on a letter.
        pos = start + 1
        size = len(text)
        while pos < size and text[pos] not in _NAME_STOP:
            pos += 1
        self.name = text[start:pos]
        pos = _skip_separators(text, pos)
        attrs = []
        while pos < size:
            ch = text[pos]
            # A new attribute starts only after a quote, a space or a slash.
            if ch.isspace() or ch in '/>' or text[pos - 1] not in '\'"/' and not text[pos - 1].isspace():
                break
            name_end = _run_until(text, pos + 1, '/=>')
            value, after = self._value(text, name_end)
            attrs.append((text[pos:name_end], value))
            pos = _skip_separators(text, after)
        self.attrs = attrs
        self.stop = pos

    @staticmethod
    def _value(text, pos):
        """The raw value after an attribute name (None when there is none), and where it ends."""
        look = _skip_spaces(text, pos)
        if text[look:look + 1] != '=':
            return None, pos
        equals = look
        look = _run_of(text, look, '=')
        after_equals = look
        look = _skip_spaces(text, look)
        quote = text[look:look + 1]
        if quote in ('"', "'"):
            close = text.find(quote, look + 1)
            if close >= 0:
                return text[look:close + 1], close + 1
            # An unclosed quote: the value falls back to an unquoted one that starts
            # earlier, empty on the last space, or made of the last '=' and what follows.
            if look > after_equals:
                return '', look - 1
            if after_equals - equals < 2:
                return None, pos
            look = after_equals - 1
        end = look
        size = len(text)
        while end < size and text[end] != '>' and not text[end].isspace():
            end += 1
        return text[look:end], end


def _clean_value(raw):
    if raw is None:
        return None
    if raw[:1] in ('"', "'") and len(raw) >= 2 and raw[-1] == raw[0]:
        raw = raw[1:-1]
    if raw:
        raw = unescape(raw)
    return raw


def _find_comment_close(text, pos):
    """Where '--' + optional white space + '>' starts at or after pos: (start, end) or None."""
    while True:
        dash = text.find('--', pos)
        if dash < 0:
            return None
        after = _skip_spaces(text, dash + 2)
        if text[after:after + 1] == '>':
            return dash, after + 1
        pos = dash + 1


def _find_section_close(text, pos, double):
    """Find ']' (white space) ']' (white space) '>' when double, else ']' (white space) '>'."""
    while True:
        bracket = text.find(']', pos)
        if bracket < 0:
            return None
        after = _skip_spaces(text, bracket + 1)
        if double:
            if text[after:after + 1] == ']':
                after = _skip_spaces(text, after + 1)
                if text[after:after + 1] == '>':
                    return bracket, after + 1
        elif text[after:after + 1] == '>':
            return bracket, after + 1
        pos = bracket + 1


def _strict_end_tag(text, pos):
    """'</' spaces name spaces '>' at pos: (lowered name, end) or None."""
    look = _skip_spaces(text, pos + 2)
    if text[look:look + 1] not in _LETTERS or look >= len(text):
        return None
    name_end = _run_of(text, look + 1, _END_NAME_CHARS)
    close = _skip_spaces(text, name_end)
    if text[close:close + 1] != '>':
        return None
    return text[look:name_end].lower(), close + 1


def _find_cdata_end(text, pos, element):
    """The first '</element>' (any case, spaces allowed around the name) at or after pos."""
    while True:
        lt = text.find('</', pos)
        if lt < 0:
            return -1
        found = _strict_end_tag(text, lt)
        if found is not None and found[0] == element:
            return lt
        pos = lt + 1


def _numeric_ref_end(text, pos):
    """For '&#' at pos: the index of the character that ends the number, or -1."""
    digits = pos + 2
    if text[digits:digits + 1] in ('x', 'X'):
        stop = _run_of(text, digits + 1, _HEXDIGITS)
        if stop == digits + 1:
            return -1
    else:
        stop = _run_of(text, digits, _DIGITS)
        if stop == digits:
            return -1
    if stop >= len(text) or text[stop] in _HEXDIGITS:
        return -1
    return stop


def _named_ref_end(text, pos):
    """For '&' at pos: the index of the character that ends the name, or -1.

    The name is a letter followed by letters, digits, '-' and '.', and it needs a
    following character that is not a letter or digit; at the end of the buffer that
    can be one of its own '-' or '.'.
    """
    first = pos + 1
    if text[first:first + 1] not in _LETTERS or first >= len(text):
        return -1
    stop = _run_of(text, first + 1, _ALNUM + '-.')
    if stop < len(text):
        return stop
    for back in range(stop - 1, first, -1):
        if text[back] in '-.':
            return back
    return -1


class HTMLParser:
    """Tokenize HTML and report what it finds through overridable handle_* methods.

    feed() text as it arrives, in pieces of any size, and close() at the end. Tags go to
    handle_starttag / handle_endtag (handle_startendtag for '<x/>'), text to handle_data,
    and comments, declarations, processing instructions and marked sections to their own
    handlers. With convert_charrefs (the default) character references in text are
    decoded before handle_data sees it; without it they arrive through handle_charref and
    handle_entityref, and text may come in several handle_data calls.
    """

    CDATA_CONTENT_ELEMENTS = ("script", "style")

    def __init__(self, *, convert_charrefs=True):
        """A parser at the start of a document; see the class for convert_charrefs."""
        self.convert_charrefs = convert_charrefs
        self.reset()

    def reset(self):
        """Forget everything buffered and start over at line 1, column 0."""
        self._starttag_text = None
        self.cdata_elem = None
        self.lineno, self.offset = 1, 0
        self.lasttag = '???'
        self.rawdata = ''

    def feed(self, data):
        """Parse as much of data (after what is still buffered) as is complete."""
        self.rawdata += data
        self._run(False)

    def close(self):
        """Handle any buffered data."""
        self._run(True)

    def getpos(self):
        """Return current line number and offset."""
        return self.lineno, self.offset

    def get_starttag_text(self):
        """Return full source of start tag: '<...>'."""
        return self._starttag_text

    def set_cdata_mode(self, elem):
        self.cdata_elem = elem.lower()

    def clear_cdata_mode(self):
        self.cdata_elem = None

    # -- position bookkeeping

    def _advance(self, start, stop):
        """Move the line/offset position over rawdata[start:stop]; returns stop."""
        if start >= stop:
            return stop
        text = self.rawdata
        newlines = text.count('\n', start, stop)
        if newlines:
            self.lineno += newlines
            self.offset = stop - (text.rindex('\n', start, stop) + 1)
        else:
            self.offset += stop - start
        return stop

    def _text(self, chunk):
        if self.convert_charrefs and self.cdata_elem is None:
            self.handle_data(unescape(chunk))
        else:
            self.handle_data(chunk)

    # -- the main loop

    def _next_markup(self, pos):
        """Where the text starting at pos stops; None when it must wait for more input."""
        text = self.rawdata
        if self.cdata_elem is not None:
            found = _find_cdata_end(text, pos, self.cdata_elem)
            return None if found < 0 else found
        if self.convert_charrefs:
            lt = text.find('<', pos)
            if lt >= 0:
                return lt
            # A reference may be cut in two at the end of this piece: hold the text back
            # while an '&' near the end is not yet followed by a space or ';'.
            amp = text.rfind('&', max(pos, len(text) - 34))
            if amp >= 0:
                tail = text[amp:]
                if ';' not in tail and not any(ch.isspace() for ch in tail):
                    return None
            return len(text)
        size = len(text)
        while pos < size and text[pos] not in '<&':
            pos += 1
        return pos

    def _run(self, at_end):
        text = self.rawdata
        size = len(text)
        pos = 0
        while pos < size:
            stop = self._next_markup(pos)
            if stop is None:
                break
            if pos < stop:
                self._text(text[pos:stop])
            pos = self._advance(pos, stop)
            if pos == size:
                break
            if text[pos] == '<':
                after = self._markup(pos, at_end)
                if after is None:
                    break
                pos = self._advance(pos, after)
            else:
                after = self._reference(pos, at_end)
                if after < 0:
                    pos = -after - 1
                    break
                pos = after
        if at_end and pos < size and self.cdata_elem is None:
            self._text(text[pos:size])
            pos = self._advance(pos, size)
        self.rawdata = text[pos:]

    def _markup(self, pos, at_end):
        """Handle what starts with '<' at pos; the end of what was used, or None to wait."""
        text = self.rawdata
        size = len(text)
        second = text[pos + 1:pos + 2]
        if second and second in _LETTERS:
            after = self._start_tag(pos)
        elif second == '/':
            after = self._end_tag(pos)
        elif text.startswith('<!--', pos):
            after = self._comment(pos)
        elif second == '?':
            after = self._processing_instruction(pos)
        elif second == '!':
            after = self._declaration(pos)
        elif pos + 1 < size:
            self.handle_data('<')
            after = pos + 1
        else:
            return None
        if after != _WAIT:
            return after
        if not at_end:
            return None
        # The input ends inside this construct: give up on it as markup, and pass its
        # text on as data (up to a '>' if there is one, else up to the next '<').
        gt = text.find('>', pos + 1)
        if gt >= 0:
            after = gt + 1
        else:
            after = text.find('<', pos + 1)
            if after < 0:
                after = pos + 1
        self._text(text[pos:after])
        return after

    def _reference(self, pos, at_end):
        """Handle an '&' at pos with convert_charrefs off.

        Returns the position to go on from, or -(position + 1) to stop this round there.
        """
        text = self.rawdata
        size = len(text)
        if text.startswith('&#', pos):
            stop = _numeric_ref_end(text, pos)
            if stop >= 0:
                self.handle_charref(text[pos + 2:stop])
                after = stop + 1 if text[stop] == ';' else stop
                return self._advance(pos, after)
            if ';' in text[pos:]:
                # Not a reference although one may follow: pass on the '&#' alone.
                self.handle_data('&#')
                pos = self._advance(pos, pos + 2)
            return -pos - 1
        stop = _named_ref_end(text, pos)
        if stop >= 0:
            self.handle_entityref(text[pos + 1:stop])
            after = stop + 1 if text[stop] == ';' else stop
            return self._advance(pos, after)
        following = text[pos + 1:pos + 2]
        if following and (following in _LETTERS or following == '#'):
            # Perhaps the start of a reference cut at the end of this piece.
            if at_end and size == pos + 2:
                pos = self._advance(pos, pos + 1)
            return -pos - 1
        if pos + 1 < size:
            self.handle_data('&')
            return self._advance(pos, pos + 1)
        return -pos - 1

    # -- the constructs

    def _start_tag(self, pos):
        self._starttag_text = None
        text = self.rawdata
        scan = _TagScan(text, pos + 1)
        end = self._start_tag_end(scan.stop, pos)
        if end == _WAIT:
            return end
        self._starttag_text = text[pos:end]
        tag = scan.name.lower()
        self.lasttag = tag
        attrs = [(name.lower(), _clean_value(raw)) for name, raw in scan.attrs]
        closing = text[scan.stop:end].strip()
        if closing == '/>':
            self.handle_startendtag(tag, attrs)
        elif closing == '>':
            self.handle_starttag(tag, attrs)
            if tag in self.CDATA_CONTENT_ELEMENTS:
                self.set_cdata_mode(tag)
        else:
            self.handle_data(text[pos:end])
        return end

    def _start_tag_end(self, stop, pos):
        """Where a start tag whose attributes end at stop ends, or _WAIT."""
        text = self.rawdata
        stop = _skip_spaces(text, stop)
        following = text[stop:stop + 1]
        if following == '>':
            return stop + 1
        if following == '/':
            return stop + 2 if text.startswith('/>', stop) else _WAIT
        if not following or following in _LETTERS or following in '=/':
            return _WAIT
        return stop if stop > pos else pos + 1

    def _end_tag(self, pos):
        text = self.rawdata
        gt = text.find('>', pos + 1)
        if gt < 0:
            return _WAIT
        strict = _strict_end_tag(text, pos)
        if strict is not None:
            name, end = strict
            if self.cdata_elem is not None and name != self.cdata_elem:
                self.handle_data(text[pos:gt + 1])
                return gt + 1
            self.handle_endtag(name)
            self.clear_cdata_mode()
            return end
        if self.cdata_elem is not None:
            self.handle_data(text[pos:gt + 1])
            return gt + 1
        first = text[pos + 2:pos + 3]
        if not first or first not in _LETTERS:
            if text.startswith('</>', pos):
                return pos + 3
            return self._bogus_comment(pos)
        name_end = pos + 3
        while name_end < len(text) and text[name_end] not in _NAME_STOP:
            name_end += 1
        name = text[pos + 2:name_end].lower()
        gt = text.find('>', _skip_separators(text, name_end))
        self.handle_endtag(name)
        return gt + 1

    def _comment(self, pos):
        found = _find_comment_close(self.rawdata, pos + 4)
        if found is None:
            return _WAIT
        self.handle_comment(self.rawdata[pos + 4:found[0]])
        return found[1]

    def _bogus_comment(self, pos):
        gt = self.rawdata.find('>', pos + 2)
        if gt < 0:
            return _WAIT
        self.handle_comment(self.rawdata[pos + 2:gt])
        return gt + 1

    def _processing_instruction(self, pos):
        gt = self.rawdata.find('>', pos + 2)
        if gt < 0:
            return _WAIT
        self.handle_pi(self.rawdata[pos + 2:gt])
        return gt + 1

    def _declaration(self, pos):
        text = self.rawdata
        if text.startswith('<![', pos):
            return self._marked_section(pos)
        if text[pos:pos + 9].lower() == '<!doctype':
            gt = text.find('>', pos + 9)
            if gt < 0:
                return _WAIT
            self.handle_decl(text[pos + 2:gt])
            return gt + 1
        return self._bogus_comment(pos)

    def _marked_section(self, pos):
        text = self.rawdata
        start = pos + 3
        if start == len(text):
            return _WAIT
        if text[start] not in _LETTERS:
            self._advance(pos, start)
            raise AssertionError('expected name token at %r' % text[pos:pos + 20])
        name_end = _run_of(text, start + 1, _SECTION_NAME_CHARS)
        keyword_end = _skip_spaces(text, name_end)
        if keyword_end == len(text):
            return _WAIT
        keyword = text[start:name_end].lower()
        if keyword in ('temp', 'cdata', 'ignore', 'include', 'rcdata'):
            found = _find_section_close(text, start, True)
        elif keyword in ('if', 'else', 'endif'):
            found = _find_section_close(text, start, False)
        else:
            raise AssertionError('unknown status keyword %r in marked section'
                                 % text[start:keyword_end])
        if found is None:
            return _WAIT
        self.unknown_decl(text[start:found[0]])
        return found[1]

    # -- the handlers, overridden by subclasses; by default they ignore what they get

    def handle_startendtag(self, tag, attrs):
        """An empty-element tag ('<br/>'): by default a start tag then an end tag."""
        self.handle_starttag(tag, attrs)
        self.handle_endtag(tag)

    def handle_starttag(self, tag, attrs):
        """A start tag: its lowered name and a list of (name, value or None)."""

    def handle_endtag(self, tag):
        """An end tag, by its lowered name."""

    def handle_charref(self, name):
        """'&#NNN;' or '&#xNN;' when convert_charrefs is off: name is what follows '#'."""

    def handle_entityref(self, name):
        """'&name;' when convert_charrefs is off."""

    def handle_data(self, data):
        """Text between the markup."""

    def handle_comment(self, data):
        """'<!--data-->', and the bogus comments ('<!data>', '</1data>')."""

    def handle_decl(self, decl):
        """'<!DOCTYPE ...>': decl is what is between '<!' and '>'."""

    def handle_pi(self, data):
        """'<?data>' (a processing instruction)."""

    def unknown_decl(self, data):
        """A marked section such as '<![CDATA[...]]>': data is what follows '<!['."""
