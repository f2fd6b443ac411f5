"""`ast.unparse`: source text from a tree, written as CPython 3.11 writes it (four-space
indents, a blank line before definitions, docstrings in triple quotes, parentheses only
where operator precedence needs them). Not the node classes (ast.py)."""

import ast

# Operator precedences, lowest first (as Python's grammar orders them).
NAMED_EXPR, TUPLE, YIELD, TEST, OR, AND, NOT, CMP, EXPR = range(1, 10)
BOR = EXPR
BXOR, BAND, SHIFT, ARITH, TERM, FACTOR, POWER, AWAIT, ATOM = range(10, 19)

BINOPS = {
    "Add": ("+", ARITH), "Sub": ("-", ARITH), "Mult": ("*", TERM), "MatMult": ("@", TERM),
    "Div": ("/", TERM), "Mod": ("%", TERM), "LShift": ("<<", SHIFT),
    "RShift": (">>", SHIFT), "BitOr": ("|", BOR), "BitXor": ("^", BXOR),
    "BitAnd": ("&", BAND), "FloorDiv": ("//", TERM), "Pow": ("**", POWER),
}
UNARYOPS = {"Invert": ("~", FACTOR), "Not": ("not", NOT), "UAdd": ("+", FACTOR),
            "USub": ("-", FACTOR)}
CMPOPS = {"Eq": "==", "NotEq": "!=", "Lt": "<", "LtE": "<=", "Gt": ">", "GtE": ">=",
          "Is": "is", "IsNot": "is not", "In": "in", "NotIn": "not in"}
BOOLOPS = {"And": ("and", AND), "Or": ("or", OR)}
INFSTR = "1e" + repr(__import__("sys").float_info.max_10_exp + 1)


