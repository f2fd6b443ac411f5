//! The `math` module: constants, float functions with CPython's domain/range errors,
//! and the exact integer functions (factorial, comb, perm, gcd, lcm, isqrt) on big ints.

use super::{as_int, bigint_value, def, float_arg, index_int, int_value, num_err, type_name};
use crate::numeric::Int;
use crate::runtime::dict::PyDict;
use crate::runtime::error::{overflow_error, type_error, value_error, PyErr, PyResult};
use crate::runtime::function::Args;
use crate::runtime::signature::{module_positional, Signature};
use crate::runtime::value::Value;
use crate::vm::Vm;
use num_bigint::BigInt;
use num_traits::{One, Signed, ToPrimitive, Zero};
use std::rc::Rc;

pub fn module() -> Rc<PyDict> {
    let m = Rc::new(PyDict::new());
    m.set_by_str("__name__", Value::str("math"));
    m.set_by_str("pi", Value::Float(std::f64::consts::PI));
    m.set_by_str("e", Value::Float(std::f64::consts::E));
    m.set_by_str("tau", Value::Float(std::f64::consts::TAU));
    m.set_by_str("inf", Value::Float(f64::INFINITY));
    m.set_by_str("nan", Value::Float(f64::NAN));
    def(&m, "sqrt", |vm, a| {
        unary(vm, a, "sqrt", |x| domain(x.is_nan() || x >= 0.0, x.sqrt()))
    });
    def(&m, "exp", |vm, a| {
        unary(vm, a, "exp", |x| range(x.exp(), x))
    });
    def(&m, "expm1", |vm, a| {
        unary(vm, a, "expm1", |x| range(x.exp_m1(), x))
    });
    def(&m, "log2", |vm, a| log_base(vm, a, "log2", f64::log2));
    def(&m, "log10", |vm, a| log_base(vm, a, "log10", f64::log10));
    def(&m, "log1p", |vm, a| {
        unary(vm, a, "log1p", |x| {
            domain(x.is_nan() || x > -1.0, x.ln_1p())
        })
    });
    def(&m, "log", log);
    def(&m, "sin", |vm, a| {
        unary(vm, a, "sin", |x| domain(!x.is_infinite(), x.sin()))
    });
    def(&m, "cos", |vm, a| {
        unary(vm, a, "cos", |x| domain(!x.is_infinite(), x.cos()))
    });
    def(&m, "tan", |vm, a| {
        unary(vm, a, "tan", |x| domain(!x.is_infinite(), x.tan()))
    });
    def(&m, "asin", |vm, a| {
        unary(vm, a, "asin", |x| {
            domain(x.is_nan() || x.abs() <= 1.0, x.asin())
        })
    });
    def(&m, "acos", |vm, a| {
        unary(vm, a, "acos", |x| {
            domain(x.is_nan() || x.abs() <= 1.0, x.acos())
        })
    });
    def(&m, "atan", |vm, a| unary(vm, a, "atan", |x| Ok(x.atan())));
    def(&m, "sinh", |vm, a| {
        unary(vm, a, "sinh", |x| range(x.sinh(), x))
    });
    def(&m, "cosh", |vm, a| {
        unary(vm, a, "cosh", |x| range(x.cosh(), x))
    });
    def(&m, "tanh", |vm, a| unary(vm, a, "tanh", |x| Ok(x.tanh())));
    def(&m, "asinh", |vm, a| {
        unary(vm, a, "asinh", |x| Ok(libm(c_asinh, x)))
    });
    def(&m, "acosh", |vm, a| {
        unary(vm, a, "acosh", |x| {
            domain(x.is_nan() || x >= 1.0, libm(c_acosh, x))
        })
    });
    def(&m, "atanh", |vm, a| {
        unary(vm, a, "atanh", |x| {
            domain(x.is_nan() || x.abs() < 1.0, libm(c_atanh, x))
        })
    });
    def(&m, "fabs", |vm, a| unary(vm, a, "fabs", |x| Ok(x.abs())));
    def(&m, "degrees", |vm, a| {
        unary(vm, a, "degrees", |x| Ok(x.to_degrees()))
    });
    def(&m, "radians", |vm, a| {
        unary(vm, a, "radians", |x| Ok(x.to_radians()))
    });
    def(&m, "erf", |vm, a| unary(vm, a, "erf", |x| Ok(erf(x))));
    def(&m, "erfc", |vm, a| unary(vm, a, "erfc", |x| Ok(erfc(x))));
    def(&m, "gamma", |vm, a| {
        unary(vm, a, "gamma", super::math_gamma::gamma)
    });
    def(&m, "lgamma", |vm, a| {
        unary(vm, a, "lgamma", super::math_gamma::lgamma)
    });
    def(&m, "atan2", |vm, a| {
        binary(vm, a, "atan2", |y, x| Ok(y.atan2(x)))
    });
    // The C library's cube root; python3 here can differ from it in the last bit
    // (docs/STDLIB.md).
    def(&m, "cbrt", |vm, a| unary(vm, a, "cbrt", |x| Ok(cbrt(x))));
    def(&m, "exp2", |vm, a| {
        unary(vm, a, "exp2", |x| range(x.exp2(), x))
    });
    def(&m, "ulp", |vm, a| unary(vm, a, "ulp", |x| Ok(ulp(x))));
    def(&m, "nextafter", |vm, a| {
        binary(vm, a, "nextafter", |x, y| Ok(next_after(x, y)))
    });
    def(&m, "copysign", |vm, a| {
        binary(vm, a, "copysign", |x, y| Ok(x.copysign(y)))
    });
    def(&m, "fmod", |vm, a| {
        binary(vm, a, "fmod", |x, y| {
            if y == 0.0 && !x.is_nan() || x.is_infinite() && !y.is_nan() {
                return Err(domain_error());
            }
            Ok(if y.is_infinite() && x.is_finite() {
                x
            } else {
                x % y
            })
        })
    });
    def(&m, "pow", |vm, a| binary(vm, a, "pow", math_pow));
    def(&m, "remainder", |vm, a| {
        binary(vm, a, "remainder", |x, y| {
            if y == 0.0 || x.is_infinite() {
                return Err(domain_error());
            }
            Ok(libm2(c_remainder, x, y))
        })
    });
    def(&m, "floor", |vm, a| {
        rounding(vm, a, "floor", "__floor__", f64::floor)
    });
    def(&m, "ceil", |vm, a| {
        rounding(vm, a, "ceil", "__ceil__", f64::ceil)
    });
    def(&m, "trunc", |vm, a| {
        rounding(vm, a, "trunc", "__trunc__", f64::trunc)
    });
    def(&m, "isfinite", |vm, a| {
        predicate(vm, a, "isfinite", f64::is_finite)
    });
    def(&m, "isinf", |vm, a| {
        predicate(vm, a, "isinf", f64::is_infinite)
    });
    def(&m, "isnan", |vm, a| predicate(vm, a, "isnan", f64::is_nan));
    def(&m, "isclose", isclose);
    def(&m, "hypot", hypot);
    def(&m, "dist", dist);
    def(&m, "modf", modf);
    def(&m, "frexp", frexp);
    def(&m, "ldexp", ldexp);
    def(&m, "gcd", gcd);
    def(&m, "lcm", lcm);
    def(&m, "factorial", factorial);
    def(&m, "comb", comb);
    def(&m, "perm", perm);
    def(&m, "isqrt", isqrt);
    def(&m, "prod", prod);
    def(&m, "fsum", fsum);
    m
}

