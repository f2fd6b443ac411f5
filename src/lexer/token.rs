//! The raw token enum, matched by logos. It is only the vocabulary of Python's tokens:
//! indentation (`Indent`/`Dedent`) and the significance of newlines are decided later by
//! the wrapper in `indent.rs`, and literal bodies are decoded by `literals.rs`.

use super::literals::{lex_number, lex_string, StringLit};
use super::LexError;
use crate::ast::Constant;
use logos::Logos;
use std::fmt;
use std::rc::Rc;

/// The extras every callback sees: the absolute offset of the lexed text in the
/// original source, so f-string pieces and errors carry absolute spans.
pub type BaseOffset = usize;

#[derive(Logos, Clone, Debug, PartialEq)]
#[logos(error = LexError)]
#[logos(extras = BaseOffset)]
#[logos(skip r"[ \t\x0C]+")]
#[logos(skip r"#[^\r\n]*")]
#[logos(skip r"\\(\r\n|\n|\r)")]
pub enum Token {
    #[regex(r"\r\n|\n|\r")]
    Newline,
    /// Produced by the indentation wrapper, never by logos.
    Indent,
    /// Produced by the indentation wrapper, never by logos.
    Dedent,
    /// The soft keyword `match` opening a match statement: the indentation wrapper turns
    /// a line-leading `match` name into it when the logical line is a block header.
    Match,
    /// The soft keyword `case` opening a case block (decided as for [`Token::Match`]).
    Case,
    /// The `(` right after `with` when it opens a parenthesized list of with-items
    /// (`with (open(a) as f, open(b) as g):`): decided by the indentation wrapper once
    /// the matching `)` and the token after it are read.
    WithLpar,
    /// The `)` closing a [`Token::WithLpar`].
    WithRpar,

    #[regex(r"[\p{XID_Start}_][\p{XID_Continue}]*", |lex| Rc::<str>::from(lex.slice()))]
    Name(Rc<str>),

    #[regex(r"[0-9][0-9_]*", lex_number)]
    #[regex(r"0[xXoObB][0-9a-fA-F_]*", lex_number)]
    #[regex(
        r"[0-9][0-9_]*\.([0-9][0-9_]*)?([eE][+-]?[0-9][0-9_]*)?[jJ]?",
        lex_number
    )]
    #[regex(r"\.[0-9][0-9_]*([eE][+-]?[0-9][0-9_]*)?[jJ]?", lex_number)]
    #[regex(r"[0-9][0-9_]*[eE][+-]?[0-9][0-9_]*[jJ]?", lex_number)]
    #[regex(r"[0-9][0-9_]*[jJ]", lex_number)]
    Number(Constant),

    #[regex(r#"([rRbBuUfF]|[bB][rR]|[rR][bB]|[fF][rR]|[rR][fF])?['"]"#, lex_string)]
    String(Rc<StringLit>),

    // Keywords.
    #[token("False")]
    False,
    #[token("None")]
    None,
    #[token("True")]
    True,
    #[token("and")]
    And,
    #[token("as")]
    As,
    #[token("assert")]
    Assert,
    #[token("async")]
    Async,
    #[token("await")]
    Await,
    #[token("break")]
    Break,
    #[token("class")]
    Class,
    #[token("continue")]
    Continue,
    #[token("def")]
    Def,
    #[token("del")]
    Del,
    #[token("elif")]
    Elif,
    #[token("else")]
    Else,
    #[token("except")]
    Except,
    #[token("finally")]
    Finally,
    #[token("for")]
    For,
    #[token("from")]
    From,
    #[token("global")]
    Global,
    #[token("if")]
    If,
    #[token("import")]
    Import,
    #[token("in")]
    In,
    #[token("is")]
    Is,
    #[token("lambda")]
    Lambda,
    #[token("nonlocal")]
    Nonlocal,
    #[token("not")]
    Not,
    #[token("or")]
    Or,
    #[token("pass")]
    Pass,
    #[token("raise")]
    Raise,
    #[token("return")]
    Return,
    #[token("try")]
    Try,
    #[token("while")]
    While,
    #[token("with")]
    With,
    #[token("yield")]
    Yield,

    // Operators and delimiters.
    #[token("+")]
    Plus,
    #[token("-")]
    Minus,
    #[token("*")]
    Star,
    #[token("**")]
    DoubleStar,
    #[token("/")]
    Slash,
    #[token("//")]
    DoubleSlash,
    #[token("%")]
    Percent,
    #[token("@")]
    At,
    #[token("<<")]
    LeftShift,
    #[token(">>")]
    RightShift,
    #[token("&")]
    Amper,
    #[token("|")]
    Vbar,
    #[token("^")]
    Circumflex,
    #[token("~")]
    Tilde,
    #[token(":=")]
    ColonEqual,
    #[token("<")]
    Less,
    #[token(">")]
    Greater,
    #[token("<=")]
    LessEqual,
    #[token(">=")]
    GreaterEqual,
    #[token("==")]
    EqEqual,
    #[token("!=")]
    NotEqual,
    #[token("(")]
    Lpar,
    #[token(")")]
    Rpar,
    #[token("[")]
    Lsqb,
    #[token("]")]
    Rsqb,
    #[token("{")]
    Lbrace,
    #[token("}")]
    Rbrace,
    #[token(",")]
    Comma,
    #[token(":")]
    Colon,
    #[token(".")]
    Dot,
    #[token("...")]
    Ellipsis,
    #[token(";")]
    Semi,
    #[token("=")]
    Equal,
    #[token("->")]
    Rarrow,
    #[token("+=")]
    PlusEqual,
    #[token("-=")]
    MinusEqual,
    #[token("*=")]
    StarEqual,
    #[token("/=")]
    SlashEqual,
    #[token("//=")]
    DoubleSlashEqual,
    #[token("%=")]
    PercentEqual,
    #[token("@=")]
    AtEqual,
    #[token("&=")]
    AmperEqual,
    #[token("|=")]
    VbarEqual,
    #[token("^=")]
    CircumflexEqual,
    #[token("<<=")]
    LeftShiftEqual,
    #[token(">>=")]
    RightShiftEqual,
    #[token("**=")]
    DoubleStarEqual,
}

