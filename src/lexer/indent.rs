//! The indentation wrapper around the logos lexer: decides which newlines are
//! significant, measures indentation (CPython's tab rules), emits `Indent`/`Dedent`, and
//! tracks brackets. It reports the lexical errors CPython reports at this stage (tabs,
//! dedents, missing blocks, unclosed brackets); it does not know the grammar otherwise.

use super::token::Token;
use super::{LexError, Spanned};
use crate::ast::Span;
use crate::syntax_error::{SyntaxError, SyntaxErrorKind};
use logos::Logos;
use std::collections::VecDeque;

/// Indentation of one line, measured with tab size 8 and tab size 1: CPython rejects
/// indentation whose ordering differs between the two.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Column {
    tab8: usize,
    tab1: usize,
}

/// A token stream for lalrpop, with significant newlines and indentation.
pub struct Lexer<'a> {
    source: &'a str,
    base: usize,
    raw: logos::Lexer<'a, Token>,
    pending: VecDeque<Spanned>,
    indents: Vec<Column>,
    brackets: Vec<(u8, usize)>,
    at_line_start: bool,
    /// Within an f-string field: act as if inside brackets, no indentation at all.
    implicit_brackets: bool,
    last_was_newline: bool,
    emitted_any: bool,
    /// The block header keyword of the current logical line, and where it is.
    header: Option<(&'static str, usize)>,
    line_first_token: bool,
    last_was_colon: bool,
    /// Set after a `header:` line: the next line must be indented.
    expect_block: Option<(&'static str, usize)>,
    done: bool,
    /// Index in `pending` of a line-leading `match` name whose role is undecided until
    /// the logical line ends: tokens are held back until then.
    soft_keyword: Option<usize>,
    /// A `match` header was just read: the next indented block holds its cases.
    match_header: bool,
    /// Indentation depths (`indents.len()`) of the open match blocks, where a
    /// line-leading `case` is the soft keyword.
    match_blocks: Vec<usize>,
    /// (byte offset, line at that offset) of the last `line_of` answer.
    line_cache: std::cell::Cell<(usize, usize)>,
    /// The last token pushed was `with`.
    after_with: bool,
    /// A `(` right after `with`, held back in `pending` until its role is known.
    with_paren: Option<WithParen>,
}

/// The parentheses after `with` whose role is undecided: `open` and `close` index
/// `pending`, `depth` is the bracket depth inside them.
#[derive(Clone, Copy, Debug)]
struct WithParen {
    open: usize,
    depth: usize,
    close: Option<usize>,
}

impl<'a> Lexer<'a> {
    /// Lexes a whole module.
    pub fn new(source: &'a str) -> Lexer<'a> {
        Lexer::with_base(source, 0, false)
    }

    /// Lexes `source` that starts at absolute offset `base` of the original text;
    /// `implicit_brackets` lexes it as if wrapped in parentheses (f-string fields).
    pub fn with_base(source: &'a str, base: usize, implicit_brackets: bool) -> Lexer<'a> {
        Lexer {
            source,
            base,
            raw: Token::lexer_with_extras(source, base),
            pending: VecDeque::new(),
            indents: vec![Column { tab8: 0, tab1: 0 }],
            brackets: Vec::new(),
            at_line_start: !implicit_brackets,
            implicit_brackets,
            last_was_newline: true,
            emitted_any: false,
            header: None,
            line_first_token: true,
            last_was_colon: false,
            expect_block: None,
            done: false,
            soft_keyword: None,
            match_header: false,
            match_blocks: Vec::new(),
            line_cache: std::cell::Cell::new((0, 1)),
            after_with: false,
            with_paren: None,
        }
    }

    /// 1-based line of a byte offset. Offsets asked for only grow, so the count of
    /// newlines is carried forward instead of rescanned from the start (that was
    /// quadratic in the file size).
    fn line_of(&self, local: usize) -> usize {
        let local = local.min(self.source.len());
        let (mut pos, mut line) = self.line_cache.get();
        if local < pos {
            pos = 0;
            line = 1;
        }
        line += self.source.as_bytes()[pos..local]
            .iter()
            .filter(|&&b| b == b'\n')
            .count();
        self.line_cache.set((local, line));
        line
    }

    fn span(&self, start: usize, end: usize) -> Span {
        Span::new(self.base + start, self.base + end)
    }

    /// End of input: close the last line and every open block.
    fn finish(&mut self) -> Result<(), SyntaxError> {
        self.done = true;
        self.resolve_soft_keyword();
        // An unfinished `with (...`: the parser reports it as it stands.
        self.with_paren = None;
        let end = self.source.len();
        if !self.implicit_brackets {
            if let Some(&(open, at)) = self.brackets.last() {
                return Err(SyntaxError::syntax(
                    format!("'{}' was never closed", open as char),
                    self.span(at, at + 1),
                )
                .incomplete());
            }
        }
        if let Some((what, line)) = self.expect_block {
            return Err(missing_block(what, line, self.span(end, end)).incomplete());
        }
        if !self.implicit_brackets && self.emitted_any && !self.last_was_newline {
            self.pending
                .push_back((self.base + end, Token::Newline, self.base + end));
        }
        while self.indents.len() > 1 {
            self.indents.pop();
            self.pending
                .push_back((self.base + end, Token::Dedent, self.base + end));
        }
        Ok(())
    }

    /// The first token of a line at bracket depth 0: compare its indentation with the
    /// open blocks.
    fn measure_indent(&mut self, token_start: usize) -> Result<(), SyntaxError> {
        let bytes = self.source.as_bytes();
        let mut line_start = token_start;
        while line_start > 0 && !matches!(bytes[line_start - 1], b'\n' | b'\r') {
            line_start -= 1;
        }
        let mut column = Column { tab8: 0, tab1: 0 };
        for &b in &bytes[line_start..token_start] {
            match b {
                b'\t' => {
                    column.tab8 = (column.tab8 / 8 + 1) * 8;
                    column.tab1 += 1;
                }
                b'\x0c' => column = Column { tab8: 0, tab1: 0 },
                _ => {
                    column.tab8 += 1;
                    column.tab1 += 1;
                }
            }
        }
        let top = *self.indents.last().unwrap_or(&Column { tab8: 0, tab1: 0 });
        let tab_error = || {
            SyntaxError::new(
                SyntaxErrorKind::TabError,
                "inconsistent use of tabs and spaces in indentation",
                Span::new(self.base + line_start, self.base + token_start),
            )
        };
        if column.tab8 == top.tab8 {
            if column.tab1 != top.tab1 {
                return Err(tab_error());
            }
        } else if column.tab8 > top.tab8 {
            if column.tab1 <= top.tab1 {
                return Err(tab_error());
            }
            self.indents.push(column);
            if std::mem::take(&mut self.match_header) {
                self.match_blocks.push(self.indents.len());
            }
            self.pending.push_back((
                self.base + line_start,
                Token::Indent,
                self.base + token_start,
            ));
        } else {
            while self.indents.len() > 1 && column.tab8 < self.indents[self.indents.len() - 1].tab8
            {
                self.indents.pop();
                self.pending.push_back((
                    self.base + line_start,
                    Token::Dedent,
                    self.base + line_start,
                ));
            }
            let depth = self.indents.len();
            self.match_blocks.retain(|&d| d <= depth);
            let top = self.indents[self.indents.len() - 1];
            if column.tab8 != top.tab8 {
                return Err(SyntaxError::new(
                    SyntaxErrorKind::IndentationError,
                    "unindent does not match any outer indentation level",
                    Span::new(self.base + line_start, self.base + token_start),
                ));
            }
            if column.tab1 != top.tab1 {
                return Err(tab_error());
            }
        }
        if let Some((what, line)) = self.expect_block.take() {
            let indented = matches!(self.pending.back(), Some((_, Token::Indent, _)));
            if !indented {
                return Err(missing_block(
                    what,
                    line,
                    self.span(token_start, token_start),
                ));
            }
        }
        Ok(())
    }

    fn track_bracket(&mut self, token: &Token, start: usize) -> Result<(), SyntaxError> {
        let close = match token {
            Token::Lpar | Token::Lsqb | Token::Lbrace => {
                let open = match token {
                    Token::Lpar => b'(',
                    Token::Lsqb => b'[',
                    _ => b'{',
                };
                // CPython's tokenizer limit; it also bounds the parser's and compiler's
                // recursion over nested displays.
                if self.brackets.len() >= 200 {
                    return Err(SyntaxError::syntax(
                        "too many nested parentheses",
                        self.span(start, start + 1),
                    ));
                }
                self.brackets.push((open, start));
                return Ok(());
            }
            Token::Rpar => b')',
            Token::Rsqb => b']',
            Token::Rbrace => b'}',
            _ => return Ok(()),
        };
        let span = self.span(start, start + 1);
        match self.brackets.pop() {
            None => Err(SyntaxError::syntax(
                format!("unmatched '{}'", close as char),
                span,
            )),
            Some((open, _)) if matching(open) != close => Err(SyntaxError::syntax(
                format!(
                    "closing parenthesis '{}' does not match opening parenthesis '{}'",
                    close as char, open as char
                ),
                span,
            )),
            Some(_) => Ok(()),
        }
    }

    /// Records the block-header keyword of the logical line (for missing-block errors).
    fn track_header(&mut self, token: &Token, start: usize) {
        if self.line_first_token || matches!(self.header, Some(("async", _))) {
            self.header = header_name(token).map(|name| (name, self.line_of(start)));
        }
        self.line_first_token = false;
    }

    fn step(&mut self) -> Result<(), SyntaxError> {
        let Some(next) = self.raw.next() else {
            return self.finish();
        };
        let local = self.raw.span();
        let token = match next {
            Ok(token) => token,
            Err(error) => return Err(self.lex_error(error, local.start, local.end)),
        };
        if token == Token::Newline {
            if !self.brackets.is_empty() || self.at_line_start || self.implicit_brackets {
                return Ok(());
            }
            self.at_line_start = true;
            self.line_first_token = true;
            self.resolve_soft_keyword();
            if self.last_was_colon {
                if let Some((name, line)) = self.header {
                    if name != "async" {
                        self.expect_block = Some((name, line));
                    }
                }
            }
            self.header = None;
            self.last_was_colon = false;
            self.push(local.start, token, local.end);
            return Ok(());
        }
        if self.at_line_start {
            self.at_line_start = false;
            self.measure_indent(local.start)?;
        }
        self.track_bracket(&token, local.start)?;
        let line_start = self.line_first_token && !self.implicit_brackets;
        let soft_keyword = line_start
            && self.brackets.is_empty()
            && matches!(&token, Token::Name(n) if &**n == "match");
        // Inside a match block every statement is a case block.
        let token = match token {
            Token::Name(n)
                if line_start
                    && &*n == "case"
                    && self.match_blocks.last() == Some(&self.indents.len()) =>
            {
                Token::Case
            }
            other => other,
        };
        if self.brackets.is_empty()
            || token == Token::Lpar
            || token == Token::Lsqb
            || token == Token::Lbrace
        {
            self.track_header(&token, local.start);
        }
        self.last_was_colon = token == Token::Colon && self.brackets.is_empty();
        self.push(local.start, token, local.end);
        if soft_keyword {
            self.soft_keyword = Some(self.pending.len() - 1);
        }
        Ok(())
    }

    /// At the end of a logical line that began with the name `match`: the name is the
    /// soft keyword when the line is a block header (ends with a colon), as no other
    /// statement starting with a name can end with one; otherwise it stays a name
    /// (`match = 1`, `match(x)`, `match.attr: int = 3`).
    fn resolve_soft_keyword(&mut self) {
        let Some(i) = self.soft_keyword.take() else {
            return;
        };
        // No subject starts with these: `match: int`, `match.x`, `match = ...` stay names
        // (and their errors are CPython's for an expression statement).
        let subject_start = self.pending.get(i + 1).map(|(_, t, _)| t);
        if !self.last_was_colon
            || matches!(
                subject_start,
                Some(Token::Colon | Token::Dot | Token::Equal)
            )
        {
            return;
        }
        let Some((start, token, _)) = self.pending.get_mut(i) else {
            return;
        };
        *token = Token::Match;
        let at = *start - self.base;
        self.header = Some(("'match' statement", self.line_of(at)));
        self.match_header = true;
    }

    fn push(&mut self, start: usize, token: Token, end: usize) {
        self.last_was_newline = token == Token::Newline;
        self.emitted_any = true;
        let follows_with = std::mem::replace(&mut self.after_with, token == Token::With);
        self.pending
            .push_back((self.base + start, token, self.base + end));
        self.track_with_paren(follows_with);
    }

    /// Holds back the tokens from a `(` right after `with` to the one after its matching
    /// `)`, then marks the pair as [`Token::WithLpar`]/[`Token::WithRpar`] when CPython's
    /// first alternative, `'with' '(' ','.with_item+ ','? ')' ':'`, would match: `with
    /// (a, b):` is two items, `with (a, b) as c:`, `with (yield x):` and `with (x for x in
    /// y):` are one parenthesized expression. An LR(1) grammar cannot tell them apart at
    /// the `)`, the token stream can.
    fn track_with_paren(&mut self, follows_with: bool) {
        let last = self.pending.len() - 1;
        match self.with_paren {
            None => {
                if follows_with && self.pending[last].1 == Token::Lpar {
                    self.with_paren = Some(WithParen {
                        open: last,
                        depth: self.brackets.len(),
                        close: None,
                    });
                }
            }
            Some(WithParen {
                close: None, depth, ..
            }) => {
                if self.brackets.len() < depth {
                    if let Some(paren) = &mut self.with_paren {
                        paren.close = Some(last);
                    }
                }
            }
            Some(WithParen {
                open,
                close: Some(close),
                ..
            }) => {
                self.with_paren = None;
                let items = self.pending.range(open + 1..close).map(|(_, t, _)| t);
                if self.pending[last].1 == Token::Colon && is_with_item_list(items) {
                    self.pending[open].1 = Token::WithLpar;
                    self.pending[close].1 = Token::WithRpar;
                }
            }
        }
    }

    #[cold]
    fn lex_error(&self, error: LexError, start: usize, end: usize) -> SyntaxError {
        let (start, end) = error.span.unwrap_or((self.base + start, self.base + end));
        let span = Span::new(start, end);
        if !error.message.is_empty() {
            // CPython's tokenizer points at where the bad token starts, one column wide.
            let span = match error.span {
                Some(_) => span,
                None => Span::new(start, start + 1),
            };
            let mut result = SyntaxError::syntax(error.message, span);
            result.incomplete = error.incomplete;
            return result;
        }
        let text = self.source.get(start - self.base..).unwrap_or("");
        match text.chars().next() {
            Some(c) if !c.is_ascii() => SyntaxError::syntax(
                format!("invalid character '{c}' (U+{:04X})", c as u32),
                Span::new(start, start + c.len_utf8()),
            ),
            Some(c) => {
                SyntaxError::syntax("invalid syntax", Span::new(start, start + c.len_utf8()))
                    .with_label(format!("unexpected `{c}`"))
            }
            None => SyntaxError::syntax("invalid syntax", span),
        }
    }
}

impl Iterator for Lexer<'_> {
    type Item = Result<Spanned, SyntaxError>;

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            if self.soft_keyword.is_none() && self.with_paren.is_none() {
                if let Some(token) = self.pending.pop_front() {
                    return Some(Ok(token));
                }
            }
            if self.done {
                return None;
            }
            if let Err(error) = self.step() {
                self.done = true;
                self.pending.clear();
                self.soft_keyword = None;
                self.with_paren = None;
                return Some(Err(error));
            }
        }
    }
}

