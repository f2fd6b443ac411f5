//! Operators: arithmetic, bitwise, unary and comparison operators with Python's rules —
//! native fast paths for the builtin numeric and sequence types, then the dunder
//! protocol (`__add__`, reflected `__radd__`, `NotImplemented`) for everything else.

use super::Vm;
use crate::ast::{BinOp, CmpOp};
use crate::numeric::Int;
use crate::runtime::alloc;
use crate::runtime::dict::PyDict;
use crate::runtime::error::{overflow_error, type_error, zero_division_error, PyResult};
use crate::runtime::hashing::float_to_bigint;
use crate::runtime::list::PyList;
use crate::runtime::value::Value;
use num_bigint::BigInt;
use num_traits::ToPrimitive;
use std::cmp::Ordering;
use std::rc::Rc;

pub fn op_symbol(op: BinOp) -> &'static str {
    match op {
        BinOp::Add => "+",
        BinOp::Sub => "-",
        BinOp::Mult => "*",
        BinOp::MatMult => "@",
        BinOp::Div => "/",
        BinOp::Mod => "%",
        BinOp::Pow => "** or pow()",
        BinOp::LShift => "<<",
        BinOp::RShift => ">>",
        BinOp::BitOr => "|",
        BinOp::BitXor => "^",
        BinOp::BitAnd => "&",
        BinOp::FloorDiv => "//",
    }
}

pub(crate) fn dunder(op: BinOp) -> (&'static str, &'static str, &'static str) {
    match op {
        BinOp::Add => ("__add__", "__radd__", "__iadd__"),
        BinOp::Sub => ("__sub__", "__rsub__", "__isub__"),
        BinOp::Mult => ("__mul__", "__rmul__", "__imul__"),
        BinOp::MatMult => ("__matmul__", "__rmatmul__", "__imatmul__"),
        BinOp::Div => ("__truediv__", "__rtruediv__", "__itruediv__"),
        BinOp::Mod => ("__mod__", "__rmod__", "__imod__"),
        BinOp::Pow => ("__pow__", "__rpow__", "__ipow__"),
        BinOp::LShift => ("__lshift__", "__rlshift__", "__ilshift__"),
        BinOp::RShift => ("__rshift__", "__rrshift__", "__irshift__"),
        BinOp::BitOr => ("__or__", "__ror__", "__ior__"),
        BinOp::BitXor => ("__xor__", "__rxor__", "__ixor__"),
        BinOp::BitAnd => ("__and__", "__rand__", "__iand__"),
        BinOp::FloorDiv => ("__floordiv__", "__rfloordiv__", "__ifloordiv__"),
    }
}

/// An int operand, borrowed as i64 or BigInt.
enum IntRef<'a> {
    Small(i64),
    Big(&'a std::rc::Rc<BigInt>),
}

fn as_int(v: &Value) -> Option<IntRef<'_>> {
    match v {
        Value::Int(i) => Some(IntRef::Small(*i)),
        Value::Bool(b) => Some(IntRef::Small(*b as i64)),
        Value::BigInt(b) => Some(IntRef::Big(b)),
        _ => None,
    }
}

fn to_big(i: &IntRef<'_>) -> BigInt {
    match i {
        IntRef::Small(x) => BigInt::from(*x),
        IntRef::Big(b) => BigInt::clone(b),
    }
}

pub fn int_to_f64(v: &Value) -> PyResult<f64> {
    match v {
        Value::Int(i) => Ok(*i as f64),
        Value::Bool(b) => Ok(*b as i64 as f64),
        Value::BigInt(b) => match b.to_f64() {
            Some(f) if f.is_finite() => Ok(f),
            _ => Err(overflow_error("int too large to convert to float")),
        },
        Value::Float(f) => Ok(*f),
        _ => Err(type_error("must be real number")),
    }
}

fn is_number(v: &Value) -> bool {
    matches!(
        v,
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) | Value::Float(_)
    )
}

/// Python's float floor division and modulo.
pub fn float_divmod(a: f64, b: f64) -> (f64, f64) {
    let m = a % b;
    let mut div = (a - m) / b;
    let mut m = m;
    if m != 0.0 {
        if (b < 0.0) != (m < 0.0) {
            m += b;
            div -= 1.0;
        }
    } else {
        m = 0.0f64.copysign(b);
    }
    let floordiv = if div != 0.0 {
        let f = div.floor();
        if div - f > 0.5 {
            f + 1.0
        } else {
            f
        }
    } else {
        0.0f64.copysign(a / b)
    };
    (floordiv, m)
}

/// Python int arithmetic, through [`crate::numeric::Int`] (which keeps the i64 fast path
/// and CPython's messages and size limits).
fn int_op(op: BinOp, a: IntRef<'_>, b: IntRef<'_>) -> PyResult<Option<Value>> {
    use crate::numeric::int::PowResult;
    use crate::runtime::format::num_err;
    let to_num = |i: IntRef<'_>| match i {
        IntRef::Small(x) => Int::Small(x),
        IntRef::Big(b) => Int::Big(b.clone()),
    };
    let (x, y) = (to_num(a), to_num(b));
    let r = match op {
        BinOp::Add => x.add(&y),
        BinOp::Sub => x.sub(&y),
        BinOp::Mult => x.mul(&y).map_err(num_err)?,
        BinOp::FloorDiv => x.floordiv(&y).map_err(num_err)?,
        BinOp::Mod => x.modulo(&y).map_err(num_err)?,
        BinOp::BitAnd => x.bitand(&y),
        BinOp::BitOr => x.bitor(&y),
        BinOp::BitXor => x.bitxor(&y),
        BinOp::LShift => x.shl(&y).map_err(num_err)?,
        BinOp::RShift => x.shr(&y).map_err(num_err)?,
        BinOp::Div => return Ok(Some(Value::Float(x.truediv(&y).map_err(num_err)?))),
        BinOp::Pow => match x.pow(&y).map_err(num_err)? {
            PowResult::Int(i) => i,
            PowResult::Float(f) => return Ok(Some(Value::Float(f))),
        },
        BinOp::MatMult => return Ok(None),
    };
    Ok(Some(int_value(r)))
}

