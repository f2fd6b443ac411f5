//! `_collections._move_to_front(od, key)`: `OrderedDict.move_to_end(key, last=False)`.
//!
//! An OrderedDict's order here is its dict's own entry order, so moving a key to the
//! front is a move inside the dict's table (`PyDict::move_to_front`, O(1) amortised as
//! CPython's linked list gives it). The rest of OrderedDict is in collections.py.

use super::unwrap_base;
use crate::runtime::error::{key_error, type_error, PyResult};
use crate::runtime::function::Args;
use crate::runtime::value::Value;
use crate::vm::Vm;

pub(crate) fn move_to_front(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    args.no_kw("_move_to_front")?;
    let [od, key] = args.pos() else {
        return Err(type_error("_move_to_front expected 2 arguments"));
    };
    let Value::Dict(d) = unwrap_base(od) else {
        return Err(type_error("_move_to_front expects a dict"));
    };
    if d.move_to_front(vm, key)? {
        Ok(Value::None)
    } else {
        Err(key_error(key.clone()))
    }
}
