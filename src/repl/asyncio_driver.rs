//! The REPL's [`LoopDriver`] on the real asyncio event loop, as `python -m asyncio` has
//! it: one loop for the whole session, current and running while input runs (so
//! `asyncio.get_running_loop()` and `asyncio.create_task()` work at the prompt), a
//! top-level `await` run as a Task on that loop, and background tasks kept running
//! while the person types, their output shown above the prompt.
//!
//! Waiting for the next line and waiting for the loop's next timer are one wait here: the
//! editor's channel is waited on with the timer's deadline as timeout, so an idle
//! prompt costs nothing and a timer fires on time.
//!
//! Ctrl-C during a top-level `await` (the terminal is not in raw mode then, so it is a
//! SIGINT the loop listens for) cancels that input's task only, lets it unwind, and
//! reports KeyboardInterrupt; background tasks live on.
//!
//! It is not the event loop (see `event_loop`) and prints nothing on stderr itself: a
//! background task's traceback (the loop's exception handler) is written to stderr as
//! it would be in a script, which may land on the prompt line.

use super::driver::{BackgroundPrinter, LoopDriver};
use super::Request;
use crate::event_loop::future::future_of;
use crate::event_loop::run_loop::{loop_arg, set_event_loop, EventLoop, NextWork};
use crate::event_loop::task::{cancel, new_task};
use crate::report;
use crate::runtime::dict::PyDict;
use crate::runtime::error::{runtime_error, PyErr, PyResult};
use crate::runtime::function::CodeObj;
use crate::runtime::value::Value;
use crate::vm::{Generator, Vm};
use std::rc::Rc;
use std::sync::mpsc::{Receiver, RecvTimeoutError, TryRecvError};
use std::time::Instant;

/// Drives top-level `await` and background tasks on one event loop.
pub struct AsyncioDriver {
    lp: Rc<EventLoop>,
    /// Background output after its last newline, kept until the line is finished (the
    /// printer would end it with a newline of its own).
    partial: String,
}

impl AsyncioDriver {
    /// A new event loop for the session, made the thread's current loop.
    pub fn new(vm: &mut Vm) -> PyResult<AsyncioDriver> {
        let value = EventLoop::new_value(vm);
        let lp = loop_arg(&value)?;
        set_event_loop(vm, value)?;
        Ok(AsyncioDriver {
            lp,
            partial: String::new(),
        })
    }

    /// Run iterations until `task` is done; a Ctrl-C cancels it and lets it unwind.
    fn drive(&mut self, vm: &mut Vm, task: &Value) -> PyResult<Value> {
        let fut = future_of(task).ok_or_else(|| runtime_error("create_task made no task"))?;
        let done_fut = fut.clone();
        match self.lp.run_until(vm, &mut || done_fut.done()) {
            Ok(()) => fut.result(),
            Err(e) if e.is_instance(&vm.types().keyboard_interrupt) => {
                cancel(vm, &fut, Value::None)?;
                let done_fut = fut.clone();
                // A second Ctrl-C while it unwinds abandons the unwinding.
                let _ = self.lp.run_until(vm, &mut || done_fut.done());
                if fut.done() {
                    // Its CancelledError (or whatever it ended with) is replaced by the
                    // KeyboardInterrupt the person asked for.
                    let _ = fut.result();
                }
                Err(e)
            }
            Err(e) => Err(e),
        }
    }

    /// Send what background tasks printed to the printer, whole lines only.
    fn show_output(&mut self, vm: &mut Vm, printer: &mut Option<Box<dyn BackgroundPrinter>>) {
        let Some(printer) = printer else {
            vm.out.flush();
            return;
        };
        self.partial.push_str(&vm.out.take());
        if let Some(end) = self.partial.rfind('\n') {
            let rest = self.partial.split_off(end + 1);
            let lines = std::mem::replace(&mut self.partial, rest);
            // The printer ends every message with a newline.
            printer.print(lines.trim_end_matches('\n').to_string());
        }
    }

    /// One iteration with stdout held for the printer. An error that leaves the loop
    /// (KeyboardInterrupt from an earlier Ctrl-C, SystemExit in a task) is shown; the
    /// session goes on.
    fn background_iteration(
        &mut self,
        vm: &mut Vm,
        printer: &mut Option<Box<dyn BackgroundPrinter>>,
    ) {
        let held = printer.is_some();
        vm.out.hold(held);
        let result = self.lp.run_until(vm, &mut || true);
        if let Err(e) = result {
            self.background_error(vm, printer, &e);
        }
        vm.out.hold(false);
        self.show_output(vm, printer);
    }

    #[cold]
    fn background_error(
        &mut self,
        vm: &mut Vm,
        printer: &mut Option<Box<dyn BackgroundPrinter>>,
        e: &PyErr,
    ) {
        let text = if e.is_instance(&vm.types().keyboard_interrupt) {
            "KeyboardInterrupt\n".to_string()
        } else {
            report::render_traceback(vm, e)
        };
        // What the tasks printed came first.
        self.show_output(vm, printer);
        match printer {
            Some(p) => p.print(text.trim_end_matches('\n').to_string()),
            None => eprint!("{text}"),
        }
    }

