//! The `_ast_export` native module: `parse(source, filename, mode)` runs coro's own parser
//! and hands the tree to Python as nested tuples, one per node:
//! `(class_name, location, field values...)` in the order of CPython 3.11's `_fields`,
//! where `location` is `(lineno, col_offset, end_lineno, end_col_offset)` (columns are
//! UTF-8 byte offsets within the line, as CPython's) or None for nodes without one.
//! Lists stay lists and leaf values are plain Python values. pylib's `ast.py` turns the
//! tuples into instances of its node classes. Where coro's tree differs from CPython's
//! (f-string parts without spans, decorated definitions spanning their decorators) this
//! file maps it to CPython's shape. It is not the node classes, `dump` or `unparse`.

use super::def;
use crate::ast::{
    Alias, Arg, Arguments, BinOp, BoolOp, CmpOp, Comprehension, Constant, Conversion,
    ExceptHandler, Expr, ExprContext, ExprKind, FStringPart, Keyword, MatchCase, Pattern,
    PatternKind, Span, Stmt, StmtKind, UnaryOp, WithItem,
};
use crate::runtime::dict::PyDict;
use crate::runtime::error::{type_error, value_error, PyResult};
use crate::runtime::function::Args;
use crate::runtime::value::Value;
use crate::vm::Vm;
use std::rc::Rc;

pub fn module() -> Rc<PyDict> {
    let m = Rc::new(PyDict::new());
    m.set_by_str("__name__", Value::str("_ast_export"));
    def(&m, "parse", parse);
    m
}

/// `parse(source, filename, mode)`: the tree as nested tuples, or CPython's SyntaxError.
fn parse(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.check_pos("parse", 3, 3)?;
    let (Value::Str(source), Value::Str(filename), Value::Str(mode)) = (&a[0], &a[1], &a[2]) else {
        return Err(type_error("parse() expects (str, str, str)"));
    };
    let text = source.as_str();
    let tree = match mode.as_str() {
        "exec" | "single" => crate::parser::parse_module(text).map(|module| {
            let ex = Exporter::new(vm.types(), text);
            let body = ex.stmts(&module.body);
            if mode.as_str() == "exec" {
                node("Module", Value::None, vec![body, Value::list(vec![])])
            } else {
                node("Interactive", Value::None, vec![body])
            }
        }),
        "eval" => crate::parser::parse_expression(text).map(|expr| {
            let ex = Exporter::new(vm.types(), text);
            node("Expression", Value::None, vec![ex.expr(&expr)])
        }),
        _ => {
            return Err(value_error(
                "compile() mode must be 'exec', 'eval' or 'single'",
            ))
        }
    };
    match tree {
        Ok(tree) => Ok(tree),
        Err(_) => syntax_error(vm.types(), text, filename.as_str(), mode.as_str()),
    }
}

/// The SyntaxError `compile()` raises for this source: the same parser fails the same way,
/// and `compile_source` builds the exception with CPython's attributes.
#[cold]
fn syntax_error(
    t: &crate::runtime::types::Types,
    text: &str,
    filename: &str,
    mode: &str,
) -> PyResult<Value> {
    // Only the error is wanted: no identifiers are interned for a Vm.
    crate::vm::eval_exec::compile_source(t, text, filename, mode, &Default::default())?;
    Err(value_error("source failed to parse"))
}

fn node(name: &str, loc: Value, fields: Vec<Value>) -> Value {
    let mut items = Vec::with_capacity(fields.len() + 2);
    items.push(Value::str(name));
    items.push(loc);
    items.extend(fields);
    Value::tuple(items)
}

fn leaf(name: &str) -> Value {
    node(name, Value::None, vec![])
}

fn opt_str(s: &Option<Rc<str>>) -> Value {
    s.as_deref().map_or(Value::None, Value::str)
}

fn names(v: &[Rc<str>]) -> Value {
    Value::list(v.iter().map(|s| Value::str(s)).collect())
}

