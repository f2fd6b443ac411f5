//! The parser: runs the lalrpop grammar (grammar/python.lalrpop) over the lexer's token
//! stream and returns the AST. This module is the public API and the glue; node
//! construction checks live in `build.rs`, string concatenation and f-strings in
//! `strings.rs`, error conversion in `error.rs`. It does no semantic analysis (scopes,
//! `await` placement): the compiler does.

pub mod build;
mod error;
pub mod except_star;
pub mod patterns;
pub mod strings;

use crate::ast::{Expr, Module, Span};
use crate::lexer::Lexer;
use crate::syntax_error::SyntaxError;

lalrpop_util::lalrpop_mod!(
    #[allow(clippy::all, clippy::pedantic, unused, missing_docs)]
    python
);

/// Parses a whole module (a file, or one REPL input).
pub fn parse_module(source: &str) -> Result<Module, SyntaxError> {
    reject_null_bytes(source)?;
    let body = python::ModuleParser::new()
        .parse(Lexer::new(source))
        .map_err(error::convert)?;
    Ok(Module { body })
}

/// Parses a single expression (as `eval` does): newlines inside it are ignored.
pub fn parse_expression(source: &str) -> Result<Expr, SyntaxError> {
    reject_null_bytes(source)?;
    parse_expression_at(source, 0)
}

/// Parses `source`, an expression found at absolute byte `offset` of a larger text
/// (an f-string field), so spans point into the larger text.
pub fn parse_expression_at(source: &str, offset: usize) -> Result<Expr, SyntaxError> {
    python::ExpressionParser::new()
        .parse(Lexer::with_base(source, offset, true))
        .map_err(error::convert)
}

fn reject_null_bytes(source: &str) -> Result<(), SyntaxError> {
    match source.find('\0') {
        Some(at) => Err(SyntaxError::syntax(
            "source code cannot contain null bytes",
            Span::new(at, at + 1),
        )),
        None => Ok(()),
    }
}

#[cfg(test)]
mod tests;
