"""The `ast` module as CPython 3.11's: node classes, `parse` (over coro's parser, through
the native `_ast_export`), `dump`, `literal_eval`, tree walkers and editors, and the
small helpers (`get_docstring`, `get_source_segment`, locations). `unparse` lives in
`_ast_unparse`. Compiling a tree (`compile(tree, ...)`) unparses it and compiles the
source, so line numbers of the compiled code are those of the unparsed text."""

import _ast_export

PyCF_ONLY_AST = 1024
PyCF_TYPE_COMMENTS = 4096
PyCF_ALLOW_TOP_LEVEL_AWAIT = 8192


class AST:
    _fields = ()
    _attributes = ()

    def __init__(self, *args, **kwargs):
        cls = type(self)
        if len(args) > len(cls._fields):
            raise TypeError(f"{cls.__name__} constructor takes at most "
                            f"{len(cls._fields)} positional argument"
                            f"{'' if len(cls._fields) == 1 else 's'}")
        for name, value in zip(cls._fields, args):
            setattr(self, name, value)
        for name, value in kwargs.items():
            setattr(self, name, value)

    def __reduce__(self):
        return type(self), (), self.__dict__


# CPython 3.11's ASDL, one class a line: `Name(base): fields`; a field ending in `?` is
# optional (its class attribute is None), `*` is a list.
_SPEC = """
mod(AST):
Module(mod): body* type_ignores*
Interactive(mod): body*
Expression(mod): body
FunctionType(mod): argtypes* returns
stmt(AST):
FunctionDef(stmt): name args body* decorator_list* returns? type_comment?
AsyncFunctionDef(stmt): name args body* decorator_list* returns? type_comment?
ClassDef(stmt): name bases* keywords* body* decorator_list*
Return(stmt): value?
Delete(stmt): targets*
Assign(stmt): targets* value type_comment?
AugAssign(stmt): target op value
AnnAssign(stmt): target annotation value? simple
For(stmt): target iter body* orelse* type_comment?
AsyncFor(stmt): target iter body* orelse* type_comment?
While(stmt): test body* orelse*
If(stmt): test body* orelse*
With(stmt): items* body* type_comment?
AsyncWith(stmt): items* body* type_comment?
Match(stmt): subject cases*
Raise(stmt): exc? cause?
Try(stmt): body* handlers* orelse* finalbody*
TryStar(stmt): body* handlers* orelse* finalbody*
Assert(stmt): test msg?
Import(stmt): names*
ImportFrom(stmt): module? names* level?
Global(stmt): names*
Nonlocal(stmt): names*
Expr(stmt): value
Pass(stmt):
Break(stmt):
Continue(stmt):
expr(AST):
BoolOp(expr): op values*
NamedExpr(expr): target value
BinOp(expr): left op right
UnaryOp(expr): op operand
Lambda(expr): args body
IfExp(expr): test body orelse
Dict(expr): keys* values*
Set(expr): elts*
ListComp(expr): elt generators*
SetComp(expr): elt generators*
DictComp(expr): key value generators*
GeneratorExp(expr): elt generators*
Await(expr): value
Yield(expr): value?
YieldFrom(expr): value
Compare(expr): left ops* comparators*
Call(expr): func args* keywords*
FormattedValue(expr): value conversion format_spec?
JoinedStr(expr): values*
Constant(expr): value kind?
Attribute(expr): value attr ctx
Subscript(expr): value slice ctx
Starred(expr): value ctx
Name(expr): id ctx
List(expr): elts* ctx
Tuple(expr): elts* ctx
Slice(expr): lower? upper? step?
expr_context(AST):
Load(expr_context):
Store(expr_context):
Del(expr_context):
boolop(AST):
And(boolop):
Or(boolop):
operator(AST):
Add(operator):
Sub(operator):
Mult(operator):
MatMult(operator):
Div(operator):
Mod(operator):
Pow(operator):
LShift(operator):
RShift(operator):
BitOr(operator):
BitXor(operator):
BitAnd(operator):
FloorDiv(operator):
unaryop(AST):
Invert(unaryop):
Not(unaryop):
UAdd(unaryop):
USub(unaryop):
cmpop(AST):
Eq(cmpop):
NotEq(cmpop):
Lt(cmpop):
LtE(cmpop):
Gt(cmpop):
GtE(cmpop):
Is(cmpop):
IsNot(cmpop):
In(cmpop):
NotIn(cmpop):
comprehension(AST): target iter ifs* is_async
excepthandler(AST):
ExceptHandler(excepthandler): type? name? body*
arguments(AST): posonlyargs* args* vararg? kwonlyargs* kw_defaults* kwarg? defaults*
arg(AST): arg annotation? type_comment?
keyword(AST): arg? value
alias(AST): name asname?
withitem(AST): context_expr optional_vars?
match_case(AST): pattern guard? body*
pattern(AST):
MatchValue(pattern): value
MatchSingleton(pattern): value
MatchSequence(pattern): patterns*
MatchMapping(pattern): keys* patterns* rest?
MatchClass(pattern): cls patterns* kwd_attrs* kwd_patterns*
MatchStar(pattern): name?
MatchAs(pattern): pattern? name?
MatchOr(pattern): patterns*
type_ignore(AST):
TypeIgnore(type_ignore): lineno tag
"""

