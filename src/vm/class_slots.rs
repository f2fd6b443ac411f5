//! CPython's checks on a new class's `__slots__` (`type.__new__`): every item a str
//! that is an identifier, no nonempty slots on a variable-size base (int, tuple, bytes),
//! `__dict__` and `__weakref__` only where the bases do not give them already and only
//! once, and no slot that a class variable of the same (mangled) name would hide.
//! What this is not: the slot names' storage (`Class::slot_names`) or attribute access.

use crate::compiler::mangle::mangle;
use crate::runtime::class::{slot_items, Class, Layout};
use crate::runtime::dict::PyDict;
use crate::runtime::error::{type_error, value_error, PyResult};
use crate::vm::Vm;
use std::rc::Rc;

/// What the bases' instances already have.
#[derive(Default)]
struct BaseLayout {
    /// A `__dict__` (a class without `__slots__` at some level, or an exception).
    dict: bool,
    /// A `__weakref__` slot (a class without `__slots__`, a `__weakref__` slot, a set).
    weakref: bool,
    /// The direct base whose instances are variable-size (an int, tuple or bytes).
    var_sized: Option<Rc<Class>>,
}

fn base_layout(t: &crate::runtime::types::Types, bases: &[Rc<Class>]) -> BaseLayout {
    let mut out = BaseLayout::default();
    for base in bases {
        for c in base.mro() {
            if c.is_builtin {
                out.dict |= c.layout == Layout::Exception;
                out.weakref |= [&t.set, &t.frozenset, &t.type_]
                    .iter()
                    .any(|w| Rc::ptr_eq(w, &c));
                if [&t.int, &t.tuple, &t.bytes]
                    .iter()
                    .any(|v| Rc::ptr_eq(v, &c))
                {
                    out.var_sized.get_or_insert_with(|| base.clone());
                }
                continue;
            }
            match &c.slots {
                None => {
                    out.dict = true;
                    out.weakref = true;
                }
                Some(names) => out.weakref |= names.iter().any(|n| &**n == "__weakref__"),
            }
        }
    }
    out
}

/// Raise what CPython raises for the `__slots__` of class `name` over `bases`.
pub fn check(vm: &Vm, name: &str, bases: &[Rc<Class>], ns: &PyDict) -> PyResult<()> {
    let Some(items) = ns.get_by_str("__slots__").as_ref().and_then(slot_items) else {
        return Ok(());
    };
    let base = base_layout(vm.types(), bases);
    if let (Some(b), false) = (&base.var_sized, items.is_empty()) {
        return Err(type_error(format!(
            "nonempty __slots__ not supported for subtype of '{}'",
            b.name()
        )));
    }
    let (mut dict, mut weakref) = (base.dict, base.weakref || base.var_sized.is_some());
    for item in &items {
        let Some(s) = item.as_pystr() else {
            return Err(type_error(format!(
                "__slots__ items must be strings, not '{}'",
                vm.type_of(item).name()
            )));
        };
        let s = s.as_str();
        if !crate::runtime::builtins::is_identifier(s) {
            return Err(type_error("__slots__ must be identifiers"));
        }
        match s {
            "__dict__" if dict => {
                return Err(type_error("__dict__ slot disallowed: we already got one"))
            }
            "__dict__" => dict = true,
            "__weakref__" if weakref => {
                return Err(type_error(
                    "__weakref__ slot disallowed: either we already got one, or __itemsize__ != 0",
                ))
            }
            "__weakref__" => weakref = true,
            _ => {
                let mangled = mangle(Some(name), &Rc::from(s));
                if ns.get_by_str(&mangled).is_some() {
                    return Err(value_error(format!(
                        "'{mangled}' in __slots__ conflicts with class variable"
                    )));
                }
            }
        }
    }
    Ok(())
}
