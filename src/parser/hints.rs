//! CPython's specialised messages for common mistakes that the LALR grammar can only
//! call "invalid syntax": a Python 2 `print x` statement, two expressions with no comma
//! between them inside brackets, a dict item with no `:`, and `a if b` with no `else`. Each is recognised
//! from the tokens around the failing one, and the range CPython underlines is found by
//! re-parsing candidate slices as expressions. It is not a second grammar: anything it
//! does not recognise keeps the parser's "invalid syntax".

use crate::ast::Span;
use crate::lexer::{Spanned, Token};
use crate::syntax_error::{SyntaxError, SyntaxErrorKind};

/// The parser's generic error, replaced by CPython's specialised one where a hint applies.
#[cold]
pub fn refine(source: &str, error: SyntaxError) -> SyntaxError {
    if error.kind != SyntaxErrorKind::SyntaxError || error.message != "invalid syntax" {
        return error;
    }
    let Ok(tokens) = crate::lexer::tokenize(source) else {
        return error;
    };
    let Some(at) = tokens.iter().position(|t| t.0 == error.span.start as usize) else {
        return error;
    };
    let hints = Hints { source, tokens };
    hints
        .legacy_print(at)
        .or_else(|| hints.missing_dict_colon(at))
        .or_else(|| hints.missing_else(at))
        .or_else(|| hints.missing_comma(at))
        .unwrap_or(error)
}

struct Hints<'a> {
    source: &'a str,
    tokens: Vec<Spanned>,
}

