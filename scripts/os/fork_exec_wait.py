# os's process calls: fork/wait*, exec*, spawn*, popen, fdopen, sysconf and friends,
# the new constants, environb. Every forked child leaves with os._exit and is reaped.
import os
import sys


def show(label, fn):
    try:
        print(label, "->", repr(fn()))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)


sys.stdout.flush()
pid = os.fork()
if pid == 0:
    os._exit(7)
got, status = os.waitpid(pid, 0)
print(got == pid, os.WIFEXITED(status), os.WEXITSTATUS(status), os.WCOREDUMP(status))

pid = os.fork()
if pid == 0:
    os._exit(3)
got, status = os.wait()
print("wait", got == pid, os.waitstatus_to_exitcode(status))

pid = os.fork()
if pid == 0:
    os._exit(5)
got, status, usage = os.wait4(pid, 0)
print("wait4", got == pid, os.WEXITSTATUS(status), type(usage).__name__, usage.ru_utime >= 0)

pid = os.fork()
if pid == 0:
    os._exit(6)
got, status, usage = os.wait3(0)
print("wait3", got == pid, os.WEXITSTATUS(status), len(usage))

pid = os.fork()
if pid == 0:
    os._exit(9)
r = os.waitid(os.P_PID, pid, os.WEXITED)
print("waitid", type(r).__name__, r.si_pid == pid, r.si_status, r.si_code == os.CLD_EXITED, len(r))
show("waitid none", lambda: os.waitid(os.P_ALL, 0, os.WEXITED | os.WNOHANG))
show("wait none", os.wait)
show("wait3 noarg", lambda: os.wait3())

# exec in a child: the child's output goes through the shared stdout.
sys.stdout.flush()
pid = os.fork()
if pid == 0:
    os.execv("/bin/sh", ["sh", "-c", "echo from execv; exit 4"])
print("execv child", os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]))
sys.stdout.flush()
pid = os.fork()
if pid == 0:
    os.execvpe("sh", ["sh", "-c", "echo $GREETING"], {"GREETING": "hi from execvpe", "PATH": os.environ["PATH"]})
print("execvpe child", os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]))
sys.stdout.flush()
pid = os.fork()
if pid == 0:
    os.execlp("sh", "sh", "-c", "exit 2")
print("execlp child", os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]))

show("execv empty", lambda: os.execv("/bin/true", []))
show("execv str", lambda: os.execv("/bin/true", "ab"))
show("execv blank", lambda: os.execv("/bin/true", [""]))
show("execve list env", lambda: os.execve("/bin/true", ["x"], []))
show("execve empty", lambda: os.execve("/bin/true", [], {}))
show("execv missing", lambda: os.execv("/nonexistent/prog", ["x"]))
show("execvp missing", lambda: os.execvp("no_such_program_zz", ["x"]))

print("spawnv", os.spawnv(os.P_WAIT, "/bin/sh", ["sh", "-c", "exit 3"]))
print("spawnvp", os.spawnvp(os.P_WAIT, "sh", ["sh", "-c", "exit 4"]))
print("spawnl", os.spawnl(os.P_WAIT, "/bin/sh", "sh", "-c", "exit 0"))
print("spawnv missing", os.spawnv(os.P_WAIT, "/nonexistent", ["x"]))
pid = os.spawnv(os.P_NOWAIT, "/bin/sh", ["sh", "-c", "exit 8"])
print("spawn nowait", os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]))
show("spawnv empty", lambda: os.spawnv(os.P_WAIT, "/bin/true", []))
show("spawnv str", lambda: os.spawnv(os.P_WAIT, "/bin/true", "x"))

p = os.popen("echo hi; echo there")
print(type(p).__name__, repr(p.read()), p.close())
p = os.popen("echo out; exit 3")
print(repr(p.readline()), p.close())
with os.popen("printf 'a\\nb\\n'") as p:
    print([line for line in p])
p = os.popen("cat > /dev/null", "w")
print(p.write("data"), p.close())
show("popen rb", lambda: os.popen("true", "rb"))
show("popen int mode", lambda: os.popen("true", 5))
show("popen unbuffered", lambda: os.popen("true", "r", 0))
show("popen int cmd", lambda: os.popen(5))

r, w = os.pipe()
with os.fdopen(w, "w") as f:
    f.write("through fdopen")
with os.fdopen(r) as f:
    print(type(f).__name__, f.read())
show("fdopen str", lambda: os.fdopen("x"))

print(os.sysconf("SC_CLK_TCK") > 0, os.sysconf(os.sysconf_names["SC_PAGESIZE"]) > 0)
show("sysconf bad name", lambda: os.sysconf("nope"))
show("sysconf float", lambda: os.sysconf(1.5))
print(os.confstr("CS_PATH"), os.pathconf("/", "PC_NAME_MAX"), os.fpathconf(0, "PC_PIPE_BUF") > 0)
show("confstr bad", lambda: os.confstr("nope"))
show("fpathconf bad", lambda: os.fpathconf(0, "nope"))
print(len(os.sysconf_names) > 100, "CS_PATH" in os.confstr_names, "PC_NAME_MAX" in os.pathconf_names)

print(os.getpriority(os.PRIO_PROCESS, 0) == os.getpriority(os.PRIO_PROCESS, os.getpid()))
show("getpriority one arg", lambda: os.getpriority(0))
show("setuid negative", lambda: os.setuid(-2))
show("setpgid one arg", lambda: os.setpgid(1))
show("setgroups int", lambda: os.setgroups(5))
show("ttyname bad fd", lambda: os.ttyname(99))
print(os.ctermid())
print(os.WIFCONTINUED(0xFFFF), os.WCOREDUMP(0))

pid = os.fork()
if pid == 0:
    os._exit(0 if os.setsid() is None and os.getsid(0) == os.getpid() else 1)
print("setsid child", os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]))

names = ["P_WAIT", "P_NOWAIT", "P_NOWAITO", "P_ALL", "P_PID", "P_PGID", "P_PIDFD",
         "WCONTINUED", "WEXITED", "WNOWAIT", "WSTOPPED", "CLD_EXITED", "CLD_KILLED",
         "CLD_DUMPED", "CLD_TRAPPED", "CLD_STOPPED", "CLD_CONTINUED", "PRIO_PROCESS",
         "PRIO_PGRP", "PRIO_USER", "EX_OK", "EX_USAGE", "EX_SOFTWARE", "EX_CONFIG"]
print({n: getattr(os, n) for n in names})
print(os.times_result.__name__, os.uname_result.__name__, os.waitid_result((1, 2, 3, 4, 5)))
print(os.supports_bytes_environ, os.stat in os.supports_fd, os.stat in os.supports_follow_symlinks)

os.environ["CORO_STDAPI"] = "v"
print(os.environb[b"CORO_STDAPI"], os.getenvb(b"CORO_STDAPI"), os.getenvb(b"CORO_NOPE", b"d"))
os.environb[b"CORO_STDAPI"] = b"w"
print(os.environ["CORO_STDAPI"], b"CORO_STDAPI" in os.environb)
del os.environb[b"CORO_STDAPI"]
print("CORO_STDAPI" in os.environ)
show("environb str key", lambda: os.environb["x"])