/// A numeric Int as a value.
pub fn int_value(i: Int) -> Value {
    match i {
        Int::Small(x) => Value::Int(x),
        Int::Big(b) => Value::BigInt(b),
    }
}

fn float_op(
    t: &crate::runtime::types::Types,
    op: BinOp,
    a: f64,
    b: f64,
) -> PyResult<Option<Value>> {
    Ok(Some(Value::Float(match op {
        BinOp::Add => a + b,
        BinOp::Sub => a - b,
        BinOp::Mult => a * b,
        BinOp::Div => {
            if b == 0.0 {
                return Err(zero_division_error("float division by zero"));
            }
            a / b
        }
        BinOp::FloorDiv => {
            if b == 0.0 {
                return Err(zero_division_error("float floor division by zero"));
            }
            float_divmod(a, b).0
        }
        BinOp::Mod => {
            if b == 0.0 {
                return Err(zero_division_error("float modulo"));
            }
            float_divmod(a, b).1
        }
        // CPython's float_pow special cases, in its order (an infinite exponent before a
        // zero base: 0.0 ** -inf is inf); a negative base to a fractional power is complex.
        BinOp::Pow => {
            if crate::runtime::complex::float_pow_is_complex(a, b) {
                return crate::runtime::complex::real_pow(t, a, b).map(Some);
            }
            crate::numeric::float::pow(a, b).map_err(crate::runtime::builtins::num_err)?
        }
        _ => return Ok(None),
    })))
}

/// The count of `seq * n`: negative counts are 0, as CPython's `PyNumber_AsSsize_t`
/// with OverflowError past the ssize_t range either way (`'a' * -2**64` too).
fn repeat_count(v: &Value) -> PyResult<Option<usize>> {
    let n = match v {
        Value::Int(i) => *i,
        Value::Bool(b) => *b as i64,
        Value::BigInt(_) => {
            return Err(overflow_error(
                "cannot fit 'int' into an index-sized integer",
            ))
        }
        _ => return Ok(None),
    };
    Ok(Some(n.max(0) as usize))
}

impl Vm {
    /// Native implementations for builtin operand types; None means "not handled".
    pub(crate) fn native_binary(
        &mut self,
        op: BinOp,
        a: &Value,
        b: &Value,
    ) -> PyResult<Option<Value>> {
        if let (Value::Bool(x), Value::Bool(y)) = (a, b) {
            match op {
                BinOp::BitAnd => return Ok(Some(Value::Bool(x & y))),
                BinOp::BitOr => return Ok(Some(Value::Bool(x | y))),
                BinOp::BitXor => return Ok(Some(Value::Bool(x ^ y))),
                _ => {}
            }
        }
        if let (Some(x), Some(y)) = (as_int(a), as_int(b)) {
            return int_op(op, x, y);
        }
        if is_number(a) && is_number(b) {
            // At least one float.
            let x = int_to_f64(a)?;
            let y = int_to_f64(b)?;
            return float_op(self.types(), op, x, y);
        }
        if let Some(v) = crate::runtime::complex::binary(self.types(), op, a, b)? {
            return Ok(Some(v));
        }
        match (op, a, b) {
            (BinOp::Add, Value::Str(x), Value::Str(y)) => {
                Ok(Some(crate::runtime::str_build::concat(x, y)))
            }
            (BinOp::Add, Value::List(x), Value::List(y)) => {
                let mut v = x.snapshot();
                v.extend(y.items.borrow().iter().cloned());
                Ok(Some(Value::list(v)))
            }
            (BinOp::Add | BinOp::Mult | BinOp::Mod, Value::Native(_), _)
            | (BinOp::Mult, _, Value::Native(_)) => {
                crate::runtime::builtins::bytes_binary(self, op, a, b)
            }
            (BinOp::Add, Value::Tuple(x), Value::Tuple(y)) => {
                let mut v = x.items.to_vec();
                v.extend(y.items.iter().cloned());
                Ok(Some(Value::tuple(v)))
            }
            (BinOp::Mult, Value::Str(s), n) | (BinOp::Mult, n, Value::Str(s)) => {
                match repeat_count(n)? {
                    Some(k) => Ok(Some(alloc::str_value(alloc::repeat_str(s.as_str(), k)?)?)),
                    None => Ok(None),
                }
            }
            (BinOp::Mult, Value::List(l), n) | (BinOp::Mult, n, Value::List(l)) => {
                let items = l.snapshot();
                match repeat_count(n)? {
                    Some(k) => Ok(Some(Value::list(alloc::repeat_items(&items, k)?))),
                    None => Ok(None),
                }
            }
            (BinOp::Mult, Value::Tuple(t), n) | (BinOp::Mult, n, Value::Tuple(t)) => {
                match repeat_count(n)? {
                    Some(k) => Ok(Some(Value::tuple(alloc::repeat_items(&t.items, k)?))),
                    None => Ok(None),
                }
            }
            (BinOp::Mod, Value::Str(s), args) => {
                let fmt = s.clone();
                Ok(Some(Value::from_string(
                    self.percent_format(fmt.as_str(), args)?,
                )))
            }
            (
                BinOp::BitOr | BinOp::BitAnd | BinOp::BitXor | BinOp::Sub,
                Value::Set(x),
                Value::Set(y),
            ) => Ok(Some(self.set_operator(op, x, y)?)),
            (BinOp::BitOr, Value::Dict(x), Value::Dict(y)) => {
                let d = x.copy();
                for (k, v) in y.items() {
                    d.set_item(self, k, v)?;
                }
                Ok(Some(Value::Dict(Rc::new(d))))
            }
            _ => Ok(None),
        }
    }