/// Whether the tokens between `with (` and `)` split at their top-level commas into one
/// or more `expression ['as' target]` items with an optional trailing comma: no piece
/// empty, starred or a `yield`, no top-level comprehension `for` or `:=` (those are
/// CPython's parenthesized expressions, not item lists).
fn is_with_item_list<'t>(tokens: impl Iterator<Item = &'t Token>) -> bool {
    let mut depth = 0usize;
    let mut piece_start = true;
    let mut pieces = 0usize;
    for token in tokens {
        match token {
            Token::Lpar | Token::Lsqb | Token::Lbrace => depth += 1,
            Token::Rpar | Token::Rsqb | Token::Rbrace => depth = depth.saturating_sub(1),
            _ if depth > 0 => {}
            Token::Comma if piece_start => return false,
            Token::Comma => {
                piece_start = true;
                continue;
            }
            Token::Star | Token::DoubleStar | Token::Yield if piece_start => return false,
            Token::For | Token::ColonEqual => return false,
            _ => {}
        }
        if piece_start {
            pieces += 1;
            piece_start = false;
        }
    }
    pieces > 0
}

fn matching(open: u8) -> u8 {
    match open {
        b'(' => b')',
        b'[' => b']',
        _ => b'}',
    }
}

fn header_name(token: &Token) -> Option<&'static str> {
    Some(match token {
        Token::If => "'if' statement",
        Token::Elif => "'elif' statement",
        Token::Else => "'else' statement",
        Token::While => "'while' statement",
        Token::For => "'for' statement",
        Token::With => "'with' statement",
        Token::Try => "'try' statement",
        Token::Except => "'except' statement",
        Token::Finally => "'finally' statement",
        Token::Def => "function definition",
        Token::Class => "class definition",
        Token::Async => "async",
        Token::Case => "'case' statement",
        _ => return None,
    })
}