struct Exporter<'a> {
    types: &'a crate::runtime::types::Types,
    text: &'a str,
    /// Byte offset where each line starts.
    line_starts: Vec<usize>,
}

impl<'a> Exporter<'a> {
    fn new(types: &'a crate::runtime::types::Types, text: &'a str) -> Self {
        let mut line_starts = vec![0];
        line_starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
        Exporter {
            types,
            text,
            line_starts,
        }
    }

    /// (lineno, col_offset) of a byte offset.
    fn position(&self, at: u32) -> (i64, i64) {
        let at = at as usize;
        let line = self.line_starts.partition_point(|&s| s <= at).max(1);
        (line as i64, (at - self.line_starts[line - 1]) as i64)
    }

    fn loc(&self, span: Span) -> Value {
        let (l, c) = self.position(span.start);
        let (el, ec) = self.position(span.end);
        Value::tuple(vec![
            Value::Int(l),
            Value::Int(c),
            Value::Int(el),
            Value::Int(ec),
        ])
    }

    fn stmts(&self, body: &[Stmt]) -> Value {
        Value::list(body.iter().map(|s| self.stmt(s)).collect())
    }

    fn exprs(&self, v: &[Expr]) -> Value {
        Value::list(v.iter().map(|e| self.expr(e)).collect())
    }

    fn opt_expr(&self, e: Option<&Expr>) -> Value {
        e.map_or(Value::None, |e| self.expr(e))
    }

    /// A decorated definition starts at its `def`/`class` keyword in CPython, not at its
    /// first decorator: the first line after the last decorator that is not blank or a comment.
    fn def_span(&self, span: Span, decorators: &[Expr]) -> Span {
        let Some(last) = decorators.last() else {
            return span;
        };
        let mut at = last.span.end as usize;
        let bytes = self.text.as_bytes();
        loop {
            match bytes.get(at) {
                Some(b' ' | b'\t' | b'\n' | b'\r' | b'\x0c' | b'\\') => at += 1,
                Some(b'#') => {
                    while at < bytes.len() && bytes[at] != b'\n' {
                        at += 1;
                    }
                }
                _ => break,
            }
        }
        Span::new(at.min(span.end as usize), span.end as usize)
    }

