//! The builtin functions that are not constructors and not iteration helpers: print, len,
//! repr, abs, round, divmod, pow, hash, id, hex/oct/bin, ord/chr, callable, input,
//! isinstance/issubclass, the attribute functions, vars, dir and format.

use super::{
    as_int, as_str, def, float_arg, index_int, int_value, num_err, type_name, unwrap_base,
};
use crate::ast::BinOp;
use crate::numeric::Int;
use crate::runtime::class::Class;
use crate::runtime::dict::PyDict;
use crate::runtime::error::{attribute_error, type_error, value_error, PyErr, PyResult};
use crate::runtime::function::Args;
use crate::runtime::io::std_streams;
use crate::runtime::native::NativeData;
use crate::runtime::signature::Signature;
use crate::runtime::value::Value;
use crate::vm::Vm;
use std::rc::Rc;

pub(super) fn install(b: &PyDict) {
    def(b, "print", print);
    def(b, "len", len);
    def(b, "repr", repr);
    def(b, "ascii", ascii);
    def(b, "abs", abs);
    def(b, "round", round);
    def(b, "divmod", divmod);
    def(b, "pow", pow);
    def(b, "hash", hash);
    def(b, "id", id);
    def(b, "hex", hex);
    def(b, "oct", oct);
    def(b, "bin", bin);
    def(b, "ord", ord);
    def(b, "chr", chr);
    def(b, "callable", callable);
    def(b, "input", input);
    def(b, "open", crate::runtime::io::open::open);
    def(b, "isinstance", isinstance);
    def(b, "issubclass", issubclass);
    def(b, "hasattr", hasattr);
    def(b, "getattr", getattr);
    def(b, "setattr", setattr);
    def(b, "delattr", delattr);
    def(b, "vars", vars);
    def(b, "dir", dir);
    def(b, "format", format);
}

// How each builtin takes its arguments (CPython's calling convention decides the wording
// of the mistakes; see `runtime::signature`).
const LEN: Signature = Signature::one_arg("len");
const REPR: Signature = Signature::one_arg("repr");
const ASCII: Signature = Signature::one_arg("ascii");
const ABS: Signature = Signature::one_arg("abs");
const HASH: Signature = Signature::one_arg("hash");
const ID: Signature = Signature::one_arg("id");
const HEX: Signature = Signature::one_arg("hex");
const OCT: Signature = Signature::one_arg("oct");
const BIN: Signature = Signature::one_arg("bin");
const ORD: Signature = Signature::one_arg("ord");
const CHR: Signature = Signature::one_arg("chr");
const CALLABLE: Signature = Signature::one_arg("callable");
const PRINT: Signature = Signature::new("print", &["sep", "end", "file", "flush"])
    .required(0)
    .kwonly(4)
    .varargs();
const ROUND: Signature = Signature::new("round", &["number", "ndigits"]).required(1);
const POW: Signature = Signature::new("pow", &["base", "exp", "mod"]).required(2);
const DIVMOD: Signature = Signature::new("divmod", &["x", "y"]).positional_only("divmod");
const INPUT: Signature = Signature::new("input", &["prompt"])
    .required(0)
    .positional_only("input");
const ISINSTANCE: Signature =
    Signature::new("isinstance", &["obj", "class_or_tuple"]).positional_only("isinstance");
const ISSUBCLASS: Signature =
    Signature::new("issubclass", &["cls", "class_or_tuple"]).positional_only("issubclass");
const HASATTR: Signature = Signature::new("hasattr", &["obj", "name"]).positional_only("hasattr");
const GETATTR: Signature = Signature::new("getattr", &["object", "name", "default"])
    .required(2)
    .positional_only("getattr");
const SETATTR: Signature =
    Signature::new("setattr", &["obj", "name", "value"]).positional_only("setattr");
const DELATTR: Signature = Signature::new("delattr", &["obj", "name"]).positional_only("delattr");
const VARS: Signature = Signature::new("vars", &["object"])
    .required(0)
    .positional_only("vars");
const DIR: Signature = Signature::new("dir", &["object"])
    .required(0)
    .positional_only("dir");
const FORMAT: Signature = Signature::new("format", &["value", "format_spec"])
    .required(1)
    .positional_only("format");

