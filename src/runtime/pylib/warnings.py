"""Python's warning control (coro's embedded warnings): warn and warn_explicit with
categories and stacklevel, the filters (filterwarnings, simplefilter, resetwarnings and the
actions error/ignore/always/default/module/once), CPython 3.11's default filters (so
DeprecationWarning shows only when triggered in __main__), the stderr format
`file:line: Category: message` with the source line, showwarning/formatwarning
overrides, catch_warnings (record, action) and sys.warnoptions (`-W`, PYTHONWARNINGS).

The caller's file and line come from the VM's caller trail (`_traceback.caller`), which
shows Python-to-Python calls: a stacklevel that crosses native code (a `map` callback)
counts differently. A warning raised as an error carries this module's frames in its
traceback."""

import operator as _operator
import sys
import _traceback

__all__ = ["warn", "warn_explicit", "showwarning", "formatwarning", "filterwarnings",
           "simplefilter", "resetwarnings", "catch_warnings"]

_ACTIONS = ("error", "ignore", "always", "default", "module", "once")

filters = [
    ("default", None, DeprecationWarning, "__main__", 0),
    ("ignore", None, DeprecationWarning, None, 0),
    ("ignore", None, PendingDeprecationWarning, None, 0),
    ("ignore", None, ImportWarning, None, 0),
    ("ignore", None, ResourceWarning, None, 0),
]
defaultaction = "default"
onceregistry = {}
_filters_version = 1


def _filters_mutated():
    global _filters_version
    _filters_version += 1


_source_cache = {}


def _source_line(filename, lineno):
    """The text of line `lineno` of the file, or '' when it cannot be read."""
    if not filename or filename.startswith("<"):
        return ""
    lines = _source_cache.get(filename)
    if lines is None:
        try:
            with open(filename, encoding="utf-8") as f:
                lines = f.read().splitlines()
        except (OSError, UnicodeDecodeError, ValueError):
            lines = []
        _source_cache[filename] = lines
    if 1 <= lineno <= len(lines):
        return lines[lineno - 1] + "\n"
    return ""


class WarningMessage(object):
    _WARNING_DETAILS = ("message", "category", "filename", "lineno", "file", "line", "source")

    def __init__(self, message, category, filename, lineno, file=None, line=None,
                 source=None):
        details = (message, category, filename, lineno, file, line, source)
        for name, value in zip(self._WARNING_DETAILS, details):
            setattr(self, name, value)
        self._category_name = category.__name__ if category else None

    def __str__(self):
        return ("{message : %r, category : %r, filename : %r, lineno : %s, "
                "line : %r}" % (self.message, self._category_name, self.filename,
                                self.lineno, self.line))


def _formatwarnmsg_impl(msg):
    category = msg.category.__name__
    s = f"{msg.filename}:{msg.lineno}: {category}: {msg.message}\n"
    line = _source_line(msg.filename, msg.lineno) if msg.line is None else msg.line
    if line:
        s += "  %s\n" % line.strip()
    return s


def _showwarnmsg_impl(msg):
    # msg.file, else stderr; nowhere when there is no stderr. A file that cannot be
    # written to loses the warning silently.
    out = sys.stderr if msg.file is None else msg.file
    if out is not None:
        try:
            out.write(_formatwarnmsg(msg))
        except OSError:
            pass


def formatwarning(message, category, filename, lineno, line=None):
    """Function to format a warning the standard way."""
    return _formatwarnmsg_impl(WarningMessage(message, category, filename, lineno, None, line))


def showwarning(message, category, filename, lineno, file=None, line=None):
    """Hook to write a warning to a file; replace if you like."""
    _showwarnmsg_impl(WarningMessage(message, category, filename, lineno, file, line))


_showwarning_orig = showwarning
_formatwarning_orig = formatwarning


def _formatwarnmsg(msg):
    if formatwarning is not _formatwarning_orig:
        return formatwarning(msg.message, msg.category, msg.filename, msg.lineno, msg.line)
    return _formatwarnmsg_impl(msg)


def _showwarnmsg(msg):
    if showwarning is not _showwarning_orig:
        if not callable(showwarning):
            raise TypeError("warnings.showwarning() must be set to a function or method")
        showwarning(msg.message, msg.category, msg.filename, msg.lineno, msg.file, msg.line)
        return
    _showwarnmsg_impl(msg)


