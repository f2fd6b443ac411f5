//! The lexer: logos raw tokens (`token.rs`), literal decoding (`literals.rs`,
//! `fstring.rs`) and the indentation wrapper (`indent.rs`) that turns physical lines into
//! the `Newline`/`Indent`/`Dedent` stream the parser consumes. It knows nothing of the
//! grammar beyond bracket nesting and block headers (for CPython's error messages).

pub mod fstring;
pub mod indent;
pub mod literals;
pub mod token;

pub use fstring::{FStringField, FStringPiece};
pub use indent::Lexer;
pub use literals::StringLit;
pub use token::Token;

use crate::syntax_error::SyntaxError;

/// A token with its absolute byte range.
pub type Spanned = (usize, Token, usize);

/// The error a logos callback reports; the wrapper turns it into a [`SyntaxError`].
/// An empty message means "logos found no token here".
#[derive(Clone, Debug, PartialEq, Default)]
pub struct LexError {
    pub message: String,
    /// Absolute span, when the callback knows better than the token span.
    pub span: Option<(usize, usize)>,
    pub incomplete: bool,
}

impl LexError {
    #[cold]
    pub fn msg(message: impl Into<String>) -> LexError {
        LexError {
            message: message.into(),
            span: None,
            incomplete: false,
        }
    }
}

/// Lexes a whole module into tokens (used by tests and tools; the parser pulls from
/// [`Lexer`] directly).
pub fn tokenize(source: &str) -> Result<Vec<Spanned>, SyntaxError> {
    Lexer::new(source).collect()
}