    pub fn binary_op(&mut self, op: BinOp, a: &Value, b: &Value) -> PyResult<Value> {
        if let Some(v) = self.native_binary(op, a, b)? {
            return Ok(v);
        }
        if let Some(v) = self.dunder_binary(op, a, b)? {
            return Ok(v);
        }
        self.binary_op_declined(op, a, b)
    }

    /// The end of `a op b` once the operands' dunders declined (or had none): builtin
    /// values wrapped in subclass instances, then the TypeError.
    pub(crate) fn binary_op_declined(
        &mut self,
        op: BinOp,
        a: &Value,
        b: &Value,
    ) -> PyResult<Value> {
        let name = dunder(op).0;
        if let Some((x, y)) = self.unwrap_bases(a, b, name, name) {
            if let Some(v) = self.native_binary(op, &x, &y)? {
                return Ok(v);
            }
        }
        if op == BinOp::Mult {
            let seq = |v: &Value| {
                matches!(v, Value::Str(_) | Value::List(_) | Value::Tuple(_))
                    || matches!(v, Value::Native(n) if matches!(n.data,
                        crate::runtime::native::NativeData::Bytes(_)
                            | crate::runtime::native::NativeData::ByteArray(_)))
            };
            let (seq, other) = if seq(a) {
                (a, Some(b))
            } else if seq(b) {
                (b, Some(a))
            } else {
                (a, None)
            };
            if let Some(other) = other {
                // A repeat count is any object with `__index__` (CPython's sq_repeat).
                if let Value::Instance(i) = other {
                    if i.class.lookup_str("__index__").is_some() {
                        let n = match crate::runtime::builtins::index_int(self, other)? {
                            Int::Small(n) => Value::Int(n),
                            Int::Big(_) => {
                                return Err(overflow_error(format!(
                                    "cannot fit '{}' into an index-sized integer",
                                    self.type_of(other).name()
                                )))
                            }
                        };
                        if let Some(v) = self.native_binary(op, seq, &n)? {
                            return Ok(v);
                        }
                    }
                }
                return Err(type_error(format!(
                    "can't multiply sequence by non-int of type '{}'",
                    self.type_of(other).name()
                )));
            }
        }
        if op == BinOp::Add {
            if let Value::Str(_) | Value::List(_) | Value::Tuple(_) = a {
                let (ta, tb) = (self.type_of(a).name(), self.type_of(b).name());
                return Err(type_error(format!(
                    "can only concatenate {ta} (not \"{tb}\") to {ta}"
                )));
            }
        }
        Err(type_error(format!(
            "unsupported operand type(s) for {}: '{}' and '{}'",
            op_symbol(op),
            self.type_of(a).tp_name(),
            self.type_of(b).tp_name()
        )))
    }

    fn dunder_binary(&mut self, op: BinOp, a: &Value, b: &Value) -> PyResult<Option<Value>> {
        let names = self.names.clone();
        let [name, rname, _] = names.binary(op);
        let ta = self.type_of(a);
        let tb = self.type_of(b);
        let notimpl = self.types().not_implemented.clone();
        // A subclass's reflected method goes first when it overrides.
        let b_first = !Rc::ptr_eq(&ta, &tb) && tb.is_subclass(&ta) && tb.lookup(rname).is_some();
        if b_first {
            if let Some(m) = tb.lookup(rname) {
                let r = self.call_special(&m, &tb, [b.clone(), a.clone()])?;
                if !r.is(&notimpl) {
                    return Ok(Some(r));
                }
            }
        }
        // Classes take part too: `type.__or__` makes `int | None`.
        if !ta.is_builtin || matches!(a, Value::Instance(_) | Value::Class(_)) {
            if let Some(m) = ta.lookup(name) {
                let r = self.call_special(&m, &ta, [a.clone(), b.clone()])?;
                if !r.is(&notimpl) {
                    return Ok(Some(r));
                }
            }
        }
        if !b_first
            && !Rc::ptr_eq(&ta, &tb)
            && (!tb.is_builtin || matches!(b, Value::Instance(_) | Value::Class(_)))
        {
            if let Some(m) = tb.lookup(rname) {
                let r = self.call_special(&m, &tb, [b.clone(), a.clone()])?;
                if !r.is(&notimpl) {
                    return Ok(Some(r));
                }
            }
        }
        Ok(None)
    }

