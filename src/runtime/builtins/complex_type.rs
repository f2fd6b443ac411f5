//! The `complex` class: its constructor (`complex()`, `complex(re, im)`,
//! `complex('1+2j')`, `__complex__`/`__float__`/`__index__` operands, subclasses through
//! `complex.__new__`) and its methods and attributes (`real`, `imag`, `conjugate`,
//! `__format__`, the operator dunders a subclass inherits).
//!
//! Arithmetic and text are `numeric::complex*`'s; the VM's operators use
//! `runtime::complex` directly and never come here.

use super::constructors::split_cls;
use super::{as_str, float_arg, method, num_err, type_name, unwrap_base, wrap_for_class};
use crate::ast::BinOp;
use crate::numeric::complex::Complex;
use crate::runtime::complex::{as_complex, binary, complex_value};
use crate::runtime::error::{type_error, PyResult};
use crate::runtime::function::{Args, NativeFn};
use crate::runtime::signature::Signature;
use crate::runtime::types::Types;
use crate::runtime::value::Value;
use crate::vm::Vm;

pub(super) fn install(t: &Types, b: &crate::runtime::dict::PyDict) {
    b.set_by_str("complex", Value::Class(t.complex.clone()));
    let d = &t.complex.dict;
    method(d, "complex", "__new__", complex_new);
    method(d, "complex", "conjugate", |vm, a| {
        let z = this(vm, &a, "conjugate")?;
        Ok(complex_value(vm.types(), Complex::new(z.re, -z.im)))
    });
    method(d, "complex", "__complex__", |vm, a| {
        Ok(complex_value(vm.types(), this(vm, &a, "__complex__")?))
    });
    method(d, "complex", "__getnewargs__", |vm, a| {
        let z = this(vm, &a, "__getnewargs__")?;
        Ok(Value::tuple(vec![Value::Float(z.re), Value::Float(z.im)]))
    });
    method(d, "complex", "__format__", format_method);
    method(d, "complex", "__abs__", |vm, a| {
        Ok(Value::Float(
            this(vm, &a, "__abs__")?.abs().map_err(num_err)?,
        ))
    });
    method(d, "complex", "__neg__", |vm, a| {
        Ok(complex_value(vm.types(), -this(vm, &a, "__neg__")?))
    });
    method(d, "complex", "__pos__", |vm, a| {
        Ok(complex_value(vm.types(), this(vm, &a, "__pos__")?))
    });
    method(d, "complex", "__hash__", |vm, a| {
        Ok(Value::Int(this(vm, &a, "__hash__")?.hash()))
    });
    method(d, "complex", "__eq__", |vm, a| {
        equality(vm, &a, "__eq__", false)
    });
    method(d, "complex", "__ne__", |vm, a| {
        equality(vm, &a, "__ne__", true)
    });
    method(d, "complex", "__bool__", |vm, a| {
        Ok(Value::Bool(!this(vm, &a, "__bool__")?.is_zero()))
    });
    super::getter(t, d, "complex", "real", |vm, a| {
        Ok(Value::Float(this(vm, &a, "real")?.re))
    });
    super::getter(t, d, "complex", "imag", |vm, a| {
        Ok(Value::Float(this(vm, &a, "imag")?.im))
    });
    let operators: [(&'static str, NativeFn); 10] = [
        ("__add__", |vm, a| {
            operator(vm, &a, "__add__", BinOp::Add, false)
        }),
        ("__radd__", |vm, a| {
            operator(vm, &a, "__radd__", BinOp::Add, true)
        }),
        ("__sub__", |vm, a| {
            operator(vm, &a, "__sub__", BinOp::Sub, false)
        }),
        ("__rsub__", |vm, a| {
            operator(vm, &a, "__rsub__", BinOp::Sub, true)
        }),
        ("__mul__", |vm, a| {
            operator(vm, &a, "__mul__", BinOp::Mult, false)
        }),
        ("__rmul__", |vm, a| {
            operator(vm, &a, "__rmul__", BinOp::Mult, true)
        }),
        ("__truediv__", |vm, a| {
            operator(vm, &a, "__truediv__", BinOp::Div, false)
        }),
        ("__rtruediv__", |vm, a| {
            operator(vm, &a, "__rtruediv__", BinOp::Div, true)
        }),
        ("__pow__", |vm, a| {
            operator(vm, &a, "__pow__", BinOp::Pow, false)
        }),
        ("__rpow__", |vm, a| {
            operator(vm, &a, "__rpow__", BinOp::Pow, true)
        }),
    ];
    for (name, func) in operators {
        method(d, "complex", name, func);
    }
}

/// `self` of a complex method: a complex or an instance of a subclass.
fn this(vm: &Vm, args: &Args<'_>, name: &str) -> PyResult<Complex> {
    match args.pos().first() {
        Some(v) => as_complex(&unwrap_base(v)).ok_or_else(|| descriptor_error(vm, v, name)),
        None => Err(type_error("descriptor needs an argument")),
    }
}

#[cold]
fn descriptor_error(vm: &Vm, v: &Value, name: &str) -> crate::runtime::error::PyErr {
    type_error(format!(
        "descriptor '{name}' for 'complex' objects doesn't apply to a '{}' object",
        type_name(vm, v)
    ))
}

const COMPLEX: Signature = Signature::new("complex", &["real", "imag"]).required(0);
const FORMAT: Signature = Signature::one_arg("complex.__format__");
/// `__pow__` and `__rpow__` unpack their arguments as a nameless tuple (`other`, `mod`).
const POW: Signature = Signature::slot_unpack("wrapper __pow__", &["other", "mod"]).required(1);
const RPOW: Signature = Signature::slot_unpack("wrapper __rpow__", &["other", "mod"]).required(1);

/// `complex.__add__(self, other)` and the rest: NotImplemented for non-numbers.
fn operator(
    vm: &mut Vm,
    args: &Args<'_>,
    name: &'static str,
    op: BinOp,
    reflected: bool,
) -> PyResult<Value> {
    let z = complex_value(vm.types(), this(vm, args, name)?);
    let p = match (op, reflected) {
        (BinOp::Pow, false) => POW.positional_method(args)?,
        (BinOp::Pow, true) => RPOW.positional_method(args)?,
        _ => Signature::slot(name, &["other"]).positional_method(args)?,
    };
    if op == BinOp::Pow && p.get(1).is_some_and(|m| !m.is_none()) {
        return Err(crate::runtime::error::value_error("complex modulo"));
    }
    let other = unwrap_base(&p[0]);
    let (a, b) = if reflected {
        (&other, &z)
    } else {
        (&z, &other)
    };
    Ok(binary(vm.types(), op, a, b)?.unwrap_or_else(|| vm.types().not_implemented.clone()))
}

/// `complex.__eq__` / `__ne__`: NotImplemented for non-numbers.
fn equality(vm: &mut Vm, args: &Args<'_>, name: &'static str, negate: bool) -> PyResult<Value> {
    let z = complex_value(vm.types(), this(vm, args, name)?);
    let other = Signature::slot(name, &["other"]).one_method(args)?;
    Ok(match crate::runtime::complex::eq(&z, &unwrap_base(other)) {
        Some(same) => Value::Bool(same != negate),
        None => vm.types().not_implemented.clone(),
    })
}

fn format_method(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let z = this(vm, &args, "__format__")?;
    let spec = FORMAT.one_method(&args)?;
    let spec = as_str(spec).ok_or_else(|| {
        type_error(format!(
            "__format__() argument must be str, not {}",
            super::arg_type_name(vm, spec)
        ))
    })?;
    if spec.as_str().is_empty() {
        return Ok(Value::from_string(vm.str(&args.args[0])?));
    }
    crate::numeric::complex_format::format(z, spec.as_str())
        .map(Value::from_string)
        .map_err(num_err)
}

/// `complex(real=0, imag=0)`, `complex(string)`: CPython's `complex_new`.
fn complex_new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (cls, _) = split_cls(&args, "complex")?;
    let p = COMPLEX.bind_method(&args)?;
    let (real, imag) = (p.given(0), p.given(1));
    let exact = matches!(cls, Value::Class(c) if std::rc::Rc::ptr_eq(c, &vm.types().complex));
    let z = match real {
        Some(r) if exact && imag.is_none() && as_complex(r).is_some() => return Ok(r.clone()),
        Some(r) if as_str(r).is_some() => {
            if imag.is_some() {
                return Err(type_error(
                    "complex() can't take second arg if first is a string",
                ));
            }
            let text = as_str(r)
                .map(|s| s.as_str().to_string())
                .unwrap_or_default();
            crate::numeric::complex_parse::parse_complex(&text).map_err(num_err)?
        }
        _ => from_numbers(vm, real, imag)?,
    };
    Ok(wrap_for_class(
        cls,
        &vm.types().complex,
        complex_value(vm.types(), z),
    ))
}