/// A `sep=`/`end=` argument of print: None means the default.
fn str_or_none(vm: &Vm, v: Option<&Value>, what: &str, default: &str) -> PyResult<String> {
    match v {
        None | Some(Value::None) => Ok(default.to_string()),
        Some(v) => match as_str(v) {
            Some(s) => Ok(s.as_str().to_string()),
            None => Err(type_error(format!(
                "{what} must be None or a string, not {}",
                type_name(vm, v)
            ))),
        },
    }
}

fn print(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let p = PRINT.bind(&args)?;
    let sep = str_or_none(vm, p.given(0), "sep", " ")?;
    let end = str_or_none(vm, p.given(1), "end", "\n")?;
    let flush = p.flag(vm, 3, false)?;
    let target = match p.given(2) {
        None | Some(Value::None) => vm.std_streams.stdout(),
        Some(file) => std_streams::Target::Object(file.clone()),
    };
    match target {
        std_streams::Target::Real => {
            // The hot path: straight into the VM's stdout buffer.
            let out = render(vm, args.pos(), &sep, &end, None)?;
            vm.out.write(&out);
            if flush {
                vm.out.flush();
            }
        }
        std_streams::Target::Nowhere => {}
        std_streams::Target::Object(file) => {
            // Where each argument, separator and the end start: a file that is a Python
            // object gets one write() per piece, as CPython's print does.
            let mut cuts = Vec::new();
            let out = render(vm, args.pos(), &sep, &end, Some(&mut cuts))?;
            std_streams::write_to(vm, &file, &out, &cuts, flush)?;
        }
    }
    Ok(Value::None)
}

/// print's text: the str() of each value, `sep` between, `end` after; `cuts` collects
/// where each piece starts.
fn render(
    vm: &mut Vm,
    values: &[Value],
    sep: &str,
    end: &str,
    mut cuts: Option<&mut Vec<usize>>,
) -> PyResult<String> {
    let mut out = String::new();
    for (i, v) in values.iter().enumerate() {
        if i > 0 {
            if let Some(c) = cuts.as_deref_mut() {
                c.push(out.len());
            }
            out.push_str(sep);
        }
        if let Some(c) = cuts.as_deref_mut() {
            c.push(out.len());
        }
        match v {
            Value::Str(s) => out.push_str(s.as_str()),
            other => out.push_str(&vm.str(other)?),
        }
    }
    if let Some(c) = cuts {
        c.push(out.len());
    }
    out.push_str(end);
    Ok(out)
}

fn len(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let v = LEN.one(&args)?;
    Ok(Value::Int(vm.len(v)? as i64))
}

fn repr(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let v = REPR.one(&args)?;
    Ok(Value::from_string(vm.repr(v)?))
}

pub use crate::vm::repr::ascii_escape;

fn ascii(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let v = ASCII.one(&args)?;
    let r = vm.repr(v)?;
    Ok(Value::from_string(ascii_escape(&r)))
}

pub(crate) fn abs(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let v = ABS.one(&args)?;
    match v {
        Value::Int(i) => Ok(match i.checked_abs() {
            Some(a) => Value::Int(a),
            None => int_value(Int::Small(*i).abs()),
        }),
        Value::Bool(b) => Ok(Value::Int(*b as i64)),
        Value::BigInt(b) => Ok(int_value(Int::Big(b.clone()).abs())),
        Value::Float(f) => Ok(Value::Float(f.abs())),
        _ => match vm.getattr_opt(v, "__abs__")? {
            Some(m)
                if matches!(v, Value::Instance(_)) || crate::runtime::complex::is_complex(v) =>
            {
                vm.call_args(&m, vec![])
            }
            _ => Err(type_error(format!(
                "bad operand type for abs(): '{}'",
                type_name(vm, v)
            ))),
        },
    }
}

fn round(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let p = ROUND.bind(&args)?;
    let number = p.req(0);
    let ndigits = p.get(1);
    let number = unwrap_base(number);
    match (&number, ndigits) {
        (Value::Float(f), None) => crate::numeric::float::round_to_int(*f)
            .map(int_value)
            .map_err(num_err),
        (Value::Float(f), Some(nd)) => {
            let nd = clamp_i64(index_int(vm, nd)?);
            crate::numeric::float::round_digits(*f, nd)
                .map(Value::Float)
                .map_err(num_err)
        }
        (Value::Int(_) | Value::BigInt(_) | Value::Bool(_), nd) => {
            let i = as_int(&number).unwrap_or(Int::ZERO);
            match nd {
                None => Ok(int_value(i)),
                Some(nd) => {
                    let nd = clamp_i64(index_int(vm, nd)?);
                    i.round_digits(nd).map(int_value).map_err(num_err)
                }
            }
        }
        _ => match vm.getattr_opt(&number, "__round__")? {
            Some(m) if matches!(number, Value::Instance(_)) => {
                let a: Vec<Value> = ndigits.cloned().into_iter().collect();
                vm.call_args(&m, a)
            }
            _ => Err(type_error(format!(
                "type {} doesn't define __round__ method",
                type_name(vm, &number)
            ))),
        },
    }
}

