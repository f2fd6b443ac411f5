//! Calls of the callable on a frame's value stack: the plain-call fast path that moves
//! the arguments into the callee's frame, the general binding of a call's arguments
//! (`frame_for_call`), generator creation, `f(*args, **kwargs)`, and running a Python
//! function from native code. Not the switch to the new frame (see `run`) nor calls of
//! builtins (`call`, `call_native`).

use super::frame::{Frame, Link};
use super::generator::Generator;
use super::run::{Active, Halt, Step};
use super::Vm;
use crate::compiler::bytecode::CodeKind;
use crate::runtime::class::Instance;
use crate::runtime::dict::PyDict;
use crate::runtime::error::{runtime_error, PyResult};
use crate::runtime::function::{Args, CodeObj, Function};
use crate::runtime::value::Value;
use std::rc::Rc;

impl Vm {
    /// `CallMethod(argc)` after `LoadMethod`: the stack holds method, receiver and
    /// arguments, or an attribute, the null marker and arguments. Removes the marker and
    /// returns how many values above the callee a plain call passes.
    #[inline(always)]
    pub(super) fn method_call_argc(&self, f: &mut Frame, argc: usize) -> usize {
        let self_pos = f.stack.len() - argc - 1;
        if self.is_null(&f.stack[self_pos]) {
            f.stack.remove(self_pos);
            argc
        } else {
            argc + 1
        }
    }

    /// The call fast path: a plain Python function called with exactly its positional
    /// parameters. Moves the arguments into a new frame and pops the callee; None (with
    /// the stack untouched) for every other call.
    #[inline(always)]
    pub(super) fn simple_call_frame(&mut self, f: &mut Frame, argc: usize) -> Option<Box<Frame>> {
        let func_pos = f.stack.len().checked_sub(argc + 1)?;
        let Value::Function(func) = &f.stack[func_pos] else {
            return None;
        };
        if func.code.simple_argc as usize != argc && !super::call_fast::defaults_cover(func, argc) {
            return None;
        }
        let mut frame = self.new_frame(&func.code, &func.globals, None);
        if !func.closure.is_empty() {
            frame.cells.extend(func.closure.iter().cloned());
        }
        super::call_fast::fill_defaults(&mut frame, func, argc);
        let func: *const Function = Rc::as_ptr(func);
        debug_assert!(argc <= frame.fast.len() && frame.fast[..argc].iter().all(Option::is_none));
        let slots = frame.fast.as_mut_ptr();
        // SAFETY: the callee was found at `func_pos = len - argc - 1`, so it and the
        // `argc` arguments above it are initialised values. `simple_argc` (or, with
        // defaults, more) is the frame's parameter count, so `fast` has a slot for every
        // argument, and a new frame's first `argc` slots are unbound (`fill_defaults`
        // bound only those after them): writing them drops nothing. Each argument is
        // read once and the length cut below them, so ownership moves. The callee's
        // reference (a function: matched above) is then given up by its count alone.
        unsafe {
            let base = f.stack.as_ptr().add(func_pos);
            for k in 0..argc {
                slots.add(k).write(Some(base.add(1 + k).read()));
            }
            f.stack.set_len(func_pos);
            Rc::decrement_strong_count(func);
        }
        Some(frame)
    }

    /// Call the callable at `stack[len - argc - 1]` with the `argc` values above it.
    /// Returns `Some(step)` when a Python frame must be pushed.
    #[inline]
    pub(super) fn call_on_stack(
        &mut self,
        f: &mut Frame,
        argc: usize,
        nkw: usize,
    ) -> PyResult<Option<Step>> {
        self.call_on_stack_kw(f, argc, nkw, Value::None)
    }

