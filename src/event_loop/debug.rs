//! asyncio's debug mode, as CPython 3.11's: `loop.set_debug(True)`,
//! `asyncio.run(debug=True)` or `PYTHONASYNCIODEBUG` set for new loops; then each
//! callback is timed on the loop's clock and one taking `loop.slow_callback_duration`
//! (0.1 s) or more is logged through the `logging` module's `asyncio` logger
//! ("Executing <Task ...> took 0.105 seconds"), and `call_soon`/`call_later`/`call_at`
//! from a thread other than the one running the loop raise RuntimeError. Futures,
//! tasks and handles made in debug mode remember where (`_source_traceback`, and
//! `created at FILE:LINE` in their reprs and the loop's error reports).
//!
//! Not the loop (see `run_loop`): the loop asks here only when its `debug` flag is set,
//! so a loop not in debug mode pays one flag test per callback.

use super::handle::{Callback, Handle};
use super::run_loop::EventLoop;
use crate::runtime::error::{runtime_error, type_error, PyErr, PyResult};
use crate::runtime::function::Args;
use crate::runtime::signature::Signature;
use crate::runtime::value::Value;
use crate::vm::Vm;
use std::cell::{Cell, RefCell};
use std::rc::Rc;

/// The debug-mode state of a loop.
pub struct DebugState {
    /// `loop.slow_callback_duration` in seconds, and as it was given (shown as given).
    pub slow_callback_duration: Cell<f64>,
    slow_callback_value: RefCell<Value>,
    /// The Python thread running the loop (its `threading.get_ident()`), while it runs.
    pub thread: Cell<Option<u64>>,
}

impl Default for DebugState {
    fn default() -> Self {
        DebugState {
            slow_callback_duration: Cell::new(0.1),
            slow_callback_value: RefCell::new(Value::Float(0.1)),
            thread: Cell::new(None),
        }
    }
}

/// Whether new loops start in debug mode: `PYTHONASYNCIODEBUG` set to anything
/// non-empty, as CPython's `coroutines._is_debug_mode()` reads it.
pub fn debug_from_environment() -> bool {
    static ON: std::sync::OnceLock<bool> = std::sync::OnceLock::new();
    *ON.get_or_init(|| std::env::var_os("PYTHONASYNCIODEBUG").is_some_and(|v| !v.is_empty()))
}

/// How the slow-callback warning names what ran: the task a step or wake-up belongs to,
/// else the handle (as `_format_handle` does).
fn describe(vm: &mut Vm, callback: &Callback, handle: Option<&Rc<Handle>>) -> PyResult<String> {
    match callback {
        Callback::Step(task, _) | Callback::Wakeup(task, _) => {
            let v = task.value();
            vm.repr(&v)
        }
        _ => {
            let h = match handle {
                Some(h) => h.clone(),
                None => Handle::new(callback.clone(), None),
            };
            vm.repr(&h.to_value(&super::object::classes(vm)))
        }
    }
}

impl EventLoop {
    /// Run a callback timed, logging it when it took `slow_callback_duration` or more.
    #[inline(never)]
    pub(super) fn run_callback_timed(
        self: &Rc<Self>,
        vm: &mut Vm,
        callback: &Callback,
        handle: Option<&Rc<Handle>>,
    ) -> PyResult<()> {
        let t0 = self.now_ns();
        let result = self.run_callback(vm, callback, handle);
        let dt = (self.now_ns() - t0) as f64 / 1e9;
        if dt >= self.debug_state.slow_callback_duration.get() {
            let what = describe(vm, callback, handle)?;
            log_slow_callback(vm, what, dt)?;
        }
        result
    }

    /// `_check_thread`: in debug mode, the non-thread-safe scheduling calls must come
    /// from the thread running the loop.
    pub(super) fn check_thread(&self, vm: &Vm) -> PyResult<()> {
        if !self.get_debug() {
            return Ok(());
        }
        match self.debug_state.thread.get() {
            Some(t) if t != vm.threads.current_ident() => Err(not_thread_safe()),
            _ => Ok(()),
        }
    }
}

#[cold]
fn not_thread_safe() -> PyErr {
    runtime_error("Non-thread-safe operation invoked on an event loop other than the current one")
}

/// `logging.getLogger('asyncio').warning('Executing %s took %.3f seconds', what, dt)`,
/// through the Python half.
#[cold]
fn log_slow_callback(vm: &mut Vm, what: String, dt: f64) -> PyResult<()> {
    let asyncio = vm.import_absolute("asyncio")?;
    let log = vm.getattr(&asyncio, "_log_slow_callback")?;
    vm.call_args(&log, vec![Value::from_string(what), Value::Float(dt)])?;
    Ok(())
}

fn this(args: &Args<'_>) -> PyResult<Rc<EventLoop>> {
    args.pos()
        .first()
        .and_then(super::object::downcast::<EventLoop>)
        .ok_or_else(|| type_error("an event loop was expected"))
}

