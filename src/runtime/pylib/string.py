"""String constants, capwords and Template (coro's embedded string module).

Template is scanned by hand (coro has no `re`); Formatter is not provided.
"""

__all__ = [
    "ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords", "digits",
    "hexdigits", "octdigits", "printable", "punctuation", "whitespace", "Template",
]

whitespace = " \t\n\r\x0b\x0c"
ascii_lowercase = "abcdefghijklmnopqrstuvwxyz"
ascii_uppercase = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
ascii_letters = ascii_lowercase + ascii_uppercase
digits = "0123456789"
hexdigits = digits + "abcdef" + "ABCDEF"
octdigits = "01234567"
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """Split s on sep, capitalize each word, join with sep (a space by default)."""
    return (sep or " ").join(map(str.capitalize, s.split(sep)))


_IDENT_START = ascii_letters + "_"
_IDENT_REST = _IDENT_START + digits


class Template:
    """$-substitution: `$name`, `${name}`, and `$$` for a literal dollar."""

    delimiter = "$"

    def __init__(self, template):
        self.template = template

    def _scan(self, mapping, safe):
        text = self.template
        delim = self.delimiter
        out = []
        i = 0
        n = len(text)
        while i < n:
            j = text.find(delim, i)
            if j < 0:
                out.append(text[i:])
                break
            out.append(text[i:j])
            k = j + len(delim)
            if text.startswith(delim, k):
                out.append(delim)
                i = k + len(delim)
                continue
            braced = k < n and text[k] == "{"
            start = k + 1 if braced else k
            end = start
            if end < n and text[end] in _IDENT_START:
                end += 1
                while end < n and text[end] in _IDENT_REST:
                    end += 1
            name = text[start:end]
            if not name or (braced and (end >= n or text[end] != "}")):
                if safe:
                    out.append(delim)
                    i = k
                    continue
                self._invalid(j)
            stop = end + 1 if braced else end
            try:
                out.append(str(mapping[name]))
            except KeyError:
                if not safe:
                    raise
                out.append(text[j:stop])
            i = stop
        return "".join(out)

    def _invalid(self, index):
        lines = self.template[:index].splitlines(keepends=True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = index - len("".join(lines[:-1]))
            lineno = len(lines)
        raise ValueError(f"Invalid placeholder in string: line {lineno}, col {colno}")

    def substitute(self, mapping=None, /, **kws):
        return self._scan(_merge(mapping, kws), False)

    def safe_substitute(self, mapping=None, /, **kws):
        return self._scan(_merge(mapping, kws), True)

    def get_identifiers(self):
        found = []
        for name in _Recorder(self.template, self.delimiter).names():
            if name not in found:
                found.append(name)
        return found

    def is_valid(self):
        try:
            self._scan(_Always(), False)
        except ValueError:
            return False
        return True


def _merge(mapping, kws):
    if mapping is None:
        return kws
    if not kws:
        return mapping
    merged = dict(mapping)
    merged.update(kws)
    return merged


class _Always:
    """A mapping with every key, for validating a template."""

    def __getitem__(self, key):
        return ""


class _Recorder:
    """Collects placeholder names by substituting through a recording mapping."""

    def __init__(self, template, delimiter):
        self.template = template
        self.delimiter = delimiter
        self.seen = []

    def __getitem__(self, key):
        self.seen.append(key)
        return ""

    def names(self):
        t = Template(self.template)
        t.delimiter = self.delimiter
        t._scan(self, True)
        return self.seen