/// The value of the least significant bit of `x` (IEEE 754), as `math.ulp`.
fn ulp(x: f64) -> f64 {
    if x.is_nan() {
        return x;
    }
    let x = x.abs();
    if x.is_infinite() {
        return x;
    }
    if x == f64::MAX {
        return x - next_after(x, 0.0);
    }
    next_after(x, f64::INFINITY) - x
}

/// The next float after `x` towards `y`, as C's nextafter.
fn next_after(x: f64, y: f64) -> f64 {
    if x.is_nan() || y.is_nan() {
        return f64::NAN;
    }
    if x == y {
        return y;
    }
    if x == 0.0 {
        return f64::from_bits(1).copysign(y);
    }
    let bits = x.to_bits();
    let away_from_zero = (y > x) == (x > 0.0);
    f64::from_bits(if away_from_zero { bits + 1 } else { bits - 1 })
}

#[cold]
pub(super) fn domain_error() -> PyErr {
    value_error("math domain error")
}

#[cold]
pub(super) fn range_error() -> PyErr {
    overflow_error("math range error")
}

fn domain(ok: bool, v: f64) -> PyResult<f64> {
    if ok {
        Ok(v)
    } else {
        Err(domain_error())
    }
}

/// An infinite result from a finite input overflowed.
fn range(v: f64, x: f64) -> PyResult<f64> {
    if v.is_infinite() && x.is_finite() {
        Err(range_error())
    } else {
        Ok(v)
    }
}

