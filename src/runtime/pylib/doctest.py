"""Test the interactive examples in docstrings and text files (coro's embedded doctest).

Behaves as CPython 3.11's doctest for what it offers: testmod, testfile,
run_docstring_examples, the DocTestParser / DocTestFinder / DocTestRunner / OutputChecker
classes, the option flags and `# doctest:` directives, and the reports printed exactly as
CPython prints them. Not covered: the REPORT_UDIFF / REPORT_CDIFF / REPORT_NDIFF diff
reports (coro has no difflib yet; such failures are reported as Expected/Got), the pdb
integration and the unittest glue (DocTestSuite, DocFileSuite).
"""

import sys
from collections import namedtuple

__all__ = [
    "register_optionflag", "DONT_ACCEPT_TRUE_FOR_1", "DONT_ACCEPT_BLANKLINE",
    "NORMALIZE_WHITESPACE", "ELLIPSIS", "SKIP", "IGNORE_EXCEPTION_DETAIL",
    "COMPARISON_FLAGS", "REPORT_UDIFF", "REPORT_CDIFF", "REPORT_NDIFF",
    "REPORT_ONLY_FIRST_FAILURE", "REPORTING_FLAGS", "FAIL_FAST", "Example", "DocTest",
    "DocTestParser", "DocTestFinder", "DocTestRunner", "OutputChecker", "DocTestFailure",
    "UnexpectedException", "DebugRunner", "testmod", "testfile", "run_docstring_examples",
]

TestResults = namedtuple("TestResults", "failed attempted")

OPTIONFLAGS_BY_NAME = {}


def register_optionflag(name):
    """The flag for option `name`, made on first use."""
    return OPTIONFLAGS_BY_NAME.setdefault(name, 1 << len(OPTIONFLAGS_BY_NAME))


DONT_ACCEPT_TRUE_FOR_1 = register_optionflag("DONT_ACCEPT_TRUE_FOR_1")
DONT_ACCEPT_BLANKLINE = register_optionflag("DONT_ACCEPT_BLANKLINE")
NORMALIZE_WHITESPACE = register_optionflag("NORMALIZE_WHITESPACE")
ELLIPSIS = register_optionflag("ELLIPSIS")
SKIP = register_optionflag("SKIP")
IGNORE_EXCEPTION_DETAIL = register_optionflag("IGNORE_EXCEPTION_DETAIL")
COMPARISON_FLAGS = (DONT_ACCEPT_TRUE_FOR_1 | DONT_ACCEPT_BLANKLINE | NORMALIZE_WHITESPACE
                    | ELLIPSIS | SKIP | IGNORE_EXCEPTION_DETAIL)
REPORT_UDIFF = register_optionflag("REPORT_UDIFF")
REPORT_CDIFF = register_optionflag("REPORT_CDIFF")
REPORT_NDIFF = register_optionflag("REPORT_NDIFF")
REPORT_ONLY_FIRST_FAILURE = register_optionflag("REPORT_ONLY_FIRST_FAILURE")
FAIL_FAST = register_optionflag("FAIL_FAST")
REPORTING_FLAGS = (REPORT_UDIFF | REPORT_CDIFF | REPORT_NDIFF | REPORT_ONLY_FIRST_FAILURE
                   | FAIL_FAST)

BLANKLINE_MARKER = "<BLANKLINE>"
ELLIPSIS_MARKER = "..."


def _indent(s, indent=4):
    """`s` with `indent` spaces before every non-empty line."""
    pad = " " * indent
    return "".join(pad + line if line != "\n" else line for line in s.splitlines(True))


def _is_word_char(c):
    return c.isalnum() or c == "_"


def _exception_only(exc_type, exc):
    """The last lines of a traceback: `Module.Name: message` (traceback's rule)."""
    name = exc_type.__qualname__
    module = exc_type.__module__
    if module not in ("__main__", "builtins"):
        name = f"{module}.{name}"
    try:
        text = str(exc)
    except Exception:
        text = "<exception str() failed>"
    if isinstance(exc, SyntaxError) and getattr(exc, "msg", None) is not None:
        text = exc.msg or "<no detail available>"
    return f"{name}: {text}\n" if text else f"{name}\n"


