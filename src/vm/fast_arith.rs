//! Arithmetic on two inline numbers that needs no method lookup, no allocation and
//! cannot fail, for the dispatch loop's binary and in-place ops. Not the general
//! binary-operator protocol (see `ops_arith`, `protocol`).

use super::frame::Frame;
use crate::runtime::value::Value;

/// Replace the two inline numbers on top of the stack by `v`. They hold no heap
/// references, so they are overwritten rather than dropped (no drop glue on the hot
/// path). Callers have just matched the pair (`fast_binary` answers only for two inline
/// numbers), so the stack holds at least two values.
#[inline(always)]
pub(super) fn replace_inline_pair(f: &mut Frame, v: Value) {
    debug_assert!(matches!(f.stack.as_slice(), [.., a, b] if a.is_inline() && b.is_inline()));
    // SAFETY: see above: two values, both inline.
    unsafe { f.stack.replace_inline_pair(v) }
}

/// Arithmetic on two inline numbers that cannot fail or overflow into a big int.
#[inline(always)]
pub(super) fn fast_binary(op: crate::ast::BinOp, a: &Value, b: &Value) -> Option<Value> {
    use crate::ast::BinOp;
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => match op {
            BinOp::Add => x.checked_add(*y).map(Value::Int),
            BinOp::Sub => x.checked_sub(*y).map(Value::Int),
            BinOp::Mult => x.checked_mul(*y).map(Value::Int),
            // For a positive divisor Python's floored quotient and remainder are the
            // Euclidean ones.
            BinOp::Mod if *y > 0 => Some(Value::Int(x.rem_euclid(*y))),
            BinOp::FloorDiv if *y > 0 => Some(Value::Int(x.div_euclid(*y))),
            BinOp::BitAnd => Some(Value::Int(x & y)),
            BinOp::BitOr => Some(Value::Int(x | y)),
            BinOp::BitXor => Some(Value::Int(x ^ y)),
            // A negative exponent's result is a float, and a negative shift an error:
            // both the general path's.
            BinOp::Pow if (0..=64).contains(y) => x.checked_pow(*y as u32).map(Value::Int),
            BinOp::RShift if *y >= 0 => Some(Value::Int(x >> (*y).min(63))),
            BinOp::LShift if (0..64).contains(y) => {
                let shifted = x << y;
                (shifted >> y == *x).then_some(Value::Int(shifted))
            }
            _ => None,
        },
        (Value::Float(x), Value::Float(y)) => float_fast(op, *x, *y),
        (Value::Float(x), Value::Int(y)) => float_fast(op, *x, *y as f64),
        (Value::Int(x), Value::Float(y)) => float_fast(op, *x as f64, *y),
        _ => None,
    }
}

#[inline(always)]
fn float_fast(op: crate::ast::BinOp, x: f64, y: f64) -> Option<Value> {
    use crate::ast::BinOp;
    match op {
        BinOp::Add => Some(Value::Float(x + y)),
        BinOp::Sub => Some(Value::Float(x - y)),
        BinOp::Mult => Some(Value::Float(x * y)),
        BinOp::Div if y != 0.0 => Some(Value::Float(x / y)),
        // Errors (a zero to a negative power, a complex result, overflow) and their
        // messages are the general path's.
        BinOp::Pow => crate::numeric::float::pow(x, y).ok().map(Value::Float),
        _ => None,
    }
}
