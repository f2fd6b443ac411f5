"""Reading and writing INI-style configuration: "[section]" headers followed by
"name = value" (or "name: value") options, values continued on indented lines.
"""

# coro's configparser, written from the module's documentation and python3's observable
# behaviour: RawConfigParser and ConfigParser (the mapping protocol, SectionProxy,
# converters, read/read_file/read_string/read_dict, write, the get* conversions with
# fallback, items, defaults), BasicInterpolation and ExtendedInterpolation, the error
# classes with their documented messages and attributes, and the parsing options
# (delimiters, comment prefixes, inline comments, strict, allow_no_value,
# empty_lines_in_values, default_section). Not here: LegacyInterpolation's substitution
# (the class exists, warns, and passes values through).

import functools
import io
import os
import re
import sys
import warnings
from collections import ChainMap as _ChainMap
from collections.abc import MutableMapping

__all__ = [
    "NoSectionError", "DuplicateOptionError", "DuplicateSectionError", "NoOptionError",
    "InterpolationError", "InterpolationDepthError", "InterpolationMissingOptionError",
    "InterpolationSyntaxError", "ParsingError", "MissingSectionHeaderError",
    "ConfigParser", "SafeConfigParser", "RawConfigParser", "Interpolation",
    "BasicInterpolation", "ExtendedInterpolation", "LegacyInterpolation",
    "SectionProxy", "ConverterMapping", "DEFAULTSECT", "MAX_INTERPOLATION_DEPTH",
]

DEFAULTSECT = "DEFAULT"
MAX_INTERPOLATION_DEPTH = 10
_default_dict = dict

# "No argument given" for the fallback= and interpolation= parameters (None is a value).
_UNSET = object()


# ---------------------------------------------------------------------------- errors


class Error(Exception):
    """The base of configparser's exceptions: str() and repr() are the message."""

    def __init__(self, msg=''):
        super().__init__(msg)
        self.message = msg

    def __str__(self):
        return self.message

    __repr__ = __str__


def _fill(err, message, args, **attributes):
    """Give a configparser error its message, its documented attributes and the args
    tuple (the constructor's arguments, as pickling needs)."""
    Error.__init__(err, message)
    for name, value in attributes.items():
        setattr(err, name, value)
    err.args = args


def _reading_from(source, lineno):
    """The 'While reading from ...' opening of the duplicate errors' messages."""
    if lineno is None:
        return f"While reading from {source!r}"
    return f"While reading from {source!r} [line {lineno:2d}]"


class NoSectionError(Error):
    """Raised when no section matches a requested option."""

    def __init__(self, section):
        _fill(self, f"No section: {section!r}", (section,), section=section)


class DuplicateSectionError(Error):
    """Raised when a section is repeated in an input source."""

    def __init__(self, section, source=None, lineno=None):
        if source is None:
            text = f"Section {section!r} already exists"
        else:
            text = f"{_reading_from(source, lineno)}: section {section!r} already exists"
        _fill(self, text, (section, source, lineno),
              section=section, source=source, lineno=lineno)


class DuplicateOptionError(Error):
    """Raised by strict parsers when an option is repeated in an input source."""

    def __init__(self, section, option, source=None, lineno=None):
        what = f"{option!r} in section {section!r} already exists"
        if source is None:
            text = "Option " + what
        else:
            text = f"{_reading_from(source, lineno)}: option {what}"
        _fill(self, text, (section, option, source, lineno),
              section=section, option=option, source=source, lineno=lineno)


class NoOptionError(Error):
    """A requested option was not found."""

    def __init__(self, option, section):
        _fill(self, f"No option {option!r} in section: {section!r}", (option, section),
              option=option, section=section)


class InterpolationError(Error):
    """Base class for interpolation-related exceptions."""

    def __init__(self, option, section, msg):
        _fill(self, msg, (option, section, msg), option=option, section=section)


