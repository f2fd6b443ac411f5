# locale: the C locale's conventions, setlocale/getlocale, formatting and parsing.
import locale


def show(f, *args, **kw):
    try:
        print(repr(f(*args, **kw)))
    except Exception as e:
        print(type(e).__name__ + ':', e)


print(locale.setlocale(locale.LC_ALL, 'C'))
print(locale.setlocale(locale.LC_ALL), locale.setlocale(locale.LC_NUMERIC),
      locale.getlocale(), locale.getlocale(locale.LC_TIME))
print(locale.localeconv())
print(locale.setlocale(locale.LC_CTYPE, 'C.UTF-8'), locale.getlocale())
print(locale.setlocale(locale.LC_ALL))
print(locale.setlocale(locale.LC_ALL, 'POSIX'), locale.setlocale(locale.LC_ALL, 'C'))
show(locale.setlocale, locale.LC_ALL, 'xx_YY.NOPE')
show(locale.setlocale, 12345, 'C')
show(locale.getlocale, locale.LC_ALL)
print(locale.format_string('%d items, %.2f%%', (1234567, 3.14159)),
      locale.format_string('%s', 'x'), locale.format_string('%(a)s', {'a': 1}))
print(locale.str(3.14159265358979), locale.str(1e20), locale.atof('2.5'), locale.atoi('-42'),
      locale.delocalize('1.5'), locale.localize('2.5'))
show(locale.currency, 12.5)
show(locale.atof, '1,5')
print(locale.strcoll('a', 'b'), locale.strcoll('b', 'a'), locale.strcoll('x', 'x'),
      locale.strxfrm('Zebra') < locale.strxfrm('apple'))
print(sorted(['b', 'A', 'a', 'B'], key=locale.strxfrm))
print(locale.normalize('C'), locale.normalize('en_US.utf8'), locale.normalize('C.utf8'))
print(locale.LC_ALL, locale.LC_CTYPE, locale.LC_NUMERIC, locale.LC_TIME, locale.LC_COLLATE,
      locale.LC_MONETARY, locale.LC_MESSAGES, locale.CHAR_MAX)
print(locale.getpreferredencoding(False), issubclass(locale.Error, Exception))
