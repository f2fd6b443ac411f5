//! The operators and protocols of `collections.deque`: iteration both ways, `repr`
//! (with `[...]` for a deque inside itself), the six comparisons (item by item, as
//! CPython's `deque_richcompare`), `+`, `*` and their in-place forms, `copy` and the
//! pickling state. The methods proper are in `deque_methods`.

use super::deque_methods::{deque_of, extend_with, new_deque, this};
use super::{as_int, index_int, method, type_name};
use crate::ast::CmpOp;
use crate::numeric::Int;
use crate::runtime::deque::DequeData;
use crate::runtime::deque::End;
use crate::runtime::dict::PyDict;
use crate::runtime::error::{memory_error, overflow_error, type_error, PyErr, PyResult};
use crate::runtime::function::Args;
use crate::runtime::instance_ref::InstanceRef;
use crate::runtime::iter::{DequeWalk, IterObj, IterState};
use crate::runtime::signature::Signature;
use crate::runtime::value::Value;
use crate::vm::Vm;
use std::cell::RefCell;
use std::rc::Rc;

pub(super) fn install(d: &PyDict) {
    method(d, "deque", "__iter__", iter);
    method(d, "deque", "__reversed__", reversed);
    method(d, "deque", "__repr__", repr);
    // The six comparisons, each `compare` with its operator.
    macro_rules! comparisons {
        ($($name:literal => $op:ident),*) => {
            $(method(d, "deque", $name, |vm, a| compare(vm, a, CmpOp::$op, $name));)*
        };
    }
    comparisons!("__eq__" => Eq, "__ne__" => NotEq, "__lt__" => Lt, "__le__" => LtE,
        "__gt__" => Gt, "__ge__" => GtE);
    method(d, "deque", "__add__", add);
    method(d, "deque", "__iadd__", iadd);
    method(d, "deque", "__mul__", mul);
    method(d, "deque", "__rmul__", rmul);
    method(d, "deque", "__imul__", imul);
    method(d, "deque", "copy", copy);
    method(d, "deque", "__copy__", copy);
    method(d, "deque", "__reduce__", reduce);
    method(d, "deque", "__sizeof__", sizeof);
}

/// A walk over the deque `inst` from its left end, or from its right one.
fn walk(inst: &InstanceRef, cell: &RefCell<DequeData>, reverse: bool) -> DequeWalk {
    let d = cell.borrow();
    DequeWalk {
        deque: inst.clone(),
        next: 0,
        left: d.len(),
        state: d.state,
        reverse,
    }
}

fn iter(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    iter_value(vm, args, "__iter__", false)
}

fn reversed(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    iter_value(vm, args, "__reversed__", true)
}

fn iter_value(vm: &mut Vm, args: Args<'_>, name: &str, reverse: bool) -> PyResult<Value> {
    let (inst, cell) = this(vm, &args, name)?;
    crate::runtime::signature::method_positional(&args, "deque", name, 0, 0)?;
    let w = walk(inst, cell, reverse);
    Ok(IterObj::new_value(IterState::Deque(Box::new(w))))
}

/// `deque([...])` or `deque([...], maxlen=n)`, named after the type (a subclass shows
/// its own name); a deque met again while its repr is made shows as `[...]`.
fn repr(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (_, cell) = this(vm, &args, "__repr__")?;
    let me = &args.pos()[0];
    let id = me.id() as usize;
    if vm.repr_guard.contains(&id) {
        return Ok(Value::str("[...]"));
    }
    let (items, maxlen) = {
        let d = cell.borrow();
        (d.items.iter().cloned().collect::<Vec<_>>(), d.maxlen)
    };
    vm.repr_guard.push(id);
    let body = vm.repr(&Value::list(items));
    vm.repr_guard.retain(|g| *g != id);
    let body = body?;
    let name = vm.type_of(me).name();
    Ok(Value::str(&match maxlen {
        Some(n) => format!("{name}({body}, maxlen={n})"),
        None => format!("{name}({body})"),
    }))
}

