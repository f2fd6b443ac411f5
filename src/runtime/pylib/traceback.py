"""Print and format exceptions as the interpreter does (coro's embedded traceback).

Covers what scripts call: print_exc, format_exc, print_exception, format_exception,
format_exception_only, print_last (their text comes from the interpreter's own report,
`_traceback.format_exception`, so it is exactly what an uncaught exception prints); the
functions over traceback objects and frames (walk_tb, walk_stack, extract_tb,
extract_stack, format_tb, print_tb, format_list, print_list, format_stack, print_stack)
with FrameSummary and StackSummary; and TracebackException, which formats through the
same report. Not covered: capture_locals' repr of every local in TracebackException.
"""

import linecache
import sys
import _traceback

__all__ = [
    "extract_stack", "extract_tb", "format_exception", "format_exception_only",
    "format_list", "format_stack", "format_tb", "print_exc", "format_exc",
    "print_exception", "print_last", "print_stack", "print_tb", "clear_frames",
    "FrameSummary", "StackSummary", "TracebackException", "walk_stack", "walk_tb",
    "print_list",
]

_CHAIN_SEPARATORS = (
    "The above exception was the direct cause of the following exception:\n",
    "During handling of the above exception, another exception occurred:\n",
)

_sentinel = object()


def _exception_of(exc, value):
    """The exception object of the (exc) or (type, value, tb) calling forms."""
    if value is _sentinel:
        if isinstance(exc, BaseException) or exc is None:
            return exc
        raise TypeError(f"Exception expected for value, {type(exc).__name__} found")
    return value


def _apply_limit(frames, limit):
    if limit is None:
        return frames
    if limit >= 0:
        return frames[:limit]
    return frames[limit:]


def _body(line):
    """A line of the report without its exception-group margin ("  | ", "    + ")."""
    stripped = line.lstrip(" ")
    if stripped[:2] in ("| ", "+ ") or stripped == "|\n":
        return stripped[2:]
    return line


def _chunks(text, limit, chain):
    """The report split as CPython's format_exception splits it: the header, one string
    per frame (its File line and source lines), the exception lines, the separators."""
    lines = text.splitlines(True)
    if not chain:
        for at in range(len(lines) - 1, -1, -1):
            if lines[at] in _CHAIN_SEPARATORS:
                lines = lines[at + 2:]
                break
    chunks = []
    frames = []

    def flush_frames():
        kept = _apply_limit(frames, limit)
        if frames and not kept and chunks and _body(chunks[-1]).startswith("Traceback ("):
            chunks.pop()  # No frame left to show: no header either, as CPython.
        chunks.extend(kept)
        frames.clear()

    at = 0
    while at < len(lines):
        line = lines[at]
        body = _body(line)
        if body.startswith("  File "):
            frames.append(line)
        elif body.startswith("    ") and frames:
            frames[-1] += line
        elif body == "\n" and at + 1 < len(lines) and _body(lines[at + 1]) in _CHAIN_SEPARATORS:
            # "\nThe above exception ...:\n\n" is one piece, as in CPython.
            flush_frames()
            chunks.append("".join(lines[at:at + 3]))
            at += 2
        else:
            flush_frames()
            chunks.append(line)
        at += 1
    flush_frames()
    return chunks


def format_exception_only(exc, /, value=_sentinel):
    """The last lines of the report: `ValueError: message`."""
    value = _exception_of(exc, value)
    if value is None:
        return ["NoneType: None\n"]
    return _traceback.format_exception_only(value).splitlines(True)


def format_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, chain=True):
    """The whole report as a list of strings (join them to get the text)."""
    value = _exception_of(exc, value)
    if value is None:
        return ["NoneType: None\n"]
    if tb is _sentinel or tb is value.__traceback__:
        return _chunks(_traceback.format_exception(value), limit, chain)
    # An explicit traceback (code.py passes one without its own frame): report that one.
    saved = value.__traceback__
    value.__traceback__ = tb
    try:
        return _chunks(_traceback.format_exception(value), limit, chain)
    finally:
        value.__traceback__ = saved


def print_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, file=None, chain=True):
    """Print the report of an exception to `file` (default sys.stderr)."""
    if file is None:
        file = sys.stderr
    for line in format_exception(exc, value, tb, limit=limit, chain=chain):
        print(line, file=file, end="")


def format_exc(limit=None, chain=True):
    """The report of the exception being handled, as a string."""
    return "".join(format_exception(sys.exception(), limit=limit, chain=chain))


