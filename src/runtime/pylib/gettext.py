"""Message catalogs: NullTranslations and GNUTranslations (GNU .mo files, little- or
big-endian, with their header's charset and plural forms), translation() with fallback
chains and a cache, find() over LANGUAGE/LC_ALL/LC_MESSAGES/LANG, install(), the
module-level gettext/ngettext/pgettext/npgettext and their d* domain forms, textdomain
and bindtextdomain, and c2py (a C plural-forms expression as a Python function)."""

import os
import re
import sys

__all__ = ["NullTranslations", "GNUTranslations", "Catalog", "bindtextdomain", "find",
           "translation", "install", "textdomain", "dgettext", "dngettext", "gettext",
           "ngettext", "pgettext", "dpgettext", "npgettext", "dnpgettext"]

_default_localedir = os.path.join(sys.base_prefix, "share", "locale")


# --- plural forms ----------------------------------------------------------------------

_c_token = re.compile(r"""
    (?P<blank>[ \t]+)
  | (?P<number>[0-9]+\b)
  | (?P<name>n\b)
  | (?P<paren>[()])
  | (?P<op>\|\||&&|==|!=|<=|>=|[-*/%+?:<>!])
  | (?P<bad>\w+|.)
""", re.VERBOSE | re.DOTALL)


def _c_tokens(text):
    for found in _c_token.finditer(text):
        kind = found.lastgroup
        if kind == "blank":
            continue
        if kind == "bad":
            raise ValueError("invalid token in plural form: %s" % found.group())
        yield found.group()
    yield ""


# Binary operators by binding strength (weakest first), with their Python spelling.
_LEVELS = [
    {"||": "or"},
    {"&&": "and"},
    {"==": "==", "!=": "!="},
    {"<": "<", ">": ">", "<=": "<=", ">=": ">="},
    {"+": "+", "-": "-"},
    {"*": "*", "/": "//", "%": "%"},
]


class _PluralParser:
    def __init__(self, text):
        self.tokens = _c_tokens(text)
        self.current = next(self.tokens)
        self.depth = 0

    def advance(self):
        self.current = next(self.tokens)

    def unexpected(self):
        if self.current == "":
            return ValueError("unexpected end of plural form")
        return ValueError("unexpected token in plural form: %s" % self.current)

    def expression(self):
        self.depth += 1
        if self.depth > 20:
            raise ValueError("plural form expression is too complex")
        condition = self.binary(0)
        if self.current == "?":
            self.advance()
            yes = self.expression()
            if self.current != ":":
                raise self.unexpected()
            self.advance()
            no = self.expression()
            condition = "(%s if %s else %s)" % (yes, condition, no)
        self.depth -= 1
        return condition

    def binary(self, level):
        if level == len(_LEVELS):
            return self.unary()
        left = self.binary(level + 1)
        while self.current in _LEVELS[level]:
            op = _LEVELS[level][self.current]
            self.advance()
            right = self.binary(level + 1)
            if level < 2:
                left = "int(%s %s %s)" % (left, op, right)
            else:
                left = "(%s %s %s)" % (left, op, right)
        return left

    def unary(self):
        if self.current == "!":
            self.advance()
            return "int(not %s)" % self.unary()
        if self.current == "(":
            self.advance()
            inner = self.expression()
            if self.current != ")":
                if self.current == "":
                    raise ValueError("unbalanced parenthesis in plural form")
                raise self.unexpected()
            self.advance()
            return "(%s)" % inner
        if self.current == "n" or self.current.isdigit():
            token = self.current
            self.advance()
            return token
        raise self.unexpected()


def _plural_number(n):
    if isinstance(n, float):
        import warnings
        warnings.warn("Plural value must be an integer, got %s" % type(n).__name__,
                      DeprecationWarning, 4)
        return n
    try:
        n.__index__
    except AttributeError:
        raise TypeError("Plural value must be an integer, got %s"
                        % type(n).__name__) from None
    return n


def c2py(plural):
    """The plural-forms expression `plural` (C syntax) as a function of n."""
    if len(plural) > 1000:
        raise ValueError("plural form expression is too long")
    parser = _PluralParser(plural)
    body = parser.expression()
    if parser.current != "":
        raise parser.unexpected()
    namespace = {"_plural_number": _plural_number}
    exec("def func(n):\n    n = _plural_number(n)\n    return int(%s)\n" % body, namespace)
    return namespace["func"]


# --- locales ---------------------------------------------------------------------------

