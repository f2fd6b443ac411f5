# More ast.parse locations (include_attributes) and unparse output, compile() of trees and PyCF_ONLY_AST.
import ast
srcs = ["x = f'{a}' f'{b}' 'c'", "f'{x:{y}.{z}}'", "if x:\n    pass\n# c\n", "def f(\n  a,\n  b):\n  return (\n   a)", "x = [\n 1,\n 2,\n]", "a = 'é'; b = '日本'", "while 1:\n  try: pass\n  finally: break", "class A:\n  @property\n  # c\n  def x(self): pass", "x = (1)", "x = ((a, b))", "y = a.b(c)[d]", "lambda *, k: k", "print(f'{x!r}')", "async def f():\n  return [x async for x in y]\n  await z", "global x; x = 1", "def f(*args: int, **kw: str): ...","t = 1,", "a[1:2:3, ...]", "x = not a == b", "a = -1 ** 2", "a = 1 if b else 2 if c else 3", "if (n := len(a)) > 10: pass", "b'\\x00\\xff'", "'\\u00e9\\n'"]
for s in srcs:
    t = ast.parse(s)
    print(ast.dump(t, include_attributes=True))
    print(ast.unparse(t))
try:
    compile(ast.Module([ast.Expr(ast.Constant(1))], []), "<x>", "exec")
except TypeError as e:
    print(e)
print(compile("x + 1", "<s>", "eval", ast.PyCF_ONLY_AST).__class__.__name__)
try:
    compile(5, "a", "exec")
except TypeError as e:
    print(e)