def _exception_traceback(exc):
    """The whole report for an exception, as an uncaught one is printed."""
    import _traceback

    return _traceback.format_exception(exc)


def _ellipsis_match(want, got):
    """Whether `got` matches `want`, where `...` in `want` stands for any text."""
    if ELLIPSIS_MARKER not in want:
        return want == got
    pieces = want.split(ELLIPSIS_MARKER)
    start, end = 0, len(got)
    first, last = pieces[0], pieces[-1]
    if first:
        if not got.startswith(first):
            return False
        start = len(first)
        pieces = pieces[1:]
    if last:
        if not got.endswith(last):
            return False
        end -= len(last)
        pieces = pieces[:-1]
    if start > end:
        return False
    for piece in pieces:
        start = got.find(piece, start, end)
        if start < 0:
            return False
        start += len(piece)
    return True


def _strip_exception_details(msg):
    """`pkg.Error: detail` -> `Error` (IGNORE_EXCEPTION_DETAIL)."""
    start, end = 0, len(msg)
    newline = msg.find("\n")
    if newline >= 0:
        end = newline
    colon = msg.find(":", 0, end)
    if colon >= 0:
        end = colon
    dot = msg.rfind(".", 0, end)
    if dot >= 0:
        start = dot + 1
    return msg[start:end]


class _SpoofOut:
    """Where sys.stdout goes while an example runs."""

    encoding = "utf-8"
    errors = "strict"

    def __init__(self):
        self._parts = []

    def write(self, s):
        if not isinstance(s, str):
            raise TypeError(f"write() argument must be str, not {type(s).__name__}")
        self._parts.append(s)
        return len(s)

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def flush(self):
        pass

    def isatty(self):
        return False

    def getvalue(self):
        result = "".join(self._parts)
        if result and not result.endswith("\n"):
            result += "\n"
        return result

    def truncate(self, size=None):
        self._parts = []


class Example:
    """One `>>>` example: its source, the output it wants, and where it is."""

    def __init__(self, source, want, exc_msg=None, lineno=0, indent=0, options=None):
        if not source.endswith("\n"):
            source += "\n"
        if want and not want.endswith("\n"):
            want += "\n"
        if exc_msg is not None and not exc_msg.endswith("\n"):
            exc_msg += "\n"
        self.source = source
        self.want = want
        self.lineno = lineno
        self.indent = indent
        self.options = {} if options is None else options
        self.exc_msg = exc_msg

    def __eq__(self, other):
        if type(self) is not type(other):
            return NotImplemented
        return (self.source == other.source and self.want == other.want
                and self.lineno == other.lineno and self.indent == other.indent
                and self.options == other.options and self.exc_msg == other.exc_msg)

    def __hash__(self):
        return hash((self.source, self.want, self.lineno, self.indent, self.exc_msg))


class DocTest:
    """The examples of one docstring, with the globals they run in."""

    def __init__(self, examples, globs, name, filename, lineno, docstring):
        assert not isinstance(examples, str), "DocTest no longer accepts str; use DocTestParser instead"
        self.examples = examples
        self.docstring = docstring
        self.globs = globs.copy()
        self.name = name
        self.filename = filename
        self.lineno = lineno

    def __repr__(self):
        if len(self.examples) == 0:
            examples = "no examples"
        elif len(self.examples) == 1:
            examples = "1 example"
        else:
            examples = f"{len(self.examples)} examples"
        return f"<{self.__class__.__name__} {self.name} from {self.filename}:{self.lineno} ({examples})>"

    def __eq__(self, other):
        if type(self) is not type(other):
            return NotImplemented
        return (self.examples == other.examples and self.docstring == other.docstring
                and self.globs == other.globs and self.name == other.name
                and self.filename == other.filename and self.lineno == other.lineno)

    def __hash__(self):
        return hash((self.docstring, self.name, self.filename, self.lineno))

    def _key(self):
        lineno = self.lineno if self.lineno is not None else -1
        return (self.name, self.filename, lineno, id(self))

    def __lt__(self, other):
        if not isinstance(other, DocTest):
            return NotImplemented
        return self._key() < other._key()


def _is_blank_or_comment(source):
    text = source[:-1] if source.endswith("\n") else source
    if "\n" in text:
        return False
    text = text.lstrip(" ")
    return text == "" or text.startswith("#")


