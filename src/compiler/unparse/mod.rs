//! Expression to source text, as CPython 3.11 turns an annotation into the string stored
//! under `from __future__ import annotations` (its compiler's own unparser, which for
//! almost every expression agrees with `ast.unparse`; where the two differ, e.g.
//! `lambda*, a: a`, `x ** (-y)`, `f(x for x in y)` or `f(**a or b)`, this follows
//! what `__annotations__` really holds).
//!
//! Parentheses come from operator precedence, never from the source; constants are
//! written as their `repr` (so `0xff` becomes `255`, an infinite float `1e309`); an
//! f-string is rebuilt from its parts and quoted as the repr of its body. It is not a
//! statement unparser and does not check that the expression is valid in an annotation
//! (scope analysis rejects `yield`, `await` and `:=` there).

use crate::ast::*;
use crate::numeric::float::repr as float_repr;
use crate::numeric::str_repr;
use crate::vm::repr::bytes_repr;

/// Binding strength, loosest first: an operand whose own level is looser than the level
/// its context requires is parenthesized.
type Level = u8;
const TUPLE: Level = 0;
/// `if`-`else`, `lambda`.
const TEST: Level = 1;
const OR: Level = 2;
const AND: Level = 3;
const NOT: Level = 4;
const CMP: Level = 5;
/// `|`.
const BOR: Level = 6;
const BXOR: Level = 7;
const BAND: Level = 8;
const SHIFT: Level = 9;
/// `+`, `-`.
const ARITH: Level = 10;
/// `*`, `@`, `/`, `%`, `//`.
const TERM: Level = 11;
/// Unary `+`, `-`, `~`.
const FACTOR: Level = 12;
const POWER: Level = 13;
const AWAIT: Level = 14;
const ATOM: Level = 15;

/// The text CPython stores for annotation `e` under `from __future__ import annotations`.
pub fn annotation_text(e: &Expr) -> String {
    let mut out = String::new();
    write_expr(&mut out, e, TEST);
    out
}

fn write_expr(out: &mut String, e: &Expr, level: Level) {
    match &e.kind {
        ExprKind::BoolOp { op, values } => {
            let (word, own) = match op {
                BoolOp::And => (" and ", AND),
                BoolOp::Or => (" or ", OR),
            };
            parenthesized(out, level > own, |out| {
                write_separated(out, values, word, own + 1)
            });
        }
        ExprKind::NamedExpr { target, value } => {
            parenthesized(out, level > TUPLE, |out| {
                write_expr(out, target, ATOM);
                out.push_str(" := ");
                write_expr(out, value, ATOM);
            });
        }
        ExprKind::BinOp { left, op, right } => write_binop(out, left, *op, right, level),
        ExprKind::UnaryOp { op, operand } => {
            let (sign, own) = match op {
                UnaryOp::Invert => ("~", FACTOR),
                UnaryOp::Not => ("not ", NOT),
                UnaryOp::UAdd => ("+", FACTOR),
                UnaryOp::USub => ("-", FACTOR),
            };
            parenthesized(out, level > own, |out| {
                out.push_str(sign);
                write_expr(out, operand, own);
            });
        }
        ExprKind::Lambda { args, body } => {
            parenthesized(out, level > TEST, |out| {
                let positional = args.posonlyargs.len() + args.args.len();
                out.push_str(if positional > 0 { "lambda " } else { "lambda" });
                write_arguments(out, args);
                out.push_str(": ");
                write_expr(out, body, TEST);
            });
        }
        ExprKind::IfExp { test, body, orelse } => {
            parenthesized(out, level > TEST, |out| {
                write_expr(out, body, TEST + 1);
                out.push_str(" if ");
                write_expr(out, test, TEST + 1);
                out.push_str(" else ");
                write_expr(out, orelse, TEST);
            });
        }
        ExprKind::Dict { keys, values } => {
            out.push('{');
            for (i, (key, value)) in keys.iter().zip(values).enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                match key {
                    Some(key) => {
                        write_expr(out, key, TEST);
                        out.push_str(": ");
                        write_expr(out, value, TEST);
                    }
                    None => {
                        out.push_str("**");
                        write_expr(out, value, BOR);
                    }
                }
            }
            out.push('}');
        }
        ExprKind::Set(elts) => {
            out.push('{');
            write_separated(out, elts, ", ", TEST);
            out.push('}');
        }
        ExprKind::ListComp { elt, generators } => {
            write_comprehension(out, "[", elt, None, generators, "]")
        }
        ExprKind::SetComp { elt, generators } => {
            write_comprehension(out, "{", elt, None, generators, "}")
        }
        ExprKind::DictComp {
            key,
            value,
            generators,
        } => write_comprehension(out, "{", key, Some(value), generators, "}"),
        ExprKind::GeneratorExp { elt, generators } => {
            write_comprehension(out, "(", elt, None, generators, ")")
        }
        ExprKind::Await(value) => {
            parenthesized(out, level > AWAIT, |out| {
                out.push_str("await ");
                write_expr(out, value, ATOM);
            });
        }
        ExprKind::Yield(None) => out.push_str("(yield)"),
        ExprKind::Yield(Some(value)) => {
            out.push_str("(yield ");
            write_expr(out, value, TEST);
            out.push(')');
        }
        ExprKind::YieldFrom(value) => {
            out.push_str("(yield from ");
            write_expr(out, value, TEST);
            out.push(')');
        }
        ExprKind::Compare {
            left,
            ops,
            comparators,
        } => {
            parenthesized(out, level > CMP, |out| {
                write_expr(out, left, CMP + 1);
                for (op, right) in ops.iter().zip(comparators) {
                    out.push_str(compare_word(*op));
                    write_expr(out, right, CMP + 1);
                }
            });
        }
        ExprKind::Call {
            func,
            args,
            keywords,
        } => write_call(out, func, args, keywords),
        ExprKind::JoinedStr(parts) => {
            let mut body = String::new();
            write_fstring_parts(&mut body, parts);
            out.push('f');
            out.push_str(&str_repr(&body));
        }
        ExprKind::Constant(value) => write_constant(out, value),
        ExprKind::Attribute { value, attr, .. } => {
            write_expr(out, value, ATOM);
            // `1.real` would lex as a float: an integer needs a space before the dot.
            let int_literal = matches!(
                value.kind,
                ExprKind::Constant(Constant::Int(_) | Constant::BigInt(_))
            );
            out.push_str(if int_literal { " ." } else { "." });
            out.push_str(attr);
        }
        ExprKind::Subscript { value, slice, .. } => {
            write_expr(out, value, ATOM);
            out.push('[');
            write_expr(out, slice, TUPLE);
            out.push(']');
        }
        ExprKind::Starred { value, .. } => {
            out.push('*');
            write_expr(out, value, BOR);
        }
        ExprKind::Name { id, .. } => out.push_str(id),
        ExprKind::List { elts, .. } => {
            out.push('[');
            write_separated(out, elts, ", ", TEST);
            out.push(']');
        }
        ExprKind::Tuple { elts, .. } => {
            if elts.is_empty() {
                out.push_str("()");
                return;
            }
            parenthesized(out, level > TUPLE, |out| {
                write_separated(out, elts, ", ", TEST);
                if elts.len() == 1 {
                    out.push(',');
                }
            });
        }
        ExprKind::Slice { lower, upper, step } => {
            if let Some(lower) = lower {
                write_expr(out, lower, TEST);
            }
            out.push(':');
            if let Some(upper) = upper {
                write_expr(out, upper, TEST);
            }
            if let Some(step) = step {
                out.push(':');
                write_expr(out, step, TEST);
            }
        }
    }
}

