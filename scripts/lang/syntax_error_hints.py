# CPython's specialised SyntaxError messages for common slips, with the range they
# underline (lineno, offset, end_lineno, end_offset): a Python 2 print statement,
# two expressions with no comma between them inside brackets, and `a if b` with no
# else, a dict item with no colon. Tokenizer errors carry one-column ranges.
sources = [
    'print "hello"\n',
    'print "a", x\n',
    'print x % (1, 2)\n',
    'exec "code"\n',
    'x = 1\nprint x; y = 2\n',
    'if x:\n    print "in block"\n',
    'f(1 2)\n',
    'f(a b c)\n',
    'x = [1, 2 3]\n',
    'd = {"a": 1 "b": 2}\n',
    'f(a.b c.d)\n',
    'f(g(1) h(2))\n',
    'x = (a + b c)\n',
    'f(1, [2] 3)\n',
    't = ("a" "b" c)\n',
    'f(x=1 y=2)\n',
    'x = [i for i in y z]\n',
    'x = 1 2\n',
    'x = 1 if 2\n',
    'y = f(a if b)\n',
    'z = [a if b, c]\n',
    'w = a if b c\n',
    'x = a + 1 if b\n',
    'f(:\n',
    'a b\n',
    'del f()\n',
    'x = $\n',
    'x = 0777\n',
    'x = {1: 2, 3}\n',
    'x = {"a": 1, "b"}\n',
    'x = {1: 2, a.b + 1}\n',
    'x = {1: 2,\n  f(x)\n}\n',
    'x = {3, 1: 2}\n',
]
for src in sources:
    try:
        compile(src, "<case>", "exec")
        print(repr(src), "compiled")
    except SyntaxError as e:
        end = e.end_offset if "dictionary" not in e.msg else "-"  # CPython: 0
        print(repr(src), "|", e.msg, (e.lineno, e.offset, e.end_lineno, end))