    pub(super) fn call_on_stack_kw(
        &mut self,
        f: &mut Frame,
        argc: usize,
        nkw: usize,
        kwnames: Value,
    ) -> PyResult<Option<Step>> {
        let func_pos = f.stack.len() - argc - 1;
        let kwnames_slice: &[Value] = match &kwnames {
            Value::Tuple(t) if nkw > 0 => &t.items,
            _ => &[],
        };
        let callee = f.stack[func_pos].clone();
        if argc == 0 {
            if let Some(result) = self.call_frame_builtin(f, &callee) {
                let v = result?;
                f.stack.truncate(func_pos);
                f.push(v);
                return Ok(None);
            }
        }
        match &callee {
            Value::Function(func) => {
                let c = &func.code.code;
                if kwnames_slice.is_empty()
                    && c.argcount as usize == argc
                    && !c.has_varargs
                    && !c.has_varkw
                    && c.kwonlyargcount == 0
                    && c.cellvars.is_empty()
                {
                    // The common call: move the arguments straight into the new frame.
                    let mut frame = self.new_frame(&func.code, &func.globals, None);
                    for (slot, v) in frame.fast.iter_mut().zip(f.stack.drain(func_pos + 1..)) {
                        *slot = Some(v);
                    }
                    f.stack.pop();
                    if !func.closure.is_empty() {
                        frame.cells.extend(func.closure.iter().cloned());
                    }
                    return Ok(self.start_frame(func, frame, f));
                }
                let frame =
                    self.frame_for_call(func, None, &f.stack[func_pos + 1..], kwnames_slice)?;
                f.stack.truncate(func_pos);
                Ok(self.start_frame(func, frame, f))
            }
            Value::BoundMethod(bm) => {
                if let Value::Function(func) = &bm.func {
                    let frame = self.frame_for_call(
                        func,
                        Some(bm.receiver.clone()),
                        &f.stack[func_pos + 1..],
                        kwnames_slice,
                    )?;
                    f.stack.truncate(func_pos);
                    return Ok(self.start_frame(func, frame, f));
                }
                let result = self.call(
                    &callee,
                    Args {
                        args: &f.stack[func_pos + 1..],
                        kwnames: kwnames_slice,
                    },
                )?;
                f.stack.truncate(func_pos);
                f.push(result);
                Ok(None)
            }
            Value::Class(cls) if !cls.is_builtin => {
                if let Some((inst, init)) = self.new_instance_for_init(cls)? {
                    let frame = self.frame_for_call(
                        &init,
                        Some(inst.clone()),
                        &f.stack[func_pos + 1..],
                        kwnames_slice,
                    )?;
                    f.stack.truncate(func_pos);
                    return Ok(Some(Step::Push(Active::new(
                        frame,
                        None,
                        Link::Init,
                        Some(inst),
                    ))));
                }
                let result = self.call(
                    &callee,
                    Args {
                        args: &f.stack[func_pos + 1..],
                        kwnames: kwnames_slice,
                    },
                )?;
                f.stack.truncate(func_pos);
                f.push(result);
                Ok(None)
            }
            Value::Instance(_) => {
                // An instance whose class's `__call__` is a Python function: that
                // function's frame, with the instance first, entered like any call
                // (not a nested run per call; `f_back` is the caller, as in CPython).
                if let Some(Value::Function(func)) = self.type_of(&callee).lookup(&self.names.call)
                {
                    let frame = self.frame_for_call(
                        &func,
                        Some(callee.clone()),
                        &f.stack[func_pos + 1..],
                        kwnames_slice,
                    )?;
                    f.stack.truncate(func_pos);
                    return Ok(self.start_frame(&func, frame, f));
                }
                self.call_general(f, &callee, func_pos, kwnames_slice)
            }
            _ => self.call_general(f, &callee, func_pos, kwnames_slice),
        }
    }

    /// The rest of `call_on_stack_kw`: a callable that is not entered as a frame, called
    /// with the values above it, its result replacing them.
    fn call_general(
        &mut self,
        f: &mut Frame,
        callee: &Value,
        func_pos: usize,
        kwnames_slice: &[Value],
    ) -> PyResult<Option<Step>> {
        let args = Args {
            args: &f.stack[func_pos + 1..],
            kwnames: kwnames_slice,
        };
        let result = match callee {
            // eval/exec without namespaces use this frame's.
            Value::Builtin(b) if b.bound.is_none() && matches!(b.name, "eval" | "exec") => {
                let caller = super::eval_exec::CallerScope {
                    globals: f.globals.clone(),
                    locals: self.frame_locals(f),
                };
                super::eval_exec::eval_or_exec(self, b.name, args, Some(caller))?
            }
            // Debug mode names this frame as where a future or handle was made.
            _ if self.coro_origins.is_some() => self.call_noting_site(callee, args, f)?,
            _ => self.call(callee, args)?,
        };
        f.stack.truncate(func_pos);
        f.push(result);
        Ok(None)
    }

    /// A bound frame for `func`: push it for a plain function, or wrap it in a generator.
    fn start_frame(
        &mut self,
        func: &Rc<Function>,
        frame: Box<Frame>,
        f: &mut Frame,
    ) -> Option<Step> {
        if func.code.code.kind == CodeKind::Function {
            Some(Step::Push(Active::new(frame, None, Link::Call, None)))
        } else {
            let g = self.make_generator(func, frame);
            if self.coro_origins.is_some() && func.code.code.kind == CodeKind::Coroutine {
                if let Value::Generator(gen) = &g {
                    self.note_coroutine_origin(gen, f);
                }
            }
            f.push(g);
            None
        }
    }

    pub(super) fn call_ex(
        &mut self,
        f: &mut Frame,
        func: Value,
        args: Value,
        kwargs: Option<Value>,
    ) -> PyResult<Option<Step>> {
        let mut all = match &args {
            Value::Tuple(t) => t.items.to_vec(),
            other => match self.collect(other) {
                Ok(items) => items,
                Err(e) => return Err(self.star_unpack_error(e, other, Some(&func))),
            },
        };
        let mut names = Vec::new();
        if let Some(Value::Dict(d)) = &kwargs {
            {
                for (k, v) in d.items() {
                    names.push(k);
                    all.push(v);
                }
            }
        }
        let nkw = names.len();
        f.push(func);
        let argc = all.len();
        let grown = f.reserve_stack(argc);
        f.extend_stack(all);
        let step = self.call_on_stack_kw(f, argc, nkw, Value::tuple(names));
        if grown {
            // The call took its arguments off the stack: give back the room made for
            // them (`gather(*tasks)` spreads a hundred thousand, then the caller waits).
            f.fit_slots();
        }
        step
    }

