# os file-system calls in a private temp dir: listings, stat, renames, links, and the
# OSError subclasses with errno, strerror and filename(s).
import os
import stat

root = "/tmp/coro_os_files_%d" % os.getpid()
os.mkdir(root)
os.chdir(root)


def make(name, data=b""):
    fd = os.open(name, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
    os.write(fd, data)
    os.close(fd)


make("a.txt", b"hello")
os.makedirs("d1/d2/d3")
os.makedirs("d1/d2", exist_ok=True)
make("d1/f.txt", b"12345678")
print(sorted(os.listdir()), sorted(os.listdir(".")), sorted(os.listdir("d1")), sorted(os.listdir(b"d1")))

st = os.stat("a.txt")
print(st.st_size, stat.S_ISREG(st.st_mode), stat.S_ISDIR(st.st_mode), stat.S_IMODE(st.st_mode) == 0o644 & ~0o022 or stat.S_IMODE(st.st_mode))
print(st[stat.ST_SIZE], type(st.st_mtime).__name__, type(st[8]).__name__, st.st_mtime_ns // 10**9 == st[8], st.st_nlink, isinstance(st.st_ino, int))
print(stat.filemode(os.stat("d1").st_mode)[0], stat.filemode(st.st_mode)[0], os.path.getsize("d1/f.txt"), os.path.isfile("a.txt"), os.path.isdir("d1"))

with os.scandir() as it:
    entries = sorted(it, key=lambda e: e.name)
for e in entries:
    print(repr(e), e.name, e.path, e.is_file(), e.is_dir(), e.is_symlink(), e.stat().st_size if e.is_file() else "-", os.fspath(e))
print(sorted(e.path for e in os.scandir("d1")), [e.name for e in os.scandir(b"d1") if e.is_dir()])

os.symlink("a.txt", "link")
os.symlink("missing", "dangling")
print(os.readlink("link"), os.path.islink("link"), os.path.exists("dangling"), os.path.lexists("dangling"), os.lstat("link").st_size == len("a.txt"))
print(os.stat("link").st_size, os.path.realpath("link") == os.path.join(root, "a.txt"), os.path.samefile("link", "a.txt"))
link_entry = [e for e in os.scandir() if e.name == "link"][0]
print(link_entry.is_symlink(), link_entry.is_file(), link_entry.is_file(follow_symlinks=False))

os.rename("a.txt", "b.txt")
os.replace("b.txt", "c.txt")
os.link("c.txt", "hard.txt")
print(sorted(os.listdir()), os.stat("c.txt").st_nlink)
os.remove("hard.txt")
os.unlink("link")
os.unlink("dangling")
os.chmod("c.txt", 0o600)
print(oct(stat.S_IMODE(os.stat("c.txt").st_mode)), os.access("c.txt", os.R_OK), os.access("c.txt", os.X_OK))
os.utime("c.txt", (1000000000, 1500000000))
print(os.stat("c.txt").st_mtime, os.stat("c.txt").st_atime, os.path.getmtime("c.txt"))
os.utime("c.txt", ns=(5 * 10**9, 7 * 10**9 + 5))
print(os.stat("c.txt").st_mtime_ns, os.stat("c.txt").st_atime)
os.truncate("c.txt", 2)
print(os.path.getsize("c.txt"))

fd = os.open("c.txt", os.O_RDWR | os.O_APPEND)
os.write(fd, b"XYZ")
print(os.lseek(fd, 0, os.SEEK_SET), os.read(fd, 100), os.fstat(fd).st_size, os.lseek(fd, -1, os.SEEK_END))
os.close(fd)

for top, dirs, files in os.walk("."):
    print("walk", top, sorted(dirs), sorted(files))
for top, dirs, files in os.walk(".", topdown=False):
    print("up", top, sorted(dirs), sorted(files))
for top, dirs, files in os.walk("."):
    dirs[:] = [d for d in dirs if d != "d2"]
    print("pruned", top, dirs)
print(list(os.walk("nonexistent")))
errors = []
print(list(os.walk("nonexistent", onerror=errors.append)), [type(e).__name__ for e in errors])

os.chdir("d1")
print(os.getcwd() == os.path.join(root, "d1"), os.path.abspath("x") == os.path.join(root, "d1", "x"))
os.chdir("..")
os.removedirs("d1/d2/d3")
print(os.path.exists("d1/d2"), os.path.exists("d1"))

cases = [
    lambda: os.stat("nope"),
    lambda: os.lstat(b"nope"),
    lambda: os.listdir("nope"),
    lambda: os.listdir("c.txt"),
    lambda: os.mkdir("d1"),
    lambda: os.makedirs("d1"),
    lambda: os.rmdir("nope"),
    lambda: os.rmdir("d1"),
    lambda: os.remove("d1"),
    lambda: os.rename("nope", "other"),
    lambda: os.replace("d1", "c.txt"),
    lambda: os.chdir("nope"),
    lambda: os.chdir("c.txt"),
    lambda: os.readlink("c.txt"),
    lambda: os.open("nope", os.O_RDONLY),
    lambda: os.open("c.txt", os.O_WRONLY | os.O_CREAT | os.O_EXCL),
    lambda: os.scandir("nope"),
    lambda: os.symlink("x", "c.txt"),
    lambda: os.mkdir("nope/sub"),
    lambda: os.stat(""),
    lambda: os.stat("a\0b"),
    lambda: os.stat(1.5),
    lambda: os.listdir(2.5),
    lambda: os.mkdir(),
    lambda: os.mkdir("x", 1, 2),
    lambda: os.rmdir("x", "y"),
    lambda: os.mkdir("x", path="y"),
    lambda: os.mkdir(path="x", bad=1),
    lambda: os.rename("a"),
]
for case in cases:
    try:
        case()
    except OSError as e:
        print(type(e).__name__, e, "|", e.errno, e.strerror, e.filename, e.filename2, e.args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

for top, dirs, files in os.walk(root, topdown=False):
    for f in files:
        os.unlink(os.path.join(top, f))
    for d in dirs:
        os.rmdir(os.path.join(top, d))
os.chdir("/")
os.rmdir(root)
print(os.path.exists(root))

for mode in [0o100644, 0o40755, 0o104755, 0o41777, 0o120777, 0o20620, 0o60660, 0o10644, 0o140755, 0o102745, 0o101644, 0, 0o7777]:
    print(oct(mode), stat.filemode(mode), stat.S_IMODE(mode), stat.S_IFMT(mode), stat.S_ISDIR(mode), stat.S_ISREG(mode), stat.S_ISLNK(mode), stat.S_ISFIFO(mode), stat.S_ISCHR(mode), stat.S_ISBLK(mode), stat.S_ISSOCK(mode))
print(stat.S_IRWXU, stat.S_IRUSR | stat.S_IWUSR, stat.S_IFDIR, stat.S_IFREG, stat.S_IFLNK, stat.ST_MTIME, stat.UF_HIDDEN)

fd = os.open("/", os.O_RDONLY)
print(sorted(os.listdir(fd)) == sorted(os.listdir("/")), sorted(e.path for e in os.scandir(fd)) == sorted(os.listdir("/")))
os.close(fd)
for bad in [lambda: os.listdir(fd)]:
    try:
        bad()
    except OSError as e:
        print(type(e).__name__, e, e.filename)

# Walking through symlinks: a link to a directory is listed with the directories, and is
# entered only with followlinks=True.
base = "/tmp/coro_os_walk_%d" % os.getpid()
os.makedirs(base + "/real/inner")
make(base + "/real/inner/f.txt")
os.symlink(base + "/real", base + "/link_to_real")
os.symlink(base + "/nowhere", base + "/broken")
for follow in (False, True):
    for topdown in (True, False):
        seen = [(os.path.relpath(t, base), sorted(d), sorted(f)) for t, d, f in os.walk(base, topdown=topdown, followlinks=follow)]
        print(follow, topdown, sorted(seen))
os.unlink(base + "/link_to_real")
os.unlink(base + "/broken")
os.unlink(base + "/real/inner/f.txt")
os.removedirs(base + "/real/inner")
print(os.path.exists(base))
