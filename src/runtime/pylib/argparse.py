"""Command-line parsing (coro's embedded argparse): ArgumentParser with positional and
optional arguments, the standard actions, nargs, type/choices/default/required, argument
groups, mutually exclusive groups, subparsers, and CPython 3.11's usage, help and error
texts (errors print usage and `prog: error: ...` on stderr and exit with status 2).

Not covered yet: fromfile_prefix_chars, abbreviations of long options
(allow_abbrev matches only exact names), the HelpFormatter subclasses other than the
default and RawDescriptionHelpFormatter/RawTextHelpFormatter/
ArgumentDefaultsHelpFormatter, and intermixed parsing.
"""

import sys as _sys

SUPPRESS = "==SUPPRESS=="
OPTIONAL = "?"
ZERO_OR_MORE = "*"
ONE_OR_MORE = "+"
PARSER = "A..."
REMAINDER = "..."


class Namespace:
    """A simple object holding the parsed attributes."""

    def __init__(self, **kwargs):
        for name, value in kwargs.items():
            setattr(self, name, value)

    def __repr__(self):
        args = []
        star_args = {}
        for name, value in self.__dict__.items():
            if name.isidentifier():
                args.append(f"{name}={value!r}")
            else:
                star_args[name] = value
        if star_args:
            args.append(f"**{star_args!r}")
        return f"{type(self).__name__}({', '.join(args)})"

    def __eq__(self, other):
        if not isinstance(other, Namespace):
            return NotImplemented
        return vars(self) == vars(other)

    def __contains__(self, key):
        return key in self.__dict__


class ArgumentError(Exception):
    """An error in one argument, naming it."""

    def __init__(self, argument, message):
        self.argument_name = _get_action_name(argument)
        self.message = message

    def __str__(self):
        if self.argument_name is None:
            return self.message
        return f"argument {self.argument_name}: {self.message}"


class ArgumentTypeError(Exception):
    """Raised by a type function to report a bad value with its own message."""


def _get_action_name(argument):
    if argument is None:
        return None
    if argument.option_strings:
        return "/".join(argument.option_strings)
    if argument.metavar not in (None, SUPPRESS):
        return argument.metavar
    if argument.dest not in (None, SUPPRESS):
        return argument.dest
    if argument.choices:
        return "{" + ",".join(argument.choices) + "}"
    return None


# ---------------------------------------------------------------- actions

class Action:
    """What to do with an argument's values."""

    def __init__(self, option_strings, dest, nargs=None, const=None, default=None,
                 type=None, choices=None, required=False, help=None, metavar=None):
        self.option_strings = option_strings
        self.dest = dest
        self.nargs = nargs
        self.const = const
        self.default = default
        self.type = type
        self.choices = choices
        self.required = required
        self.help = help
        self.metavar = metavar

    def format_usage(self):
        return self.option_strings[0]

    def __repr__(self):
        names = ["option_strings", "dest", "nargs", "const", "default", "type", "choices",
                 "required", "help", "metavar"]
        args = ", ".join(f"{name}={getattr(self, name)!r}" for name in names)
        return f"{type(self).__name__}({args})"

    def __call__(self, parser, namespace, values, option_string=None):
        raise NotImplementedError(".__call__() not defined")


class _StoreAction(Action):
    def __init__(self, option_strings, dest, nargs=None, const=None, default=None, type=None,
                 choices=None, required=False, help=None, metavar=None):
        if nargs == 0:
            raise ValueError("nargs for store actions must be != 0; if you have nothing to "
                             "store, actions such as store true or store const may be more appropriate")
        if const is not None and nargs != OPTIONAL:
            raise ValueError(f"nargs must be {OPTIONAL!r} to supply const")
        super().__init__(option_strings, dest, nargs, const, default, type, choices, required,
                         help, metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, values)


class _StoreConstAction(Action):
    def __init__(self, option_strings, dest, const=None, default=None, required=False,
                 help=None, metavar=None):
        super().__init__(option_strings, dest, nargs=0, const=const, default=default,
                         required=required, help=help)

    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, self.const)


class _StoreTrueAction(_StoreConstAction):
    def __init__(self, option_strings, dest, default=False, required=False, help=None):
        super().__init__(option_strings, dest, const=True, default=default,
                         required=required, help=help)


class _StoreFalseAction(_StoreConstAction):
    def __init__(self, option_strings, dest, default=True, required=False, help=None):
        super().__init__(option_strings, dest, const=False, default=default,
                         required=required, help=help)


