# codeop.compile_command's verdicts (code, None for unfinished input, SyntaxError) and
# code.InteractiveConsole/InteractiveInterpreter running lines, with tracebacks and
# syntax errors written to stderr (redirected here to stdout).
import code
import codeop
import io
import sys

for s in ["x=1", "if 1:", "if 1:\n  pass", "if 1:\n  pass\n", "(1,", "(1,\n\n", '"""ab',
          "def f():\n", "1 +* 2", "", "# c", "\n", "x=1\n", "a b", "@d", "x = \\",
          "for i in x: pass", "for i in x: pass\n", "class A:\n  pass\n\n", "try:\n  x\n",
          "[1, 2", "print('hi')", "lambda: (", "1 + 1"]:
    try:
        r = codeop.compile_command(s)
        print(repr(s), "None" if r is None else type(r).__name__)
    except SyntaxError as e:
        print(repr(s), type(e).__name__, e.msg, e.lineno)
print(codeop.compile_command("1 + 2", symbol="eval") is not None)
print(codeop.compile_command("(1 +", symbol="eval"))
print(eval(codeop.compile_command("3 * 4", symbol="eval")))

sys.stderr = sys.stdout
console = code.InteractiveConsole({"__name__": "__console__"})
for line in ["x = 5", "def f(a):", "    return a * x", "", "print(f(3))", "1/0",
             "undefined_name", "if x:", "  print('yes')", "", "a b", "[1,", "2]", "_ = 7",
             "print(_)"]:
    print("push", repr(line), console.push(line))
print(sorted(k for k in console.locals if not k.startswith("__")))
interp = code.InteractiveInterpreter()
print(interp.runsource("y = 2 ** 10"), interp.locals["y"], interp.locals["__name__"])
print(interp.runsource("for i in range(2):"))
print(interp.runsource("raise KeyError('k')"))

lines = iter(["a = 1", "a + 41", "if a:", "  print('in block')", ""])


def reader(prompt):
    print("prompt", repr(prompt))
    try:
        return next(lines)
    except StopIteration:
        raise EOFError


code.interact(banner="hello", readfunc=reader, local={}, exitmsg="bye")
code.interact(banner="", readfunc=lambda p: (_ for _ in ()).throw(EOFError), exitmsg="")