def _directive(line):
    """The text after `# doctest:` on a source line, or None."""
    at = line.find("#")
    while at >= 0:
        rest = line[at + 1:].lstrip()
        if rest.startswith("doctest:"):
            tail = rest[len("doctest:"):].lstrip()
            if "'" not in tail and '"' not in tail:
                return tail
        at = line.find("#", at + 1)
    return None


def _traceback_header(line):
    for header in ("Traceback (most recent call last):", "Traceback (innermost last):"):
        if line.startswith(header) and line[len(header):].strip() == "":
            return True
    return False


class DocTestParser:
    """Splits a string into doctest examples and the text between them."""

    def parse(self, string, name="<string>"):
        """Alternating text strings and Examples (with 0-based line numbers)."""
        string = string.expandtabs()
        min_indent = self._min_indent(string)
        if min_indent > 0:
            string = "\n".join(line[min_indent:] for line in string.split("\n"))
        lines = string.split("\n")
        output = []
        text = []
        i = 0
        while i < len(lines):
            line = lines[i]
            stripped = line.lstrip(" ")
            if not stripped.startswith(">>>"):
                text.append(line)
                i += 1
                continue
            indent = len(line) - len(stripped)
            start = i
            i += 1
            while i < len(lines) and lines[i].lstrip(" ").startswith("..."):
                i += 1
            source_lines = lines[start:i]
            want_start = i
            while i < len(lines):
                candidate = lines[i]
                if candidate.strip(" ") == "" or candidate.lstrip(" ").startswith(">>>"):
                    break
                i += 1
            want_lines = lines[want_start:i]
            output.append("\n".join(text) + ("\n" if text or output else ""))
            text = []
            source, options, want, exc_msg = self._parse_example(
                source_lines, want_lines, indent, name, start)
            if not _is_blank_or_comment(source):
                output.append(Example(source, want, exc_msg, lineno=start,
                                      indent=min_indent + indent, options=options))
        output.append("\n".join(text))
        return output

    def get_doctest(self, string, globs, name, filename, lineno):
        """A DocTest of the examples in `string`."""
        return DocTest(self.get_examples(string, name), globs, name, filename, lineno, string)

    def get_examples(self, string, name="<string>"):
        """The Examples in `string`."""
        return [x for x in self.parse(string, name) if isinstance(x, Example)]

    def _parse_example(self, source_lines, want_lines, indent, name, lineno):
        self._check_prompt_blank(source_lines, indent, name, lineno)
        self._check_prefix(source_lines[1:], " " * indent + ".", name, lineno)
        source = "\n".join(line[indent + 4:] for line in source_lines)
        want_lines = list(want_lines)
        if want_lines:
            want_lines.append("")
        if len(want_lines) > 1 and want_lines[-1].strip(" ") == "":
            del want_lines[-1]
        self._check_prefix(want_lines, " " * indent, name, lineno + len(source_lines))
        want = "\n".join(line[indent:] for line in want_lines)
        if want_lines:
            want += "\n"
        exc_msg = None
        parts = want.split("\n")
        if parts and _traceback_header(parts[0]):
            for at in range(1, len(parts)):
                if parts[at] and _is_word_char(parts[at][0]):
                    exc_msg = "\n".join(parts[at:])
                    break
        options = self._find_options(source, name, lineno)
        return source, options, want, exc_msg

    def _find_options(self, source, name, lineno):
        options = {}
        for line in source.split("\n"):
            directive = _directive(line)
            if directive is None:
                continue
            for option in directive.replace(",", " ").split():
                if option[0] not in "+-" or option[1:] not in OPTIONFLAGS_BY_NAME:
                    raise ValueError(
                        f"line {lineno + 1!r} of the doctest for {name} has an invalid option: {option!r}")
                options[OPTIONFLAGS_BY_NAME[option[1:]]] = option[0] == "+"
        if options and _is_blank_or_comment(source):
            raise ValueError(
                f"line {lineno!r} of the doctest for {name} has an option directive on a line with no example: {source!r}")
        return options

    def _min_indent(self, s):
        indents = [len(line) - len(line.lstrip(" ")) for line in s.split("\n")
                   if line.lstrip(" ") and not line.lstrip(" ").isspace()]
        return min(indents) if indents else 0

    def _check_prompt_blank(self, lines, indent, name, lineno):
        for i, line in enumerate(lines):
            if len(line) >= indent + 4 and line[indent + 3] != " ":
                raise ValueError(
                    f"line {lineno + i + 1!r} of the docstring for {name} lacks blank after {line[indent:indent + 3]}: {line!r}")

    def _check_prefix(self, lines, prefix, name, lineno):
        for i, line in enumerate(lines):
            if line and not line.startswith(prefix):
                raise ValueError(
                    f"line {lineno + i + 1!r} of the docstring for {name} has inconsistent leading whitespace: {line!r}")