fn one_arg<'a>(args: &Args<'a>, name: &str) -> PyResult<&'a Value> {
    Ok(&module_positional(args, "math", name, 1, 1)?[0])
}

fn unary(vm: &mut Vm, args: Args<'_>, name: &str, f: fn(f64) -> PyResult<f64>) -> PyResult<Value> {
    let x = float_arg(vm, one_arg(&args, name)?)?;
    f(x).map(Value::Float)
}

fn binary(
    vm: &mut Vm,
    args: Args<'_>,
    name: &str,
    f: fn(f64, f64) -> PyResult<f64>,
) -> PyResult<Value> {
    let p = module_positional(&args, "math", name, 2, 2)?;
    let (x, y) = (float_arg(vm, &p[0])?, float_arg(vm, &p[1])?);
    f(x, y).map(Value::Float)
}

fn predicate(vm: &mut Vm, args: Args<'_>, name: &str, f: fn(f64) -> bool) -> PyResult<Value> {
    let x = float_arg(vm, one_arg(&args, name)?)?;
    Ok(Value::Bool(f(x)))
}

fn math_pow(x: f64, y: f64) -> PyResult<f64> {
    if x == 0.0 && y < 0.0 && y.is_finite() {
        return Err(domain_error());
    }
    if x < 0.0 && x.is_finite() && y.is_finite() && y.fract() != 0.0 {
        return Err(domain_error());
    }
    let r = x.powf(y);
    if r.is_infinite() && x.is_finite() && y.is_finite() {
        return Err(range_error());
    }
    Ok(r)
}

/// floor/ceil/trunc: ints unchanged, floats rounded to an int, others via the dunder.
fn rounding(
    vm: &mut Vm,
    args: Args<'_>,
    name: &str,
    dunder: &str,
    f: fn(f64) -> f64,
) -> PyResult<Value> {
    let v = one_arg(&args, name)?;
    if let Some(i) = as_int(v) {
        return Ok(int_value(i));
    }
    if let Value::Instance(inst) = v {
        if inst.class.lookup_str(dunder).is_some() {
            let m = vm.getattr(v, dunder)?;
            return vm.call_args(&m, vec![]);
        }
    }
    if dunder == "__trunc__" && !matches!(v, Value::Float(_)) {
        // math.trunc has no float fallback, unlike floor and ceil.
        return Err(type_error(format!(
            "type {} doesn't define __trunc__ method",
            super::type_name(vm, v)
        )));
    }
    let x = float_arg(vm, v)?;
    crate::numeric::float::to_int(f(x))
        .map(int_value)
        .map_err(num_err)
}

