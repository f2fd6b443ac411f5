# compile(..., 'single') of a compound statement whose last line carries its suite, with
# no final newline: CPython's interactive grammar refuses it ("invalid syntax" on that
# line, offset 0); an indented last line, a final newline or a simple statement is fine.
sources = [
    "if 1: pass",
    "if 1: pass\n",
    "for i in range(2): print(i)",
    "for i in range(2): print(i)\n",
    "while 0: pass",
    "def f(): pass",
    "class A: pass",
    "with open('/dev/null'): pass",
    "try: pass\nfinally: pass",
    "if 1:\n  pass",
    "if 1:\n  pass\n",
    "x = 1; y = 2",
    "print('simple')",
    "if 1: pass\nelse: pass",
    "@staticmethod\ndef f(): pass",
    "async def f(): pass",
    "match 1:\n case 1: pass",
    "if 1:\n  if 2: pass",
    "if 1:\n  x = 1\n  y = 2",
    "if 1:\n  pass\nelse:\n  pass",
]
for src in sources:
    try:
        code = compile(src, "<s>", "single")
        exec(code)
        print("ok", repr(src))
    except SyntaxError as e:
        print("SyntaxError:", repr(src), e.msg, e.lineno, e.offset, repr(e.text))
