//! The builtins that consume or build iterators: iter, next, enumerate, zip, map,
//! filter, reversed, sorted, min, max, sum, any, all. The lazy ones only build the
//! iterator state ([`IterState`]); the VM advances it.

use super::{def, index_int, type_name};
use crate::ast::BinOp;
use crate::numeric::Int;
use crate::runtime::dict::PyDict;
use crate::runtime::error::{type_error, value_error, PyResult};
use crate::runtime::function::{arity_error, Args};
use crate::runtime::iter::{IterObj, IterState};
use crate::runtime::native::NativeData;
use crate::runtime::value::Value;
use crate::vm::Vm;

pub(super) fn install(b: &PyDict) {
    def(b, "iter", iter);
    def(b, "next", next);
    def(b, "enumerate", enumerate);
    def(b, "zip", zip);
    def(b, "map", map);
    def(b, "filter", filter);
    def(b, "reversed", reversed);
    def(b, "sorted", sorted);
    def(b, "min", min);
    def(b, "max", max);
    def(b, "sum", sum);
    def(b, "any", any);
    def(b, "all", all);
}

fn iter(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    args.no_kw("iter")?;
    let p = args.check_pos("iter", 1, 2)?;
    match p.get(1) {
        None => vm.get_iter(&p[0]),
        Some(sentinel) => {
            if !super::functions::is_callable(vm, &p[0])? {
                return Err(type_error("iter(v, w): v must be callable"));
            }
            Ok(IterObj::new_value(IterState::Callable {
                func: p[0].clone(),
                sentinel: sentinel.clone(),
            }))
        }
    }
}

fn next(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    args.no_kw("next")?;
    let p = args.check_pos("next", 1, 2)?;
    let it = &p[0];
    let is_iterator = match it {
        Value::Iter(_) | Value::Generator(_) => true,
        Value::Instance(i) => i.class.lookup_str("__next__").is_some(),
        // Natives with a `__next__` (file objects, StringIO) are iterators too.
        _ => vm.type_of(it).lookup_str("__next__").is_some(),
    };
    if !is_iterator {
        return Err(type_error(format!(
            "'{}' object is not an iterator",
            type_name(vm, it)
        )));
    }
    match vm.next(it)? {
        Some(v) => Ok(v),
        None => match p.get(1) {
            Some(default) => Ok(default.clone()),
            None => {
                let v = vm.take_stop_value();
                Err(crate::runtime::error::stop_iteration(v))
            }
        },
    }
}

fn enumerate(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    args.only_kw("enumerate", &["iterable", "start"])?;
    let p = args.pos();
    if p.len() > 2 {
        return Err(arity_error("enumerate", 1, 2, p.len()));
    }
    let Some(iterable) = p.first().or(args.get_kw("iterable")) else {
        return Err(type_error(
            "enumerate() missing required argument 'iterable'",
        ));
    };
    let start = match p.get(1).or(args.get_kw("start")) {
        None => 0,
        Some(s) => match index_int(vm, s)? {
            Int::Small(i) => i,
            Int::Big(_) => {
                return Err(crate::runtime::error::overflow_error(
                    "enumerate() start is too large",
                ))
            }
        },
    };
    let inner = vm.get_iter(iterable)?;
    Ok(IterObj::new_value(IterState::Enumerate {
        inner,
        count: start,
    }))
}

fn zip(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    args.only_kw("zip", &["strict"])?;
    let strict = match args.get_kw("strict") {
        Some(s) => vm.truthy(s)?,
        None => false,
    };
    let mut iters = Vec::with_capacity(args.pos().len());
    for a in args.pos() {
        iters.push(vm.get_iter(a)?);
    }
    Ok(IterObj::new_value(IterState::Zip { iters, strict }))
}

fn map(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    args.no_kw("map")?;
    let p = args.pos();
    if p.len() < 2 {
        return Err(type_error("map() must have at least two arguments."));
    }
    let mut iters = Vec::with_capacity(p.len() - 1);
    for a in &p[1..] {
        iters.push(vm.get_iter(a)?);
    }
    Ok(IterObj::new_value(IterState::Map {
        func: p[0].clone(),
        iters,
    }))
}

fn filter(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    args.no_kw("filter")?;
    let p = args.check_pos("filter", 2, 2)?;
    let inner = vm.get_iter(&p[1])?;
    Ok(IterObj::new_value(IterState::Filter {
        func: p[0].clone(),
        inner,
    }))
}

fn reversed(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    args.no_kw("reversed")?;
    let p = args.check_pos("reversed", 1, 1)?;
    let v = &p[0];
    match v {
        Value::List(l) => {
            let index = l.len();
            return Ok(IterObj::new_value(IterState::ListReversed {
                list: l.clone(),
                index,
            }));
        }
        Value::Tuple(t) => {
            let mut items = t.items.to_vec();
            items.reverse();
            return Ok(IterObj::new_value(IterState::Values { items, index: 0 }));
        }
        Value::Str(s) => {
            let items = s
                .as_str()
                .chars()
                .rev()
                .map(|c| Value::from_string(c.to_string()))
                .collect();
            return Ok(IterObj::new_value(IterState::Values { items, index: 0 }));
        }
        Value::Native(n) => {
            if let NativeData::Range { start, stop, step } = n.data {
                return Ok(IterObj::new_value(IterState::Range(
                    crate::runtime::iter::RangeIter::reversed(start, stop, step),
                )));
            }
            if let Some(data) = crate::runtime::bytes::bytes_of(v) {
                let items = data.iter().rev().map(|&b| Value::Int(b as i64)).collect();
                return Ok(IterObj::new_value(IterState::Values { items, index: 0 }));
            }
        }
        Value::Dict(d) => {
            let mut items = d.keys();
            items.reverse();
            return Ok(IterObj::new_value(IterState::Values { items, index: 0 }));
        }
        _ => {}
    }
    if let Some(m) = vm.getattr_opt(v, "__reversed__")? {
        return vm.call_args(&m, vec![]);
    }
    let has_seq = match v {
        Value::Instance(i) => {
            i.class.lookup_str("__len__").is_some() && i.class.lookup_str("__getitem__").is_some()
        }
        _ => false,
    };
    if !has_seq {
        return Err(type_error(format!(
            "'{}' object is not reversible",
            type_name(vm, v)
        )));
    }
    let n = vm.len(v)?;
    let mut items = Vec::with_capacity(n);
    for i in (0..n).rev() {
        items.push(vm.getitem(v, &Value::Int(i as i64))?);
    }
    Ok(IterObj::new_value(IterState::Values { items, index: 0 }))
}

