"""Locales (coro's `locale`): which locale each category uses, its formatting
conventions, and number formatting and parsing that follows them.
"""

# As CPython's `locale` for the locales every C library has: C, POSIX and C.UTF-8.
# setlocale/getlocale (LC_CTYPE starts from the environment, as CPython sets it at
# start-up; the others are C), localeconv with the C locale's conventions, format_string,
# str, atof, atoi, localize, delocalize, currency's refusal in the C locale,
# getpreferredencoding/getencoding, strcoll/strxfrm (code point order). Other locales
# raise locale.Error('unsupported locale setting'); normalize() knows only the
# encoding aliases, not CPython's table of language aliases.

import re
import sys

__all__ = [
    "getlocale", "getdefaultlocale", "getpreferredencoding", "Error", "setlocale",
    "resetlocale", "localeconv", "strcoll", "strxfrm", "str", "atof", "atoi", "format",
    "format_string", "currency", "normalize", "LC_CTYPE", "LC_COLLATE", "LC_TIME",
    "LC_MONETARY", "LC_NUMERIC", "LC_ALL", "CHAR_MAX", "getencoding",
]

_builtin_str = str

LC_CTYPE = 0
LC_NUMERIC = 1
LC_TIME = 2
LC_COLLATE = 3
LC_MONETARY = 4
LC_MESSAGES = 5
LC_ALL = 6
CHAR_MAX = 127

_CATEGORY_NAMES = {LC_CTYPE: 'LC_CTYPE', LC_NUMERIC: 'LC_NUMERIC', LC_TIME: 'LC_TIME',
                   LC_COLLATE: 'LC_COLLATE', LC_MONETARY: 'LC_MONETARY',
                   LC_MESSAGES: 'LC_MESSAGES'}
# glibc's order of categories in a composite LC_ALL name, with the ones coro does not
# expose kept at C.
_COMPOSITE = ['LC_CTYPE', 'LC_NUMERIC', 'LC_TIME', 'LC_COLLATE', 'LC_MONETARY',
              'LC_MESSAGES', 'LC_PAPER', 'LC_NAME', 'LC_ADDRESS', 'LC_TELEPHONE',
              'LC_MEASUREMENT', 'LC_IDENTIFICATION']


class Error(Exception):
    pass


Error.__module__ = 'locale'


def _known(name):
    """The C library's spelling of a locale this module supports, or None."""
    if name in ('C', 'POSIX'):
        # glibc answers POSIX as C.
        return 'C'
    m = re.fullmatch(r'C\.(utf-?8|UTF-?8)', name)
    if m:
        return 'C.UTF-8'
    return None


def _from_environment(category_name):
    import os
    for var in ('LC_ALL', category_name, 'LANG'):
        value = os.environ.get(var)
        if value:
            return value
    return 'C'


_current = {name: 'C' for name in _COMPOSITE}
_current['LC_CTYPE'] = _known(_from_environment('LC_CTYPE')) or 'C'


def setlocale(category, locale=None):
    """Set `category`'s locale (a name, or a (language, encoding) pair, or '' for the
    environment's) and return the new setting; with locale None, only return it."""
    if category != LC_ALL and category not in _CATEGORY_NAMES:
        raise Error('unsupported locale setting')
    if locale is not None and not isinstance(locale, _builtin_str):
        locale = normalize(_build_localename(locale))
    if locale is None:
        if category == LC_ALL:
            values = [_current[name] for name in _COMPOSITE]
            if all(v == values[0] for v in values):
                return values[0]
            return ';'.join('%s=%s' % (n, _current[n]) for n in _COMPOSITE)
        return _current[_CATEGORY_NAMES[category]]
    names = _COMPOSITE if category == LC_ALL else [_CATEGORY_NAMES[category]]
    chosen = {}
    for name in names:
        wanted = locale or _from_environment(name)
        known = _known(wanted)
        if known is None:
            raise Error('unsupported locale setting')
        chosen[name] = known
    _current.update(chosen)
    return setlocale(category)


def resetlocale(category=LC_ALL):
    """ Sets the locale for category to the default setting."""
    setlocale(category, '')


def localeconv():
    """ Returns numeric and monetary formatting conventions of the current locale
        (always the C locale's here)."""
    return {'int_curr_symbol': '', 'currency_symbol': '', 'mon_decimal_point': '',
            'mon_thousands_sep': '', 'mon_grouping': [], 'positive_sign': '',
            'negative_sign': '', 'int_frac_digits': CHAR_MAX, 'frac_digits': CHAR_MAX,
            'p_cs_precedes': CHAR_MAX, 'p_sep_by_space': CHAR_MAX,
            'n_cs_precedes': CHAR_MAX, 'n_sep_by_space': CHAR_MAX,
            'p_sign_posn': CHAR_MAX, 'n_sign_posn': CHAR_MAX, 'decimal_point': '.',
            'thousands_sep': '', 'grouping': []}


def strcoll(a, b):
    """Compares two strings according to the locale (code point order in C)."""
    if not isinstance(a, _builtin_str) or not isinstance(b, _builtin_str):
        raise TypeError("strcoll() argument must be str")
    return (a > b) - (a < b)


def strxfrm(s):
    """Return a string that can be used as a key for locale-aware comparisons."""
    if not isinstance(s, _builtin_str):
        raise TypeError("strxfrm() argument must be str, not %s" % type(s).__name__)
    return s


# One %-conversion with its optional mapping key and modifiers.
_percent_re = re.compile(r'%(?:\((?P<key>.*?)\))?'
                         r'(?P<modifiers>[-#0-9 +*.hlL]*?)[eEfFgGdiouxXcrs%]')


