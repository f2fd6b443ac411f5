"""The classes of the `email.mime.*` modules (each of those modules names one or two of
them): messages built from scratch with their MIME headers set. MIMEBase sets
Content-Type and MIME-Version; MIMENonMultipart refuses attach(); MIMEMultipart holds
parts (with a boundary, made up when written if not given); MIMEText encodes text in its
charset (us-ascii when it fits, else utf-8); MIMEApplication base64-encodes bytes;
MIMEMessage wraps a message.

Written for coro from the documentation. Not here: MIMEImage and MIMEAudio (they sniff
the data's format).
"""

import base64

from email import errors
from email.message import Message


class MIMEBase(Message):
    """A message with Content-Type maintype/subtype (plus parameters) and
    MIME-Version."""

    __module__ = 'email.mime.base'

    def __init__(self, _maintype, _subtype, *, policy=None, **_params):
        if policy is None:
            from email.policy import compat32 as policy
        Message.__init__(self, policy=policy)
        self.add_header('Content-Type', '%s/%s' % (_maintype, _subtype), **_params)
        self['MIME-Version'] = '1.0'


class MIMENonMultipart(MIMEBase):
    """A leaf part: it cannot have parts attached."""

    __module__ = 'email.mime.nonmultipart'

    def attach(self, payload):
        raise errors.MultipartConversionError(
            'Cannot attach additional subparts to non-multipart/*')


class MIMEMultipart(MIMEBase):
    """A multipart/<subtype> message with the given parts."""

    __module__ = 'email.mime.multipart'

    def __init__(self, _subtype='mixed', boundary=None, _subparts=None, *, policy=None,
                 **_params):
        MIMEBase.__init__(self, 'multipart', _subtype, policy=policy, **_params)
        self._payload = []
        for part in _subparts or ():
            self.attach(part)
        if boundary:
            self.set_boundary(boundary)


class MIMEText(MIMENonMultipart):
    """A text/<subtype> part in a charset (us-ascii if the text fits, else utf-8)."""

    __module__ = 'email.mime.text'

    def __init__(self, _text, _subtype='plain', _charset=None, *, policy=None):
        if _charset is None:
            _charset = 'us-ascii' if _text.isascii() else 'utf-8'
        MIMENonMultipart.__init__(self, 'text', _subtype, policy=policy,
                                  charset=str(_charset))
        self.set_payload(_text, _charset)


class MIMEApplication(MIMENonMultipart):
    """An application/<subtype> part of bytes, base64-encoded by default."""

    __module__ = 'email.mime.application'

    def __init__(self, _data, _subtype='octet-stream', _encoder=None, *, policy=None,
                 **_params):
        if _subtype is None:
            raise TypeError('Invalid application MIME subtype')
        MIMENonMultipart.__init__(self, 'application', _subtype, policy=policy, **_params)
        self.set_payload(_data)
        (_encoder or encode_base64)(self)


class MIMEMessage(MIMENonMultipart):
    """A message/<subtype> part holding one message."""

    __module__ = 'email.mime.message'

    def __init__(self, _msg, _subtype='rfc822', *, policy=None):
        MIMENonMultipart.__init__(self, 'message', _subtype, policy=policy)
        if not isinstance(_msg, Message):
            raise TypeError('Argument is not an instance of Message')
        Message.attach(self, _msg)
        self.set_default_type('message/rfc822')


def encode_base64(msg):
    """Replace the payload (bytes) by its base64 text and say so in the headers."""
    data = msg.get_payload(decode=True)
    msg.set_payload(base64.encodebytes(data).decode('ascii'))
    msg['Content-Transfer-Encoding'] = 'base64'