def _add_filter(*item, append):
    if append:
        if item not in filters:
            filters.append(item)
    else:
        # Moved to the front when it is already there.
        if item in filters:
            filters.remove(item)
        filters.insert(0, item)
    _filters_mutated()


def filterwarnings(action, message="", category=Warning, module="", lineno=0, append=False):
    """Put a filter at the front of warnings.filters (at the end with append): action
    for warnings whose text starts with message (regular expression, any case), of
    category or a subclass, from a module matching module (regular expression), at
    line lineno (0: any)."""
    assert action in _ACTIONS, "invalid action: %r" % (action,)
    assert isinstance(message, str), "message must be a string"
    assert isinstance(category, type), "category must be a class"
    assert issubclass(category, Warning), "category must be a Warning subclass"
    assert isinstance(module, str), "module must be a string"
    assert isinstance(lineno, int) and lineno >= 0, "lineno must be an int >= 0"
    if message or module:
        import re
    _add_filter(action, re.compile(message, re.I) if message else None, category,
                re.compile(module) if module else None, lineno, append=append)


def simplefilter(action, category=Warning, lineno=0, append=False):
    """filterwarnings for every message and module."""
    assert action in _ACTIONS, "invalid action: %r" % (action,)
    assert isinstance(lineno, int) and lineno >= 0, "lineno must be an int >= 0"
    _add_filter(action, None, category, None, lineno, append=append)


def resetwarnings():
    """Remove every filter (defaultaction then decides)."""
    del filters[:]
    _filters_mutated()


class _OptionError(Exception):
    """A -W option (or PYTHONWARNINGS entry) that cannot be understood."""


def _processoptions(args):
    for option in args:
        try:
            _setoption(option)
        except _OptionError as problem:
            print("Invalid -W option ignored:", problem, file=sys.stderr)


def _setoption(arg):
    """Add the filter an option action:message:category:module:lineno asks for (empty
    or missing fields match everything; message and module match literally)."""
    fields = arg.split(":")
    if len(fields) > 5:
        raise _OptionError("too many fields (max 5): %r" % (arg,))
    fields += [""] * (5 - len(fields))
    action, message, category, module, lineno = (field.strip() for field in fields)
    if message or module:
        import re
    filterwarnings(_getaction(action),
                   re.escape(message) if message else message,
                   _getcategory(category),
                   re.escape(module) + r"\Z" if module else module,
                   _getlineno(lineno))


def _getlineno(text):
    if not text:
        return 0
    try:
        number = int(text)
    except (ValueError, OverflowError):
        raise _OptionError("invalid lineno %r" % (text,)) from None
    if number < 0:
        raise _OptionError("invalid lineno %r" % (number,))
    return number


def _getaction(action):
    """An action named in full or by a prefix ('all' for 'always'; empty: 'default')."""
    if not action:
        return "default"
    if action == "all":
        return "always"
    for known in _ACTIONS:
        if known.startswith(action):
            return known
    raise _OptionError("invalid action: %r" % (action,))


_MISSING = object()


def _getcategory(category):
    """The Warning subclass named (a builtin, or module.Name)."""
    if not category:
        return Warning
    module_name, _, name = category.rpartition(".")
    if module_name:
        try:
            holder = __import__(module_name, None, None, [name])
        except ImportError:
            raise _OptionError("invalid module name: %r" % (module_name,)) from None
    else:
        import builtins as holder
    found = getattr(holder, name, _MISSING)
    if found is _MISSING:
        raise _OptionError("unknown warning category: %r" % (category,))
    if not (isinstance(found, type) and issubclass(found, Warning)):
        raise _OptionError("invalid warning category: %r" % (category,))
    return found


def warn(message, category=None, stacklevel=1, source=None):
    """Warn about message (a str, or a Warning instance which brings its category) of
    category (UserWarning by default) as if from the code stacklevel calls up: the
    filters decide whether it is shown, ignored or raised."""
    if isinstance(message, Warning):
        category = type(message)
    elif category is None:
        category = UserWarning
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise TypeError("category must be a Warning subclass, not '{:s}'".format(
            type(category).__name__))
    # Levels 0 and 1 both name warn's caller, as CPython's.
    frame = _traceback.caller(max(stacklevel, 1))
    if frame is None:
        globals = sys.__dict__
        filename = "sys"
        lineno = 1
    else:
        filename, lineno, _, globals = frame
        # CPython's code filenames are absolute paths, as the module's __file__ is here.
        path = globals.get("__file__")
        if isinstance(path, str) and path != filename and path.endswith("/" + filename):
            filename = path
    module = globals["__name__"] if "__name__" in globals else "<string>"
    registry = globals.setdefault("__warningregistry__", {})
    warn_explicit(message, category, filename, lineno, module, registry, globals, source)