    /// Give unfinished background output back to stdout, for the next flush.
    fn return_partial(&mut self, vm: &mut Vm) {
        if !self.partial.is_empty() {
            vm.out.write(&std::mem::take(&mut self.partial));
        }
    }
}

impl LoopDriver for AsyncioDriver {
    fn run_until_complete(&mut self, vm: &mut Vm, coro: Rc<Generator>) -> PyResult<Value> {
        let context = crate::runtime::contextvars::copy_current(vm);
        let task = new_task(vm, &self.lp, Value::Generator(coro), Value::None, context)?;
        self.drive(vm, &task)
    }

    fn run_code(&mut self, vm: &mut Vm, code: Rc<CodeObj>, globals: Rc<PyDict>) -> PyResult<Value> {
        // Inside the loop, as a callback of it would run; if the loop cannot be entered
        // (closed by the person), the input still runs.
        let entered = self.lp.enter(vm).is_ok();
        let result = vm.run_code(code, globals, None);
        if entered {
            self.lp.leave(vm);
        }
        result
    }

    fn wait_for_request(
        &mut self,
        vm: &mut Vm,
        requests: &Receiver<Request>,
        printer: &mut Option<Box<dyn BackgroundPrinter>>,
    ) -> Option<Request> {
        let request = loop {
            match requests.try_recv() {
                Ok(r) => break Some(r),
                Err(TryRecvError::Disconnected) => break None,
                Err(TryRecvError::Empty) => {}
            }
            if self.lp.check_closed().is_err() {
                break requests.recv().ok();
            }
            match self.lp.next_work() {
                NextWork::Now => {}
                NextWork::At(at) => {
                    let timeout = at.saturating_duration_since(Instant::now());
                    match requests.recv_timeout(timeout) {
                        Ok(r) => break Some(r),
                        Err(RecvTimeoutError::Disconnected) => break None,
                        Err(RecvTimeoutError::Timeout) => {}
                    }
                }
                NextWork::Nothing => break requests.recv().ok(),
            }
            // Only due work: an iteration that waited would install the Ctrl-C
            // listener under the line editor, which then drops it (see `run_until`).
            if self.lp.next_work() == NextWork::Now {
                self.background_iteration(vm, printer);
            }
        };
        self.return_partial(vm);
        request
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::compiler::CompileMode;
    use crate::interpreter::Interpreter;
    use crate::runtime::dict::PyDict;
    use crate::vm::Frame;
    use std::sync::mpsc::channel;
    use std::time::Duration;

    /// Run one input as the session does: a coroutine when it awaits.
    fn enter(interp: &mut Interpreter, driver: &mut AsyncioDriver, text: &str) -> PyResult<Value> {
        let Ok(code) = interp.compile("<stdin>", text, CompileMode::Interactive) else {
            panic!("syntax error in {text:?}");
        };
        let main: Rc<PyDict> = interp.main.clone();
        if code.code.kind == crate::compiler::bytecode::CodeKind::Coroutine {
            let (name, qualname) = (code.code.name.clone(), code.code.qualname.clone());
            let coro = Rc::new(Generator::new(
                Frame::new(code, main, None),
                &name,
                &qualname,
            ));
            driver.run_until_complete(&mut interp.vm, coro)
        } else {
            driver.run_code(&mut interp.vm, code, main)
        }
    }

    #[test]
    fn awaits_that_sleep_and_tasks_made_at_the_prompt() {
        let mut interp = Interpreter::new();
        let mut driver = AsyncioDriver::new(&mut interp.vm).expect("a loop");
        let inputs = [
            "import asyncio",
            "async def slow(x):\n    await asyncio.sleep(0.01)\n    return x * 2\n",
            "r = await slow(21)",
            "t = asyncio.create_task(slow(1))",
            "r2 = await t",
        ];
        for text in inputs {
            assert!(enter(&mut interp, &mut driver, text).is_ok(), "{text}");
        }
        assert!(matches!(interp.main.get_by_str("r"), Some(Value::Int(42))));
        assert!(matches!(interp.main.get_by_str("r2"), Some(Value::Int(2))));
        let err = enter(&mut interp, &mut driver, "await slow(None)");
        assert!(err.is_err_and(|e| e.is_instance(&interp.vm.types().type_error)));
    }

    #[test]
    fn background_tasks_run_while_waiting_for_a_line() {
        let mut interp = Interpreter::new();
        let mut driver = AsyncioDriver::new(&mut interp.vm).expect("a loop");
        let inputs = [
            "import asyncio",
            "async def later():\n    global seen\n    await asyncio.sleep(0.02)\n    seen = True\n",
            "seen = False",
            "t = asyncio.create_task(later())",
        ];
        for text in inputs {
            assert!(enter(&mut interp, &mut driver, text).is_ok(), "{text}");
        }
        let (tx, rx) = channel();
        let typist = std::thread::spawn(move || {
            std::thread::sleep(Duration::from_millis(200));
            let _ = tx.send(Request::Eof);
        });
        let request = driver.wait_for_request(&mut interp.vm, &rx, &mut None);
        assert!(matches!(request, Some(Request::Eof)));
        assert!(typist.join().is_ok());
        assert!(matches!(
            interp.main.get_by_str("seen"),
            Some(Value::Bool(true))
        ));
    }
}
