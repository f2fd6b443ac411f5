//! The operator dunders of the builtin types as class attributes: `int.__add__`,
//! `float.__lt__`, `str.__mul__`, `list.__add__`, `set.__or__`, `dict.__or__`, ...
//! (CPython's slot wrappers). They make `super().__add__(other)` work in a subclass of
//! int, str or list, and let a program call or pass them (`functools.reduce(int.__mul__,
//! ...)`).
//!
//! Each unwraps its operands to the builtin values and computes with the VM's native
//! operation, which never reaches Python code for those values; an operand of a kind the
//! type does not combine with gives NotImplemented, as CPython's slots do (or the
//! sequence types' TypeError for `+`). What this is not: the dispatch of `a + b` itself
//! (`vm::ops`), which reaches these only for instances of subclasses.

use super::{index_int, method, type_name, unwrap_base};
use crate::ast::{BinOp, CmpOp};
use crate::runtime::error::{type_error, PyResult};
use crate::runtime::function::Args;
use crate::runtime::types::Types;
use crate::runtime::value::Value;
use crate::vm::Vm;

/// The builtin type a slot belongs to.
#[derive(Clone, Copy, PartialEq)]
enum Owner {
    Int,
    Float,
    Str,
    List,
    Tuple,
    Set,
    FrozenSet,
    Dict,
}

impl Owner {
    fn name(self) -> &'static str {
        match self {
            Owner::Int => "int",
            Owner::Float => "float",
            Owner::Str => "str",
            Owner::List => "list",
            Owner::Tuple => "tuple",
            Owner::Set => "set",
            Owner::FrozenSet => "frozenset",
            Owner::Dict => "dict",
        }
    }

    /// Whether `v` (unwrapped) is a value of this type, as `self` must be.
    fn owns(self, v: &Value) -> bool {
        match (self, v) {
            (Owner::Int, Value::Int(_) | Value::BigInt(_) | Value::Bool(_)) => true,
            (Owner::Float, Value::Float(_)) => true,
            (Owner::Str, Value::Str(_)) => true,
            (Owner::List, Value::List(_)) => true,
            (Owner::Tuple, Value::Tuple(_)) => true,
            (Owner::Set, Value::Set(s)) => !s.frozen,
            (Owner::FrozenSet, Value::Set(s)) => s.frozen,
            (Owner::Dict, Value::Dict(_)) => true,
            _ => false,
        }
    }

    /// Whether `v` (unwrapped) is an operand this type combines with.
    fn combines_with(self, v: &Value) -> bool {
        let int_like = matches!(v, Value::Int(_) | Value::BigInt(_) | Value::Bool(_));
        match self {
            Owner::Int => int_like,
            Owner::Float => int_like || matches!(v, Value::Float(_)),
            Owner::Set | Owner::FrozenSet => matches!(v, Value::Set(_)),
            _ => self.owns(v),
        }
    }
}

/// `self` and the one other operand, unwrapped; `self` checked against the owner.
fn operands(vm: &Vm, args: &Args<'_>, owner: Owner, name: &str) -> PyResult<(Value, Value)> {
    let [this, other] = args.pos() else {
        return Err(type_error(format!(
            "expected 1 argument, got {}",
            args.pos().len().saturating_sub(1)
        )));
    };
    Ok((receiver(vm, this, owner, name)?, unwrap_base(other)))
}

/// `self`, unwrapped, or the slot wrapper's TypeError.
fn receiver(vm: &Vm, this: &Value, owner: Owner, name: &str) -> PyResult<Value> {
    let base = unwrap_base(this);
    if owner.owns(&base) {
        Ok(base)
    } else {
        Err(wrong_receiver(vm, this, owner, name))
    }
}

#[cold]
#[inline(never)]
fn wrong_receiver(vm: &Vm, this: &Value, owner: Owner, name: &str) -> crate::runtime::error::PyErr {
    type_error(format!(
        "descriptor '{name}' requires a '{}' object but received a '{}'",
        owner.name(),
        type_name(vm, this)
    ))
}

fn not_implemented(vm: &Vm) -> Value {
    vm.types().not_implemented.clone()
}

/// `self op other` (or `other op self` when `reflected`) for numbers and sets.
fn arithmetic(
    vm: &mut Vm,
    args: Args<'_>,
    owner: Owner,
    name: &str,
    op: BinOp,
    reflected: bool,
) -> PyResult<Value> {
    let (a, b) = operands(vm, &args, owner, name)?;
    if !owner.combines_with(&b) {
        return Ok(not_implemented(vm));
    }
    let (x, y) = if reflected { (b, a) } else { (a, b) };
    Ok(vm
        .native_binary(op, &x, &y)?
        .unwrap_or_else(|| not_implemented(vm)))
}

