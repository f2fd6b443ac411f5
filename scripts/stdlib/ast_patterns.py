# ast.parse locations for patterns, decorators, f-strings and assignment forms (indent dumps), with unparse.
import ast
srcs = ["match p:\n    case Point(x=0, y=yy) as pt:\n        pass\n    case [1, 2, *_]:\n        pass\n    case {1: _, 'k': [a, b]}:\n        pass\n    case (a, b):\n        pass\n    case 1 | 2 | 3:\n        pass\n    case str() | bytes():\n        pass\n    case None:\n        pass",
"@a\n\n# comment\n@b\nasync def g(): pass", "x = f'{a:{b}}{c!a}d'", "x = '''a\nb'''\ny = 2", "class K(A, B, **kw): pass",
"try:\n    pass\nexcept (A, B) as e:\n    pass", "f(a)[b].c(d=1)", "x = {**a, **b}", "print(-1, +2, ~3)", "yield_ = lambda: (yield)", "def f():\n    x = yield 1, 2\n    y = yield from z",
"for (a, b) in c: pass", "x, = y", "a.b = c.d = e", "[a, *b] = c", "del a.b, c[1:2]", "with a: pass", "if a: pass\nelif b: pass", "x = 1 if a else 2", "print('%s' % (a,))"]
for s in srcs:
    t = ast.parse(s)
    print(ast.dump(t, include_attributes=True, indent=1))
    print(ast.unparse(t))
print(ast.dump(ast.parse("x = 1; y = 2", mode="single")))
print(ast.dump(ast.parse(b"x = 'b'")))