def _expand_lang(loc):
    import locale
    loc = locale.normalize(loc)
    language, _, rest = loc.partition("_") if "_" in loc else (loc, "", "")
    parts = {}
    text = loc
    if "@" in text:
        text, parts["modifier"] = text.split("@", 1)
    if "." in text:
        text, parts["codeset"] = text.split(".", 1)
    if "_" in text:
        text, parts["territory"] = text.split("_", 1)
    language = text
    territory = "_" + parts["territory"] if "territory" in parts else ""
    codeset = "." + parts["codeset"] if "codeset" in parts else ""
    modifier = "@" + parts["modifier"] if "modifier" in parts else ""
    have = (bool(territory) << 0) | (bool(codeset) << 1) | (bool(modifier) << 2)
    found = []
    for mask in range(7, -1, -1):
        if mask & ~have:
            continue
        name = language
        if mask & 1:
            name += territory
        if mask & 2:
            name += codeset
        if mask & 4:
            name += modifier
        found.append(name)
    return found


# --- translations ----------------------------------------------------------------------

class NullTranslations:
    """Translations that translate nothing (they pass to a fallback when one is added)."""

    def __init__(self, fp=None):
        self._info = {}
        self._charset = None
        self._output_charset = None
        self._fallback = None
        if fp is not None:
            self._parse(fp)

    def _parse(self, fp):
        pass

    def add_fallback(self, fallback):
        if self._fallback:
            self._fallback.add_fallback(fallback)
        else:
            self._fallback = fallback

    def gettext(self, message):
        if self._fallback:
            return self._fallback.gettext(message)
        return message

    def ngettext(self, msgid1, msgid2, n):
        if self._fallback:
            return self._fallback.ngettext(msgid1, msgid2, n)
        return msgid1 if n == 1 else msgid2

    def pgettext(self, context, message):
        if self._fallback:
            return self._fallback.pgettext(context, message)
        return message

    def npgettext(self, context, msgid1, msgid2, n):
        if self._fallback:
            return self._fallback.npgettext(context, msgid1, msgid2, n)
        return msgid1 if n == 1 else msgid2

    def info(self):
        return self._info

    def charset(self):
        return self._charset

    def install(self, names=None):
        """Put this catalog's gettext in builtins as _ (and the named others)."""
        import builtins
        builtins.__dict__["_"] = self.gettext
        if names is not None:
            for name in {"gettext", "ngettext", "pgettext", "npgettext"} & set(names):
                builtins.__dict__[name] = getattr(self, name)


_MISSING = object()


class GNUTranslations(NullTranslations):
    """Translations read from a GNU .mo file."""

    LE_MAGIC = 0x950412de
    BE_MAGIC = 0xde120495
    CONTEXT = "%s\x04%s"
    VERSIONS = (0, 1)

    def _get_versions(self, version):
        return version >> 16, version & 0xffff

    def _parse(self, fp):
        from struct import unpack
        filename = getattr(fp, "name", "")
        data = fp.read()
        self._catalog = catalog = {}
        self.plural = lambda n: int(n != 1)
        size = len(data)
        magic = unpack("<I", data[:4])[0]
        if magic == self.LE_MAGIC:
            order = "<"
        elif magic == self.BE_MAGIC:
            order = ">"
        else:
            raise OSError(0, "Bad magic number", filename)
        version, count, originals, translations = unpack(order + "4I", data[4:20])
        major, minor = self._get_versions(version)
        if major not in self.VERSIONS:
            raise OSError(0, "Bad version number " + str(major), filename)
        for i in range(count):
            olen, ooff = unpack(order + "2I", data[originals + 8 * i:originals + 8 * i + 8])
            tlen, toff = unpack(order + "2I", data[translations + 8 * i:translations + 8 * i + 8])
            if ooff + olen >= size or toff + tlen >= size:
                raise OSError(0, "File is corrupt", filename)
            original = data[ooff:ooff + olen]
            translated = data[toff:toff + tlen]
            if olen == 0:
                self._read_header(translated)
            charset = self._charset or "ascii"
            if b"\x00" in original:
                singular, plural = original.split(b"\x00")
                forms = translated.split(b"\x00")
                singular = str(singular, charset)
                for index, form in enumerate(forms):
                    catalog[(singular, index)] = str(form, charset)
            else:
                catalog[str(original, charset)] = str(translated, charset)

    def _read_header(self, header):
        last = None
        for line in header.split(b"\n"):
            line = line.decode().strip()
            if not line or (line.startswith("#-#-#-#-#") and line.endswith("#-#-#-#-#")):
                continue
            if ":" not in line:
                if last:
                    self._info[last] += "\n" + line
                continue
            key, value = line.split(":", 1)
            last = key = key.strip().lower()
            self._info[key] = value = value.strip()
            if key == "content-type" and "charset=" in value:
                self._charset = value.split("charset=")[1]
            elif key == "plural-forms":
                self.plural = c2py(value.split(";")[1].split("plural=")[1])

    def _singular(self, key):
        """The translation of `key`, also found as the singular of a plural entry."""
        found = self._catalog.get(key, _MISSING)
        if found is _MISSING:
            found = self._catalog.get((key, self.plural(1)), _MISSING)
        return found

    def gettext(self, message):
        found = self._singular(message)
        if found is not _MISSING:
            return found
        if self._fallback:
            return self._fallback.gettext(message)
        return message

    def ngettext(self, msgid1, msgid2, n):
        try:
            return self._catalog[(msgid1, self.plural(n))]
        except KeyError:
            if self._fallback:
                return self._fallback.ngettext(msgid1, msgid2, n)
            return msgid1 if n == 1 else msgid2

    def pgettext(self, context, message):
        found = self._singular(self.CONTEXT % (context, message))
        if found is not _MISSING:
            return found
        if self._fallback:
            return self._fallback.pgettext(context, message)
        return message

    def npgettext(self, context, msgid1, msgid2, n):
        key = self.CONTEXT % (context, msgid1)
        try:
            return self._catalog[(key, self.plural(n))]
        except KeyError:
            if self._fallback:
                return self._fallback.npgettext(context, msgid1, msgid2, n)
            return msgid1 if n == 1 else msgid2


