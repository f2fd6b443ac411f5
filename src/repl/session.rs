//! The interpreter thread's side of the REPL: it owns the [`Interpreter`], collects the
//! lines of an input (`input.rs`), compiles each finished input in interactive mode (so
//! expression values are echoed and stored in `_`), runs it, and reports syntax errors
//! and tracebacks without ending the session. `SystemExit` ends it.

use super::complete;
use super::driver::{BackgroundPrinter, LoopDriver};
use super::input::{PendingInput, Verdict, INPUT_NAME};
use super::{Reply, Request};
use crate::compiler::bytecode::CodeKind;
use crate::compiler::CompileMode;
use crate::interpreter::{Interpreter, Outcome};
use crate::report;
use crate::runtime::error::PyErr;
use crate::runtime::function::Args;
use crate::runtime::value::Value;
use crate::vm::{Frame, Generator};
use std::rc::Rc;
use std::sync::mpsc::{Receiver, Sender};

pub struct Session<D: LoopDriver> {
    interp: Interpreter,
    driver: D,
    input: PendingInput,
    /// Whether code ran since the last prompt.
    ran: bool,
}

impl<D: LoopDriver> Session<D> {
    pub fn new(mut interp: Interpreter, driver: D) -> Session<D> {
        install_quitters(&mut interp);
        Session {
            interp,
            driver,
            input: PendingInput::new(),
            ran: false,
        }
    }

    /// Answer the editor until the session ends; returns the exit code.
    pub fn serve(
        &mut self,
        requests: &Receiver<Request>,
        replies: &Sender<Reply>,
        mut printer: Option<Box<dyn BackgroundPrinter>>,
    ) -> i32 {
        let mut reply = self.prompt();
        loop {
            if replies.send(reply).is_err() {
                return 0;
            }
            let request = self
                .driver
                .wait_for_request(&mut self.interp.vm, requests, &mut printer);
            reply = match request {
                Some(Request::Lines(text)) => match self.enter(&text) {
                    Some(code) => {
                        let _ = replies.send(Reply::Exit);
                        return code;
                    }
                    None => self.prompt(),
                },
                Some(Request::Interrupt) => {
                    self.input.clear();
                    eprintln!("KeyboardInterrupt");
                    self.prompt()
                }
                Some(Request::Complete { line, pos }) => self.complete(&line, pos),
                Some(Request::Eof) | None => {
                    // rustyline already moved to a new line for the shell prompt.
                    let _ = replies.send(Reply::Exit);
                    return 0;
                }
            };
        }
    }

    fn prompt(&mut self) -> Reply {
        Reply::Prompt {
            continuation: self.input.is_continuation(),
            context: self.input.text(),
            after_output: std::mem::take(&mut self.ran),
        }
    }

    fn complete(&mut self, line: &str, pos: usize) -> Reply {
        match complete::site(line, pos) {
            Some(site) => Reply::Completions {
                start: site.start,
                candidates: complete::candidates(
                    &mut self.interp.vm,
                    &self.interp.main.clone(),
                    &site,
                ),
            },
            None => Reply::Completions {
                start: pos,
                candidates: Vec::new(),
            },
        }
    }

    /// Feed the entered text line by line (a paste holds several); `Some(code)` when
    /// the session must end.
    pub fn enter(&mut self, text: &str) -> Option<i32> {
        for line in text.split('\n') {
            match self.input.push_line(line) {
                Verdict::Nothing | Verdict::NeedMore => {}
                Verdict::Invalid(err, source) => {
                    self.interp.vm.out.flush();
                    eprint!("{}", report::render_syntax_error(&err, &source));
                }
                Verdict::Ready(source) => {
                    self.ran = true;
                    if let Some(code) = self.execute(&source) {
                        return Some(code);
                    }
                }
            }
        }
        None
    }

    /// Compile and run one finished input; `Some(code)` on `SystemExit`.
    fn execute(&mut self, text: &str) -> Option<i32> {
        let code = match self
            .interp
            .compile(INPUT_NAME, text, CompileMode::Interactive)
        {
            Ok(code) => code,
            Err((err, source)) => {
                eprint!("{}", report::render_syntax_error(&err, &source));
                return None;
            }
        };
        let main = self.interp.main.clone();
        let result = if code.code.kind == CodeKind::Coroutine {
            // Top-level `await`: the input is a coroutine for the event loop to drive.
            let name = code.code.name.clone();
            let qualname = code.code.qualname.clone();
            let frame = Frame::new(code, main, None);
            let coro = Rc::new(Generator::new(frame, &name, &qualname));
            crate::threads::run_root(&mut self.interp.vm, |vm| {
                self.driver.run_until_complete(vm, coro)
            })
        } else {
            crate::threads::run_root(&mut self.interp.vm, |vm| {
                self.driver.run_code(vm, code, main)
            })
        };
        self.interp.vm.out.flush();
        match result {
            Ok(_) => None,
            Err(err) => self.uncaught(err),
        }
    }

