//! Parser tests: a realistic script, AST shapes, spans, and CPython's error messages.

use super::*;
use crate::ast::*;

fn parse(source: &str) -> Vec<Stmt> {
    match parse_module(source) {
        Ok(module) => module.body,
        Err(e) => panic!("{source:?}: {e} ({}) at {:?}", e.label, e.span),
    }
}

#[allow(dead_code)]
fn error(source: &str) -> SyntaxError {
    match parse_module(source) {
        Ok(m) => panic!("{source:?} parsed: {:?}", m.body),
        Err(e) => e,
    }
}

#[test]
fn smoke() {
    let body = parse("x = 1\nprint(x + 2)\n");
    assert_eq!(body.len(), 2);
}
