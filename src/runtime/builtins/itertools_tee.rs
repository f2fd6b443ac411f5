//! `itertools.tee` and its copies' class `_tee`: n iterators over one source, sharing
//! a buffer of what the slowest has still to read (`runtime::itertools_tools` describes
//! it; `vm::itertools_tools` advances a copy). Not the other itertools.

use super::ssize_arg;
use crate::runtime::dict::PyDict;
use crate::runtime::error::{type_error, value_error, PyResult};
use crate::runtime::function::Args;
use crate::runtime::iter::{IterObj, IterState};
use crate::runtime::itertools_tools::Tool;
use crate::runtime::signature::Signature;
use crate::runtime::types::Types;
use crate::runtime::value::Value;
use crate::vm::Vm;

/// Add `tee` and `_tee` to the `_itertools` module `m`.
pub fn install(t: &Types, m: &PyDict) {
    super::def(m, "tee", tee);
    let class = super::itertools_native::iterator_type(t, "_tee", Some(tee_new));
    if let Value::Class(c) = &class {
        super::method(&c.dict, "_tee", "__copy__", copy);
    }
    m.set_by_str("_tee", class);
}

const TEE: Signature = Signature::new("tee", &["iterable", "n"])
    .required(1)
    .positional_only("itertools.tee");

/// `tee(iterable, n=2)`: n iterators over `iter(iterable)`; an iterator that can copy
/// itself (`__copy__`, as a tee copy can) is the first, its copies the others.
fn tee(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = TEE.positional(&args)?;
    let n = match a.get(1) {
        Some(n) => ssize_arg(vm, n)?,
        None => 2,
    };
    if n < 0 {
        return Err(value_error("n must be >= 0"));
    }
    let it = vm.get_iter(&a[0])?;
    if n == 0 {
        return Ok(Value::tuple(Vec::new()));
    }
    let copy = vm.type_of(&it).lookup_str("__copy__");
    let first = match copy {
        Some(_) => it,
        None => from_iterator(it),
    };
    let mut copies = Vec::with_capacity(n as usize);
    for _ in 1..n {
        copies.push(match native_copy(&first) {
            Some(c) => c,
            None => {
                let m = vm.getattr(&first, "__copy__")?;
                vm.call_args(&m, [])?
            }
        });
    }
    copies.insert(0, first);
    Ok(Value::tuple(copies))
}

/// A new tee over the iterator `it`, with an empty buffer.
fn from_iterator(it: Value) -> Value {
    let link = Value::list(vec![it]);
    IterObj::new_value(IterState::Tool(Box::new(Tool::Tee { link, index: 0 })))
}

/// A copy of the tee `v` at its place (None when `v` is no tee).
fn native_copy(v: &Value) -> Option<Value> {
    let Value::Iter(it) = v else {
        return None;
    };
    let IterState::Tool(t) = &*it.state.borrow() else {
        return None;
    };
    let Tool::Tee { link, index } = &**t else {
        return None;
    };
    let (link, index) = (link.clone(), *index);
    Some(IterObj::new_value(IterState::Tool(Box::new(Tool::Tee {
        link,
        index,
    }))))
}

const TEE_NEW: Signature = Signature::new("_tee", &["iterable"]).positional_only("_tee");

/// `_tee(iterable)`: a copy when `iterable` is a tee, else a new tee over it.
fn tee_new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [iterable] = TEE_NEW.positional_method(&args)? else {
        return Err(type_error("_tee() takes no keyword arguments"));
    };
    let it = vm.get_iter(iterable)?;
    Ok(native_copy(&it).unwrap_or_else(|| from_iterator(it)))
}

/// `_tee.__copy__()`: a copy at the same place, sharing the buffer.
fn copy(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    Signature::no_args("_tee.__copy__").none_method(&args)?;
    args.args
        .first()
        .and_then(native_copy)
        .ok_or_else(|| type_error("descriptor '__copy__' needs a '_tee' object"))
}