    /// An exception escaped the input: show it and go on, unless it is `SystemExit`.
    #[cold]
    fn uncaught(&mut self, err: PyErr) -> Option<i32> {
        if err.is_instance(&self.interp.vm.types().system_exit) {
            if let Some(arg) = err.first_arg() {
                if !matches!(arg, Value::Int(_) | Value::None | Value::Bool(_)) {
                    if let Ok(s) = self.interp.vm.str(&arg) {
                        eprintln!("{s}");
                    }
                }
            }
            return Some(self.interp.exit_code(&Outcome::Raised(err)));
        }
        self.interp.vm.report_uncaught(&err);
        self.interp.vm.out.flush();
        None
    }
}

/// CPython's `site` module gives the REPL `exit` and `quit`: calling one raises
/// `SystemExit`, showing one says how to leave. They replace the plain functions a script
/// gets (runtime/builtins/site.rs), whose repr says nothing of the sort.
const QUITTERS: &str = r#"
class Quitter:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return f"Use {self.name}() or Ctrl-D (i.e. EOF) to exit"
    def __call__(self, code=None):
        raise SystemExit(code)
"#;

fn install_quitters(interp: &mut Interpreter) {
    let builtins = interp.vm.builtins.clone();
    let Ok(code) = interp.compile("<site>", QUITTERS, CompileMode::Module) else {
        return;
    };
    let namespace = Rc::new(crate::runtime::dict::PyDict::new());
    namespace.set_by_str("__name__", Value::str("_sitebuiltins"));
    if interp.vm.run_code(code, namespace.clone(), None).is_err() {
        return;
    }
    let Some(quitter) = namespace.get_by_str("Quitter") else {
        return;
    };
    for name in ["exit", "quit"] {
        if let Ok(q) = interp.vm.call(&quitter, Args::new(&[Value::str(name)])) {
            builtins.set_by_str(name, q);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::driver::NoEventLoop;
    use super::*;

    fn session() -> Session<NoEventLoop> {
        Session::new(Interpreter::new(), NoEventLoop)
    }

    fn global(s: &Session<NoEventLoop>, name: &str) -> Option<Value> {
        s.interp.main.get_by_str(name)
    }

    #[test]
    fn a_definition_then_a_call() {
        let mut s = session();
        assert_eq!(s.enter("def f(x):"), None);
        assert_eq!(s.enter("    return x * 2"), None);
        assert!(global(&s, "f").is_none());
        assert_eq!(s.enter(""), None);
        assert_eq!(s.enter("y = f(21)"), None);
        assert!(matches!(global(&s, "y"), Some(Value::Int(42))));
    }

    #[test]
    fn the_last_value_is_underscore() {
        let mut s = session();
        s.enter("6 * 7");
        assert!(matches!(
            s.interp.vm.builtins.get_by_str("_"),
            Some(Value::Int(42))
        ));
    }

    #[test]
    fn a_paste_of_several_lines() {
        let mut s = session();
        assert_eq!(
            s.enter("a = 1\nb = a + 1\nfor i in range(3):\n    b += i\n\nc = b"),
            None
        );
        assert!(matches!(global(&s, "c"), Some(Value::Int(5))));
    }

    #[test]
    fn errors_do_not_end_the_session() {
        let mut s = session();
        assert_eq!(s.enter("1/0"), None);
        assert_eq!(s.enter("x = )"), None);
        assert_eq!(s.enter("x = 1"), None);
        assert!(matches!(global(&s, "x"), Some(Value::Int(1))));
    }

    #[test]
    fn system_exit_ends_it_with_its_code() {
        let mut s = session();
        assert_eq!(s.enter("raise SystemExit(3)"), Some(3));
        assert_eq!(session().enter("raise SystemExit"), Some(0));
        assert_eq!(session().enter("exit()"), Some(0));
        assert_eq!(session().enter("quit(5)"), Some(5));
    }

    #[test]
    fn top_level_await_of_a_coroutine_that_does_not_suspend() {
        let mut s = session();
        s.enter("async def f():\n    return 5\n");
        assert_eq!(s.enter("r = await f()"), None);
        assert!(matches!(global(&s, "r"), Some(Value::Int(5))));
    }
}
