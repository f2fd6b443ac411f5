//! `_itertools`: the native constructors behind pylib `itertools.py` for the tools whose
//! per-item cost matters (`permutations`, `combinations` with and without replacement,
//! `product`, `islice`). Arguments are checked by the Python
//! half; these take them already normalised. Advancing lives in `vm::protocol` and
//! `vm::itertools_ops`.

use super::def;
use crate::runtime::combinatorics::Combinatoric;
use crate::runtime::dict::PyDict;
use crate::runtime::error::{type_error, PyResult};
use crate::runtime::function::Args;
use crate::runtime::iter::{IterObj, IterState};
use crate::runtime::value::Value;
use crate::vm::Vm;
use std::rc::Rc;

/// The `_itertools` module.
pub fn module() -> Rc<PyDict> {
    let m = Rc::new(PyDict::new());
    m.set_by_str("__name__", Value::str("_itertools"));
    def(&m, "permutations", permutations);
    def(&m, "combinations", combinations);
    def(&m, "product", product);
    def(&m, "islice", islice);
    m
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

/// `islice(iterator, start >= 0, stop >= 0 or None, step >= 1)`.
fn islice(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = crate::runtime::signature::module_positional(&args, "_itertools", "islice", 4, 4)?;
    let stop = match &a[2] {
        Value::None => None,
        v => Some(count_arg(v).ok_or_else(|| bad_args("islice"))?),
    };
    let (Some(start), Some(step)) = (count_arg(&a[1]), count_arg(&a[3])) else {
        return Err(bad_args("islice"));
    };
    Ok(IterObj::new_value(IterState::Islice {
        inner: a[0].clone(),
        count: 0,
        next: start,
        stop,
        step,
    }))
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
