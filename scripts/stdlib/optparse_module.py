# optparse: every action and type, clusters and abbreviations, defaults and
# %default, callbacks, groups, the help formatters, and the errors (usage and
# "prog: error:" on stderr, exit status 2), captured here to print them.
import contextlib
import io
import os
from optparse import (OptionParser, Option, OptionGroup, Values, make_option,
                      OptionError, OptionConflictError, OptionValueError, BadOptionError,
                      TitledHelpFormatter, IndentedHelpFormatter, SUPPRESS_HELP,
                      SUPPRESS_USAGE)

os.environ["COLUMNS"] = "80"


def run(parser, args):
    err = io.StringIO()
    out = io.StringIO()
    try:
        with contextlib.redirect_stderr(err), contextlib.redirect_stdout(out):
            options, rest = parser.parse_args(args)
        print(out.getvalue(), end="")
        print(args, "->", sorted(vars(options).items()), rest)
    except SystemExit as e:
        print(args, "-> exit", e.code)
        if out.getvalue():
            print(out.getvalue(), end="")
        if err.getvalue():
            print("stderr:", err.getvalue(), end="")


def on_flag(option, opt_str, value, parser, extra, tag=None):
    print("callback", option, opt_str, value, extra, tag, parser.largs, parser.rargs[:2])
    parser.values.flagged = (opt_str, value)


parser = OptionParser(usage="%prog [options] FILE...", version="%prog 1.2", prog="demo",
                      description="A demonstration of optparse with a description long "
                                  "enough to be wrapped over more than one line by textwrap.",
                      epilog="Report bugs to nobody; this epilog is also wrapped when it "
                             "is longer than the terminal is wide.")
parser.add_option("-f", "--file", dest="filename", metavar="FILE",
                  help="write report to FILE [default: %default]", default="out.txt")
parser.add_option("-q", "--quiet", action="store_false", dest="verbose", default=True,
                  help="don't print status messages to stdout")
parser.add_option("-v", action="count", dest="verbosity", help="more output")
parser.add_option("-n", "--num", type="int", default=3, help="how many (default %default)")
parser.add_option("--ratio", type="float")
parser.add_option("--z", type="complex")
parser.add_option("-c", "--color", type="choice", choices=["red", "green", "blue"])
parser.add_option("-I", "--include", action="append", dest="includes")
parser.add_option("--const", action="store_const", const=42)
parser.add_option("--tag", action="append_const", const="t", dest="tags")
parser.add_option("--point", nargs=2, type="int")
parser.add_option("--flag", action="callback", callback=on_flag, callback_args=("x",),
                  callback_kwargs={"tag": "k"})
parser.add_option("--with-value", action="callback", callback=on_flag, type="string",
                  callback_args=("y",))
parser.add_option("--hidden", action="store_true", help=SUPPRESS_HELP)
group = OptionGroup(parser, "Dangerous Options",
                    "Caution: use these options at your own risk.  It is believed "
                    "that some of them bite.")
group.add_option("-g", action="store_true", help="Group option.")
group.add_option("--very-long-option-name-that-pushes-help", action="store_true",
                 help="a long option whose help goes on the next line")
parser.add_option_group(group)
print(parser.format_help())
parser.print_usage()
print(parser.get_version(), parser.get_usage(), end="")

for args in [[], ["-f", "x.txt", "a", "b"], ["-fx.txt"], ["--file=y.txt", "--", "-q"],
             ["-qvvv", "-n", "0x1f", "--ratio", "2.5", "--z", "1+2j"], ["-n", "010"],
             ["-n", "0b101"], ["--nu", "7"], ["-c", "green", "-Ia", "-I", "b", "--include=c"],
             ["--const", "--tag", "--tag"], ["--point", "1", "2", "rest"],
             ["--flag", "pos", "--with-value", "V", "tail"], ["-gq", "--very"],
             ["a", "-q", "b", "--", "c"], ["-x"], ["--nosuch"], ["--f"], ["-n"],
             ["-n", "abc"], ["--ratio", "x"], ["-c", "purple"], ["--point", "1"],
             ["--quiet=yes"], ["--v"], ["--version"], ["-h"]]:
    run(parser, args)

parser.disable_interspersed_args()
run(parser, ["a", "-q"])
parser.enable_interspersed_args()
parser.set_defaults(verbose=False, extra="e")
parser.set_default("num", "5")
run(parser, [])
print(parser.get_default_values())
print(parser.has_option("-q"), parser.get_option("--quiet"), parser.get_option("-z"),
      parser.get_option_group("-g").title, parser.get_option_group("-q"))
parser.remove_option("--quiet")
print(parser.has_option("-q"), parser.has_option("--quiet"))
try:
    parser.remove_option("--quiet")
except ValueError as e:
    print("ValueError:", e)

titled = OptionParser(formatter=TitledHelpFormatter(), prog="t", add_help_option=False,
                      usage=SUPPRESS_USAGE)
titled.add_option("-a", "--alpha", help="first")
g = titled.add_option_group("Extra")
g.add_option("-b", action="store_true", help="second")
print(titled.format_help())
narrow = OptionParser(prog="n", formatter=IndentedHelpFormatter(width=40, max_help_position=10),
                      usage="usage: %prog ARGS")
narrow.add_option("-x", "--xylophone", metavar="SOUND",
                  help="play the xylophone with a very long help text that wraps")
print(narrow.format_help())

for make in [lambda: Option("f"), lambda: Option("--"), lambda: Option("-ab"),
             lambda: Option("---x"), lambda: Option(), lambda: Option("-a", action="bogus"),
             lambda: Option("-a", type="bogus"), lambda: Option("-a", action="count", type="int"),
             lambda: Option("-a", type="choice"), lambda: Option("-a", type="choice", choices="ab"),
             lambda: Option("-a", choices=["x"], type="int"),
             lambda: Option("-a", action="store_true", const=1),
             lambda: Option("-a", action="store_true", nargs=2),
             lambda: Option("-a", action="callback", callback=3),
             lambda: Option("-a", action="callback", callback=print, callback_args=[1]),
             lambda: Option("-a", action="callback", callback=print, callback_kwargs=[1]),
             lambda: Option("-a", callback=print), lambda: Option("-a", callback_args=(1,)),
             lambda: Option("-a", bogus=1, other=2), lambda: parser.add_option("-g"),
             lambda: parser.add_option(3), lambda: parser.add_option_group(3),
             lambda: OptionParser(conflict_handler="x"),
             lambda: OptionParser().add_option_group(OptionGroup(parser, "x"))]:
    try:
        made = make()
        print("made", made)
    except (OptionError, TypeError, ValueError) as e:
        print(type(e).__name__, e)

resolving = OptionParser(conflict_handler="resolve", prog="r")
resolving.add_option("-a", "--apple", help="old")
resolving.add_option("-a", "--avocado", help="new")
resolving.add_option("--apple", help="newest")
print([str(o) for o in resolving.option_list])
print(make_option("-k", type=int).type, Option("-k", type=str, dest="kk").dest,
      Option("--long-name").dest, Option("-s").dest, Option("-s", action="help").dest)
v = Values({"a": 1})
print(v, v == {"a": 1}, v == Values({"a": 1}), v.ensure_value("b", []), v.ensure_value("a", 9))
v._update_loose({"c": 3})
v._update_careful({"a": 5, "zz": 1})
print(v)
print(str(BadOptionError("-q")), str(OptionValueError("bad value")))