/// log(x) of an int too large for a float: via its bit length.
/// `f` (ln, log2 or log10) of a number, as CPython's `loghelper`: an int too large for
/// a float is split as `m * 2**e` first, so its log is `f(m) + e * f(2)`; any other
/// int is converted to the nearest float, and the log taken of that.
fn log_of(vm: &mut Vm, v: &Value, f: fn(f64) -> f64) -> PyResult<f64> {
    if let Some(Int::Big(b)) = as_int(v) {
        if !b.is_positive() {
            return Err(domain_error());
        }
        if let Some(x) = b.to_f64().filter(|x| x.is_finite()) {
            return Ok(f(x));
        }
        // Past 2**1024: the top 64 bits give the mantissa, the rest the exponent.
        let bits = b.bits();
        let shift = bits - 64;
        let top = (&*b >> shift).to_f64().unwrap_or(f64::NAN);
        let m = top / 2f64.powi(64);
        return Ok(f(m) + bits as f64 * f(2.0));
    }
    let x = float_arg(vm, v)?;
    if x.is_nan() {
        return Ok(x);
    }
    if x <= 0.0 {
        return Err(domain_error());
    }
    Ok(f(x))
}

fn log(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    // log counts its arguments by hand in CPython, with words of its own; only the
    // keyword refusal is the binder's.
    const LOG: Signature = Signature::new("log", &["x", "base"])
        .required(1)
        .positional_only("log");
    let p = args.pos();
    if args.has_kw() {
        LOG.positional(&args)?;
    }
    if p.is_empty() || p.len() > 2 {
        return Err(type_error("math.log requires 1 to 2 arguments"));
    }
    let num = log_of(vm, &p[0], f64::ln)?;
    match p.get(1) {
        None => Ok(Value::Float(num)),
        Some(b) => {
            let den = log_of(vm, b, f64::ln)?;
            if den == 0.0 {
                return Err(crate::runtime::error::builtin_error(
                    crate::runtime::types::ExcKind::ZeroDivisionError,
                    "float division by zero",
                ));
            }
            Ok(Value::Float(num / den))
        }
    }
}

fn log_base(vm: &mut Vm, args: Args<'_>, name: &str, f: fn(f64) -> f64) -> PyResult<Value> {
    let v = one_arg(&args, name)?;
    Ok(Value::Float(log_of(vm, v, f)?))
}

fn isclose(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    const ISCLOSE: Signature = Signature::new("isclose", &["a", "b", "rel_tol", "abs_tol"])
        .required(2)
        .kwonly(2);
    let p = ISCLOSE.bind(&args)?;
    let (a, b) = (float_arg(vm, p.req(0))?, float_arg(vm, p.req(1))?);
    let rel = match p.given(2) {
        Some(v) => float_arg(vm, v)?,
        None => 1e-9,
    };
    let abs = match p.given(3) {
        Some(v) => float_arg(vm, v)?,
        None => 0.0,
    };
    if rel < 0.0 || abs < 0.0 {
        return Err(value_error("tolerances must be non-negative"));
    }
    if a == b {
        return Ok(Value::Bool(true));
    }
    if a.is_infinite() || b.is_infinite() {
        return Ok(Value::Bool(false));
    }
    let diff = (b - a).abs();
    Ok(Value::Bool(
        diff <= (rel * b).abs() || diff <= (rel * a).abs() || diff <= abs,
    ))
}