    pub fn inplace_op(&mut self, op: BinOp, a: &Value, b: &Value) -> PyResult<Value> {
        match (op, a) {
            (BinOp::Add, Value::List(l)) => {
                crate::runtime::builtins::list_methods::list_extend(self, a, l, b)?;
                return Ok(a.clone());
            }
            (BinOp::Mult, Value::List(l)) => {
                if let Some(k) = repeat_count(b)? {
                    let v = alloc::repeat_items(&l.snapshot(), k)?;
                    *l.items.borrow_mut() = v;
                    return Ok(a.clone());
                }
            }
            (BinOp::BitOr, Value::Dict(d)) => {
                // `d |= x` is `d.update(x)`: any mapping or iterable of pairs.
                crate::runtime::builtins::dict_methods::dict_update_from(self, d, b)?;
                self.gc.track_dict_if_holds(a);
                return Ok(a.clone());
            }
            (BinOp::BitOr | BinOp::BitAnd | BinOp::BitXor | BinOp::Sub, Value::Set(s))
                if !s.frozen =>
            {
                if let Value::Set(_) = b {
                    use crate::runtime::builtins::set_methods as sets;
                    match op {
                        BinOp::Sub => sets::difference_update_one(self, s, b)?,
                        BinOp::BitXor => sets::symmetric_difference_update_one(self, s, b)?,
                        BinOp::BitAnd => {
                            sets::intersection_update_all(self, s, std::slice::from_ref(b))?
                        }
                        _ => crate::runtime::builtins::set_methods::set_extend(self, s, b)?,
                    }
                    return Ok(a.clone());
                }
            }
            (BinOp::Add, Value::Native(_)) => {
                if let Some(r) = crate::runtime::builtins::bytearray_inplace_add(a, b)? {
                    return Ok(r);
                }
            }
            (BinOp::Mult, Value::Native(_)) if crate::runtime::bytes::is_bytearray(a) => {
                if let Some(k) = repeat_count(b)? {
                    crate::runtime::builtins::bytes_type::bytearray_inplace_repeat(a, k)?;
                    return Ok(a.clone());
                }
            }
            _ => {}
        }
        if let Value::Instance(_) = a {
            let names = self.names.clone();
            let cls = self.type_of(a);
            if let Some(m) = cls.lookup(&names.binary(op)[2]) {
                let r = self.call_special(&m, &cls, [a.clone(), b.clone()])?;
                if !r.is(&self.types().not_implemented) {
                    return Ok(r);
                }
            }
        }
        match self.binary_op(op, a, b) {
            Ok(v) => Ok(v),
            Err(e) if e.is_instance(&self.types().type_error) => {
                let msg = e.first_arg();
                if let Some(Value::Str(s)) = msg {
                    if s.as_str().starts_with("unsupported operand type(s) for ") {
                        let sym = op_symbol(op);
                        return Err(type_error(s.as_str().replacen(
                            &format!("for {sym}:"),
                            &format!("for {}=:", sym.trim_end_matches(" or pow()")),
                            1,
                        )));
                    }
                }
                Err(e)
            }
            Err(e) => Err(e),
        }
    }

    pub fn unary_neg(&mut self, a: &Value) -> PyResult<Value> {
        match a {
            Value::Int(i) => Ok(match i.checked_neg() {
                Some(r) => Value::Int(r),
                None => Value::from_bigint(-BigInt::from(*i)),
            }),
            Value::Bool(b) => Ok(Value::Int(-(*b as i64))),
            Value::BigInt(b) => Ok(Value::from_bigint(-(**b).clone())),
            Value::Float(f) => Ok(Value::Float(-f)),
            _ => match crate::runtime::complex::as_complex(a) {
                Some(z) => Ok(crate::runtime::complex::complex_value(self.types(), -z)),
                None => self.unary_dunder(a, "__neg__", "-"),
            },
        }
    }

    pub fn unary_pos(&mut self, a: &Value) -> PyResult<Value> {
        match a {
            Value::Int(_) | Value::BigInt(_) | Value::Float(_) => Ok(a.clone()),
            Value::Bool(b) => Ok(Value::Int(*b as i64)),
            _ if crate::runtime::complex::is_complex(a) => Ok(a.clone()),
            _ => self.unary_dunder(a, "__pos__", "+"),
        }
    }

    pub fn unary_invert(&mut self, a: &Value) -> PyResult<Value> {
        match a {
            Value::Int(i) => Ok(Value::Int(!i)),
            Value::Bool(b) => Ok(Value::Int(!(*b as i64))),
            Value::BigInt(b) => Ok(Value::from_bigint(-(**b).clone() - 1)),
            _ => self.unary_dunder(a, "__invert__", "~"),
        }
    }

    fn unary_dunder(&mut self, a: &Value, name: &str, sym: &str) -> PyResult<Value> {
        let cls = self.type_of(a);
        if let Some(m) = cls.lookup_str(name) {
            if matches!(a, Value::Instance(_)) {
                return self.call_special(&m, &cls, [a.clone()]);
            }
        }
        Err(type_error(format!(
            "bad operand type for unary {sym}: '{}'",
            cls.name()
        )))
    }

    /// A comparison operator, as the CompareOp instruction does it.
    pub fn compare(&mut self, op: CmpOp, a: &Value, b: &Value) -> PyResult<Value> {
        Ok(Value::Bool(match op {
            CmpOp::Is => a.is(b),
            CmpOp::IsNot => !a.is(b),
            CmpOp::In => self.contains(b, a)?,
            CmpOp::NotIn => !self.contains(b, a)?,
            CmpOp::Eq => return self.rich_eq(a, b, false),
            CmpOp::NotEq => return self.rich_eq(a, b, true),
            CmpOp::Lt | CmpOp::LtE | CmpOp::Gt | CmpOp::GtE => return self.rich_order(op, a, b),
        }))
    }

