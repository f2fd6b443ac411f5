//! Golden-output tests: discover cases, run them through an interpreter, compare, bless.
//!
//! One implementation serves both `cargo test` (tests/golden.rs, tests/cpython_agrees.rs)
//! and the user-facing `coro test` subcommand ([`main_test_command`]).
//!
//! A case is either
//! - a script `X.py` with `X.out` (expected stdout, compared byte for byte), optionally `X.err`
//!   (expected stderr; not compared when absent) and `X.code` (expected exit code, default 0).
//!   A case expected to fail (a non-zero `X.code`) must have an `X.err`: what a failing
//!   program says on stderr is the point of such a case;
//! - or, in a Markdown file, a fenced ```` ```python ```` block whose next fenced block is tagged
//!   `text` or `output`: that block is the expected stdout, and the case is named `file.md:LINE`
//!   (LINE is the line of the opening ```` ```python ```` fence).
//!
//! A script case may also have `X.stdin` (its standard input; else it gets none), `X.args`
//! (command-line arguments, one per line) and `X.env` (`KEY=VALUE` lines). A folder named
//! `NAME.case/` is one program: its `main.py` is the case (expectations `main.out`, ...),
//! its other files are the program's modules and data, and it runs in a fresh temporary
//! copy of the folder, so it may write files.
//!
//! With `--doctest` (`coro test --doctest PATH`), the cases are instead the `>>>` examples of
//! every `.py`, `.md`, `.rst` and `.txt` file under PATH that has any, each file run as
//! `coro -m doctest FILE`: it passes when doctest reports no failure.
//!
//! Cases run with the script's directory as working directory. Expected stderr is compared
//! after the script directory's absolute path is removed from it (CPython names the main
//! script by its absolute path in tracebacks), so `.err` files read `File "x.py"`.
//!
//! This module is not the interpreter: it only starts one as a child process (see [`Runner`]),
//! so it can be verified today with `python3` standing in for `coro`.

mod bless;
mod cli;
mod diff;
mod discover;
mod markdown;
mod run;
mod scratch;

pub use bless::bless;
pub use cli::{main_test_command, test_command};
pub use diff::{render_diff, render_failure};
pub use discover::{discover, discover_doctests};
pub use run::{run_case, Actual, Mismatch, Outcome, Runner, Stream};

use std::path::PathBuf;

/// One golden case: what to run and where its expectations live.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Case {
    /// Stable display name: `lang::closures` for `lang/closures.py` under a discovery root,
    /// `guide.md:12` for a Markdown case.
    pub name: String,
    pub source: CaseSource,
}

/// Where a case comes from; every consumer must handle every kind.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CaseSource {
    /// The `>>>` examples of a `.py` module's docstrings or of a text file, run as
    /// `INTERPRETER -m doctest FILE`: the case passes when doctest reports nothing and
    /// exits 0.
    Doctest { path: PathBuf },
    /// `X.py`; expectations in `X.out`, `X.err`, `X.code` beside it.
    Script { path: PathBuf },
    /// A ```` ```python ```` block in a Markdown file with its output block.
    Markdown {
        path: PathBuf,
        /// 1-based line of the opening ```` ```python ```` fence.
        line: usize,
        /// Which python+output pair of the file this is (0-based). Stable when blessing
        /// rewrites earlier output blocks, unlike `line`.
        ordinal: usize,
        /// The Python code of the block.
        code: String,
        /// The expected stdout: the output block's text.
        expected_stdout: String,
    },
}

impl Case {
    /// The file that holds this case's code (the script or the Markdown file).
    pub fn file(&self) -> &PathBuf {
        match &self.source {
            CaseSource::Script { path }
            | CaseSource::Markdown { path, .. }
            | CaseSource::Doctest { path } => path,
        }
    }

    /// The first line of the case's Python code, where scripts state `coro-only` or `vpython`.
    pub fn first_line(&self) -> std::io::Result<String> {
        let code = match &self.source {
            CaseSource::Script { path } | CaseSource::Doctest { path } => {
                std::fs::read_to_string(path)?
            }
            CaseSource::Markdown { code, .. } => code.clone(),
        };
        Ok(code.lines().next().unwrap_or("").to_string())
    }
}

/// What a case expects of a run.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Expected {
    pub stdout: Vec<u8>,
    /// `None`: stderr is not compared.
    pub stderr: Option<Vec<u8>>,
    pub code: i32,
}

impl Expected {
    /// Reads a case's expectations. A script without `.out` expects empty stdout (so that a
    /// script named explicitly can be blessed for the first time).
    pub fn load(case: &Case) -> Result<Expected, String> {
        match &case.source {
            CaseSource::Doctest { .. } => Ok(Expected {
                stdout: Vec::new(),
                stderr: None,
                code: 0,
            }),
            CaseSource::Markdown {
                expected_stdout, ..
            } => Ok(Expected {
                stdout: expected_stdout.as_bytes().to_vec(),
                stderr: None,
                code: 0,
            }),
            CaseSource::Script { path } => {
                let stdout = read_optional(&path.with_extension("out"))?.unwrap_or_default();
                let stderr = read_optional(&path.with_extension("err"))?;
                let code = match read_optional(&path.with_extension("code"))? {
                    None => 0,
                    Some(bytes) => parse_code(&bytes, &path.with_extension("code"))?,
                };
                if code != 0 && stderr.is_none() {
                    return Err(failure_without_stderr(path, code));
                }
                Ok(Expected {
                    stdout,
                    stderr,
                    code,
                })
            }
        }
    }
}

fn read_optional(path: &std::path::Path) -> Result<Option<Vec<u8>>, String> {
    match std::fs::read(path) {
        Ok(bytes) => Ok(Some(bytes)),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(format!("cannot read {}: {e}", path.display())),
    }
}

#[cold]
fn failure_without_stderr(path: &std::path::Path, code: i32) -> String {
    format!(
        "{}: expects exit code {code} but has no {}: a case expected to fail must state its \
         stderr",
        path.display(),
        path.with_extension("err").display()
    )
}

#[cold]
fn bad_code_file(path: &std::path::Path) -> String {
    format!(
        "{}: expected an integer exit code on one line",
        path.display()
    )
}

fn parse_code(bytes: &[u8], path: &std::path::Path) -> Result<i32, String> {
    std::str::from_utf8(bytes)
        .ok()
        .and_then(|text| text.trim().parse().ok())
        .ok_or_else(|| bad_code_file(path))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exit_code_file_accepts_trailing_newline_and_rejects_words() {
        let path = std::path::Path::new("x.code");
        assert_eq!(parse_code(b"1\n", path), Ok(1));
        assert_eq!(parse_code(b" 130 ", path), Ok(130));
        assert!(parse_code(b"one", path).is_err());
    }
}