/// `complex(real, imag)` from numbers: `real + imag*1j` with either part complex.
fn from_numbers(vm: &mut Vm, real: Option<&Value>, imag: Option<&Value>) -> PyResult<Complex> {
    if imag.is_some_and(|i| as_str(i).is_some()) {
        return Err(type_error("complex() second arg can't be a string"));
    }
    let real = match real {
        Some(r) => special_complex(vm, r)?.unwrap_or_else(|| r.clone()),
        None => Value::Int(0),
    };
    if !is_number(vm, &real) {
        return Err(type_error(format!(
            "complex() first argument must be a string or a number, not '{}'",
            type_name(vm, &real)
        )));
    }
    if let Some(i) = imag {
        if !is_number(vm, i) {
            return Err(type_error(format!(
                "complex() second argument must be a number, not '{}'",
                type_name(vm, i)
            )));
        }
    }
    let (mut re, real_im) = match as_complex(&unwrap_base(&real)) {
        Some(z) => (z.re, Some(z.im)),
        None => (float_arg(vm, &real)?, None),
    };
    let im = match imag {
        None => real_im.unwrap_or(0.0),
        Some(i) => {
            let mut im = match as_complex(&unwrap_base(i)) {
                Some(z) => {
                    re -= z.im;
                    z.re
                }
                None => float_arg(vm, i)?,
            };
            if let Some(extra) = real_im {
                im += extra;
            }
            im
        }
    };
    Ok(Complex::new(re, im))
}

