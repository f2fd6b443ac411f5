"""Line-oriented command interpreters: subclass Cmd, define do_<command> methods (and
help_<topic>, complete_<command>), and cmdloop() reads lines, splits off the command
word and dispatches, with `help`, `?` and `!` shorthands, emptyline repeating the last
command, default() for unknown ones, precmd/postcmd/preloop/postloop hooks, and
columnize. Completion through readline is used when the readline module exists."""

import string
import sys

__all__ = ["Cmd"]

PROMPT = "(Cmd) "
IDENTCHARS = string.ascii_letters + string.digits + "_"


class Cmd:
    """A simple framework for writing line-oriented command interpreters."""

    prompt = PROMPT
    identchars = IDENTCHARS
    ruler = "="
    lastcmd = ""
    intro = None
    doc_leader = ""
    doc_header = "Documented commands (type help <topic>):"
    misc_header = "Miscellaneous help topics:"
    undoc_header = "Undocumented commands:"
    nohelp = "*** No help on %s"
    use_rawinput = 1

    def __init__(self, completekey="tab", stdin=None, stdout=None):
        self.stdin = stdin if stdin is not None else sys.stdin
        self.stdout = stdout if stdout is not None else sys.stdout
        self.cmdqueue = []
        self.completekey = completekey

    def cmdloop(self, intro=None):
        """Read and run commands until a do_* method returns a true value."""
        self.preloop()
        old_completer = None
        if self.use_rawinput and self.completekey:
            try:
                import readline
                old_completer = readline.get_completer()
                readline.set_completer(self.complete)
                readline.parse_and_bind(self.completekey + ": complete")
            except (ImportError, AttributeError):
                pass
        try:
            if intro is not None:
                self.intro = intro
            if self.intro:
                self.stdout.write(str(self.intro) + "\n")
            stop = None
            while not stop:
                if self.cmdqueue:
                    line = self.cmdqueue.pop(0)
                elif self.use_rawinput:
                    try:
                        line = input(self.prompt)
                    except EOFError:
                        line = "EOF"
                else:
                    self.stdout.write(self.prompt)
                    self.stdout.flush()
                    line = self.stdin.readline()
                    line = line.rstrip("\r\n") if line else "EOF"
                line = self.precmd(line)
                stop = self.onecmd(line)
                stop = self.postcmd(stop, line)
            self.postloop()
        finally:
            if old_completer is not None:
                try:
                    import readline
                    readline.set_completer(old_completer)
                except ImportError:
                    pass

    def precmd(self, line):
        """Called on each line before it is run; returns the line to run."""
        return line

    def postcmd(self, stop, line):
        """Called after each command; returns whether to stop."""
        return stop

    def preloop(self):
        """Called once before cmdloop reads its first line."""

    def postloop(self):
        """Called once when cmdloop is about to return."""

    def parseline(self, line):
        """(command, arguments, line) of a line: '?' means help, '!' shell."""
        line = line.strip()
        if not line:
            return None, None, line
        if line[0] == "?":
            line = "help " + line[1:]
        elif line[0] == "!":
            if not hasattr(self, "do_shell"):
                return None, None, line
            line = "shell " + line[1:]
        end = 0
        while end < len(line) and line[end] in self.identchars:
            end += 1
        return line[:end], line[end:].strip(), line

    def onecmd(self, line):
        """Run one line: the do_* method of its command, emptyline() or default()."""
        command, arg, line = self.parseline(line)
        if not line:
            return self.emptyline()
        if command is None:
            return self.default(line)
        self.lastcmd = line
        if line == "EOF":
            self.lastcmd = ""
        if command == "":
            return self.default(line)
        try:
            handler = getattr(self, "do_" + command)
        except AttributeError:
            return self.default(line)
        return handler(arg)

    def emptyline(self):
        """An empty line repeats the last command (override to do nothing)."""
        if self.lastcmd:
            return self.onecmd(self.lastcmd)

    def default(self, line):
        """A line whose command is unknown."""
        self.stdout.write("*** Unknown syntax: %s\n" % line)

    def completedefault(self, *ignored):
        return []

    def completenames(self, text, *ignored):
        prefix = "do_" + text
        return [name[3:] for name in self.get_names() if name.startswith(prefix)]

    def complete(self, text, state):
        """readline's completer: the state-th completion of text."""
        if state == 0:
            import readline
            whole = readline.get_line_buffer()
            stripped = len(whole) - len(whole.lstrip())
            begin = readline.get_begidx() - stripped
            end = readline.get_endidx() - stripped
            if begin > 0:
                command, args, _ = self.parseline(whole.lstrip())
                if command == "":
                    finder = self.completedefault
                else:
                    finder = getattr(self, "complete_" + command, self.completedefault)
            else:
                finder = self.completenames
            self.completion_matches = finder(text, whole.lstrip(), begin, end)
        try:
            return self.completion_matches[state]
        except IndexError:
            return None

    def get_names(self):
        return dir(self.__class__)

    def complete_help(self, *args):
        commands = set(self.completenames(*args))
        topics = set(name[5:] for name in self.get_names()
                     if name.startswith("help_" + args[0]))
        return list(commands | topics)

    def do_help(self, arg):
        'List available commands with "help" or detailed help with "help cmd".'
        if arg:
            try:
                helper = getattr(self, "help_" + arg)
            except AttributeError:
                try:
                    doc = getattr(self, "do_" + arg).__doc__
                    if doc:
                        self.stdout.write("%s\n" % str(doc))
                        return
                except AttributeError:
                    pass
                self.stdout.write("%s\n" % str(self.nohelp % (arg,)))
                return
            helper()
            return
        names = self.get_names()
        documented = []
        undocumented = []
        topics = {name[5:] for name in names if name.startswith("help_")}
        names.sort()
        previous = ""
        for name in names:
            if not name.startswith("do_") or name == previous:
                continue
            previous = name
            command = name[3:]
            if command in topics:
                documented.append(command)
                topics.remove(command)
            elif getattr(self, name).__doc__:
                documented.append(command)
            else:
                undocumented.append(command)
        self.stdout.write("%s\n" % str(self.doc_leader))
        self.print_topics(self.doc_header, documented, 15, 80)
        self.print_topics(self.misc_header, sorted(topics), 15, 80)
        self.print_topics(self.undoc_header, undocumented, 15, 80)

    def print_topics(self, header, cmds, cmdlen, maxcol):
        if cmds:
            self.stdout.write("%s\n" % str(header))
            if self.ruler:
                self.stdout.write("%s\n" % str(self.ruler * len(header)))
            self.columnize(cmds, maxcol - 1)
            self.stdout.write("\n")

    def columnize(self, list, displaywidth=80):
        """Write the strings of `list` in as few rows as fit in displaywidth columns."""
        if not list:
            self.stdout.write("<empty>\n")
            return
        bad = [i for i, item in enumerate(list) if not isinstance(item, str)]
        if bad:
            raise TypeError("list[i] not a string for i in %s" % ", ".join(map(str, bad)))
        count = len(list)
        if count == 1:
            self.stdout.write("%s\n" % str(list[0]))
            return
        for rows in range(1, count):
            columns = (count + rows - 1) // rows
            widths = []
            total = -2
            for c in range(columns):
                cells = list[c * rows:(c + 1) * rows]
                width = max(len(x) for x in cells) if cells else 0
                widths.append(width)
                total += width + 2
                if total > displaywidth:
                    break
            if total <= displaywidth:
                break
        else:
            rows = count
            columns = 1
            widths = [0]
        for r in range(rows):
            cells = [list[i] for i in range(r, count, rows)]
            while cells and not cells[-1]:
                del cells[-1]
            for i in range(len(cells)):
                cells[i] = cells[i].ljust(widths[i])
            self.stdout.write("%s\n" % str("  ".join(cells)))