/// sqrt(sum(x*x)) of the absolute values in `xs`, as CPython 3.11's `vector_norm`
/// computes it (so results agree to the last bit): scaled by a power of two, each square
/// split exactly (Veltkamp-Dekker) and summed with compensation, then the root corrected
/// by one differential step.
fn norm(xs: &[f64]) -> f64 {
    let max = xs.iter().fold(0.0f64, |m, &x| if x > m { x } else { m });
    if max.is_infinite() {
        return max;
    }
    if xs.iter().any(|x| x.is_nan()) {
        return f64::NAN;
    }
    if max == 0.0 || xs.len() <= 1 {
        return max;
    }
    let mut max_e: std::ffi::c_int = 0;
    // SAFETY: frexp reads a finite double and writes one int through a valid pointer.
    unsafe { c_frexp(max, &mut max_e) };
    let mut sum = CompensatedSum::default();
    if max_e < -1023 {
        // 2**-max_e would overflow: divide by max instead.
        for &x in xs {
            let x = x / max;
            sum.add1(x * x);
        }
        return max * (sum.csum - 1.0 + sum.frac1).sqrt();
    }
    let scale = pow2(-max_e);
    for &x in xs {
        let (hi, lo) = split(x * scale);
        sum.add1(hi * hi);
        sum.add2(2.0 * hi * lo);
        sum.frac3 += lo * lo;
    }
    let h = sum.total().sqrt();
    let (hi, lo) = split(h);
    sum.add1(-hi * hi);
    sum.add2(-2.0 * hi * lo);
    sum.add3(-lo * lo);
    (h + sum.total() / (2.0 * h)) / scale
}

/// 2**e exactly, subnormal powers included (`powi` divides by an overflowed 2**1024).
fn pow2(e: i32) -> f64 {
    if e >= -1022 {
        f64::from_bits(((e + 1023) as u64) << 52)
    } else {
        f64::from_bits(1u64 << (e + 1074))
    }
}

/// Veltkamp-Dekker: `x == hi + lo` with `hi` holding the upper half of the bits.
fn split(x: f64) -> (f64, f64) {
    const T27: f64 = 134217729.0; // 2**27 + 1
    let t = x * T27;
    let hi = t - (t - x);
    (hi, x - hi)
}

/// A running sum that starts at 1.0 (so it stays the larger operand of each addition)
/// and keeps what each addition rounded off in three separate accumulators.
struct CompensatedSum {
    csum: f64,
    frac1: f64,
    frac2: f64,
    frac3: f64,
}

impl Default for CompensatedSum {
    fn default() -> Self {
        CompensatedSum {
            csum: 1.0,
            frac1: 0.0,
            frac2: 0.0,
            frac3: 0.0,
        }
    }
}

impl CompensatedSum {
    /// Add `x`, returning what the addition rounded off.
    fn add(&mut self, x: f64) -> f64 {
        let old = self.csum;
        self.csum += x;
        (old - self.csum) + x
    }

    fn add1(&mut self, x: f64) {
        self.frac1 += self.add(x);
    }

    fn add2(&mut self, x: f64) {
        self.frac2 += self.add(x);
    }

    fn add3(&mut self, x: f64) {
        self.frac3 += self.add(x);
    }

    /// The sum without its starting 1.0.
    fn total(&self) -> f64 {
        self.csum - 1.0 + (self.frac1 + self.frac2 + self.frac3)
    }
}

fn hypot(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    module_positional(&args, "math", "hypot", 0, usize::MAX)?;
    let mut xs = Vec::with_capacity(args.pos().len());
    for v in args.pos() {
        xs.push(float_arg(vm, v)?.abs());
    }
    Ok(Value::Float(norm(&xs)))
}

fn dist(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let p = module_positional(&args, "math", "dist", 2, 2)?;
    let a = vm.collect(&p[0])?;
    let b = vm.collect(&p[1])?;
    if a.len() != b.len() {
        return Err(value_error(
            "both points must have the same number of dimensions",
        ));
    }
    let mut d = Vec::with_capacity(a.len());
    for (x, y) in a.iter().zip(b.iter()) {
        d.push((float_arg(vm, x)? - float_arg(vm, y)?).abs());
    }
    Ok(Value::Float(norm(&d)))
}

