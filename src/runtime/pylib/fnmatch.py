"""Shell-style wildcard matching (coro's embedded fnmatch): `*`, `?`, `[seq]`, `[!seq]`.

coro has no `re` module, so patterns are matched by a small matcher of their own;
`translate` still returns the regular expression CPython's fnmatch builds (the same
text), for programs that print or reuse it.
"""

import os
import posixpath

__all__ = ["filter", "fnmatch", "fnmatchcase", "translate"]

_compiled = {}
_MAX_CACHED = 32768

_REGEX_SPECIAL = "()[]{}?*+-|^$\\.&~# \t\n\r\v\f"


def _escape_char(c):
    return "\\" + c if c in _REGEX_SPECIAL else c


# --- parsing -------------------------------------------------------------------------
# A pattern becomes a list of tokens: "*" (any run), "?" (one character), a one-character
# string (itself), or a tuple (negated, items, source) for a bracket set, where items are
# (low, high) character ranges and source is its body as written.


def _set_end(pat, i):
    # Index of the ']' closing the set whose body starts at i, or -1 (then '[' is literal).
    n = len(pat)
    j = i
    if j < n and pat[j] == "!":
        j += 1
    if j < n and pat[j] == "]":
        j += 1
    while j < n and pat[j] != "]":
        j += 1
    return j if j < n else -1


def _parse_set(body):
    negated = body[:1] == "!"
    chars = body[1:] if negated else body
    items = []
    k = 0
    while k < len(chars):
        if k + 2 < len(chars) and chars[k + 1] == "-":
            items.append((chars[k], chars[k + 2]))
            k += 3
        else:
            items.append((chars[k], chars[k]))
            k += 1
    return negated, items


def _tokens(pat):
    tokens = []
    i = 0
    n = len(pat)
    while i < n:
        c = pat[i]
        i += 1
        if c == "*":
            if not tokens or tokens[-1] != "*":
                tokens.append("*")
        elif c == "?":
            tokens.append("?")
        elif c == "[":
            j = _set_end(pat, i)
            if j < 0:
                tokens.append("[")
            else:
                negated, items = _parse_set(pat[i:j])
                tokens.append((negated, items, pat[i:j]))
                i = j + 1
        else:
            tokens.append(c)
    return tokens


# --- matching ------------------------------------------------------------------------


def _one(token, c):
    if token == "?":
        return True
    if isinstance(token, tuple):
        negated, items, _ = token
        hit = False
        for low, high in items:
            if low <= c <= high:
                hit = True
                break
        return hit != negated
    return token == c


def _match(tokens, name):
    # Greedy with backtracking to the last star: each star retries one character further.
    t = 0
    s = 0
    star_t = -1
    star_s = 0
    nt = len(tokens)
    ns = len(name)
    while s < ns:
        if t < nt and tokens[t] == "*":
            star_t = t
            star_s = s
            t += 1
        elif t < nt and _one(tokens[t], name[s]):
            t += 1
            s += 1
        elif star_t >= 0:
            star_s += 1
            s = star_s
            t = star_t + 1
        else:
            return False
    while t < nt and tokens[t] == "*":
        t += 1
    return t == nt


def _compile_pattern(pat):
    key = (type(pat), pat)
    tokens = _compiled.get(key)
    if tokens is None:
        text = str(pat, "ISO-8859-1") if isinstance(pat, bytes) else pat
        tokens = _tokens(text)
        if len(_compiled) >= _MAX_CACHED:
            _compiled.clear()
        _compiled[key] = tokens
    return tokens


def _as_text(name, pat):
    if isinstance(pat, bytes):
        if not isinstance(name, bytes):
            raise TypeError("cannot use a bytes pattern on a string-like object")
        return str(name, "ISO-8859-1")
    if isinstance(name, bytes):
        raise TypeError("cannot use a string pattern on a bytes-like object")
    return name


def fnmatchcase(name, pat):
    """Test whether `name` matches `pat`, case-sensitively."""
    tokens = _compile_pattern(pat)
    return _match(tokens, _as_text(name, pat))


def fnmatch(name, pat):
    """Test whether `name` matches `pat` (case as the OS compares names: exactly, here)."""
    name = os.path.normcase(name)
    pat = os.path.normcase(pat)
    return fnmatchcase(name, pat)


def filter(names, pat):
    """The names of `names` that match `pat`."""
    pat = os.path.normcase(pat)
    tokens = _compile_pattern(pat)
    result = []
    for name in names:
        if _match(tokens, _as_text(os.path.normcase(name), pat)):
            result.append(name)
    return result


# --- translate -----------------------------------------------------------------------


def _set_regex(body):
    # CPython's spelling of a bracket set: ranges kept, hyphens and backslashes inside
    # literals escaped, ranges running backwards dropped, set operators escaped.
    if "-" not in body:
        pieces = [body.replace("\\", "\\\\")]
        joined = pieces[0]
    else:
        chunks = []
        start = 0
        k = 2 if body[:1] == "!" else 1
        while True:
            k = body.find("-", k)
            if k < 0:
                break
            chunks.append(body[start:k])
            start = k + 1
            k = k + 3
        rest = body[start:]
        if rest:
            chunks.append(rest)
        else:
            chunks[-1] += "-"
        for k in range(len(chunks) - 1, 0, -1):
            if chunks[k - 1][-1] > chunks[k][0]:
                chunks[k - 1] = chunks[k - 1][:-1] + chunks[k][1:]
                del chunks[k]
        joined = "-".join(c.replace("\\", "\\\\").replace("-", "\\-") for c in chunks)
    out = []
    for c in joined:
        if c in "&~|":
            out.append("\\")
        out.append(c)
    stuff = "".join(out)
    if not stuff:
        return "(?!)"
    if stuff == "!":
        return "."
    if stuff[0] == "!":
        return "[^" + stuff[1:] + "]"
    if stuff[0] in "^[":
        return "[\\" + stuff + "]"
    return "[" + stuff + "]"


def translate(pat):
    """The regular expression (as a string) CPython's fnmatch matches `pat` with."""
    pieces = []
    for token in _tokens(pat):
        if token == "*":
            pieces.append(None)
        elif token == "?":
            pieces.append(".")
        elif isinstance(token, tuple):
            pieces.append(_set_regex(token[2]))
        else:
            pieces.append(_escape_char(token))
    # Between two stars, a fixed run is an atomic group so that the regex engine cannot
    # backtrack into it.
    out = []
    i = 0
    n = len(pieces)
    while i < n and pieces[i] is not None:
        out.append(pieces[i])
        i += 1
    while i < n:
        i += 1
        if i == n:
            out.append(".*")
            break
        fixed = []
        while i < n and pieces[i] is not None:
            fixed.append(pieces[i])
            i += 1
        fixed = "".join(fixed)
        if i == n:
            out.append(".*")
            out.append(fixed)
        else:
            out.append(f"(?>.*?{fixed})")
    return "(?s:" + "".join(out) + ")\\Z"