def _is_module(obj):
    return type(obj) is type(sys)


def _is_class(obj):
    return isinstance(obj, type)


def _is_function(obj):
    return type(obj).__name__ == "function"


def _is_routine(obj):
    while hasattr(obj, "__wrapped__") and not _is_class(obj):
        obj = obj.__wrapped__
    return _is_function(obj) or type(obj).__name__ in (
        "builtin_function_or_method", "method", "method_descriptor")


def _module_of(obj):
    if _is_module(obj):
        return obj
    name = getattr(obj, "__module__", None)
    return sys.modules.get(name) if isinstance(name, str) else None


def _source_lines(module):
    filename = getattr(module, "__file__", None) if module is not None else None
    if not filename:
        return None
    try:
        with open(filename, encoding="utf-8") as f:
            return f.read().splitlines(True)
    except (OSError, UnicodeDecodeError, NameError):
        return None


def _starts_docstring(line):
    """CPython's `(^|.*:)\\s*\\w*("|')` at the start of a source line."""
    starts = [0] + [i + 1 for i, c in enumerate(line) if c == ":"]
    for at in starts:
        while at < len(line) and line[at].isspace():
            at += 1
        while at < len(line) and _is_word_char(line[at]):
            at += 1
        if at < len(line) and line[at] in "\"'":
            return True
    return False


def _is_class_line(line, name):
    rest = line.lstrip()
    if not rest.startswith("class"):
        return False
    rest = rest[5:].lstrip()
    if not rest.startswith(name):
        return False
    after = rest[len(name):]
    return after == "" or not _is_word_char(after[0])