    /// `==` as containers ask it (identity first): ints and strs inline, the rest by
    /// [`Vm::eq_general`].
    #[inline]
    pub fn eq(&mut self, a: &Value, b: &Value) -> PyResult<bool> {
        match (a, b) {
            (Value::Int(x), Value::Int(y)) => Ok(x == y),
            (Value::Str(x), Value::Str(y)) => {
                Ok(crate::runtime::str::StrRef::ptr_eq(x, y) || x.as_str() == y.as_str())
            }
            _ => self.eq_general(a, b),
        }
    }

    fn eq_general(&mut self, a: &Value, b: &Value) -> PyResult<bool> {
        if a.is(b) && !matches!(a, Value::Float(f) if f.is_nan()) {
            return Ok(true);
        }
        if self.identity_equality(a, b) {
            // Two distinct objects (`list.remove` passing the others).
            return Ok(false);
        }
        let r = self.rich_eq(a, b, false)?;
        self.truthy(&r)
    }

    pub fn lt(&mut self, a: &Value, b: &Value) -> PyResult<bool> {
        // Two ints, floats or strs (sorting, heaps, bisect, min): no dispatch.
        if let Some(r) = super::fast_compare(CmpOp::Lt, a, b) {
            return Ok(r);
        }
        let r = self.rich_order(CmpOp::Lt, a, b)?;
        self.truthy(&r)
    }

    /// The builtin values inside instances of builtin types' subclasses, whatever they
    /// override (for when their dunders declined); None when neither side has one.
    fn base_values(&self, a: &Value, b: &Value) -> Option<(Value, Value)> {
        // No class has a dunder named "", so both sides are unwrapped.
        self.unwrap_bases(a, b, "", "")
    }

    /// For instances of user subclasses of builtin types (a namedtuple, a dict subclass)
    /// that do not override the dunder each side would be asked (`dunder` for `a`,
    /// `reflected` for `b`): the builtin values to operate on instead.
    pub(crate) fn unwrap_bases(
        &self,
        a: &Value,
        b: &Value,
        dunder: &str,
        reflected: &str,
    ) -> Option<(Value, Value)> {
        let base = |v: &Value, dunder: &str| -> Option<Value> {
            let Value::Instance(inst) = v else {
                return None;
            };
            let crate::runtime::class::Payload::Base(base) = inst.payload() else {
                return None;
            };
            // Anything but a builtin base type's own method overrides it (a builtin
            // class's own method, as a dict view's `__le__`, is the one to ask).
            let own = || inst.class.is_builtin && inst.class.dict.get_by_str(dunder).is_some();
            match inst.class.lookup_str(dunder) {
                Some(Value::Builtin(b)) if b.binds_as_method() && !own() => {}
                Some(_) => return None,
                None => {}
            }
            let base = base.borrow().clone();
            (!base.is_none()).then_some(base)
        };
        match (base(a, dunder), base(b, reflected)) {
            (None, None) => None,
            (x, y) => Some((
                x.unwrap_or_else(|| a.clone()),
                y.unwrap_or_else(|| b.clone()),
            )),
        }
    }

    fn rich_eq(&mut self, a: &Value, b: &Value, negate: bool) -> PyResult<Value> {
        // `fast_eq` answers identical instances equal, as containers compare them; the
        // operator asks their `__eq__`/`__ne__` even then (`x == x` may be anything).
        let instance = matches!(a, Value::Instance(_)) || matches!(b, Value::Instance(_));
        if !instance {
            if let Some(r) = crate::runtime::hashing::fast_eq(a, b) {
                return Ok(Value::Bool(r != negate));
            }
        } else if self.identity_equality(a, b) {
            // Both sides would answer NotImplemented unless identical: what the fallback
            // decides, at once.
            return Ok(Value::Bool(a.is(b) != negate));
        }
        let dunder = if negate { "__ne__" } else { "__eq__" };
        if let Some((x, y)) = self.unwrap_bases(a, b, dunder, dunder) {
            return self.rich_eq(&x, &y, negate);
        }
        match (a, b) {
            (Value::List(x), Value::List(y)) => {
                return Ok(Value::Bool(self.list_eq(x, y)? != negate));
            }
            (Value::Tuple(x), Value::Tuple(y)) => {
                // Tuples cannot change: hold them, not copies of their items.
                let (x, y) = (x.clone(), y.clone());
                return Ok(Value::Bool(self.seq_eq(&x.items, &y.items)? != negate));
            }
            (Value::Dict(x), Value::Dict(y)) => {
                return Ok(Value::Bool(self.dict_eq(x, y)? != negate));
            }
            // Methods are equal when bound to the same object (by identity) and made
            // from the same function.
            (Value::BoundMethod(x), Value::BoundMethod(y)) => {
                let same = x.receiver.is(&y.receiver) && x.func.is(&y.func);
                return Ok(Value::Bool(same != negate));
            }
            (Value::Builtin(x), Value::Builtin(y)) if x.bound.is_some() && y.bound.is_some() => {
                let same = x.name == y.name
                    && x.owner == y.owner
                    && x.bound
                        .as_ref()
                        .zip(y.bound.as_ref())
                        .is_some_and(|(p, q)| p.is(q));
                return Ok(Value::Bool(same != negate));
            }
            (Value::Set(x), Value::Set(y)) => {
                if x.len() != y.len() {
                    return Ok(Value::Bool(negate));
                }
                for item in x.items() {
                    if !y.contains(self, &item)? {
                        return Ok(Value::Bool(negate));
                    }
                }
                return Ok(Value::Bool(!negate));
            }
            _ => {}
        }
        let names = self.names.clone();
        let (name, rname) = if negate {
            (&names.ne, &names.ne)
        } else {
            (&names.eq, &names.eq)
        };
        let notimpl = self.types().not_implemented.clone();
        let ta = self.type_of(a);
        let tb = self.type_of(b);
        if let (Value::Instance(_), Value::Instance(_)) = (a, b) {
            if self.object_equality(&ta, negate) && self.object_equality(&tb, negate) {
                // `==` of classes that override only `__ne__`: as above.
                return Ok(Value::Bool(a.is(b) != negate));
            }
        }
        // A subclass on the right is asked first, and then not again.
        let reflected_first =
            matches!(b, Value::Instance(_)) && !Rc::ptr_eq(&ta, &tb) && tb.is_subclass(&ta);
        if reflected_first {
            if let Some(m) = tb.lookup(rname) {
                let r = self.call_special(&m, &tb, [b.clone(), a.clone()])?;
                if !r.is(&notimpl) {
                    return Ok(r);
                }
            }
        }
        if matches!(a, Value::Instance(_)) {
            if let Some(m) = ta.lookup(name) {
                let r = self.call_special(&m, &ta, [a.clone(), b.clone()])?;
                if !r.is(&notimpl) {
                    return Ok(r);
                }
            } else if negate {
                if let Some(m) = ta.lookup(&names.eq) {
                    let r = self.call_special(&m, &ta, [a.clone(), b.clone()])?;
                    if !r.is(&notimpl) {
                        let t = self.truthy(&r)?;
                        return Ok(Value::Bool(!t));
                    }
                }
            }
        }
        if matches!(b, Value::Instance(_)) && !reflected_first {
            if let Some(m) = tb.lookup(rname) {
                let r = self.call_special(&m, &tb, [b.clone(), a.clone()])?;
                if !r.is(&notimpl) {
                    return Ok(r);
                }
            }
        }
        if let Some((x, y)) = self.base_values(a, b) {
            // Both sides declined: the base type's equality (CPython's base slot).
            return self.rich_eq(&x, &y, negate);
        }
        if let Some(same) = crate::runtime::builtins::memoryview_type::views_equal(self, a, b)? {
            return Ok(Value::Bool(same != negate));
        }
        Ok(Value::Bool(a.is(b) != negate))
    }

