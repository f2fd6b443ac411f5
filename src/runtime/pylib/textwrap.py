"""Text wrapping and filling as CPython's textwrap: TextWrapper with all its options,
wrap, fill, shorten, dedent and indent. CPython splits words with one regular expression;
here whitespace runs are split off by `re` and the words holding hyphens are broken by
hand (em-dashes between words, hyphenated words broken after their hyphens)."""

__all__ = ['TextWrapper', 'wrap', 'fill', 'dedent', 'indent', 'shorten']

import re as _re

_whitespace = '\t\n\x0b\x0c\r '


def _is_word_char(c):
    # \w of a str pattern.
    return c.isalnum() or c == '_'


def _is_letter(c):
    # [^\d\W]: a word character that is not a decimal digit.
    return (c.isalnum() or c == '_') and not c.isdecimal()


def _is_word_punct(c):
    # [\w!"'&.,?]
    return _is_word_char(c) or c in '!"\'&.,?'


def _dash_run_end(text, i):
    # End of "-{2,}" at i when a word character follows it, else 0.
    n = len(text)
    j = i
    while j < n and text[j] == '-':
        j += 1
    if j - i >= 2 and j < n and _is_word_char(text[j]):
        return j
    return 0


def _breakable_hyphen(text, q):
    # The hyphen at q ends a chunk: two letters (or letter-hyphen-letter) before it and
    # a letter, an optional hyphen and a letter after it.
    n = len(text)
    before = ((q >= 2 and _is_letter(text[q - 2]) and _is_letter(text[q - 1])) or
              (q >= 3 and _is_letter(text[q - 3]) and text[q - 2] == '-'
               and _is_letter(text[q - 1])))
    if not before or q + 2 >= n or not _is_letter(text[q + 1]):
        return False
    if _is_letter(text[q + 2]):
        return True
    return text[q + 2] == '-' and q + 3 < n and _is_letter(text[q + 3])


def _split_on_hyphens(text):
    # Chunks never span a whitespace run, so only the words holding a hyphen need the
    # character-by-character rules below; the rest are whitespace runs and whole words.
    if '-' not in text:
        return _split_on_whitespace(text)
    chunks = []
    for run in _split_on_whitespace(text):
        if '-' in run and run[0] not in _whitespace:
            chunks.extend(_split_word_on_hyphens(run))
        else:
            chunks.append(run)
    return chunks


def _split_word_on_hyphens(text):
    chunks = []
    n = len(text)
    p = 0
    while p < n:
        if text[p] == '-' and p > 0 and _is_word_punct(text[p - 1]) and _dash_run_end(text, p):
            q = _dash_run_end(text, p)
        else:
            # The shortest run of non-space characters that ends a word.
            q = p + 1
            while True:
                if q < n and text[q] == '-' and _breakable_hyphen(text, q):
                    q += 1
                    break
                if q >= n:
                    break
                if _is_word_punct(text[q - 1]) and _dash_run_end(text, q):
                    break
                q += 1
        chunks.append(text[p:q])
        p = q
    return chunks


_whitespace_runs = _re.compile('([\t\n\x0b\x0c\r ]+)')


def _split_on_whitespace(text):
    # Alternating words and whitespace runs (split's captured separators), empty
    # pieces dropped.
    return [c for c in _whitespace_runs.split(text) if c]


def _ends_sentence(chunk):
    # [a-z][.!?]["']?\Z
    if chunk and chunk[-1] in '"\'':
        chunk = chunk[:-1]
    return len(chunk) >= 2 and chunk[-1] in '.!?' and 'a' <= chunk[-2] <= 'z'


