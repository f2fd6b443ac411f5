# os.get_inheritable/set_inheritable, get_blocking/set_blocking, closerange,
# sched_yield, getresuid/getresgid, as CPython.
import os

r, w = os.pipe()
print(os.get_inheritable(r), os.get_blocking(r))
os.set_inheritable(r, True)
os.set_blocking(r, False)
print(os.get_inheritable(r), os.get_blocking(r))
try:
    os.read(r, 1)
except BlockingIOError as e:
    print("BlockingIOError", e.errno)
os.set_inheritable(r, 0)
os.set_blocking(r, 1)
print(os.get_inheritable(r), os.get_blocking(r))
os.write(w, b"x")
print(os.read(r, 1))
os.closerange(r, r + 1)
try:
    os.get_inheritable(r)
except OSError as e:
    print(type(e).__name__, e.errno, e.strerror)
os.close(w)
for f, args in [(os.get_inheritable, ()), (os.set_inheritable, (1,)), (os.get_blocking, ()),
                (os.set_blocking, (1,)), (os.closerange, (1,)), (os.sched_yield, (1,)),
                (os.getresuid, (1,)), (os.get_blocking, ("x",)), (os.get_inheritable, (2**40,))]:
    try:
        f(*args)
    except (TypeError, OverflowError) as e:
        print(type(e).__name__, e)
try:
    os.set_blocking(999, True)
except OSError as e:
    print(type(e).__name__, e.errno)
print(os.sched_yield())
ruid, euid, suid = os.getresuid()
rgid, egid, sgid = os.getresgid()
print(ruid == os.getuid(), euid == os.geteuid(), rgid == os.getgid(), egid == os.getegid())
