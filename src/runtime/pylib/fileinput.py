"""Iterate over the lines of several files (or stdin, named '-') as one stream:
input() and the module-level state functions (filename, lineno, filelineno, fileno,
isfirstline, isstdin, nextfile, close), the FileInput class (iteration, the context
manager, readline), in-place editing with an optional backup, and the openhooks
hook_compressed and hook_encoded."""

import io
import os
import sys

__all__ = ["input", "close", "nextfile", "filename", "lineno", "filelineno", "fileno",
           "isfirstline", "isstdin", "FileInput", "hook_compressed", "hook_encoded"]

_state = None  # the FileInput that input() started


def input(files=None, inplace=False, backup="", *, mode="r", openhook=None,
          encoding=None, errors=None):
    """Start iterating over the lines of `files` (sys.argv[1:] by default) and return
    the FileInput; the module functions then describe its current line."""
    global _state
    if _state is not None and _state._current is not None:
        raise RuntimeError("input() already active")
    started = FileInput(files, inplace, backup, mode=mode, openhook=openhook,
                        encoding=encoding, errors=errors)
    _state = started
    return started


def _active():
    if _state is None:
        raise RuntimeError("no active input()")
    return _state


def close():
    """Close the sequence."""
    global _state
    if _state is not None:
        ending, _state = _state, None
        ending.close()


def nextfile():
    """Close the current file; iteration continues with the next one."""
    return _active().nextfile()


def filename():
    """The name of the file being read (None before the first line)."""
    return _active().filename()


def lineno():
    """The number of the last line read, counted across all files."""
    return _active().lineno()


def filelineno():
    """The number of the last line read within its file."""
    return _active().filelineno()


def fileno():
    """The descriptor of the current file (-1 when none is open)."""
    return _active().fileno()


def isfirstline():
    """Whether the last line read was the first of its file."""
    return _active().isfirstline()


def isstdin():
    """Whether the last line read came from sys.stdin."""
    return _active().isstdin()


def _file_list(files):
    if isinstance(files, str):
        return [files]
    if isinstance(files, os.PathLike):
        return [os.fspath(files)]
    if files is None:
        files = sys.argv[1:]
    return list(files) or ["-"]


class FileInput:
    """The lines of a sequence of files; see input()."""

    # What close() looks at, also when __init__ refused its arguments.
    _current = _rewrite = _real_stdout = _backup_path = None
    _from_stdin = False
    _pending = ()

    def __init__(self, files=None, inplace=False, backup="", *, mode="r", openhook=None,
                 encoding=None, errors=None):
        if mode not in ("r", "rb"):
            raise ValueError("FileInput opening mode must be 'r' or 'rb'")
        if openhook and inplace:
            raise ValueError("FileInput cannot use an opening hook in inplace mode")
        if openhook and not callable(openhook):
            raise ValueError("FileInput openhook must be callable")
        if (sys.flags.warn_default_encoding and "b" not in mode and encoding is None
                and openhook is None):
            import warnings
            warnings.warn("'encoding' argument not specified.", EncodingWarning, 2)
        self._pending = _file_list(files)
        self._mode = mode
        self._hook = openhook
        self._encoding, self._errors = encoding, errors
        self._inplace, self._backup = inplace, backup
        # The file being read and where its lines started in the whole count.
        self._current = None
        self._name = None
        self._from_stdin = False
        self._lines_before = 0
        self._line_in_file = 0
        # In-place editing: the backup read from, the replacement written, stdout saved.
        self._backup_path = None
        self._rewrite = None
        self._real_stdout = None

    def __del__(self):
        self.close()

    def close(self):
        try:
            self.nextfile()
        finally:
            self._pending = []

    def __enter__(self):
        return self

    def __exit__(self, kind, value, tb):
        self.close()

    def __iter__(self):
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readline(self):
        """The next line of the sequence ('' or b'' at its end)."""
        empty = b"" if "b" in self._mode else ""
        while True:
            if self._current is None:
                if not self._pending:
                    return empty
                self._start(self._pending.pop(0))
                continue
            line = self._current.readline()
            if line:
                self._line_in_file += 1
                return line
            self.nextfile()

    def _text_encoding(self):
        if "b" in self._mode:
            return self._encoding
        return self._encoding or "locale"

    def _start(self, name):
        self._lines_before += self._line_in_file
        self._line_in_file = 0
        self._from_stdin = name == "-"
        if self._from_stdin:
            self._name = "<stdin>"
            stdin = sys.stdin
            self._current = getattr(stdin, "buffer", stdin) if "b" in self._mode else stdin
            return
        self._name = name
        if self._inplace:
            self._start_rewrite(name)
        elif self._hook is None:
            self._current = open(name, self._mode, encoding=self._text_encoding(),
                                 errors=self._errors)
        elif self._encoding is None:
            self._current = self._hook(name, self._mode)
        else:
            self._current = self._hook(name, self._mode, encoding=self._encoding,
                                       errors=self._errors)

    def _start_rewrite(self, name):
        """Move `name` to its backup, read from that, and send stdout to a new `name`."""
        backup = os.fspath(name) + (self._backup or ".bak")
        if os.path.exists(backup):
            os.unlink(backup)
        os.rename(name, backup)
        self._backup_path = backup
        encoding = self._text_encoding()
        self._current = open(backup, self._mode, encoding=encoding, errors=self._errors)
        permissions = os.stat(backup).st_mode
        descriptor = os.open(name, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, permissions)
        self._rewrite = open(descriptor, self._mode.replace("r", "w"), encoding=encoding,
                             errors=self._errors)
        self._real_stdout, sys.stdout = sys.stdout, self._rewrite

    def nextfile(self):
        """Close the current file (and finish its in-place rewrite)."""
        if self._real_stdout is not None:
            sys.stdout, self._real_stdout = self._real_stdout, None
        rewrite, self._rewrite = self._rewrite, None
        current, self._current = self._current, None
        backup, self._backup_path = self._backup_path, None
        try:
            if rewrite is not None:
                rewrite.close()
        finally:
            try:
                if current is not None and not self._from_stdin:
                    current.close()
            finally:
                self._from_stdin = False
                if backup and not self._backup and os.path.exists(backup):
                    os.unlink(backup)

    def filename(self):
        return self._name

    def lineno(self):
        return self._lines_before + self._line_in_file

    def filelineno(self):
        return self._line_in_file

    def fileno(self):
        if self._current is None:
            return -1
        try:
            return self._current.fileno()
        except ValueError:
            return -1

    def isfirstline(self):
        return self._line_in_file == 1

    def isstdin(self):
        return self._from_stdin

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


def hook_compressed(filename, mode, *, encoding=None, errors=None):
    """Open .gz and .bz2 files through gzip and bz2, others with open()."""
    suffix = os.path.splitext(filename)[1]
    if suffix not in (".gz", ".bz2"):
        if encoding is None and "b" not in mode:
            encoding = "locale"
        return open(filename, mode, encoding=encoding, errors=errors)
    if suffix == ".gz":
        import gzip
        raw = gzip.open(filename, mode)
    else:
        import bz2
        raw = bz2.BZ2File(filename, mode)
    if "b" in mode:
        return raw
    return io.TextIOWrapper(raw, encoding=encoding or "locale", errors=errors)


def hook_encoded(encoding, errors=None):
    """An openhook that opens files with the given encoding."""
    def openhook(filename, mode):
        return open(filename, mode, encoding=encoding, errors=errors)
    return openhook
