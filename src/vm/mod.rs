//! The virtual machine: frames, the dispatch loop, calls, and the operations on values
//! that may run Python code (attribute lookup, operators, comparisons, repr, iteration).
//!
//! [`Vm`] is the interpreter state of one thread. Python-to-Python calls and generator
//! resumption push frames on an explicit stack inside [`Vm::run`]; native code that calls
//! back into Python (a `key=` function, `__repr__`, ...) runs a nested loop, counted
//! against the same recursion limit.

pub mod asyncgen_hooks;
pub mod attr;
mod attr_fast;
mod bases_assign;
mod builtin_methods;
pub mod call;
mod call_fast;
mod call_kw_fast;
mod call_messages;
mod call_native;
mod call_stack;
pub mod callers;
mod class_assign;
mod class_slots;
mod compare_ops;
pub(crate) use compare_ops::fast_compare;
pub mod coro_origin;
mod dunder_frames;
pub mod dunders;
pub mod eval_breaker;
pub mod eval_exec;
mod except_star;
pub mod excepthook;
mod fast_arith;
pub mod frame;
pub mod frame_builtins;
pub mod frame_slots;
#[cfg(test)]
mod frame_slots_tests;
pub mod gc;
mod gen_consume;
pub mod gen_methods;
mod gen_switch;
pub mod generator;
pub mod import;
pub mod import_main;
mod import_ops;
pub mod internal_error;
#[cfg(test)]
mod internal_error_tests;
mod itertools_ops;
mod itertools_tools;
pub(crate) mod lazy_classes;
pub mod mailbox;
pub(crate) mod match_ops;
pub mod metaclass;
#[cfg(test)]
mod metaclass_tests;
pub mod names;
#[cfg(test)]
mod names_tests;
pub mod ops;
mod ops_arith;
mod ops_attr;
mod ops_build;
mod ops_call;
mod ops_control;
mod ops_except;
mod ops_fused;
mod ops_fused_attr;
mod ops_gen;
mod ops_names;
mod ops_stack;
pub mod output;
pub mod protocol;
pub mod rare_vec;
pub mod repr;
pub mod resume;
pub mod run;
#[cfg(test)]
mod run_tests;
mod special_call;
mod teardown;
mod traceback_objects;
mod unary_ops;
pub mod unawaited;
pub mod unraisable;
mod unwind;

pub use frame::Frame;
pub use generator::{GenState, Generator};
pub use run::Halt;

use crate::runtime::dict::{KeyCx, PyDict};
use crate::runtime::error::{PyErr, PyResult};
use crate::runtime::native::{NativeData, NativeObj};
use crate::runtime::value::Value;
use std::collections::HashMap;
use std::rc::Rc;

/// How many finished frames the VM keeps for reuse.
const FRAME_POOL_SIZE: usize = 64;

/// The default recursion limit, as CPython's.
pub const DEFAULT_RECURSION_LIMIT: usize = 1000;

