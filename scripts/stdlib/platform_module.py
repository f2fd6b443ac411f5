# platform: the system facts (compared with os.uname), python_version, architecture.
import os
import platform
import sys

u = os.uname()
print(platform.system() == u.sysname, platform.machine() == u.machine,
      platform.node() == u.nodename, platform.release() == u.release,
      platform.version() == u.version)
r = platform.uname()
print(type(r).__name__, r.system == u.sysname, len(r), r._fields)
print(tuple(r)[:5] == (u.sysname, u.nodename, u.release, u.version, u.machine))
print(platform.python_version() == '%d.%d.%d' % sys.version_info[:3])
print(platform.python_version_tuple() == tuple(platform.python_version().split('.')))
print(platform.python_implementation() in ('CPython', 'coro'))
print(platform.architecture()[0], platform.architecture(bits='32bit'))
print(platform.system_alias('a', 'b', 'c'))
print(platform.platform(terse=True) == platform.platform())
print(platform.platform().startswith('%s-%s-%s' % (u.sysname, u.release, u.machine)))
print(platform.libc_ver()[0] in ('glibc', ''), platform.mac_ver(), platform.win32_ver(),
      platform.java_ver()[0])
info = platform.freedesktop_os_release()
print(sorted(k for k in ('ID', 'NAME') if k in info))