def find(domain, localedir=None, languages=None, all=False):
    """The .mo file of `domain` for the first language that has one (all of them, as
    a list, with all=True), or None."""
    if localedir is None:
        localedir = _default_localedir
    if languages is None:
        languages = []
        for variable in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
            value = os.environ.get(variable)
            if value:
                languages = value.split(":")
                break
        if "C" not in languages:
            languages.append("C")
    expanded = []
    for language in languages:
        for name in _expand_lang(language):
            if name not in expanded:
                expanded.append(name)
    found = [] if all else None
    for name in expanded:
        if name == "C":
            break
        path = os.path.join(localedir, name, "LC_MESSAGES", "%s.mo" % domain)
        if os.path.exists(path):
            if not all:
                return path
            found.append(path)
    return found


_translations = {}


def translation(domain, localedir=None, languages=None, class_=None, fallback=False):
    """The translations of `domain` (a chain of every language found), or
    NullTranslations with fallback=True when none is found."""
    if class_ is None:
        class_ = GNUTranslations
    files = find(domain, localedir, languages, all=True)
    if not files:
        if fallback:
            return NullTranslations()
        from errno import ENOENT
        raise FileNotFoundError(ENOENT, "No translation file found for domain", domain)
    import copy
    result = None
    for path in files:
        key = (class_, os.path.abspath(path))
        shared = _translations.get(key)
        if shared is None:
            with open(path, "rb") as fp:
                shared = _translations.setdefault(key, class_(fp))
        one = copy.copy(shared)
        if result is None:
            result = one
        else:
            result.add_fallback(one)
    return result


def install(domain, localedir=None, *, names=None):
    """Install the translations of `domain` (or none) as _ in builtins."""
    translation(domain, localedir, fallback=True).install(names)


_localedirs = {}
_current_domain = "messages"


def textdomain(domain=None):
    """Set the global domain if given; return the current one."""
    global _current_domain
    if domain is not None:
        _current_domain = domain
    return _current_domain


def bindtextdomain(domain, localedir=None):
    """Set the directory of `domain` if given; return the current one."""
    if localedir is not None:
        _localedirs[domain] = localedir
    return _localedirs.get(domain, _default_localedir)


def _domain_translation(domain):
    try:
        return translation(domain, _localedirs.get(domain, None))
    except OSError:
        return None


def dgettext(domain, message):
    t = _domain_translation(domain)
    return message if t is None else t.gettext(message)


def dngettext(domain, msgid1, msgid2, n):
    t = _domain_translation(domain)
    if t is None:
        return msgid1 if n == 1 else msgid2
    return t.ngettext(msgid1, msgid2, n)


def dpgettext(domain, context, message):
    t = _domain_translation(domain)
    return message if t is None else t.pgettext(context, message)


def dnpgettext(domain, context, msgid1, msgid2, n):
    t = _domain_translation(domain)
    if t is None:
        return msgid1 if n == 1 else msgid2
    return t.npgettext(context, msgid1, msgid2, n)


def gettext(message):
    return dgettext(_current_domain, message)


def ngettext(msgid1, msgid2, n):
    return dngettext(_current_domain, msgid1, msgid2, n)


def pgettext(context, message):
    return dpgettext(_current_domain, context, message)


def npgettext(context, msgid1, msgid2, n):
    return dnpgettext(_current_domain, context, msgid1, msgid2, n)


Catalog = translation
