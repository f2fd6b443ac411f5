//! The REPL in a real pseudo-terminal: keystrokes in, screen out. Each test spawns the
//! built `coro` binary under rexpect with a bounded timeout on every expectation,
//! so a hang fails the test instead of stalling CI. Colors are off (NO_COLOR) so the
//! screen text can be matched; history goes to a file in a fresh temp directory.

#![cfg(unix)]

use rexpect::process::WaitStatus;
use rexpect::session::PtySession;
use std::path::PathBuf;
use std::process::Command;

// Generous: CI machines are small and the tests run in parallel.
const TIMEOUT_MS: u64 = 20_000;
const UP_ARROW: &str = "\x1b[A";

/// A fresh directory for one test's history file, removed when the test ends (passed
/// or failed).
struct TempDir(PathBuf);

impl TempDir {
    fn join(&self, name: &str) -> PathBuf {
        self.0.join(name)
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn temp_dir(test: &str) -> TempDir {
    let dir = std::env::temp_dir().join(format!("coro-repl-{}-{test}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("create temp dir");
    TempDir(dir)
}

fn spawn_with(args: &[&str], history: &std::path::Path) -> PtySession {
    spawn_colored(args, history, false)
}

fn spawn_colored(args: &[&str], history: &std::path::Path, color: bool) -> PtySession {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_coro"));
    cmd.args(args)
        .env("CORO_HISTORY", history)
        .env("TERM", "xterm");
    if color {
        cmd.env_remove("NO_COLOR");
    } else {
        cmd.env("NO_COLOR", "1");
    }
    rexpect::session::spawn_command(cmd, Some(TIMEOUT_MS)).expect("spawn coro")
}

/// A REPL session with its own history directory, which goes when the session does.
struct Repl {
    session: PtySession,
    _dir: TempDir,
}

impl std::ops::Deref for Repl {
    type Target = PtySession;
    fn deref(&self) -> &PtySession {
        &self.session
    }
}

impl std::ops::DerefMut for Repl {
    fn deref_mut(&mut self) -> &mut PtySession {
        &mut self.session
    }
}

fn spawn(test: &str, args: &[&str]) -> Repl {
    let dir = temp_dir(test);
    Repl {
        session: spawn_with(args, &dir.join("history")),
        _dir: dir,
    }
}

/// A REPL process under test: a bare session, or one with its own history directory.
trait Session {
    fn session(&mut self) -> &mut PtySession;
}

impl Session for PtySession {
    fn session(&mut self) -> &mut PtySession {
        self
    }
}

impl Session for Repl {
    fn session(&mut self) -> &mut PtySession {
        &mut self.session
    }
}

/// Ctrl-D at the prompt, then the exit code.
fn exit_code(mut p: impl Session) -> i32 {
    p.session().send_control('d').expect("send Ctrl-D");
    exit_status(p)
}

fn exit_status(mut p: impl Session) -> i32 {
    let p = p.session();
    p.exp_eof().expect("coro to exit");
    match p.process().wait().expect("wait for coro") {
        WaitStatus::Exited(_, code) => code,
        other => panic!("coro did not exit normally: {other:?}"),
    }
}

/// Type `text` (its newlines as Enter) and press Enter, as a person would.
fn line(p: &mut PtySession, text: &str) {
    keys(p, &format!("{text}\r"));
}

/// Type keys; a newline is the Enter key (a carriage return on a terminal).
fn keys(p: &mut PtySession, text: &str) {
    p.send(&text.replace('\n', "\r")).expect("send keys");
    p.flush().expect("flush keys");
}

#[test]
fn banner_prompt_and_echo() {
    let mut p = spawn("banner", &[]);
    p.exp_string(&format!("coro {}", env!("CARGO_PKG_VERSION")))
        .expect("banner with the version");
    p.exp_string("Ctrl-D").expect("banner says how to leave");
    p.exp_string(">>> ").expect("prompt");
    line(&mut p, "6 * 7");
    p.exp_regex(r"\n42\r?\n").expect("echoed value");
    line(&mut p, "_ + 1");
    p.exp_regex(r"\n43\r?\n").expect("_ is the last value");
    // The prompt after 43, so that the one awaited below is the prompt after `None`.
    p.exp_string(">>> ").expect("prompt");
    line(&mut p, "None");
    p.exp_string(">>> ").expect("None is not echoed");
    assert_eq!(exit_code(p), 0);
}

#[test]
fn quiet_hides_the_banner() {
    let mut p = spawn("quiet", &["-q"]);
    let before = p.exp_string(">>> ").expect("prompt");
    assert!(
        !before.contains("coro "),
        "banner shown with -q: {before:?}"
    );
    assert_eq!(exit_code(p), 0);
}

#[test]
fn multi_line_def_then_call() {
    let mut p = spawn("def", &["-q"]);
    p.exp_string(">>> ").expect("prompt");
    line(&mut p, "def double(x):");
    p.exp_string("... ").expect("continuation after a header");
    line(&mut p, "    y = x * 2");
    p.exp_string("... ").expect("continuation inside the body");
    line(&mut p, "    return y");
    p.exp_string("... ")
        .expect("a block ends with an empty line");
    line(&mut p, "");
    p.exp_string(">>> ").expect("prompt after the block");
    line(&mut p, "double(21)");
    p.exp_regex(r"\n42\r?\n").expect("the call's value");
    // Ctrl-D is a key press at the prompt: wait for it, as a person does.
    p.exp_string(">>> ").expect("prompt before Ctrl-D");
    assert_eq!(exit_code(p), 0);
}

#[test]
fn multi_line_for_loop() {
    let mut p = spawn("for", &["-q"]);
    p.exp_string(">>> ").expect("prompt");
    line(&mut p, "for i in range(3):");
    p.exp_string("... ").expect("continuation");
    line(&mut p, "    print(i * 10)");
    p.exp_string("... ").expect("continuation");
    line(&mut p, "");
    p.exp_regex(r"\n0\r?\n10\r?\n20\r?\n")
        .expect("the loop ran");
    p.exp_string(">>> ").expect("prompt");
    assert_eq!(exit_code(p), 0);
}

#[test]
fn errors_then_more_input() {
    let mut p = spawn("errors", &["-q"]);
    p.exp_string(">>> ").expect("prompt");
    line(&mut p, "1/0");
    p.exp_string("Traceback (most recent call last):")
        .expect("traceback");
    p.exp_string("ZeroDivisionError: division by zero")
        .expect("the exception");
    p.exp_string(">>> ").expect("the session goes on");
    line(&mut p, "x = )");
    p.exp_string("unmatched ')'").expect("the syntax error");
    p.exp_string(">>> ").expect("the session goes on");
    line(&mut p, "x = 5");
    line(&mut p, "x + 1");
    p.exp_regex(r"\n6\r?\n").expect("later input runs");
    // Ctrl-D is a key press at the prompt: wait for it, as a person does.
    p.exp_string(">>> ").expect("prompt before Ctrl-D");
    assert_eq!(exit_code(p), 0);
}

#[test]
fn ctrl_c_at_the_prompt_drops_the_line() {
    let mut p = spawn("ctrlc", &["-q"]);
    p.exp_string(">>> ").expect("prompt");
    keys(&mut p, "abandoned = 1");
    p.send_control('c').expect("Ctrl-C");
    p.exp_string("KeyboardInterrupt")
        .expect("KeyboardInterrupt shown");
    p.exp_string(">>> ").expect("a fresh prompt");
    // Ctrl-C in the middle of a block drops the whole block.
    line(&mut p, "def dropped():");
    p.exp_string("... ").expect("continuation");
    p.send_control('c').expect("Ctrl-C");
    p.exp_string("KeyboardInterrupt")
        .expect("KeyboardInterrupt shown");
    p.exp_string(">>> ").expect("back to the primary prompt");
    line(&mut p, "abandoned");
    p.exp_string("NameError: name 'abandoned' is not defined")
        .expect("the dropped line did not run");
    line(&mut p, "dropped");
    p.exp_string("NameError: name 'dropped' is not defined")
        .expect("the dropped block did not run");
    // Ctrl-D is a key press at the prompt: wait for it, as a person does.
    p.exp_string(">>> ").expect("prompt before Ctrl-D");
    assert_eq!(exit_code(p), 0);
}

#[test]
fn ctrl_d_exits_with_code_zero() {
    let mut p = spawn("ctrld", &[]);
    p.exp_string(">>> ").expect("prompt");
    assert_eq!(exit_code(p), 0);
}

#[test]
fn system_exit_ends_the_session_with_its_code() {
    let mut p = spawn("sysexit", &["-q"]);
    p.exp_string(">>> ").expect("prompt");
    line(&mut p, "raise SystemExit(4)");
    assert_eq!(exit_status(p), 4);
}

#[test]
fn history_is_recalled_after_a_restart() {
    let dir = temp_dir("history");
    let history = dir.join("history");
    let mut p = spawn_with(&["-q"], &history);
    p.exp_string(">>> ").expect("prompt");
    line(&mut p, "print('from' + ' history')");
    p.exp_string("from history").expect("ran");
    p.exp_string(">>> ").expect("prompt");
    assert_eq!(exit_code(p), 0);
    assert!(history.exists(), "history file written");

    let mut p = spawn_with(&["-q"], &history);
    p.exp_string(">>> ").expect("prompt");
    keys(&mut p, UP_ARROW);
    keys(&mut p, "\r");
    p.exp_string("from history").expect("the recalled line ran");
    // Ctrl-D is a key press at the prompt: wait for it, as a person does.
    p.exp_string(">>> ").expect("prompt before Ctrl-D");
    assert_eq!(exit_code(p), 0);
}

#[test]
fn tab_completes_names_and_attributes() {
    let mut p = spawn("tab", &["-q"]);
    p.exp_string(">>> ").expect("prompt");
    line(&mut p, "class Box:\n    contents = 'apples'\n");
    p.exp_string(">>> ").expect("prompt");
    line(&mut p, "crate = Box()");
    p.exp_string(">>> ").expect("prompt");
    keys(&mut p, "cra\t");
    keys(&mut p, ".cont\t");
    keys(&mut p, "\r");
    p.exp_string("'apples'").expect("the completed line ran");
    // Ctrl-D is a key press at the prompt: wait for it, as a person does.
    p.exp_string(">>> ").expect("prompt before Ctrl-D");
    assert_eq!(exit_code(p), 0);
}

#[test]
fn a_pasted_block_runs() {
    let mut p = spawn("paste", &["-q"]);
    p.exp_string(">>> ").expect("prompt");
    keys(
        &mut p,
        "total = 0\nfor n in range(5):\n    total += n\n\ntotal\n",
    );
    p.exp_regex(r"\n10\r?\n").expect("the pasted code ran");
    // Ctrl-D only once the next prompt is up: sent earlier, the switch to raw mode
    // may flush it and the REPL would wait forever.
    p.exp_string(">>> ").expect("prompt");
    assert_eq!(exit_code(p), 0);
}

#[test]
fn top_level_await_without_suspension() {
    let mut p = spawn("await", &["-q"]);
    p.exp_string(">>> ").expect("prompt");
    line(&mut p, "async def answer():\n    return 42\n");
    p.exp_string(">>> ").expect("prompt");
    line(&mut p, "await answer()");
    p.exp_regex(r"\n42\r?\n").expect("awaited value echoed");
    // Ctrl-D is a key press at the prompt: wait for it, as a person does.
    p.exp_string(">>> ").expect("prompt before Ctrl-D");
    assert_eq!(exit_code(p), 0);
}

#[test]
fn dash_i_opens_the_repl_on_the_script_globals() {
    let dir = temp_dir("dash-i");
    let script = dir.join("script.py");
    std::fs::write(
        &script,
        "greeting = 'hi from the script'\nprint('script ran')\n",
    )
    .expect("write script");
    let script = script.to_string_lossy().to_string();
    let mut p = spawn_with(&["-q", "-i", &script], &dir.join("history"));
    p.exp_string("script ran").expect("the script ran first");
    p.exp_string(">>> ").expect("then the prompt");
    line(&mut p, "greeting");
    p.exp_string("'hi from the script'")
        .expect("its globals are there");
    // Ctrl-D is a key press at the prompt: wait for it, as a person does.
    p.exp_string(">>> ").expect("prompt before Ctrl-D");
    assert_eq!(exit_code(p), 0);
}

#[test]
fn exit_and_quit_end_the_session() {
    let mut p = spawn("exit", &["-q"]);
    p.exp_string(">>> ").expect("prompt");
    line(&mut p, "exit");
    p.exp_string("Use exit() or Ctrl-D (i.e. EOF) to exit")
        .expect("exit shows how to leave");
    line(&mut p, "quit(7)");
    assert_eq!(exit_status(p), 7);
}

#[test]
fn output_without_a_newline_is_not_erased_by_the_prompt() {
    let mut p = spawn("unfinished", &["-q"]);
    p.exp_string(">>> ").expect("prompt");
    line(&mut p, "print('no newline', end='')");
    // A line of spaces then a carriage return: the prompt goes to a new line only if
    // the output left the cursor mid-line.
    p.exp_regex("no newline {20,}\r")
        .expect("the output is kept");
    p.exp_string(">>> ").expect("prompt");
    assert_eq!(exit_code(p), 0);
}

#[test]
fn keywords_are_colored_unless_no_color() {
    let dir = temp_dir("color");
    let mut p = spawn_colored(&["-q"], &dir.join("history"), true);
    p.exp_string(">>> ").expect("prompt");
    keys(&mut p, "def");
    p.exp_string("\x1b[1;34mdef").expect("a colored keyword");
    p.send_control('c').expect("Ctrl-C");
    p.exp_string("KeyboardInterrupt").expect("line dropped");
    // Ctrl-D is a key press at the prompt: wait for it, as a person does.
    p.exp_string(">>> ").expect("prompt before Ctrl-D");
    assert_eq!(exit_code(p), 0);

    let mut p = spawn_with(&["-q"], &dir.join("history"));
    p.exp_string(">>> ").expect("prompt");
    keys(&mut p, "def 'x'\n");
    let screen = p.exp_string("SyntaxError").expect("the line ran");
    assert!(
        !screen.contains("\x1b[1;34m"),
        "colored under NO_COLOR: {screen:?}"
    );
    // Ctrl-D is a key press at the prompt: wait for it, as a person does.
    p.exp_string(">>> ").expect("prompt before Ctrl-D");
    assert_eq!(exit_code(p), 0);
}

#[test]
fn top_level_await_of_an_async_function() {
    let mut p = spawn("await-f", &["-q"]);
    p.exp_string(">>> ").expect("prompt");
    line(&mut p, "async def f(x): return x * 2");
    // A compound statement on one line still ends with an empty line, as in CPython.
    p.exp_string("... ").expect("continuation");
    line(&mut p, "");
    p.exp_string(">>> ").expect("prompt");
    line(&mut p, "await f(21)");
    p.exp_regex(r"\n42\r?\n").expect("awaited value echoed");
    // Ctrl-D is a key press at the prompt: wait for it, as a person does.
    p.exp_string(">>> ").expect("prompt before Ctrl-D");
    assert_eq!(exit_code(p), 0);
}

#[test]
fn top_level_await_that_sleeps() {
    let mut p = spawn("await-sleep", &["-q"]);
    p.exp_string(">>> ").expect("prompt");
    line(&mut p, "import asyncio");
    p.exp_string(">>> ").expect("prompt");
    line(&mut p, "async def slow(x):");
    p.exp_string("... ").expect("continuation");
    line(&mut p, "    await asyncio.sleep(0.1)");
    p.exp_string("... ").expect("continuation");
    line(&mut p, "    return x + 1");
    p.exp_string("... ").expect("continuation");
    line(&mut p, "");
    p.exp_string(">>> ").expect("prompt");
    line(&mut p, "await slow(41)");
    p.exp_regex(r"\n42\r?\n")
        .expect("the value after the sleep");
    line(&mut p, "await asyncio.sleep(0.05, 'done')");
    p.exp_regex(r"\n'done'\r?\n").expect("sleep's result");
    // Ctrl-D typed before the next prompt is drawn reaches a terminal in cooked mode,
    // where it is not a key press: wait for the prompt as a person does.
    p.exp_string(">>> ").expect("prompt");
    assert_eq!(exit_code(p), 0);
}

#[test]
fn an_exception_in_an_await_is_reported_and_the_session_goes_on() {
    let mut p = spawn("await-error", &["-q"]);
    p.exp_string(">>> ").expect("prompt");
    line(&mut p, "import asyncio");
    p.exp_string(">>> ").expect("prompt");
    line(
        &mut p,
        "async def bad():\n    await asyncio.sleep(0.01)\n    raise ValueError('nope')\n",
    );
    p.exp_string(">>> ").expect("prompt");
    line(&mut p, "await bad()");
    p.exp_string("ValueError: nope").expect("the traceback");
    line(&mut p, "1 + 1");
    p.exp_regex(r"\n2\r?\n").expect("the session goes on");
    // Ctrl-D is a key press at the prompt: wait for it, as a person does.
    p.exp_string(">>> ").expect("prompt before Ctrl-D");
    assert_eq!(exit_code(p), 0);
}

#[test]
fn a_background_task_prints_while_the_prompt_waits() {
    let mut p = spawn("background", &["-q"]);
    p.exp_string(">>> ").expect("prompt");
    line(&mut p, "import asyncio");
    p.exp_string(">>> ").expect("prompt");
    line(
        &mut p,
        "async def later():\n    await asyncio.sleep(0.3)\n    print('tick from the background')\n",
    );
    p.exp_string(">>> ").expect("prompt");
    line(&mut p, "t = asyncio.create_task(later())");
    p.exp_string(">>> ").expect("prompt while the task sleeps");
    p.exp_string("tick from the background")
        .expect("the task ran while the prompt waited");
    p.exp_string(">>> ").expect("the prompt is drawn again");
    line(&mut p, "t.done()");
    p.exp_string("True").expect("the task finished");
    // Ctrl-D is a key press at the prompt: wait for it, as a person does.
    p.exp_string(">>> ").expect("prompt before Ctrl-D");
    assert_eq!(exit_code(p), 0);
}

#[test]
fn ctrl_c_interrupts_a_long_await_only() {
    let mut p = spawn("await-ctrl-c", &["-q"]);
    p.exp_string(">>> ").expect("prompt");
    line(&mut p, "import asyncio");
    p.exp_string(">>> ").expect("prompt");
    // A background task whose timer fires while the prompt waits, and one that
    // outlives the interrupted await.
    line(&mut p, "short = asyncio.create_task(asyncio.sleep(0.1))");
    p.exp_string(">>> ").expect("prompt");
    line(&mut p, "long = asyncio.create_task(asyncio.sleep(60))");
    p.exp_string(">>> ").expect("prompt");
    std::thread::sleep(std::time::Duration::from_millis(300));
    line(&mut p, "await asyncio.sleep(30)");
    // Let the loop start waiting (and listening for SIGINT).
    std::thread::sleep(std::time::Duration::from_millis(500));
    p.send_control('c').expect("Ctrl-C");
    p.exp_string("KeyboardInterrupt")
        .expect("the await was interrupted");
    p.exp_string(">>> ").expect("back at the prompt");
    line(&mut p, "1+1");
    p.exp_regex(r"\n2\r?\n").expect("the session goes on");
    line(&mut p, "short.done(), long.done()");
    p.exp_string("(True, False)")
        .expect("background tasks were not cancelled");
    // Ctrl-D is a key press at the prompt: wait for it, as a person does.
    p.exp_string(">>> ").expect("prompt before Ctrl-D");
    assert_eq!(exit_code(p), 0);
}

#[test]
fn ctrl_c_interrupts_a_busy_statement() {
    let mut p = spawn("busy-ctrl-c", &["-q"]);
    p.exp_string(">>> ").expect("prompt");
    line(&mut p, "n = 0");
    p.exp_string(">>> ").expect("prompt");
    keys(&mut p, "while True:\n");
    p.exp_string("... ").expect("continuation prompt");
    keys(&mut p, "    n += 1\n");
    p.exp_string("... ").expect("continuation prompt");
    keys(&mut p, "\n");
    std::thread::sleep(std::time::Duration::from_millis(500));
    p.send_control('c').expect("Ctrl-C");
    p.exp_string("KeyboardInterrupt")
        .expect("the loop was interrupted");
    p.exp_string(">>> ").expect("back at the prompt");
    line(&mut p, "n > 0");
    p.exp_string("True")
        .expect("the loop ran and the session goes on");
    // Ctrl-D is a key press at the prompt: wait for it, as a person does.
    p.exp_string(">>> ").expect("prompt before Ctrl-D");
    assert_eq!(exit_code(p), 0);
}

#[test]
fn a_future_import_holds_for_later_inputs() {
    let mut p = spawn("future", &["-q"]);
    p.exp_string(">>> ").expect("prompt");
    line(&mut p, "from __future__ import annotations");
    p.exp_string(">>> ").expect("prompt after the import");
    line(&mut p, "x: undefined_name = 1");
    p.exp_string(">>> ")
        .expect("the annotation is not evaluated");
    line(&mut p, "__annotations__");
    p.exp_string("{'x': 'undefined_name'}")
        .expect("the annotation is kept as text");
    // Ctrl-D is a key press at the prompt: wait for it, as a person does.
    p.exp_string(">>> ").expect("prompt before Ctrl-D");
    assert_eq!(exit_code(p), 0);
}

#[test]
fn print_all_call_graphs_shows_every_background_task() {
    let mut p = spawn("call_graphs", &["-q"]);
    p.exp_string(">>> ").expect("prompt");
    line(&mut p, "import asyncio");
    p.exp_string(">>> ").expect("prompt");
    keys(&mut p, "async def idle(ev):\n    await ev.wait()\n\n");
    p.exp_string(">>> ").expect("prompt after the def");
    line(&mut p, "ev = asyncio.Event()");
    p.exp_string(">>> ").expect("prompt");
    line(&mut p, "a = asyncio.create_task(idle(ev), name='first')");
    p.exp_string(">>> ").expect("prompt");
    line(&mut p, "b = asyncio.create_task(idle(ev), name='second')");
    p.exp_string(">>> ").expect("prompt");
    line(&mut p, "await asyncio.sleep(0)");
    p.exp_string(">>> ").expect("prompt");
    line(&mut p, "asyncio.print_all_call_graphs()");
    p.exp_regex(r"\* Task\(name='first', id=0x[0-9a-f]+\)\r?\n  \+ Call stack:\r?\n  \|   File '<frozen asyncio>', line \d+, in async Event.wait\(\)\r?\n  \|   File '<stdin>', line 2, in async idle\(\)")
        .expect("the first task's tree");
    p.exp_regex(r"\* Task\(name='second', id=0x[0-9a-f]+\)")
        .expect("the second task's tree");
    p.exp_string(">>> ").expect("prompt");
    assert_eq!(exit_code(p), 0);
}
