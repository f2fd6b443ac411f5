//! Splits the body of an f-string (3.11 rules) into literal text and `{...}` fields:
//! `{{`/`}}` escapes, `!r`/`!s`/`!a` conversions, format specs with nested fields, and
//! the `{x=}` debug form. It does not parse the field expressions: it hands their source
//! text and absolute offset to the parser, which parses them with the same grammar.

use super::literals::decode_str;
use super::LexError;
use crate::ast::Conversion;

/// One piece of an f-string body.
#[derive(Clone, Debug, PartialEq)]
pub enum FStringPiece {
    /// Decoded literal text.
    Literal(String),
    Field(FStringField),
}

/// A `{expr!conv:spec}` field, expression still unparsed.
#[derive(Clone, Debug, PartialEq)]
pub struct FStringField {
    /// The expression's source text, exactly as written.
    pub expr: String,
    /// Absolute byte offset of `expr` in the original source.
    pub offset: usize,
    pub conversion: Conversion,
    pub spec: Option<Vec<FStringPiece>>,
}

/// Splits `body` (the text between the quotes, starting at absolute `offset`).
pub fn split_fstring(body: &str, offset: usize, raw: bool) -> Result<Vec<FStringPiece>, LexError> {
    let mut splitter = Splitter {
        body,
        bytes: body.as_bytes(),
        offset,
        raw,
        pos: 0,
    };
    let parts = splitter.parts(false)?;
    Ok(parts)
}

struct Splitter<'a> {
    body: &'a str,
    bytes: &'a [u8],
    offset: usize,
    raw: bool,
    pos: usize,
}

