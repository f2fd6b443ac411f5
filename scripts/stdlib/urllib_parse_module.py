# urllib.parse: splitting, joining, quoting, query strings, results and errors.
import urllib.parse as up
from urllib.parse import urlparse, urlsplit, urljoin, quote, unquote


def show(f, *args, **kw):
    try:
        print(repr(f(*args, **kw)))
    except Exception as e:
        print(type(e).__name__ + ':', e)


for url in ['http://user:pw@Example.COM:8080/p/a/t/h;params?query=1&b=2#frag',
            'https://example.com', 'file:///etc/passwd', 'mailto:someone@example.com',
            '//host/path', '/just/a/path?x', 'relative/path', 'HTTP://H/', 'a:b',
            'http://[::1]:80/', 'http://[fe80::1%25eth0]/x', 'urn:isbn:0451450523',
            ' \thttp://example.com/\n ', 'path;p1;p2/last;lp', 'tel:+1-816-555-1212',
            'http://host:/', 'http://h/?#']:
    r = urlparse(url)
    print(repr(url), r)
    s = urlsplit(url)
    print('  ', s, s.geturl() == up.urlunsplit(s))
    print('  ', r.username, r.password, r.hostname, r.port, r.geturl())
show(urlparse, 'http://[::1/')
show(urlparse, 'http://::1]/')
show(urlparse, 'http://[1.2.3.4]/')
show(urlparse, 'http://[v1.fe]/')
show(urlparse, 'http://[vx]/')
show(lambda: urlparse('http://h:abc/').port)
show(lambda: urlparse('http://h:99999/').port)
show(urlparse, 'x', allow_fragments=False)
show(urlsplit, 'http://h/p#f', allow_fragments=False)
show(urlparse, 'path', scheme='https')
show(urlparse, b'http://h/p?q#f')
show(lambda: urlparse(b'http://u@h:1/').port)
show(lambda: urlparse(b'http://h/p').decode())
show(lambda: urlparse('http://h/p').encode())
show(urljoin, 'http://h/', b'x')
show(up.urlunparse, ('http', 'h', '/p', 'pa', 'q', 'f'))
show(up.urlunsplit, ('', '', 'p', '', ''))
show(up.urlunsplit, ('file', '', '/tmp', '', ''))
show(up.urldefrag, 'http://h/p?q#frag')
show(up.urldefrag, 'http://h/p')
print(up.urldefrag('a#b').geturl())
base = 'http://a/b/c/d;p?q'
for rel in ['g:h', 'g', './g', 'g/', '/g', '//g', '?y', 'g?y', '#s', 'g#s', 'g?y#s', ';x',
            'g;x', 'g;x?y#s', '', '.', './', '..', '../', '../g', '../..', '../../',
            '../../g', '../../../g', '/./g', '/../g', 'g.', '.g', 'g..', '..g', './../g',
            './g/.', 'g/./h', 'g/../h', 'g;x=1/./y', 'g;x=1/../y', 'http:g']:
    print(repr(rel), urljoin(base, rel))
print(urljoin('', 'x'), urljoin('http://h/a', ''), urljoin('mailto:a', 'b'))
print(urljoin('http://h/a/b/', '../../../../c'), urljoin(b'http://h/a', b'b'))
for s in ['abc def', 'a/b c', '~user', 'ä€😀', '', 'a+b&c=d', '%']:
    print(repr(s), quote(s), quote(s, safe=''), up.quote_plus(s), up.quote_plus(s, safe='/'))
print(quote(b'\x00\xff/'), quote('é', encoding='latin-1'), quote('é', encoding='ascii', errors='replace'))
show(quote, b'x', encoding='utf-8')
show(quote, 5)
show(up.quote_from_bytes, 'x')
print(up.quote_from_bytes(b'a b/c', safe=b' '), repr(up.quote_from_bytes(b'')))
for s in ['abc%20def', '%E4%B8%AD%e6%96%87', '%zz%4', '%', 'a+b', '%C3%A9é%C3', '%ff', 'no-escapes']:
    print(repr(s), repr(unquote(s)), repr(up.unquote_plus(s)), repr(up.unquote_to_bytes(s)))
print(repr(unquote(b'%41%42')), repr(unquote('%E9', encoding='latin-1')), repr(unquote('%ff', errors='strict') if False else unquote('%ff', errors='ignore')))
show(unquote, '%ff', errors='strict')
show(unquote, 5)
print(up.urlencode({'a': 1, 'b': 'x y', 'c': ['1', '2']}))
print(up.urlencode({'c': ['1', '2'], 'd': (3,), 'e': 5, 'f': b'b y'}, doseq=True))
print(up.urlencode([('k', 'v/w'), ('k', 'é')], safe='/'))
print(up.urlencode({'q': 'a b'}, quote_via=quote))
print(up.urlencode([]), up.urlencode({b'k': b'v'}))
show(up.urlencode, 'abc')
show(up.urlencode, [1, 2])
for q in ['a=1&b=2&a=3', 'a=&b', 'x=1+2%2B3', '&&a=1', 'a=1;b=2', '', 'k=v=w']:
    print(repr(q), up.parse_qs(q), up.parse_qsl(q), up.parse_qs(q, keep_blank_values=True),
          up.parse_qsl(q, keep_blank_values=True))
print(up.parse_qsl('a=1;b=2', separator=';'), up.parse_qs(b'a=1&a=2'))
show(up.parse_qsl, 'a&b', strict_parsing=True)
show(up.parse_qsl, 'a=1&b=2', max_num_fields=1)
show(up.parse_qsl, 'a=1', separator='')
show(up.parse_qsl, 'a=%E9', encoding='latin-1')
print(up.SplitResult('http', 'h', '/p', 'q', 'f').geturl(),
      up.ParseResult('http', 'h', '/p', '', 'q', '').geturl())
print(up.__all__)
print(up.uses_netloc[:5], up.scheme_chars)
