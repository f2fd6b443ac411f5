"""`email.utils`: RFC 5322 dates and addresses as CPython 3.11 documents them.

Dates: formatdate/format_datetime write the RFC 5322 form, parsedate/parsedate_tz/
parsedate_to_datetime read it (and the common sloppy variants: no weekday, two-digit
years, US zone names, dots in the time). Addresses: parseaddr/getaddresses read a name
and an addr-spec out of a header (quoted strings, comments, angle addresses, groups),
formataddr writes one back (RFC 2047 for a non-ASCII name). Plus make_msgid, quote,
unquote, localtime and the RFC 2231 helpers.

Written for coro from the documentation and RFC 5322; not here: the `strict` parameter
of later CPython versions.
"""

import datetime
import os
import random
import socket
import time

__all__ = ["collapse_rfc2231_value", "decode_params", "decode_rfc2231",
           "encode_rfc2231", "formataddr", "formatdate", "format_datetime",
           "getaddresses", "make_msgid", "mktime_tz", "parseaddr", "parsedate",
           "parsedate_tz", "parsedate_to_datetime", "quote", "unquote", "localtime"]

_DAY_NAMES = ('Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun')
_MONTH_NAMES = ('Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun',
                'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec')
# RFC 822's zone names, in hours east of UTC.
_ZONE_HOURS = {'UT': 0, 'UTC': 0, 'GMT': 0, 'Z': 0,
               'EST': -5, 'EDT': -4, 'CST': -6, 'CDT': -5,
               'MST': -7, 'MDT': -6, 'PST': -8, 'PDT': -7}
_SPECIALS = '()<>@,:;.\"[]'


# ---------------------------------------------------------------- quoting

def quote(text):
    """Backslash-escape the backslashes and double quotes in `text`."""
    return text.replace('\\', '\\\\').replace('"', '\\"')


def unquote(text):
    """Take off one pair of surrounding double quotes (unescaping) or angle brackets."""
    if len(text) > 1:
        if text[0] == '"' and text[-1] == '"':
            return text[1:-1].replace('\\\\', '\\').replace('\\"', '"')
        if text[0] == '<' and text[-1] == '>':
            return text[1:-1]
    return text


# ---------------------------------------------------------------- dates

