# pathlib.Path on the file system, in a private temp dir.
import os
from pathlib import Path

base = Path("/tmp") / ("coro_pathlib_%d" % os.getpid())
base.mkdir()
os.chdir(base)
print(Path.cwd() == base, Path().absolute() == base, Path("x").absolute() == base / "x", Path.home() == Path(os.path.expanduser("~")))

here = Path(".")
(here / "data").mkdir()
Path("data/sub/deep").mkdir(parents=True)
Path("data/sub").mkdir(parents=True, exist_ok=True)
print(Path("data/notes.txt").write_text("line one\nline two\n"), Path("data/raw.bin").write_bytes(b"\x00\x01\x02"))
print(repr(Path("data/notes.txt").read_text()), Path("data/raw.bin").read_bytes(), Path("data/notes.txt").read_text().splitlines())
with Path("data/notes.txt").open() as f:
    print(f.readline().rstrip())
with Path("data/out.txt").open("w") as f:
    f.write("written\n")
print(Path("data/out.txt").read_text(), end="")
Path("data/sub/a.py").touch()
Path("data/sub/deep/b.py").touch()
Path("data/.hidden.py").touch()
Path("data/sub/a.py").touch()

p = Path("data/notes.txt")
print(p.exists(), p.is_file(), p.is_dir(), p.is_symlink(), Path("data").is_dir(), Path("nope").exists(), Path("nope").is_file(), Path("data/notes.txt/x").exists())
print(p.stat().st_size, p.lstat().st_size, p.samefile("data/notes.txt"), p.samefile(base / "data" / "notes.txt"))
print(sorted(Path("data").iterdir()))
print(sorted(Path("data").glob("*.py")), sorted(Path("data").glob("*")), sorted(Path("data").glob("**/*.py")))
print(sorted(Path("data").rglob("*.py")), sorted(Path(".").glob("**")), sorted(Path("data").glob("*/")))
print(sorted(Path("data").glob("sub/*.py")), sorted(Path("data").glob("s?b/deep/*")), list(Path("data").glob("nope/*")), sorted(Path("data").rglob("deep")))
print(sorted(Path("data/sub").glob("../*.txt")), list(Path("nope").glob("*")))

link = Path("data/link.txt")
link.symlink_to("notes.txt")
print(link.is_symlink(), link.readlink(), link.resolve() == base / "data" / "notes.txt", link.read_text().split()[0])
print(Path("data/../data/./notes.txt").resolve() == base / "data" / "notes.txt", Path("nope/x").resolve() == base / "nope" / "x")
link.unlink()

moved = p.rename("data/renamed.txt")
print(moved, type(moved).__name__, moved.exists(), p.exists())
back = moved.replace(p)
print(back, p.exists())
Path("data/gone.txt").unlink(missing_ok=True)
Path("data/sub/deep/b.py").unlink()
Path("data/sub/deep").rmdir()
print(sorted(x.name for x in Path("data/sub").iterdir()))
p.chmod(0o600)
print(oct(p.stat().st_mode & 0o777))


for bad in [
    lambda: Path("nope.txt").read_text(),
    lambda: Path("data").read_text(),
    lambda: Path("data").mkdir(),
    lambda: Path("x/y/z").mkdir(),
    lambda: Path("nope").unlink(),
    lambda: Path("nope").rmdir(),
    lambda: Path("data").rmdir(),
    lambda: Path("nope").stat(),
    lambda: Path("nope").rename("x"),
    lambda: Path("nope").touch(exist_ok=False) or Path("nope").touch(exist_ok=False),
    lambda: next(Path("data/out.txt").iterdir()),
    lambda: list(Path(".").glob("")),
    lambda: list(Path(".").glob("/abs")),
    lambda: list(Path(".").glob("a**")),
    lambda: Path("data/out.txt").write_text(b"bytes"),
    lambda: Path("data/out.txt").write_bytes("text"),
    lambda: Path("nope").samefile("data"),
]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)

os.chdir("/")
for top, dirs, files in os.walk(base, topdown=False):
    for name in files:
        os.unlink(os.path.join(top, name))
    for name in dirs:
        os.rmdir(os.path.join(top, name))
base.rmdir()
print(base.exists())
