"""`email.message`: Message (headers and a payload, as CPython 3.11's compat32 Message)
and EmailMessage/MIMEPart (its policy.default successors with set_content/get_content).

Headers are an ordered list of (name, value): lookups ignore case, `msg[name] = value`
appends (it never replaces), `del msg[name]` removes every one. The payload is a str
(or bytes-as-surrogates) for a leaf part and a list of Messages for a multipart one.
Serialising (as_string/as_bytes/str) writes headers as they are, a blank line, then the
payload; multipart payloads between their boundaries.

Written for coro from the documentation. Not here: folding long headers when writing
(`maxheaderlen`), the structured header objects of `email.headerregistry`, add_related/
add_alternative/make_mixed, iter_attachments beyond the basics.
"""

import base64
import binascii
import random
import re

from email import errors, utils

__all__ = ["Message", "EmailMessage", "MIMEPart"]

_TOKEN_SPECIALS = re.compile(r'[ \(\)<>@,;:\\"/\[\]\?=]')


def _split_params(value):
    """Split a header value at the semicolons that are not inside quotes."""
    parts = []
    current = []
    quoted = False
    escaped = False
    for ch in value:
        if escaped:
            escaped = False
        elif ch == '\\' and quoted:
            escaped = True
        elif ch == '"':
            quoted = not quoted
        elif ch == ';' and not quoted:
            parts.append(''.join(current))
            current = []
            continue
        current.append(ch)
    parts.append(''.join(current))
    return parts


def _parse_params(value):
    """[(name, value)] of a parameterised header; the first item is the main value."""
    pieces = _split_params(value)
    params = [(pieces[0].strip(), '')]
    for piece in pieces[1:]:
        piece = piece.strip()
        if not piece:
            continue
        if '=' in piece:
            name, _, val = piece.partition('=')
            params.append((name.strip().lower(), val.strip()))
        else:
            params.append((piece.lower(), ''))
    return params


def _format_param(name, value=None, quote=True):
    """name="value", quoting when asked or when the value has tspecials."""
    if value is None or len(value) == 0 and not quote:
        return name if value is None else '%s=' % name
    if isinstance(value, tuple):
        name += '*'
        value = utils.encode_rfc2231(value[2], value[0], value[1])
        return '%s=%s' % (name, value)
    try:
        value.encode('ascii')
    except UnicodeEncodeError:
        return '%s*=%s' % (name, utils.encode_rfc2231(value, 'utf-8', ''))
    if quote or _TOKEN_SPECIALS.search(value):
        return '%s="%s"' % (name, utils.quote(value))
    return '%s=%s' % (name, value)


def _params_text(params):
    return '; '.join(_format_param(k, v) if v else k for k, v in params)