class DocTestFinder:
    """Finds the docstrings with examples in a module, class or function."""

    def __init__(self, verbose=False, parser=DocTestParser(), recurse=True, exclude_empty=True):
        self._parser = parser
        self._verbose = verbose
        self._recurse = recurse
        self._exclude_empty = exclude_empty

    def find(self, obj, name=None, module=None, globs=None, extraglobs=None):
        """The DocTests of `obj` and what it contains, sorted by name."""
        if name is None:
            name = getattr(obj, "__name__", None)
            if name is None:
                raise ValueError(
                    f"DocTestFinder.find: name must be given when obj.__name__ doesn't exist: {type(obj)!r}")
        if module is False:
            module = None
        elif module is None:
            module = _module_of(obj)
        source_lines = _source_lines(module)
        if globs is None:
            globs = {} if module is None else module.__dict__.copy()
        else:
            globs = globs.copy()
        if extraglobs is not None:
            globs.update(extraglobs)
        if "__name__" not in globs:
            globs["__name__"] = "__main__"
        tests = []
        self._find(tests, obj, name, module, source_lines, globs, {})
        tests.sort()
        return tests

    def _from_module(self, module, obj):
        if module is None:
            return True
        if _is_function(obj):
            return module.__dict__ is obj.__globals__
        owner = _module_of(obj)
        if owner is not None:
            return module is owner
        if hasattr(obj, "__module__"):
            return module.__name__ == obj.__module__
        if isinstance(obj, property):
            return True
        raise ValueError("object must be a class or function")

    def _find(self, tests, obj, name, module, source_lines, globs, seen):
        if self._verbose:
            print(f"Finding tests in {name}")
        if id(obj) in seen:
            return
        seen[id(obj)] = 1
        test = self._get_test(obj, name, module, globs, source_lines)
        if test is not None:
            tests.append(test)
        if _is_module(obj) and self._recurse:
            for valname, val in list(obj.__dict__.items()):
                valname = f"{name}.{valname}"
                if (_is_routine(val) or _is_class(val)) and self._from_module(module, val):
                    self._find(tests, val, valname, module, source_lines, globs, seen)
            for valname, val in getattr(obj, "__test__", {}).items():
                if not isinstance(valname, str):
                    raise ValueError(
                        f"DocTestFinder.find: __test__ keys must be strings: {type(valname)!r}")
                if not (_is_routine(val) or _is_class(val) or _is_module(val) or isinstance(val, str)):
                    raise ValueError(
                        "DocTestFinder.find: __test__ values must be strings, functions, "
                        f"methods, classes, or modules: {type(val)!r}")
                valname = f"{name}.__test__.{valname}"
                self._find(tests, val, valname, module, source_lines, globs, seen)
        if _is_class(obj) and self._recurse:
            for valname, val in list(obj.__dict__.items()):
                if isinstance(val, (staticmethod, classmethod)):
                    val = val.__func__
                if ((_is_routine(val) or _is_class(val) or isinstance(val, property))
                        and self._from_module(module, val)):
                    valname = f"{name}.{valname}"
                    self._find(tests, val, valname, module, source_lines, globs, seen)

    def _get_test(self, obj, name, module, globs, source_lines):
        if isinstance(obj, str):
            docstring = obj
        else:
            try:
                docstring = obj.__doc__
                if docstring is None:
                    docstring = ""
                elif not isinstance(docstring, str):
                    docstring = str(docstring)
            except (TypeError, AttributeError):
                docstring = ""
        lineno = self._find_lineno(obj, source_lines)
        if self._exclude_empty and not docstring:
            return None
        if module is None:
            filename = None
        else:
            filename = getattr(module, "__file__", None) or module.__name__
            if filename[-4:] == ".pyc":
                filename = filename[:-1]
        return self._parser.get_doctest(docstring, globs, name, filename, lineno)

    def _find_lineno(self, obj, source_lines):
        lineno = None
        docstring = getattr(obj, "__doc__", None)
        if _is_module(obj) and docstring is not None:
            lineno = 0
        if _is_class(obj) and docstring is not None:
            if source_lines is None:
                return None
            name = getattr(obj, "__name__", "-")
            for i, line in enumerate(source_lines):
                if _is_class_line(line, name):
                    lineno = i
                    break
        if type(obj).__name__ == "method":
            obj = obj.__func__
        if _is_function(obj) and getattr(obj, "__doc__", None):
            code = getattr(obj, "__code__", None)
            first = getattr(code, "co_firstlineno", None)
            if first is not None:
                lineno = first - 1
        if lineno is not None:
            if source_lines is None:
                return lineno + 1
            for lineno in range(lineno, len(source_lines)):
                if _starts_docstring(source_lines[lineno]):
                    return lineno
        return None


def _to_ascii(s):
    out = []
    for c in s:
        code = ord(c)
        if code < 128:
            out.append(c)
        elif code < 0x100:
            out.append(f"\\x{code:02x}")
        elif code < 0x10000:
            out.append(f"\\u{code:04x}")
        else:
            out.append(f"\\U{code:08x}")
    return "".join(out)


def _drop_blankline_markers(want):
    lines = want.split("\n")
    for i, line in enumerate(lines):
        if line.startswith(BLANKLINE_MARKER) and line[len(BLANKLINE_MARKER):].strip() == "":
            lines[i] = ""
    return "\n".join(lines)


def _blank_whitespace_lines(got):
    return "\n".join("" if line and line.strip() == "" else line for line in got.split("\n"))


def _mark_blank_lines(got):
    lines = got.split("\n")
    for i in range(len(lines) - 1):
        if lines[i].strip(" ") == "":
            lines[i] = BLANKLINE_MARKER
    return "\n".join(lines)


