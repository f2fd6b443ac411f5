"""`email.errors`: the exceptions the email package raises and the defect classes its
parser records on `Message.defects` (it records them instead of raising).

Written for coro from CPython 3.11's documented class tree.
"""


class MessageError(Exception):
    """The base of the email package's exceptions."""


class MessageParseError(MessageError):
    """The parser could not read a message."""


class HeaderParseError(MessageParseError):
    """A header could not be parsed."""


class BoundaryError(MessageParseError):
    """A multipart boundary could not be found."""


class MultipartConversionError(MessageError, TypeError):
    """A payload was attached to a message that is not multipart."""


class CharsetError(MessageError):
    """An unknown character set was named."""


class MessageDefect(ValueError):
    """Something wrong that the parser found and worked around."""

    def __init__(self, line=None):
        if line is not None:
            super().__init__(line)
        self.line = line


# The defects that are only a name and a meaning: (name, description).
_MESSAGE_DEFECTS = (
    ("NoBoundaryInMultipartDefect", "A multipart message has no boundary parameter."),
    ("StartBoundaryNotFoundDefect", "The declared start boundary never appears."),
    ("CloseBoundaryNotFoundDefect", "The closing boundary never appears."),
    ("FirstHeaderLineIsContinuationDefect", "The first header line is a continuation."),
    ("MisplacedEnvelopeHeaderDefect", "A 'Unix From' line in the middle of the headers."),
    ("MissingHeaderBodySeparatorDefect", "A line that is no header before the blank line."),
    ("MultipartInvariantViolationDefect", "A multipart message whose payload is no list."),
    ("InvalidMultipartContentTransferEncodingDefect",
     "A multipart part with an encoding other than 7bit, 8bit or binary."),
    ("UndecodableBytesDefect", "Bytes that do not decode in the declared charset."),
    ("InvalidBase64PaddingDefect", "Base64 text with wrong padding."),
    ("InvalidBase64CharactersDefect", "Base64 text with characters outside the alphabet."),
    ("InvalidBase64LengthDefect", "Base64 text whose length cannot be decoded."),
)
_HEADER_DEFECTS = (
    ("InvalidHeaderDefect", "A header that cannot be read."),
    ("HeaderMissingRequiredValue", "A header without a value it must have."),
    ("ObsoleteHeaderDefect", "A header in syntax RFC 5322 calls obsolete."),
    ("NonASCIILocalPartDefect", "An address whose local part is not ASCII."),
    ("InvalidDateDefect", "A date header that is no date."),
)


def _define_defects(table, base):
    for name, doc in table:
        globals()[name] = type(name, (base,), {"__doc__": doc, "__module__": __name__})


_define_defects(_MESSAGE_DEFECTS, MessageDefect)
MalformedHeaderDefect = MissingHeaderBodySeparatorDefect  # noqa: F821 (made above)


class HeaderDefect(MessageDefect):
    """Something wrong inside a header value."""

    def __init__(self, *args, **kw):
        super().__init__(*args, **kw)


_define_defects(_HEADER_DEFECTS, HeaderDefect)


class NonPrintableDefect(HeaderDefect):
    """A header with characters that cannot be printed."""

    def __init__(self, non_printables):
        super().__init__(non_printables)
        self.non_printables = non_printables

    def __str__(self):
        return "the following ASCII non-printables found in header: {}".format(
            self.non_printables)