/// `divmod(self, other)` (reflected: `divmod(other, self)`) for numbers.
fn divmod(
    vm: &mut Vm,
    args: Args<'_>,
    owner: Owner,
    name: &str,
    reflected: bool,
) -> PyResult<Value> {
    let (a, b) = operands(vm, &args, owner, name)?;
    if !owner.combines_with(&b) {
        return Ok(not_implemented(vm));
    }
    let (x, y) = if reflected { (b, a) } else { (a, b) };
    let q = vm.binary_op(BinOp::FloorDiv, &x, &y)?;
    let r = vm.binary_op(BinOp::Mod, &x, &y)?;
    Ok(Value::tuple(vec![q, r]))
}

/// `self + other` for str, list and tuple: only the same type concatenates.
fn concat(vm: &mut Vm, args: Args<'_>, owner: Owner) -> PyResult<Value> {
    let (a, b) = operands(vm, &args, owner, "__add__")?;
    if !owner.owns(&b) {
        let other = type_name(vm, &args.pos()[1]);
        return Err(type_error(format!(
            "can only concatenate {0} (not \"{other}\") to {0}",
            owner.name()
        )));
    }
    vm.binary_op(BinOp::Add, &a, &b)
}

/// `self * n` for str, list and tuple (`__rmul__` alike): `n` through `__index__`.
fn repeat(vm: &mut Vm, args: Args<'_>, owner: Owner, name: &str) -> PyResult<Value> {
    let (a, _) = operands(vm, &args, owner, name)?;
    let n = index_int(vm, &args.pos()[1])?;
    vm.binary_op(BinOp::Mult, &a, &super::int_value(n))
}

/// `self op other` for the order comparisons: NotImplemented across types.
fn order(vm: &mut Vm, args: Args<'_>, owner: Owner, name: &str, op: CmpOp) -> PyResult<Value> {
    let (a, b) = operands(vm, &args, owner, name)?;
    if !owner.combines_with(&b) {
        return Ok(not_implemented(vm));
    }
    vm.rich_order(op, &a, &b)
}

/// `self op= other` for set and dict: in place, returning `self`.
fn in_place(vm: &mut Vm, args: Args<'_>, owner: Owner, name: &str, op: BinOp) -> PyResult<Value> {
    let (a, b) = operands(vm, &args, owner, name)?;
    // `dict |= x` takes any mapping or iterable of pairs, as update does.
    if owner != Owner::Dict && !owner.combines_with(&b) {
        return Ok(not_implemented(vm));
    }
    vm.inplace_op(op, &a, &b)?;
    Ok(args.pos()[0].clone())
}

/// A one-operand slot of int or float (`-x`, `abs(x)`, `bool(x)`, ...), applied to the
/// unwrapped number.
fn unary(
    vm: &mut Vm,
    args: Args<'_>,
    owner: Owner,
    name: &str,
    f: fn(&mut Vm, &Value) -> PyResult<Value>,
) -> PyResult<Value> {
    let [this] = args.pos() else {
        return Err(type_error(format!(
            "expected 0 arguments, got {}",
            args.pos().len().saturating_sub(1)
        )));
    };
    let x = receiver(vm, this, owner, name)?;
    f(vm, &x)
}

/// Calls the builtin function `name` (int, float, abs, bool) on a plain number.
fn builtin_of(vm: &mut Vm, name: &str, x: &Value) -> PyResult<Value> {
    let f = vm.builtins.get_by_str(name).unwrap_or(Value::None);
    vm.call_args(&f, [x.clone()])
}