/// CPython's `deque_richcompare`: NotImplemented unless both are deques; `==` and `!=`
/// answer from identity and lengths first; otherwise both are walked (a mutation ends
/// the walk with RuntimeError) to the first pair of items that differ, which decides
/// with `op`, or to the end of the shorter, where the lengths decide.
fn compare(vm: &mut Vm, args: Args<'_>, op: CmpOp, name: &str) -> PyResult<Value> {
    let (inst, cell) = this(vm, &args, name)?;
    let other = crate::runtime::signature::method_positional(&args, "deque", name, 1, 1)?;
    let (me, other) = (&args.pos()[0], &other[0]);
    let (Value::Instance(other_inst), Some(other_cell)) = (other, deque_of(other)) else {
        return Ok(vm.types().not_implemented.clone());
    };
    let (vs, ws) = (cell.borrow().len(), other_cell.borrow().len());
    match op {
        CmpOp::Eq if me.is(other) => return Ok(Value::Bool(true)),
        CmpOp::Eq if vs != ws => return Ok(Value::Bool(false)),
        CmpOp::NotEq if me.is(other) => return Ok(Value::Bool(false)),
        CmpOp::NotEq if vs != ws => return Ok(Value::Bool(true)),
        _ => {}
    }
    let mut a = walk(inst, cell, false);
    let mut b = walk(other_inst, other_cell, false);
    loop {
        let x = a.next_item()?;
        let y = b.next_item()?;
        let (Some(x), Some(y)) = (x.as_ref(), y.as_ref()) else {
            let (x, y) = (x.is_some(), y.is_some());
            return Ok(Value::Bool(match op {
                CmpOp::Lt => y,
                CmpOp::LtE => !x,
                CmpOp::Eq => x == y,
                CmpOp::NotEq => x != y,
                CmpOp::Gt => x,
                _ => !y,
            }));
        };
        if !vm.eq(x, y)? {
            if op == CmpOp::Eq {
                return Ok(Value::Bool(false));
            }
            let r = vm.compare(op, x, y)?;
            return Ok(Value::Bool(vm.truthy(&r)?));
        }
    }
}

/// `d.copy()`: for a deque, a new one with its items and maxlen; for a subclass,
/// `type(d)(d)` (with `maxlen` when bounded), which must make a deque.
fn copy(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (inst, cell) = this(vm, &args, "copy")?;
    Signature::no_args("deque.copy").none_method(&args)?;
    copy_of(vm, &Value::Instance(inst.clone()), cell)
}

pub(super) fn copy_of(vm: &mut Vm, me: &Value, cell: &RefCell<DequeData>) -> PyResult<Value> {
    let cls = vm.type_of(me);
    if Rc::ptr_eq(&cls, &vm.types().deque) {
        let v = new_deque(vm, &cls);
        if let Some(new) = deque_of(&v) {
            let d = cell.borrow();
            let mut n = new.borrow_mut();
            n.maxlen = d.maxlen;
            n.items = d.items.clone();
        }
        return Ok(v);
    }
    let maxlen = cell.borrow().maxlen;
    let class = Value::Class(cls.clone());
    let result = match maxlen {
        Some(n) => vm.call_args(&class, [me.clone(), Value::Int(n as i64)])?,
        None => vm.call_args(&class, [me.clone()])?,
    };
    if deque_of(&result).is_none() {
        return Err(type_error(format!(
            "{}() must return a deque, not {}",
            cls.name(),
            type_name(vm, &result)
        )));
    }
    Ok(result)
}

/// `d + other`: a copy of `d` extended by `other`, which must be a deque. Another type
/// gets its `__radd__` first (CPython tries the number slots before concatenation).
fn add(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (inst, cell) = this(vm, &args, "__add__")?;
    let other = Signature::one_arg("deque.__add__").one_method(&args)?;
    if deque_of(other).is_none() {
        if reflects(vm, other, "__radd__") {
            return Ok(vm.types().not_implemented.clone());
        }
        return Err(type_error(format!(
            "can only concatenate deque (not \"{}\") to deque",
            type_name(vm, other)
        )));
    }
    let new = copy_of(vm, &Value::Instance(inst.clone()), cell)?;
    if let Some(new_cell) = deque_of(&new) {
        extend_with(vm, &new, new_cell, other, End::Right)?;
    }
    Ok(new)
}

/// Whether `v`'s type defines the reflected operator `name` in Python: CPython tries a
/// number slot of the other operand before a sequence's concatenation or repetition,
/// and the builtin types' own slots never take a deque.
fn reflects(vm: &Vm, v: &Value, name: &str) -> bool {
    vm.type_of(v)
        .lookup_str(name)
        .is_some_and(|m| !matches!(m, Value::Builtin(_)))
}

/// `d += iterable`: extends `d` in place.
fn iadd(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (_, cell) = this(vm, &args, "__iadd__")?;
    let other = Signature::one_arg("deque.__iadd__").one_method(&args)?;
    extend_with(vm, &args.pos()[0], cell, other, End::Right)?;
    Ok(args.pos()[0].clone())
}

/// The count of `d * n`: an int or `__index__` (too large is OverflowError); None when
/// `n` is not one, for the caller to answer NotImplemented or CPython's TypeError.
fn repeat_count(vm: &mut Vm, n: &Value) -> PyResult<Option<i64>> {
    if as_int(n).is_none() && vm.type_of(n).lookup_str("__index__").is_none() {
        return Ok(None);
    }
    match index_int(vm, n)? {
        Int::Small(i) => Ok(Some(i)),
        Int::Big(_) => Err(overflow_error(
            "cannot fit 'int' into an index-sized integer",
        )),
    }
}

#[cold]
fn not_a_count(vm: &Vm, n: &Value) -> PyErr {
    type_error(format!(
        "can't multiply sequence by non-int of type '{}'",
        type_name(vm, n)
    ))
}

