//! The parser: runs the lalrpop grammar (grammar/python.lalrpop) over the lexer's token
//! stream and returns the AST. This module is the public API and the glue; node
//! construction checks live in `build.rs`, string concatenation and f-strings in
//! `strings.rs`, error conversion in `error.rs`. It does no semantic analysis (scopes,
//! `await` placement): the compiler does.

pub mod build;
mod error;
pub mod except_star;
mod hints;
pub mod patterns;
pub mod strings;

use crate::ast::{Expr, Module, Span};
use crate::lexer::Lexer;
use crate::syntax_error::{SyntaxError, SyntaxErrorKind};

lalrpop_util::lalrpop_mod!(
    #[allow(clippy::all, clippy::pedantic, unused, missing_docs)]
    python
);

/// Parses a whole module (a file, or one REPL input).
pub fn parse_module(source: &str) -> Result<Module, SyntaxError> {
    reject_null_bytes(source)?;
    let body = python::ModuleParser::new()
        .parse(Lexer::new(source))
        .map_err(|e| tokenizer_error_first(source, hints::refine(source, error::convert(e))))?;
    Ok(Module { body })
}

/// CPython reads the rest of the source when the parser fails, and an error of the
/// tokenizer found there (an unclosed bracket, an unterminated string) is reported
/// instead of the parser's: `x = (1,` followed by more lines says "'(' was never
/// closed", not "invalid syntax" on the next line.
/// A bracket left open at the end replaces the parser's error only when that error is on
/// a later line than the bracket (`def f(:` stays "invalid syntax").
#[cold]
fn tokenizer_error_first(source: &str, parse_error: SyntaxError) -> SyntaxError {
    if parse_error.kind != SyntaxErrorKind::SyntaxError {
        return parse_error; // "unexpected indent" is reported as it stands
    }
    let Err(lex_error) = crate::lexer::tokenize(source) else {
        return parse_error;
    };
    if lex_error.message.ends_with("was never closed") {
        let line_of = |at: u32| {
            source[..(at as usize).min(source.len())]
                .matches('\n')
                .count()
        };
        if line_of(parse_error.span.start) <= line_of(lex_error.span.start) {
            return parse_error;
        }
    }
    lex_error
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