    /// `a == b` as a container's search asks it (identity first), when that needs no
    /// code run: atomic values, the same object, or instances compared by identity.
    #[inline]
    pub(crate) fn eq_known(&self, a: &Value, b: &Value) -> Option<bool> {
        if let Some(r) = crate::runtime::hashing::atomic_eq(a, b) {
            return Some(r);
        }
        if a.is(b) {
            return Some(true);
        }
        self.identity_equality(a, b).then_some(false)
    }

    /// Whether `a` and `b` are instances whose classes both keep `object`'s `__eq__` and
    /// `__ne__`, so that `==` and `!=` between them are identity tests. Answered by
    /// each class's memo of the MRO stamp (CPython's per-type version tag) it was last
    /// found true at: any namespace write in a class's MRO (assigning `__eq__` to it
    /// or a base) changes the stamp, and `__class__` assignment changes the class read.
    #[inline]
    fn identity_equality(&self, a: &Value, b: &Value) -> bool {
        let (Value::Instance(x), Value::Instance(y)) = (a, b) else {
            return false;
        };
        let keeps = |cls: &Rc<crate::runtime::class::Class>| match cls.identity_eq.get() {
            (stamp, keeps) if stamp == cls.mro_stamp() => keeps,
            _ => self.identity_equality_found(cls),
        };
        keeps(&x.class) && keeps(&y.class)
    }

    /// [`Vm::identity_equality`]'s lookups for one class, remembered under its stamp.
    #[cold]
    fn identity_equality_found(&self, cls: &Rc<crate::runtime::class::Class>) -> bool {
        let stamp = cls.mro_stamp();
        let keeps = self.object_equality(cls, true);
        cls.identity_eq.set((stamp, keeps));
        keeps
    }

    /// Whether instances of `cls` compare (`==`, or `!=` when `negate`) as `object`'s
    /// own methods do: by identity, with nothing to call.
    fn object_equality(&self, cls: &Rc<crate::runtime::class::Class>, negate: bool) -> bool {
        use crate::runtime::builtins::constructors::{object_eq, object_ne};
        use crate::runtime::function::NativeFn;
        let is = |v: Option<Value>, f: NativeFn| matches!(v, Some(Value::Builtin(b)) if b.bound.is_none() && std::ptr::fn_addr_eq(b.func, f));
        if !matches!(cls.layout, crate::runtime::class::Layout::Object) {
            return false;
        }
        is(cls.lookup(&self.names.eq), object_eq as NativeFn)
            && (!negate || is(cls.lookup(&self.names.ne), object_ne as NativeFn))
    }

    /// Two lists' equality as CPython's: items read by index as the walk goes (no
    /// copies; a comparison that changes either list is seen, as there).
    fn list_eq(&mut self, x: &PyList, y: &PyList) -> PyResult<bool> {
        if x.len() != y.len() {
            return Ok(false);
        }
        self.in_comparison(|vm| {
            let mut i = 0;
            while let (Some(p), Some(q)) = (x.get(i), y.get(i)) {
                if !vm.eq(&p, &q)? {
                    return Ok(false);
                }
                i += 1;
            }
            Ok(x.len() == y.len())
        })
    }