class InterpolationMissingOptionError(InterpolationError):
    """A string substitution required a setting which was not available."""

    def __init__(self, option, section, rawval, reference):
        text = (f"Bad value substitution: option {option!r} in section {section!r} "
                f"contains an interpolation key {reference!r} which is not a valid "
                f"option name. Raw value: {rawval!r}")
        _fill(self, text, (option, section, rawval, reference),
              option=option, section=section, reference=reference)


class InterpolationSyntaxError(InterpolationError):
    """Raised when the source text contains invalid syntax."""


class InterpolationDepthError(InterpolationError):
    """Raised when substitutions are nested too deeply."""

    def __init__(self, option, section, rawval):
        text = (f"Recursion limit exceeded in value substitution: option {option!r} in "
                f"section {section!r} contains an interpolation key which cannot be "
                f"substituted in {MAX_INTERPOLATION_DEPTH} steps. Raw value: {rawval!r}")
        _fill(self, text, (option, section, rawval), option=option, section=section)


class ParsingError(Error):
    """A source had lines that are not headers, options or continuations."""

    def __init__(self, source=None, filename=None):
        if source and filename:
            raise ValueError("Cannot specify both `filename' and `source'. Use `source'.")
        if not (filename or source):
            raise ValueError("Required argument `source' not given.")
        source = source or filename
        _fill(self, f"Source contains parsing errors: {source!r}", (source,),
              source=source, errors=[])

    @property
    def filename(self):
        """Deprecated, use `source'."""
        warnings.warn("The 'filename' attribute will be removed in Python 3.12. "
                      "Use 'source' instead.", DeprecationWarning, stacklevel=2)
        return self.source

    def append(self, lineno, line):
        self.errors.append((lineno, line))
        self.message += f"\n\t[line {lineno:2d}]: {line}"


class MissingSectionHeaderError(ParsingError):
    """Raised when a key-value pair is found before any section header."""

    def __init__(self, filename, lineno, line):
        text = f"File contains no section headers.\nfile: {filename!r}, line: {lineno}\n{line!r}"
        _fill(self, text, (filename, lineno, line), source=filename, lineno=lineno, line=line)


# --------------------------------------------------------------------- interpolation


class Interpolation:
    """Dummy interpolation that passes the value through with no changes."""

    def before_write(self, parser, section, option, value):
        return value

    def before_read(self, parser, section, option, value):
        return value

    def before_set(self, parser, section, option, value):
        return value

    def before_get(self, parser, section, option, value, defaults):
        return value


class _Expanding(Interpolation):
    """The shared machinery of Basic and Extended interpolation. A value is scanned for
    the sigil: doubled it stands for itself, followed by the opener it starts a
    reference (matched by _REFERENCE) that `_lookup` resolves, and anything else is a
    syntax error. A resolved value holding the sigil is expanded in turn, at most
    MAX_INTERPOLATION_DEPTH levels deep."""

    def before_get(self, parser, section, option, value, defaults):
        pieces = []
        self._expand(parser, section, option, value, defaults, 1, pieces)
        return "".join(pieces)

    def before_set(self, parser, section, option, value):
        plain = self._REFERENCE.sub("", value.replace(self._SIGIL * 2, ""))
        stray = plain.find(self._SIGIL)
        if stray != -1:
            raise ValueError(f"invalid interpolation syntax in {value!r} at position {stray}")
        return value

    def _expand(self, parser, section, option, text, names, depth, pieces):
        # Errors quote the option's raw value (the text itself when it has none).
        raw = parser.get(section, option, raw=True, fallback=text)
        if depth > MAX_INTERPOLATION_DEPTH:
            raise InterpolationDepthError(option, section, raw)
        sigil = self._SIGIL
        at = 0
        while at < len(text):
            hit = text.find(sigil, at)
            if hit == -1:
                pieces.append(text[at:])
                return
            pieces.append(text[at:hit])
            after = text[hit + 1:hit + 2]
            if after == sigil:
                pieces.append(sigil)
                at = hit + 2
                continue
            if after != self._OPENER:
                raise InterpolationSyntaxError(option, section, self._STRAY.format(text[hit:]))
            ref = self._REFERENCE.match(text, hit)
            if ref is None:
                raise InterpolationSyntaxError(
                    option, section, f"bad interpolation variable reference {text[hit:]!r}")
            at = ref.end()
            found = self._lookup(parser, section, option, ref.group(1), text[at:], names, raw)
            value, where, name, scope = found
            if sigil in value:
                self._expand(parser, where, name, value, scope, depth + 1, pieces)
            else:
                pieces.append(value)


