"""A powerful, extensible, and easy-to-use option parser.

optparse (superseded by argparse): OptionParser, Option/make_option, OptionGroup,
Values, the help formatters and the errors.
"""

# coro's optparse, written from the optparse documentation and python3's observed
# behaviour (its help layout, messages and exit statuses). Layout: errors, help
# formatters (in _optparse_help), value conversion, Option, Values, the option
# containers, OptionParser.
# It is not: translations (messages are English), Values.read_module/read_file.

import os
import sys

from _optparse_help import (NO_DEFAULT, NO_DEFAULT_VALUE, HelpFormatter,
                            IndentedHelpFormatter, TitledHelpFormatter)

__version__ = "1.5.3"

__all__ = ['Option', 'make_option', 'SUPPRESS_HELP', 'SUPPRESS_USAGE', 'Values',
           'OptionContainer', 'OptionGroup', 'OptionParser', 'HelpFormatter',
           'IndentedHelpFormatter', 'TitledHelpFormatter', 'OptParseError',
           'OptionError', 'OptionConflictError', 'OptionValueError', 'BadOptionError',
           'check_choice']


def _(text):
    return text


def _repr(self):
    return "<%s at 0x%x: %s>" % (type(self).__name__, id(self), self)


# ---- errors ---------------------------------------------------------------------------

class OptParseError(Exception):
    """The base of optparse's errors; str() is the message."""

    def __init__(self, msg):
        self.msg = msg

    def __str__(self):
        return self.msg


class OptionError(OptParseError):
    """A badly made Option (the message names the option, once it has a name)."""

    def __init__(self, msg, option):
        OptParseError.__init__(self, msg)
        self.option_id = str(option)

    def __str__(self):
        if not self.option_id:
            return self.msg
        return "option %s: %s" % (self.option_id, self.msg)


class OptionConflictError(OptionError):
    """An option string that a container already has."""


class OptionValueError(OptParseError):
    """A value given on the command line that the option's type refuses."""


class BadOptionError(OptParseError):
    """An option string the parser does not know."""

    def __init__(self, opt_str):
        OptParseError.__init__(self, _("no such option: %s") % opt_str)
        self.opt_str = opt_str


class AmbiguousOptionError(BadOptionError):
    """An abbreviated long option that several options start with."""

    def __init__(self, opt_str, possibilities):
        OptParseError.__init__(self, _("ambiguous option: %s (%s?)")
                               % (opt_str, ", ".join(possibilities)))
        self.opt_str = opt_str
        self.possibilities = possibilities


# ---- values ---------------------------------------------------------------------------

def _parse_num(val, type):
    """`val` as a number: 0x hex, 0b binary, a leading 0 octal, else decimal."""
    prefix = val[:2].lower()
    if prefix == "0x":
        return type(val, 16)
    if prefix == "0b":
        return type(val[2:] or "0", 2)
    return type(val, 8 if val[:1] == "0" else 10)


def _parse_int(val):
    return _parse_num(val, int)


_builtin_cvt = {"int": (_parse_int, _("integer")),
                "long": (_parse_int, _("integer")),
                "float": (float, _("floating-point")),
                "complex": (complex, _("complex"))}


def check_builtin(option, opt, value):
    convert, what = _builtin_cvt[option.type]
    try:
        return convert(value)
    except ValueError:
        raise OptionValueError(_("option %s: invalid %s value: %r") % (opt, what, value))


def check_choice(option, opt, value):
    if value in option.choices:
        return value
    raise OptionValueError(_("option %s: invalid choice: %r (choose from %s)")
                           % (opt, value, ", ".join(map(repr, option.choices))))




