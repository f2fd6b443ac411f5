"""The tokenizer of Python source as CPython 3.11's pure-Python `tokenize` reports it:
generate_tokens over str lines, tokenize over bytes lines (with the ENCODING token and
PEP 263 detection by detect_encoding), untokenize, open, TokenInfo and TokenError.

Comments and blank lines come out as COMMENT and NL tokens, an f-string is one STRING
token, and what the grammar does not allow comes out as ERRORTOKEN (the tokenizer does
not judge). Not a parser, and not the C tokenizer CPython compiles with."""

import re
import sys
from builtins import open as _open_builtin
from codecs import lookup, BOM_UTF8
from collections import namedtuple
from io import TextIOWrapper
from token import *
from token import EXACT_TOKEN_TYPES
import token as _token

__all__ = _token.__all__ + [
    "tokenize", "generate_tokens", "detect_encoding", "untokenize", "TokenInfo"]

tabsize = 8


class TokenInfo(namedtuple("TokenInfo", "type string start end line")):
    def __repr__(self):
        kind = "%d (%s)" % (self.type, tok_name[self.type])
        return ("TokenInfo(type=%s, string=%r, start=%r, end=%r, line=%r)"
                % (kind, self.string, self.start, self.end, self.line))

    @property
    def exact_type(self):
        if self.type == OP:
            return EXACT_TOKEN_TYPES.get(self.string, OP)
        return self.type


class TokenError(Exception):
    pass


class StopTokenizing(Exception):
    pass


# --- the lexical grammar, as the language reference states it --------------------------

def _alternatives(*parts):
    return "(" + "|".join(parts) + ")"


def _string_prefixes():
    """Every spelling of every legal prefix, the empty one included."""
    found = {""}
    for base in ("b", "r", "u", "f", "br", "fr"):
        orders = {base, base[::-1]}
        for order in orders:
            for mask in range(1 << len(order)):
                found.add("".join(c.upper() if mask >> i & 1 else c
                                  for i, c in enumerate(order)))
    return found


_PREFIXES = _string_prefixes()
_PREFIX = "(?:" + "|".join(sorted(_PREFIXES, key=len, reverse=True)) + ")"

_digits = r"[0-9](?:_?[0-9])*"
_exponent = r"[eE][-+]?" + _digits
_pointfloat = ("(?:" + _digits + r"\.(?:" + _digits + r")?|\." + _digits + ")(?:"
               + _exponent + ")?")
_floatnum = "(?:" + _pointfloat + "|" + _digits + _exponent + ")"
_intnum = ("(?:0[xX](?:_?[0-9a-fA-F])+|0[bB](?:_?[01])+|0[oO](?:_?[0-7])+"
           r"|0(?:_?0)*|[1-9](?:_?[0-9])*)")
_number = ("(?:" + _digits + "[jJ]|" + _floatnum + "[jJ]|" + _floatnum + "|"
           + _intnum + ")")

_operator_texts = sorted(EXACT_TOKEN_TYPES, reverse=True)
_operator = "|".join(re.escape(t) for t in _operator_texts)

# A one-line string, or the first line of one continued by a backslash at its end.
_open_single = (_PREFIX + r"'[^\n'\\]*(?:\\.[^\n'\\]*)*(?:'|\\\r?\n)"
                "|" + _PREFIX + r'"[^\n"\\]*(?:\\.[^\n"\\]*)*(?:"|\\\r?\n)')
_open_triple = _PREFIX + "'''|" + _PREFIX + '"""'

# Leading blanks, then one token (or a line continuation, or the end of the text).
_scan = re.compile(
    r"[ \f\t]*" + _alternatives(
        r"\\\r?\n|\Z", r"#[^\r\n]*", _open_triple, _number,
        r"\r?\n|" + _operator, _open_single, r"\w+"))

# The rest of a string, through its closing quotes, per kind of opening quotes.
_closers = {
    "'": re.compile(r"[^'\\]*(?:\\.[^'\\]*)*'"),
    '"': re.compile(r'[^"\\]*(?:\\.[^"\\]*)*"'),
    "'''": re.compile(r"[^'\\]*(?:(?:\\.|'(?!''))[^'\\]*)*'''"),
    '"""': re.compile(r'[^"\\]*(?:(?:\\.|"(?!""))[^"\\]*)*"""'),
}

