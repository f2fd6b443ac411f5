//! The error every front-end stage (lexer, parser, compiler) reports: Python's
//! SyntaxError and its subclasses, with a span into the source so it can be shown as a
//! miette diagnostic. It is data plus rendering; it does not decide what is an error.

use crate::ast::Span;
use std::fmt;

/// Which Python exception class the error is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SyntaxErrorKind {
    SyntaxError,
    IndentationError,
    TabError,
}

impl SyntaxErrorKind {
    pub fn class_name(self) -> &'static str {
        match self {
            SyntaxErrorKind::SyntaxError => "SyntaxError",
            SyntaxErrorKind::IndentationError => "IndentationError",
            SyntaxErrorKind::TabError => "TabError",
        }
    }
}

/// A syntax error at a place in the source.
#[derive(Clone, Debug, PartialEq)]
pub struct SyntaxError {
    pub kind: SyntaxErrorKind,
    /// CPython's message where CPython has one: `invalid syntax`, `unexpected indent`,
    /// `'await' outside async function`, `unterminated string literal (detected at line 1)`.
    pub message: String,
    /// What the label under the offending token says ("unexpected `)`", ...).
    pub label: String,
    /// Where: byte offsets into the source.
    pub span: Span,
    /// A hint shown under the diagnostic: "expected one of ...".
    pub help: Option<String>,
    /// True when the input simply ended too early (an open bracket, a block header with
    /// no body, an unterminated triple-quoted string): the REPL keeps reading lines.
    pub incomplete: bool,
}

impl SyntaxError {
    #[cold]
    pub fn new(kind: SyntaxErrorKind, message: impl Into<String>, span: Span) -> SyntaxError {
        let message = message.into();
        SyntaxError {
            kind,
            label: message.clone(),
            message,
            span,
            help: None,
            incomplete: false,
        }
    }

    #[cold]
    pub fn syntax(message: impl Into<String>, span: Span) -> SyntaxError {
        SyntaxError::new(SyntaxErrorKind::SyntaxError, message, span)
    }

    pub fn with_label(mut self, label: impl Into<String>) -> SyntaxError {
        self.label = label.into();
        self
    }

    pub fn with_help(mut self, help: impl Into<String>) -> SyntaxError {
        self.help = Some(help.into());
        self
    }

    pub fn incomplete(mut self) -> SyntaxError {
        self.incomplete = true;
        self
    }
}

impl fmt::Display for SyntaxError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.kind.class_name(), self.message)
    }
}

impl std::error::Error for SyntaxError {}