/// A number as `complex()` accepts one: a complex, or anything with `__float__` or
/// `__index__` (int, float, bool and user classes defining them).
fn is_number(vm: &Vm, v: &Value) -> bool {
    match v {
        Value::Int(_) | Value::BigInt(_) | Value::Bool(_) | Value::Float(_) => true,
        _ if as_complex(v).is_some() => true,
        Value::Instance(_) => {
            let cls = vm.type_of(v);
            cls.is_subclass(&vm.types().complex)
                || cls.lookup_str("__float__").is_some()
                || cls.lookup_str("__index__").is_some()
        }
        _ => false,
    }
}

/// `r.__complex__()` when the type defines it (user classes; a complex subclass
/// inherits the builtin one, which answers the plain complex inside).
fn special_complex(vm: &mut Vm, r: &Value) -> PyResult<Option<Value>> {
    if !matches!(r, Value::Instance(_)) {
        return Ok(None);
    }
    let Some(m) = vm.getattr_opt(r, "__complex__")? else {
        return Ok(None);
    };
    let result = vm.call_args(&m, vec![])?;
    if as_complex(&unwrap_base(&result)).is_none() {
        return Err(type_error(format!(
            "__complex__ returned non-complex (type {})",
            type_name(vm, &result)
        )));
    }
    Ok(Some(result))
}