class _AppendAction(Action):
    def __init__(self, option_strings, dest, nargs=None, const=None, default=None, type=None,
                 choices=None, required=False, help=None, metavar=None):
        if nargs == 0:
            raise ValueError("nargs for append actions must be != 0; if arg strings are not "
                             "supplying the value to append, the append const action may be more appropriate")
        super().__init__(option_strings, dest, nargs, const, default, type, choices, required,
                         help, metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        items = getattr(namespace, self.dest, None)
        items = list(items) if items is not None else []
        items.append(values)
        setattr(namespace, self.dest, items)


class _AppendConstAction(Action):
    def __init__(self, option_strings, dest, const=None, default=None, required=False,
                 help=None, metavar=None):
        super().__init__(option_strings, dest, nargs=0, const=const, default=default,
                         required=required, help=help, metavar=metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        items = getattr(namespace, self.dest, None)
        items = list(items) if items is not None else []
        items.append(self.const)
        setattr(namespace, self.dest, items)


class _CountAction(Action):
    def __init__(self, option_strings, dest, default=None, required=False, help=None):
        super().__init__(option_strings, dest, nargs=0, default=default, required=required,
                         help=help)

    def __call__(self, parser, namespace, values, option_string=None):
        count = getattr(namespace, self.dest, None)
        if count is None:
            count = 0
        setattr(namespace, self.dest, count + 1)


class _HelpAction(Action):
    def __init__(self, option_strings, dest=SUPPRESS, default=SUPPRESS, help=None):
        super().__init__(option_strings, dest, default=default, nargs=0, help=help)

    def __call__(self, parser, namespace, values, option_string=None):
        parser.print_help()
        parser.exit()


class _VersionAction(Action):
    def __init__(self, option_strings, version=None, dest=SUPPRESS, default=SUPPRESS,
                 help="show program's version number and exit"):
        super().__init__(option_strings, dest, default=default, nargs=0, help=help)
        self.version = version

    def __call__(self, parser, namespace, values, option_string=None):
        version = self.version if self.version is not None else parser.version
        formatter = parser._get_formatter()
        formatter.add_text(version)
        parser._print_message(formatter.format_help(), _sys.stdout)
        parser.exit()


class _ExtendAction(_AppendAction):
    def __call__(self, parser, namespace, values, option_string=None):
        items = getattr(namespace, self.dest, None)
        items = list(items) if items is not None else []
        items.extend(values)
        setattr(namespace, self.dest, items)


class BooleanOptionalAction(Action):
    def __init__(self, option_strings, dest, default=None, type=None, choices=None,
                 required=False, help=None, metavar=None):
        _option_strings = []
        for option_string in option_strings:
            _option_strings.append(option_string)
            if option_string.startswith("--"):
                _option_strings.append("--no-" + option_string[2:])
        if help is not None and default is not None and default is not SUPPRESS:
            help += " (default: %(default)s)"
        super().__init__(_option_strings, dest, nargs=0, default=default, type=type,
                         choices=choices, required=required, help=help, metavar=metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        if option_string in self.option_strings:
            setattr(namespace, self.dest, not option_string.startswith("--no-"))

    def format_usage(self):
        return " | ".join(self.option_strings)


class _SubParsersAction(Action):
    class _ChoicesPseudoAction(Action):
        def __init__(self, name, aliases, help):
            metavar = dest = name
            if aliases:
                metavar += " (%s)" % ", ".join(aliases)
            super().__init__(option_strings=[], dest=dest, help=help, metavar=metavar)

    def __init__(self, option_strings, prog, parser_class, dest=SUPPRESS, required=False,
                 help=None, metavar=None):
        self._prog_prefix = prog
        self._parser_class = parser_class
        self._name_parser_map = {}
        self._choices_actions = []
        super().__init__(option_strings=option_strings, dest=dest, nargs=PARSER,
                         choices=self._name_parser_map, required=required, help=help,
                         metavar=metavar)

    def add_parser(self, name, **kwargs):
        if kwargs.get("prog") is None:
            kwargs["prog"] = f"{self._prog_prefix} {name}"
        aliases = kwargs.pop("aliases", ())
        if name in self._name_parser_map:
            raise ArgumentError(self, f"conflicting subparser: {name}")
        for alias in aliases:
            if alias in self._name_parser_map:
                raise ArgumentError(self, f"conflicting subparser alias: {alias}")
        if "help" in kwargs:
            help = kwargs.pop("help")
            self._choices_actions.append(self._ChoicesPseudoAction(name, aliases, help))
        parser = self._parser_class(**kwargs)
        self._name_parser_map[name] = parser
        for alias in aliases:
            self._name_parser_map[alias] = parser
        return parser

    def _get_subactions(self):
        return self._choices_actions

    def __call__(self, parser, namespace, values, option_string=None):
        parser_name = values[0]
        arg_strings = values[1:]
        if self.dest is not SUPPRESS:
            setattr(namespace, self.dest, parser_name)
        try:
            subparser = self._name_parser_map[parser_name]
        except KeyError:
            choices = ", ".join(repr(c) for c in self._name_parser_map)
            raise ArgumentError(self, f"invalid choice: {parser_name!r} (choose from {choices})")
        subnamespace, arg_strings = subparser.parse_known_args(arg_strings, None)
        for key, value in vars(subnamespace).items():
            setattr(namespace, key, value)
        if arg_strings:
            vars(namespace).setdefault("_UNRECOGNIZED_ARGS_ATTR", [])
            getattr(namespace, "_UNRECOGNIZED_ARGS_ATTR").extend(arg_strings)


class FileType:
    """A type= that opens the named file ('-' is stdin or stdout)."""

    def __init__(self, mode="r", bufsize=-1, encoding=None, errors=None):
        self._mode = mode
        self._bufsize = bufsize
        self._encoding = encoding
        self._errors = errors

    def __call__(self, string):
        if string == "-":
            if "r" in self._mode:
                return _sys.stdin.buffer if "b" in self._mode else _sys.stdin
            if any(c in self._mode for c in "wax"):
                return _sys.stdout.buffer if "b" in self._mode else _sys.stdout
            raise ValueError(f'argument "-" with mode {self._mode}')
        try:
            return open(string, self._mode, self._bufsize, self._encoding, self._errors)
        except OSError as e:
            raise ArgumentTypeError(f"can't open '{string}': {e}")

    def __repr__(self):
        args = [self._mode, self._bufsize]
        kwargs = [("encoding", self._encoding), ("errors", self._errors)]
        args_str = ", ".join([repr(arg) for arg in args if arg != -1]
                             + [f"{kw}={arg!r}" for kw, arg in kwargs if arg is not None])
        return f"{type(self).__name__}({args_str})"


_ACTIONS = {
    None: _StoreAction, "store": _StoreAction, "store_const": _StoreConstAction,
    "store_true": _StoreTrueAction, "store_false": _StoreFalseAction,
    "append": _AppendAction, "append_const": _AppendConstAction, "count": _CountAction,
    "help": _HelpAction, "version": _VersionAction, "parsers": _SubParsersAction,
    "extend": _ExtendAction,
}


# ---------------------------------------------------------------- help formatting

def _wrap(text, width):
    """textwrap.wrap for argparse's single-spaced text: greedy, long words kept whole."""
    words = text.split()
    lines = []
    current = ""
    for word in words:
        if not current:
            current = word
        elif len(current) + 1 + len(word) <= width:
            current += " " + word
        else:
            lines.append(current)
            current = word
    if current:
        lines.append(current)
    return lines


def _terminal_width():
    import os
    try:
        columns = int(os.environ["COLUMNS"])
    except (KeyError, ValueError):
        columns = 80
    return columns


class HelpFormatter:
    """Formats usage and help as CPython's default formatter does."""

    def __init__(self, prog, indent_increment=2, max_help_position=24, width=None):
        if width is None:
            width = _terminal_width() - 2
        self._prog = prog
        self._indent_increment = indent_increment
        self._max_help_position = min(max_help_position, max(width - 20, indent_increment * 2))
        self._width = width
        self._current_indent = 0
        self._action_max_length = 0
        self._sections = []
        self._items = self._sections_root = []

    def _indent(self):
        self._current_indent += self._indent_increment

    def _dedent(self):
        self._current_indent -= self._indent_increment

    def start_section(self, heading):
        self._indent()
        section = {"heading": heading, "items": [], "parent": self._items,
                   "indent": self._current_indent}
        self._items.append(("section", section))
        self._items = section["items"]

    def end_section(self):
        parent = None
        for kind, item in self._sections_root_walk():
            if kind == "section" and item["items"] is self._items:
                parent = item["parent"]
        self._items = parent if parent is not None else self._sections_root
        self._dedent()

    def _sections_root_walk(self, items=None):
        items = self._sections_root if items is None else items
        for kind, item in items:
            yield kind, item
            if kind == "section":
                yield from self._sections_root_walk(item["items"])

    def add_text(self, text):
        if text is not SUPPRESS and text is not None:
            self._items.append(("text", (text, self._current_indent)))

    def add_usage(self, usage, actions, groups, prefix=None):
        if usage is not SUPPRESS:
            self._items.append(("usage", (usage, actions, groups, prefix)))

    def add_argument(self, action):
        if action.help is not SUPPRESS:
            invocations = [self._format_action_invocation(action)]
            for subaction in self._iter_indented_subactions(action):
                invocations.append(self._format_action_invocation(subaction))
                self._dedent()
            invocation_length = max(len(s) for s in invocations) + self._current_indent
            self._action_max_length = max(self._action_max_length, invocation_length)
            self._items.append(("action", (action, self._current_indent)))

    def _iter_indented_subactions(self, action):
        get_subactions = getattr(action, "_get_subactions", None)
        if get_subactions is not None:
            for subaction in get_subactions():
                self._indent()
                yield subaction

    def add_arguments(self, actions):
        for action in actions:
            self.add_argument(action)

    def format_help(self):
        help = self._render(self._sections_root)
        if help:
            help = "\n".join(line.rstrip() for line in help.strip("\n").split("\n"))
            while "\n\n\n" in help:
                help = help.replace("\n\n\n", "\n\n")
            help = help + "\n"
        return help

    def _render(self, items):
        parts = []
        for kind, item in items:
            if kind == "section":
                inner = self._render(item["items"])
                if not inner:
                    continue
                heading = ""
                if item["heading"] is not SUPPRESS and item["heading"] is not None:
                    heading = " " * (item["indent"] - self._indent_increment) + item["heading"] + ":\n"
                parts.append("\n" + heading + inner + "\n")
            elif kind == "text":
                text, indent = item
                parts.append(self._format_text(text, indent))
            elif kind == "usage":
                parts.append(self._format_usage(*item))
            else:
                action, indent = item
                parts.append(self._format_action(action, indent))
        return "".join(parts)

    def _format_usage(self, usage, actions, groups, prefix):
        if prefix is None:
            prefix = "usage: "
        if usage is not None:
            usage = usage % dict(prog=self._prog)
        elif not actions:
            usage = "%(prog)s" % dict(prog=self._prog)
        else:
            prog = "%(prog)s" % dict(prog=self._prog)
            optionals = [a for a in actions if a.option_strings]
            positionals = [a for a in actions if not a.option_strings]
            opt_parts = self._get_actions_usage_parts(optionals, groups)
            pos_parts = self._get_actions_usage_parts(positionals, groups)
            usage = " ".join([s for s in [prog] + opt_parts + pos_parts if s])
            text_width = self._width - self._current_indent
            if len(prefix) + len(usage) > text_width:
                def get_lines(parts, indent, prefix=None):
                    lines = []
                    line = []
                    indent_length = len(indent)
                    line_len = len(prefix) - 1 if prefix is not None else indent_length - 1
                    for part in parts:
                        if line_len + 1 + len(part) > text_width and line:
                            lines.append(indent + " ".join(line))
                            line = []
                            line_len = indent_length - 1
                        line.append(part)
                        line_len += len(part) + 1
                    if line:
                        lines.append(indent + " ".join(line))
                    if prefix is not None:
                        lines[0] = lines[0][len(indent):]
                    return lines

                if len(prefix) + len(prog) <= 0.75 * text_width:
                    indent = " " * (len(prefix) + len(prog) + 1)
                    if opt_parts:
                        lines = get_lines([prog] + opt_parts, indent, prefix)
                        lines.extend(get_lines(pos_parts, indent))
                    elif pos_parts:
                        lines = get_lines([prog] + pos_parts, indent, prefix)
                    else:
                        lines = [prog]
                else:
                    indent = " " * len(prefix)
                    parts = opt_parts + pos_parts
                    lines = get_lines(parts, indent)
                    if len(lines) > 1:
                        lines = []
                        lines.extend(get_lines(opt_parts, indent))
                        lines.extend(get_lines(pos_parts, indent))
                    lines = [prog] + lines
                usage = "\n".join(lines)
        return f"{prefix}{usage}\n\n"

    def _get_actions_usage_parts(self, actions, groups):
        group_of = {}
        for group in groups:
            group_actions = [a for a in group._group_actions if a.help is not SUPPRESS]
            if len(group_actions) > 1 or (group_actions and group.required is False and False):
                pass
            if group._group_actions and all(a in actions for a in group._group_actions):
                for a in group._group_actions:
                    group_of[a] = group
        parts = []
        seen_groups = set()
        for action in actions:
            group = group_of.get(action)
            if group is not None:
                if id(group) in seen_groups:
                    continue
                seen_groups.add(id(group))
                members = [a for a in group._group_actions if a.help is not SUPPRESS]
                texts = [self._format_action_usage(a, in_group=True) for a in members]
                if not texts:
                    continue
                joined = " | ".join(texts)
                if group.required:
                    parts.append(joined if len(texts) == 1 else f"({joined})")
                else:
                    parts.append(f"[{joined}]")
                continue
            if action.help is SUPPRESS:
                continue
            parts.append(self._format_action_usage(action))
        return parts

    def _format_action_usage(self, action, in_group=False):
        if not action.option_strings:
            default = self._get_default_metavar_for_positional(action)
            part = self._format_args(action, default)
            if in_group and part[0] == "[" and part[-1] == "]":
                part = part[1:-1]
            return part
        option_string = action.format_usage()
        if action.nargs == 0:
            part = option_string
        else:
            default = self._get_default_metavar_for_optional(action)
            part = f"{option_string} {self._format_args(action, default)}"
        if not action.required and not in_group:
            part = f"[{part}]"
        return part

    def _format_text(self, text, indent):
        if "%(prog)" in text:
            text = text % dict(prog=self._prog)
        text_width = max(self._width - indent, 11)
        return self._fill_text(text, text_width, " " * indent) + "\n\n"

    def _format_action(self, action, indent):
        help_position = min(self._action_max_length + 2, self._max_help_position)
        help_width = max(self._width - help_position, 11)
        action_width = help_position - indent - 2
        action_header = self._format_action_invocation(action)
        if not action.help:
            parts = [" " * indent + action_header + "\n"]
        elif len(action_header) <= action_width:
            parts = [" " * indent + f"{action_header:<{action_width}}  "]
            indent_first = 0
        else:
            parts = [" " * indent + action_header + "\n"]
            indent_first = help_position
        if action.help and action.help.strip():
            help_text = self._expand_help(action)
            help_lines = self._split_lines(help_text, help_width)
            if help_lines:
                parts.append(" " * indent_first + help_lines[0] + "\n")
                for line in help_lines[1:]:
                    parts.append(" " * help_position + line + "\n")
            else:
                parts.append("\n")
        elif not parts[0].endswith("\n"):
            parts.append("\n")
        get_subactions = getattr(action, "_get_subactions", None)
        if get_subactions is not None:
            for subaction in get_subactions():
                parts.append(self._format_action(subaction, indent + self._indent_increment))
        return "".join(parts)

    def _format_action_invocation(self, action):
        if not action.option_strings:
            default = self._get_default_metavar_for_positional(action)
            (metavar,) = self._metavar_formatter(action, default)(1)
            return metavar
        if action.nargs == 0:
            return ", ".join(action.option_strings)
        default = self._get_default_metavar_for_optional(action)
        args_string = self._format_args(action, default)
        return ", ".join(f"{option_string} {args_string}" for option_string in action.option_strings)

    def _metavar_formatter(self, action, default_metavar):
        if action.metavar is not None:
            result = action.metavar
        elif action.choices is not None:
            result = "{%s}" % ",".join(map(str, action.choices))
        else:
            result = default_metavar

        def format(tuple_size):
            if isinstance(result, tuple):
                return result
            return (result,) * tuple_size
        return format

    def _format_args(self, action, default_metavar):
        get_metavar = self._metavar_formatter(action, default_metavar)
        if action.nargs is None:
            return "%s" % get_metavar(1)
        if action.nargs == OPTIONAL:
            return "[%s]" % get_metavar(1)
        if action.nargs == ZERO_OR_MORE:
            metavar = get_metavar(1)
            if len(metavar) == 2:
                return "[%s [%s ...]]" % metavar
            return "[%s ...]" % metavar
        if action.nargs == ONE_OR_MORE:
            return "%s [%s ...]" % get_metavar(2)
        if action.nargs == REMAINDER:
            return "..."
        if action.nargs == PARSER:
            return "%s ..." % get_metavar(1)
        if action.nargs == SUPPRESS:
            return ""
        try:
            formats = ["%s" for _ in range(action.nargs)]
        except TypeError:
            raise ValueError("invalid nargs value") from None
        return " ".join(formats) % get_metavar(action.nargs)

    def _expand_help(self, action):
        params = dict(vars(action), prog=self._prog)
        for name in list(params):
            if params[name] is SUPPRESS:
                del params[name]
        for name in list(params):
            if hasattr(params[name], "__name__"):
                params[name] = params[name].__name__
        if params.get("choices") is not None:
            params["choices"] = ", ".join(str(c) for c in params["choices"])
        return self._get_help_string(action) % params

    def _split_lines(self, text, width):
        return _wrap(" ".join(text.split()), width)

    def _fill_text(self, text, width, indent):
        return "\n".join(indent + line for line in _wrap(" ".join(text.split()), width))

    def _get_help_string(self, action):
        return action.help

    def _get_default_metavar_for_optional(self, action):
        return action.dest.upper()

    def _get_default_metavar_for_positional(self, action):
        return action.dest


class RawDescriptionHelpFormatter(HelpFormatter):
    def _fill_text(self, text, width, indent):
        return "".join(indent + line for line in text.splitlines(keepends=True))


class RawTextHelpFormatter(RawDescriptionHelpFormatter):
    def _split_lines(self, text, width):
        return text.splitlines()


class ArgumentDefaultsHelpFormatter(HelpFormatter):
    def _get_help_string(self, action):
        help = action.help
        if help is None:
            help = ""
        if "%(default)" not in help:
            if action.default is not SUPPRESS:
                defaulting_nargs = [OPTIONAL, ZERO_OR_MORE]
                if action.option_strings or action.nargs in defaulting_nargs:
                    help += " (default: %(default)s)"
        return help


class MetavarTypeHelpFormatter(HelpFormatter):
    """Names each argument in help and usage after its type (`int`) rather than its
    dest."""

    def _get_default_metavar_for_optional(self, action):
        return action.type.__name__

    def _get_default_metavar_for_positional(self, action):
        return action.type.__name__


# ---------------------------------------------------------------- containers

class _ActionsContainer:
    def __init__(self, description, prefix_chars, argument_default, conflict_handler):
        self.description = description
        self.argument_default = argument_default
        self.prefix_chars = prefix_chars
        self.conflict_handler = conflict_handler
        self._actions = []
        self._option_string_actions = {}
        self._action_groups = []
        self._mutually_exclusive_groups = []
        self._defaults = {}
        self._has_negative_number_optionals = []

    def register(self, registry_name, value, object):
        pass

    def set_defaults(self, **kwargs):
        self._defaults.update(kwargs)
        for action in self._actions:
            if action.dest in kwargs:
                action.default = kwargs[action.dest]

    def get_default(self, dest):
        for action in self._actions:
            if action.dest == dest and action.default is not None:
                return action.default
        return self._defaults.get(dest, None)

    def add_argument(self, *args, **kwargs):
        chars = self.prefix_chars
        if not args or len(args) == 1 and args[0][0] not in chars:
            if args and "dest" in kwargs:
                raise ValueError("dest supplied twice for positional argument")
            kwargs = self._get_positional_kwargs(*args, **kwargs)
        else:
            kwargs = self._get_optional_kwargs(*args, **kwargs)
        if "default" not in kwargs:
            dest = kwargs["dest"]
            if dest in self._defaults:
                kwargs["default"] = self._defaults[dest]
            elif self.argument_default is not None:
                kwargs["default"] = self.argument_default
        action_name = kwargs.pop("action", None)
        action_class = _ACTIONS.get(action_name, action_name) if not callable(action_name) or action_name is None else action_name
        if isinstance(action_name, str) and action_name not in _ACTIONS:
            raise ValueError(f"unknown action \"{action_name}\"")
        if not callable(action_class):
            raise ValueError(f"unknown action \"{action_class}\"")
        action = action_class(**kwargs)
        type_func = action.type
        if type_func is not None and not callable(type_func):
            raise ValueError(f"{type_func!r} is not callable")
        return self._add_action(action)

    def add_argument_group(self, *args, **kwargs):
        group = _ArgumentGroup(self, *args, **kwargs)
        self._action_groups.append(group)
        return group

    def add_mutually_exclusive_group(self, **kwargs):
        group = _MutuallyExclusiveGroup(self, **kwargs)
        self._mutually_exclusive_groups.append(group)
        return group

    def _add_action(self, action):
        for option_string in action.option_strings:
            if option_string in self._option_string_actions:
                if self.conflict_handler == "resolve":
                    old = self._option_string_actions[option_string]
                    old.option_strings.remove(option_string)
                    if not old.option_strings:
                        old.container._remove_action(old)
                else:
                    raise ArgumentError(action, f"conflicting option string: {option_string}")
        self._actions.append(action)
        action.container = self
        for option_string in action.option_strings:
            self._option_string_actions[option_string] = action
        return action

    def _remove_action(self, action):
        self._actions.remove(action)

    def _get_positional_kwargs(self, dest, **kwargs):
        if "required" in kwargs:
            raise TypeError("'required' is an invalid argument for positionals")
        if kwargs.get("nargs") not in [OPTIONAL, ZERO_OR_MORE]:
            kwargs["required"] = True
        if kwargs.get("nargs") == ZERO_OR_MORE and "default" not in kwargs:
            kwargs["required"] = True
        return dict(kwargs, dest=dest, option_strings=[])

    def _get_optional_kwargs(self, *args, **kwargs):
        option_strings = []
        long_option_strings = []
        for option_string in args:
            if not option_string[0] in self.prefix_chars:
                raise ValueError(
                    f"invalid option string {option_string!r}: must start with a character "
                    f"{self.prefix_chars!r}")
            option_strings.append(option_string)
            if len(option_string) > 1 and option_string[1] in self.prefix_chars:
                long_option_strings.append(option_string)
        dest = kwargs.pop("dest", None)
        if dest is None:
            dest_option_string = long_option_strings[0] if long_option_strings else option_strings[0]
            dest = dest_option_string.lstrip(self.prefix_chars)
            if not dest:
                raise ValueError(f"dest= is required for options like {option_string!r}")
            dest = dest.replace("-", "_")
        return dict(kwargs, dest=dest, option_strings=option_strings)


class _ArgumentGroup(_ActionsContainer):
    def __init__(self, container, title=None, description=None, **kwargs):
        kwargs.setdefault("conflict_handler", container.conflict_handler)
        kwargs.setdefault("prefix_chars", container.prefix_chars)
        kwargs.setdefault("argument_default", container.argument_default)
        super().__init__(description=description, **kwargs)
        self.title = title
        self._group_actions = []
        self._actions = container._actions
        self._option_string_actions = container._option_string_actions
        self._defaults = container._defaults
        self._mutually_exclusive_groups = container._mutually_exclusive_groups

    def _add_action(self, action):
        action = super()._add_action(action)
        self._group_actions.append(action)
        return action

    def _remove_action(self, action):
        super()._remove_action(action)
        self._group_actions.remove(action)


class _MutuallyExclusiveGroup(_ArgumentGroup):
    def __init__(self, container, required=False):
        super().__init__(container)
        self.required = required
        self._container = container

    def _add_action(self, action):
        if action.required:
            raise ValueError("mutually exclusive arguments must be optional")
        action = self._container._add_action(action)
        self._group_actions.append(action)
        return action


# ---------------------------------------------------------------- the parser

class ArgumentParser(_ActionsContainer):
    """Parses command-line strings into a Namespace."""

    def __init__(self, prog=None, usage=None, description=None, epilog=None, parents=[],
                 formatter_class=HelpFormatter, prefix_chars="-", fromfile_prefix_chars=None,
                 argument_default=None, conflict_handler="error", add_help=True,
                 allow_abbrev=True, exit_on_error=True):
        super().__init__(description=description, prefix_chars=prefix_chars,
                         argument_default=argument_default, conflict_handler=conflict_handler)
        if prog is None:
            prog = (_sys.argv[0] if _sys.argv and _sys.argv[0] else "").rpartition("/")[2]
        self.prog = prog
        self.usage = usage
        self.epilog = epilog
        self.formatter_class = formatter_class
        self.fromfile_prefix_chars = fromfile_prefix_chars
        self.add_help = add_help
        self.allow_abbrev = allow_abbrev
        self.exit_on_error = exit_on_error
        self._positionals = self.add_argument_group("positional arguments")
        self._optionals = self.add_argument_group("options")
        self._subparsers = None
        default_prefix = "-" if "-" in prefix_chars else prefix_chars[0]
        if self.add_help:
            self.add_argument(default_prefix + "h", default_prefix * 2 + "help",
                              action="help", default=SUPPRESS,
                              help="show this help message and exit")
        for parent in parents:
            for action in parent._actions:
                if action.option_strings and action.option_strings[0] in ("-h", "--help") and isinstance(action, _HelpAction):
                    continue
                group = self._optionals if action.option_strings else self._positionals
                group._add_action(action)
            self._defaults.update(parent._defaults)

    def __repr__(self):
        names = ["prog", "usage", "description", "formatter_class", "conflict_handler",
                 "add_help"]
        args = ", ".join(f"{name}={getattr(self, name)!r}" for name in names)
        return f"{type(self).__name__}({args})"

    def add_subparsers(self, **kwargs):
        if self._subparsers is not None:
            self.error("cannot have multiple subparser arguments")
        kwargs.setdefault("parser_class", type(self))
        if "title" in kwargs or "description" in kwargs:
            title = kwargs.pop("title", "subcommands")
            description = kwargs.pop("description", None)
            self._subparsers = self.add_argument_group(title, description)
        else:
            self._subparsers = self._positionals
        if kwargs.get("prog") is None:
            formatter = self._get_formatter()
            positionals = [a for a in self._actions if not a.option_strings]
            groups = self._mutually_exclusive_groups
            formatter.add_usage(self.usage, positionals, groups, "")
            kwargs["prog"] = formatter.format_help().strip()
        parsers_class = kwargs.pop("action", _SubParsersAction)
        action = parsers_class(option_strings=[], **kwargs)
        self._subparsers._add_action(action)
        return action

    def _add_action(self, action):
        if action.option_strings:
            self._optionals._add_action(action)
        else:
            self._positionals._add_action(action)
        return action

    # -- parsing

    def parse_args(self, args=None, namespace=None):
        args, argv = self.parse_known_args(args, namespace)
        if argv:
            self.error("unrecognized arguments: %s" % " ".join(argv))
        return args

    def parse_known_args(self, args=None, namespace=None):
        if args is None:
            args = _sys.argv[1:]
        else:
            args = list(args)
        if namespace is None:
            namespace = Namespace()
        for action in self._actions:
            if action.dest is not SUPPRESS:
                if not hasattr(namespace, action.dest):
                    if action.default is not SUPPRESS:
                        setattr(namespace, action.dest, action.default)
        for dest in self._defaults:
            if not hasattr(namespace, dest):
                setattr(namespace, dest, self._defaults[dest])
        if self.exit_on_error:
            try:
                namespace, args = self._parse_known_args(args, namespace)
            except ArgumentError as err:
                self.error(str(err))
        else:
            namespace, args = self._parse_known_args(args, namespace)
        if hasattr(namespace, "_UNRECOGNIZED_ARGS_ATTR"):
            args.extend(getattr(namespace, "_UNRECOGNIZED_ARGS_ATTR"))
            delattr(namespace, "_UNRECOGNIZED_ARGS_ATTR")
        return namespace, args

    def _is_optional(self, arg):
        if not arg or arg[0] not in self.prefix_chars:
            return False
        if arg in self._option_string_actions:
            return True
        if len(arg) == 1:
            return False
        if "=" in arg:
            option_string = arg.split("=", 1)[0]
            if option_string in self._option_string_actions:
                return True
        if self._looks_negative(arg) and not self._has_negative_optionals():
            return False
        if " " in arg:
            return False
        return True

    def _looks_negative(self, arg):
        try:
            float(arg)
        except ValueError:
            return False
        return arg.startswith("-")

    def _has_negative_optionals(self):
        return any(self._looks_negative(s) for s in self._option_string_actions)

    def _parse_known_args(self, arg_strings, namespace):
        action_conflicts = {}
        for mutex_group in self._mutually_exclusive_groups:
            group_actions = mutex_group._group_actions
            for i, mutex_action in enumerate(group_actions):
                conflicts = action_conflicts.setdefault(mutex_action, [])
                conflicts.extend(group_actions[:i])
                conflicts.extend(group_actions[i + 1:])

        # Classify: 'O' for an option, 'A' for an argument, '-' for '--' (and after it 'A').
        pattern = []
        option_tuples = {}
        after_dashes = False
        for i, arg in enumerate(arg_strings):
            if after_dashes:
                pattern.append("A")
            elif arg == "--":
                pattern.append("-")
                after_dashes = True
            elif self._is_optional(arg):
                pattern.append("O")
                option_tuples[i] = self._parse_optional(arg)
            else:
                pattern.append("A")

        seen_actions = set()
        seen_non_default_actions = set()
        extras = []
        positionals = [a for a in self._actions if not a.option_strings]

        def take_action(action, argument_strings, option_string=None):
            seen_actions.add(action)
            argument_values = self._get_values(action, argument_strings)
            if argument_values is not action.default:
                seen_non_default_actions.add(action)
                for conflict_action in action_conflicts.get(action, []):
                    if conflict_action in seen_non_default_actions:
                        action_name = _get_action_name(conflict_action)
                        raise ArgumentError(action, f"not allowed with argument {action_name}")
            if argument_values is not SUPPRESS:
                action(self, namespace, argument_values, option_string)

        def consume_positionals(start):
            # Match as many positionals as possible against the 'A' run starting at start.
            run_end = start
            while run_end < len(pattern) and pattern[run_end] in "A-":
                run_end += 1
            counts = _match_positionals(positionals, pattern[start:run_end])
            index = start
            used = 0
            for action, count in zip(positionals, counts):
                used += 1
                if action.nargs == PARSER:
                    # The subcommand takes everything that follows, options included.
                    take_action(action, [a for a, p in zip(arg_strings[index:], pattern[index:])
                                         if p != "-" or a != "--"][:])
                    del positionals[:used]
                    return len(arg_strings), True
                args = []
                taken = 0
                while taken < count:
                    if pattern[index] == "-":
                        args.append(arg_strings[index])
                        index += 1
                        continue
                    args.append(arg_strings[index])
                    index += 1
                    taken += 1
                take_action(action, args)
            del positionals[:used]
            return index, None

        start_index = 0
        max_option = max(option_tuples) if option_tuples else -1
        while start_index <= max_option:
            next_option = min(i for i in option_tuples if i >= start_index)
            if start_index != next_option:
                consumed, rest = consume_positionals(start_index)
                if rest is not None:
                    return namespace, extras
                if consumed > start_index:
                    start_index = consumed
                    continue
                start_index = consumed
            if start_index not in option_tuples:
                strings = arg_strings[start_index:next_option]
                extras.extend(s for s, p in zip(strings, pattern[start_index:next_option]) if p != "-")
                start_index = next_option
            start_index = self._consume_optional(start_index, arg_strings, pattern,
                                                 option_tuples, take_action, extras)

        stop_index, rest = consume_positionals(start_index)
        if rest is None:
            extras.extend(s for s, p in zip(arg_strings[stop_index:], pattern[stop_index:]) if p != "-")

        required_actions = []
        for action in self._actions:
            if action not in seen_actions:
                if action.required:
                    required_actions.append(_get_action_name(action))
                elif (action.default is not None and isinstance(action.default, str)
                      and hasattr(namespace, action.dest)
                      and action.default is getattr(namespace, action.dest)):
                    setattr(namespace, action.dest, self._get_value(action, action.default))
        if required_actions:
            raise ArgumentError(None, "the following arguments are required: %s"
                                % ", ".join(required_actions))
        for group in self._mutually_exclusive_groups:
            if group.required:
                for action in group._group_actions:
                    if action in seen_non_default_actions:
                        break
                else:
                    names = [_get_action_name(action) for action in group._group_actions
                             if action.help is not SUPPRESS]
                    raise ArgumentError(None, "one of the arguments %s is required" % " ".join(names))
        return namespace, extras

    def _consume_optional(self, start_index, arg_strings, pattern, option_tuples,
                          take_action, extras):
        action, option_string, explicit_arg = option_tuples[start_index]
        while True:
            if action is None:
                extras.append(arg_strings[start_index])
                return start_index + 1
            if explicit_arg is not None:
                arg_count = 1 if action.nargs not in (0, OPTIONAL, ZERO_OR_MORE) or explicit_arg else 0
                chars = self.prefix_chars
                if (arg_count == 0 or action.nargs == 0) and option_string[1] not in chars and explicit_arg:
                    if action.nargs != 0:
                        take_action(action, [explicit_arg], option_string)
                        return start_index + 1
                    take_action(action, [], option_string)
                    char = option_string[0]
                    option_string = char + explicit_arg[0]
                    new_explicit_arg = explicit_arg[1:] or None
                    if option_string in self._option_string_actions:
                        action = self._option_string_actions[option_string]
                        explicit_arg = new_explicit_arg
                        continue
                    raise ArgumentError(action, f"ignored explicit argument {explicit_arg!r}")
                if action.nargs == 0:
                    raise ArgumentError(action, f"ignored explicit argument {explicit_arg!r}")
                if action.nargs not in (None, OPTIONAL, 1) and not isinstance(action.nargs, str):
                    raise ArgumentError(action, _nargs_error(action.nargs))
                take_action(action, [explicit_arg], option_string)
                return start_index + 1
            start = start_index + 1
            available = 0
            while start + available < len(pattern) and pattern[start + available] == "A":
                available += 1
            count = _match_optional(action, available)
            if count is None:
                raise ArgumentError(action, _nargs_error(action.nargs))
            take_action(action, arg_strings[start:start + count], option_string)
            return start + count

    def _parse_optional(self, arg_string):
        if arg_string in self._option_string_actions:
            return self._option_string_actions[arg_string], arg_string, None
        if "=" in arg_string:
            option_string, explicit_arg = arg_string.split("=", 1)
            if option_string in self._option_string_actions:
                return self._option_string_actions[option_string], option_string, explicit_arg
        chars = self.prefix_chars
        if arg_string[0] in chars and arg_string[1:2] not in chars and len(arg_string) > 2:
            short = arg_string[:2]
            if short in self._option_string_actions:
                return self._option_string_actions[short], short, arg_string[2:]
        if self.allow_abbrev and arg_string.startswith("--"):
            prefix = arg_string.split("=", 1)[0]
            matches = [s for s in self._option_string_actions if s.startswith(prefix)]
            if len(matches) == 1:
                explicit = arg_string.split("=", 1)[1] if "=" in arg_string else None
                return self._option_string_actions[matches[0]], matches[0], explicit
            if len(matches) > 1:
                options = ", ".join(matches)
                self.error(f"ambiguous option: {prefix} could match {options}")
        return None, arg_string, None

    def _get_values(self, action, arg_strings):
        if action.nargs not in (PARSER, REMAINDER):
            try:
                arg_strings.remove("--")
            except ValueError:
                pass
        if not arg_strings and action.nargs == OPTIONAL:
            value = action.const if action.option_strings else action.default
            if isinstance(value, str):
                value = self._get_value(action, value)
                self._check_value(action, value)
        elif (not arg_strings and action.nargs == ZERO_OR_MORE and not action.option_strings):
            value = action.default if action.default is not None else []
            self._check_value(action, value)
        elif len(arg_strings) == 1 and action.nargs in (None, OPTIONAL):
            value = self._get_value(action, arg_strings[0])
            self._check_value(action, value)
        elif action.nargs == REMAINDER:
            value = [self._get_value(action, v) for v in arg_strings]
        elif action.nargs == PARSER:
            value = [self._get_value(action, v) for v in arg_strings]
            self._check_value(action, value[0])
        elif action.nargs == SUPPRESS:
            value = SUPPRESS
        else:
            value = [self._get_value(action, v) for v in arg_strings]
            for v in value:
                self._check_value(action, v)
        return value

    def _get_value(self, action, arg_string):
        type_func = action.type
        if type_func is None:
            return arg_string
        try:
            return type_func(arg_string)
        except ArgumentTypeError as err:
            raise ArgumentError(action, str(err))
        except (TypeError, ValueError):
            name = getattr(action.type, "__name__", repr(action.type))
            raise ArgumentError(action, f"invalid {name} value: {arg_string!r}")

    def _check_value(self, action, value):
        if action.choices is not None and value not in action.choices:
            choices = ", ".join(map(repr, action.choices))
            raise ArgumentError(action, f"invalid choice: {value!r} (choose from {choices})")

    # -- help

    def format_usage(self):
        formatter = self._get_formatter()
        formatter.add_usage(self.usage, self._actions, self._mutually_exclusive_groups)
        return formatter.format_help()

    def format_help(self):
        formatter = self._get_formatter()
        formatter.add_usage(self.usage, self._actions, self._mutually_exclusive_groups)
        formatter.add_text(self.description)
        for action_group in self._action_groups:
            formatter.start_section(action_group.title)
            formatter.add_text(action_group.description)
            formatter.add_arguments(action_group._group_actions)
            formatter.end_section()
        formatter.add_text(self.epilog)
        return formatter.format_help()

    def _get_formatter(self):
        return self.formatter_class(prog=self.prog)

    def print_usage(self, file=None):
        if file is None:
            file = _sys.stdout
        self._print_message(self.format_usage(), file)

    def print_help(self, file=None):
        if file is None:
            file = _sys.stdout
        self._print_message(self.format_help(), file)

    def _print_message(self, message, file=None):
        if message:
            file = file or _sys.stderr
            try:
                file.write(message)
            except (AttributeError, OSError):
                pass

    def exit(self, status=0, message=None):
        if message:
            self._print_message(message, _sys.stderr)
        _sys.exit(status)

    def error(self, message):
        self.print_usage(_sys.stderr)
        self.exit(2, f"{self.prog}: error: {message}\n")


def _nargs_error(nargs):
    if nargs is None:
        return "expected one argument"
    if nargs == OPTIONAL:
        return "expected at most one argument"
    if nargs == ONE_OR_MORE:
        return "expected at least one argument"
    if isinstance(nargs, int):
        return "expected %s argument%s" % (nargs, "s" if nargs != 1 else "")
    return "expected one argument"


def _match_optional(action, available):
    """How many of the `available` following arguments an option takes, or None."""
    nargs = action.nargs
    if nargs is None:
        return 1 if available >= 1 else None
    if nargs == OPTIONAL:
        return min(available, 1)
    if nargs in (ZERO_OR_MORE, REMAINDER):
        return available
    if nargs == ONE_OR_MORE:
        return available if available >= 1 else None
    if nargs == PARSER:
        return available if available >= 1 else None
    if nargs == SUPPRESS:
        return 0
    return nargs if available >= nargs else None


def _bounds(action):
    nargs = action.nargs
    if nargs is None:
        return 1, 1
    if nargs == OPTIONAL:
        return 0, 1
    if nargs in (ZERO_OR_MORE, REMAINDER):
        return 0, None
    if nargs in (ONE_OR_MORE, PARSER):
        return 1, None
    if nargs == SUPPRESS:
        return 0, 0
    return nargs, nargs


def _match_positionals(actions, run):
    """How many arguments of the run each leading positional takes (greedy from the
    left, as regex matching of the nargs patterns does); only actions that match are
    counted, and matching stops at the first that cannot."""
    available = sum(1 for p in run if p == "A")
    bounds = [_bounds(a) for a in actions]
    for n in range(len(actions), 0, -1):
        need = sum(lo for lo, _ in bounds[:n])
        if need > available:
            continue
        counts = []
        left = available
        for i in range(n):
            lo, hi = bounds[i]
            rest_min = sum(b[0] for b in bounds[i + 1:n])
            take = left - rest_min if hi is None else min(hi, left - rest_min)
            take = max(take, lo)
            counts.append(take)
            left -= take
        return counts
    return []
