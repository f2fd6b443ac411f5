# locale's name handling: normalize, getdefaultlocale from the environment, format, the
# (language, encoding) pairs.
import locale, os, warnings
warnings.simplefilter('ignore')
for n in ['en_us.utf8', 'EN_us.UTF-8', 'de_DE.iso88591', 'posix', 'c.utf-8', 'C.UTF8', 'en_US:utf8', 'en_GB.latin1', 'pt_BR.utf_8']:
    try:
        print(n, locale.normalize(n), locale._parse_localename(n))
    except Exception as e:
        print(n, type(e).__name__, e)
for env in ({'LANG': 'en_US.UTF-8'}, {'LANGUAGE': 'de_DE.UTF-8:fr', 'LANG': ''}, {}, {'LC_CTYPE': 'C.UTF-8'}):
    saved = {k: os.environ.pop(k, None) for k in ('LC_ALL', 'LC_CTYPE', 'LANG', 'LANGUAGE')}
    os.environ.update(env)
    try:
        print(env, locale.getdefaultlocale())
    except Exception as e:
        print(env, type(e).__name__, e)
    for k in ('LC_ALL', 'LC_CTYPE', 'LANG', 'LANGUAGE'):
        os.environ.pop(k, None)
        if saved[k] is not None:
            os.environ[k] = saved[k]
for args in (('%d', 5), ('%.2f', 1.234), ('%s %s', 1), ('x', 1), ('%(a)d', {'a': 3}), ('%5.1f', 2.25, False, False), ('%d', 3, False, False, 4)):
    try:
        print(repr(locale.format(*args)))
    except Exception as e:
        print(type(e).__name__, e)
for t in (('en_US', 'UTF-8'), (None, None), ('de', None), 5, ('a',), ('a', 1)):
    try:
        print(locale._build_localename(t))
    except Exception as e:
        print(type(e).__name__, e)
print(locale.currency.__doc__ is not None)
try:
    locale.currency(1, international=True)
except ValueError as e:
    print(e)