_LOCATED = ("stmt", "expr", "excepthandler", "arg", "keyword", "alias", "pattern")
_POSITION = ('lineno', 'col_offset', 'end_lineno', 'end_col_offset')
_classes = {"AST": AST}


def _define_classes():
    for line in _SPEC.strip().splitlines():
        head, _, fields = line.partition(":")
        name, _, base = head.partition("(")
        base = _classes[base[:-1]]
        ns = {"__module__": "ast"}
        fields = fields.split()
        if fields or base is AST:
            ns["_fields"] = tuple(f.rstrip("?*") for f in fields)
        for f in fields:
            if f.endswith("?"):
                ns[f[:-1]] = None
        if name in _LOCATED:
            ns["_attributes"] = _POSITION
            ns["end_lineno"] = None
            ns["end_col_offset"] = None
        cls = type(name, (base,), ns)
        _classes[name] = cls
        globals()[name] = cls


_define_classes()


def _build(data):
    """A node tree from `_ast_export`'s nested tuples."""
    if type(data) is tuple:
        cls = _classes[data[0]]
        node = cls.__new__(cls)
        for name, value in zip(cls._fields, data[2:]):
            setattr(node, name, _build(value))
        loc = data[1]
        if loc is not None:
            node.lineno, node.col_offset, node.end_lineno, node.end_col_offset = loc
        return node
    if type(data) is list:
        return [_build(item) for item in data]
    return data


def parse(source, filename='<unknown>', mode='exec', *,
          type_comments=False, feature_version=None):
    """Parse the source into an AST node."""
    if isinstance(source, (bytes, bytearray)):
        source = bytes(source).decode('utf-8')
    elif isinstance(source, AST):
        return source
    elif not isinstance(source, str):
        raise TypeError("compile() arg 1 must be a string, bytes or AST object")
    if mode not in ('exec', 'eval', 'single'):
        if mode == 'func_type':
            raise ValueError("ast.parse(mode='func_type') is not supported by coro")
        raise ValueError("compile() mode must be 'exec', 'eval', 'single' or 'func_type'")
    return _build(_ast_export.parse(source, str(filename), mode))


def literal_eval(node_or_string):
    """Evaluate an expression node or a string holding only a Python literal or container
    display: strings, bytes, numbers, tuples, lists, dicts, sets, booleans and None."""
    if isinstance(node_or_string, str):
        node_or_string = parse(node_or_string.lstrip(" \t"), mode='eval')
    if isinstance(node_or_string, Expression):
        node_or_string = node_or_string.body

    def malformed(node):
        msg = "malformed node or string"
        lineno = getattr(node, 'lineno', None)
        if lineno:
            msg += f' on line {lineno}'
        raise ValueError(msg + f': {node!r}')

    def number(node):
        if not isinstance(node, Constant) or type(node.value) not in (int, float, complex):
            malformed(node)
        return node.value

    def signed_number(node):
        if isinstance(node, UnaryOp) and isinstance(node.op, (UAdd, USub)):
            operand = number(node.operand)
            return +operand if isinstance(node.op, UAdd) else -operand
        return number(node)

    def convert(node):
        if isinstance(node, Constant):
            return node.value
        if isinstance(node, Tuple):
            return tuple(map(convert, node.elts))
        if isinstance(node, List):
            return list(map(convert, node.elts))
        if isinstance(node, Set):
            return set(map(convert, node.elts))
        if (isinstance(node, Call) and isinstance(node.func, Name)
                and node.func.id == 'set' and node.args == node.keywords == []):
            return set()
        if isinstance(node, Dict):
            if len(node.keys) != len(node.values):
                malformed(node)
            return dict(zip(map(convert, node.keys), map(convert, node.values)))
        if isinstance(node, BinOp) and isinstance(node.op, (Add, Sub)):
            left = signed_number(node.left)
            right = number(node.right)
            if isinstance(left, (int, float)) and isinstance(right, complex):
                return left + right if isinstance(node.op, Add) else left - right
        return signed_number(node)

    return convert(node_or_string)