def _format(percent, value, grouping=False, monetary=False, *additional):
    # The C locale has no grouping and '.' for its decimal point: %-formatting as is.
    return percent % ((value, *additional) if additional else value)


def format_string(f, val, grouping=False, monetary=False):
    """f % val, with the locale's decimal point and (if grouping) thousands
    separators; monetary picks the currency ones."""
    return f % val


def format(percent, value, grouping=False, monetary=False, *additional):
    """Deprecated, use format_string instead."""
    import warnings
    warnings.warn("This method will be removed in a future version of Python. "
                  "Use 'locale.format_string()' instead.", DeprecationWarning, stacklevel=2)
    whole = _percent_re.match(percent)
    if whole is None or whole.end() != len(percent):
        raise ValueError("format() must be given exactly one %char format specifier, "
                         f"{percent!r} not valid")
    return _format(percent, value, grouping, monetary, *additional)


def currency(val, symbol=True, grouping=False, international=False):
    """val as an amount of the locale's currency (the C locale has none)."""
    digits = localeconv()['int_frac_digits' if international else 'frac_digits']
    if digits == CHAR_MAX:
        raise ValueError("Currency formatting is not possible using the 'C' locale.")
    return '%.*f' % (digits, abs(val))


def str(val):
    """A float as text ('%.12g') in the locale's notation."""
    return _format("%.12g", val)


def delocalize(string):
    """A number written in the locale's notation, rewritten in Python's."""
    return string


def localize(string, grouping=False, monetary=False):
    """A number written in Python's notation, rewritten in the locale's."""
    return string


def atoi(string):
    """int() of a number in the locale's notation."""
    return int(delocalize(string))


def atof(string, func=float):
    """func() (float by default) of a number in the locale's notation."""
    return func(delocalize(string))


_ENCODING_ALIASES = {'utf8': 'UTF-8', 'utf_8': 'UTF-8', 'utf-8': 'UTF-8',
                     'latin1': 'ISO8859-1', 'latin_1': 'ISO8859-1',
                     'iso88591': 'ISO8859-1', 'iso8859_1': 'ISO8859-1',
                     'iso8859-1': 'ISO8859-1', 'ascii': 'ISO8859-1'}


def normalize(localename):
    """The canonical spelling of a locale name: language_COUNTRY.ENCODING@modifier
    (for the C locale, and with only the encoding aliases, not python3's whole table
    of language aliases)."""
    name, _, modifier = localename.lower().replace(':', '.').partition('@')
    parts = name.split('.')
    langname = parts[0]
    encoding = parts[1] if len(parts) > 1 else ''
    if langname in ('c', 'posix'):
        if encoding in ('utf8', 'utf-8'):
            # python3's alias table reads C.UTF-8 as en_US.UTF-8.
            return 'en_US.UTF-8'
        return 'C'
    lang, sep, country = langname.partition('_')
    pieces = [lang + sep + country.upper()]
    if encoding:
        pieces.append('.' + _ENCODING_ALIASES.get(encoding, encoding.upper()))
    if modifier:
        pieces.append('@' + modifier)
    return ''.join(pieces)


def _parse_localename(localename):
    """(language, encoding) of a locale name, as getlocale() reports it."""
    code, at, modifier = normalize(localename).partition('@')
    if at and modifier == 'euro' and '.' not in code:
        return code, 'iso-8859-15'
    if '.' in code:
        language, encoding = code.split('.')[:2]
        return language, encoding
    known = {'C': (None, None), 'UTF-8': (None, 'UTF-8')}
    if code in known:
        return known[code]
    raise ValueError(f'unknown locale: {localename}')


def _build_localename(localetuple):
    """A locale name from a (language, encoding) pair (None parts left out)."""
    try:
        language, encoding = localetuple
    except (TypeError, ValueError):
        raise TypeError('Locale must be None, a string, or an iterable of '
                        'two strings -- language code, encoding.') from None
    language = 'C' if language is None else language
    if encoding is None:
        return language
    try:
        return language + '.' + encoding
    except TypeError:
        raise TypeError('Locale must be None, a string, or an iterable of '
                        'two strings -- language code, encoding.') from None


def getlocale(category=LC_CTYPE):
    """ Returns the current setting for the given locale category as
        tuple (language code, encoding).
    """
    localename = setlocale(category)
    if category == LC_ALL and ';' in localename:
        raise TypeError('category LC_ALL is not supported')
    return _parse_localename(localename)


def getdefaultlocale(envvars=('LC_ALL', 'LC_CTYPE', 'LANG', 'LANGUAGE')):
    """ Tries to determine the default locale settings and returns
        them as tuple (language code, encoding).
    """
    import warnings
    warnings.warn(
        "Use setlocale(), getencoding() and getlocale() instead",
        DeprecationWarning, stacklevel=2
    )
    import os
    # The first variable set wins; LANGUAGE may list several, the first counts.
    found = next(((var, os.environ[var]) for var in envvars if os.environ.get(var)), None)
    if found is None:
        return _parse_localename('C')
    variable, localename = found
    if variable == 'LANGUAGE':
        localename = localename.split(':')[0]
    return _parse_localename(localename)


def getencoding():
    """Get the current locale encoding."""
    # What nl_langinfo(CODESET) answers in these locales.
    return 'UTF-8' if _current['LC_CTYPE'] == 'C.UTF-8' else 'ANSI_X3.4-1968'


def getpreferredencoding(do_setlocale=True):
    """Return the charset that the user is likely using."""
    if sys.flags.utf8_mode:
        return 'utf-8'
    return getencoding()
