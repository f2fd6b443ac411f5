"""`email.policy`: the objects that tell the email package how to read and write
messages (line separator, line length, transfer-encoding limits, strictness), as
CPython 3.11 documents them: `compat32` (the Message class's default), `default`
(EmailMessage's), `SMTP`, `SMTPUTF8`, `HTTP` and `strict`, each a frozen object whose
`clone(**changes)` makes a variant.

Written for coro. Not here: header_factory and the structured header classes of
`email.headerregistry` (EmailMessage's headers are plain str here).
"""

__all__ = ["Policy", "Compat32", "compat32", "EmailPolicy", "default", "strict",
           "SMTP", "SMTPUTF8", "HTTP"]


class Policy:
    """Settings shared by every policy; instances are immutable, clone() copies."""

    raise_on_defect = False
    linesep = '\n'
    cte_type = '8bit'
    max_line_length = 78
    mangle_from_ = False
    message_factory = None
    verify_generated_headers = True

    def __init__(self, **settings):
        for name, value in settings.items():
            if not hasattr(self, name):
                raise TypeError("{!r} is an invalid keyword argument for {}".format(
                    name, type(self).__name__))
            object.__setattr__(self, name, value)

    def clone(self, **changes):
        """A copy of this policy with `changes` applied."""
        fresh = object.__new__(type(self))
        for name, value in self.__dict__.items():
            object.__setattr__(fresh, name, value)
        Policy.__init__(fresh, **changes)
        return fresh

    def __setattr__(self, name, value):
        if hasattr(self, name):
            message = "{!r} object attribute {!r} is read-only"
        else:
            message = "{!r} object has no attribute {!r}"
        raise AttributeError(message.format(type(self).__name__, name))

    def __add__(self, other):
        return self.clone(**other.__dict__)

    def __repr__(self):
        shown = ', '.join('{}={!r}'.format(k, v) for k, v in self.__dict__.items())
        return '{}({})'.format(type(self).__name__, shown)

    def header_max_count(self, name):
        """How many headers `name` a message may have (None: no limit)."""
        return None

    def handle_defect(self, obj, defect):
        """Raise the defect under raise_on_defect, else record it on obj.defects."""
        if self.raise_on_defect:
            raise defect
        obj.defects.append(defect)


class Compat32(Policy):
    """The policy of the Python 3.2 email package: Message's default."""

    mangle_from_ = True


class EmailPolicy(Policy):
    """The RFC-conforming policy of EmailMessage."""

    utf8 = False
    refold_source = 'long'
    header_factory = None
    content_manager = None

    def header_max_count(self, name):
        return 1 if name.lower() in _UNIQUE_HEADERS else None


# RFC 5322 section 3.6: the fields a message has at most once.
_UNIQUE_HEADERS = {'orig-date', 'date', 'from', 'sender', 'reply-to', 'to', 'cc', 'bcc',
                   'message-id', 'in-reply-to', 'references', 'subject', 'mime-version',
                   'content-type', 'content-transfer-encoding', 'content-disposition',
                   'content-id', 'resent-date'}


compat32 = Compat32()
default = EmailPolicy()
strict = default.clone(raise_on_defect=True)
SMTP = default.clone(linesep='\r\n')
HTTP = default.clone(linesep='\r\n', max_line_length=None)
SMTPUTF8 = SMTP.clone(utf8=True)
