"""filecmp: compare files (cmp, cmpfiles) and directory trees (dircmp).

cmp trusts equal stat signatures (file type, size, modification time) unless asked for
a deep comparison, and remembers the outcome of reading two files until their
signatures change. dircmp computes each of its attributes the first time it is read."""

import os
import stat
from types import GenericAlias

__all__ = ['clear_cache', 'cmp', 'dircmp', 'cmpfiles', 'DEFAULT_IGNORES']

BUFSIZE = 8 * 1024
DEFAULT_IGNORES = ['RCS', 'CVS', 'tags', '.git', '.hg', '.bzr', '_darcs', '__pycache__']

# (f1, f2, signature1, signature2) -> whether the contents were equal.
_cache = {}
_CACHE_LIMIT = 100


def clear_cache():
    """Forget every remembered comparison."""
    _cache.clear()


def _signature(path):
    info = os.stat(path)
    return stat.S_IFMT(info.st_mode), info.st_size, info.st_mtime


def _same_bytes(path1, path2):
    with open(path1, 'rb') as one, open(path2, 'rb') as two:
        chunk = b'?'
        while chunk:
            chunk = one.read(BUFSIZE)
            if chunk != two.read(BUFSIZE):
                return False
    return True


def cmp(f1, f2, shallow=True):
    """True when files f1 and f2 look the same.

    Only regular files can be the same. With shallow true (the default) equal stat
    signatures (type, size, mtime) are enough; otherwise files of equal size have their
    bytes compared. Outcomes are cached until a signature changes (see clear_cache)."""
    sig1, sig2 = _signature(f1), _signature(f2)
    if sig1[0] != stat.S_IFREG or sig2[0] != stat.S_IFREG:
        return False
    if shallow and sig1 == sig2:
        return True
    if sig1[1] != sig2[1]:
        return False
    key = f1, f2, sig1, sig2
    if key not in _cache:
        equal = _same_bytes(f1, f2)
        if len(_cache) > _CACHE_LIMIT:
            clear_cache()
        _cache[key] = equal
    return _cache[key]


def _verdict(path1, path2, shallow):
    """0 when the files are the same, 1 when they differ, 2 when they cannot be read."""
    try:
        return 0 if cmp(path1, path2, shallow) else 1
    except OSError:
        return 2


def cmpfiles(a, b, common, shallow=True):
    """Compare the files named in common inside directories a and b.

    Returns (same, different, trouble): the names whose files match, those whose files
    differ, and those that could not be compared."""
    outcome = ([], [], [])
    for name in common:
        outcome[_verdict(os.path.join(a, name), os.path.join(b, name), shallow)].append(name)
    return outcome


def _kind(path):
    try:
        return stat.S_IFMT(os.stat(path).st_mode)
    except OSError:
        return None


class dircmp:
    """The comparison of directories a and b (not of their files' contents beyond cmp's
    shallow rule), with names in ignore (DEFAULT_IGNORES) and hide (os.curdir and
    os.pardir) left out.

    Attributes, each computed when first read: left, right, left_list, right_list,
    common, left_only, right_only, common_dirs, common_files, common_funny (names whose
    kinds differ or cannot be stat'ed), same_files, diff_files, funny_files, and subdirs
    (a dict of the common subdirectories' comparisons, of this same class).
    report(), report_partial_closure() and report_full_closure() print the differences."""

    def __init__(self, a, b, ignore=None, hide=None):
        self.left = a
        self.right = b
        self.hide = [os.curdir, os.pardir] if hide is None else hide
        self.ignore = DEFAULT_IGNORES if ignore is None else ignore

    def _listing(self, folder):
        skipped = self.hide + self.ignore
        return sorted(name for name in os.listdir(folder) if name not in skipped)

    def phase0(self):
        """The two listings, filtered and sorted."""
        self.left_list = self._listing(self.left)
        self.right_list = self._listing(self.right)

    def phase1(self):
        """Names on both sides and on one side only (compared after os.path.normcase)."""
        lefts = {os.path.normcase(name): name for name in self.left_list}
        rights = {os.path.normcase(name): name for name in self.right_list}
        self.common = [name for key, name in lefts.items() if key in rights]
        self.left_only = [name for key, name in lefts.items() if key not in rights]
        self.right_only = [name for key, name in rights.items() if key not in lefts]

    def phase2(self):
        """The common names sorted into directories, files and the rest."""
        self.common_dirs, self.common_files, self.common_funny = [], [], []
        for name in self.common:
            left_kind = _kind(os.path.join(self.left, name))
            right_kind = _kind(os.path.join(self.right, name))
            if left_kind is None or left_kind != right_kind:
                self.common_funny.append(name)
            elif stat.S_ISDIR(left_kind):
                self.common_dirs.append(name)
            elif stat.S_ISREG(left_kind):
                self.common_files.append(name)
            else:
                self.common_funny.append(name)

    def phase3(self):
        """The common files compared (shallowly)."""
        self.same_files, self.diff_files, self.funny_files = cmpfiles(
            self.left, self.right, self.common_files)

    def phase4(self):
        """A comparison of the same class for each common subdirectory."""
        self.subdirs = {
            name: self.__class__(os.path.join(self.left, name),
                                 os.path.join(self.right, name), self.ignore, self.hide)
            for name in self.common_dirs}

    def phase4_closure(self):
        """phase4 all the way down."""
        self.phase4()
        for below in self.subdirs.values():
            below.phase4_closure()

    def report(self):
        """Print how the two directories differ."""
        print('diff', self.left, self.right)
        sections = (
            ('left_only', ('Only in', self.left, ':')),
            ('right_only', ('Only in', self.right, ':')),
            ('same_files', ('Identical files :',)),
            ('diff_files', ('Differing files :',)),
            ('funny_files', ('Trouble with common files :',)),
            ('common_dirs', ('Common subdirectories :',)),
            ('common_funny', ('Common funny cases :',)),
        )
        for attribute, heading in sections:
            names = getattr(self, attribute)
            if names:
                names.sort()
                print(*heading, names)

    def report_partial_closure(self):
        """report(), then report() for each common subdirectory."""
        self.report()
        for below in self.subdirs.values():
            print()
            below.report()

    def report_full_closure(self):
        """report() for these directories and every common subdirectory below."""
        self.report()
        for below in self.subdirs.values():
            print()
            below.report_full_closure()

    # Which phase computes each lazily computed attribute.
    methodmap = {'left_list': phase0, 'right_list': phase0,
                 'common': phase1, 'left_only': phase1, 'right_only': phase1,
                 'common_dirs': phase2, 'common_files': phase2, 'common_funny': phase2,
                 'same_files': phase3, 'diff_files': phase3, 'funny_files': phase3,
                 'subdirs': phase4}

    def __getattr__(self, attr):
        phase = self.methodmap.get(attr)
        if phase is None:
            raise AttributeError(attr)
        phase(self)
        return getattr(self, attr)

    __class_getitem__ = classmethod(GenericAlias)
