"""Read-eval-print loops for Python programs: InteractiveInterpreter (runsource,
runcode, showsyntaxerror, showtraceback, write), InteractiveConsole (push, interact,
raw_input, the buffer), and interact() and compile_command(). Output goes to
sys.stderr as in CPython; the prompts are sys.ps1/sys.ps2 or '>>> '/'... '."""

import sys
import traceback
from codeop import CommandCompiler, compile_command

__all__ = ["InteractiveInterpreter", "InteractiveConsole", "interact", "compile_command"]


class InteractiveInterpreter:
    """Parses and runs source in a namespace (`locals`, by default a fresh one with
    __name__ '__console__' and __doc__ None)."""

    def __init__(self, locals=None):
        self.locals = {"__name__": "__console__", "__doc__": None} if locals is None \
            else locals
        self.compile = CommandCompiler()

    def runsource(self, source, filename="<input>", symbol="single"):
        """Compile and run source; True when it is unfinished (more input wanted)."""
        try:
            compiled = self.compile(source, filename, symbol)
        except (OverflowError, SyntaxError, ValueError):
            self.showsyntaxerror(filename)
            return False
        if compiled is not None:
            self.runcode(compiled)
        return compiled is None

    def runcode(self, code):
        """Run a code object; every exception but SystemExit is shown."""
        try:
            exec(code, self.locals)
        except BaseException as err:
            if isinstance(err, SystemExit):
                raise
            self.showtraceback()

    def showsyntaxerror(self, filename=None):
        """Write the syntax error just raised, naming `filename` as its file."""
        kind, value, tb = sys.exc_info()
        sys.last_type = kind
        sys.last_value = value
        sys.last_traceback = tb
        if filename and kind is not None and issubclass(kind, SyntaxError):
            try:
                message, (_, lineno, offset, line) = value.args[0], value.args[1][:4]
            except (TypeError, ValueError, IndexError):
                pass
            else:
                value.filename = filename
                value.lineno = lineno
                value.offset = offset
                value.text = line
        text = "".join(traceback.format_exception_only(kind, value))
        if sys.excepthook is sys.__excepthook__:
            self.write(text)
        else:
            sys.excepthook(kind, value, tb)

    def showtraceback(self):
        """Write the exception just raised, without this module's own frame."""
        kind, value, tb = sys.exc_info()
        sys.last_type = kind
        sys.last_value = value
        sys.last_traceback = tb
        try:
            text = "".join(traceback.format_exception(kind, value, tb.tb_next))
            if sys.excepthook is sys.__excepthook__:
                self.write(text)
            else:
                sys.excepthook(kind, value, tb)
        finally:
            kind = value = tb = None

    def write(self, data):
        sys.stderr.write(data)


class InteractiveConsole(InteractiveInterpreter):
    """An interpreter fed line by line (push), with a prompting loop (interact)."""

    def __init__(self, locals=None, filename="<console>"):
        super().__init__(locals)
        self.filename = filename
        self.buffer = []

    def resetbuffer(self):
        """Forget the lines pushed so far."""
        self.buffer = []

    def push(self, line):
        """Add a line; run the buffered input when it is whole. True while more is wanted."""
        self.buffer.append(line)
        wanting = self.runsource("\n".join(self.buffer), self.filename)
        if not wanting:
            self.buffer = []
        return wanting

    def raw_input(self, prompt=""):
        """One line of input (override to read from elsewhere); EOFError at the end."""
        return input(prompt)

    def interact(self, banner=None, exitmsg=None):
        """Prompt, read and run until end of input."""
        ps1 = getattr(sys, "ps1", None)
        if ps1 is None:
            sys.ps1 = ps1 = ">>> "
        if getattr(sys, "ps2", None) is None:
            sys.ps2 = "... "
        name = self.__class__.__name__
        if banner is None:
            self.write('Python %s on %s\nType "help", "copyright", "credits" or "license" '
                       'for more information.\n(%s)\n' % (sys.version, sys.platform, name))
        elif banner:
            self.write("%s\n" % banner)
        more = False
        while True:
            prompt = sys.ps2 if more else sys.ps1
            try:
                more = self.push(self.raw_input(prompt))
            except EOFError:
                self.write("\n")
                break
            except KeyboardInterrupt:
                self.write("\nKeyboardInterrupt\n")
                self.buffer = []
                more = False
        if exitmsg is None:
            self.write("now exiting %s...\n" % name)
        elif exitmsg != "":
            self.write("%s\n" % exitmsg)


def interact(banner=None, readfunc=None, local=None, exitmsg=None):
    """Run an InteractiveConsole over `local`, reading lines with `readfunc` if given."""
    console = InteractiveConsole(local)
    if readfunc is not None:
        console.raw_input = readfunc
    console.interact(banner, exitmsg)


if __name__ == "__main__":
    interact(banner="" if "-q" in sys.argv[1:] else None)
