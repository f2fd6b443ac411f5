# ast.parse + ast.dump over every statement and expression kind (checked against CPython 3.11).
import ast

PROGRAMS = [
    "x = 1",
    "a = b = c",
    "x += 1; y -= 2; z **= 3",
    "x: int = 3\n(y): str\na.b: float",
    "del a, b[0], c.d",
    "import os, os.path as p\nfrom . import a\nfrom ..b.c import d as e, f\nfrom m import *",
    "global g\nnonlocal n",
    "assert x, 'msg'",
    "raise\nraise E\nraise E('x') from None",
    "pass\nbreak\ncontinue",
    "if a:\n    pass\nelif b:\n    x = 1\nelse:\n    y = 2",
    "while x:\n    x -= 1\nelse:\n    done()",
    "for i, j in pairs:\n    print(i)\nelse:\n    pass",
    "async def f():\n    async for x in y:\n        await x\n    async with a as b, c:\n        pass",
    "with open(p) as f, lock:\n    pass",
    "try:\n    pass\nexcept ValueError as e:\n    pass\nexcept (A, B):\n    pass\nexcept:\n    raise\nelse:\n    pass\nfinally:\n    cleanup()",
    "try:\n    pass\nexcept* OSError as eg:\n    pass",
    "@decorator\n@other(1)\ndef f(a, b=2, /, c=3, *args, d, e=4, **kw) -> int:\n    'doc'\n    return a",
    "class C(Base, metaclass=Meta):\n    x = 1\n    def m(self): ...",
    "lambda: 0\nlambda x, *y, z=1, **k: x + z",
    "a and b or not c",
    "x := 5" if False else "(x := 5)",
    "1 + 2 - 3 * 4 / 5 // 6 % 7 ** 8 @ m << 1 >> 2 | 3 ^ 4 & 5",
    "-x; +x; ~x; not x",
    "a if b else c",
    "{1: 2, **d}; {1, 2}; [1, 2]; (1, 2); ()",
    "[x for x in y if x > 0]; {x for x in y}; {k: v for k, v in d.items()}; (x for x in y)",
    "[a for b in c for a in b if a if not b]",
    "def g():\n    yield\n    yield 1\n    x = yield from h()",
    "a < b <= c == d != e > f >= g is h is not i in j not in k",
    "f(a, *b, c=1, **d)",
    "a.b.c; a[1]; a[1:2]; a[::3]; a[1:2, 3]; a[...]; *a, b = c",
    "f'plain {x} {y!r} {z:>{w}} {v=} {u!s:10}'",
    "'a' 'b'; b'xy'; 1.5; 3j; 10**100; 0xff; None; True; False; ...",
    "123456789012345678901234567890",
    "match cmd:\n    case [x, y, *rest]:\n        pass\n    case {'k': v, **others}:\n        pass\n    case Point(1, y=2) | None:\n        pass\n    case 'lit' as s if s:\n        pass\n    case -1 | 1.5 | 2+3j | True:\n        pass\n    case a.b:\n        pass\n    case _:\n        pass",
]

for src in PROGRAMS:
    print("#", src.replace("\n", "\\n"))
    print(ast.dump(ast.parse(src)))

print(ast.dump(ast.parse("x + 1", mode="eval")))
print(ast.dump(ast.parse("x = 1", mode="single")))
print(ast.dump(ast.parse("f(a, b=1)"), indent=2))
print(ast.dump(ast.parse("x = [1, 2]"), indent="..", annotate_fields=False))
print(ast.dump(ast.parse("del x"), annotate_fields=False))

# Locations: 1-based lines, 0-based UTF-8 byte columns.
src = "x = 'é' + y\nif z:\n    f(a,\n      b)\n@dec\nclass K: pass\n"
print(ast.dump(ast.parse(src), include_attributes=True))
for node in ast.walk(ast.parse(src)):
    if hasattr(node, "lineno"):
        print(type(node).__name__, node.lineno, node.col_offset, node.end_lineno, node.end_col_offset,
              repr(ast.get_source_segment(src, node)))

# Node classes: fields, attributes, defaults and construction.
for name in ["Module", "Expr", "Name", "Constant", "FunctionDef", "arguments", "arg",
             "keyword", "alias", "comprehension", "MatchAs", "ImportFrom", "Load"]:
    cls = getattr(ast, name)
    print(name, cls._fields, cls._attributes, cls.__mro__[1].__name__)
print(ast.Constant(1).kind, ast.FunctionDef().returns, ast.expr.end_lineno)
n = ast.Name("x", ast.Load(), lineno=3)
print(n.id, type(n.ctx).__name__, n.lineno, ast.dump(n))
print(ast.dump(ast.Name()), ast.dump(ast.Constant(value=None)))
try:
    ast.Name("a", ast.Load(), 3)
except TypeError as e:
    print("TypeError:", e)
try:
    ast.Name().id
except AttributeError as e:
    print("AttributeError")
print(isinstance(ast.parse("x").body[0], ast.stmt), isinstance(ast.Add(), ast.operator))

# Syntax errors are CPython's.
for bad in ["x = = 1", "def f(:\n  pass", "(", "  x = 1", "f(**a, *b)"]:
    try:
        ast.parse(bad)
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno, e.offset)
try:
    ast.parse("x", mode="bad")
except ValueError as e:
    print("ValueError:", e)