fn modf(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let x = float_arg(vm, one_arg(&args, "modf")?)?;
    let (frac, int) = if x.is_infinite() {
        (0.0f64.copysign(x), x)
    } else {
        // Both parts carry x's sign, zeros included (C's modf).
        (x.fract().copysign(x), x.trunc())
    };
    Ok(Value::tuple(vec![Value::Float(frac), Value::Float(int)]))
}

fn frexp(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let x = float_arg(vm, one_arg(&args, "frexp")?)?;
    if x == 0.0 || !x.is_finite() {
        return Ok(Value::tuple(vec![Value::Float(x), Value::Int(0)]));
    }
    let mut e: std::ffi::c_int = 0;
    // SAFETY: frexp reads a finite double and writes one int through a valid pointer.
    let m = unsafe { c_frexp(x, &mut e) };
    Ok(Value::tuple(vec![Value::Float(m), Value::Int(e as i64)]))
}

fn ldexp(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let p = module_positional(&args, "math", "ldexp", 2, 2)?;
    let x = float_arg(vm, &p[0])?;
    let e = match as_int(&p[1]) {
        Some(i) => i
            .to_i64()
            .unwrap_or(if i.is_negative() { i64::MIN } else { i64::MAX }),
        None => {
            return Err(type_error(format!(
                "Expected an int as second argument to ldexp(), not {}",
                type_name(vm, &p[1])
            )))
        }
    };
    if x == 0.0 || !x.is_finite() {
        return Ok(Value::Float(x));
    }
    let e = e.clamp(-2200, 2200) as i32;
    // Two steps keep intermediate powers of two representable.
    let r = x * 2f64.powi(e / 2) * 2f64.powi(e - e / 2);
    if r.is_infinite() {
        return Err(range_error());
    }
    Ok(Value::Float(r))
}

fn big_ints(vm: &mut Vm, args: &Args<'_>, name: &str) -> PyResult<Vec<BigInt>> {
    module_positional(args, "math", name, 0, usize::MAX)?;
    let mut out = Vec::with_capacity(args.pos().len());
    for v in args.pos() {
        out.push(index_int(vm, v)?.to_bigint());
    }
    Ok(out)
}

fn gcd(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    // Two small ints (Fraction's normalisation of small terms): no BigInt at all.
    if let [Value::Int(a), Value::Int(b)] = args.pos() {
        if !args.has_kw() {
            return Ok(int_value_u64(crate::numeric::gcd::gcd_i64(*a, *b)));
        }
    }
    let xs = big_ints(vm, &args, "gcd")?;
    let g = xs
        .iter()
        .fold(BigInt::zero(), |g, x| crate::numeric::gcd::gcd(&g, x));
    Ok(bigint_value(g))
}

/// A non-negative word as an int value (`i64::MIN`'s gcd is 2**63, past i64).
fn int_value_u64(n: u64) -> Value {
    match i64::try_from(n) {
        Ok(i) => Value::Int(i),
        Err(_) => bigint_value(BigInt::from(n)),
    }
}

fn lcm(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let xs = big_ints(vm, &args, "lcm")?;
    let mut l = BigInt::one();
    for x in &xs {
        if x.is_zero() {
            return Ok(Value::Int(0));
        }
        // lcm = |l * x| / gcd(l, x), with the fast gcd.
        let g = crate::numeric::gcd::gcd(&l, x);
        l = (&l / &g) * x;
    }
    Ok(bigint_value(l.abs()))
}

/// Product of the integers in `lo..=hi`, split in halves so big multiplications balance.
fn range_product(lo: u64, hi: u64) -> BigInt {
    if lo > hi {
        return BigInt::one();
    }
    if hi - lo < 16 {
        let mut p = BigInt::one();
        for k in lo..=hi {
            p *= k;
        }
        return p;
    }
    let mid = lo + (hi - lo) / 2;
    range_product(lo, mid) * range_product(mid + 1, hi)
}

/// Factorials and comb/perm results of inputs beyond this are refused (the result
/// would be far past any sane int).
const MAX_FACTORIAL_INPUT: u64 = 200_000;