    fn stmt(&self, s: &Stmt) -> Value {
        let loc = self.loc(s.span);
        let (name, fields): (&str, Vec<Value>) = match &s.kind {
            StmtKind::FunctionDef(f) => {
                let loc = self.loc(self.def_span(s.span, &f.decorators));
                let name = if f.is_async {
                    "AsyncFunctionDef"
                } else {
                    "FunctionDef"
                };
                return node(
                    name,
                    loc,
                    vec![
                        Value::str(&f.name),
                        self.arguments(&f.args),
                        self.stmts(&f.body),
                        self.exprs(&f.decorators),
                        self.opt_expr(f.returns.as_ref()),
                        Value::None,
                    ],
                );
            }
            StmtKind::ClassDef(c) => {
                let loc = self.loc(self.def_span(s.span, &c.decorators));
                return node(
                    "ClassDef",
                    loc,
                    vec![
                        Value::str(&c.name),
                        self.exprs(&c.bases),
                        Value::list(c.keywords.iter().map(|k| self.keyword(k)).collect()),
                        self.stmts(&c.body),
                        self.exprs(&c.decorators),
                    ],
                );
            }
            StmtKind::Return(v) => ("Return", vec![self.opt_expr(v.as_ref())]),
            StmtKind::Delete(t) => ("Delete", vec![self.exprs(t)]),
            StmtKind::Assign { targets, value } => (
                "Assign",
                vec![self.exprs(targets), self.expr(value), Value::None],
            ),
            StmtKind::AugAssign { target, op, value } => (
                "AugAssign",
                vec![self.expr(target), leaf(bin_op(*op)), self.expr(value)],
            ),
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
                simple,
            } => (
                "AnnAssign",
                vec![
                    self.expr(target),
                    self.expr(annotation),
                    self.opt_expr(value.as_ref()),
                    Value::Int(*simple as i64),
                ],
            ),
            StmtKind::For {
                is_async,
                target,
                iter,
                body,
                orelse,
            } => (
                if *is_async { "AsyncFor" } else { "For" },
                vec![
                    self.expr(target),
                    self.expr(iter),
                    self.stmts(body),
                    self.stmts(orelse),
                    Value::None,
                ],
            ),
            StmtKind::While { test, body, orelse } => (
                "While",
                vec![self.expr(test), self.stmts(body), self.stmts(orelse)],
            ),
            StmtKind::If { test, body, orelse } => (
                "If",
                vec![self.expr(test), self.stmts(body), self.stmts(orelse)],
            ),
            StmtKind::With {
                is_async,
                items,
                body,
            } => (
                if *is_async { "AsyncWith" } else { "With" },
                vec![
                    Value::list(items.iter().map(|i| self.with_item(i)).collect()),
                    self.stmts(body),
                    Value::None,
                ],
            ),
            StmtKind::Match { subject, cases } => (
                "Match",
                vec![
                    self.expr(subject),
                    Value::list(cases.iter().map(|c| self.match_case(c)).collect()),
                ],
            ),
            StmtKind::Raise { exc, cause } => (
                "Raise",
                vec![self.opt_expr(exc.as_ref()), self.opt_expr(cause.as_ref())],
            ),
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
            } => (
                if handlers.first().is_some_and(|h| h.is_star) {
                    "TryStar"
                } else {
                    "Try"
                },
                vec![
                    self.stmts(body),
                    Value::list(handlers.iter().map(|h| self.handler(h)).collect()),
                    self.stmts(orelse),
                    self.stmts(finalbody),
                ],
            ),
            StmtKind::Assert { test, msg } => {
                ("Assert", vec![self.expr(test), self.opt_expr(msg.as_ref())])
            }
            StmtKind::Import(names) => ("Import", vec![self.aliases(names)]),
            StmtKind::ImportFrom {
                module,
                names,
                level,
            } => (
                "ImportFrom",
                vec![
                    opt_str(module),
                    self.aliases(names),
                    Value::Int(*level as i64),
                ],
            ),
            StmtKind::Global(n) => ("Global", vec![names(n)]),
            StmtKind::Nonlocal(n) => ("Nonlocal", vec![names(n)]),
            StmtKind::Expr(e) => ("Expr", vec![self.expr(e)]),
            StmtKind::Pass => ("Pass", vec![]),
            StmtKind::Break => ("Break", vec![]),
            StmtKind::Continue => ("Continue", vec![]),
        };
        node(name, loc, fields)
    }

    fn aliases(&self, names: &[Alias]) -> Value {
        Value::list(
            names
                .iter()
                .map(|a| {
                    node(
                        "alias",
                        self.loc(a.span),
                        vec![Value::str(&a.name), opt_str(&a.asname)],
                    )
                })
                .collect(),
        )
    }

    fn with_item(&self, i: &WithItem) -> Value {
        node(
            "withitem",
            Value::None,
            vec![
                self.expr(&i.context_expr),
                self.opt_expr(i.optional_vars.as_ref()),
            ],
        )
    }

    fn handler(&self, h: &ExceptHandler) -> Value {
        node(
            "ExceptHandler",
            self.loc(h.span),
            vec![
                self.opt_expr(h.typ.as_ref()),
                opt_str(&h.name),
                self.stmts(&h.body),
            ],
        )
    }

    fn arg(&self, a: &Arg) -> Value {
        node(
            "arg",
            self.loc(a.span),
            vec![
                Value::str(&a.name),
                self.opt_expr(a.annotation.as_ref()),
                Value::None,
            ],
        )
    }

    /// `*args` / `**kwargs`: CPython's arg starts at the name, after the stars.
    fn star_arg(&self, a: Option<&Arg>) -> Value {
        let Some(a) = a else {
            return Value::None;
        };
        let bytes = self.text.as_bytes();
        let mut start = a.span.start as usize;
        while start < a.span.end as usize && matches!(bytes.get(start), Some(b'*' | b' ' | b'\t')) {
            start += 1;
        }
        let mut named = a.clone();
        named.span = Span::new(start, a.span.end as usize);
        self.arg(&named)
    }

    fn arguments(&self, a: &Arguments) -> Value {
        let args = |v: &[Arg]| Value::list(v.iter().map(|a| self.arg(a)).collect());
        node(
            "arguments",
            Value::None,
            vec![
                args(&a.posonlyargs),
                args(&a.args),
                self.star_arg(a.vararg.as_ref()),
                args(&a.kwonlyargs),
                Value::list(
                    a.kw_defaults
                        .iter()
                        .map(|d| self.opt_expr(d.as_ref()))
                        .collect(),
                ),
                self.star_arg(a.kwarg.as_ref()),
                self.exprs(&a.defaults),
            ],
        )
    }

    fn keyword(&self, k: &Keyword) -> Value {
        node(
            "keyword",
            self.loc(k.span),
            vec![opt_str(&k.arg), self.expr(&k.value)],
        )
    }

    fn comprehensions(&self, gens: &[Comprehension]) -> Value {
        Value::list(
            gens.iter()
                .map(|g| {
                    node(
                        "comprehension",
                        Value::None,
                        vec![
                            self.expr(&g.target),
                            self.expr(&g.iter),
                            self.exprs(&g.ifs),
                            Value::Int(g.is_async as i64),
                        ],
                    )
                })
                .collect(),
        )
    }

    /// An f-string's parts: as in CPython 3.11 the constants and formatted values carry the
    /// whole f-string's location; only the expressions inside have their own.
    fn fstring(&self, parts: &[FStringPart], span: Span) -> Value {
        let loc = self.loc(span);
        let values = parts
            .iter()
            .map(|p| match p {
                FStringPart::Literal(s) => {
                    node("Constant", loc.clone(), vec![Value::str(s), Value::None])
                }
                FStringPart::FormattedValue {
                    value,
                    conversion,
                    format_spec,
                } => {
                    let conversion = match conversion {
                        Conversion::None => -1,
                        Conversion::Str => 's' as i64,
                        Conversion::Repr => 'r' as i64,
                        Conversion::Ascii => 'a' as i64,
                    };
                    node(
                        "FormattedValue",
                        loc.clone(),
                        vec![
                            self.expr(value),
                            Value::Int(conversion),
                            format_spec
                                .as_ref()
                                .map_or(Value::None, |spec| self.fstring(spec, span)),
                        ],
                    )
                }
            })
            .collect();
        node("JoinedStr", loc, vec![Value::list(values)])
    }

    fn expr(&self, e: &Expr) -> Value {
        let loc = self.loc(e.span);
        let (name, fields): (&str, Vec<Value>) = match &e.kind {
            ExprKind::BoolOp { op, values } => (
                "BoolOp",
                vec![
                    leaf(match op {
                        BoolOp::And => "And",
                        BoolOp::Or => "Or",
                    }),
                    self.exprs(values),
                ],
            ),
            ExprKind::NamedExpr { target, value } => {
                ("NamedExpr", vec![self.expr(target), self.expr(value)])
            }
            ExprKind::BinOp { left, op, right } => (
                "BinOp",
                vec![self.expr(left), leaf(bin_op(*op)), self.expr(right)],
            ),
            ExprKind::UnaryOp { op, operand } => (
                "UnaryOp",
                vec![
                    leaf(match op {
                        UnaryOp::Invert => "Invert",
                        UnaryOp::Not => "Not",
                        UnaryOp::UAdd => "UAdd",
                        UnaryOp::USub => "USub",
                    }),
                    self.expr(operand),
                ],
            ),
            ExprKind::Lambda { args, body } => {
                ("Lambda", vec![self.arguments(args), self.expr(body)])
            }
            ExprKind::IfExp { test, body, orelse } => (
                "IfExp",
                vec![self.expr(test), self.expr(body), self.expr(orelse)],
            ),
            ExprKind::Dict { keys, values } => (
                "Dict",
                vec![
                    Value::list(keys.iter().map(|k| self.opt_expr(k.as_ref())).collect()),
                    self.exprs(values),
                ],
            ),
            ExprKind::Set(elts) => ("Set", vec![self.exprs(elts)]),
            ExprKind::ListComp { elt, generators } => (
                "ListComp",
                vec![self.expr(elt), self.comprehensions(generators)],
            ),
            ExprKind::SetComp { elt, generators } => (
                "SetComp",
                vec![self.expr(elt), self.comprehensions(generators)],
            ),
            ExprKind::GeneratorExp { elt, generators } => (
                "GeneratorExp",
                vec![self.expr(elt), self.comprehensions(generators)],
            ),
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => (
                "DictComp",
                vec![
                    self.expr(key),
                    self.expr(value),
                    self.comprehensions(generators),
                ],
            ),
            ExprKind::Await(v) => ("Await", vec![self.expr(v)]),
            ExprKind::Yield(v) => ("Yield", vec![self.opt_expr(v.as_deref())]),
            ExprKind::YieldFrom(v) => ("YieldFrom", vec![self.expr(v)]),
            ExprKind::Compare {
                left,
                ops,
                comparators,
            } => (
                "Compare",
                vec![
                    self.expr(left),
                    Value::list(ops.iter().map(|o| leaf(cmp_op(*o))).collect()),
                    self.exprs(comparators),
                ],
            ),
            ExprKind::Call {
                func,
                args,
                keywords,
            } => (
                "Call",
                vec![
                    self.expr(func),
                    self.exprs(args),
                    Value::list(keywords.iter().map(|k| self.keyword(k)).collect()),
                ],
            ),
            ExprKind::JoinedStr(parts) => return self.fstring(parts, e.span),
            ExprKind::Constant(c) => ("Constant", vec![constant(self.types, c), Value::None]),
            ExprKind::Attribute { value, attr, ctx } => (
                "Attribute",
                vec![self.expr(value), Value::str(attr), context(*ctx)],
            ),
            ExprKind::Subscript { value, slice, ctx } => (
                "Subscript",
                vec![self.expr(value), self.expr(slice), context(*ctx)],
            ),
            ExprKind::Starred { value, ctx } => ("Starred", vec![self.expr(value), context(*ctx)]),
            ExprKind::Name { id, ctx } => ("Name", vec![Value::str(id), context(*ctx)]),
            ExprKind::List { elts, ctx } => ("List", vec![self.exprs(elts), context(*ctx)]),
            ExprKind::Tuple { elts, ctx } => ("Tuple", vec![self.exprs(elts), context(*ctx)]),
            ExprKind::Slice { lower, upper, step } => (
                "Slice",
                vec![
                    self.opt_expr(lower.as_deref()),
                    self.opt_expr(upper.as_deref()),
                    self.opt_expr(step.as_deref()),
                ],
            ),
        };
        node(name, loc, fields)
    }

    fn match_case(&self, c: &MatchCase) -> Value {
        node(
            "match_case",
            Value::None,
            vec![
                self.pattern(&c.pattern),
                self.opt_expr(c.guard.as_ref()),
                self.stmts(&c.body),
            ],
        )
    }

    fn patterns(&self, v: &[Pattern]) -> Value {
        Value::list(v.iter().map(|p| self.pattern(p)).collect())
    }

    fn pattern(&self, p: &Pattern) -> Value {
        let loc = self.loc(p.span);
        let (name, fields): (&str, Vec<Value>) = match &p.kind {
            PatternKind::MatchValue(e) => ("MatchValue", vec![self.expr(e)]),
            PatternKind::MatchSingleton(c) => ("MatchSingleton", vec![constant(self.types, c)]),
            PatternKind::MatchSequence(v) => ("MatchSequence", vec![self.patterns(v)]),
            PatternKind::MatchMapping {
                keys,
                patterns,
                rest,
            } => (
                "MatchMapping",
                vec![self.exprs(keys), self.patterns(patterns), opt_str(rest)],
            ),
            PatternKind::MatchClass {
                cls,
                patterns,
                kwd_attrs,
                kwd_patterns,
            } => (
                "MatchClass",
                vec![
                    self.expr(cls),
                    self.patterns(patterns),
                    names(kwd_attrs),
                    self.patterns(kwd_patterns),
                ],
            ),
            PatternKind::MatchStar(n) => ("MatchStar", vec![opt_str(n)]),
            PatternKind::MatchAs { pattern, name } => (
                "MatchAs",
                vec![
                    pattern.as_deref().map_or(Value::None, |p| self.pattern(p)),
                    opt_str(name),
                ],
            ),
            PatternKind::MatchOr(v) => ("MatchOr", vec![self.patterns(v)]),
        };
        node(name, loc, fields)
    }
}

