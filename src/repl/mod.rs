//! The interactive REPL: `>>> ` and `... ` prompts over rustyline, with syntax colors,
//! tab completion, persistent history, echo of expression values, `_`, and top-level
//! `await` (driven by an event loop through [`driver::LoopDriver`]).
//!
//! Two threads: the editor thread owns the terminal (rustyline) and sends what the person
//! typed; the calling thread owns the [`Interpreter`] (its values are not `Send`) and
//! answers with the next prompt. The interpreter thread is thus free to run an event
//! loop's background tasks while the person types, printing above the prompt through
//! rustyline's external printer.
//!
//! It is not the script runner (see `cli`) and decides nothing about Python syntax
//! itself: whether an input is finished is the parser's call (`input.rs`).

pub mod asyncio_driver;
pub mod complete;
pub mod driver;
mod editor;
pub mod highlight;
pub mod input;
mod session;

use crate::interpreter::Interpreter;
use asyncio_driver::AsyncioDriver;
use driver::{LoopDriver, NoEventLoop};
use std::path::PathBuf;

/// How the REPL starts.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ReplOptions {
    /// Print the one-line banner (`-q` turns it off).
    pub banner: bool,
    /// Where history is kept across sessions; `None` keeps it in memory only.
    pub history_file: Option<PathBuf>,
    /// Syntax colors (off when NO_COLOR is set).
    pub color: bool,
}

impl ReplOptions {
    /// The options from the environment: history in `$CORO_HISTORY`, else
    /// `~/.coro_history`; colors unless NO_COLOR.
    pub fn from_env(quiet: bool) -> ReplOptions {
        let history_file = match std::env::var_os("CORO_HISTORY") {
            Some(path) if !path.is_empty() => Some(PathBuf::from(path)),
            _ => std::env::var_os("HOME")
                .filter(|h| !h.is_empty())
                .map(|home| PathBuf::from(home).join(".coro_history")),
        };
        ReplOptions {
            banner: !quiet,
            history_file,
            color: highlight::color_wanted(),
        }
    }
}

/// What the editor thread asks the interpreter thread.
pub enum Request {
    /// The text entered at a prompt: one line, or several when pasted.
    Lines(String),
    /// Ctrl-C at the prompt: drop the pending input.
    Interrupt,
    /// Ctrl-D at the prompt, or the terminal is gone: end the session.
    Eof,
    /// Tab: the completions at byte `pos` of `line`.
    Complete { line: String, pos: usize },
}

/// What the interpreter thread answers.
pub enum Reply {
    /// Read the next line. `context` is the input entered so far (empty at `>>> `),
    /// so the editor colors the new line in context.
    Prompt {
        continuation: bool,
        context: String,
        /// Code ran since the last prompt, so its output may have left the cursor
        /// mid-line.
        after_output: bool,
    },
    /// The answer to [`Request::Complete`]: replace from `start` with one of these.
    Completions {
        start: usize,
        candidates: Vec<String>,
    },
    /// The session is over (Ctrl-D, `exit()`, `SystemExit`).
    Exit,
}

/// The banner line: the version and how to leave.
pub fn banner() -> String {
    format!(
        "coro {} (Python 3.11 semantics; use \"await\" directly). Ctrl-D to exit.",
        env!("CARGO_PKG_VERSION")
    )
}

/// Run the REPL on `interp`'s `__main__` until Ctrl-D or `SystemExit`; returns the
/// process exit code. Top-level `await` and background tasks run on a session-long
/// asyncio event loop ([`AsyncioDriver`]); should it not start, without one.
pub fn run(mut interp: Interpreter, options: &ReplOptions) -> i32 {
    match AsyncioDriver::new(&mut interp.vm) {
        Ok(driver) => run_with_driver(interp, driver, options),
        Err(_) => run_with_driver(interp, NoEventLoop, options),
    }
}

/// [`run`] with an event loop driving top-level `await` and background tasks.
pub fn run_with_driver<D: LoopDriver>(
    interp: Interpreter,
    driver: D,
    options: &ReplOptions,
) -> i32 {
    if options.banner {
        eprintln!("{}", banner());
    }
    let channels = editor::spawn(options.clone());
    let mut session = session::Session::new(interp, driver);
    let code = session.serve(&channels.requests, &channels.replies, channels.printer);
    // The editor saves the history and restores the terminal before it ends.
    if channels.thread.join().is_err() {
        eprintln!("coro: the line editor failed");
    }
    code
}
