# os.path string functions: results and errors exactly as CPython's posixpath.
import os
import os.path
from os.path import join, split, splitext, basename, dirname, normpath

import posixpath
print(os.path is posixpath, os.path.sep, os.path.pathsep, os.path.curdir, os.path.pardir, os.path.extsep, os.path.altsep, os.path.devnull)

for parts in [("a", "b"), ("a/", "b"), ("/a", "/b", "c"), ("", "x"), ("a", ""), ("a", "", "b"), ("/",), ("a//", "b/")]:
    print("join", parts, repr(join(*parts)))
print(join(b"a", b"b"))

for p in ["a/b/c", "a/b/", "/a", "/", "//a//b", "a", "", "///x", "a//b"]:
    print(repr(p), split(p), repr(basename(p)), repr(dirname(p)))

for p in ["a.txt", "a.tar.gz", ".bashrc", "..x", "a/.b", "a.b/c", "a.", "...", "x/..y.z", "noext"]:
    print(repr(p), splitext(p))
print(splitext(b"f.py"), os.path.splitdrive("/a/b"))

for p in ["", ".", "..", "/..", "//", "///", "a/./b", "a/../b", "../../a", "a/b/../../..", "//a/b/", "/a/b/../../../c", "./", "a//b//c/"]:
    print(repr(p), repr(normpath(p)))
print(normpath(b"/a/./b/.."))

print(os.path.isabs("/a"), os.path.isabs("a"), os.path.isabs(""), os.path.isabs(b"/x"))
print(os.path.commonprefix(["interspecies", "interstellar", "interstate"]), repr(os.path.commonprefix([])), os.path.commonprefix([[1, 2], [1, 3]]))
print(os.path.commonpath(["/usr/lib", "/usr/local/lib"]), os.path.commonpath(["a/b", "a/c/d", "a"]), os.path.commonpath(["/a/./b", "/a/b/c"]))
print(os.path.relpath("/a/b/c", "/a/d"), os.path.relpath("/a", "/a"), os.path.relpath("/x/y", "/"), os.path.relpath("/", "/x/y"))
print(os.path.normcase("A/B"), os.path.expandvars("no vars"), os.path.expanduser("no tilde"))

os.environ["CORO_PATH_TEST"] = "value"
for s in ["$CORO_PATH_TEST/x", "${CORO_PATH_TEST}y", "$CORO_UNSET_VAR", "${CORO_UNSET_VAR}", "$", "a$", "${", "${CORO_PATH_TEST", "$1x", "${a b}", "${}", "$é", "$CORO_PATH_TEST$CORO_PATH_TEST", "pre${CORO_PATH_TEST}post"]:
    print(repr(s), repr(os.path.expandvars(s)))
print(os.path.expandvars(b"$CORO_PATH_TEST"))

home = os.environ.get("HOME")
os.environ["HOME"] = "/home/someone/"
print(os.path.expanduser("~"), os.path.expanduser("~/x"), os.path.expanduser("~x"[:1] + "/y"), os.path.expanduser("a/~"))
os.environ["HOME"] = "/"
print(os.path.expanduser("~"), os.path.expanduser("~/z"))
if home is not None:
    os.environ["HOME"] = home

print(os.path.abspath("/a/../b"), os.path.abspath("x") == join(os.getcwd(), "x"), os.path.abspath(".") == os.getcwd())


class P:
    def __fspath__(self):
        return "p/q.txt"


print(basename(P()), dirname(P()), splitext(P()), join(P(), "r"), os.fspath(P()), os.fspath("s"), os.fspath(b"b"))

for call in [
    lambda: join(1),
    lambda: join("a", 1),
    lambda: join("a", b"b"),
    lambda: basename(None),
    lambda: os.path.commonpath([]),
    lambda: os.path.commonpath(["/a", "b"]),
    lambda: os.path.commonpath(["a", b"b"]),
    lambda: os.path.relpath(""),
    lambda: os.path.relpath("a", b"b"),
    lambda: os.fspath(1.5),
    lambda: normpath(3),
]:
    try:
        print(call())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
