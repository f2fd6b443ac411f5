//! The dispatch loop's call instructions: `MakeFunction`, `Call`, `CallMethod`,
//! `CallKw`, `CallEx`, `ReturnValue` and `LoadBuildClass`. A plain call of a Python
//! function enters its frame without leaving the loop (`Flow::Enter`), a return goes
//! back to the caller the same way (`Flow::Return`). Not argument binding (see `call`)
//! or the frame switching itself (see `run`).

use super::frame::{Frame, Link};
use super::run::{Active, Flow, Raised};
use super::Vm;
use crate::runtime::value::Value;
use std::rc::Rc;

impl Vm {
    pub(super) fn op_make_function(&mut self, f: &mut Frame, flags: u32) -> Result<(), Raised> {
        let code_v = f.pop();
        let closure = if flags & 8 != 0 { Some(f.pop()) } else { None };
        let annotations = if flags & 4 != 0 { Some(f.pop()) } else { None };
        let kwdefaults = if flags & 2 != 0 { Some(f.pop()) } else { None };
        let defaults = if flags & 1 != 0 { Some(f.pop()) } else { None };
        let cells = if flags & 16 != 0 {
            Some(&f.cells[..])
        } else {
            None
        };
        let func = self.make_function(code_v, defaults, kwdefaults, closure, cells, &f.globals)?;
        if let (Some(Value::Dict(ann)), Value::Function(fv)) = (annotations, &func) {
            *fv.annotations.borrow_mut() = Some(ann);
        }
        self.gc_track(&func);
        f.push(func);
        Ok(())
    }

    #[inline(always)]
    pub(super) fn op_call(&mut self, f: &mut Frame, argc: u32) -> Result<Flow, Raised> {
        self.op_call_with(f, argc as usize)
    }

    #[inline(always)]
    pub(super) fn op_call_method(&mut self, f: &mut Frame, argc: u32) -> Result<Flow, Raised> {
        let argc = self.method_call_argc(f, argc as usize);
        self.op_call_with(f, argc)
    }

    /// `Call` and `CallMethod` once `argc` counts the values above the callee.
    #[inline(always)]
    fn op_call_with(&mut self, f: &mut Frame, argc: usize) -> Result<Flow, Raised> {
        if let Some(flow) = self.fast_call(f, argc)? {
            return Ok(flow);
        }
        if super::eval_breaker::is_set(super::eval_breaker::FINALIZERS) {
            // A finalizer due (a generator dropped by a return) runs before
            // the next call, as CPython runs it at the drop.
            self.serve_finalizers();
        }
        if let Some(result) = self.native_call(f, argc) {
            result?;
            return Ok(Flow::Next);
        }
        match self.call_on_stack(f, argc, 0)? {
            Some(step) => Ok(Flow::Call(step)),
            None => Ok(Flow::Next),
        }
    }

    /// The calls that need no binder, chosen by the callee's kind so that a call of one
    /// kind does not pay for the other kinds' tests (a builtin method call went through
    /// three out-of-line probes for functions and classes first): a plain function's
    /// frame or generator, a class's plain `__init__` frame, zero-argument `super()`,
    /// `abs()` of an instance, `list.append`/`list.pop()` on a list, and any other
    /// native function when no finalizer is due. None (stack untouched) for the rest.
    #[inline(always)]
    fn fast_call(&mut self, f: &mut Frame, argc: usize) -> Result<Option<Flow>, Raised> {
        let Some(func_pos) = f.stack.len().checked_sub(argc + 1) else {
            return Ok(None);
        };
        let room = self.depth < self.recursion_limit && !super::eval_breaker::tripped();
        match &f.stack[func_pos] {
            Value::Function(_) if room => {
                if let Some(frame) = self.simple_call_frame(f, argc) {
                    return Ok(Some(Flow::Enter(Active::call(frame))));
                }
                if self.simple_generator_call(f, argc) {
                    return Ok(Some(Flow::Next));
                }
            }
            Value::Class(c) if argc == 0 && Rc::ptr_eq(c, &self.types().super_) => {
                // What the general path's `call_frame_builtin` does, without its way
                // there (CPython compiles `super()` to read the frame directly too).
                let v = self.zero_arg_super(f)?;
                drop(f.pop());
                f.push(v);
                return Ok(Some(Flow::Next));
            }
            Value::Class(_) if room => {
                if argc == 1 {
                    if let Some(active) = self.consume_call(f, 1) {
                        return Ok(Some(Flow::Enter(active)));
                    }
                }
                if let Some((frame, inst)) = self.simple_init_frame(f, argc) {
                    let active = Active::new(frame, None, Link::Init, Some(inst));
                    return Ok(Some(Flow::Enter(active)));
                }
            }
            Value::Builtin(_) => {
                if self.inline_method_call(f, argc) {
                    return Ok(Some(Flow::Next));
                }
                if argc <= 2 && room {
                    if let Some(active) = self.consume_call(f, argc) {
                        return Ok(Some(Flow::Enter(active)));
                    }
                }
                if room {
                    if let Some(frame) = self.abs_dunder_frame(f, argc) {
                        return Ok(Some(Flow::Enter(Active::call(frame))));
                    }
                }
                if !super::eval_breaker::is_set(super::eval_breaker::FINALIZERS) {
                    if let Some(result) = self.native_call(f, argc) {
                        result?;
                        return Ok(Some(Flow::Next));
                    }
                }
            }
            _ => {}
        }
        Ok(None)
    }

    pub(super) fn op_call_kw(&mut self, f: &mut Frame, argc: u32) -> Result<Flow, Raised> {
        let names = f.pop();
        if self.depth < self.recursion_limit && !super::eval_breaker::tripped() {
            if let Some(frame) = self.kw_call_frame(f, argc as usize, &names) {
                return Ok(Flow::Enter(Active::call(frame)));
            }
        }
        let nkw = match &names {
            Value::Tuple(t) => t.items.len(),
            _ => 0,
        };
        match self.call_on_stack_kw(f, argc as usize, nkw, names)? {
            Some(step) => Ok(Flow::Call(step)),
            None => Ok(Flow::Next),
        }
    }

    pub(super) fn op_call_ex(&mut self, f: &mut Frame, flags: u32) -> Result<Flow, Raised> {
        let kwargs = if flags & 1 != 0 { Some(f.pop()) } else { None };
        let args = f.pop();
        let func = f.pop();
        if self.depth < self.recursion_limit && !super::eval_breaker::tripped() {
            if let Some(frame) = self.spread_call_frame(&func, &args, kwargs.as_ref()) {
                return Ok(Flow::Enter(Active::call(frame)));
            }
        }
        // A plain call's frame is entered inside the loop, as `Call`'s general path's.
        match self.call_ex(f, func, args, kwargs)? {
            Some(step) => Ok(Flow::Call(step)),
            None => Ok(Flow::Next),
        }
    }

    #[inline(always)]
    pub(super) fn op_return_value(&mut self, f: &mut Frame) -> Flow {
        Flow::Return(f.pop())
    }

    pub(super) fn op_load_build_class(&mut self, f: &mut Frame) {
        f.push(crate::runtime::function::Builtin::value(
            "__build_class__",
            super::metaclass::build_class,
        ));
    }
}
