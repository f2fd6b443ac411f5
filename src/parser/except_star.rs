//! The parser's checks of `except*` clauses (PEP 654): the clauses of one `try` are all
//! `except` or all `except*`, and `except*` names its exception types. What may appear
//! inside an `except*` block (no break/continue/return) is the compiler's check.

use crate::ast::{ExceptHandler, Span};
use crate::syntax_error::SyntaxError;

/// The first clause whose kind differs from the first one's is an error, pointing at its
/// `except` (or `except*`).
pub fn check_except_kinds(handlers: &[ExceptHandler]) -> Result<(), SyntaxError> {
    let Some(first) = handlers.first() else {
        return Ok(());
    };
    match handlers.iter().find(|h| h.is_star != first.is_star) {
        Some(h) => {
            let len = if h.is_star { 7 } else { 6 };
            Err(SyntaxError::syntax(
                "cannot have both 'except' and 'except*' on the same 'try'",
                Span::new(h.span.start as usize, h.span.start as usize + len),
            ))
        }
        None => Ok(()),
    }
}

/// `except*:` with no type.
#[cold]
pub fn missing_except_star_type(colon: usize, end: usize) -> SyntaxError {
    SyntaxError::syntax(
        "expected one or more exception types",
        Span::new(colon, end),
    )
}