    /// Two dicts' equality: each entry of `x`, read by position as the walk goes (no
    /// copy of its items), found in `y` with an equal value.
    fn dict_eq(&mut self, x: &PyDict, y: &PyDict) -> PyResult<bool> {
        if x.len() != y.len() {
            return Ok(false);
        }
        self.in_comparison(|vm| {
            let mut pos = 0;
            while let Some((at, k, v)) = x.entry_from(pos) {
                pos = at + 1;
                match y.get_item(vm, &k)? {
                    Some(w) if vm.eq(&v, &w)? => {}
                    _ => return Ok(false),
                }
            }
            Ok(true)
        })
    }

    fn seq_eq(&mut self, x: &[Value], y: &[Value]) -> PyResult<bool> {
        if x.len() != y.len() {
            return Ok(false);
        }
        self.in_comparison(|vm| {
            for (p, q) in x.iter().zip(y) {
                if !vm.eq(p, q)? {
                    return Ok(false);
                }
            }
            Ok(true)
        })
    }

    /// Run a container comparison one native recursion level deeper (" in
    /// comparison" past the limit), the level given back however it ends.
    fn in_comparison(
        &mut self,
        compare: impl FnOnce(&mut Self) -> PyResult<bool>,
    ) -> PyResult<bool> {
        self.enter_native_recursion(" in comparison")?;
        let result = compare(self);
        self.depth -= 1;
        result
    }

    pub(crate) fn rich_order(&mut self, op: CmpOp, a: &Value, b: &Value) -> PyResult<Value> {
        let (dunder, reflected) = match op {
            CmpOp::Lt => ("__lt__", "__gt__"),
            CmpOp::LtE => ("__le__", "__ge__"),
            CmpOp::Gt => ("__gt__", "__lt__"),
            _ => ("__ge__", "__le__"),
        };
        let has_instance = matches!(a, Value::Instance(_)) || matches!(b, Value::Instance(_));
        if has_instance {
            if let Some((x, y)) = self.unwrap_bases(a, b, dunder, reflected) {
                let r = self.rich_order(op, &x, &y);
                let sym = match op {
                    CmpOp::Lt => "<",
                    CmpOp::LtE => "<=",
                    CmpOp::Gt => ">",
                    _ => ">=",
                };
                return self.name_subclasses_in(r, sym, (&x, &y), (a, b));
            }
        }
        if let Some(ord) = self.native_order(op, a, b)? {
            return Ok(Value::Bool(match op {
                CmpOp::Lt => ord == Ordering::Less,
                CmpOp::LtE => ord != Ordering::Greater,
                CmpOp::Gt => ord == Ordering::Greater,
                _ => ord != Ordering::Less,
            }));
        }
        if let (Value::Float(_), _) | (_, Value::Float(_)) = (a, b) {
            if is_number(a) && is_number(b) {
                // NaN: every ordering comparison is False.
                return Ok(Value::Bool(false));
            }
        }
        let names = self.names.clone();
        let (name, rname, sym) = match op {
            CmpOp::Lt => (&names.lt, &names.gt, "<"),
            CmpOp::LtE => (&names.le, &names.ge, "<="),
            CmpOp::Gt => (&names.gt, &names.lt, ">"),
            _ => (&names.ge, &names.le, ">="),
        };
        let notimpl = self.types().not_implemented.clone();
        let ta = self.type_of(a);
        let tb = self.type_of(b);
        if matches!(a, Value::Instance(_)) {
            if let Some(m) = ta.lookup(name) {
                let r = self.call_special(&m, &ta, [a.clone(), b.clone()])?;
                if !r.is(&notimpl) {
                    return Ok(r);
                }
            }
        }
        if matches!(b, Value::Instance(_)) {
            if let Some(m) = tb.lookup(rname) {
                let r = self.call_special(&m, &tb, [b.clone(), a.clone()])?;
                if !r.is(&notimpl) {
                    return Ok(r);
                }
            }
        }
        if let (Value::Set(x), Value::Set(y)) = (a, b) {
            let sub = |vm: &mut Vm,
                       p: &Rc<crate::runtime::set::PySet>,
                       q: &Rc<crate::runtime::set::PySet>|
             -> PyResult<bool> {
                for item in p.items() {
                    if !q.contains(vm, &item)? {
                        return Ok(false);
                    }
                }
                Ok(true)
            };
            let r = match op {
                CmpOp::LtE => sub(self, x, y)?,
                CmpOp::Lt => x.len() < y.len() && sub(self, x, y)?,
                CmpOp::GtE => sub(self, y, x)?,
                _ => y.len() < x.len() && sub(self, y, x)?,
            };
            return Ok(Value::Bool(r));
        }
        // Every dunder asked declined: builtin values inside subclass instances compare
        // as their base type's own comparison does (CPython's fallback to the base slot).
        if let Some((x, y)) = self.base_values(a, b) {
            if let Some(ord) = self.native_order(op, &x, &y)? {
                return Ok(Value::Bool(match op {
                    CmpOp::Lt => ord == Ordering::Less,
                    CmpOp::LtE => ord != Ordering::Greater,
                    CmpOp::Gt => ord == Ordering::Greater,
                    _ => ord != Ordering::Less,
                }));
            }
            if is_number(&x) && is_number(&y) {
                return Ok(Value::Bool(false));
            }
        }
        Err(type_error(format!(
            "'{sym}' not supported between instances of '{}' and '{}'",
            ta.tp_name(),
            tb.tp_name()
        )))
    }

