# fnmatch matching and translate(); glob over a tree made in a private temp dir.
import fnmatch
import glob
import os

cases = [
    ("foo.py", "*.py"), ("foo.pyc", "*.py"), ("a/b.py", "*.py"), (".hidden", "*"),
    ("abc", "a?c"), ("ac", "a?c"), ("abc", "[abc]bc"), ("xbc", "[!abc]bc"),
    ("abc", "[!abc]bc"), ("-", "[a-]"), ("]", "[]]"), ("x]", "[!]]]"), ("[", "["),
    ("[ab", "[ab"), ("b", "[a-c]"), ("d", "[a-c]"), ("b", "[c-a]"), ("q", "[!c-a]"),
    ("abcabc", "*abc"), ("ab\ncd", "ab*cd"), ("", "*"), ("", "?"), ("aaa", "a*a*a"),
    ("mississippi", "*sip*"), ("A.PY", "*.py"), ("\\", "[\\]"), ("&", "[&&]"),
]
for name, pat in cases:
    print(repr(name), repr(pat), fnmatch.fnmatch(name, pat), fnmatch.fnmatchcase(name, pat))
print(fnmatch.fnmatch(b"x.c", b"*.c"), fnmatch.filter(["a.c", "b.h", "c.c", ".d.c"], "*.c"))
print(fnmatch.filter([b"a", b"b"], b"[a]"))

for pat in ["*.py", "a*b*c", "*a*", "**", "?", "[!a-c]x?[z-a][]", "[a-c-e]*", "a[^x]b[&&]",
            "[[]", "[!]", "[]-]", "a+b(c)", "x.y", "[\\d]", "[a-z0-9_]", "[!!]", "a*b?c*d"]:
    print(repr(pat), fnmatch.translate(pat))

for bad in [lambda: fnmatch.fnmatch("a", b"a"), lambda: fnmatch.fnmatch(b"a", "a"), lambda: fnmatch.filter(["a"], b"a")]:
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)

root = "/tmp/coro_glob_%d" % os.getpid()
os.makedirs(root + "/sub/deep")
os.mkdir(root + "/.hid")
for name in ["a.txt", "b.py", "c.py", "sub/d.py", "sub/deep/e.py", ".hidden.py", ".hid/f.py", "x[1].txt"]:
    fd = os.open(root + "/" + name, os.O_WRONLY | os.O_CREAT, 0o644)
    os.close(fd)
os.chdir(root)

print(sorted(glob.glob("*")))
print(sorted(glob.glob("*.py")), sorted(glob.glob(".*")), sorted(glob.glob("*", include_hidden=True)))
print(sorted(glob.glob("**/*.py", recursive=True)))
print(sorted(glob.glob("**/*.py")))
print(sorted(glob.glob("**", recursive=True)))
print(sorted(glob.glob("**/", recursive=True)))
print(sorted(glob.glob("sub/**", recursive=True)), sorted(glob.glob("*/")), sorted(glob.glob("s?b/*.py")))
print(glob.glob("a.txt"), glob.glob("nope"), glob.glob("sub/"), glob.glob("a.txt/"), glob.glob(""))
print(glob.glob("x[1].txt"), glob.glob(glob.escape("x[1].txt")), glob.escape("a*b?[c]"), glob.escape(b"*"))
print(sorted(glob.glob("*.py", root_dir="sub")), sorted(glob.glob("**/*.py", root_dir=root + "/sub", recursive=True)))
print(sorted(glob.glob(root + "/sub/*.py"))[0].endswith("/sub/d.py"), sorted(glob.iglob("[ab].*")), sorted(glob.glob(b"*.py")))
print(glob.has_magic("a*"), glob.has_magic("abc"), glob.has_magic(b"[x]"))

for dirpath, dirnames, filenames in sorted(os.walk(root)):
    print(os.path.relpath(dirpath, root), sorted(dirnames), sorted(filenames))

os.chdir("/")
for dirpath, dirnames, filenames in os.walk(root, topdown=False):
    for f in filenames:
        os.remove(os.path.join(dirpath, f))
    os.rmdir(dirpath)
print(os.path.exists(root))
