//! The builtins that consume or build iterators: iter, next, enumerate, zip, map,
//! filter, reversed, sorted, min, max, sum, any, all. The lazy ones only build the
//! iterator state ([`IterState`]); the VM advances it.

use super::{def, index_int, type_name};
use crate::ast::BinOp;
use crate::ast::CmpOp;
use crate::numeric::Int;
use crate::runtime::dict::PyDict;
use crate::runtime::error::{type_error, value_error, PyResult};
use crate::runtime::function::Args;
use crate::runtime::iter::{IterObj, IterState};
use crate::runtime::native::NativeData;
use crate::runtime::signature::Signature;
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

// How each builtin takes its arguments (see `runtime::signature`).
const ITER: Signature = Signature::new("iter", &["object", "sentinel"])
    .required(1)
    .positional_only("iter");
const NEXT: Signature = Signature::new("next", &["iterator", "default"])
    .required(1)
    .positional_only("next");
const ENUMERATE: Signature = Signature::new("enumerate", &["iterable", "start"]).required(1);
const ZIP: Signature = Signature::new("zip", &["strict"])
    .required(0)
    .kwonly(1)
    .varargs();
const FILTER: Signature =
    Signature::new("filter", &["function", "iterable"]).positional_only("filter");
const REVERSED: Signature = Signature::new("reversed", &["sequence"]).positional_only("reversed");
/// sorted's keywords go to list.sort, which names itself when refusing one.
const SORTED: Signature = Signature::new("sorted", &["iterable"])
    .positional_only("sorted")
    .varkw();
pub(super) const SORT: Signature = Signature::new("sort", &["key", "reverse"])
    .required(0)
    .kwonly(2);
const MIN: Signature = Signature::new("min", &["key", "default"])
    .required(0)
    .kwonly(2)
    .varargs();
const MAX: Signature = Signature::new("max", &["key", "default"])
    .required(0)
    .kwonly(2)
    .varargs();
const SUM: Signature = Signature::new("sum", &["iterable", "start"])
    .required(1)
    .posonly(1);
const ANY: Signature = Signature::one_arg("any");
const ALL: Signature = Signature::one_arg("all");

