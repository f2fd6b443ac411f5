"""Escaping text for HTML and turning character references back into text (html.escape,
html.unescape). The reference tables live in html.entities; html.parser is not here."""

# unescape follows the HTML5 tokenizer's rules, as CPython's does: a named reference
# without its ';' stands for the longest known name it begins with, numeric references
# in the Windows-1252 range are remapped, surrogates and out-of-range numbers become
# U+FFFD, and the code points HTML forbids disappear.

import re as _re
from html.entities import html5 as _html5, _invalid_charrefs, _invalid_codepoints

__all__ = ['escape', 'unescape']

# '&' goes first: the references the others become must not be escaped again.
_ALWAYS = (("&", "&amp;"), ("<", "&lt;"), (">", "&gt;"))
_QUOTES = (('"', "&quot;"), ("'", "&#x27;"))


def escape(s, quote=True):
    """Return s with &, < and > written as character references, and with both kinds
    of quotation mark too unless quote is false."""
    for char, ref in _ALWAYS:
        s = s.replace(char, ref)
    if quote:
        for char, ref in _QUOTES:
            s = s.replace(char, ref)
    return s


def _from_code_point(code):
    remapped = _invalid_charrefs.get(code)
    if remapped is not None:
        return remapped
    if code > 0x10FFFF or 0xD800 <= code < 0xE000:
        return "\ufffd"
    return "" if code in _invalid_codepoints else chr(code)


def _from_name(name):
    whole = _html5.get(name)
    if whole is not None:
        return whole
    # The legacy names that may appear without ';' are matched as a prefix: the
    # longest one wins and the rest of the text stays as it was.
    for cut in range(len(name) - 1, 1, -1):
        head = _html5.get(name[:cut])
        if head is not None:
            return head + name[cut:]
    return "&" + name


def _expand(match):
    decimal, hexadecimal, name = match.groups()
    if decimal is not None:
        return _from_code_point(int(decimal))
    if hexadecimal is not None:
        return _from_code_point(int(hexadecimal, 16))
    return _from_name(name)


_REFERENCE = _re.compile(
    r"&(?:#([0-9]+);?|#[xX]([0-9a-fA-F]+);?|([^\t\n\f <&#;]{1,32};?))")


def unescape(s):
    """Return s with every named, decimal and hexadecimal character reference
    (&gt;, &#62;, &#x3e;) replaced by the text it stands for, by the HTML5 rules and
    the names in html.entities.html5."""
    if "&" not in s:
        return s
    return _REFERENCE.sub(_expand, s)
