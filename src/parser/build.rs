//! Node construction for the grammar actions: spans, operator nodes, assignment targets
//! (Store/Del contexts and CPython's "cannot assign to ..." messages), parameter lists,
//! call arguments and statement shapes. It only builds and validates single nodes; it
//! knows nothing of scopes.

use crate::ast::*;
use crate::lexer::Token;
use crate::syntax_error::SyntaxError;
use lalrpop_util::ParseError;
use std::collections::HashSet;
use std::rc::Rc;

pub fn user(error: SyntaxError) -> ParseError<usize, Token, SyntaxError> {
    ParseError::User { error }
}

pub fn expr(kind: ExprKind, l: usize, r: usize) -> Expr {
    Expr {
        span: Span::new(l, r),
        kind,
    }
}

pub fn stmt(kind: StmtKind, l: usize, r: usize) -> Stmt {
    Stmt {
        span: Span::new(l, r),
        kind,
    }
}

pub fn tuple(elts: Vec<Expr>, l: usize, r: usize) -> Expr {
    expr(
        ExprKind::Tuple {
            elts,
            ctx: ExprContext::Load,
        },
        l,
        r,
    )
}

pub fn binop(left: Expr, op: BinOp, right: Expr, l: usize, r: usize) -> Expr {
    expr(
        ExprKind::BinOp {
            left: Box::new(left),
            op,
            right: Box::new(right),
        },
        l,
        r,
    )
}

pub fn unary(op: UnaryOp, operand: Expr, l: usize, r: usize) -> Expr {
    expr(
        ExprKind::UnaryOp {
            op,
            operand: Box::new(operand),
        },
        l,
        r,
    )
}

pub fn bool_op(op: BoolOp, first: Expr, rest: Vec<Expr>, l: usize, r: usize) -> Expr {
    let mut values = Vec::with_capacity(rest.len() + 1);
    values.push(first);
    values.extend(rest);
    expr(ExprKind::BoolOp { op, values }, l, r)
}

/// The end of a compound statement: its last statement (bodies are never empty).
pub fn body_end(body: &[Stmt], orelse: &[Stmt]) -> usize {
    orelse
        .last()
        .or(body.last())
        .map_or(0, |s| s.span.end as usize)
}

/// `if`/`elif`/`else` chains become nested `If` nodes, as in CPython.
pub fn if_stmt(
    l: usize,
    test: Expr,
    body: Vec<Stmt>,
    elifs: Vec<(usize, Expr, Vec<Stmt>)>,
    orelse: Vec<Stmt>,
) -> Stmt {
    let mut orelse = orelse;
    for (start, test, body) in elifs.into_iter().rev() {
        let end = body_end(&body, &orelse);
        orelse = vec![stmt(StmtKind::If { test, body, orelse }, start, end)];
    }
    let end = body_end(&body, &orelse);
    stmt(StmtKind::If { test, body, orelse }, l, end)
}

/// How a target is used, for CPython's wording of the error.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum TargetUse {
    /// `for` targets, `with ... as`, comprehension targets, nested targets.
    Plain,
    /// The left of `=`: CPython adds "Maybe you meant '==' instead of '='?".
    Assign,
}

/// What CPython calls an expression in error messages.
pub fn describe(e: &Expr) -> &'static str {
    match &e.kind {
        ExprKind::Attribute { .. } => "attribute",
        ExprKind::Subscript { .. } => "subscript",
        ExprKind::Starred { .. } => "starred",
        ExprKind::Name { .. } => "name",
        ExprKind::List { .. } => "list",
        ExprKind::Tuple { .. } => "tuple",
        ExprKind::Lambda { .. } => "lambda",
        ExprKind::Call { .. } => "function call",
        ExprKind::BoolOp { .. } | ExprKind::BinOp { .. } | ExprKind::UnaryOp { .. } => "expression",
        ExprKind::GeneratorExp { .. } => "generator expression",
        ExprKind::Yield(_) | ExprKind::YieldFrom(_) => "yield expression",
        ExprKind::Await(_) => "await expression",
        ExprKind::ListComp { .. } => "list comprehension",
        ExprKind::SetComp { .. } => "set comprehension",
        ExprKind::DictComp { .. } => "dict comprehension",
        ExprKind::Dict { .. } => "dict literal",
        ExprKind::Set(_) => "set display",
        ExprKind::JoinedStr(_) => "f-string expression",
        ExprKind::Constant(Constant::None) => "None",
        ExprKind::Constant(Constant::Bool(true)) => "True",
        ExprKind::Constant(Constant::Bool(false)) => "False",
        ExprKind::Constant(Constant::Ellipsis) => "ellipsis",
        ExprKind::Constant(_) => "literal",
        ExprKind::Compare { .. } => "comparison",
        ExprKind::IfExp { .. } => "conditional expression",
        ExprKind::NamedExpr { .. } => "named expression",
        ExprKind::Slice { .. } => "slice",
    }
}