fn context(ctx: ExprContext) -> Value {
    leaf(match ctx {
        ExprContext::Load => "Load",
        ExprContext::Store => "Store",
        ExprContext::Del => "Del",
    })
}

fn constant(t: &crate::runtime::types::Types, c: &Constant) -> Value {
    use crate::compiler::bytecode::Constant as Code;
    use crate::runtime::function::constant_value;
    let code = match c {
        Constant::None => Code::None,
        Constant::Bool(b) => Code::Bool(*b),
        Constant::Int(i) => Code::Int(*i),
        Constant::BigInt(d) => Code::BigInt(d.clone()),
        Constant::Float(f) => Code::Float(*f),
        Constant::Imaginary(f) => Code::Imaginary(*f),
        Constant::Str(s) => Code::Str(s.clone()),
        Constant::Bytes(b) => Code::Bytes(b.clone()),
        Constant::Ellipsis => Code::Ellipsis,
    };
    // AST constants hold no code objects, whose identifiers would need the table.
    constant_value(t, &code, &Default::default())
}

fn bin_op(op: BinOp) -> &'static str {
    match op {
        BinOp::Add => "Add",
        BinOp::Sub => "Sub",
        BinOp::Mult => "Mult",
        BinOp::MatMult => "MatMult",
        BinOp::Div => "Div",
        BinOp::Mod => "Mod",
        BinOp::Pow => "Pow",
        BinOp::LShift => "LShift",
        BinOp::RShift => "RShift",
        BinOp::BitOr => "BitOr",
        BinOp::BitXor => "BitXor",
        BinOp::BitAnd => "BitAnd",
        BinOp::FloorDiv => "FloorDiv",
    }
}

