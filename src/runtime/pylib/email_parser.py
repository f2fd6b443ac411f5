"""`email.parser` (and `email.feedparser`): reading RFC 5322 text into a Message tree.

Headers run to the first blank line (a line that is no header also ends them, recorded
as MissingHeaderBodySeparatorDefect); continuation lines stay in the value with their
line breaks, as compat32 keeps them. A multipart body is cut at its boundary lines into
preamble, parts (each parsed in turn) and epilogue; message/rfc822 holds one message.
Problems are recorded on `msg.defects` through the policy, never raised by default.

Written for coro from the documentation and RFC 5322/2046. FeedParser takes its text
in pieces but parses once, at close().
"""

import re
from io import StringIO, TextIOWrapper

from email import errors

__all__ = ["Parser", "HeaderParser", "BytesParser", "BytesHeaderParser",
           "FeedParser", "BytesFeedParser"]

_HEADER_LINE = re.compile(r'^([^\s:]+)[ \t]*:(.*)$', re.DOTALL)
_LINE = re.compile(r'[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+$')


def _lines(text):
    return _LINE.findall(text)


def _strip_end(line):
    return line.rstrip('\r\n')


class _Reader:
    """Builds one message (and its parts) from text."""

    def __init__(self, factory, policy, headersonly):
        self.factory = factory
        self.policy = policy
        self.headersonly = headersonly

    def new_message(self):
        try:
            return self.factory(policy=self.policy)
        except TypeError:
            return self.factory()

    def defect(self, msg, defect):
        self.policy.handle_defect(msg, defect)

    def parse(self, text, msg=None, default_type=None):
        if msg is None:
            msg = self.new_message()
        if default_type:
            msg.set_default_type(default_type)
        lines = _lines(text)
        index = 0
        if lines and lines[0].startswith('From '):
            msg.set_unixfrom(_strip_end(lines[0]))
            index = 1
        index = self.read_headers(msg, lines, index)
        body = ''.join(lines[index:])
        if self.headersonly:
            msg.set_payload(body)
            return msg
        self.read_body(msg, body)
        return msg

    def read_headers(self, msg, lines, index):
        current = None  # [name, [lines of the value]]
        while index < len(lines):
            line = lines[index]
            if _strip_end(line) == '':
                index += 1
                break
            if line[0] in ' \t':
                if current is None:
                    self.defect(msg, errors.FirstHeaderLineIsContinuationDefect(line))
                else:
                    current[1].append(line)
                index += 1
                continue
            if line.startswith('From '):
                self.defect(msg, errors.MisplacedEnvelopeHeaderDefect(line))
                index += 1
                continue
            match = _HEADER_LINE.match(line)
            if match is None:
                # Not a header: the headers are over and this line begins the body.
                self.defect(msg, errors.MissingHeaderBodySeparatorDefect())
                break
            self.store(msg, current)
            current = [match.group(1), [match.group(2).lstrip(' \t')]]
            index += 1
        self.store(msg, current)
        return index

    @staticmethod
    def store(msg, current):
        if current is not None:
            msg.set_raw(current[0], _strip_end(''.join(current[1])))

    def read_body(self, msg, body):
        ctype = msg.get_content_type()
        if ctype.startswith('multipart/'):
            self.read_multipart(msg, body)
        elif ctype in ('message/rfc822', 'message/delivery-status') or \
                ctype == 'message/global':
            msg.set_payload([self.parse(body)])
        else:
            msg.set_payload(body)

    def read_multipart(self, msg, body):
        boundary = msg.get_boundary()
        if boundary is None:
            self.defect(msg, errors.NoBoundaryInMultipartDefect())
            self.defect(msg, errors.MultipartInvariantViolationDefect())
            msg.set_payload(body)
            return
        if str(msg.get('content-transfer-encoding', '7bit')).lower() not in (
                '7bit', '8bit', 'binary'):
            self.defect(msg, errors.InvalidMultipartContentTransferEncodingDefect())
        opening = '--' + boundary
        closing = opening + '--'
        lines = _lines(body)
        chunks = []      # [lines] of the preamble, then of each part
        current = []
        closed_at = None
        for number, line in enumerate(lines):
            bare = _strip_end(line).rstrip(' \t')
            if bare == closing:
                closed_at = number
                break
            if bare == opening:
                chunks.append(current)
                current = []
                continue
            current.append(line)
        if not chunks:
            self.defect(msg, errors.StartBoundaryNotFoundDefect())
            self.defect(msg, errors.MultipartInvariantViolationDefect())
            msg.set_payload(body)
            msg.epilogue = ''
            return
        chunks.append(current)
        if closed_at is None:
            self.defect(msg, errors.CloseBoundaryNotFoundDefect())
        else:
            msg.epilogue = ''.join(lines[closed_at + 1:])
        preamble = ''.join(chunks[0])
        if preamble:
            msg.preamble = _drop_last_break(preamble)
        inner_default = 'message/rfc822' if msg.get_content_subtype() == 'digest' else None
        parts = []
        for number, part_lines in enumerate(chunks[1:], 1):
            text = ''.join(part_lines)
            # The break before a boundary line belongs to the boundary; an unclosed
            # last part keeps its text as it is.
            if closed_at is not None or number < len(chunks) - 1:
                text = _drop_last_break(text)
            parts.append(self.parse(text, default_type=inner_default))
        msg.set_payload(parts)


