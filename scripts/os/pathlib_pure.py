# Pure pathlib: parsing, parts, names and suffixes, joining, comparing, matching.
import os
from pathlib import PurePath, PurePosixPath, Path, PosixPath

for args in [("a/b",), ("/a", "b"), ("a", "/b", "c"), ("",), (), ("//a/b",), ("///a",), ("a/./b/",), ("a/../b",), (".",), ("/",)]:
    p = PurePath(*args)
    print(args, repr(p), str(p), p.parts, repr(p.root), repr(p.anchor), repr(p.drive), p.is_absolute())

q = PurePath("/usr/lib/x.tar.gz")
print(q.name, q.suffix, q.suffixes, q.stem, q.parent, q.parent.parent, q.anchor)
print(q.parents, list(q.parents), q.parents[0], q.parents[-1], q.parents[0:2], q.parents[::-1], len(q.parents))
for name in ["a", ".a", "a.", "a.b.c", "..", "a..b", ".a.b", ""]:
    p = PurePath(name)
    print(repr(name), repr(p.name), repr(p.suffix), p.suffixes, repr(p.stem))
print(PurePath("a/b").parent, PurePath("a").parent, PurePath("/").parent, PurePath().parent, list(PurePath("a/b/c").parents))

print(PurePath("a") / "b" / "c", "x" / PurePath("y"), PurePath("a") / "/abs", PurePath("a").joinpath("b", "c"), PurePath("a") / PurePath("b"))
print(PurePath("a.txt").with_suffix(".md"), PurePath("a.txt").with_suffix(""), PurePath("a").with_suffix(".x"), PurePath("d/a.b.c").with_name("z"), PurePath("a.txt").with_stem("b"))
print(PurePath("/a/b/c").relative_to("/a"), PurePath("/a/b").relative_to("/a", "b"), PurePath("a/b").relative_to(""), PurePath("/a/b").is_relative_to("/a"), PurePath("/a/b").is_relative_to("/c"))

print(PurePath("a") == PurePath("a"), PurePath("a") == PurePosixPath("a"), PurePath("a") == PurePath("a/"), PurePath("a") == "a", PurePath("a") != PurePath("b"))
print(hash(PurePath("a/b")) == hash(PurePath("a//b")), len({PurePath("a"), PurePosixPath("a"), PurePath("./a")}))
print(sorted([PurePath("b"), PurePath("a/c"), PurePath("a"), PurePath("/z"), PurePath("A")]))
print(PurePath("a") < PurePath("b"), PurePath("a/b") > PurePath("a"), PurePath("a") <= PurePath("a"), PurePath("b") >= PurePath("c"))

for path, pat in [("a/b.py", "*.py"), ("/a/b.py", "/*.py"), ("/a.py", "/*.py"), ("a/b/c.py", "b/*.py"), ("a/b/c.py", "a/*.py"), ("b.py", "a/b.py"), ("a/b.PY", "*.py"), ("x", "?")]:
    print(path, pat, PurePath(path).match(pat))

print(PurePath("/a b/c%d").as_uri(), PurePath("a").as_posix(), os.fspath(PurePath("a/b")), str(Path("x/y")), bytes(PurePath("a")))
print(type(PurePath("a")).__name__, type(Path("a")).__name__, type(Path("a") / "b").__name__, type(PurePosixPath("a").parent).__name__, type(PosixPath("a")).__name__)
print(repr(Path("a/b")), repr(Path()), repr(PosixPath("/x")), Path("a").is_reserved(), isinstance(Path("a"), PurePath), isinstance(Path("a"), os.PathLike))

for bad in [
    lambda: PurePath("a/b").relative_to("c"),
    lambda: PurePath("/a").relative_to("b"),
    lambda: PurePath("a").relative_to("/"),
    lambda: PurePath("a").relative_to(),
    lambda: PurePath("a").with_suffix("b"),
    lambda: PurePath("a").with_suffix("."),
    lambda: PurePath("a").with_suffix("./b"),
    lambda: PurePath("/").with_name("x"),
    lambda: PurePath("").with_suffix(".x"),
    lambda: PurePath("a").with_name("x/y"),
    lambda: PurePath("a").with_name(""),
    lambda: Path("a") / 1,
    lambda: 1 / PurePath("a"),
    lambda: PurePath(b"x"),
    lambda: PurePath(3),
    lambda: PurePath("a").match(""),
    lambda: PurePath("a") < "b",
    lambda: PurePath("a").parents[1],
    lambda: PurePath("relative").as_uri(),
]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
