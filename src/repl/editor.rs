//! The editor thread: rustyline reads lines with the `>>> `/`... ` prompt the
//! interpreter thread asked for, colors them (`highlight.rs`), asks the interpreter
//! thread for tab completions, and keeps the history file. It never touches Python
//! values: everything goes through the [`Request`]/[`Reply`] channels.

use super::driver::BackgroundPrinter;
use super::{complete, highlight, ReplOptions, Reply, Request};
use rustyline::completion::Completer;
use rustyline::config::{ColorMode, CompletionType, Config};
use rustyline::error::ReadlineError;
use rustyline::highlight::{CmdKind, Highlighter};
use rustyline::hint::Hinter;
use rustyline::history::{DefaultHistory, History};
use rustyline::validate::Validator;
use rustyline::{Context, Editor, ExternalPrinter, Helper};
use std::borrow::Cow;
use std::cell::RefCell;
use std::rc::Rc;
use std::sync::mpsc::{channel, Receiver, Sender};
use std::thread::JoinHandle;

pub const PRIMARY: &str = ">>> ";
pub const CONTINUATION: &str = "... ";

/// The interpreter thread's ends of the editor thread.
pub struct Channels {
    pub requests: Receiver<Request>,
    pub replies: Sender<Reply>,
    /// Prints above the prompt while a line is being edited (not on a dumb terminal).
    pub printer: Option<Box<dyn BackgroundPrinter>>,
    pub thread: JoinHandle<()>,
}

/// rustyline's external printer, as the driver sees it.
struct Printer<P: ExternalPrinter>(P);

impl<P: ExternalPrinter> BackgroundPrinter for Printer<P> {
    fn print(&mut self, text: String) {
        // The terminal is gone if this fails; there is nowhere else to print.
        let _ = self.0.print(text);
    }
}

/// Start the editor thread. It waits for the first [`Reply::Prompt`].
pub fn spawn(options: ReplOptions) -> Channels {
    let (request_tx, requests) = channel::<Request>();
    let (replies, reply_rx) = channel::<Reply>();
    let (printer_tx, printer_rx) = channel::<Option<Box<dyn BackgroundPrinter + Send>>>();
    let thread = std::thread::spawn(move || {
        editor_thread(options, request_tx, reply_rx, printer_tx);
    });
    let printer = printer_rx
        .recv()
        .ok()
        .flatten()
        .map(|p| p as Box<dyn BackgroundPrinter>);
    Channels {
        requests,
        replies,
        printer,
        thread,
    }
}

fn editor_thread(
    options: ReplOptions,
    requests: Sender<Request>,
    replies: Receiver<Reply>,
    printer_tx: Sender<Option<Box<dyn BackgroundPrinter + Send>>>,
) {
    let replies = Rc::new(replies);
    let config = Config::builder()
        .auto_add_history(false)
        .history_ignore_space(false)
        .completion_type(CompletionType::List)
        .color_mode(if options.color {
            ColorMode::Enabled
        } else {
            ColorMode::Disabled
        })
        .bracketed_paste(true)
        .build();
    let mut editor = match Editor::<ReplHelper, DefaultHistory>::with_config(config) {
        Ok(e) => e,
        Err(e) => {
            eprintln!("coro: cannot start the line editor: {e}");
            let _ = printer_tx.send(None);
            let _ = requests.send(Request::Eof);
            return;
        }
    };
    editor.set_helper(Some(ReplHelper {
        requests: requests.clone(),
        replies: replies.clone(),
        context: RefCell::new(String::new()),
        color: options.color,
    }));
    if let Some(path) = &options.history_file {
        // A missing file is a first session; an unreadable one starts empty.
        let _ = editor.load_history(path);
    }
    let printer = editor
        .create_external_printer()
        .ok()
        .map(|p| Box::new(Printer(p)) as Box<dyn BackgroundPrinter + Send>);
    let _ = printer_tx.send(printer);

    while let Ok(reply) = replies.recv() {
        let (continuation, context) = match reply {
            Reply::Prompt {
                continuation,
                context,
                after_output,
            } => {
                if after_output {
                    keep_unfinished_output(&mut editor);
                }
                (continuation, context)
            }
            Reply::Exit => break,
            // An answer nobody waits for (the completer gave up): ignore it.
            Reply::Completions { .. } => continue,
        };
        if let Some(helper) = editor.helper_mut() {
            *helper.context.borrow_mut() = context;
        }
        let prompt = if continuation { CONTINUATION } else { PRIMARY };
        let request = match editor.readline(prompt) {
            Ok(text) => {
                if !text.trim().is_empty() {
                    let _ = editor.add_history_entry(text.as_str());
                    if let Some(path) = &options.history_file {
                        save_history(&mut editor, path);
                    }
                }
                Request::Lines(text)
            }
            Err(ReadlineError::Interrupted) => Request::Interrupt,
            Err(ReadlineError::Eof) => Request::Eof,
            Err(e) => {
                eprintln!("coro: cannot read the terminal: {e}");
                Request::Eof
            }
        };
        if requests.send(request).is_err() {
            break;
        }
    }
}