def print_exc(limit=None, file=None, chain=True):
    """Print the report of the exception being handled."""
    print_exception(sys.exception(), limit=limit, file=file, chain=chain)


def print_last(limit=None, file=None, chain=True):
    """Print the report of the last uncaught exception (the REPL's sys.last_value)."""
    if not hasattr(sys, "last_value"):
        raise ValueError("no last exception")
    print_exception(sys.last_value, limit=limit, file=file, chain=chain)


# -- traceback objects, frames and their summaries --

_REPEAT_SHOWN = 3  # identical frames in a row shown before "[Previous line repeated ...]"


class FrameSummary:
    """One frame of a stack or traceback: filename, lineno, name and the source line."""

    __slots__ = ("filename", "lineno", "end_lineno", "colno", "end_colno", "name",
                 "_line", "locals", "_text")

    def __init__(self, filename, lineno, name, *, lookup_line=True, locals=None,
                 line=None, end_lineno=None, colno=None, end_colno=None):
        self.filename = filename
        self.lineno = lineno
        self.name = name
        self._line = line
        self.end_lineno = end_lineno
        self.colno = colno
        self.end_colno = end_colno
        self._text = None
        if lookup_line:
            self.line
        self.locals = {k: repr(v) for k, v in locals.items()} if locals else None

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            return (self.filename == other.filename and self.lineno == other.lineno
                    and self.name == other.name and self.locals == other.locals)
        if isinstance(other, tuple):
            return (self.filename, self.lineno, self.name, self.line) == other
        return NotImplemented

    def __getitem__(self, pos):
        return (self.filename, self.lineno, self.name, self.line)[pos]

    def __iter__(self):
        return iter([self.filename, self.lineno, self.name, self.line])

    def __len__(self):
        return 4

    def __repr__(self):
        return f"<FrameSummary file {self.filename}, line {self.lineno} in {self.name}>"

    @property
    def _original_line(self):
        self.line
        return self._line

    @property
    def line(self):
        if self._line is None:
            if self.lineno is None:
                return None
            self._line = linecache.getline(self.filename, self.lineno)
        return self._line.strip()


def walk_tb(tb):
    """(frame, line) for each step of a traceback, outermost first."""
    while tb is not None:
        yield tb.tb_frame, tb.tb_lineno
        tb = tb.tb_next


def walk_stack(f):
    """(frame, line) for a frame and each frame it was called from."""
    if f is None:
        f = sys._getframe().f_back.f_back
    while f is not None:
        yield f, f.f_lineno
        f = f.f_back


def _limited(items, limit):
    items = list(items)
    if limit is None:
        limit = getattr(sys, "tracebacklimit", None)
        if limit is not None and limit < 0:
            limit = 0
    if limit is None:
        return items
    if limit >= 0:
        return items[:limit]
    return items[limit:]


class StackSummary(list):
    """A list of FrameSummary objects, ready to format."""

    @classmethod
    def extract(klass, frame_gen, *, limit=None, lookup_lines=True, capture_locals=False):
        result = klass()
        for f, lineno in _limited(frame_gen, limit):
            code = f.f_code
            result.append(FrameSummary(
                code.co_filename, lineno, code.co_name, lookup_line=False,
                locals=f.f_locals if capture_locals else None))
        if lookup_lines:
            for summary in result:
                summary.line
        return result

    @classmethod
    def _of_traceback(klass, tb, limit):
        """The summary of a traceback, each frame keeping the text (with position
        markers) the interpreter shows for it."""
        steps = []
        while tb is not None:
            steps.append(tb)
            tb = tb.tb_next
        result = klass()
        for step in _limited(steps, limit):
            code = step.tb_frame.f_code
            summary = FrameSummary(code.co_filename, step.tb_lineno, code.co_name)
            summary._text = _traceback.format_place(code, step.tb_lasti)
            result.append(summary)
        return result

    @classmethod
    def from_list(klass, a_list):
        result = klass()
        for frame in a_list:
            if isinstance(frame, FrameSummary):
                result.append(frame)
            else:
                filename, lineno, name, line = frame
                result.append(FrameSummary(filename, lineno, name, line=line))
        return result

    def format_frame_summary(self, frame_summary):
        if frame_summary._text is not None and frame_summary.locals is None:
            return frame_summary._text
        row = f'  File "{frame_summary.filename}", line {frame_summary.lineno}, in {frame_summary.name}\n'
        if frame_summary.line:
            row += f"    {frame_summary.line.strip()}\n"
        if frame_summary.locals:
            for name, value in sorted(frame_summary.locals.items()):
                row += f"    {name} = {value}\n"
        return row

    def format(self):
        result = []
        last = None
        count = 0

        def repeated():
            more = count - _REPEAT_SHOWN
            s = "s" if more > 1 else ""
            return f"  [Previous line repeated {more} more time{s}]\n"

        for summary in self:
            text = self.format_frame_summary(summary)
            if text is None:
                continue
            place = (summary.filename, summary.lineno, summary.name)
            if place != last:
                if count > _REPEAT_SHOWN:
                    result.append(repeated())
                last = place
                count = 0
            count += 1
            if count <= _REPEAT_SHOWN:
                result.append(text)
        if count > _REPEAT_SHOWN:
            result.append(repeated())
        return result