class BasicInterpolation(_Expanding):
    """Interpolation as implemented in the classic ConfigParser.

    The option values can contain format strings which refer to other values in
    the same section, or values in the special default section.
    """

    _SIGIL, _OPENER = "%", "("
    _REFERENCE = re.compile(r"%\(([^)]+)\)s")
    _STRAY = "'%' must be followed by '%' or '(', found: {!r}"

    def _lookup(self, parser, section, option, name, rest, names, raw):
        key = parser.optionxform(name)
        if key not in names:
            raise InterpolationMissingOptionError(option, section, raw, key)
        # A nested expansion stays on the same option, section and names.
        return names[key], section, option, names


class ExtendedInterpolation(_Expanding):
    """Advanced variant of interpolation, supports the syntax used by
    `zc.buildout`. Enables interpolation between sections."""

    _SIGIL, _OPENER = "$", "{"
    _REFERENCE = re.compile(r"\$\{([^}]+)\}")
    _STRAY = "'$' must be followed by '$' or '{{', found: {!r}"

    def _lookup(self, parser, section, option, name, rest, names, raw):
        parts = name.split(":")
        if len(parts) > 2:
            raise InterpolationSyntaxError(option, section, f"More than one ':' found: {rest!r}")
        try:
            if len(parts) == 1:
                where, key = section, parser.optionxform(parts[0])
                value = names[key]
            else:
                where, key = parts[0], parser.optionxform(parts[1])
                value = parser.get(where, key, raw=True)
        except (KeyError, NoSectionError, NoOptionError):
            raise InterpolationMissingOptionError(option, section, raw, name) from None
        # A nested expansion happens in the referenced option's own section.
        if self._SIGIL in value:
            return value, where, key, dict(parser.items(where, raw=True))
        return value, where, key, names


def _deprecated(message):
    # stacklevel 3: the warning points at the caller of the deprecated API.
    warnings.warn(message, DeprecationWarning, stacklevel=3)


class LegacyInterpolation(Interpolation):
    """Deprecated interpolation used in old versions of ConfigParser (not supported
    by coro: values pass through unchanged)."""

    def __init__(self, *args, **kwargs):
        _deprecated("LegacyInterpolation has been deprecated since Python 3.2 and will be "
                    "removed from the configparser module in Python 3.13. Use "
                    "'BasicInterpolation' or 'ExtendedInterpolation' instead.")
        super().__init__(*args, **kwargs)


# --------------------------------------------------------------------------- reading


def _option_pattern(delimiters, allow_no_value):
    """The regex of an option line: a name, a delimiter, a value; with allow_no_value
    the delimiter and value may be missing. Names are matched lazily so the first
    delimiter wins."""
    delim = "|".join(re.escape(d) for d in delimiters)
    tail = rf"(?P<vi>{delim})\s*(?P<value>.*)"
    if allow_no_value:
        tail = f"(?:{tail})?"
    return rf"(?P<option>.*?)\s*{tail}$"