class Option:
    """One command-line option: its strings ('-f', '--file') and what it does with
    what follows (action, type, dest, default, nargs, const, choices, callback...)."""

    ATTRS = ['action', 'type', 'dest', 'default', 'nargs', 'const', 'choices',
             'callback', 'callback_args', 'callback_kwargs', 'help', 'metavar']

    ACTIONS = ("store", "store_const", "store_true", "store_false", "append",
               "append_const", "count", "callback", "help", "version")
    # Actions that store something in dest, those that take a typed value, those
    # that always do, and those that use const.
    STORE_ACTIONS = ("store", "store_const", "store_true", "store_false", "append",
                     "append_const", "count")
    TYPED_ACTIONS = ("store", "append", "callback")
    ALWAYS_TYPED_ACTIONS = ("store", "append")
    CONST_ACTIONS = ("store_const", "append_const")

    TYPES = ("string", "int", "long", "float", "complex", "choice")
    TYPE_CHECKER = {"int": check_builtin, "long": check_builtin, "float": check_builtin,
                    "complex": check_builtin, "choice": check_choice}

    CHECK_METHODS = None

    def __init__(self, *opts, **attrs):
        self._short_opts, self._long_opts = [], []
        self._set_opt_strings(self._check_opt_strings(opts))
        self._set_attrs(attrs)
        for check in self.CHECK_METHODS:
            check(self)

    def _check_opt_strings(self, opts):
        given = [opt for opt in opts if opt]
        if not given:
            raise TypeError("at least one option string must be supplied")
        return given

    def _set_opt_strings(self, opts):
        for opt in opts:
            if len(opt) < 2:
                raise OptionError("invalid option string %r: must be at least two "
                                  "characters long" % opt, self)
            if len(opt) == 2:
                if opt[0] != "-" or opt[1] == "-":
                    raise OptionError("invalid short option string %r: must be of the "
                                      "form -x, (x any non-dash char)" % opt, self)
                self._short_opts.append(opt)
            else:
                if not opt.startswith("--") or opt[2] == "-":
                    raise OptionError("invalid long option string %r: must start with "
                                      "--, followed by non-dash" % opt, self)
                self._long_opts.append(opt)

    def _set_attrs(self, attrs):
        unknown = sorted(set(attrs) - set(self.ATTRS))
        for attr in self.ATTRS:
            default = NO_DEFAULT if attr == 'default' else None
            setattr(self, attr, attrs.get(attr, default))
        if unknown:
            raise OptionError("invalid keyword arguments: %s" % ", ".join(unknown), self)

    # The consistency checks, run in CHECK_METHODS's order by __init__.

    def _check_action(self):
        self.action = self.action or "store"
        if self.action not in self.ACTIONS:
            raise OptionError("invalid action: %r" % self.action, self)

    def _check_type(self):
        kind = self.type
        if kind is None:
            if self.action in self.ALWAYS_TYPED_ACTIONS:
                self.type = "string" if self.choices is None else "choice"
            return
        # The built-in types (int, float, str...) stand for their names.
        name = kind.__name__ if isinstance(kind, type) else kind
        self.type = {"str": "string"}.get(name, name)
        if self.type not in self.TYPES:
            raise OptionError("invalid option type: %r" % self.type, self)
        if self.action not in self.TYPED_ACTIONS:
            raise OptionError("must not supply a type for action %r" % self.action, self)

    def _check_choice(self):
        if self.type != "choice":
            if self.choices is not None:
                raise OptionError("must not supply choices for type %r" % self.type, self)
        elif self.choices is None:
            raise OptionError("must supply a list of choices for type 'choice'", self)
        elif not isinstance(self.choices, (tuple, list)):
            raise OptionError("choices must be a list of strings ('%s' supplied)"
                              % repr(type(self.choices))[8:-2], self)

    def _check_dest(self):
        # By default an option stores under its first long name ('--dry-run' ->
        # dry_run), or its short one's letter.
        if self.dest is not None:
            return
        if self.action in self.STORE_ACTIONS or self.type is not None:
            self.dest = (self._long_opts[0][2:].replace('-', '_') if self._long_opts
                         else self._short_opts[0][1])

    def _check_const(self):
        if self.const is not None and self.action not in self.CONST_ACTIONS:
            raise OptionError("'const' must not be supplied for action %r" % self.action,
                              self)

    def _check_nargs(self):
        typed = self.action in self.TYPED_ACTIONS
        if typed and self.nargs is None:
            self.nargs = 1
        elif not typed and self.nargs is not None:
            raise OptionError("'nargs' must not be supplied for action %r" % self.action,
                              self)

    def _check_callback(self):
        if self.action != "callback":
            for attr, value in (("callback", self.callback),
                                ("callback_args", self.callback_args),
                                ("callback_kwargs", self.callback_kwargs)):
                if value is None:
                    continue
                if attr == "callback":
                    raise OptionError("callback supplied (%r) for non-callback option"
                                      % value, self)
                raise OptionError("%s supplied for non-callback option" % attr, self)
            return
        if not callable(self.callback):
            raise OptionError("callback not callable: %r" % self.callback, self)
        if self.callback_args is not None and not isinstance(self.callback_args, tuple):
            raise OptionError("callback_args, if supplied, must be a tuple: not %r"
                              % self.callback_args, self)
        if (self.callback_kwargs is not None
                and not isinstance(self.callback_kwargs, dict)):
            raise OptionError("callback_kwargs, if supplied, must be a dict: not %r"
                              % self.callback_kwargs, self)

    CHECK_METHODS = [_check_action, _check_type, _check_choice, _check_dest,
                     _check_const, _check_nargs, _check_callback]

    def __str__(self):
        """'-f/--file'."""
        return "/".join(self._short_opts + self._long_opts)

    __repr__ = _repr

    def takes_value(self):
        """Whether a value follows the option on the command line."""
        return self.type is not None

    def get_opt_string(self):
        """The name used in messages: the first long string, else the first short."""
        return (self._long_opts or self._short_opts)[0]

    # What the option does with its value(s).

    def check_value(self, opt, value):
        checker = self.TYPE_CHECKER.get(self.type)
        return value if checker is None else checker(self, opt, value)

    def convert_value(self, opt, value):
        if value is None:
            return None
        if self.nargs == 1:
            return self.check_value(opt, value)
        return tuple(self.check_value(opt, item) for item in value)

    def process(self, opt, value, values, parser):
        value = self.convert_value(opt, value)
        return self.take_action(self.action, self.dest, opt, value, values, parser)

    def take_action(self, action, dest, opt, value, values, parser):
        if action in ("store", "store_const", "store_true", "store_false"):
            stored = {"store": value, "store_const": self.const,
                      "store_true": True, "store_false": False}[action]
            setattr(values, dest, stored)
        elif action in ("append", "append_const"):
            values.ensure_value(dest, []).append(value if action == "append"
                                                 else self.const)
        elif action == "count":
            setattr(values, dest, values.ensure_value(dest, 0) + 1)
        elif action == "callback":
            self.callback(self, opt, value, parser, *(self.callback_args or ()),
                          **(self.callback_kwargs or {}))
        elif action in ("help", "version"):
            # Print, then leave with status 0.
            (parser.print_help if action == "help" else parser.print_version)()
            parser.exit()
        else:
            raise ValueError("unknown action %r" % self.action)
        return 1


