//! Calls of native functions from the dispatch loop without the general call path:
//! `len(x)`, `isinstance(x, C)`, and the builtin methods `LoadMethod` leaves unbound
//! (`items.append(x)`, `d.get(k)`, `sep.join(parts)`) run their Rust function on the
//! arguments where they lie on the value stack, as CPython 3.11's `PRECALL_BUILTIN_*`
//! and `PRECALL_NO_KW_METHOD_DESCRIPTOR_*` do. Not for the builtins that read the
//! calling frame (`eval`, `exec`, and `globals`/`locals`/`vars`/`dir` without
//! arguments), bound builtins, or debug mode's noting of call sites: those stay on
//! `call_on_stack_kw`. `items.append(x)` and `items.pop()` on a list skip even the
//! native call (CPython 3.11's `PRECALL_NO_KW_LIST_APPEND`), as do `s.add(x)`,
//! `s.discard(x)` and `s.remove(x)` of an int or str on a set. This file adds speed, not
//! semantics: the function called, its arguments and its errors are the general path's.

use super::frame::{forget_or_drop, Frame};
use super::Vm;
use crate::runtime::builtins::{list_methods, set_methods};
use crate::runtime::error::PyResult;
use crate::runtime::function::{Args, Builtin, NativeFn};
use crate::runtime::value::Value;

impl Vm {
    /// `Call`/`CallMethod` with `argc` positional arguments above a native function:
    /// call it and leave its result in place of the callee and arguments. None when the
    /// callee is anything else (the general path takes it).
    #[inline(always)]
    pub(super) fn native_call(&mut self, f: &mut Frame, argc: usize) -> Option<PyResult<()>> {
        let func_pos = f.stack.len().checked_sub(argc + 1)?;
        let Value::Builtin(b) = &f.stack[func_pos] else {
            return None;
        };
        if argc == 0 || b.bound.is_some() || reads_frame(b.name) || self.coro_origins.is_some() {
            return None;
        }
        let func = b.func;
        let result = func(
            self,
            Args {
                args: &f.stack[func_pos + 1..],
                kwnames: &[],
            },
        );
        Some(result.map(|v| {
            f.stack.truncate(func_pos);
            f.push(v);
        }))
    }
}

impl Vm {
    /// `items.append(x)` and `items.pop()` on a list (not a subclass instance), the
    /// method left unbound by `LoadMethod`: done here on the stack, without the
    /// argument checks and reference counts of the native call (CPython 3.11's
    /// `PRECALL_NO_KW_LIST_APPEND`); and the set methods of [`Vm::set_method_call`].
    /// False (stack untouched) for anything else, and for `pop` on an empty list (the
    /// native call raises its IndexError).
    #[inline(always)]
    pub(super) fn inline_method_call(&mut self, f: &mut Frame, argc: usize) -> bool {
        match (argc, f.stack.as_slice()) {
            (2, [.., Value::Builtin(b), Value::List(_), _]) if is_list_method(b, APPEND) => {
                let [callee, list, item] = f.pop_n();
                self.gc.track_if_holds(&list, &item);
                if let Value::List(l) = &list {
                    l.push(item);
                }
                forget_or_drop(list);
                drop(callee);
                f.push(Value::None);
                true
            }
            (1, [.., Value::Builtin(b), Value::List(l)])
                if is_list_method(b, POP) && l.items.try_borrow().is_ok_and(|i| !i.is_empty()) =>
            {
                let [callee, list] = f.pop_n();
                let last = match &list {
                    Value::List(l) => l.items.borrow_mut().pop(),
                    _ => None,
                };
                forget_or_drop(list);
                drop(callee);
                f.push(last.unwrap_or(Value::None));
                true
            }
            (2, [.., Value::Builtin(_), Value::Set(_), _]) => set_method_call(f),
            _ => false,
        }
    }
}

/// `s.add(x)`, `s.discard(x)` and `s.remove(x)` on a set (not a frozenset or a subclass
/// instance), the method left unbound by `LoadMethod`, with an exact int or str `x`:
/// one probe of the set's table, done here (no Python code can run: no `__hash__` or
/// `__eq__` is called). False (stack untouched) for anything else, for a key whose
/// probe meets a key of another type, and for `remove` of a missing key (the native
/// call raises its KeyError).
#[inline]
fn set_method_call(f: &mut Frame) -> bool {
    let [.., Value::Builtin(b), Value::Set(s), key] = f.stack.as_slice() else {
        return false;
    };
    if s.frozen || b.bound.is_some() {
        return false;
    }
    let done = if std::ptr::fn_addr_eq(b.func, SET_ADD) {
        s.add_exact(key).is_some()
    } else if std::ptr::fn_addr_eq(b.func, SET_DISCARD) {
        s.discard_exact(key).is_some()
    } else if std::ptr::fn_addr_eq(b.func, SET_REMOVE) {
        s.discard_exact(key) == Some(true)
    } else {
        false
    };
    if done {
        let [callee, set, key] = f.pop_n();
        forget_or_drop(key);
        drop(set);
        drop(callee);
        f.push(Value::None);
    }
    done
}

const APPEND: NativeFn = list_methods::append;
const POP: NativeFn = list_methods::pop;
const SET_ADD: NativeFn = set_methods::add;
const SET_DISCARD: NativeFn = set_methods::discard;
const SET_REMOVE: NativeFn = set_methods::remove;

/// Whether `b` is the unbound list method `method`. Compared by function address: a
/// false answer (the same function at two addresses) only loses the fast path, and a
/// function folded with `method` by the linker has its code, so does what it does.
#[inline(always)]
fn is_list_method(b: &Builtin, method: NativeFn) -> bool {
    std::ptr::fn_addr_eq(b.func, method) && b.bound.is_none()
}

/// The builtins that need the calling frame with arguments too (`frame_builtins` and
/// `eval_exec` serve them in the general path).
#[inline(always)]
fn reads_frame(name: &str) -> bool {
    matches!(name, "eval" | "exec")
}
