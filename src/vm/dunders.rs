//! Operator dunders called explicitly on builtin values: `(3).__add__(4)`,
//! `x.__abs__()`, `"a".__lt__("b")`. The operators themselves never come here (the VM
//! does them natively); this only makes the methods visible, answering NotImplemented
//! for unsupported operand types as CPython does.

use super::Vm;
use crate::ast::{BinOp, CmpOp};
use crate::runtime::error::{type_error, PyResult};
use crate::runtime::function::{Args, Builtin, NativeFn};
use crate::runtime::value::Value;

fn two(args: &Args<'_>) -> PyResult<(Value, Value)> {
    match args.pos() {
        [a, b] => Ok((a.clone(), b.clone())),
        _ => Err(type_error("expected 1 argument")),
    }
}

fn not_implemented_on_type_error(
    t: &crate::runtime::types::Types,
    r: PyResult<Value>,
) -> PyResult<Value> {
    match r {
        Err(e) if e.is_instance(&t.type_error) => Ok(t.not_implemented.clone()),
        other => other,
    }
}

macro_rules! binary {
    ($($name:ident => $op:expr, $reflected:expr);* $(;)?) => {
        $(
            fn $name(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
                let (a, b) = two(&args)?;
                let (x, y) = if $reflected { (b, a) } else { (a, b) };
                let r = vm.binary_op($op, &x, &y);
                not_implemented_on_type_error(vm.types(), r)
            }
        )*
    };
}

binary! {
    add => BinOp::Add, false; radd => BinOp::Add, true;
    sub => BinOp::Sub, false; rsub => BinOp::Sub, true;
    mul => BinOp::Mult, false; rmul => BinOp::Mult, true;
    truediv => BinOp::Div, false; rtruediv => BinOp::Div, true;
    floordiv => BinOp::FloorDiv, false; rfloordiv => BinOp::FloorDiv, true;
    mod_ => BinOp::Mod, false; rmod => BinOp::Mod, true;
    pow => BinOp::Pow, false; rpow => BinOp::Pow, true;
    lshift => BinOp::LShift, false; rshift => BinOp::RShift, false;
    and => BinOp::BitAnd, false; or => BinOp::BitOr, false; xor => BinOp::BitXor, false;
}

macro_rules! compare {
    ($($name:ident => $op:expr);* $(;)?) => {
        $(
            fn $name(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
                let (a, b) = two(&args)?;
                let r = vm.compare($op, &a, &b);
                not_implemented_on_type_error(vm.types(), r)
            }
        )*
    };
}

compare! {
    eq => CmpOp::Eq; ne => CmpOp::NotEq; lt => CmpOp::Lt; le => CmpOp::LtE; gt => CmpOp::Gt; ge => CmpOp::GtE;
}

fn one(args: &Args<'_>) -> Value {
    args.pos().first().cloned().unwrap_or(Value::None)
}

fn neg(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.unary_neg(&one(&args))
}

fn pos(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.unary_pos(&one(&args))
}

fn invert(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    vm.unary_invert(&one(&args))
}

fn abs(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let v = one(&args);
    let negative = vm.lt(&v, &Value::Int(0))?;
    if negative {
        vm.unary_neg(&v)
    } else {
        vm.unary_pos(&v)
    }
}

fn bool_(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    Ok(Value::Bool(vm.truthy(&one(&args))?))
}

fn repr(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    Ok(Value::from_string(vm.repr(&one(&args))?))
}

fn str_(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    Ok(Value::from_string(vm.str(&one(&args))?))
}

fn hash(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    Ok(Value::Int(vm.hash(&one(&args))?))
}

fn format(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (v, spec) = two(&args)?;
    let spec = vm.str(&spec)?;
    Ok(Value::from_string(vm.format(&v, &spec)?))
}

/// The dunder `name` of a builtin value, if it has one.
pub(crate) fn dunder_method(obj: &Value, name: &str) -> Option<Value> {
    let numeric = matches!(
        obj,
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) | Value::Float(_)
    );
    let f: NativeFn = match name {
        "__eq__" => eq,
        "__ne__" => ne,
        "__lt__" => lt,
        "__le__" => le,
        "__gt__" => gt,
        "__ge__" => ge,
        "__repr__" => repr,
        "__str__" => str_,
        "__hash__" => hash,
        "__format__" => format,
        "__bool__" if numeric => bool_,
        "__add__" => add,
        "__radd__" => radd,
        "__mul__" => mul,
        "__rmul__" => rmul,
        "__mod__" => mod_,
        "__rmod__" => rmod,
        "__sub__" if numeric || matches!(obj, Value::Set(_)) => sub,
        "__rsub__" if numeric => rsub,
        "__truediv__" if numeric => truediv,
        "__rtruediv__" if numeric => rtruediv,
        "__floordiv__" if numeric => floordiv,
        "__rfloordiv__" if numeric => rfloordiv,
        "__pow__" if numeric => pow,
        "__rpow__" if numeric => rpow,
        "__lshift__" if numeric => lshift,
        "__rshift__" if numeric => rshift,
        "__and__" => and,
        "__or__" => or,
        "__xor__" => xor,
        "__neg__" if numeric => neg,
        "__pos__" if numeric => pos,
        "__abs__" if numeric => abs,
        "__invert__" if matches!(obj, Value::Int(_) | Value::Bool(_) | Value::BigInt(_)) => invert,
        _ => return None,
    };
    // The names are 'static strs in the match above.
    let static_name: &'static str = match name {
        "__eq__" => "__eq__",
        "__ne__" => "__ne__",
        "__lt__" => "__lt__",
        "__le__" => "__le__",
        "__gt__" => "__gt__",
        "__ge__" => "__ge__",
        "__repr__" => "__repr__",
        "__str__" => "__str__",
        "__hash__" => "__hash__",
        "__format__" => "__format__",
        "__bool__" => "__bool__",
        "__neg__" => "__neg__",
        "__pos__" => "__pos__",
        "__abs__" => "__abs__",
        "__invert__" => "__invert__",
        _ => "operator",
    };
    Some(Builtin::value(static_name, f))
}