_triple_openers = {p + q for p in _PREFIXES for q in ("'''", '"""')}
_single_openers = {p + q for p in _PREFIXES for q in ("'", '"')}


def _opener(token):
    """The opening quotes of a string token (its prefix stripped)."""
    body = token.lstrip("bBrRuUfF")
    return body[:3] if body[:3] in ("'''", '"""') else body[:1]


# --- the tokenizer ---------------------------------------------------------------------

def _tokens(readline, encoding=None):
    row = 0
    depth = 0
    continued = False
    indents = [0]
    pending = ""          # a string that opened on an earlier line
    pending_lines = ""
    pending_start = None
    closer = None
    pending_single = False  # a one-quote string continued by backslashes
    if encoding is not None:
        if encoding == "utf-8-sig":
            encoding = "utf-8"
        yield TokenInfo(ENCODING, encoding, (0, 0), (0, 0), "")
    text = ""
    previous = ""
    while True:
        previous = text
        try:
            text = readline()
        except StopIteration:
            text = b""
        if encoding is not None:
            text = text.decode(encoding)
        row += 1
        pos, end = 0, len(text)

        if pending:
            if not text:
                raise TokenError("EOF in multi-line string", pending_start)
            found = closer.match(text)
            if found:
                pos = found.end()
                yield TokenInfo(STRING, pending + text[:pos], pending_start, (row, pos),
                                pending_lines + text)
                pending = ""
                pending_lines = ""
            elif pending_single and not text.endswith(("\\\n", "\\\r\n")):
                yield TokenInfo(ERRORTOKEN, pending + text, pending_start, (row, len(text)),
                                pending_lines)
                pending = ""
                pending_lines = ""
                continue
            else:
                pending += text
                pending_lines += text
                continue

        elif depth == 0 and not continued:
            if not text:
                break
            column = 0
            while pos < end:
                c = text[pos]
                if c == " ":
                    column += 1
                elif c == "\t":
                    column = (column // tabsize + 1) * tabsize
                elif c == "\f":
                    column = 0
                else:
                    break
                pos += 1
            if pos == end:
                break
            if text[pos] in "#\r\n":
                if text[pos] == "#":
                    comment = text[pos:].rstrip("\r\n")
                    yield TokenInfo(COMMENT, comment, (row, pos), (row, pos + len(comment)),
                                    text)
                    pos += len(comment)
                yield TokenInfo(NL, text[pos:], (row, pos), (row, len(text)), text)
                continue
            if column > indents[-1]:
                indents.append(column)
                yield TokenInfo(INDENT, text[:pos], (row, 0), (row, pos), text)
            while column < indents[-1]:
                if column not in indents:
                    raise IndentationError(
                        "unindent does not match any outer indentation level",
                        ("<tokenize>", row, pos, text))
                indents.pop()
                yield TokenInfo(DEDENT, "", (row, pos), (row, pos), text)

        else:
            if not text:
                raise TokenError("EOF in multi-line statement", (row, 0))
            continued = False

        while pos < end:
            found = _scan.match(text, pos)
            if not found:
                yield TokenInfo(ERRORTOKEN, text[pos], (row, pos), (row, pos + 1), text)
                pos += 1
                continue
            first, last = found.span(1)
            pos = last
            if first == last:
                continue
            tok = text[first:last]
            lead = text[first]
            span = ((row, first), (row, last))
            if lead in "0123456789" or (lead == "." and tok not in (".", "...")):
                yield TokenInfo(NUMBER, tok, *span, text)
            elif lead in "\r\n":
                yield TokenInfo(NL if depth > 0 else NEWLINE, tok, *span, text)
            elif lead == "#":
                yield TokenInfo(COMMENT, tok, *span, text)
            elif tok in _triple_openers:
                closer = _closers[_opener(tok)]
                found = closer.match(text, pos)
                if found:
                    pos = found.end()
                    yield TokenInfo(STRING, text[first:pos], (row, first), (row, pos), text)
                else:
                    pending_start = (row, first)
                    pending_single = False
                    pending = text[first:]
                    pending_lines = text
                    break
            elif (lead in _single_openers or tok[:2] in _single_openers
                  or tok[:3] in _single_openers):
                if tok[-1] == "\n":
                    pending_start = (row, first)
                    pending_single = True
                    closer = _closers[_opener(tok)]
                    pending = text[first:]
                    pending_lines = text
                    break
                yield TokenInfo(STRING, tok, *span, text)
            elif lead.isidentifier():
                yield TokenInfo(NAME, tok, *span, text)
            elif lead == "\\":
                continued = True
            else:
                if lead in "([{":
                    depth += 1
                elif lead in ")]}":
                    depth -= 1
                yield TokenInfo(OP, tok, *span, text)

    if previous and previous[-1] not in "\r\n" and not previous.strip().startswith("#"):
        yield TokenInfo(NEWLINE, "", (row - 1, len(previous)), (row - 1, len(previous) + 1),
                        "")
    for _ in indents[1:]:
        yield TokenInfo(DEDENT, "", (row, 0), (row, 0), "")
    yield TokenInfo(ENDMARKER, "", (row, 0), (row, 0), "")


def generate_tokens(readline):
    """The tokens of the source whose str lines `readline` returns ('' at the end)."""
    return _tokens(readline, None)


def tokenize(readline):
    """The tokens of the source whose bytes lines `readline` returns, decoded by the
    encoding detect_encoding finds; the first token is ENCODING."""
    encoding, consumed = detect_encoding(readline)
    done = [False]

    def lines():
        while consumed:
            return consumed.pop(0)
        if done[0]:
            return b""
        line = readline()
        if not line:
            done[0] = True
        return line
    return _tokens(lines, encoding)


# --- encodings (PEP 263) ---------------------------------------------------------------

_cookie = re.compile(r"^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)", re.ASCII)
_blank = re.compile(rb"^[ \t\f]*(?:[#\r\n]|$)", re.ASCII)


def _normal_encoding_name(name):
    short = name[:12].lower().replace("_", "-")
    if short == "utf-8" or short.startswith("utf-8-"):
        return "utf-8"
    for latin in ("latin-1", "iso-8859-1", "iso-latin-1"):
        if short == latin or short.startswith(latin + "-"):
            return "iso-8859-1"
    return name


def detect_encoding(readline):
    """The source's encoding (a BOM, or a coding cookie in its first two lines, else
    'utf-8') and the lines read to find it, as bytes."""
    try:
        filename = readline.__self__.name
    except AttributeError:
        filename = None
    with_bom = False
    fallback = "utf-8"

    def read():
        try:
            return readline()
        except StopIteration:
            return b""

    def cookie_of(line):
        try:
            text = line.decode("utf-8")
        except UnicodeDecodeError:
            message = "invalid or missing encoding declaration"
            if filename is not None:
                message = "{} for {!r}".format(message, filename)
            raise SyntaxError(message)
        found = _cookie.match(text)
        if not found:
            return None
        name = _normal_encoding_name(found.group(1))
        try:
            lookup(name)
        except LookupError:
            if filename is None:
                message = "unknown encoding: " + name
            else:
                message = "unknown encoding for {!r}: {}".format(filename, name)
            raise SyntaxError(message)
        if with_bom:
            if name != "utf-8":
                if filename is None:
                    message = "encoding problem: utf-8"
                else:
                    message = "encoding problem for {!r}: utf-8".format(filename)
                raise SyntaxError(message)
            name += "-sig"
        return name

    first = read()
    if first.startswith(BOM_UTF8):
        with_bom = True
        first = first[3:]
        fallback = "utf-8-sig"
    if not first:
        return fallback, []
    name = cookie_of(first)
    if name:
        return name, [first]
    if not _blank.match(first):
        return fallback, [first]
    second = read()
    if not second:
        return fallback, [first]
    name = cookie_of(second)
    if name:
        return name, [first, second]
    return fallback, [first, second]


def open(filename):
    """A text file of the Python source `filename`, decoded as detect_encoding finds."""
    raw = _open_builtin(filename, "rb")
    try:
        encoding, _ = detect_encoding(raw.readline)
        raw.seek(0)
        text = TextIOWrapper(raw, encoding, line_buffering=True)
        text.mode = "r"
        return text
    except BaseException:
        raw.close()
        raise


# --- untokenize ------------------------------------------------------------------------

class Untokenizer:
    """Source text from tokens: positioned five-tuples put each token where it was
    (spaces and backslash continuations filling the gaps); bare (type, string) pairs
    get only the spaces that keep tokens apart."""

    def __init__(self):
        self.tokens = []
        self.prev_row = 1
        self.prev_col = 0
        self.encoding = None

    def add_whitespace(self, start):
        row, col = start
        if (row, col) < (self.prev_row, self.prev_col):
            raise ValueError("start ({},{}) precedes previous end ({},{})"
                             .format(row, col, self.prev_row, self.prev_col))
        if row > self.prev_row:
            self.tokens.append("\\\n" * (row - self.prev_row))
            self.prev_col = 0
        if col > self.prev_col:
            self.tokens.append(" " * (col - self.prev_col))

    def untokenize(self, iterable):
        stream = iter(iterable)
        indents = []
        at_line_start = False
        for tok in stream:
            if len(tok) == 2:
                self.compat(tok, stream)
                break
            kind, text, start, end, line = tok
            if kind == ENCODING:
                self.encoding = text
                continue
            if kind == ENDMARKER:
                break
            if kind == INDENT:
                indents.append(text)
                continue
            if kind == DEDENT:
                indents.pop()
                self.prev_row, self.prev_col = end
                continue
            if kind in (NEWLINE, NL):
                at_line_start = True
            elif at_line_start and indents:
                if start[1] >= len(indents[-1]):
                    self.tokens.append(indents[-1])
                    self.prev_col = len(indents[-1])
                at_line_start = False
            self.add_whitespace(start)
            self.tokens.append(text)
            self.prev_row, self.prev_col = end
            if kind in (NEWLINE, NL):
                self.prev_row += 1
                self.prev_col = 0
        return "".join(self.tokens)

    def compat(self, token, iterable):
        indents = []
        out = self.tokens
        at_line_start = token[0] in (NEWLINE, NL)
        after_string = False
        tokens = [token]
        for tok in _chain(tokens, iterable):
            kind, text = tok[:2]
            if kind == ENCODING:
                self.encoding = text
                continue
            if kind in (NAME, NUMBER):
                text += " "
            if kind == STRING:
                if after_string:
                    text = " " + text
                after_string = True
            else:
                after_string = False
            if kind == INDENT:
                indents.append(text)
                continue
            if kind == DEDENT:
                indents.pop()
                continue
            if kind in (NEWLINE, NL):
                at_line_start = True
            elif at_line_start and indents:
                out.append(indents[-1])
                at_line_start = False
            out.append(text)


def _chain(*iterables):
    for it in iterables:
        yield from it


def untokenize(iterable):
    """Source from tokens (see Untokenizer); bytes in the ENCODING token's encoding
    when the tokens start with one."""
    builder = Untokenizer()
    text = builder.untokenize(iterable)
    if builder.encoding is not None:
        return text.encode(builder.encoding)
    return text


# --- the command line ------------------------------------------------------------------

def main():
    import argparse
    parser = argparse.ArgumentParser(prog="python -m tokenize")
    parser.add_argument(dest="filename", nargs="?", metavar="filename.py",
                        help="the file to tokenize; defaults to stdin")
    parser.add_argument("-e", "--exact", dest="exact", action="store_true",
                        help="display token names using the exact type")
    args = parser.parse_args()
    try:
        if args.filename:
            name = args.filename
            with _open_builtin(name, "rb") as f:
                tokens = list(tokenize(f.readline))
        else:
            name = "<stdin>"
            tokens = list(_tokens(sys.stdin.readline, None))
        for tok in tokens:
            kind = tok.exact_type if args.exact else tok.type
            where = "%d,%d-%d,%d:" % (tok.start + tok.end)
            print("%-20s%-15s%-15r" % (where, tok_name[kind], tok.string))
    except IndentationError as err:
        row, col = err.args[1][1:3]
        _fail(err.args[0], name, (row, col))
    except TokenError as err:
        _fail(err.args[0], name, err.args[1])
    except SyntaxError as err:
        _fail(err, name)
    except OSError as err:
        _fail(err)
    except KeyboardInterrupt:
        print("interrupted\n")


def _fail(message, filename=None, location=None):
    if location:
        where = (filename,) + tuple(location)
        sys.stderr.write("%s:%d:%d: error: %s\n" % (where + (message,)))
    elif filename:
        sys.stderr.write("%s: error: %s\n" % (filename, message))
    else:
        sys.stderr.write("error: %s\n" % message)
    sys.exit(1)


if __name__ == "__main__":
    main()
