"""The `email` package: reading, building and writing RFC 5322 / MIME messages. This is
its top level: the message_from_* shortcuts to email.parser. The submodules are
email.message, email.parser, email.feedparser, email.generator, email.utils,
email.header, email.errors, email.policy, email.charset (a small one) and email.mime.*.

Written for coro from CPython 3.11's documentation (see docs/STDLIB.md for what each
submodule does not do).
"""

__all__ = ["base64mime", "charset", "encoders", "errors", "feedparser", "generator",
           "header", "iterators", "message", "message_from_file",
           "message_from_binary_file", "message_from_string", "message_from_bytes",
           "mime", "parser", "quoprimime", "utils"]


def message_from_string(s, *args, **kws):
    """Parse a string into a Message (Parser(*args, **kws).parsestr(s))."""
    from email.parser import Parser
    return Parser(*args, **kws).parsestr(s)


def message_from_bytes(s, *args, **kws):
    """Parse bytes into a Message."""
    from email.parser import BytesParser
    return BytesParser(*args, **kws).parsebytes(s)


def message_from_file(fp, *args, **kws):
    """Parse an open text file into a Message."""
    from email.parser import Parser
    return Parser(*args, **kws).parse(fp)


def message_from_binary_file(fp, *args, **kws):
    """Parse an open binary file into a Message."""
    from email.parser import BytesParser
    return BytesParser(*args, **kws).parse(fp)