class OutputChecker:
    """Decides whether an example's output matches what it wants."""

    def check_output(self, want, got, optionflags):
        got = _to_ascii(got)
        want = _to_ascii(want)
        if got == want:
            return True
        if not optionflags & DONT_ACCEPT_TRUE_FOR_1:
            if (got, want) in (("True\n", "1\n"), ("False\n", "0\n")):
                return True
        if not optionflags & DONT_ACCEPT_BLANKLINE:
            want = _drop_blankline_markers(want)
            got = _blank_whitespace_lines(got)
            if got == want:
                return True
        if optionflags & NORMALIZE_WHITESPACE:
            got = " ".join(got.split())
            want = " ".join(want.split())
            if got == want:
                return True
        if optionflags & ELLIPSIS:
            if _ellipsis_match(want, got):
                return True
        return False

    def output_difference(self, example, got, optionflags):
        want = example.want
        if not optionflags & DONT_ACCEPT_BLANKLINE:
            got = _mark_blank_lines(got)
        if want and got:
            return f"Expected:\n{_indent(want)}Got:\n{_indent(got)}"
        if want:
            return f"Expected:\n{_indent(want)}Got nothing\n"
        if got:
            return f"Expected nothing\nGot:\n{_indent(got)}"
        return "Expected nothing\nGot nothing\n"


class DocTestRunner:
    """Runs DocTests, reports failures, and keeps the counts."""

    DIVIDER = "*" * 70

    def __init__(self, checker=None, verbose=None, optionflags=0):
        self._checker = checker or OutputChecker()
        if verbose is None:
            verbose = "-v" in sys.argv
        self._verbose = verbose
        self.optionflags = optionflags
        self.original_optionflags = optionflags
        self.tries = 0
        self.failures = 0
        self._name2ft = {}
        self._fakeout = _SpoofOut()

    def report_start(self, out, test, example):
        if self._verbose:
            if example.want:
                out("Trying:\n" + _indent(example.source) + "Expecting:\n" + _indent(example.want))
            else:
                out("Trying:\n" + _indent(example.source) + "Expecting nothing\n")

    def report_success(self, out, test, example, got):
        if self._verbose:
            out("ok\n")

    def report_failure(self, out, test, example, got):
        out(self._failure_header(test, example)
            + self._checker.output_difference(example, got, self.optionflags))

    def report_unexpected_exception(self, out, test, example, exc_info):
        out(self._failure_header(test, example) + "Exception raised:\n"
            + _indent(_exception_traceback(exc_info[1])))

    def _failure_header(self, test, example):
        out = [self.DIVIDER]
        if test.filename:
            if test.lineno is not None and example.lineno is not None:
                lineno = test.lineno + example.lineno + 1
            else:
                lineno = "?"
            out.append(f'File "{test.filename}", line {lineno}, in {test.name}')
        else:
            out.append(f"Line {example.lineno + 1}, in {test.name}")
        out.append("Failed example:")
        out.append(_indent(example.source))
        return "\n".join(out)

    def _run_examples(self, test, compileflags, out):
        failures = tries = 0
        original_optionflags = self.optionflags
        check = self._checker.check_output
        for examplenum, example in enumerate(test.examples):
            quiet = self.optionflags & REPORT_ONLY_FIRST_FAILURE and failures > 0
            self.optionflags = original_optionflags
            for flag, on in example.options.items():
                if on:
                    self.optionflags |= flag
                else:
                    self.optionflags &= ~flag
            if self.optionflags & SKIP:
                continue
            tries += 1
            if not quiet:
                self.report_start(out, test, example)
            filename = f"<doctest {test.name}[{examplenum}]>"
            try:
                exec(compile(example.source, filename, "single", compileflags, True), test.globs)
                exception = None
            except KeyboardInterrupt:
                raise
            except BaseException as e:
                exception = (type(e), e, e.__traceback__)
            got = self._fakeout.getvalue()
            self._fakeout.truncate(0)
            outcome = "failure"
            if exception is None:
                if check(example.want, got, self.optionflags):
                    outcome = "success"
            else:
                exc_msg = _exception_only(exception[0], exception[1])
                if not quiet:
                    got += _exception_traceback(exception[1])
                if example.exc_msg is None:
                    outcome = "boom"
                elif check(example.exc_msg, exc_msg, self.optionflags):
                    outcome = "success"
                elif self.optionflags & IGNORE_EXCEPTION_DETAIL:
                    if check(_strip_exception_details(example.exc_msg),
                             _strip_exception_details(exc_msg), self.optionflags):
                        outcome = "success"
            if outcome == "success":
                if not quiet:
                    self.report_success(out, test, example, got)
            elif outcome == "failure":
                if not quiet:
                    self.report_failure(out, test, example, got)
                failures += 1
            else:
                if not quiet:
                    self.report_unexpected_exception(out, test, example, exception)
                failures += 1
            if failures and self.optionflags & FAIL_FAST:
                break
        self.optionflags = original_optionflags
        self._record_outcome(test, failures, tries)
        return TestResults(failures, tries)

    def _record_outcome(self, test, f, t):
        f2, t2 = self._name2ft.get(test.name, (0, 0))
        self._name2ft[test.name] = (f + f2, t + t2)
        self.failures += f
        self.tries += t

    def run(self, test, compileflags=None, out=None, clear_globs=True):
        """Run `test`'s examples with sys.stdout captured; report through `out`."""
        self.test = test
        if compileflags is None:
            compileflags = 0
        save_stdout = sys.stdout
        if out is None:
            out = save_stdout.write
        sys.stdout = self._fakeout
        save_displayhook = getattr(sys, "displayhook", None)
        if hasattr(sys, "__displayhook__"):
            sys.displayhook = sys.__displayhook__
        try:
            return self._run_examples(test, compileflags, out)
        finally:
            sys.stdout = save_stdout
            if save_displayhook is not None:
                sys.displayhook = save_displayhook
            if clear_globs:
                test.globs.clear()
                import builtins
                builtins._ = None

    def summarize(self, verbose=None):
        """Print the totals; return TestResults(failed, attempted)."""
        if verbose is None:
            verbose = self._verbose
        notests, passed, failed = [], [], []
        totalt = totalf = 0
        for name, (f, t) in self._name2ft.items():
            totalt += t
            totalf += f
            if t == 0:
                notests.append(name)
            elif f == 0:
                passed.append((name, t))
            else:
                failed.append((name, (f, t)))
        if verbose:
            if notests:
                print(len(notests), "items had no tests:")
                notests.sort()
                for thing in notests:
                    print("   ", thing)
            if passed:
                print(len(passed), "items passed all tests:")
                passed.sort()
                for thing, count in passed:
                    print(" %3d tests in %s" % (count, thing))
        if failed:
            print(self.DIVIDER)
            print(len(failed), "items had failures:")
            failed.sort()
            for thing, (f, t) in failed:
                print(" %3d of %3d in %s" % (f, t, thing))
        if verbose:
            print(totalt, "tests in", len(self._name2ft), "items.")
            print(totalt - totalf, "passed and", totalf, "failed.")
        if totalf:
            print("***Test Failed***", totalf, "failures.")
        elif verbose:
            print("Test passed.")
        return TestResults(totalf, totalt)

    def merge(self, other):
        for name, (f, t) in other._name2ft.items():
            if name in self._name2ft:
                f2, t2 = self._name2ft[name]
                f, t = f + f2, t + t2
            self._name2ft[name] = f, t


