//! Calls with keyword arguments of plain Python functions (`split(n, base=7)`,
//! `obj.scale(v, factor=3)`), bound in the dispatch loop: positional arguments, keywords
//! matched to parameter names, defaults and keyword-only defaults go straight into the
//! new frame's locals, which the loop then enters like any plain call (CPython binds
//! these in its frame initialisation, without an intermediate argument vector).
//!
//! Only calls that bind without error take this path, and it changes no semantics:
//! anything unusual (`*args`/`**kw` parameters, cells, a generator, an unknown or
//! repeated keyword, a missing argument, more than `MAX_SLOTS` parameters) returns
//! `None` with the stack untouched, and the general binder (`call.rs`) does the call
//! and reports the error.

use super::frame::Frame;
use super::Vm;
use crate::compiler::bytecode::CodeKind;
use crate::runtime::function::Function;
use crate::runtime::str::StrRef;
use crate::runtime::value::Value;

/// The most parameters (positional and keyword-only) a function bound here may have.
const MAX_SLOTS: usize = 16;
/// A parameter not given by the call (bound from a default).
const UNSET: u8 = u8::MAX;

impl Vm {
    /// For `CallKw(argc)` whose keyword names `kwnames` are already popped: the frame of
    /// the callee (a Python function, or a method bound to one) with every parameter
    /// bound, the callee and its arguments moved off the stack; `None`, the stack
    /// untouched, when the call needs the general binder.
    #[inline]
    pub(super) fn kw_call_frame(
        &mut self,
        f: &mut Frame,
        argc: usize,
        kwnames: &Value,
    ) -> Option<Box<Frame>> {
        let Value::Tuple(names) = kwnames else {
            return None;
        };
        let names = &names.items;
        let func_pos = f.stack.len().checked_sub(argc + 1)?;
        let (func, receiver) = match &f.stack[func_pos] {
            Value::Function(func) => (func.clone(), None),
            Value::BoundMethod(bm) => match &bm.func {
                Value::Function(func) => (func.clone(), Some(bm.receiver.clone())),
                _ => return None,
            },
            _ => return None,
        };
        let code = &func.code.code;
        if code.kind != CodeKind::Function
            || code.has_varargs
            || code.has_varkw
            || !code.cellvars.is_empty()
            || names.len() > argc
        {
            return None;
        }
        let argcount = code.argcount as usize;
        let total = argcount + code.kwonlyargcount as usize;
        // Values after the callee, the receiver counted as the first of them.
        let shift = receiver.is_some() as usize;
        let npos = argc - names.len() + shift;
        if total > MAX_SLOTS || npos > argcount {
            return None;
        }
        let sources = match_arguments(&func, npos, names)?;
        let mut frame = self.new_frame(&func.code, &func.globals, None);
        if !bind_defaults(&mut frame, &func, &sources[..total]) {
            return None;
        }
        if !func.closure.is_empty() {
            frame.cells.extend(func.closure.iter().cloned());
        }
        // Every check is done: move the arguments in, then cut the stack to the callee's
        // position, dropping only the callee (the arguments were moved out).
        // SAFETY: `func_pos + 1 + argc` is the stack's length, so the callee and the
        // `argc` values above it are initialised. `match_arguments` gave each of the
        // `npos - shift` positional values and each keyword value exactly one parameter
        // (a repeated keyword returned None), so each is read exactly once, and the
        // length is then cut below them: ownership moves, nothing is dropped twice. The
        // parameters read into are unbound (a fresh frame; `bind_defaults` filled only
        // the `UNSET` ones), so overwriting them drops nothing.
        unsafe {
            let base = f.stack.as_ptr().add(func_pos);
            for (slot, &src) in frame.fast.iter_mut().zip(&sources[..total]) {
                if src == UNSET {
                    continue;
                }
                let src = src as usize;
                let v = if src < shift {
                    receiver.clone()
                } else {
                    Some(base.add(1 + src - shift).read())
                };
                debug_assert!(slot.is_none());
                std::ptr::write(slot, v);
            }
            let callee = base.read();
            f.stack.set_len(func_pos);
            drop(callee);
        }
        Some(frame)
    }
}

/// Where each parameter of `func` comes from: the index among the call's values (the
/// `npos` positional ones first, then one per keyword name in `names`), or `UNSET`.
/// `None` when a keyword names no parameter that may be given by keyword, or one
/// already given.
#[inline]
fn match_arguments(func: &Function, npos: usize, names: &[Value]) -> Option<[u8; MAX_SLOTS]> {
    let code = &func.code.code;
    let total = code.argcount as usize + code.kwonlyargcount as usize;
    let varnames = &func.code.varnames[..total];
    let mut sources = [UNSET; MAX_SLOTS];
    for (i, s) in sources[..npos].iter_mut().enumerate() {
        *s = i as u8;
    }
    let first_keyword = (code.posonlyargcount as usize).max(npos);
    for (k, name) in names.iter().enumerate() {
        let name = name.as_pystr()?;
        // Keywords at call sites and parameter names are interned: one pointer test
        // each finds the parameter, and the text compare is only the fallback (names
        // are unique, so both find the same one).
        let slot = match (first_keyword..total).find(|&j| StrRef::ptr_eq(&varnames[j], name)) {
            Some(j) => j,
            None => (first_keyword..total).find(|&j| same_text(&varnames[j], name))?,
        };
        if sources[slot] != UNSET {
            return None;
        }
        sources[slot] = (npos + k) as u8;
    }
    Some(sources)
}

/// Bind the parameters not given (`UNSET` in `sources`) to their defaults in `frame`;
/// false when one has no default. The positional parameters left out are found by
/// one scan and bound from `defaults` directly; keyword-only ones (rare) out of line.
#[inline]
fn bind_defaults(frame: &mut Frame, func: &Function, sources: &[u8]) -> bool {
    let argcount = func.code.code.argcount as usize;
    let (positional, kwonly) = sources.split_at(argcount);
    let mut i = 0;
    while i < argcount && positional[i] != UNSET {
        i += 1;
    }
    if i < argcount {
        let defaults = func.defaults.borrow();
        // Only the last `defaults.len()` parameters have one.
        let Some(first_default) = argcount.checked_sub(defaults.len()) else {
            return false;
        };
        if i < first_default {
            return false;
        }
        while i < argcount {
            if positional[i] == UNSET {
                // The slot is unbound (a fresh frame): written without a drop of the old.
                std::mem::forget(frame.fast[i].replace(defaults[i - first_default].clone()));
            }
            i += 1;
        }
    }
    kwonly.iter().all(|&s| s != UNSET) || bind_kwonly_defaults(frame, func, sources)
}

/// `bind_defaults` for keyword-only parameters not given: their defaults by name.
#[inline(never)]
fn bind_kwonly_defaults(frame: &mut Frame, func: &Function, sources: &[u8]) -> bool {
    let argcount = func.code.code.argcount as usize;
    let kwdefaults = func.kwdefaults.borrow();
    for (i, &src) in sources.iter().enumerate().skip(argcount) {
        if src != UNSET {
            continue;
        }
        let name = &func.code.varnames[i];
        match kwdefaults
            .as_ref()
            .and_then(|d| d.get_by_str(name.as_str()))
        {
            Some(v) => std::mem::forget(frame.fast[i].replace(v)),
            None => return false,
        }
    }
    true
}

/// Whether a keyword names a parameter by its text (a keyword not interned: `**kw`
/// spread from a dict built at run time).
#[cold]
#[inline(never)]
fn same_text(param: &StrRef, keyword: &StrRef) -> bool {
    param.as_str() == keyword.as_str()
}