def dump(node, annotate_fields=True, include_attributes=False, *, indent=None):
    """A formatted dump of the tree, as CPython 3.11 prints it."""
    if indent is not None and not isinstance(indent, str):
        indent = ' ' * indent

    def fmt(node, level):
        if indent is not None:
            level += 1
            prefix = '\n' + indent * level
            sep = ',\n' + indent * level
        else:
            prefix = ''
            sep = ', '
        if isinstance(node, AST):
            cls = type(node)
            parts = []
            all_simple = True
            named = annotate_fields
            for name in node._fields:
                try:
                    value = getattr(node, name)
                except AttributeError:
                    named = True
                    continue
                if value is None and getattr(cls, name, ...) is None:
                    named = True
                    continue
                text, simple = fmt(value, level)
                all_simple = all_simple and simple
                parts.append(f'{name}={text}' if named else text)
            if include_attributes and node._attributes:
                for name in node._attributes:
                    try:
                        value = getattr(node, name)
                    except AttributeError:
                        continue
                    if value is None and getattr(cls, name, ...) is None:
                        continue
                    text, simple = fmt(value, level)
                    all_simple = all_simple and simple
                    parts.append(f'{name}={text}')
            if all_simple and len(parts) <= 3:
                return f"{cls.__name__}({', '.join(parts)})", not parts
            return f'{cls.__name__}({prefix}{sep.join(parts)})', False
        if isinstance(node, list):
            if not node:
                return '[]', True
            return '[%s%s]' % (prefix, sep.join(fmt(x, level)[0] for x in node)), False
        return repr(node), True

    if not isinstance(node, AST):
        raise TypeError('expected AST, got %r' % node.__class__.__name__)
    return fmt(node, 0)[0]


def copy_location(new_node, old_node):
    """Copy the source location attributes of `old_node` to `new_node` where both have them."""
    for attr in _POSITION:
        if attr in old_node._attributes and attr in new_node._attributes:
            value = getattr(old_node, attr, None)
            if value is not None or (hasattr(old_node, attr) and attr.startswith("end_")):
                setattr(new_node, attr, value)
    return new_node


def fix_missing_locations(node):
    """Give every node without a location its parent's, starting from (1, 0)."""
    def fix(node, lineno, col_offset, end_lineno, end_col_offset):
        if 'lineno' in node._attributes:
            if not hasattr(node, 'lineno'):
                node.lineno = lineno
            else:
                lineno = node.lineno
        if 'end_lineno' in node._attributes:
            if getattr(node, 'end_lineno', None) is None:
                node.end_lineno = end_lineno
            else:
                end_lineno = node.end_lineno
        if 'col_offset' in node._attributes:
            if not hasattr(node, 'col_offset'):
                node.col_offset = col_offset
            else:
                col_offset = node.col_offset
        if 'end_col_offset' in node._attributes:
            if getattr(node, 'end_col_offset', None) is None:
                node.end_col_offset = end_col_offset
            else:
                end_col_offset = node.end_col_offset
        for child in iter_child_nodes(node):
            fix(child, lineno, col_offset, end_lineno, end_col_offset)
    fix(node, 1, 0, 1, 0)
    return node


def increment_lineno(node, n=1):
    """Move the line numbers of `node` and its descendants down by `n`."""
    for child in walk(node):
        if isinstance(child, TypeIgnore):
            child.lineno = getattr(child, 'lineno', 0) + n
            continue
        if 'lineno' in child._attributes:
            child.lineno = getattr(child, 'lineno', 0) + n
        if 'end_lineno' in child._attributes and getattr(child, 'end_lineno', 0) is not None:
            child.end_lineno = getattr(child, 'end_lineno', 0) + n
    return node


def iter_fields(node):
    """(name, value) for each field of `node` that is set."""
    for name in node._fields:
        try:
            yield name, getattr(node, name)
        except AttributeError:
            pass


def iter_child_nodes(node):
    """The direct child nodes of `node`: fields that are nodes or lists of nodes."""
    for _, field in iter_fields(node):
        if isinstance(field, AST):
            yield field
        elif isinstance(field, list):
            for item in field:
                if isinstance(item, AST):
                    yield item


def get_docstring(node, clean=True):
    """The docstring of a function, class or module node, or None."""
    if not isinstance(node, (AsyncFunctionDef, FunctionDef, ClassDef, Module)):
        raise TypeError("%r can't have docstrings" % node.__class__.__name__)
    if not (node.body and isinstance(node.body[0], Expr)):
        return None
    value = node.body[0].value
    if not (isinstance(value, Constant) and isinstance(value.value, str)):
        return None
    text = value.value
    if clean:
        import inspect
        text = inspect.cleandoc(text)
    return text