class Message:
    """A message: ordered headers, a payload, and what the parser noticed (defects)."""

    def __init__(self, policy=None):
        if policy is None:
            from email.policy import compat32 as policy
        self.policy = policy
        self._headers = []
        self._unixfrom = None
        self._payload = None
        self._charset = None
        self.preamble = self.epilogue = None
        self.defects = []
        self._default_type = 'text/plain'

    # -- serialising

    def __str__(self):
        return self.as_string()

    def as_string(self, unixfrom=False, maxheaderlen=0, policy=None):
        """The whole message as text (headers, blank line, payload)."""
        from email.generator import render_message
        return render_message(self, unixfrom, policy or self.policy)

    def __bytes__(self):
        return self.as_bytes()

    def as_bytes(self, unixfrom=False, policy=None):
        """The message as bytes (text is ASCII, undecodable bytes come back as they were)."""
        return self.as_string(unixfrom, policy=policy).encode('ascii', 'surrogateescape')

    # -- payload

    def is_multipart(self):
        return isinstance(self._payload, list)

    def set_unixfrom(self, unixfrom):
        self._unixfrom = unixfrom

    def get_unixfrom(self):
        return self._unixfrom

    def attach(self, payload):
        """Add a part to a multipart message's payload list."""
        if self._payload is None:
            self._payload = [payload]
        else:
            try:
                self._payload.append(payload)
            except AttributeError:
                raise TypeError("Attach is not valid on a message with"
                                " a non-multipart payload")

    def get_payload(self, i=None, decode=False):
        """The payload (list for multipart), its i-th part, or with decode=True the
        bytes after undoing the Content-Transfer-Encoding."""
        if self.is_multipart():
            if decode:
                return None
            if i is None:
                return self._payload
            return self._payload[i]
        if i is not None:
            if not isinstance(self._payload, list):
                raise TypeError('Expected list, got %s' % type(self._payload))
            return self._payload[i]
        payload = self._payload
        if not decode:
            if isinstance(payload, bytes):
                return payload.decode('ascii', 'surrogateescape')
            return payload
        if payload is None:
            return None
        if isinstance(payload, str):
            try:
                raw = payload.encode('ascii', 'surrogateescape')
            except UnicodeEncodeError:
                raw = payload.encode('latin-1', 'backslashreplace')
        else:
            raw = payload
        encoding = str(self.get('content-transfer-encoding', '')).lower()
        if encoding == 'quoted-printable':
            return binascii.a2b_qp(raw)
        if encoding == 'base64':
            try:
                return base64.b64decode(raw + b'=' * (-len(raw.strip()) % 4))
            except binascii.Error:
                return raw
        if encoding in ('x-uuencode', 'uuencode', 'uue', 'x-uue'):
            lines = raw.splitlines()[1:]
            out = bytearray()
            for line in lines:
                if line.strip() == b'end':
                    break
                try:
                    out += binascii.a2b_uu(line)
                except binascii.Error:
                    pass
            return bytes(out)
        return raw

    def set_payload(self, payload, charset=None):
        """Set the payload; with a charset, also set the Content-Type's charset."""
        if hasattr(payload, 'encode') and charset is not None:
            charset_name = getattr(charset, 'input_charset', charset)
            self._payload = payload
            self.set_charset(charset_name)
            return
        self._payload = payload
        if charset is not None:
            self.set_charset(charset)

    def set_charset(self, charset):
        """Record the charset in Content-Type (adding MIME-Version and the header if
        missing); None removes it."""
        if charset is None:
            self.del_param('charset')
            self._charset = None
            return
        name = str(getattr(charset, 'input_charset', charset)).lower()
        self._charset = name
        if 'MIME-Version' not in self:
            self.add_header('MIME-Version', '1.0')
        if 'Content-Type' not in self:
            self.add_header('Content-Type', 'text/plain', charset=name)
        else:
            self.set_param('charset', name)
        if 'Content-Transfer-Encoding' not in self:
            if name in ('us-ascii', 'ascii'):
                self.add_header('Content-Transfer-Encoding', '7bit')
            elif name in ('utf-8', 'utf8'):
                payload = self._payload
                if isinstance(payload, str):
                    payload = payload.encode(name, 'surrogateescape')
                    self._payload = base64.encodebytes(payload).decode('ascii')
                self.add_header('Content-Transfer-Encoding', 'base64')
            else:
                payload = self._payload
                if isinstance(payload, str):
                    payload = payload.encode(name, 'surrogateescape')
                    self._payload = binascii.b2a_qp(payload).decode('ascii')
                self.add_header('Content-Transfer-Encoding', 'quoted-printable')

    def get_charset(self):
        return self._charset

    # -- the header mapping

    def __len__(self):
        return len(self._headers)

    def __contains__(self, name):
        wanted = name.lower()
        return any(k.lower() == wanted for k, _ in self._headers)

    def __iter__(self):
        for name, _ in self._headers:
            yield name

    def __getitem__(self, name):
        return self.get(name)

    def __setitem__(self, name, value):
        limit = self.policy.header_max_count(name) if hasattr(
            self.policy, 'header_max_count') else None
        if limit:
            wanted = name.lower()
            present = sum(1 for k, _ in self._headers if k.lower() == wanted)
            if present >= limit:
                raise ValueError("There may be at most {} {} headers "
                                 "in a message".format(limit, name))
        self._headers.append((name, value))

    def __delitem__(self, name):
        wanted = name.lower()
        self._headers = [(k, v) for k, v in self._headers if k.lower() != wanted]

    def keys(self):
        return [k for k, _ in self._headers]

    def values(self):
        return [v for _, v in self._headers]

    def items(self):
        return list(self._headers)

    def get(self, name, failobj=None):
        """The first value of header `name` (any case), or failobj."""
        wanted = name.lower()
        for key, value in self._headers:
            if key.lower() == wanted:
                return value
        return failobj

    def get_all(self, name, failobj=None):
        """Every value of header `name`, in order, or failobj if there is none."""
        wanted = name.lower()
        found = [v for k, v in self._headers if k.lower() == wanted]
        return found or failobj

    def set_raw(self, name, value):
        self._headers.append((name, value))

    def raw_items(self):
        return iter(self._headers)

    def add_header(self, _name, _value, **_params):
        """Append a header with parameters (underscores in their names become dashes)."""
        parts = [] if _value is None else [_value]
        for key, value in _params.items():
            parts.append(_format_param(key.replace('_', '-'), value))
        self._headers.append((_name, '; '.join(parts)))

    def replace_header(self, _name, _value):
        """Replace the first header `_name` in place; KeyError if there is none."""
        wanted = _name.lower()
        for index, (key, _) in enumerate(self._headers):
            if key.lower() == wanted:
                self._headers[index] = (key, _value)
                return
        raise KeyError(_name)

    # -- content type and parameters

    def get_content_type(self):
        """'maintype/subtype' in lower case; the default type when missing or invalid."""
        value = self.get('content-type')
        if value is None:
            return self.get_default_type()
        ctype = _split_params(str(value))[0].strip().lower()
        if ctype.count('/') != 1:
            return 'text/plain'
        return ctype

    def get_content_maintype(self):
        return self.get_content_type().split('/')[0]

    def get_content_subtype(self):
        return self.get_content_type().split('/')[1]

    def get_default_type(self):
        return self._default_type

    def set_default_type(self, ctype):
        self._default_type = ctype

    def get_params(self, failobj=None, header='content-type', unquote=True):
        """[(name, value)] of a header's parameters, the main value first."""
        value = self.get(header)
        if value is None:
            return failobj
        params = utils.decode_params(_parse_params(str(value)))
        if unquote:
            return [(k, utils.collapse_rfc2231_value(v) if isinstance(v, str) else
                     (v[0], v[1], utils.unquote(v[2]))) for k, v in params]
        return params

    def get_param(self, param, failobj=None, header='content-type', unquote=True):
        """One parameter's value (an RFC 2231 value is a 3-tuple), or failobj."""
        value = self.get(header)
        if value is None:
            return failobj
        wanted = param.lower()
        for name, found in utils.decode_params(_parse_params(str(value))):
            if name.lower() == wanted:
                if unquote:
                    if isinstance(found, tuple):
                        return (found[0], found[1], utils.unquote(found[2]))
                    return utils.unquote(found)
                return found
        return failobj

    def set_param(self, param, value, header='Content-Type', requote=True,
                  charset=None, language='', replace=False):
        """Set (or add) one parameter of a header, keeping the others."""
        if charset is not None and not isinstance(value, tuple):
            value = (charset, language, value)
        if header not in self and header.lower() == 'content-type':
            current = [('text/plain', '')]
        else:
            current = self.get_params(header=header, unquote=requote) or []
        wanted = param.lower()
        rebuilt = []
        done = False
        for name, existing in current:
            if name.lower() == wanted and not done:
                rebuilt.append(_format_param(param, value, requote))
                done = True
            elif existing == '':
                rebuilt.append(name)
            else:
                rebuilt.append(_format_param(name, existing, requote))
        if not done:
            rebuilt.append(_format_param(param, value, requote))
        text = '; '.join(rebuilt)
        if text == self.get(header):
            return
        if header in self:
            if replace:
                self.replace_header(header, text)
            else:
                del self[header]
                self[header] = text
        else:
            self[header] = text

    def del_param(self, param, header='content-type', requote=True):
        """Remove a parameter from a header (nothing if it is not there)."""
        if header not in self:
            return
        wanted = param.lower()
        kept = []
        for name, value in self.get_params(header=header, unquote=requote):
            if name.lower() == wanted:
                continue
            kept.append(name if value == '' else _format_param(name, value, requote))
        text = '; '.join(kept)
        for index, (key, _) in enumerate(self._headers):
            if key.lower() == header.lower():
                self._headers[index] = (key, text)
                break

    def set_type(self, type, header='Content-Type', requote=True):
        """Change the main value of Content-Type, keeping its parameters."""
        if type.count('/') != 1:
            raise ValueError
        if header.lower() == 'content-type':
            del self['mime-version']
            self['MIME-Version'] = '1.0'
        if header not in self:
            self[header] = type
            return
        params = self.get_params(header=header, unquote=requote)
        del self[header]
        self[header] = type
        for name, value in params[1:]:
            self.set_param(name, value, header, requote)

    def get_filename(self, failobj=None):
        """The filename parameter of Content-Disposition (or name of Content-Type)."""
        missing = object()
        name = self.get_param('filename', missing, 'content-disposition')
        if name is missing:
            name = self.get_param('name', missing, 'content-type')
        if name is missing:
            return failobj
        return utils.collapse_rfc2231_value(name).strip()

    def get_boundary(self, failobj=None):
        missing = object()
        boundary = self.get_param('boundary', missing)
        if boundary is missing:
            return failobj
        return utils.collapse_rfc2231_value(boundary).rstrip()

    def set_boundary(self, boundary):
        if 'content-type' not in self:
            raise errors.HeaderParseError('No Content-Type header found')
        self.set_param('boundary', boundary, replace=True)

    def get_content_charset(self, failobj=None):
        """The charset parameter of Content-Type, lower-cased, or failobj."""
        missing = object()
        charset = self.get_param('charset', missing)
        if charset is missing:
            return failobj
        if isinstance(charset, tuple):
            charset = utils.collapse_rfc2231_value(charset)
        try:
            charset.encode('ascii')
        except UnicodeError:
            return failobj
        return charset.lower()

    def get_charsets(self, failobj=None):
        return [part.get_content_charset(failobj) for part in self.walk()]

    def get_content_disposition(self):
        value = self.get('content-disposition')
        if value is None:
            return None
        return _split_params(str(value))[0].strip().lower()

    def walk(self):
        """This message and every part inside it, depth first."""
        yield self
        if self.is_multipart():
            for part in self.get_payload():
                yield from part.walk()