fn clamp_i64(i: Int) -> i64 {
    match i {
        Int::Small(s) => s,
        Int::Big(b) => {
            if b.sign() == num_bigint::Sign::Minus {
                i64::MIN
            } else {
                i64::MAX
            }
        }
    }
}

fn divmod(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let p = DIVMOD.positional(&args)?;
    let (a, b) = (&p[0], &p[1]);
    let numeric = |v: &Value| {
        matches!(
            v,
            Value::Int(_) | Value::Bool(_) | Value::BigInt(_) | Value::Float(_)
        )
    };
    if numeric(a) && numeric(b) {
        // Floats divide once, as CPython's float_divmod (its error names divmod itself).
        if matches!(a, Value::Float(_)) || matches!(b, Value::Float(_)) {
            if let (Some(x), Some(y)) = (super::as_f64(a), super::as_f64(b)) {
                let (q, r) = crate::numeric::float::divmod(x?, y?).map_err(num_err)?;
                return Ok(Value::tuple(vec![Value::Float(q), Value::Float(r)]));
            }
        }
        let q = vm.binary_op(BinOp::FloorDiv, a, b)?;
        let r = vm.binary_op(BinOp::Mod, a, b)?;
        return Ok(Value::tuple(vec![q, r]));
    }
    if let Some(m) = vm.getattr_opt(a, "__divmod__")? {
        if matches!(a, Value::Instance(_)) {
            let r = vm.call_args(&m, vec![b.clone()])?;
            if !r.is(&vm.types().not_implemented) {
                return Ok(r);
            }
        }
    }
    if let Some(m) = vm.getattr_opt(b, "__rdivmod__")? {
        if matches!(b, Value::Instance(_)) {
            let r = vm.call_args(&m, vec![a.clone()])?;
            if !r.is(&vm.types().not_implemented) {
                return Ok(r);
            }
        }
    }
    Err(type_error(format!(
        "unsupported operand type(s) for divmod(): '{}' and '{}'",
        type_name(vm, a),
        type_name(vm, b)
    )))
}

fn pow(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let p = POW.bind(&args)?;
    let (base, exp, modulus) = (p.req(0), p.req(1), p.given(2));
    match modulus {
        None | Some(Value::None) => vm.binary_op(BinOp::Pow, base, exp),
        Some(m) => match (as_int(base), as_int(exp), as_int(m)) {
            (Some(b), Some(e), Some(m)) => {
                if m.is_zero() {
                    return Err(value_error("pow() 3rd argument cannot be 0"));
                }
                b.pow_mod(&e, &m).map(int_value).map_err(num_err)
            }
            _ => ternary_pow(vm, base, exp, m),
        },
    }
}

/// Three-argument pow() on an object: its `__pow__(exp, mod)`, as CPython (which never
/// tries `__rpow__` with a modulus).
fn ternary_pow(vm: &mut Vm, base: &Value, exp: &Value, m: &Value) -> PyResult<Value> {
    if matches!(base, Value::Instance(_)) || crate::runtime::complex::is_complex(base) {
        if let Some(method) = vm.getattr_opt(base, "__pow__")? {
            let r = vm.call_args(&method, vec![exp.clone(), m.clone()])?;
            if !r.is(&vm.types().not_implemented) {
                return Ok(r);
            }
        }
    }
    if [base, exp, m].iter().all(|v| {
        matches!(
            v,
            Value::Int(_) | Value::Bool(_) | Value::BigInt(_) | Value::Float(_)
        )
    }) {
        return Err(type_error(
            "pow() 3rd argument not allowed unless all arguments are integers",
        ));
    }
    Err(unsupported_ternary_pow(vm, base, exp, m))
}