class _Reader:
    """One pass over a source's lines into a parser: the state of the line loop (the
    current section and option, the indentation a continuation must exceed, what this
    source already defined, the collected ParsingError)."""

    def __init__(self, parser, source):
        self.parser = parser
        self.source = source
        self.section = None        # the dict options go to, None before any header
        self.section_name = None
        self.option = None         # the option continuation lines extend
        self.indent = 0
        self.seen = set()          # section names and (section, option) pairs
        self.failure = None

    def comment_start(self, line):
        """Where a comment starts in `line`, or None. Full-line prefixes count after
        indentation; an inline prefix counts at the line's start or after whitespace.
        The inline prefixes are searched in rounds (each prefix's next occurrence per
        round), and the first round with a valid occurrence decides."""
        parser = self.parser
        if parser._comment_prefixes and line.strip().startswith(parser._comment_prefixes):
            return 0
        searched = dict.fromkeys(parser._inline_comment_prefixes, -1)
        while searched:
            valid = []
            for prefix, last in list(searched.items()):
                found = line.find(prefix, last + 1)
                if found == -1:
                    del searched[prefix]
                    continue
                searched[prefix] = found
                if found == 0 or line[found - 1].isspace():
                    valid.append(found)
            if valid:
                return min(valid)
        return None

    def feed(self, lineno, line):
        parser = self.parser
        cut = self.comment_start(line)
        text = line[:cut].strip()
        if not text:
            self.blank(cut is None)
            return
        indent = len(line) - len(line.lstrip())
        if self.section is not None and self.option and indent > self.indent:
            self.section[self.option].append(text)
            return
        self.indent = indent
        header = parser.SECTCRE.match(text)
        if header:
            self.enter(header.group("header"), lineno)
        elif self.section is None:
            raise MissingSectionHeaderError(self.source, lineno, line)
        else:
            self.assign(lineno, line, text)

    def blank(self, truly_empty):
        if not self.parser._empty_lines_in_values:
            # A blank line ends the value: nothing after it continues it.
            self.indent = sys.maxsize
        elif truly_empty and self.section is not None and self.option:
            if self.section[self.option] is not None:
                self.section[self.option].append("")

    def enter(self, name, lineno):
        parser = self.parser
        self.section_name = name
        self.option = None
        if name in parser._sections:
            if parser._strict and name in self.seen:
                raise DuplicateSectionError(name, self.source, lineno)
            self.section = parser._sections[name]
            self.seen.add(name)
        elif name == parser.default_section:
            self.section = parser._defaults
        else:
            self.section = parser._new_section(name)
            self.seen.add(name)

    def assign(self, lineno, line, text):
        parser = self.parser
        found = parser._optcre.match(text)
        if found is None:
            self.complain(lineno, line)
            return
        name, value = found.group("option", "value")
        if not name:
            self.complain(lineno, line)
        name = parser.optionxform(name.rstrip())
        key = (self.section_name, name)
        if parser._strict and key in self.seen:
            raise DuplicateOptionError(self.section_name, name, self.source, lineno)
        self.seen.add(key)
        self.option = name
        self.section[name] = None if value is None else [value.strip()]

    def complain(self, lineno, line):
        if self.failure is None:
            self.failure = ParsingError(self.source)
        self.failure.append(lineno, repr(line))


# ---------------------------------------------------------------------------- parsers