fn iter(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let p = ITER.positional(&args)?;
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
    let p = NEXT.positional(&args)?;
    let it = &p[0];
    let is_iterator = match it {
        Value::Iter(_) | Value::Generator(_) => true,
        Value::Instance(i) => i.class.lookup(&vm.names.next).is_some(),
        // Natives with a `__next__` (file objects, StringIO) are iterators too.
        _ => vm.type_of(it).lookup(&vm.names.next).is_some(),
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
    // `enumerate(xs)`, the common form, needs no binding.
    if let ([iterable], false) = (args.pos(), args.has_kw()) {
        return enumerate_from(vm, iterable, 0);
    }
    let p = ENUMERATE.bind(&args).map_err(enumerate_wording)?;
    let iterable = p.req(0);
    let start = match p.given(1) {
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
    enumerate_from(vm, iterable, start)
}

fn enumerate_from(vm: &mut Vm, iterable: &Value, start: i64) -> PyResult<Value> {
    let inner = vm.get_iter(iterable)?;
    Ok(IterObj::new_value(IterState::Enumerate {
        inner,
        count: start,
        last: None,
    }))
}

/// enumerate parses its arguments by hand in CPython: a missing iterable is reported
/// without its position.
#[cold]
fn enumerate_wording(e: crate::runtime::error::PyErr) -> crate::runtime::error::PyErr {
    match e.first_arg() {
        Some(Value::Str(m)) if m.as_str().ends_with("(pos 1)") => {
            type_error("enumerate() missing required argument 'iterable'")
        }
        _ => e,
    }
}

fn zip(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let strict = ZIP.bind(&args)?.flag(vm, 0, false)?;
    let mut iters = Vec::with_capacity(args.pos().len());
    for a in args.pos() {
        iters.push(vm.get_iter(a)?);
    }
    Ok(IterObj::new_value(IterState::Zip {
        iters: iters.into(),
        strict,
        last: None,
    }))
}

fn map(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    // CPython counts map's arguments by hand, in words of its own; the binder only
    // refuses keywords.
    let p = crate::runtime::signature::Signature::new("map", &[])
        .varargs()
        .positional_only("map")
        .positional(&args)?;
    if p.len() < 2 {
        return Err(type_error("map() must have at least two arguments."));
    }
    let mut iters = Vec::with_capacity(p.len() - 1);
    for a in &p[1..] {
        iters.push(vm.get_iter(a)?);
    }
    Ok(IterObj::new_value(IterState::Map {
        func: p[0].clone(),
        iters: iters.into(),
    }))
}

fn filter(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let p = FILTER.positional(&args)?;
    let inner = vm.get_iter(&p[1])?;
    Ok(IterObj::new_value(IterState::Filter {
        func: p[0].clone(),
        inner,
    }))
}

fn reversed(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let p = REVERSED.positional(&args)?;
    let v = &p[0];
    match v {
        Value::List(l) => {
            let index = l.len();
            return Ok(IterObj::new_value(IterState::ListReversed {
                list: l.clone(),
                index,
            }));
        }
        // Tuples and strs cannot change: their reversed iterators walk them in place.
        Value::Tuple(t) => {
            return Ok(IterObj::new_value(IterState::TupleReversed {
                tuple: t.clone(),
                left: t.items.len(),
            }));
        }
        Value::Str(s) => {
            return Ok(IterObj::new_value(IterState::StrReversed {
                s: s.clone(),
                end: s.as_str().len(),
            }));
        }
        Value::Native(n) => {
            if let NativeData::Range { start, stop, step } = n.data {
                return Ok(IterObj::new_value(IterState::Range(
                    crate::runtime::iter::RangeIter::reversed(start, stop, step),
                )));
            }
            if let NativeData::BigRange(r) = &n.data {
                return Ok(super::range_big::iter_value(r, true));
            }
            if let NativeData::Bytes(_) = n.data {
                return Ok(IterObj::new_value(IterState::Bytes {
                    bytes: v.clone(),
                    index: 0,
                    reverse: true,
                }));
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

pub(crate) fn sorted(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let iterable = SORTED.bind(&args)?.req(0);
    let keywords = Args {
        args: &args.args[1..],
        kwnames: args.kwnames,
    };
    let options = SORT.bind(&keywords)?;
    let mut items = vm.collect(iterable)?;
    let key = options.get(0).cloned();
    let reverse = options.int_flag(vm, 1, false)?;
    super::sort::sort_values(vm, &mut items, key.as_ref(), reverse)?;
    Ok(Value::list(items))
}

/// min() and max(): `want_greater` picks max.
fn min_max(vm: &mut Vm, args: Args<'_>, sig: &Signature, want_greater: bool) -> PyResult<Value> {
    let name = sig.name;
    let bound = sig.bind(&args)?;
    let p = bound.rest;
    let key = bound.get(0).cloned();
    let default = bound.given(1);
    // One iterable is read as it goes (no list of it is built); several arguments are
    // the items themselves.
    let (mut from_iter, mut from_args) = (None, None);
    match p.len() {
        0 => {
            return Err(type_error(format!(
                "{name} expected at least 1 argument, got 0"
            )))
        }
        1 => from_iter = Some(vm.get_iter(&p[0])?),
        _ => {
            if default.is_some() {
                return Err(type_error(format!(
                    "Cannot specify a default for {name}() with multiple positional arguments"
                )));
            }
            from_args = Some(p.iter());
        }
    }
    let mut best: Option<(Value, Value)> = None;
    loop {
        let item = match (&from_iter, &mut from_args) {
            (Some(it), _) => vm.next(it)?,
            (None, Some(args)) => args.next().cloned(),
            (None, None) => None,
        };
        let Some(item) = item else { break };
        let k = match &key {
            Some(f) => vm.call_args(f, [item.clone()])?,
            None => item.clone(),
        };
        best = Some(match best {
            None => (k, item),
            Some((bk, bv)) => {
                if better(vm, want_greater, &k, &bk)? {
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

/// Whether `k` replaces `best` in `max` (`want_greater`) or `min`. The first of equal
/// items wins, as in CPython (which asks `k > best`).
pub(crate) fn better(vm: &mut Vm, want_greater: bool, k: &Value, best: &Value) -> PyResult<bool> {
    let op = if want_greater { CmpOp::Gt } else { CmpOp::Lt };
    match crate::vm::fast_compare(op, k, best) {
        Some(r) => Ok(r),
        None if want_greater => {
            let r = vm.compare(CmpOp::Gt, k, best)?;
            vm.truthy(&r)
        }
        None => vm.lt(k, best),
    }
}

pub(crate) fn min(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    min_max(vm, args, &MIN, false)
}

pub(crate) fn max(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    min_max(vm, args, &MAX, true)
}

pub(crate) fn sum(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let bound = SUM.bind(&args)?;
    let start = bound.given(1).cloned().unwrap_or(Value::Int(0));
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
    let it = vm.get_iter(bound.req(0))?;
    let mut acc = start;
    while let Some(item) = vm.next(&it)? {
        acc = sum_step(vm, acc, &item)?;
    }
    Ok(acc)
}

/// `acc + item` for `sum`: ints that fit an i64 and floats natively, anything else by
/// the `+` operator.
#[inline(always)]
pub(crate) fn sum_step(vm: &mut Vm, acc: Value, item: &Value) -> PyResult<Value> {
    match (&acc, item) {
        (Value::Int(a), Value::Int(b)) => match a.checked_add(*b) {
            Some(r) => Ok(Value::Int(r)),
            None => vm.binary_op(BinOp::Add, &acc, item),
        },
        (Value::Float(a), Value::Float(b)) => Ok(Value::Float(a + b)),
        _ => vm.binary_op(BinOp::Add, &acc, item),
    }
}

pub(crate) fn any(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let it = vm.get_iter(ANY.one(&args)?)?;
    while let Some(v) = vm.next(&it)? {
        if vm.truthy(&v)? {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

pub(crate) fn all(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let it = vm.get_iter(ALL.one(&args)?)?;
    while let Some(v) = vm.next(&it)? {
        if !vm.truthy(&v)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}