make_option = Option

SUPPRESS_HELP = "SUPPRESS" + "HELP"
SUPPRESS_USAGE = "SUPPRESS" + "USAGE"


class Values:
    """The parsed options: one attribute per destination."""

    def __init__(self, defaults=None):
        for attr, value in (defaults or {}).items():
            setattr(self, attr, value)

    def __str__(self):
        """The attributes, as a dict prints."""
        return str(self.__dict__)

    __repr__ = _repr

    def __eq__(self, other):
        """Equal to Values or a dict with the same attributes."""
        if isinstance(other, (Values, dict)):
            return self.__dict__ == (other if isinstance(other, dict) else other.__dict__)
        return NotImplemented

    def _update_careful(self, dict):
        """Take the values of `dict` for attributes this object already has (None
        values are skipped)."""
        for attr in dir(self):
            if attr in dict and dict[attr] is not None:
                setattr(self, attr, dict[attr])

    def _update_loose(self, dict):
        """Take every value of `dict`."""
        self.__dict__.update(dict)

    def _update(self, dict, mode):
        updates = {"careful": self._update_careful, "loose": self._update_loose}
        if mode not in updates:
            raise ValueError("invalid update mode: %r" % mode)
        updates[mode](dict)

    def ensure_value(self, attr, value):
        """The attribute, set to `value` first if it is missing or None."""
        if getattr(self, attr, None) is None:
            setattr(self, attr, value)
        return getattr(self, attr)


# ---- containers ------------------------------------------------------------------------

def _made_or_given(args, kwargs, factory, kind, wrong_type):
    """add_option/add_option_group's argument forms: the constructor's arguments
    (starting with a str), or one ready-made object of `kind`."""
    if isinstance(args[0], str):
        return factory(*args, **kwargs)
    if len(args) != 1 or kwargs:
        raise TypeError("invalid arguments")
    if not isinstance(args[0], kind):
        raise TypeError(wrong_type % (args[0],))
    return args[0]


