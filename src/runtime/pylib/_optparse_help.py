"""optparse's help formatters: HelpFormatter and its Indented and Titled forms, which
lay out a parser's usage, description, option list and epilog."""

# Written for coro from the optparse documentation and python3's observed help layout;
# optparse re-exports these names. It is not the parsing (optparse.py).

import os
import textwrap

# An option's default when it was given none (None would be a real default); optparse
# shares this object.
NO_DEFAULT = ("NO", "DEFAULT")


def _(text):
    return text


NO_DEFAULT_VALUE = "none"


def _terminal_width():
    try:
        return int(os.environ['COLUMNS'])
    except (KeyError, ValueError):
        return 80


def _delimiter(delim, allowed, kind):
    if delim in allowed:
        return delim
    raise ValueError("invalid metavar delimiter for %s options: %r" % (kind, delim))


class HelpFormatter:
    """Lays out a parser's help: headings, wrapped descriptions and the option list
    with each option's help in a column (from max_help_position at the latest).
    Subclasses give the usage line and headings their look."""

    NO_DEFAULT_VALUE = NO_DEFAULT_VALUE

    def __init__(self, indent_increment, max_help_position, width, short_first):
        # The width is the terminal's ($COLUMNS, else 80) less two, unless given.
        self.width = _terminal_width() - 2 if width is None else width
        self.indent_increment = indent_increment
        self.max_help_position = min(max_help_position,
                                     max(self.width - 20, indent_increment * 2))
        self.help_position = self.max_help_position
        self.help_width = None
        self.short_first = short_first
        self.current_indent = self.level = 0
        self.parser = None
        self.default_tag = "%default"
        self.option_strings = {}
        self._short_opt_fmt, self._long_opt_fmt = "%s %s", "%s=%s"

    def set_parser(self, parser):
        """The parser whose defaults %default shows."""
        self.parser = parser

    def set_short_opt_delimiter(self, delim):
        """What separates a short option from its metavar: ' ' or ''."""
        self._short_opt_fmt = "%s" + _delimiter(delim, ("", " "), "short") + "%s"

    def set_long_opt_delimiter(self, delim):
        """What separates a long option from its metavar: '=' or ' '."""
        self._long_opt_fmt = "%s" + _delimiter(delim, ("=", " "), "long") + "%s"

    def _shift(self, levels):
        self.level += levels
        self.current_indent += levels * self.indent_increment
        assert self.current_indent >= 0, "Indent decreased below 0."

    def indent(self):
        """One level deeper (a group's options)."""
        self._shift(1)

    def dedent(self):
        """One level back."""
        self._shift(-1)

    def format_usage(self, usage):
        """The usage line; subclasses give it its look."""
        raise NotImplementedError("subclasses must implement")

    def format_heading(self, heading):
        """A section heading; subclasses give it its look."""
        raise NotImplementedError("subclasses must implement")

    def _format_text(self, text):
        """`text` wrapped to the width left at the current indentation."""
        margin = " " * self.current_indent
        return textwrap.fill(text, max(self.width - self.current_indent, 11),
                             initial_indent=margin, subsequent_indent=margin)

    def format_description(self, description):
        return self._format_text(description) + "\n" if description else ""

    def format_epilog(self, epilog):
        return "\n" + self._format_text(epilog) + "\n" if epilog else ""

    def expand_default(self, option):
        """The option's help with %default replaced by its default value."""
        if self.parser is None or not self.default_tag:
            return option.help
        value = self.parser.defaults.get(option.dest)
        if value is NO_DEFAULT or value is None:
            value = self.NO_DEFAULT_VALUE
        return option.help.replace(self.default_tag, str(value))

    def format_option(self, option):
        # The option strings, then the help from help_position; strings too wide
        # for their column get a line of their own.
        names = self.option_strings[option]
        column = self.help_position - self.current_indent - 2
        if len(names) > column:
            head = " " * self.current_indent + names + "\n"
            first_indent = self.help_position
        else:
            head = " " * self.current_indent + names.ljust(column) + "  "
            first_indent = 0
        if not option.help:
            return head if head.endswith("\n") else head + "\n"
        lines = textwrap.wrap(self.expand_default(option), self.help_width)
        text = [head, " " * first_indent + lines[0] + "\n"]
        text += [" " * self.help_position + line + "\n" for line in lines[1:]]
        return "".join(text)

    def store_option_strings(self, parser):
        """Work out every option's strings and, from the widest, the help column."""
        widest = 0
        self.indent()
        for option in parser.option_list:
            widest = max(widest, self._remember(option))
        self.indent()
        for group in parser.option_groups:
            for option in group.option_list:
                widest = max(widest, self._remember(option))
        self.dedent()
        self.dedent()
        self.help_position = min(widest + 2, self.max_help_position)
        self.help_width = max(self.width - self.help_position, 11)

    def _remember(self, option):
        names = self.option_strings[option] = self.format_option_strings(option)
        return len(names) + self.current_indent

    def format_option_strings(self, option):
        """'-f FILE, --file=FILE' (metavars only for options taking a value)."""
        shorts, longs = option._short_opts, option._long_opts
        if option.takes_value():
            metavar = option.metavar or option.dest.upper()
            shorts = [self._short_opt_fmt % (name, metavar) for name in shorts]
            longs = [self._long_opt_fmt % (name, metavar) for name in longs]
        return ", ".join(shorts + longs if self.short_first else longs + shorts)


class IndentedHelpFormatter(HelpFormatter):
    """Format help with indented section bodies.
    """

    def __init__(self, indent_increment=2, max_help_position=24, width=None,
                 short_first=1):
        HelpFormatter.__init__(self, indent_increment, max_help_position, width,
                               short_first)

    def format_usage(self, usage):
        return _("Usage: %s\n") % usage

    def format_heading(self, heading):
        return " " * self.current_indent + heading + ":\n"


class TitledHelpFormatter(HelpFormatter):
    """Format help with underlined section headers.
    """

    def __init__(self, indent_increment=0, max_help_position=24, width=None,
                 short_first=0):
        HelpFormatter.__init__(self, indent_increment, max_help_position, width,
                               short_first)

    def format_usage(self, usage):
        return "%s  %s\n" % (self.format_heading(_("Usage")), usage)

    def format_heading(self, heading):
        return heading + "\n" + "=-"[self.level] * len(heading) + "\n"


for _formatter in (HelpFormatter, IndentedHelpFormatter, TitledHelpFormatter):
    _formatter.__module__ = "optparse"
