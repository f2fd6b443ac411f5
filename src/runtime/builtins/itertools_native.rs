//! `_itertools`: the native constructors behind pylib `itertools.py` for the tools whose
//! per-item cost matters (`permutations`, `combinations` with and without replacement,
//! `product`), and the classes `count`, `groupby`, `islice` and `zip_longest` themselves
//! (the last two made by `itertools_slices`; the simpler
//! wrapping iterators, `chain` to `pairwise`, are `itertools_tools`). Arguments are checked by the Python
//! half; these take them already normalised. Advancing lives in `vm::protocol` and
//! `vm::itertools_ops`.

use super::{def, method};
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
    def(&m, "permutations", permutations);
    def(&m, "combinations", combinations);
    def(&m, "product", product);
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

/// `permutations(pool: tuple, r: int >= 0)`.
fn permutations(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a =
        crate::runtime::signature::module_positional(&args, "_itertools", "permutations", 2, 2)?;
    let (Value::Tuple(pool), Some(r)) = (&a[0], count_arg(&a[1])) else {
        return Err(bad_args("permutations"));
    };
    combinatoric(Combinatoric::permutations(pool.items.to_vec(), r))
}

/// `combinations(pool: tuple, r: int >= 0, with_replacement: bool)`.
fn combinations(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a =
        crate::runtime::signature::module_positional(&args, "_itertools", "combinations", 3, 3)?;
    let (Value::Tuple(pool), Some(r), Value::Bool(again)) = (&a[0], count_arg(&a[1]), &a[2]) else {
        return Err(bad_args("combinations"));
    };
    let pool = pool.items.to_vec();
    combinatoric(if *again {
        Combinatoric::combinations_with_replacement(pool, r)
    } else {
        Combinatoric::combinations(pool, r)
    })
}

/// `product(pools: list of tuples)`.
fn product(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = crate::runtime::signature::module_positional(&args, "_itertools", "product", 1, 1)?;
    let Value::List(pools) = &a[0] else {
        return Err(bad_args("product"));
    };
    let mut tuples = Vec::new();
    for p in pools.items.borrow().iter() {
        let Value::Tuple(t) = p else {
            return Err(bad_args("product"));
        };
        tuples.push(t.items.to_vec());
    }
    combinatoric(Combinatoric::product(tuples))
}

fn combinatoric(walk: Combinatoric) -> PyResult<Value> {
    Ok(IterObj::new_value(IterState::Combinatoric(Box::new(walk))))
}

/// A non-negative int that fits a usize (bigger counts are clamped: no iterator reaches
/// them).
fn count_arg(v: &Value) -> Option<usize> {
    match v {
        Value::Int(i) if *i >= 0 => Some(*i as usize),
        Value::BigInt(b) if b.sign() != num_bigint::Sign::Minus => Some(usize::MAX),
        _ => None,
    }
}

#[cold]
fn bad_args(name: &str) -> crate::runtime::error::PyErr {
    type_error(format!("_itertools.{name}() takes normalised arguments"))
}