class RawConfigParser(MutableMapping):
    """ConfigParser that does not do interpolation."""

    SECTCRE = re.compile(r"\[(?P<header>.+)\]")
    OPTCRE = re.compile(_option_pattern(("=", ":"), False))
    OPTCRE_NV = re.compile(_option_pattern(("=", ":"), True))
    NONSPACECRE = re.compile(r"\S")
    BOOLEAN_STATES = {'1': True, 'yes': True, 'true': True, 'on': True,
                      '0': False, 'no': False, 'false': False, 'off': False}
    _DEFAULT_INTERPOLATION = Interpolation()

    def __init__(self, defaults=None, dict_type=_default_dict,
                 allow_no_value=False, *, delimiters=('=', ':'),
                 comment_prefixes=('#', ';'), inline_comment_prefixes=None,
                 strict=True, empty_lines_in_values=True,
                 default_section=DEFAULTSECT,
                 interpolation=_UNSET, converters=_UNSET):
        if interpolation is _UNSET:
            interpolation = self._DEFAULT_INTERPOLATION
        elif interpolation is None:
            interpolation = Interpolation()
        if not isinstance(interpolation, Interpolation):
            raise TypeError(
                f"interpolation= must be None or an instance of Interpolation;"
                f" got an object of type {type(interpolation)}"
            )
        self._interpolation = interpolation
        self._dict = dict_type
        self._sections = dict_type()
        self._defaults = dict_type()
        self._converters = ConverterMapping(self)
        self._proxies = dict_type()
        self._proxies[default_section] = SectionProxy(self, default_section)
        self.default_section = default_section
        self._delimiters = tuple(delimiters)
        if self._delimiters == ('=', ':'):
            # The class patterns, so a subclass may override them.
            self._optcre = self.OPTCRE_NV if allow_no_value else self.OPTCRE
        else:
            self._optcre = re.compile(_option_pattern(self._delimiters, allow_no_value))
        self._allow_no_value = allow_no_value
        self._strict = strict
        self._empty_lines_in_values = empty_lines_in_values
        self._inline_comment_prefixes = tuple(inline_comment_prefixes or ())
        self._comment_prefixes = tuple(comment_prefixes or ())
        if converters is not _UNSET:
            self._converters.update(converters)
        if defaults:
            self._read_defaults(defaults)

    # -- sections and options

    def sections(self):
        """The section names, in the order they were added (not the default section)."""
        return list(self._sections)

    def defaults(self):
        return self._defaults

    def _new_section(self, name):
        options = self._sections[name] = self._dict()
        self._proxies[name] = SectionProxy(self, name)
        return options

    def add_section(self, section):
        """Create a new section in the configuration."""
        if section == self.default_section:
            raise ValueError(f"Invalid section name: {section!r}")
        if section in self._sections:
            raise DuplicateSectionError(section)
        self._new_section(section)

    def has_section(self, section):
        """Indicate whether the named section is present in the configuration."""
        return section in self._sections

    def _options_of(self, section):
        """The option dict `set` and `remove_option` work on (an empty or default
        section name means the defaults)."""
        if not section or section == self.default_section:
            return self._defaults
        if section not in self._sections:
            raise NoSectionError(section)
        return self._sections[section]

    def options(self, section):
        """Return a list of option names for the given section name."""
        if section not in self._sections:
            raise NoSectionError(section)
        names = dict.fromkeys(self._sections[section])
        names.update(dict.fromkeys(self._defaults))
        return list(names)

    def has_option(self, section, option):
        """Check for the existence of a given option in a given section."""
        if not section or section == self.default_section:
            return self.optionxform(option) in self._defaults
        if section not in self._sections:
            return False
        key = self.optionxform(option)
        return key in self._sections[section] or key in self._defaults

    def set(self, section, option, value=None):
        """Set an option."""
        if value:
            value = self._interpolation.before_set(self, section, option, value)
        self._options_of(section)[self.optionxform(option)] = value

    def remove_option(self, section, option):
        """Remove an option."""
        options = self._options_of(section)
        key = self.optionxform(option)
        if key not in options:
            return False
        del options[key]
        return True

    def remove_section(self, section):
        """Remove a file section."""
        if section not in self._sections:
            return False
        del self._sections[section], self._proxies[section]
        return True

    def optionxform(self, optionstr):
        return optionstr.lower()

    # -- reading

    def read(self, filenames, encoding=None):
        """Read and parse a filename or an iterable of filenames."""
        if isinstance(filenames, (str, bytes, os.PathLike)):
            filenames = [filenames]
        done = []
        for name in filenames:
            try:
                with open(name, encoding=encoding) as handle:
                    self._read(handle, name)
            except OSError:
                continue
            done.append(os.fspath(name) if isinstance(name, os.PathLike) else name)
        return done

    def read_file(self, f, source=None):
        """Like read() but the argument must be a file-like object."""
        if source is None:
            source = getattr(f, "name", "<???>")
        self._read(f, source)

    def read_string(self, string, source='<string>'):
        """Read configuration from a given string."""
        self.read_file(io.StringIO(string), source)

    def read_dict(self, dictionary, source='<dict>'):
        """Read configuration from a dictionary."""
        seen = set()
        for section, options in dictionary.items():
            section = str(section)
            # Existing sections are merged into, unless this dict repeats them.
            try:
                self.add_section(section)
            except (DuplicateSectionError, ValueError):
                if section in seen and self._strict:
                    raise
            seen.add(section)
            for option, value in options.items():
                option = self.optionxform(str(option))
                if self._strict and (section, option) in seen:
                    raise DuplicateOptionError(section, option, source)
                seen.add((section, option))
                self.set(section, option, None if value is None else str(value))

    def readfp(self, fp, filename=None):
        """Deprecated, use read_file instead."""
        _deprecated("This method will be removed in Python 3.12. "
                    "Use 'parser.read_file()' instead.")
        self.read_file(fp, source=filename)

    def _read(self, fp, fpname):
        """Parse a source's lines into this parser. Parsing errors are collected and
        raised together once every line was read and values were joined."""
        reader = _Reader(self, fpname)
        for lineno, line in enumerate(fp, 1):
            reader.feed(lineno, line)
        self._join_multiline_values()
        if reader.failure is not None:
            raise reader.failure

    def _join_multiline_values(self):
        everything = [(self.default_section, self._defaults), *self._sections.items()]
        for section, options in everything:
            for name, value in list(options.items()):
                if isinstance(value, list):
                    value = "\n".join(value).rstrip()
                options[name] = self._interpolation.before_read(self, section, name, value)

    def _read_defaults(self, defaults):
        self.read_dict({self.default_section: defaults})

    # -- getting values

    def _unify_values(self, section, vars):
        """The lookup chain for a section: vars (as strings), then the section's own
        options, then the defaults."""
        if section in self._sections:
            own = self._sections[section]
        elif section == self.default_section:
            own = {}
        else:
            raise NoSectionError(section)
        given = {}
        for key, value in (vars or {}).items():
            given[self.optionxform(key)] = None if value is None else str(value)
        return _ChainMap(given, own, self._defaults)

    def get(self, section, option, *, raw=False, vars=None, fallback=_UNSET):
        """Get an option value for a given section."""
        try:
            chain = self._unify_values(section, vars)
        except NoSectionError:
            if fallback is _UNSET:
                raise
            return fallback
        key = self.optionxform(option)
        if key not in chain:
            if fallback is _UNSET:
                raise NoOptionError(key, section)
            return fallback
        value = chain[key]
        if raw or value is None:
            return value
        return self._interpolation.before_get(self, section, key, value, chain)

    def _get_conv(self, section, option, conv, *, raw=False, vars=None,
                  fallback=_UNSET, **kwargs):
        # Only a missing section or option falls back; a bad value still raises.
        try:
            text = self.get(section, option, raw=raw, vars=vars, **kwargs)
        except (NoSectionError, NoOptionError):
            if fallback is _UNSET:
                raise
            return fallback
        return conv(text)

    def _get(self, section, conv, option, **kwargs):
        return conv(self.get(section, option, **kwargs))

    def getint(self, section, option, *, raw=False, vars=None, fallback=_UNSET, **kwargs):
        return self._get_conv(section, option, int, raw=raw, vars=vars,
                              fallback=fallback, **kwargs)

    def getfloat(self, section, option, *, raw=False, vars=None, fallback=_UNSET, **kwargs):
        return self._get_conv(section, option, float, raw=raw, vars=vars,
                              fallback=fallback, **kwargs)

    def getboolean(self, section, option, *, raw=False, vars=None, fallback=_UNSET,
                   **kwargs):
        return self._get_conv(section, option, self._convert_to_boolean,
                              raw=raw, vars=vars, fallback=fallback, **kwargs)

    def _convert_to_boolean(self, value):
        """Return a boolean value translating from other types if necessary."""
        state = self.BOOLEAN_STATES.get(value.lower())
        if state is None:
            raise ValueError(f"Not a boolean: {value}")
        return state

    def items(self, section=_UNSET, raw=False, vars=None):
        """Return a list of (name, value) tuples for each option in a section."""
        if section is _UNSET:
            return super().items()
        merged = self._defaults.copy()
        if section in self._sections:
            merged.update(self._sections[section])
        elif section != self.default_section:
            raise NoSectionError(section)
        # vars override values but add no names of their own.
        names = list(merged)
        for key, value in (vars or {}).items():
            merged[self.optionxform(key)] = value
        if raw:
            return [(name, merged[name]) for name in names]
        expand = self._interpolation.before_get
        return [(name, expand(self, section, name, merged[name], merged)) for name in names]

    def popitem(self):
        """Remove a section from the parser and return it as a (section_name,
        section_proxy) tuple. If no section is present, raise KeyError."""
        names = self.sections()
        if not names:
            raise KeyError
        proxy = self[names[0]]
        del self[names[0]]
        return names[0], proxy

    def _validate_value_types(self, *, section="", option="", value=""):
        """Raises a TypeError for non-string values."""
        for given, what in ((section, "section names"), (option, "option keys")):
            if not isinstance(given, str):
                raise TypeError(f"{what} must be strings")
        if (value or not self._allow_no_value) and not isinstance(value, str):
            raise TypeError("option values must be strings")

    converters = property(lambda self: self._converters)

    # -- writing

    def write(self, fp, space_around_delimiters=True):
        """Write an .ini-format representation of the configuration state."""
        delimiter = self._delimiters[0]
        if space_around_delimiters:
            delimiter = f" {delimiter} "
        if self._defaults:
            self._write_section(fp, self.default_section, self._defaults.items(), delimiter)
        for name, options in self._sections.items():
            self._write_section(fp, name, options.items(), delimiter)

    def _write_section(self, fp, section_name, section_items, delimiter):
        lines = [f"[{section_name}]\n"]
        for key, value in section_items:
            value = self._interpolation.before_write(self, section_name, key, value)
            if value is None and self._allow_no_value:
                lines.append(f"{key}\n")
            else:
                # Continuation lines are indented with a tab so they read back.
                shown = str(value).replace("\n", "\n\t")
                lines.append(f"{key}{delimiter}{shown}\n")
        lines.append("\n")
        for line in lines:
            fp.write(line)

    # -- the mapping protocol: section name -> SectionProxy

    def __getitem__(self, key):
        if key == self.default_section or key in self._sections:
            return self._proxies[key]
        raise KeyError(key)

    def __setitem__(self, key, value):
        # Assigning a section's own proxy back to it changes nothing; otherwise the
        # section's options are replaced by the mapping's.
        if key in self and self[key] is value:
            return
        if key in self._sections:
            self._sections[key].clear()
        elif key == self.default_section:
            self._defaults.clear()
        self.read_dict({key: value})

    def __delitem__(self, key):
        if key == self.default_section:
            raise ValueError("Cannot remove the default section.")
        if not self.remove_section(key):
            raise KeyError(key)

    def __contains__(self, key):
        return key == self.default_section or key in self._sections

    def __len__(self):
        return 1 + len(self._sections)

    def __iter__(self):
        yield self.default_section
        yield from self._sections


