# filecmp at the edges: deep comparison of equal-sized files across the buffer size,
# the cache following a file's changes, non-regular files, missing files, the partial
# closure report, subclasses in subdirs, and dircmp[...] as a generic alias.
import filecmp
import os

root = '/tmp/coro_filecmp_edges_%d' % os.getpid()
os.mkdir(root)
os.chdir(root)


def write(path, data):
    with open(path, 'wb') as f:
        f.write(data)


big = b'x' * (filecmp.BUFSIZE * 2 + 7)
write('big1', big)
write('big2', big)
write('big3', big[:-1] + b'y')
write('big4', b'y' + big[1:])
print(filecmp.BUFSIZE, filecmp.cmp('big1', 'big2', shallow=False),
      filecmp.cmp('big1', 'big3', shallow=False), filecmp.cmp('big1', 'big4', False))
write('empty1', b'')
write('empty2', b'')
print(filecmp.cmp('empty1', 'empty2', shallow=False), filecmp.cmp('empty1', 'big1'))
os.utime('big3', (1000, 1000))
os.utime('big1', (1000, 1000))
print(filecmp.cmp('big1', 'big3'), filecmp.cmp('big1', 'big3', shallow=True))
write('big3', big)
os.utime('big3', (2000, 2000))
print(filecmp.cmp('big1', 'big3'))
os.mkdir('adir')
print(filecmp.cmp('adir', 'adir'), filecmp.cmp('big1', 'adir'), filecmp.cmp('big1', 'big1'))
try:
    filecmp.cmp('big1', 'missing')
except FileNotFoundError as e:
    print('FileNotFoundError', e.filename)
print(filecmp.cmpfiles('.', '.', ['big1', 'adir', 'missing'], shallow=False))
print(filecmp.cmpfiles('.', '.', []))

for side in ('L', 'R'):
    os.makedirs(os.path.join(side, 'deep', 'deeper'))
    os.makedirs(os.path.join(side, 'CVS'))
    write(os.path.join(side, 'deep', 'deeper', 'f'), side.encode())
    write(os.path.join(side, 'deep', 'g'), b'same')
    write(os.path.join(side, 'tags'), b'ignored')
write(os.path.join('L', 'z_left'), b'')
write(os.path.join('L', 'a_left'), b'')
os.symlink('nowhere', os.path.join('L', 'dangling'))
os.symlink('nowhere', os.path.join('R', 'dangling'))


class MyDirCmp(filecmp.dircmp):
    pass


d = MyDirCmp('L', 'R')
print(d.left_list, d.right_list, d.left_only, d.common_funny)
print(type(d.subdirs['deep']).__name__, type(d.subdirs['deep'].subdirs['deeper']).__name__)
d.report_partial_closure()
print('--')
d.report_full_closure()
print('--')
e = filecmp.dircmp('L', 'R', ignore=[])
print(e.common_dirs, e.hide, e.ignore)
e.report()
f = filecmp.dircmp('L', 'R', hide=['tags'])
print(f.left_list, f.hide, f.ignore is filecmp.DEFAULT_IGNORES)
print(filecmp.dircmp[str], sorted(filecmp.dircmp.methodmap))
try:
    filecmp.dircmp('L', 'missing').left_only
except FileNotFoundError as e:
    print('FileNotFoundError', e.filename)
filecmp.clear_cache()
os.chdir('/')
import shutil
shutil.rmtree(root)
