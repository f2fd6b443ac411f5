# ast.unparse as CPython 3.11 writes it, and round trips: parse(unparse(t)) dumps as t.
import ast

SOURCES = [
    "x = 1, 2", "for a, b in c: pass", "x[1, 2]; x[1:2, 3]; x[::2]; x[()]; x[-1]",
    "def f():\n \"doc\"\n return", "a if b else c", "lambda x, *y, z=1, **k: x", "lambda: 0",
    "f'{a!r:>10} {b}'", "f'{x=}'", "f'a{{b}}'", "-(1)**2", "(-1)**2", "2**-1", "1e309", "1j",
    "x = ()", "print(*a, **k)", "class A(B, metaclass=M):\n  x: int = 3", "del a[0], b",
    "import a.b as c", "from . import x", "from ..m import (a as b)", "with a as b, c: pass",
    "try:\n pass\nexcept E as e:\n pass\nelse:\n pass\nfinally:\n pass",
    "try:\n pass\nexcept* E:\n pass",
    "@d\nasync def f(): await x", "x = 'a\"b'", "not a or b and c", "(a or b) or c",
    "a < b < c", "{**a, 1: 2}", "[x for x in y if x async for z in w]", "global a, b",
    "match x:\n case [1, *r] | {'a': 1, **k} | P(1, a=b) if c: pass\n case (1 | 2) as n: pass\n case _: pass",
    "assert x, 'm'", "raise E from c", "x += 1", "(a := 1)", "a.b.c", "1 .real", "~a",
    "a = yield", "x = a, *b", "f(x for x in y)", "a - (b - c)", "(a - b) - c", "a ** b ** c",
    "(a ** b) ** c", "{1, 2}", "{}", "[*a]", "b'x'", "...", "None", "x: int",
    "def f(a, b=2, /, c=3, *, d, e=5, **g) -> None: pass", "def f(*, a): pass",
    "if a:\n pass\nelif b:\n pass\nelse:\n pass", "while x:\n break\nelse:\n continue",
    "x = 1\ndef f(): pass\nclass C: pass\ny = 2", "(x async for x in y)",
    "{k: v for k, v in d}", "f(a)(b)", "(a + b).c", "-a.b", "not not a", "(1 + 2) * 3",
    "a is not b", "a not in b", "x = (yield y)", "[(a, b) for a, b in c]", "return 1, 2" if False else "def g(): return 1, 2",
    "a, b = b, a", "[a, b] = c", "x = [1, 2][0]", "a = b = c", "del (a, b)", "nonlocal x" if False else "pass",
    "print('a\\nb', \"it's\", 'x\\ty')", "s = '\\x00\\\\'", "(a, b)[0]", "(yield)", "await (a + b)" if False else "async def f(): await (a + b)",
    "f(**{'a': 1})", "x if y else (lambda: z)", "(lambda: 1)()", "a[b:c:d]", "a[:, 1]",
    "class C(metaclass=M): pass", "@a.b(c)\nclass D:\n '''multi\n line'''\n x = 1",
    "def f():\n    '''tri''' \n    pass", "x = {'a': [1, {2}], 'b': (3,)}", "(*a, b) = c",
    "x = 3.5e-10 + 1_000", "a @ b", "a // b % c", "a << b >> c & d ^ e | f",
    "import a, b.c", "from m import *", "for x in (1, 2): pass", "-(a + b)", "(not a) + b",
]

for src in SOURCES:
    tree = ast.parse(src)
    text = ast.unparse(tree)
    print(repr(src), "=>", repr(text))
    again = ast.parse(text)
    if ast.dump(again) != ast.dump(tree):
        print("  round trip differs:", ast.dump(again))

print(ast.unparse(ast.BinOp(ast.Constant(1), ast.Add(), ast.BinOp(ast.Constant(2), ast.Mult(), ast.Name("x")))))
print(ast.unparse(ast.parse("a + b", mode="eval")))

# Strings and f-strings: quote choice, escapes, docstrings with backslashes and controls.
for src in ["f'{a[\"k\"]}'", "f\"it's {x}\"", "f'{x:%Y-%m}'", "f'{ {1: 2}[1] }'", "f'a\\nb{x}'",
            "x = 'a\\'b\"c'", "f'{x!r}' + 'y'", "f'{a if b else c}'", "f'{(a, b)}'", "'\\\\'",
            "f'{3.5:.2f}'", "'\\x00tab\\tend\"'", "def f():\n    'say \"\"\"hi\"\"\"'"]:
    print(repr(src), "=>", repr(ast.unparse(ast.parse(src))))
