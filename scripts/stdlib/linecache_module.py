# linecache: lines of files (by path and through sys.path), the cache and its checks.
import linecache
import os
import sys

folder = '/tmp/coro_linecache_%d' % os.getpid()
os.mkdir(folder)
path = os.path.join(folder, 'sample.txt')
with open(path, 'w') as f:
    f.write('first\nsecond\nno newline at end')
print(repr(linecache.getline(path, 1)), repr(linecache.getline(path, 3)))
print(repr(linecache.getline(path, 0)), repr(linecache.getline(path, 4)))
print(linecache.getlines(path))
print(path in linecache.cache, linecache.cache[path][2] is linecache.getlines(path))
with open(path, 'w') as f:
    f.write('changed contents that are longer\n')
print(repr(linecache.getline(path, 1)))
linecache.checkcache(path)
print(path in linecache.cache, repr(linecache.getline(path, 1)))
linecache.checkcache()
linecache.clearcache()
print(linecache.cache)
sys.path.insert(0, folder)
with open(os.path.join(folder, 'mod_on_path.py'), 'w') as f:
    f.write('# coding: latin-1\nx = "\xe9"\n')
print(repr(linecache.getline('mod_on_path.py', 2)))
print(linecache.getline('<string>', 1) == '', linecache.getlines('/no/such/file'))
os.remove(path)
linecache.checkcache()
print(path in linecache.cache)
print(linecache.updatecache('/no/such'), linecache.getline('', 1) == '')


class Loader:
    def get_source(self, name):
        return 'line one\nline two'


print(linecache.lazycache('virtual.py', {'__name__': 'virtual', '__loader__': Loader()}))
print(linecache.cache['virtual.py'][0]() if len(linecache.cache['virtual.py']) == 1 else None)
print(repr(linecache.getline('virtual.py', 2)))
print(linecache.lazycache('virtual.py', {'__name__': 'virtual', '__loader__': Loader()}))
print(linecache.lazycache('<x>', {}), linecache.lazycache('other.py', None))
sys.path.remove(folder)
os.remove(os.path.join(folder, 'mod_on_path.py'))
os.rmdir(folder)
print(linecache.__all__)
