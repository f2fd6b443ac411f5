"""linecache: the lines of source files, read once and kept, for tracebacks and tools.

getline/getlines never raise for a missing or unreadable file: they give '' or [].
A relative name not found from the current directory is looked up along sys.path; a
module's loader (from its globals) can supply the text of a file that is not on disk.
Files are decoded as their PEP 263 coding line (or BOM) says, UTF-8 otherwise."""

import os
import sys

__all__ = ["getline", "clearcache", "checkcache", "lazycache"]

# The public cache. A read file maps to (size, mtime, lines, fullname); text from a
# loader has mtime None (never stale); (get_source,) is a lazy entry not read yet.
cache = {}


def _pending(entry):
    return len(entry) == 1


def _uncacheable(filename):
    """Empty names and pseudo-files such as '<string>' or '<stdin>' have no lines."""
    return not filename or filename[:1] == '<' and filename[-1:] == '>'


def clearcache():
    """Forget every cached file."""
    cache.clear()


def getline(filename, lineno, module_globals=None):
    """Line number lineno (counted from 1) of filename, with its newline; '' when the
    file or the line does not exist."""
    lines = getlines(filename, module_globals)
    return lines[lineno - 1] if 0 < lineno <= len(lines) else ''


def getlines(filename, module_globals=None):
    """All lines of filename (cached after the first read); [] if it cannot be read."""
    entry = cache.get(filename)
    if entry is not None and not _pending(entry):
        return entry[2]
    try:
        return updatecache(filename, module_globals)
    except MemoryError:
        clearcache()
        return []


def checkcache(filename=None):
    """Drop the cached lines of filename (of every file when None) whose file changed
    size or modification time on disk, or vanished. Only checked when asked."""
    if filename is None:
        names = list(cache)
    else:
        names = [filename] if filename in cache else []
    for name in names:
        entry = cache[name]
        if _pending(entry) or entry[1] is None:
            continue
        size, mtime, _, fullname = entry
        try:
            now = os.stat(fullname)
        except OSError:
            del cache[name]
            continue
        if (now.st_size, now.st_mtime) != (size, mtime):
            del cache[name]


def _coding_of(data):
    """The encoding a PEP 263 line among the first two names, else UTF-8."""
    import re
    cookie = re.compile(rb'[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)')
    for line in data.split(b'\n', 2)[:2]:
        found = cookie.match(line)
        if found:
            return found.group(1).decode('ascii')
        stripped = line.strip()
        if stripped and not stripped.startswith(b'#'):
            break
    return 'utf-8'


def _read(fullname):
    """The file's lines as Python reads source: decoded, newlines made '\n' (only '\n'
    ends a line: form feeds and the like stay inside theirs)."""
    with open(fullname, 'rb') as f:
        data = f.read()
    text = data.decode(_coding_of(data)).removeprefix('\ufeff')
    pieces = text.replace('\r\n', '\n').replace('\r', '\n').split('\n')
    last = pieces.pop()
    return [piece + '\n' for piece in pieces] + ([last] if last else [])


def _from_loader(filename, module_globals):
    """The lines a module's loader gives for filename (caching them), or None."""
    if not lazycache(filename, module_globals):
        return None
    try:
        text = cache[filename][0]()
    except (ImportError, OSError):
        return None
    if text is None:
        return []
    lines = [line + '\n' for line in text.splitlines()]
    cache[filename] = (len(text), None, lines, filename)
    return lines


def _on_sys_path(filename):
    """(fullname, stat) of the first sys.path entry holding filename, or None."""
    for folder in sys.path:
        try:
            candidate = os.path.join(folder, filename)
        except (TypeError, AttributeError):
            continue
        try:
            return candidate, os.stat(candidate)
        except OSError:
            continue
    return None


def updatecache(filename, module_globals=None):
    """Read filename again (replacing what the cache had) and return its lines; []
    when it cannot be found or decoded."""
    entry = cache.get(filename)
    if entry is not None and not _pending(entry):
        del cache[filename]
    if _uncacheable(filename):
        return []
    try:
        found = filename, os.stat(filename)
    except OSError:
        lines = _from_loader(filename, module_globals)
        if lines is not None:
            return lines
        found = None if os.path.isabs(filename) else _on_sys_path(filename)
        if found is None:
            return []
    fullname, stat = found
    try:
        lines = _read(fullname)
    except (OSError, UnicodeDecodeError, SyntaxError, LookupError):
        return []
    if lines and lines[-1][-1:] != '\n':
        lines[-1] += '\n'
    cache[filename] = stat.st_size, stat.st_mtime, lines, fullname
    return lines


def lazycache(filename, module_globals):
    """Register module_globals' loader to supply filename's lines on first use.

    True when such a lazy entry is (now or already) in the cache; False when the file is
    cached already, the name cannot be cached, or no loader with get_source is found."""
    if filename in cache:
        return _pending(cache[filename])
    if _uncacheable(filename) or not module_globals or '__name__' not in module_globals:
        return False
    # The module's own __loader__ first, its spec's loader when it has none; the name
    # asked for is always __name__.
    name = module_globals['__name__']
    loader = module_globals.get('__loader__')
    if loader is None:
        loader = getattr(module_globals.get('__spec__'), 'loader', None)
    get_source = getattr(loader, 'get_source', None)
    if not (name and get_source):
        return False
    import functools
    cache[filename] = (functools.partial(get_source, name),)
    return True
