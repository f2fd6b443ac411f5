# urllib.parse at the edges: bytes in and out, schemes that are not, whitespace the
# WHATWG rules strip, query parsing switches, quoting of every kind of safe, urlencode's
# doseq and quote_via, unquoting broken escapes, and unwrap.
import urllib.parse as up

print(up.urlsplit(b'HTTP://u:p@Host:81/a;b?c#d'), up.urlparse(b'ftp://h/p;x'))
print(up.urlsplit('http://h/p#f', allow_fragments=False), up.urlsplit(' \x00\x1fhttp://h/\t\np '))
print(up.urlsplit('1http://h'), up.urlsplit('ht~tp://h'), up.urlsplit('é:x'), up.urlsplit(':x'))
print(up.urlsplit('path', scheme=' \thttps\n '), up.urlsplit(b'//h', b'ftp'))
for bad in (lambda: up.urlsplit('http://h', b'x'), lambda: up.urlsplit(b'x', 'y'),
            lambda: up.urljoin(b'http://h/', 'x')):
    try:
        bad()
    except TypeError as e:
        print('TypeError', e)
print(up.urldefrag('http://h/p?q#frag'), up.urldefrag(b'http://h/p'), up.urldefrag('a#'))
print(up.urldefrag('http://h/p#f').geturl(), up.urldefrag(b'x#y').geturl(), up.urldefrag('x').geturl())
r = up.urlsplit(b'http://User:Pw@[FE80::1%25EtH0]:8080/')
print(r.hostname, r.username, r.password, r.port, r.decode(), r.decode().encode() == r)
print(up.urlsplit('http://h:0/').port, up.urlsplit('http://h:/').port, up.urlsplit('http://@h').username)

qs = 'a=1&b=&c&&d=%41+%42&a=2&e=%zz&f=%E2%82%AC&g=%e2%82'
print(up.parse_qsl(qs), up.parse_qsl(qs, keep_blank_values=True))
print(up.parse_qs(qs), up.parse_qs(b'x=1&x=2&y=%20'), up.parse_qsl('a=1;b=2', separator=';'))
print(up.parse_qsl('a=%E9', encoding='latin-1'), up.parse_qsl('a=%E9', errors='ignore'), up.parse_qsl(''))
for args, kw in ((('a=1&b',), {'strict_parsing': True}), (('a=1&&b=2',), {'strict_parsing': True}),
                 (('a&b&c',), {'max_num_fields': 2}), (('a',), {'separator': None}),
                 (('a',), {'separator': ''})):
    try:
        print(up.parse_qsl(*args, **kw))
    except ValueError as e:
        print('ValueError', e)
print(up.parse_qsl('a&b', max_num_fields=2), up.parse_qsl(b'k=v', separator=b'&'))

print(up.quote('a b/c~d_e.f-g+h&é'), up.quote('a b/c', safe=''), up.quote('a b', safe=b' '),
      up.quote('', safe=''), up.quote(b'\x00\xff/'), up.quote(bytearray(b'x y')))
print(up.quote('é', encoding='latin-1'), up.quote('é', encoding='ascii', errors='replace'),
      up.quote('aé', safe='é'), up.quote_from_bytes(b'a/b', safe=b'/\xff'))
for bad in (lambda: up.quote(b'x', encoding='utf-8'), lambda: up.quote(b'x', errors='strict'),
            lambda: up.quote(5), lambda: up.quote_from_bytes('s'), lambda: up.quote_plus(5)):
    try:
        bad()
    except TypeError as e:
        print('TypeError', e)
print(up.quote_plus('a b+c/d'), up.quote_plus(b'a b'), up.quote_plus('a b', safe='/ '),
      up.quote_plus('ab'), up.quote_plus(bytearray(b'a b')), up.quote_plus('x y', safe=b'/'))
print(up.unquote('%41%4a%4A%zz%4%%25%e2%82%ac%E2%82%'), up.unquote(b'%41%e9'), up.unquote('é%C3%A9x'))
print(up.unquote('%E9', encoding='latin-1'), up.unquote('%E9', errors='strict' if False else None),
      up.unquote('%E9', encoding=None), up.unquote_plus('a+b%2B'), up.unquote('plain'))
print(up.unquote_to_bytes('%41é%'), up.unquote_to_bytes(b''), up.unquote_to_bytes(''),
      up.unquote_to_bytes(bytearray(b'ab')))
for bad in (lambda: up.unquote_to_bytes(bytearray(b'a%42')), lambda: up.unquote_to_bytes(bytearray(b'a%')),
            lambda: up.unquote_to_bytes(None), lambda: up.unquote(None), lambda: up.unquote(5),
            lambda: up.unquote_to_bytes(0)):
    try:
        bad()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)

print(up.urlencode({'a': 1, 'b': 'x y', b'c': b'z z', 'd': [1, 2]}),
      up.urlencode([('a', [1, 2]), ('b', 'xy'), ('c', 3), ('d', b'ab'), ('e', (b'x', 'y'))], doseq=True))
print(up.urlencode({'k': 'a/b c'}, safe='/'), up.urlencode({'k': 'a b'}, quote_via=up.quote),
      up.urlencode({'k': 'é'}, encoding='latin-1'), up.urlencode([]), up.urlencode({}))
for bad in ('abc', 5, [1, 2], [[1, 2]]):
    try:
        up.urlencode(bad)
    except TypeError as e:
        print('TypeError', e, type(e.__cause__).__name__)
print(up.unwrap(' <URL:http://h/ > '), up.unwrap('<http://h>'), up.unwrap('URL: x '), up.unwrap(5))
