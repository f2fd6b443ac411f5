# cmd.Cmd: a command loop over a scripted stdin (use_rawinput off), dispatch, help
# (documented, misc topics, undocumented), '?', '!', emptyline repeating the last
# command, default(), the hooks, parseline and columnize.
import cmd
import io


class Shell(cmd.Cmd):
    intro = "Welcome."
    prompt = "(shell) "

    def preloop(self):
        print("preloop")

    def postloop(self):
        print("postloop")

    def precmd(self, line):
        print("precmd", repr(line))
        return line.lower() if line.startswith("SAY") else line

    def do_say(self, arg):
        """Say something."""
        print("said:", arg)

    def do_add(self, arg):
        print(sum(int(x) for x in arg.split()))

    def help_add(self):
        print("add numbers")

    def help_topic(self):
        print("a misc topic")

    def do_shell(self, arg):
        print("shell:", arg)

    def do_quit(self, arg):
        "Quit."
        print("bye")
        return True

    do_EOF = do_quit


script = io.StringIO("say hello\n\nadd 1 2 3\nhelp\nhelp add\nhelp say\nhelp nothing\n"
                     "?topic\n!ls -l\nfoo bar\nSAY LOUD\n+++\nquit\n")
out = io.StringIO()
sh = Shell(stdin=script, stdout=out)
sh.use_rawinput = False
sh.cmdloop()
print(out.getvalue())
print(sh.parseline("  say  x y "), sh.parseline("?x"), sh.parseline("!cmd"), sh.parseline(""))
print(sh.lastcmd)
c = cmd.Cmd(stdout=io.StringIO())
c.columnize([])
c.columnize(["one"])
c.columnize(["w%d" % i * (i % 4 + 1) for i in range(30)], 40)
c.columnize([str(i) for i in range(100)])
print(c.stdout.getvalue())
try:
    c.columnize(["a", 1, "b", 2])
except TypeError as e:
    print(e)
print(c.onecmd("nothing"), c.stdout.getvalue().splitlines()[-1])
print(c.parseline("!x"))
c2 = Shell(stdout=io.StringIO())
c2.cmdqueue = ["say queued", "quit"]
c2.cmdloop(intro="")
print(c2.stdout.getvalue())
print(sorted(c2.completenames("s")), sorted(c2.complete_help("t")))
