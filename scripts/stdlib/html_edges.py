# html.escape and html.unescape at the edges: what is escaped with and without quote,
# non-text arguments, reference names longer than 32 characters, leading zeros, the
# Windows-1252 remapping, the dropped code points, and prefixes of legacy names.
import html

print(html.escape("'\"&<>", False), html.escape("'\"&<>"), html.escape('&amp;'))
for bad in (None, 5, b'<b>'):
    try:
        html.escape(bad)
    except (AttributeError, TypeError) as e:
        print(type(e).__name__, e)
try:
    html.unescape(b'&amp;')
except TypeError as e:
    print('TypeError', e)
cases = [
    '&#0000065;', '&#x0041;', '&#X41', '&#x;', '&#xg;', '&#65a', '&#x41g',
    '&#128;', '&#x81;', '&#x8d;', '&#159;', '&#x9F;', '&#x0d;', '&#11;', '&#xb;',
    '&#xfffff;', '&#x10fffe;', '&#x10FFFF;', '&#xDFFF;', '&#55296;', '&#1114112;',
    '&#' + '9' * 30 + ';', '&#x' + 'f' * 30 + ';',
    '&' + 'a' * 32 + ';', '&' + 'a' * 33 + ';', '&ampamp;', '&amp;amp;', '&amp;;',
    '&notin', '&notinx', '&copyright', '&Eacuteacute', '&ETH;&eth&ETHx', '&gt&lt',
    '&nbsp&nbsp;', '&quot', '&QUOT', '&Aacute', '&aacute;s', '&unknown', '& amp;',
    '&\tamp;', '&&amp;', '&;', 'a&b&c', '&lang;&rang;', '&NotSquareSubset;',
    '&fjlig;', '&ThickSpace;', '&nGt;', '&#x1F600;&#x1f600',
]
for s in cases:
    print(repr(s), repr(html.unescape(s)))
print(html.unescape('no ampersand at all') == 'no ampersand at all')