def extract_tb(tb, limit=None):
    """The StackSummary of a traceback object."""
    return StackSummary._of_traceback(tb, limit)


def extract_stack(f=None, limit=None):
    """The StackSummary of the current stack (or of frame f's), outermost first."""
    if f is None:
        f = sys._getframe().f_back
    stack = StackSummary.extract(walk_stack(f), limit=limit)
    stack.reverse()
    return stack


def format_list(extracted_list):
    return StackSummary.from_list(extracted_list).format()


def print_list(extracted_list, file=None):
    if file is None:
        file = sys.stderr
    for item in StackSummary.from_list(extracted_list).format():
        print(item, file=file, end="")


def format_tb(tb, limit=None):
    return extract_tb(tb, limit=limit).format()


def print_tb(tb, limit=None, file=None):
    print_list(extract_tb(tb, limit=limit), file=file)


def format_stack(f=None, limit=None):
    if f is None:
        f = sys._getframe().f_back
    return format_list(extract_stack(f, limit=limit))


def print_stack(f=None, limit=None, file=None):
    if f is None:
        f = sys._getframe().f_back
    print_list(extract_stack(f, limit=limit), file=file)


def clear_frames(tb):
    """Frames here are snapshots that hold no locals: nothing to clear."""
    while tb is not None:
        tb = tb.tb_next


class TracebackException:
    """An exception ready to format later: its type, text and stack, formatting as the
    interpreter's report does."""

    def __init__(self, exc_type, exc_value, exc_traceback, *, limit=None,
                 lookup_lines=True, capture_locals=False, compact=False,
                 max_group_width=15, max_group_depth=10, _seen=None):
        self.exc_type = exc_type
        self._exc = exc_value
        self._limit = limit
        self._str = str(exc_value) if exc_value is not None else ""
        self.stack = (extract_tb(exc_traceback, limit=limit) if exc_traceback is not None
                      else StackSummary())
        self.__notes__ = getattr(exc_value, "__notes__", None)
        if exc_type is not None and issubclass(exc_type, SyntaxError):
            self.filename = exc_value.filename
            self.lineno = exc_value.lineno
            self.text = exc_value.text
            self.offset = exc_value.offset
            self.msg = exc_value.msg
        seen = _seen if _seen is not None else set()
        seen.add(id(exc_value))
        self.__cause__ = self.__context__ = None
        for attr in ("__cause__", "__context__"):
            linked = getattr(exc_value, attr, None)
            if linked is not None and id(linked) not in seen:
                setattr(self, attr, TracebackException(
                    type(linked), linked, linked.__traceback__, limit=limit, _seen=seen))
        self.__suppress_context__ = (exc_value.__suppress_context__
                                     if exc_value is not None else False)
        self.exceptions = None
        if exc_value is not None and isinstance(exc_value, BaseExceptionGroup):
            self.exceptions = [TracebackException(type(e), e, e.__traceback__, limit=limit,
                                                  _seen=seen)
                               for e in exc_value.exceptions]

    @classmethod
    def from_exception(cls, exc, *args, **kwargs):
        return cls(type(exc), exc, exc.__traceback__, *args, **kwargs)

    def __eq__(self, other):
        if isinstance(other, TracebackException):
            return self.__dict__ == other.__dict__ if hasattr(self, "__dict__") else self is other
        return NotImplemented

    def __str__(self):
        return self._str

    def format_exception_only(self):
        yield from format_exception_only(self._exc)

    def format(self, *, chain=True):
        yield from format_exception(self._exc, limit=self._limit, chain=chain)

    def print(self, *, file=None, chain=True):
        if file is None:
            file = sys.stderr
        for line in self.format(chain=chain):
            print(line, file=file, end="")