def _first_match(text, category, module, lineno):
    """The first filter that applies: (its action, the filter), or the default."""
    for item in filters:
        action, message_re, filter_category, module_re, filter_lineno = item
        if message_re is not None and not message_re.match(text):
            continue
        if not issubclass(category, filter_category):
            continue
        if module_re is not None:
            matched = (module_re == module if isinstance(module_re, str)
                       else module_re.match(module))
            if not matched:
                continue
        if filter_lineno and filter_lineno != lineno:
            continue
        return action, item
    return defaultaction, None


def _seen(registry, key, mark):
    """Whether registry recorded key under the current filters (a registry recorded
    under older filters is emptied first); with mark, record it now."""
    if registry.get("version") != _filters_version:
        registry.clear()
        registry["version"] = _filters_version
    elif registry.get(key):
        return True
    if mark:
        registry[key] = True
    return False


def warn_explicit(message, category, filename, lineno, module=None, registry=None,
                  module_globals=None, source=None):
    """warn() with the place given: filename, lineno, the module name (from filename
    when None) and the registry of warnings already shown from there (None: none).

    The registries behave as CPython's C implementation keeps them: values True, and
    'once' and 'module' both remember (text, category) in the registry given ('once'
    uses the global onceregistry only when there is none)."""
    lineno = _operator.index(lineno)
    if module is None:
        module = filename or "<unknown>"
        if module[-3:] == ".py":
            module = module[:-3]
    if isinstance(message, Warning):
        text, category = str(message), message.__class__
    else:
        text, message = message, category(message)
    key = (text, category, lineno)
    if registry is not None and _seen(registry, key, False):
        return
    action, item = _first_match(text, category, module, lineno)
    if action == "error":
        raise message
    if action == "ignore":
        return
    if action != "always":
        if registry is not None:
            registry[key] = True
        if action == "once":
            once_in = onceregistry if registry is None else registry
            if _seen(once_in, (text, category), True):
                return
        elif action == "module":
            if registry is not None and _seen(registry, (text, category), True):
                return
        elif action != "default":
            raise RuntimeError(
                "Unrecognized action (%r) in warnings.filters:\n %r" % (action, item))
    _showwarnmsg(WarningMessage(message, category, filename, lineno, source=source))


class catch_warnings(object):
    """A context manager that saves the filters and the showwarning hooks on entry and
    puts them back on exit. With record=True, warnings are not shown but appended to
    the list __enter__ returns; action (with category, lineno, append) adds a
    simplefilter for the block. module: the warnings module to act on."""

    def __init__(self, *, record=False, module=None, action=None, category=Warning,
                 lineno=0, append=False):
        self._record = record
        self._module = sys.modules["warnings"] if module is None else module
        self._filter = None if action is None else (action, category, lineno, append)
        self._entered = False

    def __repr__(self):
        shown = ["record=True"] if self._record else []
        if self._module is not sys.modules["warnings"]:
            shown.append("module=%r" % self._module)
        return "%s(%s)" % (type(self).__name__, ", ".join(shown))

    def __enter__(self):
        module = self._module
        if self._entered:
            raise RuntimeError("Cannot enter %r twice" % self)
        self._entered = True
        self._saved = module.filters, module.showwarning, module._showwarnmsg_impl
        module.filters = module.filters[:]
        module._filters_mutated()
        if self._filter is not None:
            simplefilter(*self._filter)
        if not self._record:
            return None
        log = []
        module._showwarnmsg_impl = log.append
        module.showwarning = module._showwarning_orig
        return log

    def __exit__(self, *exc_info):
        if not self._entered:
            raise RuntimeError("Cannot exit %r without entering first" % self)
        module = self._module
        module.filters, module.showwarning, module._showwarnmsg_impl = self._saved
        module._filters_mutated()


if getattr(sys, "warnoptions", None):
    _processoptions(sys.warnoptions)