/// Runs `body`, wrapped in parentheses when `wrap`.
fn parenthesized(out: &mut String, wrap: bool, body: impl FnOnce(&mut String)) {
    if wrap {
        out.push('(');
    }
    body(out);
    if wrap {
        out.push(')');
    }
}

fn write_separated(out: &mut String, items: &[Expr], separator: &str, level: Level) {
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(separator);
        }
        write_expr(out, item, level);
    }
}

fn write_binop(out: &mut String, left: &Expr, op: BinOp, right: &Expr, level: Level) {
    let (symbol, own) = match op {
        BinOp::Add => (" + ", ARITH),
        BinOp::Sub => (" - ", ARITH),
        BinOp::Mult => (" * ", TERM),
        BinOp::MatMult => (" @ ", TERM),
        BinOp::Div => (" / ", TERM),
        BinOp::Mod => (" % ", TERM),
        BinOp::FloorDiv => (" // ", TERM),
        BinOp::LShift => (" << ", SHIFT),
        BinOp::RShift => (" >> ", SHIFT),
        BinOp::BitOr => (" | ", BOR),
        BinOp::BitXor => (" ^ ", BXOR),
        BinOp::BitAnd => (" & ", BAND),
        BinOp::Pow => (" ** ", POWER),
    };
    // `**` groups to the right, every other operator to the left: the operand on the
    // grouping side may share the operator's level, the other must bind tighter.
    let right_assoc = op == BinOp::Pow;
    parenthesized(out, level > own, |out| {
        write_expr(out, left, own + Level::from(right_assoc));
        out.push_str(symbol);
        write_expr(out, right, own + Level::from(!right_assoc));
    });
}

fn compare_word(op: CmpOp) -> &'static str {
    match op {
        CmpOp::Eq => " == ",
        CmpOp::NotEq => " != ",
        CmpOp::Lt => " < ",
        CmpOp::LtE => " <= ",
        CmpOp::Gt => " > ",
        CmpOp::GtE => " >= ",
        CmpOp::Is => " is ",
        CmpOp::IsNot => " is not ",
        CmpOp::In => " in ",
        CmpOp::NotIn => " not in ",
    }
}

