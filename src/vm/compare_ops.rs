//! `CompareOp` in the dispatch loop: the comparisons answered without dispatch (two
//! inline numbers, ints and floats mixed, two strs, `in` on a str, dict, set, list or tuple, and identity
//! tests `is` / `is not` on anything), fused with the conditional jump that usually
//! follows, as CPython 3.11's specialised `COMPARE_OP_*_JUMP` instructions are. Every
//! other comparison goes to `Vm::compare`; this file adds speed, not semantics.

use super::frame::{forget_or_drop, Frame};
use super::Vm;
use crate::ast::CmpOp;
use crate::compiler::bytecode::Instr;
use crate::runtime::error::PyResult;
use crate::runtime::value::Value;

impl Vm {
    /// `CompareOp(op)` on the two values on top of `f`'s stack; `instrs` is the frame's
    /// code, to run a conditional jump right after in the same step.
    #[inline(always)]
    pub(super) fn op_compare(
        &mut self,
        f: &mut Frame,
        instrs: &[Instr],
        op: CmpOp,
    ) -> PyResult<()> {
        let quick = match f.stack.as_slice() {
            [.., a, b] => self.quick_compare(op, a, b)?,
            _ => None,
        };
        let Some(v) = quick else {
            return self.compare_general(f, op);
        };
        if matches!(f.stack.as_slice(), [.., a, b] if a.is_inline() && b.is_inline()) {
            drop_inline_pair(f);
        } else {
            pop_pair(f);
        }
        jump_or_push(f, instrs, v);
        Ok(())
    }

    /// The comparisons answered without dispatch (see the module's doc); None for the
    /// others.
    #[inline(always)]
    pub(super) fn quick_compare(
        &mut self,
        op: CmpOp,
        a: &Value,
        b: &Value,
    ) -> PyResult<Option<bool>> {
        Ok(match op {
            CmpOp::Is => Some(a.is(b)),
            CmpOp::IsNot => Some(!a.is(b)),
            // The containers whose `in` needs no dunder lookup: answered here (the same
            // `contains` as the general path) and fused with the jump.
            CmpOp::In | CmpOp::NotIn => {
                let found = match (b, a) {
                    // An int or str in a set or dict: one probe, here.
                    (Value::Set(s), _) => s.contains_exact(a),
                    (Value::Dict(d), _) => d.contains_exact(a),
                    // A str in a str (`ch in " \n\t"`): the search, here.
                    (Value::Str(s), Value::Str(sub)) => {
                        Some(crate::runtime::str::find_text(s.as_str(), sub.as_str()).is_some())
                    }
                    _ => None,
                };
                let found = match (found, b) {
                    (Some(found), _) => found,
                    (
                        None,
                        Value::Str(_)
                        | Value::Dict(_)
                        | Value::Set(_)
                        | Value::List(_)
                        | Value::Tuple(_),
                    ) => self.contains(b, a)?,
                    _ => return Ok(None),
                };
                Some(found == (op == CmpOp::In))
            }
            _ => fast_compare(op, a, b),
        })
    }

    #[inline(never)]
    fn compare_general(&mut self, f: &mut Frame, op: CmpOp) -> PyResult<()> {
        let b = f.pop();
        let a = f.pop();
        let v = self.compare(op, &a, &b)?;
        f.push(v);
        Ok(())
    }
}

/// A comparison's result `v`: a conditional jump right after (an `if` or `while` test)
/// runs here, without pushing and popping the bool; else `v` is pushed. `f.ip` is the
/// `CompareOp`'s fall-through successor.
#[inline(always)]
pub(super) fn jump_or_push(f: &mut Frame, instrs: &[Instr], v: bool) {
    debug_assert!(f.ip < instrs.len());
    // SAFETY: `f.ip` is a `CompareOp`'s fall-through successor, which the bytecode
    // verifier proved in range before the frame ran (see `execute_inner`).
    match unsafe { instrs.get_unchecked(f.ip) } {
        Instr::PopJumpIfFalse(t) => f.ip = if v { f.ip + 1 } else { *t as usize },
        Instr::PopJumpIfTrue(t) => f.ip = if v { *t as usize } else { f.ip + 1 },
        _ => f.push(Value::Bool(v)),
    }
}

/// Drop the two values on top of the stack (the callers have just matched a pair),
/// without drop glue for inline numbers and `None`.
#[inline(always)]
fn pop_pair(f: &mut Frame) {
    if let (Some(b), Some(a)) = (f.stack.pop(), f.stack.pop()) {
        forget_or_drop(b);
        forget_or_drop(a);
    }
}

/// Drop the two inline numbers on top of the stack, which callers have just matched.
#[inline(always)]
pub(super) fn drop_inline_pair(f: &mut Frame) {
    let n = f.stack.len();
    debug_assert!(n >= 2);
    if n >= 2 {
        // SAFETY: shortening the length only skips the two values' destructors, and
        // both are inline numbers, which own nothing.
        unsafe { f.stack.set_len(n - 2) };
    }
}

/// Comparison of two inline numbers, or of two strs (by code point, as the general
/// path's `rich_order` and `fast_eq` compare them).
#[inline(always)]
pub(crate) fn fast_compare(op: CmpOp, a: &Value, b: &Value) -> Option<bool> {
    let ord = match (a, b) {
        (Value::Int(x), Value::Int(y)) => x.cmp(y),
        (Value::Float(x), Value::Float(y)) => x.partial_cmp(y)?,
        (Value::Float(x), Value::Int(y)) => x.partial_cmp(&exact_float(*y)?)?,
        (Value::Int(x), Value::Float(y)) => exact_float(*x)?.partial_cmp(y)?,
        (Value::Str(x), Value::Str(y)) => match op {
            CmpOp::Eq | CmpOp::NotEq => {
                let same = crate::runtime::str::StrRef::ptr_eq(x, y) || x.as_str() == y.as_str();
                return Some(same == (op == CmpOp::Eq));
            }
            _ => x.as_str().cmp(y.as_str()),
        },
        _ => return None,
    };
    use std::cmp::Ordering::*;
    Some(match op {
        CmpOp::Lt => ord == Less,
        CmpOp::LtE => ord != Greater,
        CmpOp::Gt => ord == Greater,
        CmpOp::GtE => ord != Less,
        CmpOp::Eq => ord == Equal,
        CmpOp::NotEq => ord != Equal,
        _ => return None,
    })
}

/// `i` as a float when the conversion is exact (|i| at most 2**53), so that comparing
/// the floats is Python's exact int-float comparison; None for larger ints (the general
/// path compares them exactly).
#[inline(always)]
fn exact_float(i: i64) -> Option<f64> {
    const EXACT: i64 = 1 << 53;
    (-EXACT..=EXACT).contains(&i).then_some(i as f64)
}
