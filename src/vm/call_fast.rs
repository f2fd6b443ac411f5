//! The dispatch loop's call of a class without the general binder: when `C(a, b)` is
//! object's `__new__` followed by a plain Python `__init__(self, a, b)` (positional
//! parameters only, no cells, exactly as many as given), the instance is made here and
//! moved with the arguments straight into `__init__`'s fresh frame, as CPython 3.11's
//! specialised class call does. The missing last parameters of such a function (or of a
//! plain function call) may come from its defaults (CPython's `CALL_PY_WITH_DEFAULTS`).
//! A generator or coroutine function called with exactly its positional parameters gets
//! its frame bound the same way and wrapped in the generator object here. A spread call
//! `f(*args)` / `f(*args, **kw)` (what decorators' wrappers make) of such a plain
//! function, with an empty `kw`, binds the tuple's items the same way.
//! Everything else (metaclasses, an own `__new__`, a builtin base's `__new__`, keywords)
//! goes the general way; this file adds speed, not semantics.

use super::frame::Frame;
use super::Vm;
use crate::compiler::bytecode::CodeKind;
use crate::runtime::class::Class;
use crate::runtime::function::Function;
use crate::runtime::value::Value;
use std::rc::Rc;

impl Vm {
    /// For `Call(argc)` on a class with a plain `__init__` of `argc` parameters after
    /// `self`: the new instance and `__init__`'s frame with its arguments bound (moved
    /// off `f`'s stack, the class with them). None, with the stack untouched, otherwise.
    #[inline]
    pub(super) fn simple_init_frame(
        &mut self,
        f: &mut Frame,
        argc: usize,
    ) -> Option<(Box<Frame>, Value)> {
        let func_pos = f.stack.len().checked_sub(argc + 1)?;
        let Value::Class(cls) = &f.stack[func_pos] else {
            return None;
        };
        let init = self.plain_init(cls)?;
        let given = argc + 1;
        if init.code.simple_argc as usize != given && !defaults_cover(&init, given) {
            return None;
        }
        let inst = self.new_object(cls).ok()?;
        let mut frame = self.function_frame(&init);
        // A new frame's slots are all unbound, and `simple_argc` is the parameter count:
        // there is a slot for `self` and for every argument, and nothing to drop.
        let class = move_call_args(f, &mut frame.fast[1..=argc]);
        drop(class);
        frame.fast[0] = Some(inst.clone());
        fill_defaults(&mut frame, &init, given);
        Some((frame, inst))
    }

    /// For `Call(argc)` of a generator or coroutine function of exactly `argc` plain
    /// positional parameters: the generator object replaces the callee and arguments on
    /// `f`'s stack (what `start_frame` makes of the general binder's frame). False, with
    /// the stack untouched, for any other call, and in asyncio's debug mode (which notes
    /// where each coroutine was made).
    #[inline]
    pub(super) fn simple_generator_call(&mut self, f: &mut Frame, argc: usize) -> bool {
        let Some(func_pos) = f.stack.len().checked_sub(argc + 1) else {
            return false;
        };
        let Value::Function(func) = &f.stack[func_pos] else {
            return false;
        };
        if func.code.simple_gen_argc as usize != argc || self.coro_origins.is_some() {
            return false;
        }
        let func = func.clone();
        let mut frame = self.function_frame(&func);
        // `simple_gen_argc` is the parameter count: a slot for every argument.
        let callee = move_call_args(f, &mut frame.fast[..argc]);
        drop(callee);
        let g = self.make_generator(&func, frame);
        f.push(g);
        true
    }

    /// For `CallEx` (`f(*args)`, or `f(*args, **kw)` with `kw` empty) of a plain
    /// function whose positional parameters the tuple fills, defaults covering the
    /// missing last ones: its frame with the items bound. None otherwise (a bound
    /// method, keywords, a generator function, any other binding: the general path).
    #[inline]
    pub(super) fn spread_call_frame(
        &mut self,
        func: &Value,
        args: &Value,
        kwargs: Option<&Value>,
    ) -> Option<Box<Frame>> {
        let (Value::Function(func), Value::Tuple(args)) = (func, args) else {
            return None;
        };
        let no_keywords = match kwargs {
            None => true,
            Some(Value::Dict(d)) => d.is_empty(),
            Some(_) => false,
        };
        if !no_keywords {
            return None;
        }
        let given = args.items.len();
        if func.code.simple_argc as usize != given && !defaults_cover(func, given) {
            return None;
        }
        let mut frame = self.function_frame(func);
        // As in `simple_init_frame`: a slot for every argument, all unbound.
        for (slot, v) in frame.fast[..given].iter_mut().zip(args.items.iter()) {
            *slot = Some(v.clone());
        }
        fill_defaults(&mut frame, func, given);
        Some(frame)
    }

