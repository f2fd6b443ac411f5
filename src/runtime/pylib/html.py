"""
General functions for HTML manipulation.
"""

# As CPython's `html`: escape, and unescape by the HTML5 rules (named references with
# the longest-prefix rule for those written without ';', decimal and hex references,
# the Windows-1252 remapping and the dropped code points). The tables are in
# html.entities (generated, see html_entities/generate.py). html.parser is not here.

import re as _re
from html.entities import html5 as _html5, _invalid_charrefs, _invalid_codepoints

__all__ = ['escape', 'unescape']


def escape(s, quote=True):
    """
    Replace special characters "&", "<" and ">" to HTML-safe sequences.
    If the optional flag quote is true (the default), the quotation mark
    characters, both double quote (") and single quote (') characters are also
    translated.
    """
    s = s.replace("&", "&amp;")  # first, so that the others are not escaped twice
    s = s.replace("<", "&lt;")
    s = s.replace(">", "&gt;")
    if quote:
        s = s.replace('"', "&quot;")
        s = s.replace('\'', "&#x27;")
    return s


def _numeric(ref):
    if ref[1] in 'xX':
        num = int(ref[2:].rstrip(';'), 16)
    else:
        num = int(ref[1:].rstrip(';'))
    if num in _invalid_charrefs:
        return _invalid_charrefs[num]
    if 0xD800 <= num <= 0xDFFF or num > 0x10FFFF:
        return '\uFFFD'
    if num in _invalid_codepoints:
        return ''
    return chr(num)


def _replace_charref(match):
    ref = match.group(1)
    if ref[0] == '#':
        return _numeric(ref)
    if ref in _html5:
        return _html5[ref]
    # Without its ';' a reference is the longest known name it starts with.
    for end in range(len(ref) - 1, 1, -1):
        if ref[:end] in _html5:
            return _html5[ref[:end]] + ref[end:]
    return '&' + ref


_charref = _re.compile(r'&(#[0-9]+;?'
                       r'|#[xX][0-9a-fA-F]+;?'
                       r'|[^\t\n\f <&#;]{1,32};?)')


def unescape(s):
    """
    Convert all named and numeric character references (e.g. &gt;, &#62;,
    &x3e;) in the string s to the corresponding unicode characters.
    This function uses the rules defined by the HTML 5 standard
    for both valid and invalid character references, and the list of
    HTML 5 named character references defined in html.entities.html5.
    """
    if '&' not in s:
        return s
    return _charref.sub(_replace_charref, s)