class DocTestFailure(Exception):
    """An example's output did not match (raised by DebugRunner)."""

    def __init__(self, test, example, got):
        self.test = test
        self.example = example
        self.got = got

    def __str__(self):
        return str(self.test)


class UnexpectedException(Exception):
    """An example raised what it did not expect (raised by DebugRunner)."""

    def __init__(self, test, example, exc_info):
        self.test = test
        self.example = example
        self.exc_info = exc_info

    def __str__(self):
        return str(self.test)


class DebugRunner(DocTestRunner):
    """Stops at the first failure by raising it."""

    def run(self, test, compileflags=None, out=None, clear_globs=True):
        r = DocTestRunner.run(self, test, compileflags, out, False)
        if clear_globs:
            test.globs.clear()
        return r

    def report_unexpected_exception(self, out, test, example, exc_info):
        raise UnexpectedException(test, example, exc_info)

    def report_failure(self, out, test, example, got):
        raise DocTestFailure(test, example, got)


master = None


def _run_and_merge(runner, report):
    global master
    if report:
        runner.summarize()
    if master is None:
        master = runner
    else:
        master.merge(runner)
    return TestResults(runner.failures, runner.tries)


def testmod(m=None, name=None, globs=None, verbose=None, report=True, optionflags=0,
            extraglobs=None, raise_on_error=False, exclude_empty=False):
    """Run the examples in the docstrings of module `m` (default: __main__)."""
    if m is None:
        m = sys.modules.get("__main__")
    if not _is_module(m):
        raise TypeError(f"testmod: module required; {m!r}")
    if name is None:
        name = m.__name__
    finder = DocTestFinder(exclude_empty=exclude_empty)
    runner_class = DebugRunner if raise_on_error else DocTestRunner
    runner = runner_class(verbose=verbose, optionflags=optionflags)
    for test in finder.find(m, name, globs=globs, extraglobs=extraglobs):
        runner.run(test)
    return _run_and_merge(runner, report)