impl fmt::Display for Token {
    /// How the token is named in "unexpected ..." labels.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Token::Newline => write!(f, "newline"),
            Token::Indent => write!(f, "indent"),
            Token::Dedent => write!(f, "dedent"),
            Token::Name(name) => write!(f, "name `{name}`"),
            Token::Number(_) => write!(f, "number"),
            Token::String(_) => write!(f, "string"),
            other => write!(f, "`{}`", other.text().unwrap_or("?")),
        }
    }
}

impl Token {
    /// The fixed spelling of keyword and operator tokens.
    pub fn text(&self) -> Option<&'static str> {
        use Token::*;
        Some(match self {
            False => "False",
            None => "None",
            True => "True",
            And => "and",
            As => "as",
            Assert => "assert",
            Async => "async",
            Await => "await",
            Break => "break",
            Class => "class",
            Continue => "continue",
            Def => "def",
            Del => "del",
            Elif => "elif",
            Else => "else",
            Except => "except",
            Finally => "finally",
            For => "for",
            From => "from",
            Global => "global",
            If => "if",
            Import => "import",
            In => "in",
            Is => "is",
            Lambda => "lambda",
            Nonlocal => "nonlocal",
            Not => "not",
            Or => "or",
            Pass => "pass",
            Raise => "raise",
            Return => "return",
            Try => "try",
            While => "while",
            With => "with",
            Yield => "yield",
            Match => "match",
            Case => "case",
            Plus => "+",
            Minus => "-",
            Star => "*",
            DoubleStar => "**",
            Slash => "/",
            DoubleSlash => "//",
            Percent => "%",
            At => "@",
            LeftShift => "<<",
            RightShift => ">>",
            Amper => "&",
            Vbar => "|",
            Circumflex => "^",
            Tilde => "~",
            ColonEqual => ":=",
            Less => "<",
            Greater => ">",
            LessEqual => "<=",
            GreaterEqual => ">=",
            EqEqual => "==",
            NotEqual => "!=",
            Lpar | WithLpar => "(",
            Rpar | WithRpar => ")",
            Lsqb => "[",
            Rsqb => "]",
            Lbrace => "{",
            Rbrace => "}",
            Comma => ",",
            Colon => ":",
            Dot => ".",
            Ellipsis => "...",
            Semi => ";",
            Equal => "=",
            Rarrow => "->",
            PlusEqual => "+=",
            MinusEqual => "-=",
            StarEqual => "*=",
            SlashEqual => "/=",
            DoubleSlashEqual => "//=",
            PercentEqual => "%=",
            AtEqual => "@=",
            AmperEqual => "&=",
            VbarEqual => "|=",
            CircumflexEqual => "^=",
            LeftShiftEqual => "<<=",
            RightShiftEqual => ">>=",
            DoubleStarEqual => "**=",
            Newline | Indent | Dedent | Name(_) | Number(_) | String(_) => return Option::None,
        })
    }
}
