//! Adjacent string literal concatenation and f-string assembly: joins plain strings,
//! bytes, and f-string pieces into one `Constant` or `JoinedStr`, parsing each f-string
//! field's expression with the same grammar. Literal decoding itself is the lexer's job.

use super::parse_expression_at;
use crate::ast::{Constant, Expr, ExprKind, FStringPart, Span};
use crate::lexer::{FStringPiece, StringLit};
use crate::syntax_error::SyntaxError;
use std::rc::Rc;

/// Joins the adjacent literals `parts` (each with its span) spanning `l..r`.
pub fn concat_strings(
    parts: Vec<(usize, Rc<StringLit>, usize)>,
    l: usize,
    r: usize,
) -> Result<Expr, SyntaxError> {
    let span = Span::new(l, r);
    let bytes_count = parts
        .iter()
        .filter(|(_, s, _)| matches!(**s, StringLit::Bytes(_)))
        .count();
    if bytes_count != 0 && bytes_count != parts.len() {
        return Err(SyntaxError::syntax(
            "cannot mix bytes and nonbytes literals",
            span,
        ));
    }
    if bytes_count != 0 {
        let mut joined = Vec::new();
        for (_, literal, _) in &parts {
            if let StringLit::Bytes(b) = &**literal {
                joined.extend_from_slice(b);
            }
        }
        return Ok(constant(Constant::Bytes(Rc::from(joined)), span));
    }
    let has_fstring = parts
        .iter()
        .any(|(_, s, _)| matches!(**s, StringLit::FString(_)));
    if !has_fstring {
        let mut joined = String::new();
        for (_, literal, _) in &parts {
            if let StringLit::Str(s) = &**literal {
                joined.push_str(s);
            }
        }
        return Ok(constant(Constant::Str(Rc::from(joined)), span));
    }
    let mut builder = JoinedBuilder::default();
    for (_, literal, _) in &parts {
        match &**literal {
            StringLit::Str(s) => builder.literal(s),
            StringLit::FString(pieces) => builder.pieces(pieces)?,
            StringLit::Bytes(_) => {}
        }
    }
    Ok(Expr {
        span,
        kind: ExprKind::JoinedStr(builder.finish()),
    })
}

fn constant(value: Constant, span: Span) -> Expr {
    Expr {
        span,
        kind: ExprKind::Constant(value),
    }
}

/// Accumulates f-string parts, merging adjacent literal text.
#[derive(Default)]
struct JoinedBuilder {
    parts: Vec<FStringPart>,
    text: String,
}

impl JoinedBuilder {
    fn literal(&mut self, text: &str) {
        self.text.push_str(text);
    }

    fn pieces(&mut self, pieces: &[FStringPiece]) -> Result<(), SyntaxError> {
        for piece in pieces {
            match piece {
                FStringPiece::Literal(text) => self.literal(text),
                FStringPiece::Field(field) => {
                    self.flush();
                    let value = parse_expression_at(&field.expr, field.offset)?;
                    let format_spec = match &field.spec {
                        Some(spec) => {
                            let mut inner = JoinedBuilder::default();
                            inner.pieces(spec)?;
                            Some(inner.finish())
                        }
                        None => None,
                    };
                    self.parts.push(FStringPart::FormattedValue {
                        value: Box::new(value),
                        conversion: field.conversion,
                        format_spec,
                    });
                }
            }
        }
        Ok(())
    }

    fn flush(&mut self) {
        if !self.text.is_empty() {
            let text = std::mem::take(&mut self.text);
            self.parts.push(FStringPart::Literal(Rc::from(text)));
        }
    }

    fn finish(mut self) -> Vec<FStringPart> {
        self.flush();
        self.parts
    }
}
