//! Showing a person why a golden case failed: unified diffs (via `similar`) and reports.
//!
//! Red `-` lines are expected, green `+` lines are what the interpreter printed; colour only
//! when the caller asks (a terminal without NO_COLOR). Not a comparer: `run.rs` decides.

use super::{Actual, Case, Mismatch, Outcome, Stream};
use similar::udiff::UnifiedHunkHeader;
use similar::{ChangeTag, TextDiff};
use std::fmt::Write;

const RED: &str = "\x1b[31m";
const GREEN: &str = "\x1b[32m";
const CYAN: &str = "\x1b[36m";
const RESET: &str = "\x1b[0m";

/// Lines of context around each change.
const CONTEXT: usize = 3;
/// How much of an unexpected stderr a failure report quotes.
const STDERR_TAIL_LINES: usize = 30;

/// A unified diff from `expected` to `actual`, labelled with `what` (`stdout`, ...).
pub fn render_diff(what: &str, expected: &[u8], actual: &[u8], color: bool) -> String {
    let expected_text = String::from_utf8_lossy(expected);
    let actual_text = String::from_utf8_lossy(actual);
    let paint = |code: &str, line: &str| {
        if color {
            format!("{code}{line}{RESET}\n")
        } else {
            format!("{line}\n")
        }
    };
    let mut out = String::new();
    out.push_str(&paint(RED, &format!("--- expected {what}")));
    out.push_str(&paint(GREEN, &format!("+++ actual {what}")));
    if expected_text == actual_text {
        out.push_str("(the two differ only in bytes that are not valid UTF-8)\n");
        return out;
    }
    let diff = TextDiff::from_lines(expected_text.as_ref(), actual_text.as_ref());
    for group in diff.grouped_ops(CONTEXT) {
        if group.is_empty() {
            continue;
        }
        out.push_str(&paint(CYAN, &UnifiedHunkHeader::new(&group).to_string()));
        for op in &group {
            for change in diff.iter_changes(op) {
                let (sign, code) = match change.tag() {
                    ChangeTag::Equal => (' ', ""),
                    ChangeTag::Delete => ('-', RED),
                    ChangeTag::Insert => ('+', GREEN),
                };
                let line = change.value();
                let body = format!("{sign}{}", line.strip_suffix('\n').unwrap_or(line));
                if code.is_empty() {
                    out.push_str(&body);
                    out.push('\n');
                } else {
                    out.push_str(&paint(code, &body));
                }
                if change.missing_newline() {
                    out.push_str("\\ No newline at end of file\n");
                }
            }
        }
    }
    out
}

/// The report for one case that did not pass: what was wrong, with diffs. Empty for a pass.
pub fn render_failure(case: &Case, outcome: &Outcome, color: bool) -> String {
    let mut out = String::new();
    match outcome {
        Outcome::Passed => {}
        Outcome::Error(message) => {
            let _ = writeln!(out, "{}: error: {message}", case.name);
        }
        Outcome::TimedOut { after, actual } => {
            let _ = writeln!(
                out,
                "{}: timed out after {:.1}s and was killed",
                case.name,
                after.as_secs_f64()
            );
            quote(&mut out, "stdout so far", &actual.stdout);
            quote(&mut out, "stderr so far", &actual.stderr);
        }
        Outcome::Failed { diffs, actual } => {
            let what: Vec<&str> = diffs
                .iter()
                .map(|d| match d {
                    Mismatch::Output { stream, .. } => stream.name(),
                    Mismatch::ExitCode { .. } => "exit code",
                })
                .collect();
            let _ = writeln!(out, "{}: wrong {}", case.name, what.join(", "));
            for mismatch in diffs {
                match mismatch {
                    Mismatch::Output {
                        stream,
                        expected,
                        actual,
                    } => out.push_str(&render_diff(stream.name(), expected, actual, color)),
                    Mismatch::ExitCode { expected, .. } => {
                        let _ = writeln!(
                            out,
                            "expected exit code {expected}, got {}",
                            actual.status_text()
                        );
                    }
                }
            }
            if shows_unexpected_stderr(diffs, actual) {
                quote(&mut out, "stderr", &tail(&actual.stderr, STDERR_TAIL_LINES));
            }
        }
    }
    out
}

/// When the exit code is wrong and stderr was not diffed, the stderr usually says why.
fn shows_unexpected_stderr(diffs: &[Mismatch], actual: &Actual) -> bool {
    let code_differs = diffs.iter().any(|d| matches!(d, Mismatch::ExitCode { .. }));
    let stderr_diffed = diffs.iter().any(|d| {
        matches!(
            d,
            Mismatch::Output {
                stream: Stream::Stderr,
                ..
            }
        )
    });
    code_differs && !stderr_diffed && !actual.stderr.is_empty()
}

fn quote(out: &mut String, label: &str, bytes: &[u8]) {
    if bytes.is_empty() {
        return;
    }
    let _ = writeln!(out, "{label}:");
    for line in String::from_utf8_lossy(bytes).lines() {
        let _ = writeln!(out, "  | {line}");
    }
}

fn tail(bytes: &[u8], lines: usize) -> Vec<u8> {
    let text = String::from_utf8_lossy(bytes);
    let all: Vec<&str> = text.lines().collect();
    let start = all.len().saturating_sub(lines);
    all[start..].join("\n").into_bytes()
}

#[cfg(test)]
mod tests {
    use super::super::CaseSource;
    use super::*;

    #[test]
    fn plain_diff_shows_changed_lines_with_context() {
        let diff = render_diff("stdout", b"a\nb\nc\n", b"a\nx\nc\n", false);
        assert_eq!(
            diff,
            "--- expected stdout\n+++ actual stdout\n@@ -1,3 +1,3 @@\n a\n-b\n+x\n c\n"
        );
    }

    #[test]
    fn missing_final_newline_is_called_out() {
        let diff = render_diff("stdout", b"a\n", b"a", false);
        assert!(
            diff.contains("-a\n+a\n\\ No newline at end of file\n"),
            "{diff}"
        );
    }

    #[test]
    fn colour_paints_removed_red_and_added_green() {
        let diff = render_diff("stdout", b"old\n", b"new\n", true);
        assert!(diff.contains("\x1b[31m-old\x1b[0m\n"), "{diff:?}");
        assert!(diff.contains("\x1b[32m+new\x1b[0m\n"), "{diff:?}");
        assert!(!render_diff("stdout", b"old\n", b"new\n", false).contains('\x1b'));
    }

    #[test]
    fn invalid_utf8_differences_are_reported_not_hidden() {
        let diff = render_diff("stdout", b"\xff\n", b"\xfe\n", false);
        assert!(diff.contains("not valid UTF-8"), "{diff}");
    }

    #[test]
    fn failure_report_quotes_stderr_when_the_exit_code_is_wrong() {
        let case = Case {
            name: "lang::boom".into(),
            source: CaseSource::Script {
                path: "boom.py".into(),
            },
        };
        let outcome = Outcome::Failed {
            diffs: vec![Mismatch::ExitCode {
                expected: 0,
                actual: Some(1),
            }],
            actual: Actual {
                stderr: b"Traceback\nValueError: x\n".to_vec(),
                code: Some(1),
                ..Actual::default()
            },
        };
        let report = render_failure(&case, &outcome, false);
        assert_eq!(
            report,
            "lang::boom: wrong exit code\nexpected exit code 0, got exit code 1\n\
             stderr:\n  | Traceback\n  | ValueError: x\n"
        );
    }
}
