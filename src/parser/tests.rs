//! Parser tests: a realistic script, AST shapes, spans, and CPython's error messages.

use super::*;
use crate::ast::*;
use crate::syntax_error::SyntaxErrorKind;

fn parse(source: &str) -> Vec<Stmt> {
    match parse_module(source) {
        Ok(module) => module.body,
        Err(e) => panic!("{source:?}: {e} ({}) at {:?}", e.label, e.span),
    }
}

fn error(source: &str) -> SyntaxError {
    match parse_module(source) {
        Ok(m) => panic!("{source:?} parsed: {:?}", m.body),
        Err(e) => e,
    }
}

fn expr_of(source: &str) -> ExprKind {
    match parse(source).remove(0).kind {
        StmtKind::Expr(e) => e.kind,
        StmtKind::Assign { value, .. } => value.kind,
        other => panic!("not an expression statement: {other:?}"),
    }
}

const SCRIPT: &str = r#"
import asyncio, os.path as osp
from . import sibling
from ..pkg.mod import (a as b, c,)
from mod import *

@decorator
@other.deco(1, key="v")
class Point(Base, metaclass=Meta):
    """Docstring."""
    x: int = 0
    def __init__(self, x, y=2, /, z=3, *args, w, v=4, **kwargs) -> None:
        self.x, self.y = x, y
        super().__init__(*args, **kwargs)

    @property
    def norm(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5

async def fetch(session, *, retries=3):
    async with session.get(url) as resp, other() as (p, q):
        async for chunk in resp:
            yield chunk
    result = await asyncio.gather(*[fetch(s) for s in sessions if s])
    return result

def gen():
    x = yield
    y = yield from range(10)
    first, *rest = [1, 2, 3]
    return 1, *rest

try:
    value = data[1:2, ::3]["key"]
except (KeyError, IndexError) as exc:
    raise ValueError("bad") from exc
except Exception:
    pass
else:
    del value, data[0]
finally:
    cleanup()

squares = {n: n * n for n in range(10) if n % 2 if n > 2}
unique = {x for x in items}
pairs = [(i, j) for i in range(3) for j in range(i)]
total = sum(x for x in values)
merged = {**left, "k": 1, **right}
name = f"{user!r:>{width}} has {count:,} items, {x = }"
flag = not a and b or c if d else e
check = 1 < x <= 10 != y is not None and z not in w
value = -2 ** -1 + ~x // 3 % 4 @ m
shifted = a << 1 | b >> 2 & c ^ d
func = lambda a, b=1, *c, d, **e: (a, b, c, d, e)
if (n := len(items)) > 10: print(n); print("big")
elif n:
    pass
else:
    while True:
        break
    else:
        continue
for i, (a, b) in enumerate(pairs):
    global g
    nonlocal_name = 1
assert x, "message"
with open(p) as f: data = f.read()
counter += 1
matrix[i][j] **= 2
empty = ()
single = (1,)
nums = [1, 2.5, 0x1f, 1_000, 3j, 10**100]
text = 'a' "b" '''c''' r"\d"
raw = b"\x00" rb"\n"
ellipsis = ...
"#;

#[test]
fn realistic_script_parses() {
    let body = parse(SCRIPT);
    assert!(body.len() > 30);
    let StmtKind::ClassDef(class) = &body[4].kind else {
        panic!("expected class, got {:?}", body[4].kind)
    };
    assert_eq!(&*class.name, "Point");
    assert_eq!(class.decorators.len(), 2);
    assert_eq!(class.bases.len(), 1);
    assert_eq!(class.keywords[0].arg.as_deref(), Some("metaclass"));
    let StmtKind::FunctionDef(init) = &class.body[2].kind else {
        panic!("expected def")
    };
    let args = &init.args;
    assert_eq!(args.posonlyargs.len(), 3);
    assert_eq!(args.args.len(), 1);
    assert_eq!(args.defaults.len(), 2);
    assert_eq!(args.vararg.as_ref().map(|a| &*a.name), Some("args"));
    assert_eq!(args.kwonlyargs.len(), 2);
    assert_eq!(args.kw_defaults[0], None);
    assert!(args.kw_defaults[1].is_some());
    assert!(init.returns.is_some());
    let StmtKind::FunctionDef(fetch) = &body[5].kind else {
        panic!("expected async def")
    };
    assert!(fetch.is_async);
    assert!(matches!(
        fetch.body[0].kind,
        StmtKind::With { is_async: true, .. }
    ));
}

#[test]
fn spans_cover_source_and_never_go_backwards() {
    let tokens = crate::lexer::tokenize(SCRIPT).unwrap();
    let mut last = 0;
    for (start, token, end) in &tokens {
        assert!(
            *start >= last,
            "{token:?} at {start} goes back before {last}"
        );
        assert!(end >= start);
        last = *end;
    }
    fn check(stmts: &[Stmt], source: &str) {
        for s in stmts {
            assert!(s.span.start < s.span.end, "{s:?}");
            assert!((s.span.end as usize) <= source.len());
        }
    }
    let body = parse(SCRIPT);
    check(&body, SCRIPT);
    let source = "value = foo(1, bar)\n";
    let body = parse(source);
    let StmtKind::Assign { value, .. } = &body[0].kind else {
        panic!()
    };
    assert_eq!(
        &source[value.span.start as usize..value.span.end as usize],
        "foo(1, bar)"
    );
    assert_eq!(
        &source[body[0].span.start as usize..body[0].span.end as usize],
        "value = foo(1, bar)"
    );
}

#[test]
fn crlf_matches_lf() {
    use crate::lexer::{StringLit, Token};
    // f-string field offsets legitimately differ; everything else must be identical.
    let kinds = |source: &str| -> Vec<Token> {
        crate::lexer::tokenize(source)
            .unwrap()
            .into_iter()
            .map(|(_, t, _)| match t {
                Token::String(s) if matches!(*s, StringLit::FString(_)) => {
                    Token::String(std::rc::Rc::new(StringLit::Str("f-string".into())))
                }
                t => t,
            })
            .collect()
    };
    assert_eq!(kinds(SCRIPT), kinds(&SCRIPT.replace('\n', "\r\n")));
    assert_eq!(
        expr_of("x = '''a\r\nb'''\r\n"),
        ExprKind::Constant(Constant::Str("a\nb".into()))
    );
}

#[test]
fn precedence_shapes() {
    let ExprKind::UnaryOp {
        op: UnaryOp::USub,
        operand,
    } = expr_of("-2**2\n")
    else {
        panic!()
    };
    assert!(matches!(
        operand.kind,
        ExprKind::BinOp { op: BinOp::Pow, .. }
    ));
    let ExprKind::BinOp {
        op: BinOp::Pow,
        right,
        ..
    } = expr_of("2**3**4\n")
    else {
        panic!()
    };
    assert!(matches!(right.kind, ExprKind::BinOp { op: BinOp::Pow, .. }));
    let ExprKind::BinOp {
        op: BinOp::Add,
        right,
        ..
    } = expr_of("1 + 2 * 3\n")
    else {
        panic!()
    };
    assert!(matches!(
        right.kind,
        ExprKind::BinOp {
            op: BinOp::Mult,
            ..
        }
    ));
    let ExprKind::Compare { ops, .. } = expr_of("a < b is not c not in d\n") else {
        panic!()
    };
    assert_eq!(ops, vec![CmpOp::Lt, CmpOp::IsNot, CmpOp::NotIn]);
    let ExprKind::BoolOp {
        op: BoolOp::Or,
        values,
    } = expr_of("a or b and not c\n")
    else {
        panic!()
    };
    assert!(matches!(
        values[1].kind,
        ExprKind::BoolOp {
            op: BoolOp::And,
            ..
        }
    ));
    assert!(matches!(
        expr_of("await x ** 2\n"),
        ExprKind::BinOp { op: BinOp::Pow, .. }
    ));
    assert!(matches!(expr_of("a if b else c\n"), ExprKind::IfExp { .. }));
}

#[test]
fn atoms_and_displays() {
    assert!(matches!(expr_of("()\n"), ExprKind::Tuple { ref elts, .. } if elts.is_empty()));
    assert!(matches!(expr_of("(1,)\n"), ExprKind::Tuple { ref elts, .. } if elts.len() == 1));
    assert!(matches!(
        expr_of("(1)\n"),
        ExprKind::Constant(Constant::Int(1))
    ));
    assert!(matches!(expr_of("{}\n"), ExprKind::Dict { .. }));
    assert!(matches!(expr_of("{1}\n"), ExprKind::Set(_)));
    assert!(matches!(
        expr_of("(x for x in y)\n"),
        ExprKind::GeneratorExp { .. }
    ));
    assert!(
        matches!(expr_of("[x async for x in y]\n"), ExprKind::ListComp { ref generators, .. } if generators[0].is_async)
    );
    assert!(
        matches!(expr_of("f(x for x in y)\n"), ExprKind::Call { ref args, .. } if matches!(args[0].kind, ExprKind::GeneratorExp { .. }))
    );
    let ExprKind::Subscript { slice, .. } = expr_of("a[1:2, ::3]\n") else {
        panic!()
    };
    let ExprKind::Tuple { elts, .. } = slice.kind else {
        panic!()
    };
    assert!(matches!(
        elts[1].kind,
        ExprKind::Slice {
            lower: None,
            upper: None,
            step: Some(_)
        }
    ));
    assert!(matches!(
        expr_of("x = (yield 1)\n"),
        ExprKind::Yield(Some(_))
    ));
    assert!(matches!(
        expr_of("x = yield from y\n"),
        ExprKind::YieldFrom(_)
    ));
    assert!(matches!(expr_of("10**100\n"), ExprKind::BinOp { .. }));
    assert_eq!(
        expr_of("99999999999999999999\n"),
        ExprKind::Constant(Constant::BigInt("99999999999999999999".into()))
    );
    assert_eq!(
        expr_of("'a' 'b'\n"),
        ExprKind::Constant(Constant::Str("ab".into()))
    );
    assert_eq!(
        expr_of("b'a' b'b'\n"),
        ExprKind::Constant(Constant::Bytes(b"ab".to_vec().into()))
    );
    let ExprKind::Call { args, keywords, .. } = expr_of("f(a, *b, c=1, **d)\n") else {
        panic!()
    };
    assert_eq!(args.len(), 2);
    assert!(matches!(args[1].kind, ExprKind::Starred { .. }));
    assert_eq!(keywords[1].arg, None);
}

#[test]
fn targets_get_contexts() {
    let body = parse("a, [b, *c] = d\nfor x.y, z[0] in w: pass\ndel a, b.c\n");
    let StmtKind::Assign { targets, .. } = &body[0].kind else {
        panic!()
    };
    let ExprKind::Tuple {
        elts,
        ctx: ExprContext::Store,
    } = &targets[0].kind
    else {
        panic!()
    };
    let ExprKind::List {
        elts: inner,
        ctx: ExprContext::Store,
    } = &elts[1].kind
    else {
        panic!()
    };
    assert!(matches!(
        inner[1].kind,
        ExprKind::Starred {
            ctx: ExprContext::Store,
            ..
        }
    ));
    let StmtKind::Delete(targets) = &body[2].kind else {
        panic!()
    };
    assert!(matches!(
        targets[1].kind,
        ExprKind::Attribute {
            ctx: ExprContext::Del,
            ..
        }
    ));
}

#[test]
fn fstrings() {
    let ExprKind::JoinedStr(parts) = expr_of("'a' f'{x!r:>{w}} {y = }' 'z'\n") else {
        panic!()
    };
    assert_eq!(parts[0], FStringPart::Literal("a".into()));
    let FStringPart::FormattedValue {
        value,
        conversion,
        format_spec,
    } = &parts[1]
    else {
        panic!()
    };
    assert!(matches!(value.kind, ExprKind::Name { ref id, .. } if &**id == "x"));
    assert_eq!(value.span, Span::new(7, 8));
    assert_eq!(*conversion, Conversion::Repr);
    let spec = format_spec.as_ref().unwrap();
    assert_eq!(spec[0], FStringPart::Literal(">".into()));
    assert_eq!(parts[2], FStringPart::Literal(" y = ".into()));
    assert!(matches!(
        parts[3],
        FStringPart::FormattedValue {
            conversion: Conversion::Repr,
            ..
        }
    ));
    assert_eq!(parts[4], FStringPart::Literal("z".into()));
    let ExprKind::JoinedStr(parts) = expr_of("f'{a[\"k\"] + (1,2)[0]:>{3}}'\n") else {
        panic!()
    };
    assert_eq!(parts.len(), 1);
}

#[test]
fn expression_entry() {
    assert!(matches!(
        parse_expression("1 +\n 2").unwrap().kind,
        ExprKind::BinOp { .. }
    ));
}

fn message(source: &str) -> String {
    error(source).message
}

#[test]
fn cpython_messages() {
    let cases = [
        ("if x:\n  a\n\tb\n", "inconsistent use of tabs and spaces in indentation"),
        ("if x:\n    a\n  b\n", "unindent does not match any outer indentation level"),
        (" a\n", "unexpected indent"),
        ("a\n  b\n", "unexpected indent"),
        ("if x:\npass\n", "expected an indented block after 'if' statement on line 1"),
        ("async def f():\npass\n", "expected an indented block after function definition on line 1"),
        ("class A:\npass\n", "expected an indented block after class definition on line 1"),
        ("try:\n  a\nexcept E:\npass\n", "expected an indented block after 'except' statement on line 3"),
        ("if 1:\n  a\nelif 2:\nb\n", "expected an indented block after 'elif' statement on line 3"),
        ("x = 'abc\n", "unterminated string literal (detected at line 1)"),
        ("x = '''abc\n\n", "unterminated triple-quoted string literal (detected at line 2)"),
        ("x = 012\n", "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers"),
        ("1 = x\n", "cannot assign to literal here. Maybe you meant '==' instead of '='?"),
        ("f() = 1\n", "cannot assign to function call here. Maybe you meant '==' instead of '='?"),
        ("for 1 in x: pass\n", "cannot assign to literal"),
        ("del f()\n", "cannot delete function call"),
        ("f() += 1\n", "'function call' is an illegal expression for augmented assignment"),
        ("a, b += 1\n", "'tuple' is an illegal expression for augmented assignment"),
        ("b'a' 'b'\n", "cannot mix bytes and nonbytes literals"),
        ("f(a for a in b, c)\n", "Generator expression must be parenthesized"),
        ("x = (1,", "'(' was never closed"),
        ("x = (1]\n", "closing parenthesis ']' does not match opening parenthesis '('"),
        ("x = 1)\n", "unmatched ')'"),
        ("def f(a=1, b): pass\n", "non-default argument follows default argument"),
        ("f(a+1=2)\n", "expression cannot contain assignment, perhaps you meant \"==\"?"),
        ("f\"{a!x}\"\n", "f-string: invalid conversion character: expected 's', 'r', or 'a'"),
        ("f\"{}\"\n", "f-string: empty expression not allowed"),
        ("f\"{a\"\n", "f-string: expecting '}'"),
        ("f\"}\"\n", "f-string: single '}' is not allowed"),
        ("del 1\n", "cannot delete literal"),
        ("*a = 1\n", "starred assignment target must be in a list or tuple"),
        ("x = *a\n", "can't use starred expression here"),
        ("def f(*, a, /): pass\n", "/ must be ahead of *"),
        ("def f(*): pass\n", "named arguments must follow bare *"),
        ("a + = 1\n", "invalid syntax"),
        ("x = yield = 1\n", "assignment to yield expression not possible"),
        ("f(**a, *b)\n", "iterable argument unpacking follows keyword argument unpacking"),
        ("f(a=1, b)\n", "positional argument follows keyword argument"),
        ("f(**a, b)\n", "positional argument follows keyword argument unpacking"),
        ("1 += 1\n", "'literal' is an illegal expression for augmented assignment"),
        ("True = 1\n", "cannot assign to True"),
        ("def f(a, a): pass\n", "duplicate argument 'a' in function definition"),
        ("x = 1\0\n", "source code cannot contain null bytes"),
        ("x = $\n", "invalid syntax"),
        ("x = \u{20ac}\n", "invalid character '\u{20ac}' (U+20AC)"),
    ];
    for (source, expected) in cases {
        assert_eq!(message(source), expected, "for {source:?}");
    }
}

#[test]
fn error_kinds_and_incomplete() {
    assert_eq!(error("if x:\n  a\n\tb\n").kind, SyntaxErrorKind::TabError);
    assert_eq!(error(" a\n").kind, SyntaxErrorKind::IndentationError);
    assert_eq!(
        error("if x:\npass\n").kind,
        SyntaxErrorKind::IndentationError
    );
    assert!(error("x = (1,").incomplete);
    assert!(error("x = '''abc\n").incomplete);
    assert!(error("if x:\n").incomplete);
    assert!(error("def f():\n    if x:\n").incomplete);
    assert!(!error("x = 'abc\n").incomplete);
    assert!(!error("x = 1 +\n").incomplete);
    let e = error("f(1, 2))\n");
    assert_eq!(e.message, "unmatched ')'");
    let e = error("x = = 1\n");
    assert_eq!(e.label, "unexpected `=`");
    assert!(e.help.unwrap().starts_with("expected one of"));
    assert_eq!(e.span, Span::new(4, 5));
}
