# shutil copies, trees, moves and which; tempfile's directories and files.
import os
import shutil
import stat
import tempfile

root = "/tmp/coro_shutil_%d" % os.getpid()
os.mkdir(root)
os.chdir(root)


def make(name, data=b"", mode=0o644):
    fd = os.open(name, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, mode)
    os.write(fd, data)
    os.close(fd)


def read(name):
    fd = os.open(name, os.O_RDONLY)
    data = os.read(fd, 1000)
    os.close(fd)
    return data


make("src.txt", b"payload", 0o640)
os.chmod("src.txt", 0o640)
os.utime("src.txt", (1000000000, 1200000000))
print(shutil.copyfile("src.txt", "plain.txt"), read("plain.txt"), oct(stat.S_IMODE(os.stat("plain.txt").st_mode)) != "0o640" or "same")
print(shutil.copy("src.txt", "copy.txt"), oct(stat.S_IMODE(os.stat("copy.txt").st_mode)), os.stat("copy.txt").st_mtime == 1200000000)
print(shutil.copy2("src.txt", "copy2.txt"), oct(stat.S_IMODE(os.stat("copy2.txt").st_mode)), os.stat("copy2.txt").st_mtime)
os.mkdir("dir")
print(shutil.copy("src.txt", "dir"), shutil.copy2("src.txt", "dir/"), sorted(os.listdir("dir")))
shutil.copymode("src.txt", "plain.txt")
shutil.copystat("src.txt", "plain.txt")
print(oct(stat.S_IMODE(os.stat("plain.txt").st_mode)), os.stat("plain.txt").st_mtime)

os.makedirs("tree/a/b")
make("tree/top.txt", b"t")
make("tree/a/mid.py", b"m")
make("tree/a/b/low.txt", b"l")
make("tree/a/b/skip.pyc", b"s")
print(shutil.copytree("tree", "tree2"))
for top, dirs, files in sorted(os.walk("tree2")):
    print(top, sorted(dirs), sorted(files))
shutil.copytree("tree", "tree3", ignore=shutil.ignore_patterns("*.pyc", "top*"))
print(sorted(os.listdir("tree3")), sorted(os.listdir("tree3/a/b")))
shutil.copytree("tree", "tree3", dirs_exist_ok=True)
print(sorted(os.listdir("tree3")))
print(shutil.ignore_patterns("*.py")("x", ["a.py", "b.txt"]))

print(shutil.move("tree3", "moved"), os.path.exists("tree3"), sorted(os.listdir("moved")))
print(shutil.move("copy.txt", "dir"), sorted(os.listdir("dir")))
print(shutil.move("copy2.txt", "renamed.txt"), os.path.exists("renamed.txt"))
shutil.rmtree("moved")
shutil.rmtree("tree2")
print(os.path.exists("moved"), os.path.exists("tree2"))
shutil.rmtree("nope", ignore_errors=True)
seen = []
shutil.rmtree("nope", onerror=lambda func, path, info: seen.append((path, info[0].__name__)))
print(seen)

sh = shutil.which("sh")
print(sh is not None and os.path.basename(sh) == "sh", shutil.which("coro-no-such-program"), shutil.which("/bin/sh"), shutil.which("sh", path=""))
os.mkdir("bin")
make("bin/tool", b"#!/bin/sh\n", 0o755)
make("bin/data", b"", 0o644)
print(shutil.which("tool", path=os.path.join(root, "bin")) == os.path.join(root, "bin", "tool"), shutil.which("data", path="bin"))
usage = shutil.disk_usage(".")
print(type(usage).__name__, usage.total >= usage.used, usage.free > 0, len(usage), repr(usage).startswith("usage(total="))
os.environ["COLUMNS"] = "123"
os.environ["LINES"] = "45"
print(shutil.get_terminal_size())
del os.environ["COLUMNS"]
del os.environ["LINES"]
print(shutil.get_terminal_size((70, 20)))

for bad in [
    lambda: shutil.copyfile("src.txt", "src.txt"),
    lambda: shutil.copyfile("nope", "x"),
    lambda: shutil.copyfile("dir", "x"),
    lambda: shutil.copyfile("src.txt", "dir"),
    lambda: shutil.copyfile("src.txt", "nodir/x"),
    lambda: shutil.copytree("tree", "tree"),
    lambda: shutil.copytree("nope", "x"),
    lambda: shutil.rmtree("nope"),
    lambda: shutil.rmtree("src.txt"),
    lambda: shutil.move("dir", "dir/inner"),
    lambda: shutil.move("nope", "x"),
]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)

print(tempfile.gettempprefix(), tempfile.gettempdir() == "/tmp" or tempfile.gettempdir())
d = tempfile.mkdtemp()
print(os.path.isdir(d), os.path.dirname(d) == tempfile.gettempdir(), os.path.basename(d).startswith("tmp"), len(os.path.basename(d)), oct(stat.S_IMODE(os.stat(d).st_mode)))
d2 = tempfile.mkdtemp(suffix=".sfx", prefix="pre_", dir=root)
print(os.path.basename(d2).startswith("pre_"), d2.endswith(".sfx"), os.path.dirname(d2) == root)
fd, name = tempfile.mkstemp(suffix=".dat", dir=d)
os.write(fd, b"abc")
os.close(fd)
print(os.path.dirname(name) == d, name.endswith(".dat"), read(name), oct(stat.S_IMODE(os.stat(name).st_mode)), os.path.isabs(name))
fd, bname = tempfile.mkstemp(dir=d.encode())
os.close(fd)
print(type(bname).__name__)
with tempfile.TemporaryDirectory() as td:
    make(os.path.join(td, "inside"), b"x")
    os.mkdir(os.path.join(td, "sub"))
    print(os.path.isdir(td), sorted(os.listdir(td)))
print(os.path.exists(td))
t = tempfile.TemporaryDirectory(prefix="coro_", dir=root)
print(repr(t) == "<TemporaryDirectory %r>" % t.name, os.path.basename(t.name).startswith("coro_"))
t.cleanup()
t.cleanup()
print(os.path.exists(t.name))
with tempfile.NamedTemporaryFile(dir=root, suffix=".tmp") as f:
    f.write(b"named data")
    f.flush()
    print(f.name.endswith(".tmp"), os.path.exists(f.name), read(f.name))
print(os.path.exists(f.name))
with tempfile.NamedTemporaryFile("w+", dir=root, delete=False) as f:
    f.write("text mode")
    f.seek(0)
    print(f.read())
print(os.path.exists(f.name))
os.unlink(f.name)
with tempfile.TemporaryFile() as f:
    f.write(b"anonymous")
    f.seek(0)
    print(f.read(), sorted(x for x in os.listdir(root) if x.startswith("tmp")))
for bad in [lambda: tempfile.mkdtemp(prefix=b"x", suffix="y"), lambda: tempfile.mkstemp(dir="/nonexistent-coro-dir")]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, str(e).split(":")[0])

shutil.rmtree(d)
os.chdir("/")
shutil.rmtree(root)
print(os.path.exists(root), os.path.exists(d))
