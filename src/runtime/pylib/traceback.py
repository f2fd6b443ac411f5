"""Print and format exceptions as the interpreter does (coro's embedded traceback).

Covers what scripts call: print_exc, format_exc, print_exception, format_exception,
format_exception_only, print_last. The text comes from the interpreter's own report
(`_traceback.format_exception`), so it is exactly what an uncaught exception prints. Not
covered yet: traceback objects (`exc.__traceback__` is None in coro), so extract_tb,
format_tb, print_tb, walk_tb, the stack functions, FrameSummary and TracebackException.
"""

import sys
import _traceback

__all__ = [
    "format_exc", "format_exception", "format_exception_only", "print_exc",
    "print_exception", "print_last",
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
        chunks.extend(_apply_limit(frames, limit))
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
    return _chunks(_traceback.format_exception(value), limit, chain)


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
