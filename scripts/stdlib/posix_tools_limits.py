# resource (limits, usage, page size) and fcntl (flags, locks) with their errors.
import fcntl
import os
import resource
import tempfile


def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
print(soft > 0, hard == resource.RLIM_INFINITY or hard >= soft)
resource.setrlimit(resource.RLIMIT_NOFILE, (soft, hard))
print(resource.getrlimit(resource.RLIMIT_NOFILE) == (soft, hard))
print(resource.prlimit(0, resource.RLIMIT_NOFILE) == (soft, hard))
u = resource.getrusage(resource.RUSAGE_SELF)
print(type(u).__name__, type(u).__module__, len(u), u.ru_maxrss > 0, isinstance(u.ru_utime, float))
print(u[2] == u.ru_maxrss)
print(repr(resource.struct_rusage(range(16))))
print(resource.getpagesize() == os.sysconf("SC_PAGE_SIZE") if hasattr(os, "sysconf") else True)
print(resource.error is OSError, resource.RLIM_INFINITY)
attempt(lambda: resource.getrlimit(999))
attempt(lambda: resource.setrlimit(resource.RLIMIT_NOFILE, (1,)))
attempt(lambda: resource.setrlimit(resource.RLIMIT_NOFILE, (hard + 1 if hard != -1 else 2**62, 1)))
attempt(lambda: resource.getrusage(99))
attempt(lambda: resource.getrlimit("a"))

r, w = os.pipe()
flags = fcntl.fcntl(r, fcntl.F_GETFL)
print(flags & os.O_NONBLOCK == 0)
fcntl.fcntl(r, fcntl.F_SETFL, flags | os.O_NONBLOCK)
print(fcntl.fcntl(r, fcntl.F_GETFL) & os.O_NONBLOCK != 0, os.get_blocking(r))
print(fcntl.fcntl(r, fcntl.F_GETFD) & fcntl.FD_CLOEXEC)
attempt(lambda: fcntl.fcntl(99, fcntl.F_GETFD))
attempt(lambda: fcntl.fcntl("x", fcntl.F_GETFD))
attempt(lambda: fcntl.fcntl(0, 1, 2, 3))
os.close(r)
os.close(w)
with tempfile.TemporaryFile() as f:
    fcntl.flock(f, fcntl.LOCK_EX | fcntl.LOCK_NB)
    fcntl.flock(f.fileno(), fcntl.LOCK_UN)
    fcntl.lockf(f, fcntl.LOCK_EX)
    fcntl.lockf(f, fcntl.LOCK_UN)
    print("locked and unlocked")
attempt(lambda: fcntl.flock(99, fcntl.LOCK_EX))
print(fcntl.LOCK_SH, fcntl.LOCK_EX, fcntl.LOCK_NB, fcntl.LOCK_UN)