/// A lambda's parameter list (annotations cannot occur in one).
fn write_arguments(out: &mut String, args: &Arguments) {
    let mut first = true;
    let mut separate = |out: &mut String| {
        if !first {
            out.push_str(", ");
        }
        first = false;
    };
    let positional: Vec<&Arg> = args.posonlyargs.iter().chain(&args.args).collect();
    let without_default = positional.len() - args.defaults.len().min(positional.len());
    for (i, arg) in positional.iter().enumerate() {
        separate(out);
        out.push_str(&arg.name);
        if let Some(default) = i.checked_sub(without_default).map(|d| &args.defaults[d]) {
            out.push('=');
            write_expr(out, default, TEST);
        }
        if i + 1 == args.posonlyargs.len() {
            out.push_str(", /");
        }
    }
    if args.vararg.is_some() || !args.kwonlyargs.is_empty() {
        separate(out);
        out.push('*');
        if let Some(vararg) = &args.vararg {
            out.push_str(&vararg.name);
        }
    }
    for (arg, default) in args.kwonlyargs.iter().zip(&args.kw_defaults) {
        separate(out);
        out.push_str(&arg.name);
        if let Some(default) = default {
            out.push('=');
            write_expr(out, default, TEST);
        }
    }
    if let Some(kwarg) = &args.kwarg {
        separate(out);
        out.push_str("**");
        out.push_str(&kwarg.name);
    }
}

fn write_comprehension(
    out: &mut String,
    open: &str,
    elt: &Expr,
    value: Option<&Expr>,
    generators: &[Comprehension],
    close: &str,
) {
    out.push_str(open);
    write_expr(out, elt, TEST);
    if let Some(value) = value {
        out.push_str(": ");
        write_expr(out, value, TEST);
    }
    for generator in generators {
        out.push_str(if generator.is_async {
            " async for "
        } else {
            " for "
        });
        write_expr(out, &generator.target, TUPLE);
        out.push_str(" in ");
        write_expr(out, &generator.iter, TEST + 1);
        for condition in &generator.ifs {
            out.push_str(" if ");
            write_expr(out, condition, TEST + 1);
        }
    }
    out.push_str(close);
}

fn write_call(out: &mut String, func: &Expr, args: &[Expr], keywords: &[Keyword]) {
    write_expr(out, func, ATOM);
    if let ([only], []) = (args, keywords) {
        if let ExprKind::GeneratorExp { elt, generators } = &only.kind {
            // A lone generator argument keeps only its own parentheses.
            return write_comprehension(out, "(", elt, None, generators, ")");
        }
    }
    out.push('(');
    write_separated(out, args, ", ", TEST);
    for (i, keyword) in keywords.iter().enumerate() {
        if i > 0 || !args.is_empty() {
            out.push_str(", ");
        }
        match &keyword.arg {
            Some(name) => {
                out.push_str(name);
                out.push('=');
            }
            None => out.push_str("**"),
        }
        write_expr(out, &keyword.value, TEST);
    }
    out.push(')');
}

/// The inside of an f-string (or of a format spec): literal text with its braces
/// doubled, and each field as `{expr!conversion:spec}`.
fn write_fstring_parts(out: &mut String, parts: &[FStringPart]) {
    for part in parts {
        match part {
            FStringPart::Literal(text) => {
                out.push_str(&text.replace('{', "{{").replace('}', "}}"));
            }
            FStringPart::FormattedValue {
                value,
                conversion,
                format_spec,
            } => {
                // Above TEST so that a lambda's `:` or a conditional is parenthesized.
                let mut field = String::new();
                write_expr(&mut field, value, TEST + 1);
                // `{{` would read as an escaped brace.
                out.push_str(if field.starts_with('{') { "{ " } else { "{" });
                out.push_str(&field);
                out.push_str(match conversion {
                    Conversion::None => "",
                    Conversion::Str => "!s",
                    Conversion::Repr => "!r",
                    Conversion::Ascii => "!a",
                });
                if let Some(spec) = format_spec {
                    out.push(':');
                    write_fstring_parts(out, spec);
                }
                out.push('}');
            }
        }
    }
}

fn write_constant(out: &mut String, value: &Constant) {
    match value {
        Constant::None => out.push_str("None"),
        Constant::Bool(true) => out.push_str("True"),
        Constant::Bool(false) => out.push_str("False"),
        Constant::Int(i) => out.push_str(&i.to_string()),
        Constant::BigInt(digits) => out.push_str(digits),
        Constant::Float(x) => out.push_str(&without_inf(float_repr(*x))),
        Constant::Imaginary(x) => {
            // `repr(complex)` of a pure imaginary number: no `.0` on whole values.
            let repr = float_repr(*x);
            let digits = repr.strip_suffix(".0").unwrap_or(&repr);
            out.push_str(&without_inf(format!("{digits}j")));
        }
        Constant::Str(s) => out.push_str(&str_repr(s)),
        Constant::Bytes(b) => out.push_str(&bytes_repr(b)),
        Constant::Ellipsis => out.push_str("..."),
    }
}

/// An overflowing literal reads back as infinity: `1e309` is the shortest such literal.
fn without_inf(repr: String) -> String {
    repr.replace("inf", "1e309")
}

#[cfg(test)]
mod tests;
