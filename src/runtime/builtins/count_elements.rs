//! `_collections._count_elements(mapping, iterable)`: the counting loop of
//! `Counter(iterable)` and `Counter.update(iterable)`, in Rust as CPython has it in C.
//!
//! In Python the loop cost a method call per element (`dict.get(self, elem, 0) + 1`
//! and a `__setitem__`): counting was 5x CPython's time. When the mapping is a dict (or
//! a subclass that keeps dict's own `get` and `__setitem__`) the counts are read and
//! written in its table directly; otherwise its `get` and `__setitem__` are called as
//! the Python loop would. This is not the rest of Counter, which stays in collections.py.

use super::unwrap_base;
use crate::ast::BinOp;
use crate::runtime::error::{type_error, PyResult};
use crate::runtime::function::Args;
use crate::runtime::value::Value;
use crate::vm::Vm;

pub(crate) fn count_elements(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    args.no_kw("_count_elements")?;
    let [mapping, iterable] = args.pos() else {
        return Err(type_error(format!(
            "_count_elements expected 2 arguments, got {}",
            args.pos().len()
        )));
    };
    let it = vm.get_iter(iterable)?;
    let one = Value::Int(1);
    match own_dict_methods(vm.types(), mapping) {
        Some(d) => {
            while let Some(elem) = vm.next(&it)? {
                let count = match d.get_item(vm, &elem)? {
                    Some(old) => vm.binary_op(BinOp::Add, &old, &one)?,
                    None => Value::Int(1),
                };
                d.set_item(vm, elem, count)?;
            }
        }
        None => {
            let get = vm.getattr(mapping, "get")?;
            while let Some(elem) = vm.next(&it)? {
                let old = vm.call_args(&get, [elem.clone(), Value::Int(0)])?;
                let count = vm.binary_op(BinOp::Add, &old, &one)?;
                vm.setitem(mapping, &elem, count)?;
            }
        }
    }
    Ok(Value::None)
}

/// The dict table of `mapping` when reading and writing it directly is what its `get`
/// and `__setitem__` would do: a dict, or a subclass overriding neither.
fn own_dict_methods(
    t: &crate::runtime::types::Types,
    mapping: &Value,
) -> Option<std::rc::Rc<crate::runtime::dict::PyDict>> {
    let Value::Dict(d) = unwrap_base(mapping) else {
        return None;
    };
    if let Value::Instance(inst) = mapping {
        let dict_cls = &t.dict;
        for name in ["get", "__setitem__"] {
            let theirs = inst.class.lookup_str(name)?;
            if !dict_cls.lookup_str(name).is_some_and(|own| own.is(&theirs)) {
                return None;
            }
        }
    }
    Some(d)
}