def _testfile_path(filename, package, module_relative):
    if not module_relative:
        return filename
    if filename.startswith("/"):
        raise ValueError("Module-relative files may not have absolute paths")
    if package is not None:
        if isinstance(package, str):
            package = __import__(package, fromlist=["*"])
        base = getattr(package, "__file__", None) or "."
    else:
        main = sys.modules.get("__main__")
        base = getattr(main, "__file__", None) or (sys.argv[0] if sys.argv and sys.argv[0] else ".")
    folder = base.rpartition("/")[0] if "/" in base else ""
    return f"{folder}/{filename}" if folder else filename


def testfile(filename, module_relative=True, name=None, package=None, globs=None,
             verbose=None, report=True, optionflags=0, extraglobs=None,
             raise_on_error=False, parser=DocTestParser(), encoding=None):
    """Run the examples in a text file."""
    if package and not module_relative:
        raise ValueError("Package may only be specified for module-relative paths.")
    filename = _testfile_path(filename, package, module_relative)
    with open(filename, encoding=encoding or "utf-8") as f:
        text = f.read()
    if name is None:
        name = filename.rpartition("/")[2]
    globs = {} if globs is None else globs.copy()
    if extraglobs is not None:
        globs.update(extraglobs)
    if "__name__" not in globs:
        globs["__name__"] = "__main__"
    runner_class = DebugRunner if raise_on_error else DocTestRunner
    runner = runner_class(verbose=verbose, optionflags=optionflags)
    test = parser.get_doctest(text, globs, name, filename, 0)
    runner.run(test)
    return _run_and_merge(runner, report)


def run_docstring_examples(f, globs, verbose=False, name="NoName", compileflags=None,
                           optionflags=0):
    """Run the examples in `f`'s docstring only."""
    finder = DocTestFinder(verbose=verbose, recurse=False)
    runner = DocTestRunner(verbose=verbose, optionflags=optionflags)
    for test in finder.find(f, name, globs=globs):
        runner.run(test, compileflags=compileflags)


def _usage_error(message):
    sys.stderr.write(
        "usage: doctest [-h] [-v] [-o {" + ",".join(OPTIONFLAGS_BY_NAME) + "}] [-f] file [file ...]\n"
        f"doctest: error: {message}\n")
    sys.exit(2)


def _test():
    """`coro -m doctest [-v] [-o OPTION] [-f] FILE...`: .py files as modules, others as text."""
    verbose = False
    options = 0
    files = []
    args = sys.argv[1:]
    i = 0
    while i < len(args):
        arg = args[i]
        if arg in ("-v", "--verbose"):
            verbose = True
        elif arg in ("-f", "--fail-fast"):
            options |= FAIL_FAST
        elif arg in ("-o", "--option"):
            i += 1
            if i >= len(args):
                _usage_error(f"argument -o/--option: expected one argument")
            if args[i] not in OPTIONFLAGS_BY_NAME:
                choices = ", ".join(repr(name) for name in OPTIONFLAGS_BY_NAME)
                _usage_error(f"argument -o/--option: invalid choice: {args[i]!r} (choose from {choices})")
            options |= OPTIONFLAGS_BY_NAME[args[i]]
        else:
            files.append(arg)
        i += 1
    if not files:
        _usage_error("the following arguments are required: file")
    for filename in files:
        if filename.endswith(".py"):
            dirname, _, base = filename.rpartition("/")
            sys.path.insert(0, dirname)
            m = __import__(base[:-3])
            del sys.path[0]
            failures, _ = testmod(m, verbose=verbose, optionflags=options)
        else:
            failures, _ = testfile(filename, module_relative=False, verbose=verbose,
                                   optionflags=options)
        if failures:
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(_test())