class ConfigParser(RawConfigParser):
    """The parser with BasicInterpolation by default, accepting only str names and values."""

    _DEFAULT_INTERPOLATION = BasicInterpolation()

    def add_section(self, section):
        """add_section, refusing a section name that is not a str."""
        self._validate_value_types(section=section)
        super().add_section(section)

    def set(self, section, option, value=None):
        """set, refusing non-str options and values (and bad interpolation syntax)."""
        self._validate_value_types(option=option, value=value)
        super().set(section, option, value)

    def _read_defaults(self, defaults):
        # The defaults are stored as given: their '%' is not checked as syntax.
        kept = self._interpolation
        self._interpolation = Interpolation()
        try:
            super()._read_defaults(defaults)
        finally:
            self._interpolation = kept


class SafeConfigParser(ConfigParser):
    """The old name of ConfigParser (deprecated)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        _deprecated("The SafeConfigParser class has been renamed to ConfigParser in "
                    "Python 3.2. This alias will be removed in Python 3.12. Use "
                    "ConfigParser directly instead.")


def _bind_getter(proxy, method_name, impl):
    """Give a section proxy its get<name>() for a converter: the proxy's get with the
    parser's converter method doing the work."""
    setattr(proxy, method_name, functools.partial(proxy.get, _impl=impl))


