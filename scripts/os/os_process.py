# os: the environment mapping, process facts, descriptors, and their errors.
import os

env = os.environ
env["CORO_ENV_A"] = "1"
print(env["CORO_ENV_A"], os.getenv("CORO_ENV_A"), os.getenv("CORO_ENV_NOPE"), os.getenv("CORO_ENV_NOPE", "dflt"))
print("CORO_ENV_A" in env, "CORO_ENV_NOPE" in env, env.get("CORO_ENV_NOPE"), env.get("CORO_ENV_A", "x"))
n = len(env)
env.setdefault("CORO_ENV_B", "two")
env.update({"CORO_ENV_C": "3"}, CORO_ENV_D="4")
print(len(env) - n, env["CORO_ENV_B"], env["CORO_ENV_C"], env["CORO_ENV_D"], env.pop("CORO_ENV_D"), env.pop("CORO_ENV_D", "gone"))
del env["CORO_ENV_C"]
print("CORO_ENV_C" in env, type(env.copy()).__name__, env.copy()["CORO_ENV_B"], sorted(k for k in env if k.startswith("CORO_ENV_")))
print(repr(env).startswith("environ({"), "'CORO_ENV_A': '1'" in repr(env), (env | {"X": "y"})["X"], type(env | {}).__name__)
os.putenv("CORO_ENV_PUT", "p")
print(os.getenv("CORO_ENV_PUT"))
os.unsetenv("CORO_ENV_A")
print(env["CORO_ENV_A"])
for bad in [
    lambda: env["CORO_ENV_NOPE"],
    lambda: env.__setitem__("CORO_ENV_X", 1),
    lambda: env.__setitem__(2, "x"),
    lambda: env.__delitem__("CORO_ENV_NOPE"),
    lambda: env.pop("CORO_ENV_NOPE"),
    lambda: os.putenv("", "x"),
    lambda: os.putenv("A=B", "x"),
]:
    try:
        bad()
    except (KeyError, TypeError, ValueError, OSError) as e:
        print(type(e).__name__, e)

print(os.name, repr(os.sep), repr(os.linesep), os.pathsep, os.curdir, os.pardir, os.devnull, os.extsep, os.altsep, os.defpath)
print(os.getpid() == os.getpid(), os.getpid() > 0, os.getppid() > 0, os.getuid() >= 0, os.geteuid() == os.geteuid(), os.getgid() >= 0)
print(os.cpu_count() >= 1, type(os.urandom(8)).__name__, len(os.urandom(16)), os.urandom(0))
print(os.strerror(2), os.strerror(13), os.strerror(17), os.strerror(0))
u = os.uname()
print(type(u).__name__, u.sysname, len(u), u[0] == u.sysname, repr(u).startswith("posix.uname_result(sysname='Linux', nodename="))
t = os.times()
print(type(t).__name__, len(t), t.user >= 0, t[4] == t.elapsed, repr(t).startswith("posix.times_result(user="))
old = os.umask(0o22)
print(os.umask(old) == 0o22)
os.kill(os.getpid(), 0)
print(os.F_OK, os.R_OK, os.W_OK, os.X_OK, os.O_RDONLY, os.O_WRONLY, os.O_RDWR, os.SEEK_SET, os.SEEK_CUR, os.SEEK_END)
print(os.access("/", os.F_OK), os.access("/nonexistent-coro", os.F_OK))

r, w = os.pipe()
print(os.write(w, b"hello pipe"), os.read(r, 5), os.read(r, 100), os.isatty(r), os.isatty(w))
w2 = os.dup(w)
os.write(w2, bytearray(b"dup"))
os.close(w)
os.close(w2)
print(os.read(r, 10), os.read(r, 10))
os.close(r)

ts = os.terminal_size((100, 40))
print(ts, ts.columns, ts.lines, ts[0], tuple(ts), ts == (100, 40))
st = os.stat_result(tuple(range(10)))
print(st, st.st_mode, st.st_mtime, st[8], len(st), isinstance(st, tuple))
print(os.fsencode("é"), os.fsdecode(b"x"), os.fsencode(b"y"), os.fsdecode("z"))
print(os.get_exec_path({"PATH": "/a:/b"}))

for bad in [
    lambda: os.read(r, 1),
    lambda: os.close(r),
    lambda: os.write(999, b"x"),
    lambda: os.kill(2**22 + 12345, 0),
    lambda: os.get_terminal_size(r),
    lambda: os.urandom(-1),
    lambda: os.urandom("a"),
    lambda: os.strerror("a"),
    lambda: os.read(1),
    lambda: os.write(1, "text"),
    lambda: os.stat_result((1, 2)),
    lambda: os.terminal_size((1, 2, 3)),
    lambda: os.kill(1),
    lambda: os.getpid(1),
    lambda: os.getcwd(1),
    lambda: os.fspath(1),
]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)

# Children see the environment as os.environ left it.
import sys
os.environ["CORO_ENV_CHILD"] = "seen by the child"
os.environ["CORO_ENV_GONE"] = "x"
del os.environ["CORO_ENV_GONE"]
sys.stdout.flush()
status = os.system('echo "child: $CORO_ENV_CHILD [${CORO_ENV_GONE-unset}]"')
print(status, os.waitstatus_to_exitcode(status), os.waitstatus_to_exitcode(os.system("exit 3")))
print(os.waitstatus_to_exitcode(9), os.waitstatus_to_exitcode(256))
for bad in [lambda: os.system(1), lambda: os.waitstatus_to_exitcode(0x137f)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
for bad in [lambda: 1 in os.environ, lambda: os.getenv(1), lambda: os.environ.get(b"x")]:
    try:
        print(bad())
    except TypeError as e:
        print("TypeError", e)
print(os.stat_result.n_sequence_fields, os.stat_result.n_fields, os.stat_result.n_unnamed_fields, os.terminal_size.n_fields, os.terminal_size.n_sequence_fields)