fn small_nonneg(vm: &mut Vm, v: &Value, what: &str) -> PyResult<u64> {
    let i = index_int(vm, v)?;
    if i.is_negative() {
        return Err(value_error(format!(
            "{what} must be a non-negative integer"
        )));
    }
    i.to_i64()
        .map(|n| n as u64)
        .ok_or_else(|| overflow_error(format!("{what} must not exceed {}", i64::MAX)))
}

fn factorial(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let v = one_arg(&args, "factorial")?;
    let i = index_int(vm, v)?;
    if i.is_negative() {
        return Err(value_error("factorial() not defined for negative values"));
    }
    let n = i.to_i64().unwrap_or(i64::MAX) as u64;
    if n > MAX_FACTORIAL_INPUT {
        return Err(overflow_error(
            "factorial() argument should not exceed 200000 in coro",
        ));
    }
    Ok(bigint_value(range_product(1, n)))
}

fn comb(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let p = module_positional(&args, "math", "comb", 2, 2)?;
    let n = small_nonneg(vm, &p[0], "n")?;
    let k = small_nonneg(vm, &p[1], "k")?;
    if k > n {
        return Ok(Value::Int(0));
    }
    let k = k.min(n - k);
    if k > MAX_FACTORIAL_INPUT {
        return Err(overflow_error("comb() result too large"));
    }
    // C(n, k) = prod_{i=1..k} (n - k + i) / i, exact at every step.
    let mut r = BigInt::one();
    for i in 1..=k {
        r = r * (n - k + i) / i;
    }
    Ok(bigint_value(r))
}

fn perm(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let p = module_positional(&args, "math", "perm", 1, 2)?;
    let n = small_nonneg(vm, &p[0], "n")?;
    let k = match p.get(1) {
        None | Some(Value::None) => n,
        Some(v) => small_nonneg(vm, v, "k")?,
    };
    if k > n {
        return Ok(Value::Int(0));
    }
    if k > MAX_FACTORIAL_INPUT {
        return Err(overflow_error("perm() result too large"));
    }
    Ok(bigint_value(range_product(n - k + 1, n)))
}

fn isqrt(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let v = one_arg(&args, "isqrt")?;
    let i = index_int(vm, v)?;
    if i.is_negative() {
        return Err(value_error("isqrt() argument must be nonnegative"));
    }
    Ok(bigint_value(i.to_bigint().sqrt()))
}

fn prod(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    const PROD: Signature = Signature::new("prod", &["iterable", "start"])
        .required(1)
        .posonly(1)
        .kwonly(1);
    let p = PROD.bind(&args)?;
    let mut acc = p.given(1).cloned().unwrap_or(Value::Int(1));
    let it = vm.get_iter(p.req(0))?;
    while let Some(x) = vm.next(&it)? {
        acc = vm.binary_op(crate::ast::BinOp::Mult, &acc, &x)?;
    }
    Ok(acc)
}