fn cmp_op(op: CmpOp) -> &'static str {
    match op {
        CmpOp::Eq => "Eq",
        CmpOp::NotEq => "NotEq",
        CmpOp::Lt => "Lt",
        CmpOp::LtE => "LtE",
        CmpOp::Gt => "Gt",
        CmpOp::GtE => "GtE",
        CmpOp::Is => "Is",
        CmpOp::IsNot => "IsNot",
        CmpOp::In => "In",
        CmpOp::NotIn => "NotIn",
    }
}

/// `compile()` of an AST object, or with `ast.PyCF_ONLY_AST` in its flags: handed to
/// pylib's `ast._builtin_compile` (which unparses a tree and compiles the text, or parses
/// the source into a tree). `None` when `compile` should go on with its own path.
pub fn compile_through_ast(
    vm: &mut Vm,
    args: Args<'_>,
    source: &Value,
    flags: Option<&Value>,
) -> PyResult<Option<Value>> {
    const ONLY_AST: i64 = 0x400;
    let only_ast = matches!(flags, Some(Value::Int(f)) if f & ONLY_AST != 0);
    if !only_ast && !matches!(source, Value::Instance(_)) {
        return Ok(None);
    }
    let module = vm.import_absolute("ast")?;
    let entry = vm.getattr(&module, "_builtin_compile")?;
    vm.call(&entry, args).map(Some)
}

#[cfg(test)]
mod tests;
