"""`email.generator`: writing a Message tree out as text (Generator) or bytes
(BytesGenerator): headers as they are, a blank line, the payload; a multipart payload as
its preamble, each part after a `--boundary` line, the closing `--boundary--` and the
epilogue (a boundary is made up and recorded when the message has none). Every line
ends with the policy's (or flatten's) linesep; `mangle_from_` puts '>' before body lines
starting with 'From '.

Written for coro from the documentation. Not here: folding long header lines
(`maxheaderlen` is accepted; headers are written as stored), DecodedGenerator.
"""

import re

__all__ = ["Generator", "BytesGenerator"]

_LINE_END = re.compile(r'\r\n|\r|\n')


def _with_linesep(text, linesep):
    return _LINE_END.sub(linesep, text)


def _body_lines(text, linesep, mangle):
    text = _with_linesep(text, '\n')
    if mangle:
        text = re.sub(r'(?m)^From ', '>From ', text)
    return _with_linesep(text, linesep)


def _header_block(msg, linesep):
    out = []
    for name, value in msg._headers:
        value = str(value)
        out.append('%s: %s%s' % (name, _with_linesep(value, linesep), linesep))
    return ''.join(out)


def _flatten(msg, linesep, mangle, out):
    if msg.is_multipart() and msg.get_content_maintype() == 'multipart':
        boundary = msg.get_boundary()
        if boundary is None:
            from email.message import _make_boundary
            boundary = _make_boundary()
            msg.set_boundary(boundary)
        out.append(_header_block(msg, linesep))
        out.append(linesep)
        if msg.preamble is not None:
            out.append(_body_lines(msg.preamble, linesep, mangle))
            out.append(linesep)
        for part in msg.get_payload():
            out.append('--' + boundary + linesep)
            _flatten(part, linesep, mangle, out)
            out.append(linesep)
        out.append('--' + boundary + '--' + linesep)
        if msg.epilogue is not None:
            out.append(_body_lines(msg.epilogue, linesep, mangle))
        return
    out.append(_header_block(msg, linesep))
    out.append(linesep)
    payload = msg._payload
    if payload is None:
        return
    if isinstance(payload, bytes):
        payload = payload.decode('ascii', 'surrogateescape')
    if not isinstance(payload, str):
        # A message/rfc822 part holds [Message].
        for inner in payload:
            _flatten(inner, linesep, mangle, out)
        return
    out.append(_body_lines(payload, linesep, mangle))


def render_message(msg, unixfrom, policy, mangle=False, linesep=None):
    """The text of `msg` as Message.as_string writes it."""
    out = []
    sep = linesep or policy.linesep
    if unixfrom and msg.get_unixfrom():
        out.append(msg.get_unixfrom() + sep)
    _flatten(msg, sep, mangle, out)
    return ''.join(out)


class Generator:
    """Writes messages to a text file object."""

    def __init__(self, outfp, mangle_from_=None, maxheaderlen=None, *, policy=None):
        self._fp = outfp
        self._mangle = mangle_from_
        self.maxheaderlen = maxheaderlen
        self.policy = policy

    def write(self, s):
        self._fp.write(s)

    def flatten(self, msg, unixfrom=False, linesep=None):
        policy = self.policy or msg.policy
        mangle = policy.mangle_from_ if self._mangle is None else self._mangle
        self._emit(render_message(msg, unixfrom, policy, mangle, linesep))

    def _emit(self, text):
        self._fp.write(text)

    def clone(self, fp):
        return type(self)(fp, self._mangle, self.maxheaderlen, policy=self.policy)


class BytesGenerator(Generator):
    """Writes messages to a binary file object (ASCII, surrogates back to bytes)."""

    def _emit(self, text):
        self._fp.write(text.encode('ascii', 'surrogateescape'))
