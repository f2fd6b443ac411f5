# http.cookies: SimpleCookie and Morsel; output/js_output, quoting of values, attributes
# and flags, loading Cookie headers (quoted values, $-attributes, malformed input),
# the CookieError messages.
from http.cookies import SimpleCookie, Morsel, CookieError, BaseCookie

c = SimpleCookie()
c['a'] = '1'
c['b'] = 'hello world'
c['b']['path'] = '/'
c['b']['max-age'] = 3600
c['b']['httponly'] = True
c['b']['secure'] = True
c['a']['samesite'] = 'Lax'
print(c.output())
print(repr(c.output(header='Cookie:', sep='; ')))
print(repr(c.js_output()))
print(repr(c), repr(c['a']), str(c['b']))
print(c['b'].value, c['b'].coded_value, c['b'].key)
print(c['b'].output(attrs=['path']), '|', c['b'].OutputString(attrs=[]))
d = SimpleCookie('k=v; k2="quoted;val"; Path=/x; n="\\"esc\\""')
print(d.items(), d['k2'].value, d['k2']['path'], d['n'].value)
print(repr(d))
for bad in ('bad key', 'path', ''):
    try:
        c[bad] = 'x'
    except CookieError as e:
        print(e)
try:
    c['a']['nope'] = 1
except CookieError as e:
    print(e)
m = Morsel()
m.set('x', 'y', '"y"')
print(m.OutputString(), repr(m), m == m.copy(), m.isReservedKey('Path'), sorted(m))
c3 = SimpleCookie()
c3['q'] = 'a,b;c\\"\x01é'
print(c3.output(), repr(c3['q'].value))
print(SimpleCookie(c3['q'].OutputString())['q'].value == c3['q'].value)
c4 = SimpleCookie()
c4.load({'z': '1', 'y': 2})
print(c4.output())
print(SimpleCookie('bad=; good=1').items())
print(SimpleCookie('a=1; b').items())
print(SimpleCookie('Path=/; a=1').items())
e = SimpleCookie('$Version=1; a=1; Secure; HttpOnly; $Path=/p; '
                 'Expires=Wed, 09 Jun 2021 10:18:14 GMT; domain="x.org"')
print(repr(e), {k: v for k, v in e['a'].items() if v})
print(SimpleCookie('x="\\101\\102"')['x'].value)
f = SimpleCookie()
f['a'] = '1'
f['a']['comment'] = 'hi there'
f['a']['version'] = 1
f['a']['domain'] = 'x.org'
f['a']['secure'] = False
print(f)
f['a']['expires'] = 'Thu, 01 Jan 2099 00:00:00 GMT'
print(f)
g = BaseCookie()
g['v'] = 'with space'
print(g, g['v'].coded_value)