pub struct Vm {
    /// The builtin classes (`int`, `TypeError`, ...) of this interpreter.
    types: Rc<crate::runtime::types::Types>,
    /// The `builtins` namespace.
    pub builtins: Rc<PyDict>,
    /// The `--timeline` recorder, when on (see `crate::timeline`).
    pub timeline: Option<Box<crate::timeline::Timeline>>,
    /// Where coroutines were created, once a debug-mode loop ran (see `coro_origin`).
    pub coro_origins: Option<Box<coro_origin::Origins>>,
    /// Imported modules by name: the very dict that is `sys.modules`.
    pub modules: Rc<PyDict>,
    /// Names of the modules whose body is running (for circular-import messages).
    pub(crate) initializing: Vec<String>,
    /// Compiled source files by path, reused while the file is unchanged.
    pub(crate) code_cache: HashMap<std::path::PathBuf, import::CachedCode>,
    /// Frames currently active across all nested runs.
    pub depth: usize,
    pub recursion_limit: usize,
    /// `sys.get_int_max_str_digits()`: the most decimal digits an int converts to or
    /// from a str (0: no limit).
    pub int_max_str_digits: usize,
    /// `sys.is_finalizing()`: the interpreter is shutting down (after atexit).
    pub finalizing: bool,
    /// Where the script was when coro panicked (see `internal_error`).
    pub panic_trace: Option<crate::runtime::error::PyErr>,
    /// The exception being handled by the innermost active `except`/`finally` block:
    /// what a bare `raise` re-raises and what a new exception gets as `__context__`.
    pub handled: Option<PyErr>,
    /// Ids of containers whose repr is in progress, to print `[...]` for cycles.
    pub repr_guard: Vec<usize>,
    /// Where `format()` of a builtin value lays out its text before the one copy into
    /// the new string (`runtime::format::format_builtin_value`).
    pub(crate) format_scratch: String,
    /// `%` format strings already parsed, by their text (`runtime::format`).
    pub(crate) percent_formats: HashMap<Box<str>, Rc<[crate::numeric::percent::Piece]>>,
    pub out: output::Stdout,
    /// Where `sys.stdout` and friends are, for print() and input().
    pub std_streams: crate::runtime::io::std_streams::StdStreams,
    /// One string object per identifier of the code it compiled (see
    /// `runtime::function::Interned`).
    pub(crate) interned: crate::runtime::function::Interned,
    /// The dunder names the VM looks up itself, interned (see `names`).
    pub(crate) names: Rc<names::Names>,
    /// Marker pushed by LoadMethod when the attribute is not a method to bind.
    pub(crate) null: Value,
    /// Marker `unwind` pushes for an `except NAME` chain in place of an exception not
    /// yet given its instance (see `SetupExcept`).
    pub(crate) pending_exc: Value,
    /// `sys.argv`.
    pub argv: Vec<String>,
    /// The return value of the last generator that `next` found exhausted, for
    /// `yield from` over native iterators.
    pub(crate) stop_value: Value,
    /// Finished frames kept for reuse: a call then costs no allocation. Boxed because
    /// frames move between this pool, the active stack and generators by pointer.
    #[allow(clippy::vec_box)]
    frame_pool: Vec<Box<Frame>>,
    /// Emptied frame-stack vectors of finished `run`s, for reuse (see `Vm::run`).
    parent_stacks: Vec<Vec<run::Active>>,
    /// (file, line, message) of the warnings printed, each printed once.
    pub(crate) warned: std::collections::HashSet<(String, usize, String)>,
    /// The Python handler of each signal by number (`signal.signal`), filled when
    /// `_signal` is first imported; empty before (see `runtime::signal`).
    pub(crate) signal_handlers: Vec<Value>,
    /// The Python threads and their scheduler (see `crate::threads`).
    pub threads: crate::threads::Threads,
    /// The current `contextvars.Context`.
    pub context: crate::runtime::contextvars::ContextState,
    /// The functions `atexit.register` gave, called when the program ends.
    pub(crate) atexit: Vec<crate::runtime::atexit::ExitCall>,
    pub(crate) weak_pointer_class: Option<Rc<crate::runtime::class::Class>>,
    /// The Python frames suspended on a call, innermost last (see `callers`).
    pub(crate) callers: Vec<callers::Caller>,
    /// Which classes count as sequences or mappings for `match` (see `match_ops`).
    pub(crate) match_shapes: match_ops::ShapeCache,
    /// The cycle collector's registry and settings (see `gc`).
    pub gc: gc::Gc,
    /// What `Drop`s queued for this interpreter (finalizers, weak reference callbacks,
    /// unawaited coroutines, dropped futures), served at the next safe point (see
    /// `mailbox`).
    pub mailbox: Rc<mailbox::Mailbox>,
    /// Backward jumps and calls left before RuntimeError, when bounded (fuzzing; see
    /// `eval_breaker::BUDGET`).
    pub(crate) step_budget: Option<u64>,
    /// Classes that `__class__` assignment replaced, kept alive (see `class_assign`).
    pub(crate) retired_classes: Vec<Rc<crate::runtime::class::Class>>,
    /// Tasks named so far: CPython numbers "Task-n" across all loops of the process.
    pub(crate) task_counter: u64,
    /// The code of placeholder frames (see `run::placeholder_code`).
    placeholder: Rc<crate::runtime::function::CodeObj>,
    /// The running Python thread's running and current event loops.
    pub(crate) loops: crate::event_loop::run_loop::LoopState,
    /// Event loops created from now on use the virtual clock (`--virtual-time`).
    pub virtual_time: bool,
    /// The finalizer every generator that has one shares until an async generator's
    /// hooks give it its own (see `generator::GenFinalizer`).
    pub(crate) gen_finalizer: Option<Rc<generator::GenFinalizer>>,
    /// `sys.set_asyncgen_hooks` (see `asyncgen_hooks`).
    pub(crate) asyncgen_hooks: asyncgen_hooks::Hooks,
    /// The built-in classes made on first use (see `lazy_classes`).
    pub(crate) lazy_classes: lazy_classes::LazyClasses,
}

impl Default for Vm {
    fn default() -> Self {
        Vm::new()
    }
}

impl Vm {
    /// The interpreter's builtin classes.
    #[inline(always)]
    pub fn types(&self) -> &crate::runtime::types::Types {
        &self.types
    }

    /// The table itself, for what outlives a borrow of the `Vm` (a task on the event
    /// loop's runtime, a table read across a call that needs the `Vm` mutably).
    pub fn types_rc(&self) -> Rc<crate::runtime::types::Types> {
        self.types.clone()
    }

