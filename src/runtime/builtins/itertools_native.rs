//! `_itertools`, the classes pylib `itertools.py` re-exports: here `count`, `groupby` and
//! the combinatorics (`product`, `permutations`, `combinations` with and without
//! replacement), their arguments checked as CPython checks them; `islice` and
//! `zip_longest` are made by `itertools_slices`, `chain` to `pairwise` by
//! `itertools_tools`, `tee` by `itertools_tee`. Advancing lives in `vm::protocol`,
//! `vm::itertools_ops` and `vm::itertools_tools`.

use super::method;
use crate::runtime::combinatorics::Combinatoric;
use crate::runtime::dict::PyDict;
use crate::runtime::error::{type_error, PyResult};
use crate::runtime::function::{Args, NativeFn};
use crate::runtime::iter::{GroupBy, IterObj, IterState};
use crate::runtime::native::NativeData;
use crate::runtime::signature::Signature;
use crate::runtime::value::Value;
use crate::vm::Vm;
use std::rc::Rc;

/// The `_itertools` module.
pub fn module(t: &crate::runtime::types::Types) -> Rc<PyDict> {
    let m = Rc::new(PyDict::new());
    m.set_by_str("__name__", Value::str("_itertools"));
    let classes: [(&'static str, NativeFn); 4] = [
        ("permutations", permutations_new),
        ("combinations", combinations_new),
        ("combinations_with_replacement", combinations_wr_new),
        ("product", product_new),
    ];
    for (name, new) in classes {
        m.set_by_str(name, iterator_type(t, name, Some(new)));
    }
    m.set_by_str(
        "islice",
        iterator_type(t, "islice", Some(super::itertools_slices::islice_new)),
    );
    m.set_by_str(
        "zip_longest",
        iterator_type(
            t,
            "zip_longest",
            Some(super::itertools_slices::zip_longest_new),
        ),
    );
    m.set_by_str("count", iterator_type(t, "count", Some(count_new)));
    m.set_by_str("groupby", iterator_type(t, "groupby", Some(groupby_new)));
    m.set_by_str("_grouper", iterator_type(t, "_grouper", None));
    super::itertools_tools::install(t, &m);
    super::itertools_tee::install(t, &m);
    m
}

/// A native itertools iterator class (made on demand as every native iterator's class
/// is), given its module and, for those Python code calls, its constructor.
pub(super) fn iterator_type(
    t: &crate::runtime::types::Types,
    name: &'static str,
    new: Option<NativeFn>,
) -> Value {
    let c = t.iterator_class(name);
    *c.module.borrow_mut() = "itertools".into();
    if let Some(f) = new {
        method(&c.dict, name, "__new__", f);
    }
    super::itertools_tools::iterator_methods(&c.dict, name);
    Value::Class(c)
}

const COUNT: Signature = Signature::new("count", &["start", "step"]).required(0);

/// `count(start=0, step=1)`: both must be numbers (CPython's `PyNumber_Check`).
fn count_new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = COUNT.bind_method(&args)?;
    let start = a.given(0).cloned().unwrap_or(Value::Int(0));
    let step = a.given(1).cloned().unwrap_or(Value::Int(1));
    if !is_number(vm, &start) || !is_number(vm, &step) {
        return Err(type_error("a number is required"));
    }
    let count = IterObj::new_value(IterState::Count { next: start, step });
    Ok(super::itertools_tools::for_class(vm, &args, count))
}

/// `PyNumber_Check`: an int, float or complex, or an object with `__index__`,
/// `__int__` or `__float__`.
fn is_number(vm: &Vm, v: &Value) -> bool {
    match v {
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) | Value::Float(_) => true,
        Value::Native(n) => matches!(n.data, NativeData::Complex(_)),
        _ => {
            let cls = vm.type_of(v);
            ["__index__", "__int__", "__float__", "__complex__"]
                .iter()
                .any(|name| cls.lookup_str(name).is_some())
        }
    }
}

const GROUPBY: Signature = Signature::new("groupby", &["iterable", "key"]).required(1);

/// `groupby(iterable, key=None)`.
fn groupby_new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = GROUPBY.bind_method(&args)?;
    let it = vm.get_iter(a.req(0))?;
    let keyfunc = a.given(1).cloned().unwrap_or(Value::None);
    let groupby = IterObj::new_value(IterState::GroupBy(Box::new(GroupBy {
        it,
        keyfunc,
        target: None,
        key: None,
        value: None,
        group: 0,
    })));
    Ok(super::itertools_tools::for_class(vm, &args, groupby))
}

const PERMUTATIONS: Signature = Signature::new("permutations", &["iterable", "r"]).required(1);

/// `permutations(iterable, r=None)`: the pool is read first, then `r` (an int).
fn permutations_new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = PERMUTATIONS.bind_method(&args)?;
    let pool = vm.collect(a.req(0))?;
    let r = match a.given(1).filter(|r| !r.is_none()) {
        None => pool.len(),
        Some(r) => match super::as_int(r) {
            None => return Err(type_error("Expected int as r")),
            Some(_) => count(vm, r, "r must be non-negative")?,
        },
    };
    combinatoric(vm, &args, Combinatoric::permutations(pool, r))
}

const COMBINATIONS: Signature = Signature::new("combinations", &["iterable", "r"]);
const COMBINATIONS_WR: Signature =
    Signature::new("combinations_with_replacement", &["iterable", "r"]);

/// `combinations(iterable, r)`: `r` (an index) is read before the pool, as CPython's
/// argument clinic converts it.
fn combinations_new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = COMBINATIONS.bind_method(&args)?;
    let r = count(vm, a.req(1), "r must be non-negative")?;
    let pool = vm.collect(a.req(0))?;
    combinatoric(vm, &args, Combinatoric::combinations(pool, r))
}

fn combinations_wr_new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = COMBINATIONS_WR.bind_method(&args)?;
    let r = count(vm, a.req(1), "r must be non-negative")?;
    let pool = vm.collect(a.req(0))?;
    combinatoric(
        vm,
        &args,
        Combinatoric::combinations_with_replacement(pool, r),
    )
}

/// `product(*iterables, repeat=1)`: `repeat` (an int) is read before the pools.
fn product_new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let mut repeat = 1;
    for (name, value) in args.kw() {
        if name != "repeat" {
            return Err(type_error(format!(
                "'{name}' is an invalid keyword argument for product()"
            )));
        }
        if super::as_int(value).is_none() {
            return Err(type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                super::type_name(vm, value)
            )));
        }
        repeat = count(vm, value, "repeat argument cannot be negative")?;
    }
    let mut pools = Vec::new();
    for p in args.pos().get(1..).unwrap_or_default() {
        pools.push(vm.collect(p)?);
    }
    let all = pools.len().saturating_mul(repeat);
    let pools = pools.into_iter().cycle().take(all).collect();
    combinatoric(vm, &args, Combinatoric::product(pools))
}

/// A count argument as a `Py_ssize_t`: OverflowError past it, ValueError `negative`
/// below zero.
fn count(vm: &mut Vm, v: &Value, negative: &'static str) -> PyResult<usize> {
    let n = super::ssize_arg(vm, v)?;
    usize::try_from(n).map_err(|_| crate::runtime::error::value_error(negative))
}

fn combinatoric(vm: &Vm, args: &Args<'_>, walk: Combinatoric) -> PyResult<Value> {
    let value = IterObj::new_value(IterState::Combinatoric(Box::new(walk)));
    Ok(super::itertools_tools::for_class(vm, args, value))
}