def _drop_last_break(text):
    for ending in ('\r\n', '\n', '\r'):
        if text.endswith(ending):
            return text[:-len(ending)]
    return text


def _default_policy(policy):
    if policy is None:
        from email.policy import compat32
        return compat32
    return policy


def _default_factory(policy):
    from email.message import Message, EmailMessage
    from email.policy import Compat32
    return Message if isinstance(policy, Compat32) else EmailMessage


class FeedParser:
    """Takes text in pieces with feed(); close() parses it and returns the message."""

    def __init__(self, _factory=None, *, policy=None):
        self.policy = _default_policy(policy)
        self._factory = _factory or _default_factory(self.policy)
        self._pieces = []
        self._headersonly = False

    def _set_headersonly(self):
        self._headersonly = True

    def feed(self, data):
        self._pieces.append(data)

    def close(self):
        reader = _Reader(self._factory, self.policy, self._headersonly)
        return reader.parse(''.join(self._pieces))


class BytesFeedParser(FeedParser):
    """FeedParser for bytes: ASCII, other bytes kept as surrogates."""

    def feed(self, data):
        super().feed(bytes(data).decode('ascii', 'surrogateescape'))


class Parser:
    """Parses text (a string or a text file) into a message."""

    def __init__(self, _class=None, *, policy=None):
        self.policy = _default_policy(policy)
        self._class = _class or _default_factory(self.policy)

    def parse(self, fp, headersonly=False):
        return self.parsestr(fp.read(), headersonly)

    def parsestr(self, text, headersonly=False):
        return _Reader(self._class, self.policy, headersonly).parse(text)


class HeaderParser(Parser):
    """A Parser that reads only the headers; the body stays one string."""

    def parse(self, fp, headersonly=True):
        return Parser.parse(self, fp, True)

    def parsestr(self, text, headersonly=True):
        return Parser.parsestr(self, text, True)


class BytesParser:
    """Parses bytes (or a binary file); non-ASCII bytes survive as surrogates."""

    def __init__(self, *args, **kw):
        self.parser = Parser(*args, **kw)

    def parse(self, fp, headersonly=False):
        return self.parsebytes(fp.read(), headersonly)

    def parsebytes(self, text, headersonly=False):
        return self.parser.parsestr(bytes(text).decode('ascii', 'surrogateescape'),
                                    headersonly)


class BytesHeaderParser(BytesParser):
    """A BytesParser that reads only the headers."""

    def parse(self, fp, headersonly=True):
        return BytesParser.parse(self, fp, True)

    def parsebytes(self, text, headersonly=True):
        return BytesParser.parsebytes(self, text, True)
