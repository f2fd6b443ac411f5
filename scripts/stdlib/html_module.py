# html: escape and unescape (named, numeric, invalid and prefix-matched references).
import html
import html.entities


print(html.escape('<a href="x">Tom & Jerry\'s</a>'))
print(html.escape('<a href="x">\'</a>', quote=False))
print(html.escape(''))
for s in ['&amp; &lt; &gt; &quot; &#39; &#x27;', '&copy;2024 &euro; &hellip;', '&notit; &notin; &not',
          '&#65;&#x42;&#X43;', '&#0; &#x80; &#x9f; &#128512; &#xD800; &#x110000; &#x1;',
          '&#13; &#x7f; &#xfffe;', 'no refs here', '& alone &; &#; &#x;', '&amp',
          '&AMP; &Amp;', '&lt&gt', '&ThisIsNotAnEntity;', '&frac12&frac34;', '&#65',
          '&#99999999999;', '&NotNestedGreaterGreater;', '&acE;']:
    print(repr(s), '->', repr(html.unescape(s)))
e = html.entities
print(len(e.html5), len(e.name2codepoint), len(e.codepoint2name), len(e.entitydefs))
print(e.name2codepoint['amp'], e.codepoint2name[8364], repr(e.entitydefs['nbsp']),
      repr(e.html5['gt;']), repr(e.html5['gt']), repr(e.html5['NotEqualTilde;']))
print(e.__all__, html.__all__)
print(sorted(e.html5)[:5], sorted(e.name2codepoint)[-3:])