/// The setter's one value (a property's setter is called with exactly one).
const SLOW_CALLBACK_DURATION: Signature = Signature::one_arg("slow_callback_duration");
const SOURCE_TRACEBACK_OF: Signature =
    Signature::new("_source_traceback_of", &["obj"]).positional_only("_source_traceback_of");

/// The getter of `loop.slow_callback_duration`.
pub fn get_slow_callback_duration(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let lp = this(&args)?;
    let v = lp.debug_state.slow_callback_value.borrow().clone();
    Ok(v)
}

/// The setter of `loop.slow_callback_duration`: a plain attribute in CPython, so any
/// value is kept; one that is no number of seconds makes no callback slow.
pub fn set_slow_callback_duration(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let lp = this(&args)?;
    let v = SLOW_CALLBACK_DURATION.one_method(&args)?.clone();
    let secs =
        super::run_loop::to_seconds(vm, &v, "slow_callback_duration").unwrap_or(f64::INFINITY);
    lp.debug_state.slow_callback_duration.set(secs);
    *lp.debug_state.slow_callback_value.borrow_mut() = v;
    Ok(Value::None)
}

/// One frame of the stack a future, task or handle was created on: an entry of debug
/// mode's `_source_traceback` (file, line, function, stripped source line).
pub struct SourceFrame {
    file: Rc<str>,
    line: usize,
    name: String,
    text: String,
}

/// Where a future, task or handle was created, outermost frame first; recorded only
/// when its loop is in debug mode.
pub type SourceTraceback = Rc<[SourceFrame]>;

/// The Python frames now running, outermost first, as `traceback.extract_stack()`
/// from the frame calling the native constructor (`Future()`, `loop.call_soon`, ...).
#[cold]
pub fn extract_stack(vm: &Vm) -> SourceTraceback {
    vm.caller_trail()
        .iter()
        .chain(vm.native_call_site())
        .map(|c| {
            let code = &c.code().code;
            let line = c.line();
            let file = code.source.name.clone();
            // As linecache: no source text for `<stdin>`, `<frozen asyncio>` and the like.
            let text = if file.starts_with('<') {
                String::new()
            } else {
                code.source.line_text(line).trim().to_string()
            };
            SourceFrame {
                file,
                line,
                name: code.name.to_string(),
                text,
            }
        })
        .collect()
}

/// ` created at FILE:LINE` of the innermost frame, as `_future_repr_info` and
/// `Handle._repr_info` end a repr in debug mode.
#[cold]
pub fn created_at(tb: &SourceTraceback) -> Option<String> {
    let last = tb.last()?;
    Some(format!("created at {}:{}", last.file, last.line))
}

/// `_source_traceback` as Python sees it: a list of `(file, line, name, line text)`
/// tuples (what CPython's FrameSummary entries unpack to), or None.
pub fn source_traceback_value(tb: Option<SourceTraceback>) -> Value {
    let Some(tb) = tb else {
        return Value::None;
    };
    let frames = tb
        .iter()
        .map(|f| {
            Value::tuple(vec![
                Value::from_string(f.file.to_string()),
                Value::Int(f.line as i64),
                Value::from_string(f.name.clone()),
                Value::from_string(f.text.clone()),
            ])
        })
        .collect();
    Value::list(frames)
}

/// `_source_traceback_of(obj)`: the creation stack of a future, task or handle, the
/// getter behind their `_source_traceback` property.
pub fn source_traceback_of(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let obj = &SOURCE_TRACEBACK_OF.positional(&args)?[0];
    if let Some(f) = super::future::future_of(obj) {
        return Ok(source_traceback_value(f.source_traceback()));
    }
    if let Some(h) = super::object::downcast::<Handle>(obj) {
        return Ok(source_traceback_value(h.source.get().cloned()));
    }
    Err(type_error("a Future or a Handle was expected"))
}

/// The `source_traceback` entry of an exception handler's context as the default
/// handler shows it: "Object created at (most recent call last):" and the frames in
/// `traceback.format_list`'s layout.
#[cold]
pub fn format_source_traceback(vm: &mut Vm, v: &Value) -> PyResult<String> {
    let Value::List(frames) = v else {
        return vm.repr(v);
    };
    let mut out = String::from("Object created at (most recent call last):\n");
    for frame in frames.snapshot() {
        let Value::Tuple(t) = &frame else {
            return vm.repr(v);
        };
        let [file, line, name, text] = &t.items[..] else {
            return vm.repr(v);
        };
        let (file, line, name) = (vm.str(file)?, vm.str(line)?, vm.str(name)?);
        out.push_str(&format!("  File \"{file}\", line {line}, in {name}\n"));
        let text = vm.str(text)?;
        if !text.is_empty() {
            out.push_str(&format!("    {}\n", text.trim()));
        }
    }
    Ok(out.trim_end().to_string())
}