/// Turns a parsed expression into an assignment/deletion target, or CPython's error.
pub fn to_target(e: Expr, ctx: ExprContext, usage: TargetUse) -> Result<Expr, SyntaxError> {
    if let ExprKind::Starred { .. } = e.kind {
        return Err(match ctx {
            ExprContext::Del => SyntaxError::syntax("cannot delete starred", e.span),
            _ => SyntaxError::syntax(
                "starred assignment target must be in a list or tuple",
                e.span,
            ),
        });
    }
    set_context(e, ctx, usage)
}

fn set_context(e: Expr, ctx: ExprContext, usage: TargetUse) -> Result<Expr, SyntaxError> {
    let span = e.span;
    let kind = match e.kind {
        ExprKind::Name { id, .. } => ExprKind::Name { id, ctx },
        ExprKind::Attribute { value, attr, .. } => ExprKind::Attribute { value, attr, ctx },
        ExprKind::Subscript { value, slice, .. } => ExprKind::Subscript { value, slice, ctx },
        ExprKind::Tuple { elts, .. } => ExprKind::Tuple {
            elts: nested_targets(elts, ctx)?,
            ctx,
        },
        ExprKind::List { elts, .. } => ExprKind::List {
            elts: nested_targets(elts, ctx)?,
            ctx,
        },
        ExprKind::Starred { value, .. } if ctx != ExprContext::Del => ExprKind::Starred {
            value: Box::new(set_context(*value, ctx, TargetUse::Plain)?),
            ctx,
        },
        kind => return Err(invalid_target(&Expr { span, kind }, ctx, usage)),
    };
    Ok(Expr { span, kind })
}

fn nested_targets(elts: Vec<Expr>, ctx: ExprContext) -> Result<Vec<Expr>, SyntaxError> {
    elts.into_iter()
        .map(|e| set_context(e, ctx, TargetUse::Plain))
        .collect()
}

#[cold]
fn invalid_target(e: &Expr, ctx: ExprContext, usage: TargetUse) -> SyntaxError {
    let what = describe(e);
    let message = match ctx {
        ExprContext::Del => format!("cannot delete {what}"),
        _ if matches!(what, "None" | "True" | "False") => format!("cannot assign to {what}"),
        _ if usage == TargetUse::Assign
            && !matches!(&e.kind, ExprKind::Yield(_) | ExprKind::YieldFrom(_)) =>
        {
            format!("cannot assign to {what} here. Maybe you meant '==' instead of '='?")
        }
        _ => format!("cannot assign to {what}"),
    };
    SyntaxError::syntax(message, e.span)
}

fn reject_bare_starred(e: &Expr) -> Result<(), SyntaxError> {
    if let ExprKind::Starred { .. } = e.kind {
        return Err(SyntaxError::syntax(
            "can't use starred expression here",
            e.span,
        ));
    }
    Ok(())
}

pub fn expr_stmt(e: Expr, l: usize, r: usize) -> Result<Stmt, SyntaxError> {
    reject_bare_starred(&e)?;
    Ok(stmt(StmtKind::Expr(e), l, r))
}

pub fn return_stmt(value: Option<Expr>, l: usize, r: usize) -> Result<Stmt, SyntaxError> {
    if let Some(v) = &value {
        reject_bare_starred(v)?;
    }
    Ok(stmt(StmtKind::Return(value), l, r))
}

pub fn delete_stmt(targets: Vec<Expr>, l: usize, r: usize) -> Result<Stmt, SyntaxError> {
    let targets = targets
        .into_iter()
        .map(|t| to_target(t, ExprContext::Del, TargetUse::Plain))
        .collect::<Result<_, _>>()?;
    Ok(stmt(StmtKind::Delete(targets), l, r))
}

pub fn assign_stmt(
    first: Expr,
    mut values: Vec<Expr>,
    l: usize,
    r: usize,
) -> Result<Stmt, SyntaxError> {
    let value = values.pop().unwrap_or_else(|| first.clone());
    reject_bare_starred(&value)?;
    let mut targets = Vec::with_capacity(values.len() + 1);
    for target in std::iter::once(first).chain(values) {
        if matches!(target.kind, ExprKind::Yield(_) | ExprKind::YieldFrom(_)) {
            return Err(SyntaxError::syntax(
                "assignment to yield expression not possible",
                target.span,
            ));
        }
        targets.push(to_target(target, ExprContext::Store, TargetUse::Assign)?);
    }
    Ok(stmt(StmtKind::Assign { targets, value }, l, r))
}

