# email.utils dates and addresses, email.header encoded words, email.policy objects.
import datetime
import email.utils as u
from email.header import Header, decode_header, make_header
import email.policy

print(u.formatdate(0), u.formatdate(0, usegmt=True), u.formatdate(86400 * 365.5))
print(u.format_datetime(datetime.datetime(2020, 1, 2, 3, 4, 5, tzinfo=datetime.timezone.utc)))
print(u.format_datetime(datetime.datetime(2020, 1, 2, 3, 4, 5)))
east = datetime.timezone(datetime.timedelta(hours=5, minutes=30))
print(u.format_datetime(datetime.datetime(1999, 12, 31, 23, 59, 59, tzinfo=east)))
print(u.format_datetime(datetime.datetime(2020, 1, 2, tzinfo=datetime.timezone.utc), usegmt=True))
try:
    u.format_datetime(datetime.datetime(2020, 1, 2), usegmt=True)
except ValueError as e:
    print(e)
print(repr(u.parsedate_to_datetime('Thu, 02 Jan 2020 03:04:05 -0500')))
print(repr(u.parsedate_to_datetime('Thu, 02 Jan 2020 03:04:05 -0000')))
print(repr(u.parsedate_to_datetime('Sat, 1 Feb 2020 10:00:00 GMT')))
for s in ['Thu, 02 Jan 2020 03:04:05 -0000', '02 Jan 20 3:04 EST',
          'Mon, 2 Jan 2020 03:04:05 +0530 (IST)', 'Thu, 02 Jan 2020 03:04:05',
          'Jan 02 2020 03:04:05 GMT', '2 Jan 2020', 'Thu, 02 Jan 2020 03.04.05 Z',
          'Thu, 2 Jan 2020 3:4:5 +0100', 'Fri, 31 Dec 99 23:59:59 PST']:
    print(repr(s), u.parsedate_tz(s), u.parsedate(s))
print(u.mktime_tz(u.parsedate_tz('Thu, 02 Jan 2020 03:04:05 -0500')))
try:
    u.parsedate_to_datetime('garbage')
except ValueError as e:
    print(e)
print(u.parseaddr('John Doe <jd@x.org>'), u.parseaddr('jd@x.org (John)'),
      u.parseaddr('"Doe, J" <a@b>'), u.parseaddr('bad'), u.parseaddr(''))
print(u.parseaddr('<a@b>'), u.parseaddr('a b c <x@y>'), u.parseaddr('"a" b <x@y>'))
print(u.getaddresses(['a@b, C <c@d>', 'e@f']))
print(u.getaddresses(['Group: a@b, c <c@d>;, e@f', '"q" <x@y> (comment)']))
print(u.formataddr(('John Doe', 'jd@x.org')), u.formataddr(('Doe, J', 'a@b')),
      u.formataddr(('', 'a@b')), u.formataddr(('a"b', 'c@d')), u.formataddr(('a.b', 'c@d')))
print(u.formataddr(('Jöhn', 'a@b')))
msgid = u.make_msgid('x', 'example.com')
print(msgid[0], msgid[-14:], msgid.count('@'))
print(u.quote('a"b\\'), u.unquote('"x"'), u.unquote('<y>'), u.unquote('z'))
print(u.decode_rfc2231("us-ascii'en'Hello"), u.encode_rfc2231('a b', 'utf-8'),
      u.collapse_rfc2231_value(('utf-8', '', 'caf\xc3\xa9')))

print(decode_header('=?utf-8?q?h=C3=A9llo?= world'), decode_header('plain'))
print(decode_header('=?ISO-8859-1?B?SGk=?= =?utf-8?b?SsO2aG4=?='))
h = Header('héllo', 'utf-8')
print(h.encode(), str(h), str(make_header(decode_header('=?utf-8?q?h=C3=A9llo?= world'))))
print(Header('plain').encode(), Header('x', 'iso-8859-1').encode(), Header('né', 'iso-8859-1').encode())
print(str(make_header([(b'abc', 'utf-8'), (b' x', None)])))

print(email.policy.compat32, email.policy.SMTP.linesep == '\r\n', email.policy.HTTP.max_line_length)
print(email.policy.default.clone(linesep='\r\n').linesep == '\r\n', email.policy.default.linesep == '\n')
try:
    email.policy.default.linesep = 'x'
except AttributeError as e:
    print(e)