    pub fn new() -> Vm {
        let types = Rc::new(crate::runtime::types::Types::new());
        let null = NativeObj::value(types.object.clone(), NativeData::Singleton("NULL"));
        let interned = crate::runtime::function::Interned::default();
        let mut vm = Vm {
            builtins: Rc::new(PyDict::new()),
            timeline: None,
            // With PYTHONASYNCIODEBUG every loop is in debug mode: note creation sites
            // from the start (a loop's first futures may come before it first runs).
            coro_origins: crate::event_loop::debug::debug_from_environment().then(Default::default),
            modules: Rc::new(PyDict::new()),
            initializing: Vec::new(),
            code_cache: HashMap::new(),
            depth: 0,
            recursion_limit: DEFAULT_RECURSION_LIMIT,
            finalizing: false,
            // An invalid value stops the CLI before any Vm is made (`cli::run_script`).
            int_max_str_digits: crate::numeric::parse::max_str_digits_from_env()
                .ok()
                .flatten()
                .unwrap_or(crate::numeric::parse::DEFAULT_MAX_STR_DIGITS),
            panic_trace: None,
            handled: None,
            repr_guard: Vec::new(),
            format_scratch: String::new(),
            percent_formats: HashMap::new(),
            out: output::Stdout::new(),
            std_streams: Default::default(),
            null,
            pending_exc: NativeObj::value(
                types.object.clone(),
                NativeData::Singleton("pending exception"),
            ),
            names: Rc::new(names::Names::new(&interned)),
            argv: Vec::new(),
            stop_value: Value::None,
            frame_pool: Vec::with_capacity(FRAME_POOL_SIZE),
            parent_stacks: Vec::new(),
            warned: std::collections::HashSet::new(),
            signal_handlers: Vec::new(),
            threads: crate::threads::Threads::new(),
            context: Default::default(),
            weak_pointer_class: None,
            atexit: Vec::new(),
            callers: Vec::new(),
            match_shapes: Default::default(),
            gc: Default::default(),
            mailbox: Default::default(),
            step_budget: None,
            retired_classes: Vec::new(),
            task_counter: 0,
            placeholder: run::placeholder_code(&types, &interned),
            interned,
            types,
            loops: crate::event_loop::run_loop::LoopState::new(true),
            virtual_time: false,
            gen_finalizer: None,
            asyncgen_hooks: Default::default(),
            lazy_classes: Default::default(),
        };
        vm.install_gen_methods();
        vm
    }

    pub fn register_module(&mut self, name: &str, dict: Rc<PyDict>) {
        dict.set_by_str("__name__", Value::str(name));
        self.modules
            .set_by_str(name, NativeObj::module(self.types(), name, dict));
    }

    /// A frame for `code`, recycled when possible.
    #[inline(always)]
    pub(crate) fn new_frame(
        &mut self,
        code: &Rc<crate::runtime::function::CodeObj>,
        globals: &Rc<PyDict>,
        locals: Option<Rc<PyDict>>,
    ) -> Box<Frame> {
        match self.frame_pool.pop() {
            Some(mut f) => {
                f.reset(code, globals, locals);
                f
            }
            None => Frame::new(code.clone(), globals.clone(), locals),
        }
    }

    /// A frame for a call of the Python function `func`: its code, globals and closure
    /// cells, the arguments left for the caller to bind.
    #[inline(always)]
    pub(crate) fn function_frame(
        &mut self,
        func: &crate::runtime::function::Function,
    ) -> Box<Frame> {
        let mut frame = self.new_frame(&func.code, &func.globals, None);
        if !func.closure.is_empty() {
            frame.cells.extend(func.closure.iter().cloned());
        }
        frame
    }

    /// Return a finished frame to the pool.
    #[inline(always)]
    pub(crate) fn recycle_frame(&mut self, mut frame: Box<Frame>) {
        frame.release();
        let len = self.frame_pool.len();
        if len < FRAME_POOL_SIZE {
            // SAFETY: the pool (private to this module) is created with capacity
            // FRAME_POOL_SIZE, only ever pushed here, and never holds more, so slot `len`
            // is allocated and unused.
            unsafe {
                self.frame_pool.as_mut_ptr().add(len).write(frame);
                self.frame_pool.set_len(len + 1);
            }
        }
    }

    /// Drop the pooled frames (they keep their last globals alive).
    pub(crate) fn frame_pool_clear(&mut self) {
        self.frame_pool.clear();
    }

    /// Whether `v` is the NULL marker (`LoadMethod`'s "no self"). The marker is a native
    /// object: a value of any other kind is not it, decided by its tag without `is`'s
    /// address lookup for values of two kinds (every method call asks).
    #[inline(always)]
    pub(crate) fn is_null(&self, v: &Value) -> bool {
        matches!(v, Value::Native(_)) && v.is(&self.null)
    }
}

impl KeyCx for Vm {
    fn hash_key(&mut self, key: &Value) -> PyResult<i64> {
        self.hash(key)
    }

    fn keys_equal(&mut self, a: &Value, b: &Value) -> PyResult<bool> {
        self.eq(a, b)
    }
}
