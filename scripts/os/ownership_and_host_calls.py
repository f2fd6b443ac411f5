# os.chown/lchown/fchown, fchmod, mkfifo, pipe2 and the host facts (getloadavg,
# sched_getaffinity, getgroups, nice, getpgid, getsid), as CPython.
import os
import stat

d = "/tmp/coro_os_owner_%d" % os.getpid()
os.mkdir(d)
try:
    path = os.path.join(d, "f")
    with open(path, "w") as f:
        f.write("x")
    st = os.stat(path)
    os.chown(path, -1, -1)
    os.chown(path, st.st_uid, st.st_gid)
    os.lchown(path, -1, st.st_gid)
    fd = os.open(path, os.O_RDONLY)
    os.fchown(fd, st.st_uid, -1)
    os.fchmod(fd, 0o600)
    print(oct(stat.S_IMODE(os.stat(path).st_mode)))
    os.close(fd)
    os.chown(os.open(path, os.O_RDONLY), -1, -1)
    link = os.path.join(d, "l")
    os.symlink("f", link)
    os.chown(link, -1, -1, follow_symlinks=False)
    print(os.stat(path).st_uid == st.st_uid)
    for bad in [("a", -1), (1.5, -1), (-2, -1), (2**32, -1), (2**63, -1), (-2**70, -1),
                (-1, "g")]:
        try:
            os.chown(path, *bad)
        except (TypeError, OverflowError) as e:
            print(type(e).__name__, e)
    try:
        os.chown(os.path.join(d, "missing"), -1, -1)
    except FileNotFoundError as e:
        print(e.errno, e.strerror, os.path.basename(e.filename))
    try:
        os.fchown(999, -1, -1)
    except OSError as e:
        print(type(e).__name__, e.errno, e.strerror)
    try:
        os.chown(path, -1)
    except TypeError as e:
        print(e)
    fifo = os.path.join(d, "p")
    os.mkfifo(fifo)
    print(stat.S_ISFIFO(os.stat(fifo).st_mode))
    try:
        os.mkfifo(fifo, 0o600)
    except FileExistsError as e:
        print(e.errno, e.strerror)
    r, w = os.pipe2(os.O_CLOEXEC | os.O_NONBLOCK)
    os.write(w, b"hi")
    print(os.read(r, 10), os.get_inheritable(r) if hasattr(os, "get_inheritable") else False)
    try:
        os.read(r, 10)
    except BlockingIOError as e:
        print("BlockingIOError", e.errno)
    os.close(r)
    os.close(w)
finally:
    for name in os.listdir(d):
        os.remove(os.path.join(d, name))
    os.rmdir(d)

loads = os.getloadavg()
print(type(loads).__name__, len(loads), all(isinstance(x, float) and x >= 0 for x in loads))
cpus = os.sched_getaffinity(0)
print(type(cpus).__name__, len(cpus) >= 1, all(isinstance(c, int) for c in cpus))
groups = os.getgroups()
print(type(groups).__name__, all(isinstance(g, int) for g in groups))
print(os.nice(0) == os.nice(0), isinstance(os.nice(0), int))
print(os.getpgid(0) == os.getpgrp(), os.getsid(0) == os.getsid(os.getpid()))
try:
    os.getpgid(2**30)
except ProcessLookupError as e:
    print("ProcessLookupError", e.errno)
for f, args in [(os.getloadavg, (1,)), (os.pipe2, ()), (os.nice, ()),
                (os.sched_getaffinity, ()), (os.getpgid, ()), (os.killpg, (1,)),
                (os.getsid, ("x",))]:
    try:
        f(*args)
    except TypeError as e:
        print(e)
try:
    os.sched_getaffinity(-5)
except ProcessLookupError as e:
    print("ProcessLookupError", e.errno)
os.sync()
print(os.path.samefile(__file__, os.path.abspath(__file__)))