fn single_target(target: Expr) -> Result<Expr, Expr> {
    match target.kind {
        ExprKind::Name { .. } | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => {
            set_context(target, ExprContext::Store, TargetUse::Plain).map_err(|_| Expr {
                span: Span::default(),
                kind: ExprKind::Constant(Constant::None),
            })
        }
        _ => Err(target),
    }
}

pub fn aug_assign_stmt(
    target: Expr,
    op: BinOp,
    value: Expr,
    l: usize,
    r: usize,
) -> Result<Stmt, SyntaxError> {
    let target = single_target(target).map_err(|bad| {
        SyntaxError::syntax(
            format!(
                "'{}' is an illegal expression for augmented assignment",
                describe(&bad)
            ),
            bad.span,
        )
    })?;
    Ok(stmt(StmtKind::AugAssign { target, op, value }, l, r))
}

pub fn ann_assign_stmt(
    target: Expr,
    annotation: Expr,
    value: Option<Expr>,
    l: usize,
    r: usize,
) -> Result<Stmt, SyntaxError> {
    let target = single_target(target).map_err(|bad| {
        let message = match bad.kind {
            ExprKind::Tuple { .. } => "only single target (not tuple) can be annotated",
            ExprKind::List { .. } => "only single target (not list) can be annotated",
            _ => "illegal target for annotation",
        };
        SyntaxError::syntax(message, bad.span)
    })?;
    // Parentheses leave no node behind: a parenthesized name starts after the statement.
    let simple = matches!(target.kind, ExprKind::Name { .. }) && target.span.start as usize == l;
    Ok(stmt(
        StmtKind::AnnAssign {
            target,
            annotation,
            value,
            simple,
        },
        l,
        r,
    ))
}

pub fn import_from(
    dots: Vec<u32>,
    module: Option<String>,
    names: Vec<Alias>,
    l: usize,
    r: usize,
) -> Result<Stmt, SyntaxError> {
    let level = dots.iter().sum();
    if level == 0 && module.is_none() {
        return Err(SyntaxError::syntax("invalid syntax", Span::new(l, r)));
    }
    Ok(stmt(
        StmtKind::ImportFrom {
            module: module.map(Rc::from),
            names,
            level,
        },
        l,
        r,
    ))
}

pub fn parenthesized(e: Expr) -> Result<Expr, SyntaxError> {
    if let ExprKind::Starred { .. } = e.kind {
        return Err(SyntaxError::syntax(
            "cannot use starred expression here",
            e.span,
        ));
    }
    Ok(e)
}

/// Marks a `def`/`for`/`with` statement as `async` and extends its span to the keyword.
pub fn make_async(mut s: Stmt, l: usize) -> Stmt {
    s.span.start = l as u32;
    match &mut s.kind {
        StmtKind::FunctionDef(def) => Rc::make_mut(def).is_async = true,
        StmtKind::For { is_async, .. } | StmtKind::With { is_async, .. } => *is_async = true,
        _ => {}
    }
    s
}

pub fn decorate(mut s: Stmt, decorators: Vec<Expr>) -> Stmt {
    match &mut s.kind {
        StmtKind::FunctionDef(def) => Rc::make_mut(def).decorators = decorators,
        StmtKind::ClassDef(class) => Rc::make_mut(class).decorators = decorators,
        _ => {}
    }
    s
}

/// One parameter-list item, before the order checks.
pub enum ParamItem {
    Plain(Arg, Option<Expr>),
    Slash(Span),
    BareStar(Span),
    VarArgs(Arg),
    /// `**kwargs`, and whether a (forbidden) default followed it.
    KwArgs(Arg, bool),
}

