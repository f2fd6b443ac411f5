//! Node construction for the `match` statement's grammar actions: patterns and the
//! checks CPython's parser makes on them (`_` as a target, `**_`, keyword patterns before
//! positional ones, the shape of complex literals). The checks that CPython makes while
//! compiling (unreachable patterns, repeated names, duplicate keys) are the compiler's,
//! in `compiler::codegen::match_stmt`.

use crate::ast::*;
use crate::parser::build::body_end;
use crate::syntax_error::SyntaxError;

/// An argument of a class pattern, before positional and keyword ones are split.
pub enum ClassPatternArg {
    Positional(Pattern),
    /// `attr=pattern`.
    Keyword(Name, Pattern),
}

pub fn pattern(kind: PatternKind, l: usize, r: usize) -> Pattern {
    Pattern {
        span: Span::new(l, r),
        kind,
    }
}

pub fn match_stmt(subject: Expr, cases: Vec<MatchCase>, l: usize) -> Stmt {
    let r = cases
        .last()
        .map_or(subject.span.end as usize, |c| body_end(&c.body, &[]));
    Stmt {
        span: Span::new(l, r),
        kind: StmtKind::Match { subject, cases },
    }
}

#[cold]
fn invalid(message: &str, l: usize, r: usize) -> SyntaxError {
    SyntaxError::syntax(message, Span::new(l, r))
}

/// `pattern as name`.
pub fn as_pattern(
    inner: Pattern,
    name: Name,
    l: usize,
    nl: usize,
    r: usize,
) -> Result<Pattern, SyntaxError> {
    if &*name == "_" {
        return Err(invalid("cannot use '_' as a target", nl, r));
    }
    Ok(pattern(
        PatternKind::MatchAs {
            pattern: Some(Box::new(inner)),
            name: Some(name),
        },
        l,
        r,
    ))
}

/// `pattern as 1`: only a name can follow `as`.
#[cold]
pub fn invalid_target(span: Span) -> SyntaxError {
    SyntaxError::syntax("invalid pattern target", span)
}

pub fn or_pattern(first: Pattern, rest: Vec<Pattern>, l: usize, r: usize) -> Pattern {
    let mut alternatives = Vec::with_capacity(rest.len() + 1);
    alternatives.push(first);
    alternatives.extend(rest);
    pattern(PatternKind::MatchOr(alternatives), l, r)
}

/// A literal: `None`/`True`/`False` match by identity, the rest by equality.
pub fn literal_pattern(value: Expr) -> Pattern {
    let span = value.span;
    let kind = match value.kind {
        ExprKind::Constant(c @ (Constant::None | Constant::Bool(_))) => {
            PatternKind::MatchSingleton(c)
        }
        _ => PatternKind::MatchValue(value),
    };
    Pattern { span, kind }
}

/// A bare name captures (`_` is the wildcard); a dotted name is a value pattern.
pub fn name_pattern(value: Expr) -> Pattern {
    let span = value.span;
    let kind = match value.kind {
        ExprKind::Name { id, .. } => PatternKind::MatchAs {
            pattern: None,
            name: (&*id != "_").then_some(id),
        },
        _ => PatternKind::MatchValue(value),
    };
    Pattern { span, kind }
}

/// `real + imaginary` / `real - imaginary`: the only arithmetic patterns allow.
pub fn complex_literal(
    real: Expr,
    op: BinOp,
    imaginary: Constant,
    il: usize,
    l: usize,
    r: usize,
) -> Result<Expr, SyntaxError> {
    let real_is_imaginary = match &real.kind {
        ExprKind::Constant(c) => matches!(c, Constant::Imaginary(_)),
        ExprKind::UnaryOp { operand, .. } => {
            matches!(operand.kind, ExprKind::Constant(Constant::Imaginary(_)))
        }
        _ => false,
    };
    if real_is_imaginary {
        let span = real.span;
        return Err(SyntaxError::syntax(
            "real number required in complex literal",
            span,
        ));
    }
    if !matches!(imaginary, Constant::Imaginary(_)) {
        return Err(invalid(
            "imaginary number required in complex literal",
            il,
            r,
        ));
    }
    let right = Expr {
        span: Span::new(il, r),
        kind: ExprKind::Constant(imaginary),
    };
    Ok(Expr {
        span: Span::new(l, r),
        kind: ExprKind::BinOp {
            left: Box::new(real),
            op,
            right: Box::new(right),
        },
    })
}

/// A mapping key written as a name must be dotted (`{x: 1}` is not a pattern).
pub fn mapping_key(key: Expr) -> Result<Expr, SyntaxError> {
    if matches!(key.kind, ExprKind::Name { .. }) {
        let (l, r) = (key.span.start as usize, key.span.end as usize);
        return Err(invalid("invalid syntax", l, r));
    }
    Ok(key)
}

pub fn mapping_pattern(
    items: Vec<(Expr, Pattern)>,
    rest: Option<Name>,
    l: usize,
    r: usize,
) -> Pattern {
    let (keys, patterns) = items.into_iter().unzip();
    pattern(
        PatternKind::MatchMapping {
            keys,
            patterns,
            rest,
        },
        l,
        r,
    )
}

/// `{..., **rest}`: `**_` is not allowed (CPython: invalid syntax at the `_`).
pub fn mapping_rest(
    items: Vec<(Expr, Pattern)>,
    rest: Name,
    rl: usize,
    rr: usize,
    l: usize,
    r: usize,
) -> Result<Pattern, SyntaxError> {
    if &*rest == "_" {
        return Err(invalid("invalid syntax", rl, rr));
    }
    Ok(mapping_pattern(items, Some(rest), l, r))
}

pub fn class_pattern(
    cls: Expr,
    args: Vec<ClassPatternArg>,
    l: usize,
    r: usize,
) -> Result<Pattern, SyntaxError> {
    let mut patterns = Vec::new();
    let mut kwd_attrs = Vec::new();
    let mut kwd_patterns = Vec::new();
    let mut misplaced: Option<Span> = None;
    for arg in args {
        match arg {
            ClassPatternArg::Positional(p) if !kwd_attrs.is_empty() => {
                misplaced = Some(misplaced.map_or(p.span, |s| s.to(p.span)));
            }
            ClassPatternArg::Positional(p) => patterns.push(p),
            ClassPatternArg::Keyword(name, p) => {
                kwd_attrs.push(name);
                kwd_patterns.push(p);
            }
        }
    }
    if let Some(span) = misplaced {
        return Err(SyntaxError::syntax(
            "positional patterns follow keyword patterns",
            span,
        ));
    }
    Ok(pattern(
        PatternKind::MatchClass {
            cls,
            patterns,
            kwd_attrs,
            kwd_patterns,
        },
        l,
        r,
    ))
}