    /// The `__init__` to push when calling `cls` is type's `__call__`, object's
    /// `__new__` and that plain Python function; remembered per class under its MRO
    /// stamp (plus its metaclass's, when it has one: both only grow, so the sum changes
    /// whenever either does).
    #[inline]
    pub(crate) fn plain_init(&mut self, cls: &Rc<Class>) -> Option<Rc<Function>> {
        if cls.is_builtin {
            return None;
        }
        let stamp = match &cls.meta {
            None => cls.mro_stamp(),
            Some(meta) => cls.mro_stamp().wrapping_add(meta.mro_stamp()),
        };
        match cls.init_memo.get(stamp) {
            Some(known) => known,
            None => self.find_plain_init(cls, stamp),
        }
    }

    #[cold]
    fn find_plain_init(&mut self, cls: &Rc<Class>, stamp: u64) -> Option<Rc<Function>> {
        if let Some(meta) = &cls.meta {
            // A metaclass that keeps type's `__call__` (ABCMeta, most others) makes
            // instances as type does; object's `__new__` refuses an abstract class,
            // so one whose own `__abstractmethods__` is not empty goes the general way.
            let keeps_type_call = matches!(
                meta.lookup(&self.names.call),
                Some(Value::Builtin(b)) if b.owner == Some("type")
            );
            let abstract_class = match cls.dict.get_by_str("__abstractmethods__") {
                None => false,
                Some(Value::Set(s)) => !s.is_empty(),
                Some(_) => true,
            };
            if !keeps_type_call || abstract_class {
                cls.init_memo.set(stamp, None);
                return None;
            }
        }
        // object's own `__new__` (every class inherits it) only makes the instance;
        // any other `__new__` (Python, or a builtin base's) takes the general path.
        let plain_new = match cls.lookup(&self.names.new) {
            Some(Value::Builtin(b)) => b.owner == Some("object"),
            None => true,
            Some(_) => false,
        };
        let init = match cls.lookup(&self.names.init) {
            Some(Value::Function(init))
                if plain_new && init.code.code.kind == CodeKind::Function =>
            {
                Some(init)
            }
            _ => None,
        };
        cls.init_memo.set(stamp, init.as_ref());
        init
    }
}

/// Whether a call of `func` (a function without `*args`, `**kw`, keyword-only
/// parameters or cells) with `given` positional arguments, fewer than its parameters,
/// finds every missing one among its defaults.
#[inline]
pub(super) fn defaults_cover(func: &Function, given: usize) -> bool {
    let params = func.code.simple_argc;
    if params == u32::MAX {
        return false;
    }
    let params = params as usize;
    given < params && params - given <= func.defaults.borrow().len()
}

/// Bind the parameters after the `given` first of a frame for `func` to their defaults
/// (nothing when all were given). The frame's slots there are unbound.
#[inline(always)]
pub(super) fn fill_defaults(frame: &mut Frame, func: &Function, given: usize) {
    // The test inline (most calls pass every argument), the filling out of line.
    if given < func.code.simple_argc as usize {
        fill_missing(frame, func, given);
    }
}

#[inline(never)]
fn fill_missing(frame: &mut Frame, func: &Function, given: usize) {
    let params = func.code.simple_argc as usize;
    let defaults = func.defaults.borrow();
    let first = defaults.len() - (params - given);
    for (slot, d) in frame.fast[given..params].iter_mut().zip(&defaults[first..]) {
        *slot = Some(d.clone());
    }
}

/// Move the top `slots.len()` values of the stack (the arguments) into `slots`, which
/// are unbound, and the callee below them off the stack too: it is returned. The
/// caller has checked that the stack holds the callee and its arguments.
#[inline(always)]
pub(super) fn move_call_args(f: &mut Frame, slots: &mut [Option<Value>]) -> Value {
    let func_pos = f.stack.len() - 1 - slots.len();
    // SAFETY: the caller found the callee at `func_pos = len - 1 - argc`, so the callee
    // and its arguments are the initialised values at `func_pos..len`. Each argument is read exactly once
    // into its slot and the length is then cut to `func_pos`, so none of them is read or
    // dropped again through the stack: ownership moves. Nothing in between panics.
    unsafe {
        let base = f.stack.as_ptr().add(func_pos);
        match slots {
            // One argument is the common case; the loop's set-up costs more than it.
            [only] => std::mem::forget(only.replace(base.add(1).read())),
            _ => {
                for (k, slot) in slots.iter_mut().enumerate() {
                    debug_assert!(slot.is_none());
                    std::mem::forget(slot.replace(base.add(1 + k).read()));
                }
            }
        }
        let callee = base.read();
        f.stack.set_len(func_pos);
        callee
    }
}
