# linecache at the edges: line numbers out of range, a BOM, undecodable bytes, a
# directory, loaders that fail or have no source, __spec__ before __loader__, sys.path
# entries that are not folders, and checkcache leaving loader-given text alone.
import linecache
import os
import sys

folder = '/tmp/coro_linecache_edges_%d' % os.getpid()
os.mkdir(folder)
bom = os.path.join(folder, 'bom.py')
with open(bom, 'wb') as f:
    f.write(b'\xef\xbb\xbfx = 1\r\ny = 2\rz = 3')
print(linecache.getlines(bom))
print(repr(linecache.getline(bom, -1)), repr(linecache.getline(bom, 0)),
      repr(linecache.getline(bom, 3)), repr(linecache.getline(bom, 4)))
size, mtime, lines, fullname = linecache.cache[bom]
print(size, lines is linecache.getlines(bom), fullname == bom)

feeds = os.path.join(folder, 'feeds.py')
with open(feeds, 'wb') as f:
    f.write(b'a\x0cb\x1cc\xc2\x85d\xe2\x80\xa8\r\n\re\n\n')
print(linecache.getlines(feeds))
bad = os.path.join(folder, 'bad.py')
with open(bad, 'wb') as f:
    f.write(b'ok\n\xff\xfe not utf-8\n')
print(linecache.getlines(bad), bad in linecache.cache)
cookie = os.path.join(folder, 'cookie.py')
with open(cookie, 'wb') as f:
    f.write(b'#!/usr/bin/env python\n# -*- coding: latin-1 -*-\ns = "\xe9"\n')
print(linecache.getline(cookie, 3), end='')
late_cookie = os.path.join(folder, 'late.py')
with open(late_cookie, 'wb') as f:
    f.write(b'x = 1\n# coding: latin-1\ns = "\xe9"\n')
print(linecache.getlines(late_cookie))
unknown = os.path.join(folder, 'unknown.py')
with open(unknown, 'wb') as f:
    f.write(b'# coding: no-such-codec\nx = 1\n')
print(linecache.getlines(unknown))
print(linecache.getlines(folder), linecache.getlines(''), linecache.getlines('<stdin>'))


class Loader:
    def __init__(self, source):
        self.source = source

    def get_source(self, name):
        if isinstance(self.source, Exception):
            raise self.source
        return self.source


class Spec:
    name = 'from_spec'
    loader = Loader('spec line\n')


class Named(Loader):
    def get_source(self, name):
        return 'asked for ' + name


print(linecache.getline('none.py', 1, {'__name__': 'm', '__loader__': Loader(None)}) == '')
entry = linecache.cache.get('none.py')
print(len(entry), type(entry[0]).__name__, entry[0].args, entry[0].func.__name__)
print(linecache.getlines('raises.py', {'__name__': 'm', '__loader__': Loader(ImportError('x'))}))
print(len(linecache.cache['raises.py']))
print(linecache.getlines('oserror.py', {'__name__': 'm', '__loader__': Loader(OSError('x'))}))
print(linecache.getlines('spec.py', {'__name__': 'm', '__spec__': Spec,
                                      '__loader__': Loader('loader line')}))
print(linecache.cache['spec.py'][:2], linecache.cache['spec.py'][3])
print(linecache.getlines('spec2.py', {'__name__': 'm', '__spec__': Spec}),
      linecache.getlines('spec3.py', {'__name__': 'm', '__spec__': Spec, '__loader__': None}),
      linecache.getlines('spec4.py', {'__name__': 'm', '__spec__': Spec, '__loader__': 5}),
      linecache.getlines('spec5.py', {'__name__': 'mod', '__loader__': Named(0)}),
      linecache.getlines('spec6.py', {'__name__': '', '__loader__': Named(0)}),
      linecache.getlines('spec7.py', {'__spec__': Spec, '__loader__': Named(0)}))
print(linecache.getlines('split.py', {'__name__': 'm', '__loader__': Loader('a\x0cb\x1cc\r\nd\re\n\nf')}))
print(linecache.lazycache('nameless.py', {'__loader__': Loader('x')}),
      linecache.lazycache('noloader.py', {'__name__': 'm'}),
      linecache.lazycache('', {'__name__': 'm', '__loader__': Loader('x')}),
      linecache.lazycache('<x>', {'__name__': 'm', '__loader__': Loader('x')}),
      linecache.lazycache(bom, {'__name__': 'm', '__loader__': Loader('x')}))
print(linecache.lazycache('lazy.py', {'__name__': 'm', '__loader__': Loader('a\nb')}),
      linecache.lazycache('lazy.py', {'__name__': 'm', '__loader__': Loader('other')}))
linecache.checkcache('lazy.py')
linecache.checkcache()
print(len(linecache.cache['lazy.py']), 'spec.py' in linecache.cache, bom in linecache.cache)
print(linecache.getlines('lazy.py'), linecache.cache['lazy.py'][:2])
print(linecache.getlines('/abs/missing.py', {'__name__': 'm', '__loader__': Loader('abs')}))
linecache.checkcache('not cached at all')

sys.path[:0] = [None, 42, os.path.join(folder, 'nowhere'), folder]
print(linecache.getlines('cookie.py') == linecache.getlines(cookie))
print(linecache.cache['cookie.py'][3] == cookie)
del sys.path[:4]
os.remove(bom)
linecache.checkcache(bom)
print(bom in linecache.cache)
print(linecache.updatecache(bom), linecache.updatecache('<string>'))
linecache.clearcache()
print(linecache.cache)
for name in os.listdir(folder):
    os.remove(os.path.join(folder, name))
os.rmdir(folder)