class OptionContainer:
    """What OptionParser and OptionGroup share: a list of options, the maps from
    option strings to options, the defaults, and the conflict policy."""

    def __init__(self, option_class, conflict_handler, description):
        self.option_class = option_class
        self._create_option_list()
        self.set_conflict_handler(conflict_handler)
        self.description = description

    def _create_option_mappings(self):
        # option string -> Option, for short and long strings; dest -> default.
        self._short_opt, self._long_opt, self.defaults = {}, {}, {}

    def _share_option_mappings(self, parser):
        # A group's options are the parser's: they share its maps.
        self._short_opt, self._long_opt = parser._short_opt, parser._long_opt
        self.defaults = parser.defaults

    def set_conflict_handler(self, handler):
        """What adding a taken option string does: 'error' (raise
        OptionConflictError) or 'resolve' (the older option loses it)."""
        if handler not in ("error", "resolve"):
            raise ValueError("invalid conflict_resolution value %r" % handler)
        self.conflict_handler = handler

    def set_description(self, description):
        """The text shown under the container's heading."""
        self.description = description

    def get_description(self):
        """The description as shown (the parser expands %prog in it)."""
        return self.description

    def destroy(self):
        """Drop the references that make cycles (for the garbage collector)."""
        for attr in ("_short_opt", "_long_opt", "defaults"):
            delattr(self, attr)

    def _check_conflict(self, option):
        clashes = [(name, self._short_opt[name]) for name in option._short_opts
                   if name in self._short_opt]
        clashes += [(name, self._long_opt[name]) for name in option._long_opts
                    if name in self._long_opt]
        if not clashes:
            return
        if self.conflict_handler == "error":
            raise OptionConflictError("conflicting option string(s): %s"
                                      % ", ".join(name for name, _ in clashes), option)
        # "resolve": the older option loses the strings; with none left, it goes.
        for name, older in clashes:
            if name.startswith("--"):
                older._long_opts.remove(name)
                del self._long_opt[name]
            else:
                older._short_opts.remove(name)
                del self._short_opt[name]
            if not (older._short_opts or older._long_opts):
                older.container.option_list.remove(older)

    def add_option(self, *args, **kwargs):
        """Add an Option, or make one from add_option's arguments as Option's."""
        option = _made_or_given(args, kwargs, self.option_class, Option,
                                "not an Option instance: %r")
        self._check_conflict(option)
        option.container = self
        self.option_list.append(option)
        self._short_opt.update(dict.fromkeys(option._short_opts, option))
        self._long_opt.update(dict.fromkeys(option._long_opts, option))
        if option.dest is not None:
            if option.default is not NO_DEFAULT:
                self.defaults[option.dest] = option.default
            else:
                self.defaults.setdefault(option.dest, None)
        return option

    def add_options(self, option_list):
        """add_option for each Option of the list."""
        for option in option_list:
            self.add_option(option)

    def get_option(self, opt_str):
        """The Option with this string, or None."""
        return self._short_opt.get(opt_str) or self._long_opt.get(opt_str)

    def has_option(self, opt_str):
        """Whether an option has this string."""
        return opt_str in self._short_opt or opt_str in self._long_opt

    def remove_option(self, opt_str):
        option = self.get_option(opt_str)
        if option is None:
            raise ValueError("no such option %r" % opt_str)
        for name in option._short_opts:
            del self._short_opt[name]
        for name in option._long_opts:
            del self._long_opt[name]
        option.container.option_list.remove(option)

    def format_option_help(self, formatter):
        return "".join(formatter.format_option(option) for option in self.option_list
                       if option.help is not SUPPRESS_HELP)

    def format_description(self, formatter):
        return formatter.format_description(self.get_description())

    def format_help(self, formatter):
        parts = []
        if self.description:
            parts.append(self.format_description(formatter))
        if self.option_list:
            parts.append(self.format_option_help(formatter))
        return "\n".join(parts)


class OptionGroup(OptionContainer):
    """Options listed together under a title in the help (they parse as the
    parser's own)."""

    def __init__(self, parser, title, description=None):
        self.parser, self.title = parser, title
        OptionContainer.__init__(self, parser.option_class, parser.conflict_handler,
                                 description)

    def _create_option_list(self):
        self._share_option_mappings(self.parser)
        self.option_list = []

    def set_title(self, title):
        """The group's heading in the help."""
        self.title = title

    def destroy(self):
        """Drop the references that make cycles."""
        OptionContainer.destroy(self)
        del self.option_list

    def format_help(self, formatter):
        heading = formatter.format_heading(self.title)
        formatter.indent()
        body = OptionContainer.format_help(self, formatter)
        formatter.dedent()
        return heading + body


