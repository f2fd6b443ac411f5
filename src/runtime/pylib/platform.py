"""This module tries to retrieve as much platform-identifying data as
possible. It makes this information available via function APIs."""

# As CPython's `platform` on Linux: uname and its parts (from os.uname), platform(),
# the python_* facts (from sys), architecture, libc_ver (from the C library's own
# version string), freedesktop_os_release, and the other systems' *_ver functions with
# their empty defaults. python_implementation() says 'coro', as sys.implementation does.

import collections
import os
import sys

__version__ = '1.0.8'

_uname_cache = None


class uname_result(collections.namedtuple("uname_result_base",
                                          "system node release version machine")):
    """
    A uname_result that's largely compatible with a
    simple namedtuple except that 'processor' is
    resolved late and cached to avoid calling "uname"
    except when needed.
    """

    _fields = ('system', 'node', 'release', 'version', 'machine', 'processor')

    @property
    def processor(self):
        return _processor()

    def __iter__(self):
        return iter(tuple(super().__iter__()) + (self.processor,))

    def __getitem__(self, key):
        return tuple(iter(self))[key]

    def __len__(self):
        return len(tuple(iter(self)))

    def __reduce__(self):
        return uname_result, tuple(self)[:len(self._fields) - 1]


def _processor():
    # CPython asks `uname -p`, which Linux answers with 'unknown', reported as ''.
    import subprocess
    try:
        out = subprocess.check_output(['uname', '-p'], stderr=subprocess.DEVNULL, text=True)
    except (OSError, subprocess.CalledProcessError):
        return ''
    out = out.strip()
    return '' if out == 'unknown' else out


def uname():
    """ Fairly portable uname interface. Returns a tuple
        of strings (system, node, release, version, machine, processor)
        identifying the underlying platform.
    """
    global _uname_cache
    if _uname_cache is None:
        u = os.uname()
        _uname_cache = uname_result(u.sysname, u.nodename, u.release, u.version, u.machine)
    return _uname_cache


def system():
    """ Returns the system/OS name, e.g. 'Linux', 'Windows' or 'Java'."""
    return uname().system


def node():
    """ Returns the computer's network name (which may not be fully qualified)"""
    return uname().node


def release():
    """ Returns the system's release, e.g. '2.2.0' or 'NT'"""
    return uname().release


def version():
    """ Returns the system's release version, e.g. '#3 on degas'"""
    return uname().version


def machine():
    """ Returns the machine type, e.g. 'i386'"""
    return uname().machine


def processor():
    """ Returns the (true) processor name, e.g. 'amdk6'"""
    return uname().processor


def python_implementation():
    """ Returns a string identifying the Python implementation."""
    name = sys.implementation.name
    return {'cpython': 'CPython', 'pypy': 'PyPy'}.get(name, name)


def python_version():
    """ Returns the Python version as string 'major.minor.patchlevel'"""
    v = sys.version_info
    return '%d.%d.%d' % (v[0], v[1], v[2])


def python_version_tuple():
    """ Returns the Python version as tuple (major, minor, patchlevel)
        of strings.
    """
    return tuple(python_version().split('.'))


def python_branch():
    return ''


def python_revision():
    return ''


def python_build():
    return ('main', '')


def python_compiler():
    return 'Rust'


def architecture(executable=sys.executable, bits='', linkage=''):
    """ Queries the given executable (defaults to the Python interpreter
        binary) for various architecture information.
    """
    # What file(1) would say, read from the ELF header: its class byte gives the
    # word size. Other files keep the defaults given.
    try:
        with open(executable, 'rb') as f:
            header = f.read(5)
    except OSError:
        header = b''
    if header[:4] == b'\x7fELF':
        return ('32bit' if header[4] == 1 else '64bit'), 'ELF'
    if not bits:
        import struct
        bits = '%dbit' % (struct.calcsize('P') * 8)
    return bits, linkage


def libc_ver(executable=None, lib='', version='', chunksize=16384):
    """ Tries to determine the libc version that the file executable
        (which defaults to the Python interpreter) is linked against.
    """
    # glibc names its release in its own banner, e.g. "release version 2.36".
    import re
    for path in ('/lib/x86_64-linux-gnu/libc.so.6', '/lib64/libc.so.6',
                 '/lib/aarch64-linux-gnu/libc.so.6', '/lib/libc.so.6', '/usr/lib/libc.so.6'):
        try:
            with open(path, 'rb') as f:
                data = f.read()
        except OSError:
            continue
        m = re.search(rb'GNU C Library [^\n]*?version (\d+\.\d+)', data)
        if m:
            return 'glibc', m.group(1).decode('ascii')
    return lib, version


def system_alias(system, release, version):
    """ Returns (system, release, version) aliased to common
        marketing names used for some systems.
    """
    return system, release, version


def mac_ver(release='', versioninfo=('', '', ''), machine=''):
    return release, versioninfo, machine


def win32_ver(release='', version='', csd='', ptype=''):
    return release, version, csd, ptype


def win32_edition():
    return None


def win32_is_iot():
    return False


def java_ver(release='', vendor='', vminfo=('', '', ''), osinfo=('', '', '')):
    return release, vendor, vminfo, osinfo


def _platform(*args):
    text = '-'.join(x.strip() for x in filter(len, args))
    for c in ' /\\:;"()':
        text = text.replace(c, '_')
    text = text.replace('unknown', '')
    while True:
        cleaned = text.replace('--', '-')
        if cleaned == text:
            break
        text = cleaned
    while text[-1:] == '-':
        text = text[:-1]
    return text


def platform(aliased=False, terse=False):
    """ Returns a single string identifying the underlying platform
        with as much useful information as possible (but no more :).
    """
    system, node, release, version, machine, processor = uname()
    if machine == processor:
        processor = ''
    if system != 'Linux':
        return _platform(system, release) if terse else _platform(system, release, version)
    # On Linux terse output is the same as the full one, as in CPython.
    libcname, libcversion = libc_ver()
    return _platform(system, release, machine, processor, 'with', libcname + libcversion)


_os_release_cache = None


def freedesktop_os_release():
    """Return operation system identification from freedesktop.org os-release
    """
    global _os_release_cache
    if _os_release_cache is None:
        errno = None
        for candidate in ("/etc/os-release", "/usr/lib/os-release"):
            try:
                with open(candidate, encoding="utf-8") as f:
                    _os_release_cache = _parse_os_release(f)
                break
            except OSError as e:
                errno = e.errno
        else:
            raise OSError(errno, "Unable to read files /etc/os-release, /usr/lib/os-release")
    return _os_release_cache.copy()


def _parse_os_release(lines):
    import re
    import shlex
    info = {"NAME": "Linux", "ID": "linux", "PRETTY_NAME": "Linux"}
    for line in lines:
        m = re.match(r"^([A-Z][A-Z0-9_]*)=(.*)$", line.rstrip('\n'))
        if m is not None:
            info[m.group(1)] = shlex.split(m.group(2))[0] if m.group(2) else ''
    return info