class SectionProxy(MutableMapping):
    """One section of a parser as a mapping of its options (defaults included)."""

    def __init__(self, parser, name):
        self._name = name
        self._parser = parser
        for conv in parser.converters:
            _bind_getter(self, "get" + conv, getattr(parser, "get" + conv))

    name = property(lambda self: self._name)
    parser = property(lambda self: self._parser)

    def __repr__(self):
        return f"<Section: {self._name}>"

    def _names(self):
        if self._name == self._parser.default_section:
            return self._parser.defaults()
        return self._parser.options(self._name)

    def __contains__(self, key):
        return self._parser.has_option(self._name, key)

    def __getitem__(self, key):
        if key in self:
            return self._parser.get(self._name, key)
        raise KeyError(key)

    def __setitem__(self, key, value):
        parser = self._parser
        parser._validate_value_types(option=key, value=value)
        return parser.set(self._name, key, value)

    def __delitem__(self, key):
        # Only the section's own options can go (a default shows through but stays).
        if key not in self or not self._parser.remove_option(self._name, key):
            raise KeyError(key)

    def __iter__(self):
        return iter(self._names())

    def __len__(self):
        return len(self._names())

    def get(self, option, fallback=None, *, raw=False, vars=None, _impl=None, **kwargs):
        """Get an option value."""
        getter = _impl or self._parser.get
        return getter(self._name, option, raw=raw, vars=vars, fallback=fallback, **kwargs)