class OptionParser(OptionContainer):
    """Parses a command line (sys.argv[1:] by default) into a Values object and the
    remaining positional arguments; prints help, usage, version and errors (exiting
    with status 2 on a bad command line)."""

    standard_option_list = []

    def __init__(self, usage=None, option_list=None, option_class=Option, version=None,
                 conflict_handler="error", description=None, formatter=None,
                 add_help_option=True, prog=None, epilog=None):
        OptionContainer.__init__(self, option_class, conflict_handler, description)
        self.prog, self.version, self.epilog = prog, version, epilog
        self.set_usage(usage)
        self.allow_interspersed_args = self.process_default_values = True
        self.formatter = IndentedHelpFormatter() if formatter is None else formatter
        self.formatter.set_parser(self)
        self._populate_option_list(option_list, add_help=add_help_option)
        self._init_parsing_state()

    def destroy(self):
        """Drop the references that make cycles (groups included)."""
        OptionContainer.destroy(self)
        for group in self.option_groups:
            group.destroy()
        for attr in ("option_list", "option_groups", "formatter"):
            delattr(self, attr)

    def _create_option_list(self):
        self._create_option_mappings()
        self.option_list, self.option_groups = [], []

    def _add_help_option(self):
        self.add_option("-h", "--help", action="help",
                        help=_("show this help message and exit"))

    def _add_version_option(self):
        self.add_option("--version", action="version",
                        help=_("show program's version number and exit"))

    def _populate_option_list(self, option_list, add_help=True):
        # The class's standard options, the given ones, then --version and -h.
        for options in (self.standard_option_list, option_list or ()):
            self.add_options(options)
        if self.version:
            self._add_version_option()
        if add_help:
            self._add_help_option()

    def _init_parsing_state(self):
        # Set while parse_args runs (callbacks read them).
        self.rargs = self.largs = self.values = None

    def set_usage(self, usage):
        """The usage text (%prog stands for the program's name); SUPPRESS_USAGE for
        none. A leading 'usage: ' is dropped: the formatter adds its own."""
        if usage is SUPPRESS_USAGE:
            self.usage = None
        elif usage is None:
            self.usage = _("%prog [options]")
        else:
            self.usage = usage[7:] if usage.lower().startswith("usage: ") else usage

    def enable_interspersed_args(self):
        """Options may follow positional arguments (the default)."""
        self.allow_interspersed_args = True

    def disable_interspersed_args(self):
        """Parsing stops at the first positional argument."""
        self.allow_interspersed_args = False

    def set_process_default_values(self, process):
        """Whether string defaults go through their option's type checker."""
        self.process_default_values = process

    def set_default(self, dest, value):
        """The default of destination `dest`."""
        self.defaults[dest] = value

    def set_defaults(self, **kwargs):
        """The defaults of several destinations."""
        self.defaults.update(kwargs)

    def _get_all_options(self):
        options = list(self.option_list)
        for group in self.option_groups:
            options += group.option_list
        return options

    def get_default_values(self):
        """The defaults as Values; string defaults go through their option's type."""
        if not self.process_default_values:
            return Values(self.defaults)
        defaults = dict(self.defaults)
        for option in self._get_all_options():
            value = defaults.get(option.dest)
            if isinstance(value, str):
                defaults[option.dest] = option.check_value(option.get_opt_string(), value)
        return Values(defaults)

    def add_option_group(self, *args, **kwargs):
        """Add an OptionGroup of this parser, or make one from (title, description)."""
        group = _made_or_given(args, kwargs, lambda *a, **k: OptionGroup(self, *a, **k),
                               OptionGroup, "not an OptionGroup instance: %r")
        if group.parser is not self:
            raise ValueError("invalid OptionGroup (wrong parser)")
        self.option_groups.append(group)
        return group

    def get_option_group(self, opt_str):
        """The group holding the option with this string (None for the parser's
        own options)."""
        option = self.get_option(opt_str)
        return option.container if option and option.container is not self else None

    # ---- parsing ----

    def _get_args(self, args):
        return sys.argv[1:] if args is None else args[:]

    def parse_args(self, args=None, values=None):
        """(options, positional arguments) parsed from `args` (sys.argv[1:] by
        default), starting from `values` (the defaults by default)."""
        self.values = values = self.get_default_values() if values is None else values
        self.rargs = rargs = self._get_args(args)
        self.largs = largs = []
        try:
            self._process_args(largs, rargs, values)
        except (BadOptionError, OptionValueError) as err:
            self.error(str(err))
        return self.check_values(values, largs + rargs)

    def check_values(self, values, args):
        """A hook for subclasses: check or change the result of parse_args."""
        return (values, args)

    def _process_args(self, largs, rargs, values):
        # rargs: still to parse; largs: positional arguments met so far.
        while rargs:
            arg = rargs[0]
            if arg == "--":            # the end of the options
                rargs.pop(0)
                break
            if arg.startswith("--"):
                self._process_long_opt(rargs, values)
            elif arg.startswith("-") and arg != "-":
                self._process_short_opts(rargs, values)
            elif self.allow_interspersed_args:
                largs.append(rargs.pop(0))
            else:
                return

    def _match_long_opt(self, opt):
        return _match_abbrev(opt, self._long_opt)

    def _take_values(self, option, opt, rargs):
        """The option's value(s) from the front of rargs."""
        count = option.nargs
        if len(rargs) < count:
            plural = "" if count == 1 else "s"
            self.error(_("%s option requires %d argument%s") % (opt, count, plural))
        if count == 1:
            return rargs.pop(0)
        taken = tuple(rargs[:count])
        del rargs[:count]
        return taken

    def _process_long_opt(self, rargs, values):
        name, equals, attached = rargs.pop(0).partition("=")
        if equals:
            rargs.insert(0, attached)
        opt = self._match_long_opt(name)
        option = self._long_opt[opt]
        if not option.takes_value():
            if equals:
                self.error(_("%s option does not take a value") % opt)
            return option.process(opt, None, values, self)
        option.process(opt, self._take_values(option, opt, rargs), values, self)

    def _process_short_opts(self, rargs, values):
        cluster = rargs.pop(0)
        for index, letter in enumerate(cluster[1:], 2):
            opt = "-" + letter
            option = self._short_opt.get(opt)
            if not option:
                raise BadOptionError(opt)
            if not option.takes_value():
                option.process(opt, None, values, self)
                continue
            # The rest of the cluster is the value ("-fFILE").
            if index < len(cluster):
                rargs.insert(0, cluster[index:])
            option.process(opt, self._take_values(option, opt, rargs), values, self)
            break

    # ---- output ----

    def get_prog_name(self):
        return os.path.basename(sys.argv[0]) if self.prog is None else self.prog

    def expand_prog_name(self, s):
        """`s` with %prog replaced by the program's name."""
        return s.replace("%prog", self.get_prog_name())

    def get_description(self):
        """The description, %prog expanded."""
        return self.expand_prog_name(self.description)

    def exit(self, status=0, msg=None):
        """Leave the program (SystemExit), writing `msg` to stderr first."""
        if msg:
            sys.stderr.write(msg)
        raise SystemExit(status)

    def error(self, msg):
        """Print the usage and 'prog: error: msg' to stderr, and exit with status 2."""
        self.print_usage(sys.stderr)
        self.exit(2, "%s: error: %s\n" % (self.get_prog_name(), msg))

    def get_usage(self):
        if not self.usage:
            return ""
        return self.formatter.format_usage(self.expand_prog_name(self.usage))

    def print_usage(self, file=None):
        if self.usage:
            print(self.get_usage(), file=file)

    def get_version(self):
        return self.expand_prog_name(self.version) if self.version else ""

    def print_version(self, file=None):
        if self.version:
            print(self.get_version(), file=file)

    def format_option_help(self, formatter=None):
        formatter = self.formatter if formatter is None else formatter
        formatter.store_option_strings(self)
        parts = [formatter.format_heading(_("Options"))]
        formatter.indent()
        if self.option_list:
            parts += [OptionContainer.format_option_help(self, formatter), "\n"]
        for group in self.option_groups:
            parts += [group.format_help(formatter), "\n"]
        formatter.dedent()
        # Without the last blank line (or, with no options at all, the heading).
        return "".join(parts[:-1])

    def format_epilog(self, formatter):
        return formatter.format_epilog(self.epilog)

    def format_help(self, formatter=None):
        formatter = self.formatter if formatter is None else formatter
        parts = []
        if self.usage:
            parts.append(self.get_usage() + "\n")
        if self.description:
            parts.append(self.format_description(formatter) + "\n")
        parts.append(self.format_option_help(formatter))
        parts.append(self.format_epilog(formatter))
        return "".join(parts)

    def print_help(self, file=None):
        (sys.stdout if file is None else file).write(self.format_help())


def _match_abbrev(s, wordmap):
    """The key of `wordmap` that `s` is or uniquely abbreviates."""
    if s in wordmap:
        return s
    matches = sorted(word for word in wordmap if word.startswith(s))
    if len(matches) == 1:
        return matches[0]
    if not matches:
        raise BadOptionError(s)
    raise AmbiguousOptionError(s, matches)