/// Shewchuk's exactly rounded sum (what CPython's fsum implements).
fn fsum(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let v = one_arg(&args, "fsum")?;
    let it = vm.get_iter(v)?;
    let mut partials: Vec<f64> = Vec::new();
    let mut special = 0.0f64;
    let mut inf_sum = 0.0f64;
    while let Some(item) = vm.next(&it)? {
        let mut x = float_arg(vm, &item)?;
        if !x.is_finite() {
            if x.is_infinite() {
                inf_sum += x;
            }
            special += x;
            continue;
        }
        let mut i = 0;
        for j in 0..partials.len() {
            let mut y = partials[j];
            if x.abs() < y.abs() {
                std::mem::swap(&mut x, &mut y);
            }
            let hi = x + y;
            let lo = y - (hi - x);
            if lo != 0.0 {
                partials[i] = lo;
                i += 1;
            }
            x = hi;
        }
        partials.truncate(i);
        // A zero partial would break the final pass's ordering (CPython keeps none).
        if x != 0.0 {
            if x.is_infinite() {
                return Err(overflow_error("intermediate overflow in fsum"));
            }
            partials.push(x);
        }
    }
    if special != 0.0 || special.is_nan() {
        if inf_sum.is_nan() {
            return Err(value_error("-inf + inf in fsum"));
        }
        return Ok(Value::Float(special));
    }
    // Sum the partials from the top, rounding correctly at the half-way case.
    let mut hi = 0.0;
    let mut n = partials.len();
    if n > 0 {
        n -= 1;
        hi = partials[n];
        let mut lo = 0.0;
        while n > 0 {
            let x = hi;
            n -= 1;
            let y = partials[n];
            hi = x + y;
            let yr = hi - x;
            lo = y - yr;
            if lo != 0.0 {
                break;
            }
        }
        if n > 0 && ((lo < 0.0 && partials[n - 1] < 0.0) || (lo > 0.0 && partials[n - 1] > 0.0)) {
            let y = lo * 2.0;
            let x = hi + y;
            let yr = x - hi;
            if y == yr {
                hi = x;
            }
        }
    }
    Ok(Value::Float(hi))
}

// CPython calls the C library for these: calling the same functions gives the same bits
// (our own series for erf, and Rust's formulas for the inverse hyperbolics and cbrt,
// differed from python3 in the last place).
extern "C" {
    #[link_name = "erf"]
    fn c_erf(x: f64) -> f64;
    #[link_name = "erfc"]
    fn c_erfc(x: f64) -> f64;
    #[link_name = "asinh"]
    fn c_asinh(x: f64) -> f64;
    #[link_name = "acosh"]
    fn c_acosh(x: f64) -> f64;
    #[link_name = "atanh"]
    fn c_atanh(x: f64) -> f64;
    #[link_name = "remainder"]
    fn c_remainder(x: f64, y: f64) -> f64;
    #[link_name = "frexp"]
    fn c_frexp(x: f64, exp: *mut std::ffi::c_int) -> f64;
}

/// One of the C library's pure functions of one double above.
fn libm(f: unsafe extern "C" fn(f64) -> f64, x: f64) -> f64 {
    // SAFETY: each is a pure C function of one double, defined for every input (domain
    // errors give NaN or infinities, which the callers check).
    unsafe { f(x) }
}

/// The C library's cbrt, as CPython's. Rust's runtime links its own `cbrt` into the
/// binary (correctly rounded, where glibc's is off by an ulp at times), which the plain
/// extern name would reach; the dynamic loader finds the C library's. (A process-wide
/// fact, not interpreter state.)
fn cbrt(x: f64) -> f64 {
    type CFn = unsafe extern "C" fn(f64) -> f64;
    static C_CBRT: std::sync::OnceLock<Option<CFn>> = std::sync::OnceLock::new();
    let found = C_CBRT.get_or_init(|| {
        // SAFETY: dlsym with RTLD_DEFAULT and a NUL-terminated name; a non-null result
        // is the address of the C library's `double cbrt(double)`.
        let p = unsafe { libc::dlsym(libc::RTLD_DEFAULT, c"cbrt".as_ptr()) };
        (!p.is_null()).then(|| unsafe { std::mem::transmute::<*mut libc::c_void, CFn>(p) })
    });
    match found {
        Some(f) => libm(*f, x),
        None => x.cbrt(),
    }
}

/// One of the C library's pure functions of two doubles above.
fn libm2(f: unsafe extern "C" fn(f64, f64) -> f64, x: f64, y: f64) -> f64 {
    // SAFETY: as for `libm`.
    unsafe { f(x, y) }
}

/// The error function, from the C library as CPython's.
fn erf(x: f64) -> f64 {
    libm(c_erf, x)
}

/// The complementary error function, from the C library as CPython's.
fn erfc(x: f64) -> f64 {
    libm(c_erfc, x)
}
