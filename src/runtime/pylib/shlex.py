"""A lexical analyser for shell-like syntax (coro's `shlex`): the shlex class (POSIX and
compatibility modes, comments, quotes and escapes, whitespace_split, punctuation_chars,
push_token/push_source/sourcehook, the info line) and split, quote, join. Written from
the module's documentation and python3's observable behaviour (its debug traces
included). Errors are ValueErrors ('No closing quotation', 'No escaped character').
Not a shell: no expansion, no globbing."""

import os
import re
import sys
from io import StringIO
from collections import deque

__all__ = ["shlex", "split", "quote", "join"]

_EOF = None

_ASCII_WORD = "abcdfeghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_"
# POSIX mode adds the Latin-1 letters.
_LATIN1_WORD = ("ßàáâãäåæçèéêëìíîïðñòóôõöøùúûüýþÿ"
                "ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖØÙÚÛÜÝÞ")
_SHELL_PUNCTUATION = "();<>|&"
# With punctuation_chars these count as word characters (file names, options, globs).
_PUNCTUATION_MODE_WORD = "~-./*?="


class shlex:
    "A lexical analyzer class for simple shell-like syntaxes."

    def __init__(self, instream=None, infile=None, posix=False, punctuation_chars=False):
        if instream is None:
            # Reading standard input: there is no file name to report.
            instream, infile = sys.stdin, None
        elif isinstance(instream, str):
            instream = StringIO(instream)
        self.instream, self.infile = instream, infile
        self.posix = posix
        self.eof = None if posix else ''
        # The character classes, all plain strings a caller may change.
        self.wordchars = _ASCII_WORD + (_LATIN1_WORD if posix else '')
        self.whitespace = ' \t\r\n'
        self.commenters = '#'
        self.quotes = '\'"'
        self.escape = '\\'
        self.escapedquotes = '"'
        self.whitespace_split = False
        # Reading state.
        self.state = ' '
        self.token = ''
        self.lineno = 1
        self.pushback = deque()
        self.filestack = deque()
        self.source = None
        self.debug = 0
        if punctuation_chars is True:
            punctuation_chars = _SHELL_PUNCTUATION
        self._punctuation_chars = punctuation_chars or ''
        if self._punctuation_chars:
            # Characters read past the end of a punctuation run, to be read again.
            self._pushback_chars = deque()
            self.wordchars = ''.join(
                c for c in self.wordchars + _PUNCTUATION_MODE_WORD
                if c not in self._punctuation_chars)

    punctuation_chars = property(lambda self: self._punctuation_chars)

    def _trace(self, level, text):
        if self.debug >= level:
            print("shlex: " + text)

    def push_token(self, tok):
        "Push a token onto the stack popped by the get_token method"
        self._trace(1, f"pushing token {tok!r}")
        self.pushback.appendleft(tok)

    def push_source(self, newstream, newfile=None):
        "Push an input source onto the lexer's input source stack."
        self.filestack.appendleft((self.infile, self.instream, self.lineno))
        if isinstance(newstream, str):
            newstream = StringIO(newstream)
        self.infile, self.instream, self.lineno = newfile, newstream, 1
        if newfile is None:
            self._trace(1, f"pushing to stream {self.instream}")
        else:
            self._trace(1, f"pushing to file {self.infile}")

    def pop_source(self):
        "Pop the input source stack."
        self.instream.close()
        self.infile, self.instream, self.lineno = self.filestack.popleft()
        self._trace(1, "popping to %s, line %d" % (self.instream, self.lineno))
        self.state = ' '

    def get_token(self):
        "The next token: a pushed-back one first, else one read from the input."
        if self.pushback:
            pushed = self.pushback.popleft()
            self._trace(1, f"popping token {pushed!r}")
            return pushed
        tok = self.read_token()
        # `source <file>` includes a file, when a source keyword is set.
        while self.source is not None and tok == self.source:
            included = self.sourcehook(self.read_token())
            if included:
                name, stream = included
                self.push_source(stream, name)
            tok = self.get_token()
        # The end of an included source resumes the one that included it.
        while tok == self.eof:
            if not self.filestack:
                return self.eof
            self.pop_source()
            tok = self.get_token()
        self._trace(1, "token=EOF" if tok == self.eof else f"token={tok!r}")
        return tok

    def _next_char(self):
        if self.punctuation_chars and self._pushback_chars:
            return self._pushback_chars.pop()
        return self.instream.read(1)

    def read_token(self):
        """The next raw token. `self.state` is ' ' between tokens, 'a' in a word, 'c' in
        a run of punctuation, a quote character inside quotes, an escape character just
        after one, and None at the end of the input."""
        self._quoted = False
        self._escaped_from = ' '
        while True:
            c = self._next_char()
            if c == '\n':
                self.lineno += 1
            if self.debug >= 3:
                print("shlex: in state %r I see character: %r" % (self.state, c))
            state = self.state
            if state is None:
                self.token = ''
                break
            if state == ' ':
                done = self._between_tokens(c)
            elif state in self.quotes:
                done = self._in_quotes(c)
            elif state in self.escape:
                done = self._after_escape(c)
            else:
                done = self._in_word(c)
            if done:
                break
        result = self.token
        self.token = ''
        if self.posix and not self._quoted and result == '':
            result = None
        self._trace(2, f"raw token={result!r}" if result else "raw token=EOF")
        return result

    def _has_token(self):
        return bool(self.token) or (self.posix and self._quoted)

    def _between_tokens(self, c):
        if not c:
            self.state = None
            return True
        if c in self.whitespace:
            if self.debug >= 2:
                print("shlex: I see whitespace in whitespace state")
            return self._has_token()
        if c in self.commenters:
            self.instream.readline()
            self.lineno += 1
        elif self.posix and c in self.escape:
            self._escaped_from = 'a'
            self.state = c
        elif c in self.wordchars:
            self.token = c
            self.state = 'a'
        elif c in self.punctuation_chars:
            self.token = c
            self.state = 'c'
        elif c in self.quotes:
            if not self.posix:
                self.token = c
            self.state = c
        elif self.whitespace_split:
            self.token = c
            self.state = 'a'
        else:
            # Any other character is a token of its own.
            self.token = c
            return self._has_token()
        return False

    def _in_quotes(self, c):
        self._quoted = True
        if not c:
            if self.debug >= 2:
                print("shlex: I see EOF in quotes state")
            raise ValueError("No closing quotation")
        if c == self.state:
            if not self.posix:
                self.token += c
                self.state = ' '
                return True
            self.state = 'a'
        elif self.posix and c in self.escape and self.state in self.escapedquotes:
            self._escaped_from = self.state
            self.state = c
        else:
            self.token += c
        return False

    def _after_escape(self, c):
        if not c:
            if self.debug >= 2:
                print("shlex: I see EOF in escape state")
            raise ValueError("No escaped character")
        # Inside quotes a POSIX shell escapes only the quote and the escape itself.
        if (self._escaped_from in self.quotes
                and c != self.state and c != self._escaped_from):
            self.token += self.state
        self.token += c
        self.state = self._escaped_from
        return False

    def _end_word(self):
        self.state = ' '
        return self._has_token()

    def _in_word(self, c):
        if not c:
            self.state = None
            return True
        if c in self.whitespace:
            if self.debug >= 2:
                print("shlex: I see whitespace in word state")
            return self._end_word()
        if c in self.commenters:
            self.instream.readline()
            self.lineno += 1
            if self.posix:
                return self._end_word()
            return False
        if self.state == 'c':
            if c in self.punctuation_chars:
                self.token += c
                return False
            if c not in self.whitespace:
                self._pushback_chars.append(c)
            self.state = ' '
            return True
        if self.posix and c in self.quotes:
            self.state = c
        elif self.posix and c in self.escape:
            self._escaped_from = 'a'
            self.state = c
        elif (c in self.wordchars or c in self.quotes
              or (self.whitespace_split and c not in self.punctuation_chars)):
            self.token += c
        else:
            if self.punctuation_chars:
                self._pushback_chars.append(c)
            else:
                self.pushback.appendleft(c)
            if self.debug >= 2:
                print("shlex: I see punctuation in word state")
            return self._end_word()
        return False

    def sourcehook(self, newfile):
        "Hook called on a filename to be sourced."
        if newfile.startswith('"'):
            newfile = newfile[1:-1]
        # A relative name is relative to the including file's directory (as cpp does).
        if isinstance(self.infile, str) and not os.path.isabs(newfile):
            newfile = os.path.join(os.path.dirname(self.infile), newfile)
        return newfile, open(newfile, "r")

    def error_leader(self, infile=None, lineno=None):
        "Emit a C-compiler-like, Emacs-friendly error-message leader."
        where = self.infile if infile is None else infile
        line = self.lineno if lineno is None else lineno
        return '"%s", line %d: ' % (where, line)

    def __iter__(self):
        return self

    def __next__(self):
        tok = self.get_token()
        if tok == self.eof:
            raise StopIteration
        return tok


def split(s, comments=False, posix=True):
    """The words of *s* as a POSIX shell would split them (comments only if asked)."""
    if s is None:
        import warnings
        warnings.warn("Passing None for 's' to shlex.split() is deprecated.",
                      DeprecationWarning, stacklevel=2)
    lexer = shlex(s, posix=posix)
    lexer.whitespace_split = True
    lexer.commenters = lexer.commenters if comments else ''
    return [tok for tok in lexer]


def join(split_command):
    """Return a shell-escaped string from *split_command*."""
    return ' '.join(map(quote, split_command))


# What needs no quoting: ASCII letters, digits, underscore and @%+=:,./-
_unsafe_char = re.compile(r'[^\w@%+=:,./-]', re.ASCII)


def quote(s):
    """*s* as one shell word: unchanged when it holds only safe characters."""
    if s and not _unsafe_char.search(s):
        return s
    if not s:
        return "''"
    # Single quotes protect everything but a single quote, which is closed, written
    # in double quotes, and reopened.
    return "'%s'" % s.replace("'", "'\"'\"'")