/// Output that did not end in a newline (`print(x, end="")`) would be erased by the
/// prompt, which redraws its whole line. zsh's PROMPT_SP trick keeps it without asking
/// the terminal where the cursor is (an answer that typed-ahead keys can be mistaken
/// for): a full line of spaces wraps to a new line only if the cursor was not at the
/// start of one, and the carriage return then goes to the start of that line.
fn keep_unfinished_output(editor: &mut Editor<ReplHelper, DefaultHistory>) {
    use std::io::{IsTerminal, Write};
    let mut out = std::io::stdout();
    if !out.is_terminal() {
        return;
    }
    let columns = editor.dimensions().map_or(80, |(cols, _)| cols as usize);
    let _ = write!(out, "{}\r", " ".repeat(columns.max(1)));
    let _ = out.flush();
}

/// Append the new entry to the history file now, so a crash keeps it.
fn save_history(editor: &mut Editor<ReplHelper, DefaultHistory>, path: &std::path::Path) {
    let appended = if path.exists() {
        editor.append_history(path)
    } else {
        editor.history_mut().save(path)
    };
    if let Err(e) = appended {
        // Warn once per failure kind would be nicer; history is a convenience.
        eprintln!(
            "coro: cannot write the history file {}: {e}",
            path.display()
        );
    }
}

/// Colors and completion for rustyline.
struct ReplHelper {
    requests: Sender<Request>,
    replies: Rc<Receiver<Reply>>,
    /// The lines entered so far for this input.
    context: RefCell<String>,
    color: bool,
}

impl Completer for ReplHelper {
    type Candidate = String;

    fn complete(
        &self,
        line: &str,
        pos: usize,
        _ctx: &Context<'_>,
    ) -> rustyline::Result<(usize, Vec<String>)> {
        let before = line.get(..pos).unwrap_or(line);
        if before.trim().is_empty() {
            // Tab at the start of a line indents, as in CPython's REPL.
            return Ok((pos, vec!["    ".to_string()]));
        }
        if complete::site(line, pos).is_none() {
            return Ok((pos, Vec::new()));
        }
        let asked = self.requests.send(Request::Complete {
            line: line.to_string(),
            pos,
        });
        if asked.is_err() {
            return Ok((pos, Vec::new()));
        }
        loop {
            match self.replies.recv() {
                Ok(Reply::Completions { start, candidates }) => return Ok((start, candidates)),
                Ok(_) => continue,
                Err(_) => return Ok((pos, Vec::new())),
            }
        }
    }
}

impl Highlighter for ReplHelper {
    fn highlight<'l>(&self, line: &'l str, _pos: usize) -> Cow<'l, str> {
        if !self.color {
            return Cow::Borrowed(line);
        }
        match highlight::highlight(&self.context.borrow(), line) {
            Some(colored) => Cow::Owned(colored),
            None => Cow::Borrowed(line),
        }
    }

    fn highlight_prompt<'b, 's: 'b, 'p: 'b>(
        &'s self,
        prompt: &'p str,
        _default: bool,
    ) -> Cow<'b, str> {
        if !self.color {
            return Cow::Borrowed(prompt);
        }
        Cow::Owned(format!("{}{prompt}\x1b[0m", highlight::PROMPT))
    }

    fn highlight_char(&self, _line: &str, _pos: usize, _kind: CmdKind) -> bool {
        self.color
    }
}

impl Hinter for ReplHelper {
    type Hint = String;
}

impl Validator for ReplHelper {}

impl Helper for ReplHelper {}
