//! The seam between the REPL and an event loop. Top-level `await` compiles the input
//! into a coroutine that something must drive, and background tasks should keep running
//! (and printing above the prompt) while the person types. Both are an event loop's job,
//! so the REPL asks a [`LoopDriver`] for them; asyncio provides the real one.
//!
//! [`NoEventLoop`] is the driver without asyncio: it runs a top-level coroutine as far as
//! it gets without suspending, and reports clearly when it would have to wait.

use super::Request;
use crate::runtime::dict::PyDict;
use crate::runtime::error::{runtime_error, PyResult};
use crate::runtime::function::CodeObj;
use crate::runtime::value::Value;
use crate::vm::resume::{GenStep, Resume};
use crate::vm::{Generator, Vm};
use std::rc::Rc;
use std::sync::mpsc::Receiver;

/// Text to show above the prompt while the person is typing (rustyline's external
/// printer). Output written straight to the terminal then would garble the edited line.
pub trait BackgroundPrinter {
    fn print(&mut self, text: String);
}

/// What the REPL needs from an event loop.
pub trait LoopDriver {
    /// Run the coroutine a top-level-`await` input compiled to, to its end. Its return
    /// value is ignored (expression values were echoed by the input itself).
    fn run_until_complete(&mut self, vm: &mut Vm, coro: Rc<Generator>) -> PyResult<Value>;

    /// Run an input that does not `await`. A driver with an event loop runs it inside
    /// that loop, as `python -m asyncio` does, so `asyncio.create_task` works at the
    /// prompt.
    fn run_code(&mut self, vm: &mut Vm, code: Rc<CodeObj>, globals: Rc<PyDict>) -> PyResult<Value> {
        vm.run_code(code, globals, None)
    }

    /// Wait for the editor's next request. A driver with background tasks runs them
    /// meanwhile, sending whatever they print through `printer` (when there is one: not
    /// on a dumb terminal). `None` means the editor is gone.
    fn wait_for_request(
        &mut self,
        vm: &mut Vm,
        requests: &Receiver<Request>,
        printer: &mut Option<Box<dyn BackgroundPrinter>>,
    ) -> Option<Request>;
}

/// The driver when there is no event loop: top-level `await` works as long as nothing
/// actually has to wait.
pub struct NoEventLoop;

/// What a top-level `await` that would suspend reports without an event loop.
pub const NEEDS_EVENT_LOOP: &str =
    "top-level await needs the asyncio event loop, which this build does not have yet";

impl LoopDriver for NoEventLoop {
    fn run_until_complete(&mut self, vm: &mut Vm, coro: Rc<Generator>) -> PyResult<Value> {
        match vm.gen_resume(&coro, Resume::Send(Value::None))? {
            GenStep::Return(v) => Ok(v),
            GenStep::Yield(_) => no_loop(vm, &coro),
        }
    }

    fn wait_for_request(
        &mut self,
        _vm: &mut Vm,
        requests: &Receiver<Request>,
        _printer: &mut Option<Box<dyn BackgroundPrinter>>,
    ) -> Option<Request> {
        requests.recv().ok()
    }
}

/// The coroutine suspended with nobody to resume it: throw the error into it so its
/// `finally` blocks and `with` exits run, and report it.
#[cold]
fn no_loop(vm: &mut Vm, coro: &Rc<Generator>) -> PyResult<Value> {
    let err = runtime_error(NEEDS_EVENT_LOOP);
    match vm.gen_resume(coro, Resume::Throw(err.clone()))? {
        GenStep::Return(_) | GenStep::Yield(_) => Err(err),
    }
}