#[cold]
fn missing_block(what: &str, line: usize, span: Span) -> SyntaxError {
    SyntaxError::new(
        SyntaxErrorKind::IndentationError,
        format!("expected an indented block after {what} on line {line}"),
        span,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(source: &str) -> Vec<Token> {
        Lexer::new(source)
            .map(|t| t.map(|(_, t, _)| t))
            .collect::<Result<_, _>>()
            .unwrap()
    }

    fn name(n: &str) -> Token {
        Token::Name(n.into())
    }

    #[test]
    fn indentation_blocks() {
        use Token::*;
        let source = "if a:\n\n    # comment\n    b\n    if c:\n        d\ne\n";
        assert_eq!(
            kinds(source),
            vec![
                If,
                name("a"),
                Colon,
                Newline,
                Indent,
                name("b"),
                Newline,
                If,
                name("c"),
                Colon,
                Newline,
                Indent,
                name("d"),
                Newline,
                Dedent,
                Dedent,
                name("e"),
                Newline
            ]
        );
    }

    #[test]
    fn eof_closes_blocks_and_brackets_ignore_newlines() {
        use Token::*;
        assert_eq!(
            kinds("def f(a,\n   b):\n  x = \\\n 1"),
            vec![
                Def,
                name("f"),
                Lpar,
                name("a"),
                Comma,
                name("b"),
                Rpar,
                Colon,
                Newline,
                Indent,
                name("x"),
                Equal,
                Number(crate::ast::Constant::Int(1)),
                Newline,
                Dedent
            ]
        );
        assert_eq!(kinds(""), vec![]);
        assert_eq!(kinds("\n\n# only comment\n"), vec![]);
    }

    #[test]
    fn dedent_is_zero_width_at_line_start() {
        let tokens: Vec<Spanned> = Lexer::new("if a:\n  b\nc\n")
            .collect::<Result<_, _>>()
            .unwrap();
        let dedent = tokens.iter().find(|t| t.1 == Token::Dedent).unwrap();
        assert_eq!((dedent.0, dedent.2), (10, 10));
    }

    #[test]
    fn match_and_case_are_keywords_only_as_statement_heads() {
        let heads = |source: &str| {
            kinds(source)
                .into_iter()
                .filter(|t| {
                    matches!(t, Token::Match | Token::Case)
                        || *t == name("match")
                        || *t == name("case")
                })
                .collect::<Vec<_>>()
        };
        assert_eq!(
            heads("match x:\n    case [a]: pass\n    case _:\n        case = 1\n"),
            vec![Token::Match, Token::Case, Token::Case, name("case")]
        );
        assert_eq!(
            heads("match = 1\nmatch(x)\nmatch.a: int = 2\n"),
            vec![name("match"); 3]
        );
        assert_eq!(
            heads("case = 1\nif x:\n    case(1)\n"),
            vec![name("case"); 2]
        );
        assert_eq!(
            heads("match (a,\n       b):\n    case 1:\n        match x:\n            case 2: pass\n    case 3: pass\n"),
            vec![Token::Match, Token::Case, Token::Match, Token::Case, Token::Case]
        );
    }

    #[test]
    fn tabs_consistent_with_spaces_pass() {
        assert!(Lexer::new("if a:\n\tb\n\tc\n").all(|t| t.is_ok()));
        assert!(Lexer::new("if a:\n        b\n\tc\n").any(|t| t.is_err()));
    }
}