impl Hints<'_> {
    /// Does the source between token `first`'s start and token `last`'s end parse as
    /// one expression (or a bare tuple of them)?
    fn parses(&self, first: usize, last: usize) -> bool {
        let text = &self.source[self.tokens[first].0..self.tokens[last].2];
        crate::parser::parse_expression(text).is_ok()
    }

    /// `print "x"`: the name `print` or `exec` directly before the failing token, which
    /// starts an expression running to the end of the statement.
    fn legacy_print(&self, at: usize) -> Option<SyntaxError> {
        let name = match &self.tokens.get(at.checked_sub(1)?)?.1 {
            Token::Name(n) if &**n == "print" || &**n == "exec" => n.clone(),
            _ => return None,
        };
        if at >= 2 && !ends_statement(&self.tokens[at - 2].1) {
            return None;
        }
        let stop = (at..self.tokens.len())
            .find(|&k| matches!(self.tokens[k].1, Token::Newline | Token::Semi))
            .unwrap_or(self.tokens.len());
        let last = (at..stop).rev().find(|&k| self.parses(at, k))?;
        Some(SyntaxError::syntax(
            format!("Missing parentheses in call to '{name}'. Did you mean {name}(...)?"),
            Span::new(self.tokens[at - 1].0, self.tokens[last].2),
        ))
    }

    /// `{1: 2, 3}`: in a dict display, an item after a comma ends with no `:`. CPython
    /// points at the key's last character.
    fn missing_dict_colon(&self, at: usize) -> Option<SyntaxError> {
        if !matches!(self.tokens[at].1, Token::Comma | Token::Rbrace) {
            return None;
        }
        let start = self.expression_start(at);
        if start < 2 || start >= at || self.tokens[start - 1].1 != Token::Comma {
            return None;
        }
        let open = self.opening_bracket(at)?;
        if self.tokens[open].1 != Token::Lbrace || !self.parses(start, at - 1) {
            return None;
        }
        let mut nested: usize = 0;
        let mut is_dict = false;
        for (_, token, _) in &self.tokens[open + 1..start] {
            match token {
                Token::Lpar | Token::WithLpar | Token::Lsqb | Token::Lbrace => nested += 1,
                Token::Rpar | Token::WithRpar | Token::Rsqb | Token::Rbrace => {
                    nested = nested.saturating_sub(1)
                }
                Token::Colon if nested == 0 => is_dict = true,
                _ => {}
            }
        }
        if !is_dict {
            return None;
        }
        let end = self.tokens[at - 1].2;
        let last = self.source[..end].chars().next_back()?.len_utf8();
        Some(SyntaxError::syntax(
            "':' expected after dictionary key",
            Span::new(end - last, end),
        ))
    }

    /// The innermost bracket still open before token `at`.
    fn opening_bracket(&self, at: usize) -> Option<usize> {
        let mut depth: usize = 0;
        for k in (0..at).rev() {
            match &self.tokens[k].1 {
                Token::Rpar | Token::WithRpar | Token::Rsqb | Token::Rbrace => depth += 1,
                Token::Lpar | Token::WithLpar | Token::Lsqb | Token::Lbrace if depth == 0 => {
                    return Some(k)
                }
                Token::Lpar | Token::WithLpar | Token::Lsqb | Token::Lbrace => depth -= 1,
                _ => {}
            }
        }
        None
    }

    /// `x = a if b` followed by something other than `else` or `:`.
    fn missing_else(&self, at: usize) -> Option<SyntaxError> {
        if matches!(self.tokens[at].1, Token::Else | Token::Colon) {
            return None;
        }
        let start = self.expression_start(at);
        let cond = (start..at)
            .rev()
            .find(|&k| self.tokens[k].1 == Token::If && self.depth(k) == self.depth(at))?;
        if cond == start || cond + 1 >= at || !self.parses(cond + 1, at - 1) {
            return None;
        }
        if !self.parses(start, cond - 1) {
            return None; // `[x for x in y if a b]`: a comprehension's condition
        }
        Some(SyntaxError::syntax(
            "expected 'else' after 'if' expression",
            Span::new(self.tokens[start].0, self.tokens[at - 1].2),
        ))
    }

    /// `f(a b)`: inside brackets, an expression ends right before the failing token and
    /// another starts at it.
    fn missing_comma(&self, at: usize) -> Option<SyntaxError> {
        if at == 0 || self.depth(at) == 0 {
            return None;
        }
        if !ends_expression(&self.tokens[at - 1].1) || !starts_expression(&self.tokens[at].1) {
            return None;
        }
        let start = self.expression_start(at);
        if self.tokens[start..at].iter().any(|t| t.1 == Token::For) {
            return None; // `[x for x in y z]`: CPython's rule does not look into comprehensions
        }
        let first = (start..at).find(|&k| self.parses(k, at - 1))?;
        if let (Token::Name(_), Some(Token::String(_))) = (
            &self.tokens[first].1,
            self.tokens.get(first + 1).map(|t| &t.1),
        ) {
            return None; // CPython leaves `name "text"` to its other rules
        }
        let stop = self.expression_stop(at);
        let last = (at..stop).rev().find(|&k| self.parses(at, k))?;
        Some(SyntaxError::syntax(
            "invalid syntax. Perhaps you forgot a comma?",
            Span::new(self.tokens[first].0, self.tokens[last].2),
        ))
    }

    /// Bracket nesting before token `at`.
    fn depth(&self, at: usize) -> usize {
        let mut depth: usize = 0;
        for (_, token, _) in &self.tokens[..at] {
            match token {
                Token::Lpar | Token::WithLpar | Token::Lsqb | Token::Lbrace => depth += 1,
                Token::Rpar | Token::WithRpar | Token::Rsqb | Token::Rbrace => {
                    depth = depth.saturating_sub(1)
                }
                _ => {}
            }
        }
        depth
    }

    /// The first token of the comma-separated item that token `at` is in: just after the
    /// nearest opening bracket, comma, `=`, `:` or statement start at `at`'s depth.
    fn expression_start(&self, at: usize) -> usize {
        let mut depth: usize = 0;
        for k in (0..at).rev() {
            match &self.tokens[k].1 {
                Token::Rpar | Token::WithRpar | Token::Rsqb | Token::Rbrace => depth += 1,
                Token::Lpar | Token::WithLpar | Token::Lsqb | Token::Lbrace if depth == 0 => {
                    return k + 1
                }
                Token::Lpar | Token::WithLpar | Token::Lsqb | Token::Lbrace => depth -= 1,
                t if depth == 0 && (is_separator(t) || ends_statement(t)) => return k + 1,
                _ => {}
            }
        }
        0
    }

    /// One past the last token of the item starting at `at`: the next comma, closing
    /// bracket or end of statement at `at`'s depth.
    fn expression_stop(&self, at: usize) -> usize {
        let mut depth: usize = 0;
        for k in at..self.tokens.len() {
            match &self.tokens[k].1 {
                Token::Lpar | Token::WithLpar | Token::Lsqb | Token::Lbrace => depth += 1,
                Token::Rpar | Token::WithRpar | Token::Rsqb | Token::Rbrace if depth == 0 => {
                    return k
                }
                Token::Rpar | Token::WithRpar | Token::Rsqb | Token::Rbrace => depth -= 1,
                t if depth == 0 && (is_separator(t) || ends_statement(t)) => return k,
                _ => {}
            }
        }
        self.tokens.len()
    }
}

fn is_separator(token: &Token) -> bool {
    matches!(token, Token::Comma | Token::Equal | Token::Colon)
}

fn ends_statement(token: &Token) -> bool {
    matches!(
        token,
        Token::Newline | Token::Semi | Token::Indent | Token::Dedent
    )
}

/// A name, literal or constant: a token that is a whole expression by itself.
fn is_atom(token: &Token) -> bool {
    matches!(
        token,
        Token::Name(_)
            | Token::Number(_)
            | Token::String(_)
            | Token::None
            | Token::True
            | Token::False
            | Token::Ellipsis
    )
}

fn ends_expression(token: &Token) -> bool {
    is_atom(token) || matches!(token, Token::Rpar | Token::Rsqb | Token::Rbrace)
}

fn starts_expression(token: &Token) -> bool {
    is_atom(token)
        || matches!(
            token,
            Token::Lpar
                | Token::Lsqb
                | Token::Lbrace
                | Token::Not
                | Token::Minus
                | Token::Lambda
                | Token::Await
        )
}

#[cfg(test)]
#[path = "hints_tests.rs"]
mod tests;
