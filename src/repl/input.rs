//! When is a REPL input finished? The lines typed since the last `>>> ` prompt are handed
//! to the real parser: input that merely ended early (an open bracket, a block header with
//! no body, an unterminated triple-quoted string) continues at `... `; a compound
//! statement (`def`, `for`, `if`, ...) continues until an empty line, so its body can
//! grow; anything else runs as soon as it parses.
//!
//! It decides only; compiling and running are the session's job.

use crate::compiler::bytecode::SourceFile;
use crate::syntax_error::{SyntaxError, SyntaxErrorKind};
use std::rc::Rc;

/// The name tracebacks and diagnostics give REPL input, as CPython's.
pub const INPUT_NAME: &str = "<stdin>";

/// What to do with the lines entered so far.
#[derive(Debug, PartialEq)]
pub enum Verdict {
    /// Nothing to run (blank or comment-only input): show `>>> ` again.
    Nothing,
    /// Keep reading at the `... ` prompt.
    NeedMore,
    /// The source is a whole input: compile and run it.
    Ready(String),
    /// A real syntax error: report it and start over.
    Invalid(SyntaxError, Rc<SourceFile>),
}

/// The lines of one REPL input, from its `>>> ` line to the line that finishes it.
#[derive(Default)]
pub struct PendingInput {
    lines: Vec<String>,
}

impl PendingInput {
    pub fn new() -> PendingInput {
        PendingInput::default()
    }

    /// Whether the next line continues an input (the `... ` prompt).
    pub fn is_continuation(&self) -> bool {
        !self.lines.is_empty()
    }

    /// The lines so far, joined, for highlighting the next one in context.
    pub fn text(&self) -> String {
        let mut text = self.lines.join("\n");
        if !text.is_empty() {
            text.push('\n');
        }
        text
    }

    /// Forget the lines (Ctrl-C, or after the input was run or rejected).
    pub fn clear(&mut self) {
        self.lines.clear();
    }

    /// Add one physical line (without its newline) and decide. Every verdict but
    /// `NeedMore` empties the input.
    pub fn push_line(&mut self, line: &str) -> Verdict {
        let line = line.trim_end_matches(['\r', '\n']);
        let blank = line.trim().is_empty();
        if blank && self.lines.is_empty() {
            return Verdict::Nothing;
        }
        self.lines.push(line.to_string());
        let text = self.text();
        let verdict = decide(&text, blank);
        if verdict != Verdict::NeedMore {
            self.lines.clear();
        }
        verdict
    }
}

/// The decision for `text` (complete lines, newline-terminated); `ended_by_blank` is true
/// when its last line is empty, the signal that closes a block.
fn decide(text: &str, ended_by_blank: bool) -> Verdict {
    match crate::parser::parse_module(text) {
        Err(err) if err.incomplete && !(ended_by_blank && closes_with_blank(&err)) => {
            Verdict::NeedMore
        }
        Err(err) => Verdict::Invalid(err, source(text)),
        Ok(module) => match module.body.last() {
            None => Verdict::Nothing,
            Some(last) if !ended_by_blank && last.kind.is_compound() => Verdict::NeedMore,
            Some(_) => Verdict::Ready(text.to_string()),
        },
    }
}

/// An incomplete input that an empty line makes an error: a block header still without
/// a body (CPython reports "expected an indented block" there). Open brackets and
/// strings may span empty lines.
fn closes_with_blank(err: &SyntaxError) -> bool {
    err.kind == SyntaxErrorKind::IndentationError
}

pub fn source(text: &str) -> Rc<SourceFile> {
    Rc::new(SourceFile {
        name: INPUT_NAME.into(),
        text: text.into(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Feed lines and collect the verdict kinds: `.` need more, `R` ready, `!` invalid,
    /// `0` nothing.
    fn feed(lines: &[&str]) -> String {
        let mut input = PendingInput::new();
        lines
            .iter()
            .map(|l| match input.push_line(l) {
                Verdict::Nothing => '0',
                Verdict::NeedMore => '.',
                Verdict::Ready(_) => 'R',
                Verdict::Invalid(..) => '!',
            })
            .collect()
    }

    #[test]
    fn a_simple_statement_runs_at_once() {
        assert_eq!(feed(&["1 + 1"]), "R");
        assert_eq!(feed(&["x = 1; y = 2"]), "R");
        assert_eq!(feed(&["", "   ", "# only a comment"]), "000");
    }

    #[test]
    fn a_block_waits_for_an_empty_line() {
        assert_eq!(feed(&["def f():", "    return 1", ""]), "..R");
        assert_eq!(feed(&["for i in range(3):", "    print(i)", ""]), "..R");
        assert_eq!(feed(&["if True: pass", ""]), ".R");
        assert_eq!(feed(&["class C:", "    x = 1", "", "C.x"]), "..RR");
    }

    #[test]
    fn a_block_with_nested_blocks_and_dedents() {
        assert_eq!(
            feed(&[
                "def f(x):",
                "    if x:",
                "        return 1",
                "    return 2",
                ""
            ]),
            "....R"
        );
        assert_eq!(
            feed(&["try:", "    1/0", "except:", "    pass", ""]),
            "....R"
        );
    }

    #[test]
    fn open_brackets_and_strings_continue_across_blank_lines() {
        assert_eq!(feed(&["foo(1,", "", "2)"]), "..R");
        assert_eq!(feed(&["x = '''a", "", "b'''"]), "..R");
        assert_eq!(feed(&["[1,", "2]"]), ".R");
    }

    #[test]
    fn a_header_without_body_then_blank_is_an_error() {
        assert_eq!(feed(&["def f():", ""]), ".!");
        assert_eq!(feed(&["if x:", "", "1"]), ".!R");
    }

    #[test]
    fn a_real_error_is_reported_at_once() {
        assert_eq!(feed(&["x = )"]), "!");
        assert_eq!(feed(&["  x = 1"]), "!");
        assert_eq!(feed(&["if 1:", "  x = 1", " y = 2", "3"]), "..!R");
    }

    #[test]
    fn a_statement_after_a_block_runs_the_pasted_whole() {
        // Pasting a definition and a call without an empty line between them works.
        assert_eq!(feed(&["def f():", "    return 1", "f()"]), "..R");
    }

    #[test]
    fn decorators_wait_for_their_definition() {
        assert_eq!(feed(&["@dec", "def f(): pass", ""]), "..R");
    }

    #[test]
    fn the_ready_source_is_the_lines_joined() {
        let mut input = PendingInput::new();
        input.push_line("def f():");
        input.push_line("    return 1");
        assert_eq!(
            input.push_line(""),
            Verdict::Ready("def f():\n    return 1\n\n".into())
        );
        assert!(!input.is_continuation());
    }
}