fn sorted(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    args.only_kw("sorted", &["key", "reverse"])?;
    let p = args.pos();
    if p.len() != 1 {
        if p.is_empty() {
            return Err(type_error("sorted expected 1 argument, got 0"));
        }
        return Err(type_error(format!(
            "sorted expected 1 argument, got {}",
            p.len()
        )));
    }
    let mut items = vm.collect(&p[0])?;
    let key = args.get_kw("key").filter(|k| !k.is_none()).cloned();
    let reverse = match args.get_kw("reverse") {
        Some(r) => vm.truthy(r)?,
        None => false,
    };
    super::sort::sort_values(vm, &mut items, key.as_ref(), reverse)?;
    Ok(Value::list(items))
}

/// min() and max(): `want_greater` picks max.
fn min_max(vm: &mut Vm, args: Args<'_>, name: &str, want_greater: bool) -> PyResult<Value> {
    for (k, _) in args.kw() {
        if k != "key" && k != "default" {
            return Err(type_error(format!(
                "'{k}' is an invalid keyword argument for {name}()"
            )));
        }
    }
    let p = args.pos();
    let key = args.get_kw("key").filter(|k| !k.is_none()).cloned();
    let default = args.get_kw("default");
    let items = match p.len() {
        0 => {
            return Err(type_error(format!(
                "{name} expected at least 1 argument, got 0"
            )))
        }
        1 => vm.collect(&p[0])?,
        _ => {
            if default.is_some() {
                return Err(type_error(format!(
                    "Cannot specify a default for {name}() with multiple positional arguments"
                )));
            }
            p.to_vec()
        }
    };
    let mut best: Option<(Value, Value)> = None;
    for item in items {
        let k = match &key {
            Some(f) => vm.call_args(f, vec![item.clone()])?,
            None => item.clone(),
        };
        best = Some(match best {
            None => (k, item),
            Some((bk, bv)) => {
                // The first of equal items wins, as in CPython (which asks `k > best`).
                let better = if want_greater {
                    let r = vm.compare(crate::ast::CmpOp::Gt, &k, &bk)?;
                    vm.truthy(&r)?
                } else {
                    vm.lt(&k, &bk)?
                };
                if better {
                    (k, item)
                } else {
                    (bk, bv)
                }
            }
        });
    }
    match best {
        Some((_, v)) => Ok(v),
        None => match default {
            Some(d) => Ok(d.clone()),
            None => Err(value_error(format!("{name}() arg is an empty sequence"))),
        },
    }
}

fn min(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    min_max(vm, args, "min", false)
}

fn max(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    min_max(vm, args, "max", true)
}

fn sum(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    args.only_kw("sum", &["start"])?;
    let p = args.check_pos("sum", 1, 2)?;
    let start = p
        .get(1)
        .or(args.get_kw("start"))
        .cloned()
        .unwrap_or(Value::Int(0));
    match &start {
        Value::Str(_) => {
            return Err(type_error(
                "sum() can't sum strings [use ''.join(seq) instead]",
            ))
        }
        Value::Native(n) if matches!(n.data, NativeData::Bytes(_)) => {
            return Err(type_error(
                "sum() can't sum bytes [use b''.join(seq) instead]",
            ))
        }
        _ => {}
    }
    let it = vm.get_iter(&p[0])?;
    let mut acc = start;
    // Ints are added natively until one overflows i64 or a non-int shows up.
    let mut small: Option<i64> = match acc {
        Value::Int(i) => Some(i),
        _ => None,
    };
    while let Some(item) = vm.next(&it)? {
        if let (Some(s), Value::Int(i)) = (small, &item) {
            if let Some(r) = s.checked_add(*i) {
                small = Some(r);
                continue;
            }
        }
        if let Some(s) = small.take() {
            acc = Value::Int(s);
        }
        acc = match (&acc, &item) {
            (Value::Float(a), Value::Float(b)) => Value::Float(a + b),
            _ => vm.binary_op(BinOp::Add, &acc, &item)?,
        };
    }
    Ok(match small {
        Some(s) => Value::Int(s),
        None => acc,
    })
}

fn any(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    args.no_kw("any")?;
    let p = args.check_pos("any", 1, 1)?;
    let it = vm.get_iter(&p[0])?;
    while let Some(v) = vm.next(&it)? {
        if vm.truthy(&v)? {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

fn all(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    args.no_kw("all")?;
    let p = args.check_pos("all", 1, 1)?;
    let it = vm.get_iter(&p[0])?;
    while let Some(v) = vm.next(&it)? {
        if !vm.truthy(&v)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}