#[cold]
fn unsupported_ternary_pow(vm: &mut Vm, base: &Value, exp: &Value, m: &Value) -> PyErr {
    type_error(format!(
        "unsupported operand type(s) for ** or pow(): '{}', '{}', '{}'",
        type_name(vm, base),
        type_name(vm, exp),
        type_name(vm, m)
    ))
}

fn hash(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let v = HASH.one(&args)?;
    Ok(Value::Int(vm.hash(v)?))
}

fn id(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let v = ID.one(&args)?;
    Ok(Value::Int(v.id()))
}

/// `hex`/`oct`/`bin` text of an int: sign, prefix, digits.
pub fn int_radix(i: &Int, radix: u32, prefix: &str) -> String {
    let big = i.to_bigint();
    let digits = big.magnitude().to_str_radix(radix);
    let sign = if big.sign() == num_bigint::Sign::Minus {
        "-"
    } else {
        ""
    };
    format!("{sign}{prefix}{digits}")
}

fn radix_fn(
    vm: &mut Vm,
    args: Args<'_>,
    sig: &Signature,
    radix: u32,
    prefix: &str,
) -> PyResult<Value> {
    let v = sig.one(&args)?;
    let i = index_int(vm, v)?;
    Ok(Value::from_string(int_radix(&i, radix, prefix)))
}

fn hex(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    radix_fn(vm, args, &HEX, 16, "0x")
}

fn oct(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    radix_fn(vm, args, &OCT, 8, "0o")
}

fn bin(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    radix_fn(vm, args, &BIN, 2, "0b")
}

fn ord(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let v = ORD.one(&args)?;
    if let Value::Native(n) = v {
        if let NativeData::Bytes(b) = &n.data {
            if b.len() == 1 {
                return Ok(Value::Int(b[0] as i64));
            }
            return Err(type_error(format!(
                "ord() expected a character, but string of length {} found",
                b.len()
            )));
        }
    }
    let Some(s) = as_str(v) else {
        return Err(type_error(format!(
            "ord() expected string of length 1, but {} found",
            type_name(vm, v)
        )));
    };
    let mut chars = s.as_str().chars();
    match (chars.next(), chars.next()) {
        (Some(c), None) => Ok(Value::Int(c as i64)),
        _ => Err(type_error(format!(
            "ord() expected a character, but string of length {} found",
            s.char_len()
        ))),
    }
}

fn chr(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let v = CHR.one(&args)?;
    let i = super::c_int_arg(vm, v)?;
    let c = u32::try_from(i).ok().filter(|n| *n < 0x110000);
    let Some(n) = c else {
        return Err(chr_range());
    };
    match char::from_u32(n) {
        Some(c) => Ok(vm.names.small.char(c)),
        // Lone surrogates cannot live in a Rust string; CPython allows them.
        None => Err(value_error(format!(
            "chr() arg {n:#x} is a surrogate, which coro strings cannot hold"
        ))),
    }
}

#[cold]
fn chr_range() -> crate::runtime::error::PyErr {
    value_error("chr() arg not in range(0x110000)")
}

/// `callable(x)`.
pub fn is_callable(vm: &mut Vm, v: &Value) -> PyResult<bool> {
    Ok(match v {
        Value::Function(_) | Value::BoundMethod(_) | Value::Builtin(_) | Value::Class(_) => true,
        // By the interned name, whose hash is cached: `lookup_str` hashes its text.
        Value::Instance(i) => i.class.lookup(&vm.names.call).is_some(),
        Value::Native(n) => match &n.data {
            NativeData::Partial { .. } | NativeData::LruCache(_) | NativeData::StaticMethod(_) => {
                true
            }
            _ => n.class.lookup(&vm.names.call).is_some(),
        },
        _ => false,
    })
}

fn callable(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let v = CALLABLE.one(&args)?;
    Ok(Value::Bool(is_callable(vm, v)?))
}

fn input(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let pos = INPUT.positional(&args)?;
    if let Some(prompt) = pos.first() {
        let p = vm.str(prompt)?;
        std_streams::write_stdout(vm, &p, &[0], true)?;
    }
    Ok(Value::from_string(std_streams::input_line(vm)?))
}