impl Splitter<'_> {
    /// Literal text and fields up to the end of the body, or (in a spec) up to its `}`.
    fn parts(&mut self, in_spec: bool) -> Result<Vec<FStringPiece>, LexError> {
        let mut parts = Vec::new();
        let mut literal = String::new();
        let mut segment_start = self.pos;
        while self.pos < self.bytes.len() {
            match self.bytes[self.pos] {
                b'{' if !in_spec && self.bytes.get(self.pos + 1) == Some(&b'{') => {
                    self.flush(&mut literal, segment_start, self.pos)?;
                    literal.push('{');
                    self.pos += 2;
                    segment_start = self.pos;
                }
                b'{' => {
                    self.flush(&mut literal, segment_start, self.pos)?;
                    self.pos += 1;
                    self.field(&mut literal, &mut parts)?;
                    segment_start = self.pos;
                }
                b'}' if in_spec => break,
                b'}' if self.bytes.get(self.pos + 1) == Some(&b'}') => {
                    self.flush(&mut literal, segment_start, self.pos)?;
                    literal.push('}');
                    self.pos += 2;
                    segment_start = self.pos;
                }
                b'}' => return Err(self.error("f-string: single '}' is not allowed")),
                b'\\' if !self.raw => self.pos = self.escape_end(),
                _ => self.pos += 1,
            }
        }
        self.flush(&mut literal, segment_start, self.pos)?;
        if !literal.is_empty() {
            parts.push(FStringPiece::Literal(literal));
        }
        Ok(parts)
    }

    /// Past the escape at `pos`: `\\` is one, and so is `\N{NAME}`, whose braces are
    /// not a field; any other backslash is passed alone (`\{x}` keeps its field).
    fn escape_end(&self) -> usize {
        match self.bytes.get(self.pos + 1) {
            Some(b'\\') => self.pos + 2,
            Some(b'N') if self.bytes.get(self.pos + 2) == Some(&b'{') => self.bytes[self.pos + 3..]
                .iter()
                .position(|&b| b == b'}')
                .map_or(self.bytes.len(), |i| self.pos + 3 + i + 1),
            _ => self.pos + 1,
        }
    }

    fn flush(&self, literal: &mut String, start: usize, end: usize) -> Result<(), LexError> {
        if start < end {
            literal.push_str(&decode_str(&self.body[start..end], self.raw)?);
        }
        Ok(())
    }

    /// Parses a field after its `{`, appending the pending literal (plus any `x=` debug
    /// text) and the field itself to `parts`.
    fn field(
        &mut self,
        literal: &mut String,
        parts: &mut Vec<FStringPiece>,
    ) -> Result<(), LexError> {
        let expr_start = self.pos;
        let expr_end = self.expression_end()?;
        let expr = &self.body[expr_start..expr_end];
        if expr.trim().is_empty() {
            return Err(self.error("f-string: empty expression not allowed"));
        }
        self.pos = expr_end;
        let mut debug = false;
        if self.bytes.get(self.pos) == Some(&b'=') {
            debug = true;
            self.pos += 1;
            while matches!(self.bytes.get(self.pos), Some(b' ' | b'\t' | b'\n' | b'\r')) {
                self.pos += 1;
            }
            literal.push_str(&self.body[expr_start..self.pos]);
        }
        let mut conversion = Conversion::None;
        if self.bytes.get(self.pos) == Some(&b'!') {
            conversion = match self.bytes.get(self.pos + 1) {
                Some(b's') => Conversion::Str,
                Some(b'r') => Conversion::Repr,
                Some(b'a') => Conversion::Ascii,
                _ => {
                    return Err(self.error(
                        "f-string: invalid conversion character: expected 's', 'r', or 'a'",
                    ))
                }
            };
            self.pos += 2;
        }
        let mut spec = None;
        if self.bytes.get(self.pos) == Some(&b':') {
            self.pos += 1;
            spec = Some(self.parts(true)?);
        }
        if self.bytes.get(self.pos) != Some(&b'}') {
            return Err(self.error("f-string: expecting '}'"));
        }
        self.pos += 1;
        if debug && conversion == Conversion::None && spec.is_none() {
            conversion = Conversion::Repr;
        }
        if !literal.is_empty() {
            parts.push(FStringPiece::Literal(std::mem::take(literal)));
        }
        parts.push(FStringPiece::Field(FStringField {
            expr: expr.to_string(),
            offset: self.offset + expr_start,
            conversion,
            spec,
        }));
        Ok(())
    }

    /// Where the expression of a field ends: at a top-level `}`, `!` (not `!=`), `:`,
    /// or debug `=`.
    fn expression_end(&self) -> Result<usize, LexError> {
        let mut depth = 0usize;
        let mut quote: Option<u8> = None;
        let mut i = self.pos;
        while i < self.bytes.len() {
            let b = self.bytes[i];
            let next = self.bytes.get(i + 1).copied();
            if b == b'\\' {
                return Err(self.error("f-string expression part cannot include a backslash"));
            }
            if let Some(q) = quote {
                if b == q {
                    quote = None;
                }
                i += 1;
                continue;
            }
            match b {
                b'\'' | b'"' => quote = Some(b),
                b'#' => return Err(self.error("f-string expression part cannot include '#'")),
                b'(' | b'[' | b'{' => depth += 1,
                b')' | b']' => depth = depth.saturating_sub(1),
                b'}' if depth == 0 => return Ok(i),
                b'}' => depth -= 1,
                b'!' if depth == 0 && next != Some(b'=') => return Ok(i),
                b':' if depth == 0 => return Ok(i),
                b'=' if depth == 0
                    && next != Some(b'=')
                    && !matches!(
                        self.bytes.get(i.wrapping_sub(1)),
                        Some(b'=' | b'!' | b'<' | b'>')
                    )
                    && i > self.pos =>
                {
                    return Ok(i)
                }
                _ => {}
            }
            i += 1;
        }
        Err(self.error("f-string: expecting '}'"))
    }

    #[cold]
    fn error(&self, message: &str) -> LexError {
        LexError::msg(message)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn field(
        expr: &str,
        offset: usize,
        conversion: Conversion,
        spec: Option<Vec<FStringPiece>>,
    ) -> FStringPiece {
        FStringPiece::Field(FStringField {
            expr: expr.into(),
            offset,
            conversion,
            spec,
        })
    }

    fn lit(text: &str) -> FStringPiece {
        FStringPiece::Literal(text.into())
    }

    #[test]
    fn splits_fields_and_escapes() {
        let parts = split_fstring("a{{b}}{x!r}\\n{y:>{w}}", 10, false).unwrap();
        assert_eq!(
            parts,
            vec![
                lit("a{b}"),
                field("x", 17, Conversion::Repr, None),
                lit("\n"),
                field(
                    "y",
                    24,
                    Conversion::None,
                    Some(vec![lit(">"), field("w", 28, Conversion::None, None)])
                ),
            ]
        );
    }

    #[test]
    fn debug_fields() {
        let parts = split_fstring("{x = }{y=:>5}{z=!s}", 0, false).unwrap();
        assert_eq!(
            parts,
            vec![
                lit("x = "),
                field("x ", 1, Conversion::Repr, None),
                lit("y="),
                field("y", 7, Conversion::None, Some(vec![lit(">5")])),
                lit("z="),
                field("z", 14, Conversion::Str, None),
            ]
        );
        let parts = split_fstring("{a!=b}{a==b}{d['k']}", 0, false).unwrap();
        assert_eq!(parts.len(), 3);
    }

    #[test]
    fn errors() {
        let msg = |s: &str| split_fstring(s, 0, false).unwrap_err().message;
        assert_eq!(msg("{}"), "f-string: empty expression not allowed");
        assert_eq!(msg("{a"), "f-string: expecting '}'");
        assert_eq!(msg("}"), "f-string: single '}' is not allowed");
        assert_eq!(
            msg("{a!x}"),
            "f-string: invalid conversion character: expected 's', 'r', or 'a'"
        );
        assert_eq!(
            msg("{a\\n}"),
            "f-string expression part cannot include a backslash"
        );
    }
}