    pub(crate) fn make_generator(&mut self, func: &Rc<Function>, mut frame: Box<Frame>) -> Value {
        // A generator keeps its frame while suspended, often by the hundred thousand
        // (pending tasks): give it a value stack of exactly its code's depth, not a
        // pooled frame's (never less: `Frame::push` relies on that room).
        frame.fit_slots();
        let g = Generator::new(frame, &func.name.borrow(), &func.qualname.borrow());
        // Async generators are finalized through their finalizer hook when they have
        // one (see `asyncgen_hooks`), else closed as generators are.
        // A coroutine needs it to report being never awaited.
        if func.code.has_handlers
            || matches!(g.kind, CodeKind::Coroutine | CodeKind::AsyncGenerator)
        {
            g.finalizer.set(Some(self.shared_gen_finalizer()));
        }
        let g = Value::Generator(Rc::new(g));
        self.gc_track(&g);
        g
    }

    /// Run a Python function to completion from native code.
    pub fn call_function(
        &mut self,
        func: &Rc<Function>,
        receiver: Option<Value>,
        args: Args<'_>,
    ) -> PyResult<Value> {
        if args.kwnames.is_empty() {
            if let Some(frame) = self.positional_frame(func, receiver.as_ref(), args.args) {
                return match self.run_frame(frame)? {
                    Halt::Return(v) => Ok(v),
                    Halt::Yield(_) => Err(runtime_error("function yielded outside a generator")),
                };
            }
        }
        let frame = self.frame_for_call(func, receiver, args.args, args.kwnames)?;
        if func.code.code.kind != CodeKind::Function {
            let mut dummy = self.placeholder_frame();
            self.start_frame(func, frame, &mut dummy);
            let g = dummy.pop();
            self.recycle_frame(dummy);
            return Ok(g);
        }
        match self.run_frame(frame)? {
            Halt::Return(v) => Ok(v),
            Halt::Yield(_) => Err(runtime_error("function yielded outside a generator")),
        }
    }

    /// For a native caller (`map`, a `key=` function, `__call__`): the frame of a plain
    /// function called with its receiver (if any) and exactly its positional parameters
    /// (or fewer, defaults covering the rest), the arguments cloned straight into its
    /// slots without the general binder. None for every other call.
    #[inline]
    fn positional_frame(
        &mut self,
        func: &Function,
        receiver: Option<&Value>,
        args: &[Value],
    ) -> Option<Box<Frame>> {
        let shift = receiver.is_some() as usize;
        let given = args.len() + shift;
        if func.code.simple_argc as usize != given && !super::call_fast::defaults_cover(func, given)
        {
            return None;
        }
        let mut frame = self.function_frame(func);
        // `simple_argc` (or more, with defaults) is the parameter count: a slot for the
        // receiver and every argument, all unbound in a new frame.
        if let Some(r) = receiver {
            frame.fast[0] = Some(r.clone());
        }
        for (slot, a) in frame.fast[shift..given].iter_mut().zip(args) {
            *slot = Some(a.clone());
        }
        super::call_fast::fill_defaults(&mut frame, func, given);
        Some(frame)
    }

    /// Run a module or class body code object in the given namespaces.
    pub fn run_code(
        &mut self,
        code: Rc<CodeObj>,
        globals: Rc<PyDict>,
        locals: Option<Rc<PyDict>>,
    ) -> PyResult<Value> {
        let frame = self.new_frame(&code, &globals, locals);
        match self.run_frame(frame)? {
            Halt::Return(v) => Ok(v),
            Halt::Yield(_) => Err(runtime_error("module code yielded")),
        }
    }

    /// A new instance of a user class whose `__init__` is a Python function and whose
    /// `__new__` is object's: the dispatch loop pushes `__init__`'s frame directly.
    fn new_instance_for_init(
        &mut self,
        cls: &Rc<crate::runtime::class::Class>,
    ) -> PyResult<Option<(Value, Rc<Function>)>> {
        // The same test as the dispatch loop's class-call fast path, remembered per class.
        match self.plain_init(cls) {
            Some(init) => Ok(Some((self.new_object(cls)?, init))),
            None => Ok(None),
        }
    }

    pub(crate) fn new_object(&mut self, cls: &Rc<crate::runtime::class::Class>) -> PyResult<Value> {
        let inst = Value::Instance(Instance::new(cls.clone()));
        self.gc_track(&inst);
        Ok(inst)
    }
}