/// The classes of a `classinfo` argument (a class or a nested tuple of classes);
/// `None` when something in it is not a class.
fn classinfo(vm: &mut Vm, v: &Value, out: &mut Vec<Rc<Class>>) -> PyResult<bool> {
    match v {
        Value::Class(c) => {
            out.push(c.clone());
            Ok(true)
        }
        Value::Tuple(t) => {
            for x in t.items.iter() {
                if !classinfo(vm, x, out)? {
                    return Ok(false);
                }
            }
            Ok(true)
        }
        // `int | str` (types.UnionType) stands for its members.
        Value::Instance(i) if &*i.class.name() == "UnionType" => {
            let args = vm.getattr(v, "__args__")?;
            classinfo(vm, &args, out)
        }
        _ => Ok(false),
    }
}

/// An instance used as a classinfo (typing's special forms, generic aliases) answers
/// through its class's `__instancecheck__`/`__subclasscheck__`.
fn instance_hook(vm: &mut Vm, v: &Value, name: &str) -> PyResult<Option<Value>> {
    if !matches!(v, Value::Instance(_)) {
        return Ok(None);
    }
    let cls = vm.type_of(v);
    match cls.lookup_str(name) {
        Some(m) => vm.bind(m, v, &cls).map(Some),
        None => Ok(None),
    }
}