class Unparser:
    def __init__(self):
        self.out = []
        self.precedences = {}
        self.indent = 0
        self.in_try_star = False

    def visit(self, node):
        self.out = []
        self.traverse(node)
        return "".join(self.out)

    # -- writing helpers
    def write(self, *text):
        self.out.extend(text)

    def maybe_newline(self):
        if self.out:
            self.write("\n")

    def fill(self, text=""):
        self.maybe_newline()
        self.write("    " * self.indent + text)

    def block(self, body, extra=None):
        self.write(":")
        if extra:
            self.write(extra)
        self.indent += 1
        self.traverse(body)
        self.indent -= 1

    def interleave(self, sep, f, seq):
        first = True
        for item in seq:
            if not first:
                self.write(sep)
            first = False
            f(item)

    def items_view(self, f, items):
        """Tuple items: a trailing comma for a single one."""
        if len(items) == 1:
            f(items[0])
            self.write(",")
        else:
            self.interleave(", ", f, items)

    def prec(self, node):
        return self.precedences.get(id(node), TEST)

    def set_prec(self, precedence, *nodes):
        for node in nodes:
            self.precedences[id(node)] = precedence

    def open_if(self, cond, start="(", end=")"):
        if cond:
            self.write(start)
        return cond

    def traverse(self, node):
        if isinstance(node, list):
            for item in node:
                self.traverse(item)
        else:
            getattr(self, "visit_" + type(node).__name__)(node)

    def body_with_docstring(self, node):
        body = node.body
        if (body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant)
                and isinstance(body[0].value.value, str)):
            self.fill()
            self.docstring(body[0].value.value)
            self.traverse(body[1:])
        else:
            self.traverse(body)

    def docstring(self, text):
        self.write(self.str_literal(text, multi=True))

    # -- modules
    def visit_Module(self, node):
        self.body_with_docstring(node)

    def visit_Interactive(self, node):
        self.traverse(node.body)

    def visit_Expression(self, node):
        self.traverse(node.body)

    # -- statements
    def visit_Expr(self, node):
        self.fill()
        self.set_prec(YIELD, node.value)
        self.traverse(node.value)

    def visit_NamedExpr(self, node):
        opened = self.open_if(self.prec(node) > TUPLE)
        self.set_prec(ATOM, node.target, node.value)
        self.traverse(node.target)
        self.write(" := ")
        self.traverse(node.value)
        self.close(opened)

    def close(self, opened, end=")"):
        if opened:
            self.write(end)

    def visit_Import(self, node):
        self.fill("import ")
        self.interleave(", ", self.traverse, node.names)

    def visit_ImportFrom(self, node):
        self.fill("from ")
        self.write("." * (node.level or 0))
        if node.module:
            self.write(node.module)
        self.write(" import ")
        self.interleave(", ", self.traverse, node.names)

    def visit_Assign(self, node):
        self.fill()
        for target in node.targets:
            self.set_prec(TUPLE, target)
            self.traverse(target)
            self.write(" = ")
        self.traverse(node.value)

    def visit_AugAssign(self, node):
        self.fill()
        self.traverse(node.target)
        self.write(" " + BINOPS[type(node.op).__name__][0] + "= ")
        self.traverse(node.value)

    def visit_AnnAssign(self, node):
        self.fill()
        opened = self.open_if(not node.simple and isinstance(node.target, ast.Name))
        self.traverse(node.target)
        self.close(opened)
        self.write(": ")
        self.traverse(node.annotation)
        if node.value:
            self.write(" = ")
            self.traverse(node.value)

    def visit_Return(self, node):
        self.fill("return")
        if node.value:
            self.write(" ")
            self.traverse(node.value)

    def visit_Pass(self, node):
        self.fill("pass")

    def visit_Break(self, node):
        self.fill("break")

    def visit_Continue(self, node):
        self.fill("continue")

    def visit_Delete(self, node):
        self.fill("del ")
        self.interleave(", ", self.traverse, node.targets)

    def visit_Assert(self, node):
        self.fill("assert ")
        self.traverse(node.test)
        if node.msg:
            self.write(", ")
            self.traverse(node.msg)

    def visit_Global(self, node):
        self.fill("global ")
        self.write(", ".join(node.names))

    def visit_Nonlocal(self, node):
        self.fill("nonlocal ")
        self.write(", ".join(node.names))

    def visit_Await(self, node):
        opened = self.open_if(self.prec(node) > AWAIT)
        self.write("await")
        if node.value:
            self.write(" ")
            self.set_prec(ATOM, node.value)
            self.traverse(node.value)
        self.close(opened)

    def visit_Yield(self, node):
        opened = self.open_if(self.prec(node) > YIELD)
        self.write("yield")
        if node.value:
            self.write(" ")
            self.set_prec(YIELD, node.value)
            self.traverse(node.value)
        self.close(opened)

    def visit_YieldFrom(self, node):
        opened = self.open_if(self.prec(node) > YIELD)
        self.write("yield from ")
        self.set_prec(YIELD, node.value)
        self.traverse(node.value)
        self.close(opened)

    def visit_Raise(self, node):
        self.fill("raise")
        if not node.exc:
            return
        self.write(" ")
        self.traverse(node.exc)
        if node.cause:
            self.write(" from ")
            self.traverse(node.cause)

    def try_parts(self, node):
        self.fill("try")
        self.block(node.body)
        for handler in node.handlers:
            self.traverse(handler)
        if node.orelse:
            self.fill("else")
            self.block(node.orelse)
        if node.finalbody:
            self.fill("finally")
            self.block(node.finalbody)

    def visit_Try(self, node):
        saved, self.in_try_star = self.in_try_star, False
        self.try_parts(node)
        self.in_try_star = saved

    def visit_TryStar(self, node):
        saved, self.in_try_star = self.in_try_star, True
        self.try_parts(node)
        self.in_try_star = saved

    def visit_ExceptHandler(self, node):
        self.fill("except*" if self.in_try_star else "except")
        if node.type:
            self.write(" ")
            self.traverse(node.type)
        if node.name:
            self.write(" as ")
            self.write(node.name)
        self.block(node.body)

    def decorators(self, node):
        self.maybe_newline()
        for deco in node.decorator_list:
            self.fill("@")
            self.traverse(deco)

    def visit_ClassDef(self, node):
        self.decorators(node)
        self.fill("class " + node.name)
        opened = self.open_if(node.bases or node.keywords)
        comma = False
        for e in node.bases + node.keywords:
            if comma:
                self.write(", ")
            comma = True
            self.traverse(e)
        self.close(opened)
        self.write(":")
        self.indent += 1
        self.body_with_docstring(node)
        self.indent -= 1

    def visit_FunctionDef(self, node):
        self.function(node, "def")

    def visit_AsyncFunctionDef(self, node):
        self.function(node, "async def")

    def function(self, node, keyword):
        self.decorators(node)
        self.fill(keyword + " " + node.name + "(")
        self.traverse(node.args)
        self.write(")")
        if node.returns:
            self.write(" -> ")
            self.traverse(node.returns)
        self.write(":")
        self.indent += 1
        self.body_with_docstring(node)
        self.indent -= 1

    def visit_For(self, node):
        self.for_loop("for ", node)

    def visit_AsyncFor(self, node):
        self.for_loop("async for ", node)

    def for_loop(self, keyword, node):
        self.fill(keyword)
        self.set_prec(TUPLE, node.target)
        self.traverse(node.target)
        self.write(" in ")
        self.traverse(node.iter)
        self.block(node.body)
        if node.orelse:
            self.fill("else")
            self.block(node.orelse)

    def visit_If(self, node):
        self.fill("if ")
        self.traverse(node.test)
        self.block(node.body)
        # `elif` for an else holding only an If.
        while node.orelse and len(node.orelse) == 1 and isinstance(node.orelse[0], ast.If):
            node = node.orelse[0]
            self.fill("elif ")
            self.traverse(node.test)
            self.block(node.body)
        if node.orelse:
            self.fill("else")
            self.block(node.orelse)

    def visit_While(self, node):
        self.fill("while ")
        self.traverse(node.test)
        self.block(node.body)
        if node.orelse:
            self.fill("else")
            self.block(node.orelse)

    def visit_With(self, node):
        self.fill("with ")
        self.interleave(", ", self.traverse, node.items)
        self.block(node.body)

    def visit_AsyncWith(self, node):
        self.fill("async with ")
        self.interleave(", ", self.traverse, node.items)
        self.block(node.body)

    def visit_withitem(self, node):
        self.traverse(node.context_expr)
        if node.optional_vars:
            self.write(" as ")
            self.traverse(node.optional_vars)

    # -- strings
    def str_literal(self, text, multi=False):
        """`text` as a literal: repr for plain strings; docstrings in triple quotes with
        their newlines and tabs kept, a closing quote char escaped."""
        if not multi:
            return repr(text)
        escaped = "".join(
            c if c in "\n\t" else
            "\\\\" if c == "\\" else
            repr(c)[1:-1] if not c.isprintable()
            else c
            for c in text)
        quotes = [q for q in ('"""', "'''") if q not in escaped]
        if not quotes:
            return repr(text)
        if escaped:
            quotes.sort(key=lambda q: q[0] == escaped[-1])
            if quotes[0][0] == escaped[-1]:
                escaped = escaped[:-1] + "\\" + escaped[-1]
        return quotes[0] + escaped + quotes[0]

    def visit_JoinedStr(self, node):
        self.write("f")
        body = self.fstring_body(node.values)
        self.write(self.fstring_quote(body))

    def fstring_quote(self, body):
        for q in ("'", '"', '"""', "'''"):
            if q not in body:
                return q + body + q
        return repr(body)

    def fstring_body(self, values):
        parts = []
        for value in values:
            if isinstance(value, ast.Constant):
                text = value.value.replace("{", "{{").replace("}", "}}")
                parts.append(repr(text)[1:-1].replace("\\'", "'") if text.isprintable()
                             else repr(text)[1:-1])
            elif isinstance(value, ast.FormattedValue):
                parts.append(self.formatted_field(value))
            else:
                parts.append(Unparser().visit(value))
        return "".join(parts)

    def formatted_field(self, node):
        inner = Unparser()
        inner.set_prec(TEST + 1, node.value)
        expr = inner.visit(node.value)
        if expr.startswith("{"):
            expr = " " + expr
        text = "{" + expr
        if node.conversion != -1:
            text += "!" + chr(node.conversion)
        if node.format_spec:
            text += ":" + self.fstring_body(node.format_spec.values)
        return text + "}"

    def visit_FormattedValue(self, node):
        self.write("f" + self.fstring_quote(self.formatted_field(node)))

    def visit_Name(self, node):
        self.write(node.id)

    def constant_repr(self, value):
        if isinstance(value, (float, complex)):
            return repr(value).replace("inf", INFSTR)
        if value is ...:
            return "..."
        return repr(value)

    def visit_Constant(self, node):
        value = node.value
        if isinstance(value, tuple):
            self.write("(")
            self.items_view(lambda v: self.write(self.constant_repr(v)), value)
            self.write(")")
            return
        if node.kind == "u":
            self.write("u")
        self.write(self.constant_repr(value))

    def visit_List(self, node):
        self.write("[")
        self.interleave(", ", self.traverse, node.elts)
        self.write("]")

    def comprehension_body(self, node, start, end):
        self.write(start)
        self.traverse(node.elt)
        for gen in node.generators:
            self.traverse(gen)
        self.write(end)

    def visit_ListComp(self, node):
        self.comprehension_body(node, "[", "]")

    def visit_GeneratorExp(self, node):
        self.comprehension_body(node, "(", ")")

    def visit_SetComp(self, node):
        self.comprehension_body(node, "{", "}")

    def visit_DictComp(self, node):
        self.write("{")
        self.traverse(node.key)
        self.write(": ")
        self.traverse(node.value)
        for gen in node.generators:
            self.traverse(gen)
        self.write("}")

    def visit_comprehension(self, node):
        self.write(" async for " if node.is_async else " for ")
        self.set_prec(TUPLE, node.target)
        self.traverse(node.target)
        self.write(" in ")
        self.set_prec(TEST + 1, node.iter, *node.ifs)
        self.traverse(node.iter)
        for cond in node.ifs:
            self.write(" if ")
            self.traverse(cond)

    def visit_IfExp(self, node):
        opened = self.open_if(self.prec(node) > TEST)
        self.set_prec(TEST + 1, node.body, node.test)
        self.traverse(node.body)
        self.write(" if ")
        self.traverse(node.test)
        self.write(" else ")
        self.set_prec(TEST, node.orelse)
        self.traverse(node.orelse)
        self.close(opened)

    def visit_Set(self, node):
        if node.elts:
            self.write("{")
            self.interleave(", ", self.traverse, node.elts)
            self.write("}")
        else:
            # `{*()}`: there is no literal for an empty set.
            self.write("{*()}")

    def visit_Dict(self, node):
        def item(pair):
            k, v = pair
            if k is None:
                self.write("**")
                self.set_prec(EXPR, v)
                self.traverse(v)
            else:
                self.traverse(k)
                self.write(": ")
                self.traverse(v)
        self.write("{")
        self.interleave(", ", item, list(zip(node.keys, node.values)))
        self.write("}")

    def visit_Tuple(self, node):
        opened = self.open_if(len(node.elts) == 0 or self.prec(node) > TUPLE)
        self.items_view(self.traverse, node.elts)
        self.close(opened)

    def visit_UnaryOp(self, node):
        op, precedence = UNARYOPS[type(node.op).__name__]
        opened = self.open_if(self.prec(node) > precedence)
        self.write(op)
        if precedence != FACTOR:
            self.write(" ")
        self.set_prec(precedence, node.operand)
        self.traverse(node.operand)
        self.close(opened)

    def visit_BinOp(self, node):
        op, precedence = BINOPS[type(node.op).__name__]
        opened = self.open_if(self.prec(node) > precedence)
        # `**` groups to the right, every other operator to the left.
        if op == "**":
            left, right = precedence + 1, precedence
        else:
            left, right = precedence, precedence + 1
        self.set_prec(left, node.left)
        self.traverse(node.left)
        self.write(f" {op} ")
        self.set_prec(right, node.right)
        self.traverse(node.right)
        self.close(opened)

    def visit_Compare(self, node):
        opened = self.open_if(self.prec(node) > CMP)
        self.set_prec(CMP + 1, node.left, *node.comparators)
        self.traverse(node.left)
        for o, e in zip(node.ops, node.comparators):
            self.write(" " + CMPOPS[type(o).__name__] + " ")
            self.traverse(e)
        self.close(opened)

    def visit_BoolOp(self, node):
        op, precedence = BOOLOPS[type(node.op).__name__]
        opened = self.open_if(self.prec(node) > precedence)
        level = precedence
        first = True
        for value in node.values:
            if not first:
                self.write(f" {op} ")
            first = False
            level += 1
            self.set_prec(level, value)
            self.traverse(value)
        self.close(opened)

    def visit_Attribute(self, node):
        self.set_prec(ATOM, node.value)
        self.traverse(node.value)
        # `1 .real`: an int literal needs a space before its attribute's dot.
        if isinstance(node.value, ast.Constant) and isinstance(node.value.value, int):
            self.write(" ")
        self.write(".")
        self.write(node.attr)

    def visit_Call(self, node):
        self.set_prec(ATOM, node.func)
        self.traverse(node.func)
        self.write("(")
        comma = False
        for e in node.args + node.keywords:
            if comma:
                self.write(", ")
            comma = True
            self.traverse(e)
        self.write(")")

    def visit_Subscript(self, node):
        self.set_prec(ATOM, node.value)
        self.traverse(node.value)
        self.write("[")
        s = node.slice
        if isinstance(s, ast.Tuple) and s.elts:
            self.items_view(self.traverse, s.elts)
        else:
            self.traverse(s)
        self.write("]")

    def visit_Starred(self, node):
        self.write("*")
        self.set_prec(EXPR, node.value)
        self.traverse(node.value)

    def visit_Slice(self, node):
        if node.lower:
            self.traverse(node.lower)
        self.write(":")
        if node.upper:
            self.traverse(node.upper)
        if node.step:
            self.write(":")
            self.traverse(node.step)

    def visit_Match(self, node):
        self.fill("match ")
        self.traverse(node.subject)
        self.write(":")
        self.indent += 1
        for case in node.cases:
            self.traverse(case)
        self.indent -= 1

    def visit_arg(self, node):
        self.write(node.arg)
        if node.annotation:
            self.write(": ")
            self.traverse(node.annotation)

    def visit_arguments(self, node):
        first = True
        positional = node.posonlyargs + node.args
        defaults = [None] * (len(positional) - len(node.defaults)) + node.defaults
        for index, (a, d) in enumerate(zip(positional, defaults), 1):
            if not first:
                self.write(", ")
            first = False
            self.traverse(a)
            if d:
                self.write("=")
                self.traverse(d)
            if index == len(node.posonlyargs):
                self.write(", /")
        if node.vararg or node.kwonlyargs:
            if not first:
                self.write(", ")
            first = False
            self.write("*")
            if node.vararg:
                self.write(node.vararg.arg)
                if node.vararg.annotation:
                    self.write(": ")
                    self.traverse(node.vararg.annotation)
        for a, d in zip(node.kwonlyargs, node.kw_defaults):
            self.write(", ")
            self.traverse(a)
            if d:
                self.write("=")
                self.traverse(d)
        if node.kwarg:
            if not first:
                self.write(", ")
            self.write("**" + node.kwarg.arg)
            if node.kwarg.annotation:
                self.write(": ")
                self.traverse(node.kwarg.annotation)

    def visit_keyword(self, node):
        if node.arg is None:
            self.write("**")
        else:
            self.write(node.arg)
            self.write("=")
        self.traverse(node.value)

    def visit_Lambda(self, node):
        opened = self.open_if(self.prec(node) > TEST)
        self.write("lambda")
        buf = Unparser()
        args = buf.visit(node.args)
        if args:
            self.write(" " + args)
        self.write(": ")
        self.set_prec(TEST, node.body)
        self.traverse(node.body)
        self.close(opened)

    def visit_alias(self, node):
        self.write(node.name)
        if node.asname:
            self.write(" as " + node.asname)

    def visit_match_case(self, node):
        self.fill("case ")
        self.traverse(node.pattern)
        if node.guard:
            self.write(" if ")
            self.traverse(node.guard)
        self.block(node.body)

    def visit_MatchValue(self, node):
        self.traverse(node.value)

    def visit_MatchSingleton(self, node):
        self.write(repr(node.value))

    def visit_MatchSequence(self, node):
        self.write("[")
        self.interleave(", ", self.traverse, node.patterns)
        self.write("]")

    def visit_MatchStar(self, node):
        self.write("*" + (node.name if node.name is not None else "_"))

    def visit_MatchMapping(self, node):
        def item(pair):
            k, p = pair
            self.traverse(k)
            self.write(": ")
            self.traverse(p)
        self.write("{")
        self.interleave(", ", item, list(zip(node.keys, node.patterns)))
        if node.rest is not None:
            if node.keys:
                self.write(", ")
            self.write("**" + node.rest)
        self.write("}")

    def visit_MatchClass(self, node):
        self.set_prec(ATOM, node.cls)
        self.traverse(node.cls)
        self.write("(")
        self.interleave(", ", self.traverse, node.patterns)
        for i, (attr, p) in enumerate(zip(node.kwd_attrs, node.kwd_patterns)):
            if node.patterns or i:
                self.write(", ")
            self.write(attr + "=")
            self.traverse(p)
        self.write(")")

    def visit_MatchAs(self, node):
        if node.pattern is None:
            self.write(node.name if node.name is not None else "_")
            return
        if node.name is None:
            self.traverse(node.pattern)
            return
        opened = self.open_if(self.prec(node) > TEST)
        self.set_prec(OR, node.pattern)
        self.traverse(node.pattern)
        self.write(" as " + node.name)
        self.close(opened)

    def visit_MatchOr(self, node):
        opened = self.open_if(self.prec(node) > OR)
        self.set_prec(OR + 1, *node.patterns)
        self.interleave(" | ", self.traverse, node.patterns)
        self.close(opened)