/// The count of `d * n` or `d *= n`, or what to answer for a non-count: NotImplemented
/// when its type reflects `*`, else CPython's TypeError.
fn count_or_refusal(vm: &mut Vm, n: &Value) -> PyResult<Result<i64, Value>> {
    match repeat_count(vm, n)? {
        Some(k) => Ok(Ok(k)),
        None if reflects(vm, n, "__rmul__") => Ok(Err(vm.types().not_implemented.clone())),
        None => Err(not_a_count(vm, n)),
    }
}

/// `d * n` and `n * d`: a copy repeated in place.
fn mul(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (inst, cell) = this(vm, &args, "__mul__")?;
    let n = Signature::one_arg("deque.__mul__").one_method(&args)?;
    let k = match count_or_refusal(vm, n)? {
        Ok(k) => k,
        Err(not_implemented) => return Ok(not_implemented),
    };
    let new = copy_of(vm, &Value::Instance(inst.clone()), cell)?;
    if let Some(new_cell) = deque_of(&new) {
        repeat_in_place(new_cell, k)?;
    }
    Ok(new)
}

/// `n * d`: reached after `n`'s own `*` gave up. A sequence `n` (CPython tries its
/// repeat first) is refused naming the deque as the count.
fn rmul(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (_, cell) = this(vm, &args, "__rmul__")?;
    let n = Signature::one_arg("deque.__rmul__").one_method(&args)?;
    if repeat_count(vm, n)?.is_none() {
        let sequence = matches!(n, Value::Str(_) | Value::List(_) | Value::Tuple(_))
            || deque_of(n).is_some()
            || matches!(n, Value::Native(o) if matches!(o.data, crate::runtime::native::NativeData::Bytes(_) | crate::runtime::native::NativeData::ByteArray(_)));
        if sequence {
            return Err(type_error(
                "can't multiply sequence by non-int of type 'collections.deque'",
            ));
        }
    }
    let _ = cell;
    mul(vm, args)
}

fn imul(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (_, cell) = this(vm, &args, "__imul__")?;
    let n = Signature::one_arg("deque.__imul__").one_method(&args)?;
    let k = match count_or_refusal(vm, n)? {
        Ok(k) => k,
        Err(not_implemented) => return Ok(not_implemented),
    };
    repeat_in_place(cell, k)?;
    Ok(args.pos()[0].clone())
}

/// CPython's `deque_inplace_repeat`: `n <= 0` empties, and with a `maxlen` only the
/// repetitions that can survive the trimming are appended.
fn repeat_in_place(cell: &RefCell<DequeData>, n: i64) -> PyResult<()> {
    let mut d = cell.borrow_mut();
    let size = d.len();
    if size == 0 || n == 1 {
        return Ok(());
    }
    if n <= 0 {
        let old = d.take_all();
        drop(d);
        crate::runtime::drop::drop_values(old.into());
        return Ok(());
    }
    let mut n = n as u64;
    if (size as u128) * (n as u128) > isize::MAX as u128 {
        return Err(memory_error(""));
    }
    if let Some(max) = d.maxlen {
        if n * size as u64 > max as u64 {
            n = (max + size - 1) as u64 / size as u64;
        }
    }
    let extra = (n - 1) as usize * size;
    let grow = extra.min(d.maxlen.map_or(extra, |m| m.saturating_sub(size)));
    d.items.try_reserve(grow).map_err(|_| memory_error(""))?;
    let seq: Vec<Value> = d.items.iter().cloned().collect();
    let mut trimmed = Vec::new();
    for _ in 1..n {
        for x in &seq {
            trimmed.extend(d.push_back(x.clone()));
        }
    }
    drop(d);
    crate::runtime::drop::drop_values(trimmed);
    Ok(())
}

/// `__reduce__`: `(type(d), ()` or `((), maxlen)`, the instance's attributes or None,
/// `iter(d))`, which pickle and copy rebuild by appending the items to an empty deque.
fn reduce(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (inst, cell) = this(vm, &args, "__reduce__")?;
    Signature::no_args("deque.__reduce__").none_method(&args)?;
    let me = Value::Instance(inst.clone());
    let cls = Value::Class(vm.type_of(&me));
    let state = if inst.class.instances_have_dict() && !inst.attrs().is_empty() {
        Value::Dict(inst.dict())
    } else {
        Value::None
    };
    let init = match cell.borrow().maxlen {
        Some(n) => Value::tuple(vec![Value::tuple(vec![]), Value::Int(n as i64)]),
        None => Value::tuple(vec![]),
    };
    let it = IterObj::new_value(IterState::Deque(Box::new(walk(inst, cell, false))));
    Ok(Value::tuple(vec![cls, init, state, it]))
}

/// `__sizeof__`: the object and its buffer of item pointers, as CPython counts it.
fn sizeof(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (_, cell) = this(vm, &args, "__sizeof__")?;
    Signature::no_args("deque.__sizeof__").none_method(&args)?;
    let cap = cell.borrow().items.capacity();
    let size = std::mem::size_of::<crate::runtime::class::Instance>()
        + std::mem::size_of::<DequeData>()
        + cap * std::mem::size_of::<Value>();
    Ok(Value::Int(size as i64))
}