def _split_lines_no_ff(source):
    """Split like str.splitlines(keepends=True) but only on \\r, \\n and \\r\\n."""
    lines = []
    start = 0
    i = 0
    n = len(source)
    while i < n:
        c = source[i]
        if c == '\r' or c == '\n':
            if c == '\r' and i + 1 < n and source[i + 1] == '\n':
                i += 1
            lines.append(source[start:i + 1])
            start = i + 1
        i += 1
    if start < n:
        lines.append(source[start:])
    return lines


def _pad_whitespace(source):
    """Whitespace-only copy of `source` keeping its tabs and form feeds."""
    return ''.join(c if c in '\f\t' else ' ' for c in source)


def get_source_segment(source, node, *, padded=False):
    """The source text `node` was parsed from, or None without full location."""
    try:
        if node.end_lineno is None or node.end_col_offset is None:
            return None
        lineno = node.lineno - 1
        end_lineno = node.end_lineno - 1
        col_offset = node.col_offset
        end_col_offset = node.end_col_offset
    except AttributeError:
        return None
    lines = _split_lines_no_ff(source)
    if end_lineno == lineno:
        return lines[lineno].encode()[col_offset:end_col_offset].decode()
    if padded:
        padding = _pad_whitespace(lines[lineno].encode()[:col_offset].decode())
    else:
        padding = ''
    first = padding + lines[lineno].encode()[col_offset:].decode()
    last = lines[end_lineno].encode()[:end_col_offset].decode()
    return ''.join([first] + lines[lineno + 1:end_lineno] + [last])


def walk(node):
    """Every node of the tree under `node` (itself included), breadth first."""
    from collections import deque
    todo = deque([node])
    while todo:
        node = todo.popleft()
        todo.extend(iter_child_nodes(node))
        yield node


class NodeVisitor(object):
    """Walks a tree calling `visit_<ClassName>` for each node (else `generic_visit`)."""

    def visit(self, node):
        method = 'visit_' + node.__class__.__name__
        visitor = getattr(self, method, self.generic_visit)
        return visitor(node)

    def generic_visit(self, node):
        for field, value in iter_fields(node):
            if isinstance(value, list):
                for item in value:
                    if isinstance(item, AST):
                        self.visit(item)
            elif isinstance(value, AST):
                self.visit(value)


class NodeTransformer(NodeVisitor):
    """A NodeVisitor whose visit results replace the visited nodes (None removes them,
    a list splices into the parent's list)."""

    def generic_visit(self, node):
        for field, old_value in iter_fields(node):
            if isinstance(old_value, list):
                new_values = []
                for value in old_value:
                    if isinstance(value, AST):
                        value = self.visit(value)
                        if value is None:
                            continue
                        elif not isinstance(value, AST):
                            new_values.extend(value)
                            continue
                    new_values.append(value)
                old_value[:] = new_values
            elif isinstance(old_value, AST):
                new_node = self.visit(old_value)
                if new_node is None:
                    delattr(node, field)
                else:
                    setattr(node, field, new_node)
        return node


def unparse(ast_obj):
    """Python source that parses back to an equivalent tree, as CPython 3.11 writes it."""
    from _ast_unparse import Unparser
    return Unparser().visit(ast_obj)


def _builtin_compile(source, filename, mode, flags=0, dont_inherit=False, optimize=-1,
                     *, _feature_version=-1):
    """`compile()` of a tree, or of source with PyCF_ONLY_AST (the builtin calls this)."""
    if flags & PyCF_ONLY_AST:
        if isinstance(source, AST):
            return source
        return parse(source, filename, mode)
    if not isinstance(source, AST):
        raise TypeError("compile() arg 1 must be a string, bytes or AST object")
    return _compile_tree(source, filename, mode)


def _compile_tree(tree, filename, mode):
    """`compile()` of a tree: the tree's source via `unparse`, compiled."""
    expected = {'exec': Module, 'eval': Expression, 'single': Interactive}.get(mode)
    if expected is None:
        raise ValueError("compile() mode must be 'exec', 'eval' or 'single'")
    if not isinstance(tree, expected):
        raise TypeError(f"expected {expected.__name__} node, got {type(tree).__name__}")
    _check_locations(tree)
    return compile(unparse(tree), filename, mode)


def _check_locations(tree):
    for node in walk(tree):
        if 'lineno' in node._attributes and not hasattr(node, 'lineno'):
            raise TypeError(f"required field \"lineno\" missing from {_kind(node)}")


def _kind(node):
    for base in type(node).__mro__:
        if base.__name__ in _LOCATED:
            return base.__name__
    return type(node).__name__


def main():
    import sys
    args = sys.argv[1:]
    filename = args[0] if args else '-'
    if filename == '-':
        source = sys.stdin.read()
        name = '<stdin>'
    else:
        with open(filename, 'rb') as f:
            source = f.read()
        name = filename
    tree = parse(source, name)
    print(dump(tree, indent=3))


if __name__ == '__main__':
    main()