def _zone_text(offset_seconds):
    sign = '-' if offset_seconds < 0 else '+'
    minutes = abs(offset_seconds) // 60
    return '%s%02d%02d' % (sign, minutes // 60, minutes % 60)


def _rfc_date(fields, zone):
    """fields: a struct_time-like (year, month, day, hour, minute, second, weekday, ...)."""
    return '%s, %02d %s %04d %02d:%02d:%02d %s' % (
        _DAY_NAMES[fields[6]], fields[2], _MONTH_NAMES[fields[1] - 1], fields[0],
        fields[3], fields[4], fields[5], zone)


def formatdate(timeval=None, localtime=False, usegmt=False):
    """The RFC 5322 date of `timeval` (seconds since the epoch; now by default)."""
    if timeval is None:
        timeval = time.time()
    if localtime or usegmt:
        moment = datetime.datetime.fromtimestamp(timeval, datetime.timezone.utc)
    else:
        moment = datetime.datetime.utcfromtimestamp(timeval)
    if localtime:
        moment = moment.astimezone()
        usegmt = False
    return format_datetime(moment, usegmt)


def format_datetime(dt, usegmt=False):
    """The RFC 5322 date of a datetime: a naive one is written with the zone -0000."""
    fields = dt.timetuple()
    if usegmt:
        if dt.tzinfo is None or dt.tzinfo != datetime.timezone.utc:
            raise ValueError("usegmt option requires a UTC datetime")
        zone = 'GMT'
    elif dt.tzinfo is None:
        zone = '-0000'
    else:
        zone = _zone_text(int(dt.utcoffset().total_seconds()))
    return _rfc_date(fields, zone)


def _date_words(text):
    """Split a date into its words: spaces and commas separate, a comment ends it."""
    text = text.split('(')[0]
    return text.replace(',', ' ').split()


def _parse_clock(word):
    parts = word.replace('.', ':').split(':')
    if len(parts) == 2:
        parts.append('0')
    if len(parts) != 3 or not all(p.isdigit() for p in parts):
        return None
    return [int(p) for p in parts]


def _parse_zone(word):
    """Seconds east of UTC for a zone word, or None when unknown (or -0000)."""
    if word is None:
        return None
    upper = word.upper()
    if upper in _ZONE_HOURS:
        return _ZONE_HOURS[upper] * 3600
    if len(word) == 5 and word[0] in '+-' and word[1:].isdigit():
        if word == '-0000':
            return None
        minutes = int(word[1:3]) * 60 + int(word[3:])
        return -minutes * 60 if word[0] == '-' else minutes * 60
    return None


def _parse_date_fields(text):
    """(year, month, day, hour, minute, second, zone-or-None), or None if not a date."""
    if not text:
        return None
    words = _date_words(text)
    if words and words[0][:3].capitalize() in _DAY_NAMES:
        words = words[1:]
    if len(words) < 4:
        return None
    # Either "day month year" or "month day year": find the month name.
    if words[1][:3].capitalize() in _MONTH_NAMES:
        day_word, month_word = words[0], words[1]
    elif words[0][:3].capitalize() in _MONTH_NAMES:
        month_word, day_word = words[0], words[1]
    else:
        return None
    month = _MONTH_NAMES.index(month_word[:3].capitalize()) + 1
    rest = words[2:]
    year_word = rest[0]
    clock_word = rest[1] if len(rest) > 1 else None
    if ':' in year_word:
        # "Jan 02 03:04:05 2020": the time came before the year.
        year_word, clock_word = clock_word, year_word
    zone_word = rest[2] if len(rest) > 2 else None
    if not day_word.isdigit() or year_word is None or not year_word.isdigit():
        return None
    clock = _parse_clock(clock_word) if clock_word else None
    if clock is None:
        return None
    year = int(year_word)
    if len(year_word) <= 2:
        year += 1900 if year > 68 else 2000
    return (year, month, int(day_word), clock[0], clock[1], clock[2],
            _parse_zone(zone_word))


def parsedate_tz(data):
    """A 10-tuple (struct_time's first nine fields, then the zone offset in seconds)."""
    fields = _parse_date_fields(data)
    if fields is None:
        return None
    zone = fields[6]
    return fields[:6] + (0, 1, -1, 0 if zone is None else zone)


def parsedate(data):
    """The first nine fields of parsedate_tz(data), or None."""
    parsed = parsedate_tz(data)
    return None if parsed is None else parsed[:9]


def mktime_tz(data):
    """Seconds since the epoch (UTC) of a parsedate_tz tuple."""
    if data[9] is None:
        return time.mktime(data[:8] + (-1,))
    days = datetime.date(data[0], data[1], data[2]).toordinal() - 719163
    return days * 86400 + data[3] * 3600 + data[4] * 60 + data[5] - data[9]


def parsedate_to_datetime(data):
    """A datetime from an RFC 5322 date: aware, or naive when the zone is -0000/unknown."""
    fields = _parse_date_fields(data)
    if fields is None:
        raise ValueError('Invalid date value or format "%s"' % str(data))
    moment = datetime.datetime(*fields[:6])
    if fields[6] is None:
        return moment
    return moment.replace(tzinfo=datetime.timezone(datetime.timedelta(seconds=fields[6])))


def localtime(dt=None, isdst=-1):
    """`dt` (now by default) as an aware datetime in the local zone."""
    if dt is None:
        return datetime.datetime.now(datetime.timezone.utc).astimezone()
    if dt.tzinfo is not None:
        return dt.astimezone()
    return dt.astimezone()


def make_msgid(idstring=None, domain=None):
    """A unique Message-ID: <time.pid.random[.idstring]@domain>."""
    stamp = int(time.time() * 100)
    middle = '%d.%d.%d' % (stamp, os.getpid(), random.getrandbits(64))
    if idstring:
        middle += '.' + idstring
    if domain is None:
        domain = socket.getfqdn()
    return '<%s@%s>' % (middle, domain)


# ---------------------------------------------------------------- addresses

def _address_tokens(text):
    """Tokens of an address list: ('q', quoted text), ('c', comment), ('s', special),
    ('a', atom). Comments nest; backslash escapes inside quotes and comments."""
    tokens = []
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if ch in ' \t\r\n':
            i += 1
        elif ch == '"':
            i, body = _delimited(text, i + 1, '"', None)
            tokens.append(('q', body))
        elif ch == '(':
            i, body = _delimited(text, i + 1, ')', '(')
            tokens.append(('c', body))
        elif ch in '<>@,:;.[]':
            tokens.append(('s', ch))
            i += 1
        else:
            start = i
            while i < n and text[i] not in ' \t\r\n"()<>@,:;.[]':
                i += 1
            tokens.append(('a', text[start:i]))
    return tokens


def _delimited(text, i, close, nest):
    depth = 1
    out = []
    while i < len(text):
        ch = text[i]
        if ch == '\\' and i + 1 < len(text):
            out.append(text[i + 1])
            i += 2
            continue
        if nest and ch == nest:
            depth += 1
        elif ch == close:
            depth -= 1
            if depth == 0:
                return i + 1, ''.join(out)
        out.append(ch)
        i += 1
    return i, ''.join(out)


def _spec_text(tokens):
    """An addr-spec from its tokens: local part words joined by dots, @, domain."""
    out = []
    for kind, value in tokens:
        if kind == 'c':
            continue
        if kind == 'q':
            # A quoted local part keeps its quotes only when it needs them.
            needs = any(c in value for c in _SPECIALS + ' \t')
            out.append('"%s"' % quote(value) if needs else value)
        else:
            out.append(value)
    return ''.join(out)


def _one_address(tokens):
    """(name, address) for the tokens of one mailbox."""
    comments = [value for kind, value in tokens if kind == 'c']
    if ('s', '<') in tokens:
        start = tokens.index(('s', '<'))
        end = tokens.index(('s', '>'), start) if ('s', '>') in tokens[start:] else len(tokens)
        name_words = [value for kind, value in tokens[:start] if kind in 'qa'
                      or (kind == 's' and value == '.')]
        name = _join_phrase(tokens[:start])
        if not name_words and comments:
            name = comments[0]
        inner = tokens[start + 1:end]
        # A route (@a,@b:) before the address is dropped.
        if ('s', ':') in inner:
            inner = inner[inner.index(('s', ':')) + 1:]
        return name, _spec_text(inner)
    name = ' '.join(comments) if comments else ''
    return name, _spec_text(tokens)


def _join_phrase(tokens):
    words = []
    for kind, value in tokens:
        if kind == 'c':
            continue
        if kind == 's' and value == '.' and words:
            words[-1] += '.'
            continue
        words.append(value)
    return ' '.join(words)


def _address_list(text):
    tokens = _address_tokens(text)
    pairs = []
    current = []
    in_group = False
    for token in tokens:
        if token == ('s', ':') and not in_group and ('s', '<') not in current:
            in_group = True
            current = []
            continue
        if token == ('s', ',') or (token == ('s', ';') and in_group):
            if token == ('s', ';'):
                in_group = False
            if current:
                pairs.append(_one_address(current))
            current = []
            continue
        current.append(token)
    if current:
        pairs.append(_one_address(current))
    return pairs


def parseaddr(addr):
    """(realname, email address) of the first address in `addr`, or ('', '')."""
    pairs = _address_list(addr)
    if not pairs:
        return ('', '')
    return pairs[0]


def getaddresses(fieldvalues):
    """Every (realname, address) pair in a list of header values."""
    return _address_list(', '.join(str(v) for v in fieldvalues))


def formataddr(pair, charset='utf-8'):
    """'name <address>' (quoted or RFC 2047-encoded as needed); the address alone if
    there is no name."""
    name, address = pair
    address.encode('ascii')
    if not name:
        return address
    try:
        name.encode('ascii')
    except UnicodeEncodeError:
        from email.header import Header
        if isinstance(charset, str):
            encoded = Header(name, charset).encode()
        else:
            encoded = Header(name, charset.input_charset).encode()
        return '%s <%s>' % (encoded, address)
    if any(c in name for c in _SPECIALS):
        name = '"%s"' % quote(name)
    return '%s <%s>' % (name, address)


# ---------------------------------------------------------------- RFC 2231

def decode_rfc2231(s):
    """(charset, language, value) of an RFC 2231 value; (None, None, s) if not one."""
    parts = s.split("'", 2)
    if len(parts) <= 2:
        return None, None, s
    return parts


def encode_rfc2231(s, charset=None, language=None):
    """charset'language'percent-encoded value (just `s` without a charset)."""
    from urllib.parse import quote as url_quote
    s = url_quote(s, safe='', encoding=charset or 'ascii')
    if charset is None and language is None:
        return s
    return "%s'%s'%s" % (charset or '', language or '', s)


def collapse_rfc2231_value(value, errors='replace', fallback_charset='us-ascii'):
    """The text of a parameter value that may be an RFC 2231 (charset, language, text)."""
    if not isinstance(value, tuple) or len(value) != 3:
        return unquote(value)
    charset, _language, text = value
    if charset is None:
        charset = fallback_charset
    raw = text.encode('latin-1', 'backslashreplace') if isinstance(text, str) else text
    try:
        return str(raw, charset, errors)
    except LookupError:
        return unquote(text)


def decode_params(params):
    """Parameters with RFC 2231 continuations (name*0, name*1*) joined and decoded."""
    from urllib.parse import unquote as url_unquote
    result = [params[0]]
    pieces = {}
    order = []
    for name, value in params[1:]:
        encoded = name.endswith('*')
        base = name.rstrip('*')
        index = 0
        if '*' in base:
            base, _, number = base.partition('*')
            if number.isdigit():
                index = int(number)
        if not encoded and '*' not in name:
            result.append((name, value))
            continue
        if base not in pieces:
            pieces[base] = []
            order.append(base)
        pieces[base].append((index, value, encoded))
    for base in order:
        chunks = sorted(pieces[base], key=lambda item: item[0])
        any_encoded = any(enc for _, _, enc in chunks)
        text = ''.join(url_unquote(v, encoding='latin-1') if enc else unquote(v)
                       for _, v, enc in chunks)
        if any_encoded:
            charset, language, text = decode_rfc2231(text)
            result.append((base, (charset, language, '"%s"' % text)))
        else:
            result.append((base, '"%s"' % quote(text)))
    return result