class ConverterMapping(MutableMapping):
    """Enables reuse of get*() methods between the parser and section proxies."""

    GETTERCRE = re.compile(r"^get(?P<name>.+)$")

    def __init__(self, parser):
        # The parser's own get<name> methods are listed with no converter.
        self._data = {}
        self._parser = parser
        for attr in dir(parser):
            found = self.GETTERCRE.match(attr)
            if found and callable(getattr(parser, attr)):
                self._data[found.group("name")] = None

    def __getitem__(self, key):
        return self._data[key]

    def __setitem__(self, key, value):
        if not isinstance(key, str):
            raise ValueError(f"Incompatible key: {key} (type: {type(key)})")
        if not key:
            raise ValueError('Incompatible key: cannot use "" as a name')
        self._data[key] = value
        get_conv = self._parser._get_conv

        def method(section, option, **kwargs):
            return get_conv(section, option, conv=value, **kwargs)

        method.converter = value
        setattr(self._parser, "get" + key, method)
        for proxy in self._parser.values():
            _bind_getter(proxy, "get" + key, method)

    def __delitem__(self, key):
        if not key or not isinstance(key, str):
            raise KeyError(key)
        del self._data[key]
        for holder in (self._parser, *self._parser.values()):
            if ("get" + key) in vars(holder):
                delattr(holder, "get" + key)

    def __len__(self):
        return len(self._data)

    def __iter__(self):
        return iter(self._data)