class TextWrapper:
    """Object for wrapping/filling text."""

    def __init__(self, width=70, initial_indent="", subsequent_indent="",
                 expand_tabs=True, replace_whitespace=True, fix_sentence_endings=False,
                 break_long_words=True, drop_whitespace=True, break_on_hyphens=True,
                 tabsize=8, *, max_lines=None, placeholder=' [...]'):
        self.width = width
        self.initial_indent = initial_indent
        self.subsequent_indent = subsequent_indent
        self.expand_tabs = expand_tabs
        self.replace_whitespace = replace_whitespace
        self.fix_sentence_endings = fix_sentence_endings
        self.break_long_words = break_long_words
        self.drop_whitespace = drop_whitespace
        self.break_on_hyphens = break_on_hyphens
        self.tabsize = tabsize
        self.max_lines = max_lines
        self.placeholder = placeholder

    def _munge_whitespace(self, text):
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        if self.replace_whitespace:
            for c in '\t\n\x0b\x0c\r':
                text = text.replace(c, ' ')
        return text

    def _split(self, text):
        if self.break_on_hyphens is True:
            return _split_on_hyphens(text)
        return _split_on_whitespace(text)

    def _fix_sentence_endings(self, chunks):
        i = 0
        while i < len(chunks) - 1:
            if chunks[i + 1] == " " and _ends_sentence(chunks[i]):
                chunks[i + 1] = "  "
                i += 2
            else:
                i += 1

    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        space_left = 1 if width < 1 else width - cur_len
        if self.break_long_words:
            end = space_left
            chunk = reversed_chunks[-1]
            if self.break_on_hyphens and len(chunk) > space_left:
                hyphen = chunk.rfind('-', 0, space_left)
                if hyphen > 0 and any(c != '-' for c in chunk[:hyphen]):
                    end = hyphen + 1
            cur_line.append(chunk[:end])
            reversed_chunks[-1] = chunk[end:]
        elif not cur_line:
            cur_line.append(reversed_chunks.pop())

    def _wrap_chunks(self, chunks):
        lines = []
        if self.width <= 0:
            raise ValueError("invalid width %r (must be > 0)" % self.width)
        if self.max_lines is not None:
            indent = self.subsequent_indent if self.max_lines > 1 else self.initial_indent
            if len(indent) + len(self.placeholder.lstrip()) > self.width:
                raise ValueError("placeholder too large for max width")
        chunks.reverse()
        while chunks:
            cur_line = []
            cur_len = 0
            indent = self.subsequent_indent if lines else self.initial_indent
            width = self.width - len(indent)
            if self.drop_whitespace and chunks[-1].strip() == '' and lines:
                del chunks[-1]
            while chunks:
                size = len(chunks[-1])
                if cur_len + size <= width:
                    cur_line.append(chunks.pop())
                    cur_len += size
                else:
                    break
            if chunks and len(chunks[-1]) > width:
                self._handle_long_word(chunks, cur_line, cur_len, width)
                cur_len = sum(map(len, cur_line))
            if self.drop_whitespace and cur_line and cur_line[-1].strip() == '':
                cur_len -= len(cur_line[-1])
                del cur_line[-1]
            if not cur_line:
                continue
            if (self.max_lines is None or len(lines) + 1 < self.max_lines or
                    (not chunks or
                     self.drop_whitespace and len(chunks) == 1 and not chunks[0].strip())
                    and cur_len <= width):
                lines.append(indent + ''.join(cur_line))
                continue
            # The last allowed line: end it with the placeholder where it fits.
            while cur_line:
                if cur_line[-1].strip() and cur_len + len(self.placeholder) <= width:
                    cur_line.append(self.placeholder)
                    lines.append(indent + ''.join(cur_line))
                    break
                cur_len -= len(cur_line[-1])
                del cur_line[-1]
            else:
                if lines:
                    prev_line = lines[-1].rstrip()
                    if len(prev_line) + len(self.placeholder) <= self.width:
                        lines[-1] = prev_line + self.placeholder
                        break
                lines.append(indent + self.placeholder.lstrip())
            break
        return lines

    def _split_chunks(self, text):
        return [c for c in self._split(self._munge_whitespace(text)) if c]

    def wrap(self, text):
        """Wrap a single paragraph of text, returning a list of wrapped lines."""
        chunks = self._split_chunks(text)
        if self.fix_sentence_endings:
            self._fix_sentence_endings(chunks)
        return self._wrap_chunks(chunks)

    def fill(self, text):
        """Fill a single paragraph of text, returning a new string."""
        return "\n".join(self.wrap(text))


def wrap(text, width=70, **kwargs):
    """Wrap a single paragraph of text, returning a list of wrapped lines."""
    return TextWrapper(width=width, **kwargs).wrap(text)


def fill(text, width=70, **kwargs):
    """Fill a single paragraph of text, returning a new string."""
    return TextWrapper(width=width, **kwargs).fill(text)


def shorten(text, width, **kwargs):
    """Collapse and truncate the given text to fit in the given width."""
    w = TextWrapper(width=width, max_lines=1, **kwargs)
    return w.fill(' '.join(text.strip().split()))


def _leading_blank(line):
    # The run of spaces and tabs that starts the line.
    i = 0
    while i < len(line) and line[i] in ' \t':
        i += 1
    return line[:i]


def dedent(text):
    """Remove any common leading whitespace from every line in text.

    Lines of only spaces and tabs are emptied and do not count toward the margin."""
    lines = text.split('\n')
    margin = None
    for k, line in enumerate(lines):
        blank = _leading_blank(line)
        if len(blank) == len(line):
            lines[k] = ''
            continue
        if margin is None:
            margin = blank
        elif blank.startswith(margin):
            pass
        elif margin.startswith(blank):
            margin = blank
        else:
            for i, (x, y) in enumerate(zip(margin, blank)):
                if x != y:
                    margin = margin[:i]
                    break
    if margin:
        size = len(margin)
        lines = [line[size:] if line.startswith(margin) else line for line in lines]
    return '\n'.join(lines)


def indent(text, prefix, predicate=None):
    """Add 'prefix' to the beginning of selected lines in 'text' (by default, the
    lines that are not only whitespace)."""
    if predicate is None:
        def predicate(line):
            return line.strip()
    return ''.join([prefix + line if predicate(line) else line
                    for line in text.splitlines(True)])