    /// The base values' own refusal to compare names the subclasses, as CPython's
    /// message names the operands' types (`'P' and 'int'` for a namedtuple `P`).
    fn name_subclasses_in<T>(
        &self,
        order: PyResult<T>,
        sym: &str,
        (x, y): (&Value, &Value),
        (a, b): (&Value, &Value),
    ) -> PyResult<T> {
        order.map_err(|e| {
            let base_message = format!(
                "'{sym}' not supported between instances of '{}' and '{}'",
                self.type_of(x).tp_name(),
                self.type_of(y).tp_name()
            );
            let said = match e.first_arg() {
                Some(Value::Str(m)) => m.as_str() == base_message,
                _ => false,
            };
            if said && &*e.class_name() == "TypeError" {
                type_error(format!(
                    "'{sym}' not supported between instances of '{}' and '{}'",
                    self.type_of(a).tp_name(),
                    self.type_of(b).tp_name()
                ))
            } else {
                e
            }
        })
    }

    /// Ordering of builtin values that need no dunders; None when not applicable.
    fn native_order(&mut self, op: CmpOp, a: &Value, b: &Value) -> PyResult<Option<Ordering>> {
        if let (Some(x), Some(y)) = (as_int(a), as_int(b)) {
            return Ok(Some(match (x, y) {
                (IntRef::Small(p), IntRef::Small(q)) => p.cmp(&q),
                (x, y) => to_big(&x).cmp(&to_big(&y)),
            }));
        }
        if is_number(a) && is_number(b) {
            return Ok(num_float_cmp(a, b));
        }
        match (a, b) {
            (Value::Str(x), Value::Str(y)) => Ok(Some(x.as_str().cmp(y.as_str()))),
            (Value::Native(_), Value::Native(_)) => Ok(crate::runtime::bytes::bytes_cmp(a, b)),
            (Value::List(x), Value::List(y)) => {
                let (x, y) = (x.snapshot(), y.snapshot());
                self.seq_order(op, &x, &y)
            }
            (Value::Tuple(x), Value::Tuple(y)) => {
                let (x, y) = (x.clone(), y.clone());
                self.seq_order(op, &x.items, &y.items)
            }
            _ => Ok(None),
        }
    }

    fn seq_order(&mut self, op: CmpOp, x: &[Value], y: &[Value]) -> PyResult<Option<Ordering>> {
        for (p, q) in x.iter().zip(y) {
            // Ints and strs (sort keys, heap entries): one compare tells equality and
            // order, with no dunder to ask.
            if let Some(ord) = total_native_order(p, q) {
                match ord {
                    Ordering::Equal => continue,
                    _ => return Ok(Some(ord)),
                }
            }
            if !self.eq(p, q)? {
                // The first differing pair decides, with the operator itself.
                let r = self.rich_order(op, p, q)?;
                let t = self.truthy(&r)?;
                return Ok(Some(match op {
                    CmpOp::Lt | CmpOp::LtE => {
                        if t {
                            Ordering::Less
                        } else {
                            Ordering::Greater
                        }
                    }
                    _ => {
                        if t {
                            Ordering::Greater
                        } else {
                            Ordering::Less
                        }
                    }
                }));
            }
        }
        Ok(Some(x.len().cmp(&y.len())))
    }

    /// Count one level of native recursion (repr/compare of nested containers).
    pub(crate) fn enter_native_recursion(&mut self, what: &str) -> PyResult<()> {
        if self.depth >= self.recursion_limit {
            return Err(crate::runtime::error::recursion_error(format!(
                "maximum recursion depth exceeded{what}"
            )));
        }
        self.depth += 1;
        Ok(())
    }

    /// The end of a level counted by [`Vm::enter_native_recursion`].
    pub(crate) fn leave_native_recursion(&mut self) {
        self.depth -= 1;
    }
}

/// The order of two small ints or two strs, whose `==` and `<` are total and need no
/// dunder; None for every other pair.
#[inline]
fn total_native_order(a: &Value, b: &Value) -> Option<Ordering> {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => Some(x.cmp(y)),
        (Value::Str(x), Value::Str(y)) => Some(if crate::runtime::str::StrRef::ptr_eq(x, y) {
            Ordering::Equal
        } else {
            x.as_str().cmp(y.as_str())
        }),
        _ => None,
    }
}

/// Exact ordering of int/float mixes (NaN: None).
fn num_float_cmp(a: &Value, b: &Value) -> Option<Ordering> {
    match (a, b) {
        (Value::Float(x), Value::Float(y)) => x.partial_cmp(y),
        (Value::Float(x), other) => int_float_cmp(other, *x).map(|o| o.reverse()),
        (other, Value::Float(y)) => int_float_cmp(other, *y),
        _ => None,
    }
}

fn int_float_cmp(i: &Value, f: f64) -> Option<Ordering> {
    if f.is_nan() {
        return None;
    }
    if f.is_infinite() {
        return Some(if f > 0.0 {
            Ordering::Less
        } else {
            Ordering::Greater
        });
    }
    let iv = match i {
        Value::Int(x) => BigInt::from(*x),
        Value::Bool(b) => BigInt::from(*b as i64),
        Value::BigInt(b) => (**b).clone(),
        _ => return None,
    };
    let fl = f.floor();
    let fb = float_to_bigint(fl)?;
    match iv.cmp(&fb) {
        Ordering::Equal => {
            if f > fl {
                Some(Ordering::Less)
            } else {
                Some(Ordering::Equal)
            }
        }
        o => Some(o),
    }
}
