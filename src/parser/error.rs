//! Turns lalrpop's `ParseError` into a [`SyntaxError`]: CPython's "invalid syntax"
//! with a label at the unexpected token and a short "expected one of" help. It does not
//! produce the specialised messages (those come from the lexer and `build.rs`).

use crate::ast::Span;
use crate::lexer::Token;
use crate::syntax_error::{SyntaxError, SyntaxErrorKind};
use lalrpop_util::ParseError;

const MAX_EXPECTED: usize = 6;

#[cold]
pub fn convert(error: ParseError<usize, Token, SyntaxError>) -> SyntaxError {
    match error {
        ParseError::User { error } => error,
        ParseError::InvalidToken { location } => {
            SyntaxError::syntax("invalid syntax", Span::new(location, location))
        }
        ParseError::UnrecognizedEof { location, expected } => with_expected(
            SyntaxError::syntax("invalid syntax", Span::new(location, location))
                .with_label("unexpected end of input"),
            &expected,
        )
        .incomplete(),
        ParseError::UnrecognizedToken {
            token: (start, Token::Indent, end),
            ..
        } => SyntaxError::new(
            SyntaxErrorKind::IndentationError,
            "unexpected indent",
            Span::new(start, end.max(start + 1)),
        ),
        ParseError::UnrecognizedToken {
            token: (start, token, end),
            expected,
        } => with_expected(
            SyntaxError::syntax("invalid syntax", Span::new(start, end))
                .with_label(format!("unexpected {token}")),
            &expected,
        ),
        ParseError::ExtraToken {
            token: (start, token, end),
        } => SyntaxError::syntax("invalid syntax", Span::new(start, end))
            .with_label(format!("unexpected {token}")),
    }
}

fn with_expected(error: SyntaxError, expected: &[String]) -> SyntaxError {
    if expected.is_empty() {
        return error;
    }
    let mut names: Vec<String> = expected.iter().map(|e| readable(e)).collect();
    names.dedup();
    let more = names.len() > MAX_EXPECTED;
    names.truncate(MAX_EXPECTED);
    let mut help = format!("expected one of {}", names.join(", "));
    if more {
        help.push_str(", ...");
    }
    error.with_help(help)
}

/// lalrpop names terminals as written in the grammar: `"\"(\""` or `Name`.
fn readable(terminal: &str) -> String {
    match terminal {
        "Name" => "identifier".into(),
        "Number" => "number".into(),
        "String" => "string".into(),
        "Newline" => "newline".into(),
        "Indent" => "indent".into(),
        "Dedent" => "dedent".into(),
        quoted => format!("`{}`", quoted.trim_matches('"').replace("\\\"", "\"")),
    }
}