fn isinstance(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let p = ISINSTANCE.positional(&args)?;
    // One class, the common case: no list of classes to build.
    if let Value::Class(c) = &p[1] {
        let found = isinstance_of_class(vm, &p[0], c)?;
        return Ok(Value::Bool(found));
    }
    let mut classes = Vec::new();
    if !classinfo(vm, &p[1], &mut classes)? {
        if let Some(check) = instance_hook(vm, &p[1], "__instancecheck__")? {
            let r = vm.call_args(&check, vec![p[0].clone()])?;
            return Ok(Value::Bool(vm.truthy(&r)?));
        }
        return Err(type_error(
            "isinstance() arg 2 must be a type, a tuple of types, or a union",
        ));
    }
    for c in &classes {
        if isinstance_of_class(vm, &p[0], c)? {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

/// `isinstance(v, c)` for one class, as CPython's `PyObject_IsInstance`: the exact type
/// answers at once, then the metaclass's `__instancecheck__` if it has its own, then the
/// MRO and a `__class__` the instance claims.
fn isinstance_of_class(vm: &mut Vm, v: &Value, c: &Rc<Class>) -> PyResult<bool> {
    if vm.isinstance(v, c) && (c.meta.is_none() || Rc::ptr_eq(&vm.type_of(v), c)) {
        return Ok(true);
    }
    if crate::vm::metaclass::instance_check(vm, v, c)? {
        return Ok(true);
    }
    claimed_class_is(vm, v, c)
}

/// An instance may claim another class through `__class__` (a property, as mocks with a
/// spec do); isinstance consults it, as CPython's does, when the type does not match.
fn claimed_class_is(vm: &mut Vm, v: &Value, class: &Rc<Class>) -> PyResult<bool> {
    let Value::Instance(inst) = v else {
        return Ok(false);
    };
    // Only a `__class__` other than object's own getter can claim anything (looked up
    // through the method cache by the interned name: one probe).
    let Some(found) = inst.class.lookup(&vm.names.class_) else {
        return Ok(false);
    };
    if is_objects_class_getter(&found) {
        return Ok(false);
    }
    let Some(Value::Class(claimed)) = vm.getattr_opt(v, "__class__")? else {
        return Ok(false);
    };
    if Rc::ptr_eq(&claimed, &inst.class) {
        return Ok(false);
    }
    Ok(claimed.is_subclass(class))
}

/// `object.__class__`, the getter every class inherits (it claims nothing).
fn is_objects_class_getter(v: &Value) -> bool {
    let Value::Native(n) = v else {
        return false;
    };
    matches!(&n.data, NativeData::Property { fget: Value::Builtin(b), .. }
        if b.owner == Some("object") && b.name == "__class__")
}

fn issubclass(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let p = ISSUBCLASS.positional(&args)?;
    let Value::Class(_) = &p[0] else {
        return Err(type_error("issubclass() arg 1 must be a class"));
    };
    let mut classes = Vec::new();
    if !classinfo(vm, &p[1], &mut classes)? {
        if let Some(check) = instance_hook(vm, &p[1], "__subclasscheck__")? {
            let r = vm.call_args(&check, vec![p[0].clone()])?;
            return Ok(Value::Bool(vm.truthy(&r)?));
        }
        return Err(type_error(
            "issubclass() arg 2 must be a class, a tuple of classes, or a union",
        ));
    }
    for c in &classes {
        if crate::vm::metaclass::subclass_check(vm, &p[0], c)? {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

fn attr_name(vm: &Vm, v: &Value) -> PyResult<String> {
    match as_str(v) {
        Some(s) => Ok(s.as_str().to_string()),
        None => Err(type_error(format!(
            "attribute name must be string, not '{}'",
            type_name(vm, v)
        ))),
    }
}

fn hasattr(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let p = HASATTR.positional(&args)?;
    let name = attr_name_ref(vm, &p[1])?;
    Ok(Value::Bool(vm.getattr_opt_str(&p[0], &name)?.is_some()))
}

fn getattr(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let p = GETATTR.positional(&args)?;
    let name = attr_name_ref(vm, &p[1])?;
    match p.get(2) {
        None => vm.getattr_str(&p[0], &name),
        Some(default) => Ok(vm
            .getattr_opt_str(&p[0], &name)?
            .unwrap_or_else(|| default.clone())),
    }
}

/// The name argument of `getattr`/`hasattr` as the str it is (no copy of its text).
fn attr_name_ref(vm: &Vm, v: &Value) -> PyResult<crate::runtime::str::StrRef> {
    match v {
        Value::Str(s) => Ok(s.clone()),
        _ => attr_name(vm, v).map(|s| crate::runtime::str::PyStr::new(&s)),
    }
}

fn setattr(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let p = SETATTR.positional(&args)?;
    let name = attr_name(vm, &p[1])?;
    vm.setattr(&p[0], &name, p[2].clone())?;
    Ok(Value::None)
}

fn delattr(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let p = DELATTR.positional(&args)?;
    let name = attr_name(vm, &p[1])?;
    vm.delattr(&p[0], &name)?;
    Ok(Value::None)
}

fn vars(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let p = VARS.positional(&args)?;
    let Some(object) = p.first() else {
        // Without an argument the call site answers (vm::frame_builtins).
        return Err(crate::runtime::error::runtime_error("no current frame"));
    };
    match vm.getattr_opt(object, "__dict__")? {
        Some(d) => Ok(d),
        None => Err(type_error("vars() argument must have __dict__ attribute")),
    }
}

/// The attribute names `dir(x)` lists: the instance dict, then the class and its MRO.
fn dir(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let p = DIR.positional(&args)?;
    let Some(object) = p.first() else {
        // Without an argument the call site answers (vm::frame_builtins).
        return Err(crate::runtime::error::runtime_error("no current frame"));
    };
    let v = object;
    // A class's __dir__, or a module's own (PEP 562), answers instead.
    let custom = match v {
        Value::Instance(inst)
            if inst
                .class
                .lookup_str("__dir__")
                .is_some_and(|m| !super::object_methods::is_objects(&m)) =>
        {
            Some(vm.getattr(v, "__dir__")?)
        }
        Value::Native(n) => match &n.data {
            NativeData::Module(m) => m.dict.get_by_str("__dir__"),
            _ => None,
        },
        _ => None,
    };
    if let Some(m) = custom {
        let r = vm.call_args(&m, vec![])?;
        let mut items = vm.collect(&r)?;
        super::sort::sort_values(vm, &mut items, None, false)?;
        return Ok(Value::list(items));
    }
    let mut names = super::object_methods::attribute_names(vm, v);
    super::sort::sort_values(vm, &mut names, None, false)?;
    Ok(Value::list(names))
}

fn format(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let p = FORMAT.positional(&args)?;
    let spec = match p.get(1) {
        None => None,
        Some(s) => match as_str(s) {
            Some(s) => Some(s),
            None => {
                return Err(type_error(format!(
                    "format() argument 2 must be str, not {}",
                    super::arg_type_name(vm, s)
                )))
            }
        },
    };
    vm.format_to_value(&p[0], spec.as_ref().map_or("", |s| s.as_str()))
}

/// `getattr(x, name)` raising CPython's message (for builtins that look up dunders).
#[cold]
pub fn no_attribute(vm: &Vm, v: &Value, name: &str) -> crate::runtime::error::PyErr {
    attribute_error(format!(
        "'{}' object has no attribute '{name}'",
        type_name(vm, v)
    ))
}

/// A float argument for builtins that take "real numbers" (used by math too).
pub fn real(vm: &mut Vm, v: &Value) -> PyResult<f64> {
    float_arg(vm, v)
}
