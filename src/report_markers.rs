//! The position markers of 3.11 tracebacks: the line under a frame's source line that
//! marks the failing expression (`^^^^^` under a call, `~~~^~~~` under a binary
//! operation with the operator picked out, `~~~^^^^` under a subscript). CPython's rule:
//! markers only when they would not underline the whole line (or when they pick out an
//! operator). Not the miette snippet of a color terminal: that is report.rs.

use crate::ast::{ExprKind, StmtKind};
use crate::compiler::bytecode::Code;

/// Where within the marked text the secondary markers (`^`) run, in chars.
struct Anchors {
    left_end: usize,
    right_start: usize,
}

/// The markers line (with its newline) for the instruction at `ip`, or None.
pub fn marker_line(code: &Code, ip: usize) -> Option<String> {
    let span = *code.spans.get(ip)?;
    let text = &*code.source.text;
    let (start, end) = (span.start as usize, span.end as usize);
    if start > end || end > text.len() || !text.is_char_boundary(start) {
        return None;
    }
    let line_start = text[..start].rfind('\n').map_or(0, |i| i + 1);
    let line_end = text[start..].find('\n').map_or(text.len(), |i| start + i);
    let line = &text[line_start..line_end];
    let chars = |s: &str| s.chars().count();
    let start_col = chars(&text[line_start..start]);
    let single_line = end <= line_end && text.is_char_boundary(end);
    let (end_col, anchors) = if single_line {
        let segment = &text[start..end];
        (chars(&text[line_start..end]), anchors_of(segment))
    } else {
        (chars(line.trim_end()), None)
    };
    let stripped = line.trim();
    let leading = chars(line) - chars(line.trim_start());
    let picks_operator = anchors.as_ref().is_some_and(|a| a.right_start > a.left_end);
    if end_col.saturating_sub(start_col) >= chars(stripped) && !picks_operator {
        return None;
    }
    let mut out = String::from("    ");
    out.push_str(&" ".repeat(start_col.saturating_sub(leading)));
    let width = end_col.saturating_sub(start_col);
    match anchors {
        Some(a) => {
            out.push_str(&"~".repeat(a.left_end));
            out.push_str(&"^".repeat(a.right_start - a.left_end));
            out.push_str(&"~".repeat(width.saturating_sub(a.right_start)));
        }
        None => out.push_str(&"^".repeat(width)),
    }
    out.push('\n');
    Some(out)
}

/// The operator of a binary operation or the brackets of a subscript, when `segment`
/// parses as one such expression (CPython's `_extract_caret_anchors_from_line_segment`).
fn anchors_of(segment: &str) -> Option<Anchors> {
    let module = crate::parser::parse_module(segment).ok()?;
    let [stmt] = module.body.as_slice() else {
        return None;
    };
    let StmtKind::Expr(expr) = &stmt.kind else {
        return None;
    };
    let bytes = segment.as_bytes();
    let to_chars = |b: usize| segment[..b.min(segment.len())].chars().count();
    match &expr.kind {
        ExprKind::BinOp { left, right, .. } => {
            let op_start = left.span.end as usize;
            let op_end = (right.span.start as usize).max(op_start);
            let op_str = segment.get(op_start..op_end)?;
            let op_offset = op_str.len() - op_str.trim_start().len();
            let mut left_anchor = op_start + op_offset;
            let mut right_anchor = left_anchor + 1;
            if op_offset + 1 < op_str.len()
                && !op_str.as_bytes()[op_offset + 1].is_ascii_whitespace()
            {
                right_anchor += 1;
            }
            while left_anchor < bytes.len()
                && (bytes[left_anchor].is_ascii_whitespace() || b")#".contains(&bytes[left_anchor]))
            {
                left_anchor += 1;
                right_anchor += 1;
            }
            Some(Anchors {
                left_end: to_chars(left_anchor),
                right_start: to_chars(right_anchor),
            })
        }
        ExprKind::Subscript { value, slice, .. } => {
            let mut left_anchor = value.span.end as usize;
            let mut right_anchor = slice.span.end as usize + 1;
            while left_anchor < bytes.len() && bytes[left_anchor] != b'[' {
                left_anchor += 1;
            }
            while right_anchor < bytes.len() && bytes[right_anchor] != b']' {
                right_anchor += 1;
            }
            if right_anchor < bytes.len() {
                right_anchor += 1;
            }
            Some(Anchors {
                left_end: to_chars(left_anchor),
                right_start: to_chars(right_anchor),
            })
        }
        _ => None,
    }
}
