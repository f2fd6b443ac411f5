//! The source lines of one traceback frame as CPython 3.11 prints them: the stripped line,
//! then, when the failing instruction covers only part of it, a marker line under that
//! part (`^^^^`), with `~~~^~~~` for binary operators and `~~~^^^` for subscripts.
//!
//! The position is the span the compiler recorded for the instruction. CPython's rules
//! (Python/traceback.c, `tb_displayline`): markers are left out when they would cover the
//! whole stripped line and no operator is singled out; an instruction spanning several lines
//! is marked to the end of its first line; the operator is found by parsing the marked text
//! on its own. Not the rest of the traceback (report.rs).

use crate::ast::{ExprKind, Span, StmtKind};
use crate::compiler::bytecode::Code;

/// `    line\n`, and the marker line when CPython prints one; empty without source text.
pub fn frame_source_lines(code: &Code, ip: usize) -> String {
    let source = &code.source;
    // CPython has no source text for its frozen modules.
    if source.name.starts_with("<frozen ") {
        return String::new();
    }
    let span = code.spans.get(ip).copied().unwrap_or(code.span);
    let line_no = source.line_of(span.start);
    let line = source.line_text(line_no);
    let text = line.trim();
    if text.is_empty() {
        return String::new();
    }
    let mut out = format!("    {text}\n");
    if let Some(markers) = marker_line(&source.text, span, line) {
        out.push_str(&markers);
    }
    out
}

/// What to mark, in character offsets into the line.
struct Marked {
    start: usize,
    end: usize,
    /// The operator or subscript, `[left, right)`, drawn with `^` among `~`.
    anchors: Option<(usize, usize)>,
}

fn marker_line(text: &str, span: Span, line: &str) -> Option<String> {
    let marked = marked_range(text, span, line)?;
    let stripped = line.trim().chars().count();
    let indent = line.chars().take_while(|c| c.is_whitespace()).count();
    if marked.end.saturating_sub(marked.start) == stripped && marked.anchors.is_none() {
        return None;
    }
    let mut out = String::from("    ");
    for at in indent..marked.end {
        out.push(match marked.anchors {
            _ if at < marked.start => ' ',
            Some((left, right)) if (left..right).contains(&at) => '^',
            Some(_) => '~',
            None => '^',
        });
    }
    out.push('\n');
    Some(out)
}

fn marked_range(text: &str, span: Span, line: &str) -> Option<Marked> {
    let (start, end) = (span.start as usize, span.end as usize);
    let line_start = text.get(..start)?.rfind('\n').map_or(0, |at| at + 1);
    let start_byte = start - line_start;
    let start_char = line.get(..start_byte)?.chars().count();
    let end_byte = end.checked_sub(line_start)?;
    if end_byte <= line.len() {
        let end_char = line.get(..end_byte)?.chars().count();
        let segment = line.get(start_byte..end_byte)?;
        let anchors = anchors_in(segment).map(|(left, right)| {
            let to_chars = |byte: usize| start_char + segment[..byte].chars().count();
            (to_chars(left), to_chars(right))
        });
        Some(Marked {
            start: start_char,
            end: end_char,
            anchors,
        })
    } else {
        // Several lines: mark to the last non-blank character of the first.
        Some(Marked {
            start: start_char,
            end: line.trim_end().chars().count(),
            anchors: None,
        })
    }
}

/// The operator of a binary operation or the brackets of a subscript, as byte offsets into
/// `segment`, when `segment` parses on its own as that one expression.
fn anchors_in(segment: &str) -> Option<(usize, usize)> {
    let module = crate::parser::parse_module(segment).ok()?;
    let [statement] = module.body.as_slice() else {
        return None;
    };
    let StmtKind::Expr(expr) = &statement.kind else {
        return None;
    };
    let bytes = segment.as_bytes();
    match &expr.kind {
        ExprKind::BinOp { left, right, .. } => {
            binary_operator(bytes, left.span.end as usize, right.span.start as usize)
        }
        ExprKind::Subscript { value, slice, .. } => Some(subscript_brackets(
            bytes,
            value.span.end as usize,
            slice.span.end as usize + 1,
        )),
        _ => None,
    }
}

/// The first operator character after the left operand (skipping blanks and closing
/// parentheses), and its second character if the operator has two (`//`, `**`, `<<`).
fn binary_operator(bytes: &[u8], left_end: usize, right_start: usize) -> Option<(usize, usize)> {
    let mut found = None;
    for at in left_end..right_start.min(bytes.len()) {
        if bytes[at].is_ascii_whitespace() {
            continue;
        }
        let mut right = at + 1;
        if at + 1 < right_start && !bytes[at + 1].is_ascii_whitespace() {
            right += 1;
        }
        found = Some((at, right));
        if !(at + 1 < right_start && bytes[at] == b')') {
            break;
        }
    }
    found
}

/// From the `[` after the subscripted value to just past the `]` after the index.
fn subscript_brackets(bytes: &[u8], mut left: usize, mut right: usize) -> (usize, usize) {
    while left < bytes.len() && bytes[left] != b'[' {
        left += 1;
    }
    while right < bytes.len() && bytes[right] != b']' {
        right += 1;
    }
    if right < bytes.len() {
        right += 1;
    }
    (left, right)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn markers(line: &str, part: &str) -> Option<String> {
        let start = line.find(part).unwrap();
        let span = Span::new(start, start + part.len());
        marker_line(line, span, line)
    }

    #[test]
    fn a_whole_line_gets_no_markers_a_part_gets_carets() {
        assert_eq!(markers("    f(x)", "f(x)"), None);
        assert_eq!(
            markers("    y = f(x)", "f(x)"),
            Some("        ^^^^\n".into())
        );
    }

    #[test]
    fn operators_and_subscripts_are_singled_out() {
        assert_eq!(markers("a + b", "a + b"), Some("    ~~^~~\n".into()));
        assert_eq!(
            markers("x = a // b", "a // b"),
            Some("        ~~^^~~\n".into())
        );
        assert_eq!(markers("(a) * b", "(a) * b"), Some("    ~~~~^~~\n".into()));
        assert_eq!(markers("d['k']", "d['k']"), Some("    ~^^^^^\n".into()));
    }
}
