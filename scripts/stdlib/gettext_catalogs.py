# gettext: .mo files written here (little- and big-endian), GNUTranslations with a
# charset and plural forms, contexts, fallbacks, translation()/find() over a locale
# directory, install, the module-level functions, c2py and its errors.
import builtins
import gettext
import io
import os
import struct
import tempfile


def mo(messages, order="<"):
    """A .mo file of the {msgid: msgstr} mapping (sorted ids, as msgfmt writes them)."""
    keys = sorted(messages)
    ids = b""
    strs = b""
    offsets = []
    for k in keys:
        offsets.append((len(ids), len(k), len(strs), len(messages[k])))
        ids += k + b"\0"
        strs += messages[k] + b"\0"
    start = 7 * 4
    ids_start = start + len(keys) * 16
    strs_start = ids_start + len(ids)
    out = struct.pack(order + "7I", 0x950412de, 0, len(keys), start, start + len(keys) * 8, 0, 0)
    for o, l, _, _ in offsets:
        out += struct.pack(order + "2I", l, ids_start + o)
    for _, _, o, l in offsets:
        out += struct.pack(order + "2I", l, strs_start + o)
    return out + ids + strs


header = (b"Project-Id-Version: demo 1.0\nContent-Type: text/plain; charset=UTF-8\n"
          b"Plural-Forms: nplurals=3; plural=n==1 ? 0 : n%10>=2 && n%10<=4 && "
          b"(n%100<10 || n%100>=20) ? 1 : 2;\nX-Note: first\n second\n")
catalog = {
    b"": header,
    b"Hello": "Cze\u015b\u0107".encode(),
    b"file\0files": "plik\0pliki\0plik\u00f3w".encode(),
    b"menu\x04Open": b"Otw\xc3\xb3rz",
    b"menu\x04item\0items": b"pozycja\0pozycje\0pozycji",
}
for order in "<>":
    t = gettext.GNUTranslations(io.BytesIO(mo(catalog, order)))
    print(t.gettext("Hello"), t.gettext("Bye"), t.charset())
    print([t.ngettext("file", "files", n) for n in (1, 2, 5, 22, 112)])
    print(t.pgettext("menu", "Open"), t.pgettext("other", "Open"), t.gettext("file"))
    print([t.npgettext("menu", "item", "items", n) for n in (1, 3, 7)])
    print(t.ngettext("dog", "dogs", 1), t.ngettext("dog", "dogs", 2))
    print(sorted(t.info().items()))

null = gettext.NullTranslations()
print(null.gettext("x"), null.ngettext("a", "b", 1), null.ngettext("a", "b", 0),
      null.pgettext("c", "m"), null.npgettext("c", "a", "b", 2), null.info(), null.charset())
second = gettext.GNUTranslations(io.BytesIO(mo({b"": b"Content-Type: text/plain; charset=UTF-8\n",
                                                b"Bye": b"Tschuess"})))
first = gettext.GNUTranslations(io.BytesIO(mo(catalog)))
first.add_fallback(second)
print(first.gettext("Bye"), first.gettext("Hello"), first.gettext("none"))

d = tempfile.mkdtemp()
for lang, text in (("de", b"Hallo"), ("fr", b"Bonjour")):
    os.makedirs(os.path.join(d, lang, "LC_MESSAGES"))
    with open(os.path.join(d, lang, "LC_MESSAGES", "app.mo"), "wb") as f:
        f.write(mo({b"": b"Content-Type: text/plain; charset=UTF-8\n", b"Hello": text,
                    b"Only" + lang.encode(): lang.encode()}))
rel = lambda p: os.path.relpath(p, d) if isinstance(p, str) else p
print(rel(gettext.find("app", d, ["de"])), [rel(p) for p in gettext.find("app", d, ["xx", "fr", "de"], all=True)])
print(gettext.find("app", d, ["xx"]), gettext.find("app", d, ["C", "de"]))
t = gettext.translation("app", d, languages=["fr", "de"])
print(type(t).__name__, t.gettext("Hello"), t.gettext("Onlyde"), t.gettext("Onlyfr"))
print(gettext.translation("app", d, languages=["fr"]) is not gettext.translation("app", d, languages=["fr"]))
try:
    gettext.translation("app", d, languages=["xx"])
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename)
print(type(gettext.translation("app", d, languages=["xx"], fallback=True)).__name__)
t.install(names=["ngettext"])
print(_("Hello"), builtins.ngettext("a", "b", 3))
del builtins._, builtins.ngettext
os.environ["LANGUAGE"] = "de"
gettext.bindtextdomain("app", d)
print(gettext.bindtextdomain("app") == d, gettext.textdomain(), gettext.textdomain("app"))
print(gettext.gettext("Hello"), gettext.dgettext("missing", "Hello"), gettext.ngettext("a", "b", 2),
      gettext.pgettext("c", "Hello"), gettext.npgettext("c", "x", "y", 1), gettext.dngettext("app", "s", "p", 1))
gettext.textdomain("messages")
for data in (b"\x95\x04\x12\xde" + struct.pack(">I", 5 << 16) + b"\0" * 20, b"abcd",
             struct.pack("<7I", 0x950412de, 0, 1, 28, 36, 0, 0) + struct.pack("<4I", 1, 44, 50, 45) + b"ab"):
    try:
        gettext.GNUTranslations(io.BytesIO(data))
    except OSError as e:
        print(type(e).__name__, e.errno, e.strerror)
f = gettext.c2py("n != 1")
print(f(1), f(2), f(True))
for bad in ["n +", "(n", "n)", "x", "n ** 2", "1 ? 2", "n; import os", "", "-n", "0x1"]:
    try:
        gettext.c2py(bad)
        print(repr(bad), "ok")
    except ValueError as e:
        print(repr(bad), e)
try:
    f("a")
except TypeError as e:
    print(e)
print(gettext.c2py("!n")(0), gettext.c2py("n/2%3")(9), gettext.c2py("(n>1)+(n>5)")(7))

import shutil
shutil.rmtree(d)
