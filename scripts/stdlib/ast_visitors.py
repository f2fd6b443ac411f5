# NodeVisitor, NodeTransformer, walk/iter helpers, locations, docstrings, compile of trees.
import ast
from collections import Counter

SOURCE = '''
"""Module doc."""
import math

def area(r):
    """Area of a circle.

    Uses pi.
    """
    return math.pi * r ** 2

class Shape:
    "Shape doc"
    def scale(self, k):
        total = 0
        for i in range(k):
            total = total + i * 2
        return total

print(area(1) > 3, Shape().scale(4))
'''

tree = ast.parse(SOURCE)


class NameCounter(ast.NodeVisitor):
    def __init__(self):
        self.names = Counter()
        self.calls = 0

    def visit_Name(self, node):
        self.names[node.id] += 1

    def visit_Call(self, node):
        self.calls += 1
        self.generic_visit(node)


counter = NameCounter()
counter.visit(tree)
print(sorted(counter.names.items()), counter.calls)

kinds = Counter(type(n).__name__ for n in ast.walk(tree))
print(sorted(kinds.items()))
print([name for name, _ in ast.iter_fields(tree.body[2])])
print([type(c).__name__ for c in ast.iter_child_nodes(tree.body[2])])

print(repr(ast.get_docstring(tree)))
print(repr(ast.get_docstring(tree.body[2])))
print(repr(ast.get_docstring(tree.body[2], clean=False)))
print(repr(ast.get_docstring(tree.body[3])))
print(ast.get_docstring(tree.body[3].body[1]))
try:
    ast.get_docstring(tree.body[1])
except TypeError as e:
    print("TypeError:", e)


class DoubleInts(ast.NodeTransformer):
    """Doubles every int constant and drops `import` statements it is told to."""

    def visit_Constant(self, node):
        if type(node.value) is int:
            return ast.copy_location(ast.Constant(node.value * 2), node)
        return node


code_tree = ast.parse("x = 1 + 2\nprint(x, [3, 4], 'five')\n")
new_tree = DoubleInts().visit(code_tree)
print(ast.dump(new_tree))
exec(compile(new_tree, "<ast>", "exec"))


class RenameAndDrop(ast.NodeTransformer):
    def visit_Name(self, node):
        if node.id == "old":
            return ast.Name(id="new", ctx=node.ctx)
        return node

    def visit_Expr(self, node):
        self.generic_visit(node)
        if isinstance(node.value, ast.Constant):
            return None
        return node

    def visit_Pass(self, node):
        return [ast.Expr(ast.Call(ast.Name("print", ast.Load()), [ast.Constant("pass 1")], [])),
                ast.Expr(ast.Call(ast.Name("print", ast.Load()), [ast.Constant("pass 2")], []))]


t = ast.parse("new = 5\n'dropped'\nprint(old + 1)\npass\n")
t = ast.fix_missing_locations(RenameAndDrop().visit(t))
print(ast.unparse(t))
exec(compile(t, "<renamed>", "exec"))
print(t.body[1].value.args[0].lineno, t.body[2].lineno, t.body[2].col_offset)

expr_tree = ast.Expression(ast.BinOp(ast.Constant(6), ast.Mult(), ast.Constant(7)))
ast.fix_missing_locations(expr_tree)
print(eval(compile(expr_tree, "<expr>", "eval")))
print(expr_tree.body.lineno, expr_tree.body.col_offset, expr_tree.body.end_lineno)

t = ast.parse("a = 1\nb = 2")
ast.increment_lineno(t, 10)
print([(s.lineno, s.end_lineno, s.targets[0].lineno) for s in t.body])

new = ast.copy_location(ast.Pass(), t.body[0])
print(new.lineno, new.col_offset, new.end_lineno, new.end_col_offset)
