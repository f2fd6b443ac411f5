# getpass (the user name, the echo warning without a terminal) and filecmp (cmp,
# cmpfiles, dircmp and its reports).
import filecmp
import getpass
import io
import os
import sys
import warnings

os.environ['LOGNAME'] = 'someone'
print(getpass.getuser())
del os.environ['LOGNAME']
for name in ('USER', 'LNAME', 'USERNAME'):
    os.environ.pop(name, None)
os.environ['USERNAME'] = 'fallback'
print(getpass.getuser())
stream = io.StringIO()
sys.stdin = io.StringIO('secret\n')
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    print(getpass.fallback_getpass('Pass: ', stream))
print(repr(stream.getvalue()), [(w.category.__name__, str(w.message)) for w in caught])
print(issubclass(getpass.GetPassWarning, UserWarning), getpass.__all__)

root = '/tmp/coro_filecmp_%d' % os.getpid()
os.mkdir(root)
os.chdir(root)
left = 'left'
right = 'right'
for d in (left, right, os.path.join(left, 'sub'), os.path.join(right, 'sub'),
          os.path.join(left, 'only_dir'), os.path.join(left, '.git')):
    os.makedirs(d)


def write(path, text):
    with open(path, 'w') as f:
        f.write(text)


write(os.path.join(left, 'same.txt'), 'same')
write(os.path.join(right, 'same.txt'), 'same')
write(os.path.join(left, 'diff.txt'), 'left version')
write(os.path.join(right, 'diff.txt'), 'right versio')
write(os.path.join(left, 'left_only.txt'), 'l')
write(os.path.join(right, 'right_only.txt'), 'r')
write(os.path.join(left, 'sub', 'a.txt'), 'a')
write(os.path.join(right, 'sub', 'a.txt'), 'b')
write(os.path.join(left, 'kind'), 'file')
os.makedirs(os.path.join(right, 'kind'))
print(filecmp.cmp(os.path.join(left, 'same.txt'), os.path.join(right, 'same.txt')))
print(filecmp.cmp(os.path.join(left, 'diff.txt'), os.path.join(right, 'diff.txt'), shallow=False))
print(filecmp.cmp(os.path.join(left, 'diff.txt'), os.path.join(left, 'diff.txt')))
print(filecmp.cmpfiles(left, right, ['same.txt', 'diff.txt', 'missing.txt']))
d = filecmp.dircmp(left, right)
print(d.left_list, d.right_list)
print(d.common, d.left_only, d.right_only)
print(d.common_dirs, d.common_files, d.common_funny)
print(d.same_files, d.diff_files, d.funny_files, sorted(d.subdirs))
d.report_full_closure()
try:
    d.nonexistent
except AttributeError as e:
    print('AttributeError:', e)
print(filecmp.dircmp(left, right, ignore=['sub'], hide=[]).left_list)
filecmp.clear_cache()
print(filecmp.DEFAULT_IGNORES, filecmp.__all__)
os.chdir('/')
import shutil
shutil.rmtree(root)