/// Registers each `"name" => |vm, args, owner, name| ...` on `dict` for `Owner::$owner`.
/// Each becomes its own non-capturing closure (natives are plain function pointers),
/// with the owner and name as constants.
macro_rules! slots {
    ($dict:expr, $owner:ident; $($name:literal => $body:expr),* $(,)?) => {
        $(
            method($dict, Owner::$owner.name(), $name, |vm, a| {
                let slot: fn(&mut Vm, Args<'_>, Owner, &str) -> PyResult<Value> = $body;
                slot(vm, a, Owner::$owner, $name)
            });
        )*
    };
}

/// `"__op__", "__rop__" => Op` pairs: `self op other` and `other op self`.
macro_rules! binary_slots {
    ($dict:expr, $owner:ident; $($name:literal, $rname:literal => $op:ident),* $(,)?) => {
        slots!($dict, $owner;
            $(
                $name => |vm, a, o, n| arithmetic(vm, a, o, n, BinOp::$op, false),
                $rname => |vm, a, o, n| arithmetic(vm, a, o, n, BinOp::$op, true),
            )*
        );
    };
}

/// The four order comparisons (NotImplemented across types).
macro_rules! order_slots {
    ($dict:expr, $owner:ident) => {
        slots!($dict, $owner;
            "__lt__" => |vm, a, o, n| order(vm, a, o, n, CmpOp::Lt),
            "__le__" => |vm, a, o, n| order(vm, a, o, n, CmpOp::LtE),
            "__gt__" => |vm, a, o, n| order(vm, a, o, n, CmpOp::Gt),
            "__ge__" => |vm, a, o, n| order(vm, a, o, n, CmpOp::GtE),
        );
    };
}

/// The arithmetic, comparison and one-operand slots int and float share.
macro_rules! number_slots {
    ($dict:expr, $owner:ident) => {
        order_slots!($dict, $owner);
        binary_slots!($dict, $owner;
            "__add__", "__radd__" => Add,
            "__sub__", "__rsub__" => Sub,
            "__mul__", "__rmul__" => Mult,
            "__truediv__", "__rtruediv__" => Div,
            "__floordiv__", "__rfloordiv__" => FloorDiv,
            "__mod__", "__rmod__" => Mod,
            "__pow__", "__rpow__" => Pow,
        );
        slots!($dict, $owner;
            "__divmod__" => |vm, a, o, n| divmod(vm, a, o, n, false),
            "__rdivmod__" => |vm, a, o, n| divmod(vm, a, o, n, true),
            "__neg__" => |vm, a, o, n| unary(vm, a, o, n, |vm, x| vm.unary_neg(x)),
            "__pos__" => |vm, a, o, n| unary(vm, a, o, n, |vm, x| vm.unary_pos(x)),
            "__abs__" => |vm, a, o, n| unary(vm, a, o, n, |vm, x| builtin_of(vm, "abs", x)),
            "__bool__" => |vm, a, o, n| unary(vm, a, o, n, |vm, x| builtin_of(vm, "bool", x)),
            "__trunc__" => |vm, a, o, n| unary(vm, a, o, n, |vm, x| builtin_of(vm, "int", x)),
        );
    };
}

/// The concatenation, repetition and comparison slots of str, list and tuple.
macro_rules! sequence_slots {
    ($dict:expr, $owner:ident) => {
        order_slots!($dict, $owner);
        slots!($dict, $owner;
            "__add__" => |vm, a, o, _| concat(vm, a, o),
            "__mul__" => |vm, a, o, n| repeat(vm, a, o, n),
            "__rmul__" => |vm, a, o, n| repeat(vm, a, o, n),
        );
    };
}

/// The operator and comparison slots of set and frozenset.
macro_rules! set_slots {
    ($dict:expr, $owner:ident) => {
        order_slots!($dict, $owner);
        binary_slots!($dict, $owner;
            "__or__", "__ror__" => BitOr,
            "__and__", "__rand__" => BitAnd,
            "__sub__", "__rsub__" => Sub,
            "__xor__", "__rxor__" => BitXor,
        );
    };
}

/// Register the slots on the builtin classes.
pub(super) fn install(t: &Types) {
    let (int, float) = (&t.int.dict, &t.float.dict);
    number_slots!(int, Int);
    binary_slots!(int, Int;
        "__lshift__", "__rlshift__" => LShift,
        "__rshift__", "__rrshift__" => RShift,
        "__and__", "__rand__" => BitAnd,
        "__or__", "__ror__" => BitOr,
        "__xor__", "__rxor__" => BitXor,
    );
    slots!(int, Int;
        "__invert__" => |vm, a, o, n| unary(vm, a, o, n, |vm, x| vm.unary_invert(x)),
        "__float__" => |vm, a, o, n| unary(vm, a, o, n, |vm, x| builtin_of(vm, "float", x)),
        "__floor__" => |vm, a, o, n| unary(vm, a, o, n, |vm, x| builtin_of(vm, "int", x)),
        "__ceil__" => |vm, a, o, n| unary(vm, a, o, n, |vm, x| builtin_of(vm, "int", x)),
    );
    number_slots!(float, Float);
    slots!(float, Float;
        "__int__" => |vm, a, o, n| unary(vm, a, o, n, |vm, x| builtin_of(vm, "int", x)),
    );
    let (str_, list, tuple) = (&t.str.dict, &t.list.dict, &t.tuple.dict);
    sequence_slots!(str_, Str);
    sequence_slots!(list, List);
    sequence_slots!(tuple, Tuple);
    slots!(str_, Str;
        "__mod__" => |vm, a, o, n| {
            let (x, y) = operands(vm, &a, o, n)?;
            vm.binary_op(BinOp::Mod, &x, &y)
        },
        "__rmod__" => |vm, a, o, n| {
            let (x, y) = operands(vm, &a, o, n)?;
            if !o.owns(&y) {
                return Ok(not_implemented(vm));
            }
            vm.binary_op(BinOp::Mod, &y, &x)
        },
    );
    let (set, frozenset, dict) = (&t.set.dict, &t.frozenset.dict, &t.dict.dict);
    set_slots!(set, Set);
    set_slots!(frozenset, FrozenSet);
    slots!(set, Set;
        "__ior__" => |vm, a, o, n| in_place(vm, a, o, n, BinOp::BitOr),
        "__iand__" => |vm, a, o, n| in_place(vm, a, o, n, BinOp::BitAnd),
        "__isub__" => |vm, a, o, n| in_place(vm, a, o, n, BinOp::Sub),
        "__ixor__" => |vm, a, o, n| in_place(vm, a, o, n, BinOp::BitXor),
    );
    binary_slots!(dict, Dict; "__or__", "__ror__" => BitOr);
    slots!(dict, Dict;
        "__ior__" => |vm, a, o, n| in_place(vm, a, o, n, BinOp::BitOr),
    );
}