class MIMEPart(Message):
    """A part under policy.default: set_content/get_content, attachments."""

    def __init__(self, policy=None):
        if policy is None:
            from email.policy import default as policy
        super().__init__(policy)

    def as_string(self, unixfrom=False, maxheaderlen=None, policy=None):
        return super().as_string(unixfrom, maxheaderlen, policy)

    def __str__(self):
        return self.as_string(policy=self.policy.clone(utf8=True))

    def is_attachment(self):
        return self.get_content_disposition() == 'attachment'

    def get_body(self, preferencelist=('related', 'html', 'plain')):
        """The part that best is the body, by preferencelist, or None."""
        for wanted in preferencelist:
            for part in self.walk():
                if part.is_attachment():
                    continue
                if part.get_content_maintype() == 'text' and \
                        part.get_content_subtype() == wanted:
                    return part
                if wanted == 'related' and part.get_content_type() == 'multipart/related':
                    return part
        return None

    def iter_attachments(self):
        if not self.is_multipart():
            return
        for part in self.get_payload():
            if part.is_attachment():
                yield part

    def iter_parts(self):
        if self.is_multipart():
            yield from self.get_payload()

    def get_content(self):
        """The payload as str for text parts (decoded with its charset), bytes for
        others, the list of parts for multipart ones."""
        if self.is_multipart():
            return self.get_payload()
        data = self.get_payload(decode=True)
        if self.get_content_maintype() == 'text':
            charset = self.get_content_charset('ascii')
            try:
                return data.decode(charset, 'replace')
            except LookupError:
                return data.decode('utf-8', 'replace')
        return data

    def set_content(self, content, *args, subtype=None, charset='utf-8', cte=None,
                    disposition=None, filename=None, cid=None, params=None,
                    headers=None, maintype=None):
        """Replace the content and the content headers (str: text/<subtype>, bytes:
        maintype/subtype, which must be given)."""
        if args:
            if maintype is None and isinstance(content, (bytes, bytearray)):
                maintype = args[0]
                args = args[1:]
            if args and subtype is None:
                subtype = args[0]
        for name in ('content-type', 'content-transfer-encoding', 'mime-version',
                     'content-disposition'):
            del self[name]
        if isinstance(content, str):
            if not content.endswith('\n'):
                content += '\n'
            self['Content-Type'] = 'text/%s' % (subtype or 'plain')
            self.set_param('charset', charset)
            data = content.encode(charset)
            if cte is None:
                cte = '7bit' if max(data, default=0) < 128 else '8bit'
            if cte == 'base64':
                self._payload = base64.encodebytes(data).decode('ascii')
            elif cte == 'quoted-printable':
                self._payload = binascii.b2a_qp(data).decode('ascii')
            else:
                self._payload = data.decode('ascii', 'surrogateescape') if cte != '7bit' \
                    else content
            self['Content-Transfer-Encoding'] = cte
        elif isinstance(content, (bytes, bytearray)):
            if maintype is None or subtype is None:
                raise TypeError("set_content() missing required argument: 'subtype'")
            self['Content-Type'] = '%s/%s' % (maintype, subtype)
            cte = cte or 'base64'
            if cte == 'base64':
                self._payload = base64.encodebytes(bytes(content)).decode('ascii')
            else:
                self._payload = bytes(content).decode('ascii', 'surrogateescape')
            self['Content-Transfer-Encoding'] = cte
        else:
            raise TypeError("set_content not valid on {}".format(type(content).__name__))
        if disposition or filename:
            self.add_header('Content-Disposition', disposition or 'attachment',
                            **({'filename': filename} if filename else {}))
        if cid is not None:
            self['Content-ID'] = cid
        for key, value in (params or {}).items():
            self.set_param(key, value)
        for line in headers or ():
            key, _, value = line.partition(':')
            self[key.strip()] = value.strip()

    def clear(self):
        self._headers = []
        self._payload = None

    def clear_content(self):
        self._headers = [(k, v) for k, v in self._headers
                         if not k.lower().startswith('content-')]
        self._payload = None

    def add_attachment(self, content, *args, **kw):
        """Make this a multipart/mixed (moving the body into a part) and add a part."""
        if not self.is_multipart() or self.get_content_subtype() != 'mixed':
            body = None
            if self._payload is not None:
                body = type(self)(self.policy)
                body._headers = [(k, v) for k, v in self._headers
                                 if k.lower().startswith('content-')]
                body._payload = self._payload
            self.clear_content()
            self['Content-Type'] = 'multipart/mixed'
            self.set_param('boundary', _make_boundary())
            self._payload = [body] if body is not None else []
        part = MIMEPart(self.policy)
        kw.setdefault('disposition', 'attachment')
        part.set_content(content, *args, **kw)
        self.attach(part)


def _make_boundary():
    return '=' * 15 + '%019d' % random.randrange(10 ** 19) + '=='


class EmailMessage(MIMEPart):
    """A whole message under policy.default: set_content adds MIME-Version."""

    def set_content(self, *args, **kw):
        super().set_content(*args, **kw)
        if 'MIME-Version' not in self:
            self['MIME-Version'] = '1.0'