/// Sorts parameter items into CPython's `arguments` layout, checking their order.
pub fn make_arguments(items: Vec<ParamItem>, what: &str) -> Result<Arguments, SyntaxError> {
    let mut out = Arguments::default();
    let mut star_seen = false;
    let mut bare_star: Option<Span> = None;
    let mut slash_seen = false;
    let mut names: HashSet<Rc<str>> = HashSet::new();
    let mut check_name = |arg: &Arg| {
        if names.insert(arg.name.clone()) {
            Ok(())
        } else {
            Err(SyntaxError::syntax(
                format!("duplicate argument '{}' in function definition", arg.name),
                arg.span,
            ))
        }
    };
    for item in items {
        if let Some(kwarg) = &out.kwarg {
            return Err(SyntaxError::syntax(
                "arguments cannot follow var-keyword argument",
                kwarg.span,
            ));
        }
        match item {
            ParamItem::Plain(arg, default) => {
                check_name(&arg)?;
                if star_seen {
                    out.kwonlyargs.push(arg);
                    out.kw_defaults.push(default);
                } else {
                    match default {
                        Some(d) => out.defaults.push(d),
                        None if !out.defaults.is_empty() => {
                            return Err(SyntaxError::syntax(
                                "non-default argument follows default argument",
                                arg.span,
                            ))
                        }
                        None => {}
                    }
                    out.args.push(arg);
                }
            }
            ParamItem::Slash(span) => {
                let message = if slash_seen {
                    "/ may appear only once"
                } else if star_seen {
                    "/ must be ahead of *"
                } else if out.args.is_empty() {
                    "at least one argument must precede /"
                } else {
                    ""
                };
                if !message.is_empty() {
                    return Err(SyntaxError::syntax(message, span));
                }
                slash_seen = true;
                out.posonlyargs = std::mem::take(&mut out.args);
            }
            ParamItem::BareStar(span) | ParamItem::VarArgs(Arg { span, .. }) if star_seen => {
                return Err(SyntaxError::syntax("* argument may appear only once", span))
            }
            ParamItem::BareStar(span) => {
                star_seen = true;
                bare_star = Some(span);
            }
            ParamItem::VarArgs(arg) => {
                check_name(&arg)?;
                star_seen = true;
                out.vararg = Some(arg);
            }
            ParamItem::KwArgs(arg, has_default) => {
                if has_default {
                    return Err(SyntaxError::syntax(
                        "var-keyword argument cannot have default value",
                        arg.span,
                    ));
                }
                check_name(&arg)?;
                out.kwarg = Some(arg);
            }
        }
    }
    if let Some(span) = bare_star {
        if out.kwonlyargs.is_empty() {
            return Err(SyntaxError::syntax(
                "named arguments must follow bare *",
                span,
            ));
        }
    }
    let _ = what;
    Ok(out)
}

/// One call-argument item, before the order checks.
pub enum ArgItem {
    /// A positional argument, possibly `*iterable` (a `Starred`).
    Positional(Expr),
    /// A bare generator expression `f(x for x in y)`.
    Generator(Expr),
    /// `name=value`; the name is parsed as an expression and checked here.
    Keyword(Expr, Expr, Span),
    DoubleStar(Expr, Span),
}

/// Splits call (or class) arguments into positional and keyword lists.
pub fn split_arguments(items: Vec<ArgItem>) -> Result<(Vec<Expr>, Vec<Keyword>), SyntaxError> {
    let count = items.len();
    let mut args = Vec::new();
    let mut keywords = Vec::new();
    let mut keyword_seen = false;
    let mut double_star_seen = false;
    for item in items {
        match item {
            ArgItem::Positional(e) => {
                let message = match (&e.kind, double_star_seen, keyword_seen) {
                    (ExprKind::Starred { .. }, true, _) => {
                        "iterable argument unpacking follows keyword argument unpacking"
                    }
                    (ExprKind::Starred { .. }, false, _) => "",
                    (_, true, _) => "positional argument follows keyword argument unpacking",
                    (_, false, true) => "positional argument follows keyword argument",
                    _ => "",
                };
                if !message.is_empty() {
                    return Err(SyntaxError::syntax(message, e.span));
                }
                args.push(e);
            }
            ArgItem::Generator(e) => {
                if count > 1 {
                    return Err(SyntaxError::syntax(
                        "Generator expression must be parenthesized",
                        e.span,
                    ));
                }
                args.push(e);
            }
            ArgItem::Keyword(name, value, span) => {
                let ExprKind::Name { id, .. } = name.kind else {
                    return Err(SyntaxError::syntax(
                        "expression cannot contain assignment, perhaps you meant \"==\"?",
                        span,
                    ));
                };
                keyword_seen = true;
                keywords.push(Keyword {
                    arg: Some(id),
                    value,
                    span,
                });
            }
            ArgItem::DoubleStar(value, span) => {
                double_star_seen = true;
                keywords.push(Keyword {
                    arg: None,
                    value,
                    span,
                });
            }
        }
    }
    Ok((args, keywords))
}

pub fn make_call(func: Expr, items: Vec<ArgItem>, l: usize, r: usize) -> Result<Expr, SyntaxError> {
    let (args, keywords) = split_arguments(items)?;
    Ok(expr(
        ExprKind::Call {
            func: Box::new(func),
            args,
            keywords,
        },
        l,
        r,
    ))
}
