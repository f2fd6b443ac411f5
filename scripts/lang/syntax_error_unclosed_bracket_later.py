# A bracket left open, with the parser failing on a later line: CPython reports the
# bracket ("'(' was never closed" at the bracket), not the later line's "invalid
# syntax". When the parser fails on the bracket's own line, its error stands. An
# unterminated string further on wins over the parser's error.
sources = [
    "x = (1,\ny = 2\n",
    "foo(a,\n  b c\nd = 1\n",
    "x = [1, 2\nprint(x)\n",
    "x = {1: 2\nif x:\n    pass\n",
    "print((1)\nx=1\n",
    "f(1,\n :\nx = 1\n",
    "def f(:\n    pass\n",
    "f(1 :\nx = 1\n",
    "if (x:\n    pass\n",
    "x = (1 +)\ny = (2\n",
    "print(1)\ns = 'abc\n",
    "x = 1 +\ny = 0777\n",
    "\tif 1:\n        pass\n",
]
for src in sources:
    try:
        compile(src, "<case>", "exec")
    except SyntaxError as e:
        print(repr(src))
        print("   ", type(e).__name__, e.msg, e.lineno, e.offset)
