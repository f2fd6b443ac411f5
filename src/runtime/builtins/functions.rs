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
use crate::runtime::function::{arity_error, Args};
use crate::runtime::io::std_streams;
use crate::runtime::native::NativeData;
use crate::runtime::types::types;
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

/// Exactly one positional argument and no keywords.
fn one<'a>(args: &Args<'a>, fname: &str) -> PyResult<&'a Value> {
    args.no_kw(fname)?;
    let pos = args.pos();
    if pos.len() != 1 {
        return Err(type_error(format!(
            "{fname}() takes exactly one argument ({} given)",
            pos.len()
        )));
    }
    Ok(&pos[0])
}

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
    args.only_kw("print", &["sep", "end", "file", "flush"])?;
    let sep = str_or_none(vm, args.get_kw("sep"), "sep", " ")?;
    let end = str_or_none(vm, args.get_kw("end"), "end", "\n")?;
    let flush = match args.get_kw("flush") {
        Some(f) => vm.truthy(f)?,
        None => false,
    };
    let target = match args.get_kw("file") {
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
    let v = one(&args, "len")?;
    Ok(Value::Int(vm.len(v)? as i64))
}

fn repr(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let v = one(&args, "repr")?;
    Ok(Value::from_string(vm.repr(v)?))
}

pub use crate::vm::repr::ascii_escape;

fn ascii(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let v = one(&args, "ascii")?;
    let r = vm.repr(v)?;
    Ok(Value::from_string(ascii_escape(&r)))
}

fn abs(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let v = one(&args, "abs")?;
    match v {
        Value::Int(i) => Ok(match i.checked_abs() {
            Some(a) => Value::Int(a),
            None => int_value(Int::Small(*i).abs()),
        }),
        Value::Bool(b) => Ok(Value::Int(*b as i64)),
        Value::BigInt(b) => Ok(int_value(Int::Big(b.clone()).abs())),
        Value::Float(f) => Ok(Value::Float(f.abs())),
        _ => match vm.getattr_opt(v, "__abs__")? {
            Some(m) if matches!(v, Value::Instance(_)) => vm.call_args(&m, vec![]),
            _ => Err(type_error(format!(
                "bad operand type for abs(): '{}'",
                type_name(vm, v)
            ))),
        },
    }
}

fn round(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    args.only_kw("round", &["number", "ndigits"])?;
    let pos = args.pos();
    let number = match (pos.first(), args.get_kw("number")) {
        (Some(n), _) | (None, Some(n)) => n,
        (None, None) => {
            return Err(type_error(
                "round() missing required argument 'number' (pos 1)",
            ))
        }
    };
    if pos.len() > 2 {
        return Err(type_error(format!(
            "round() takes at most 2 arguments ({} given)",
            pos.len()
        )));
    }
    let ndigits = pos
        .get(1)
        .or(args.get_kw("ndigits"))
        .filter(|v| !v.is_none());
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
    args.no_kw("divmod")?;
    let p = args.check_pos("divmod", 2, 2)?;
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
            if !r.is(&types().not_implemented) {
                return Ok(r);
            }
        }
    }
    if let Some(m) = vm.getattr_opt(b, "__rdivmod__")? {
        if matches!(b, Value::Instance(_)) {
            let r = vm.call_args(&m, vec![a.clone()])?;
            if !r.is(&types().not_implemented) {
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
    args.only_kw("pow", &["base", "exp", "mod"])?;
    let pos = args.pos();
    let base = pos.first().or(args.get_kw("base"));
    let exp = pos.get(1).or(args.get_kw("exp"));
    let modulus = pos.get(2).or(args.get_kw("mod"));
    let (Some(base), Some(exp)) = (base, exp) else {
        return Err(arity_error("pow", 2, 3, pos.len()));
    };
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
    if matches!(base, Value::Instance(_)) {
        if let Some(method) = vm.getattr_opt(base, "__pow__")? {
            let r = vm.call_args(&method, vec![exp.clone(), m.clone()])?;
            if !r.is(&types().not_implemented) {
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
    let v = one(&args, "hash")?;
    Ok(Value::Int(vm.hash(v)?))
}

fn id(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let v = one(&args, "id")?;
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

fn radix_fn(vm: &mut Vm, args: Args<'_>, name: &str, radix: u32, prefix: &str) -> PyResult<Value> {
    let v = one(&args, name)?;
    let i = index_int(vm, v)?;
    Ok(Value::from_string(int_radix(&i, radix, prefix)))
}

fn hex(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    radix_fn(vm, args, "hex", 16, "0x")
}

fn oct(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    radix_fn(vm, args, "oct", 8, "0o")
}

fn bin(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    radix_fn(vm, args, "bin", 2, "0b")
}

fn ord(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let v = one(&args, "ord")?;
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
    let v = one(&args, "chr")?;
    let i = index_int(vm, v)?;
    let c = i
        .to_i64()
        .and_then(|n| u32::try_from(n).ok())
        .filter(|n| *n < 0x110000);
    let Some(n) = c else {
        return Err(chr_range());
    };
    match char::from_u32(n) {
        Some(c) => Ok(Value::from_string(c.to_string())),
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
        Value::Instance(i) => i.class.lookup_str("__call__").is_some(),
        Value::Native(n) => match &n.data {
            NativeData::Partial { .. } | NativeData::LruCache(_) => true,
            _ => n.class.lookup_str("__call__").is_some(),
        },
        _ => {
            let _ = vm;
            false
        }
    })
}

fn callable(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let v = one(&args, "callable")?;
    Ok(Value::Bool(is_callable(vm, v)?))
}

fn input(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    args.no_kw("input")?;
    let pos = args.check_pos("input", 0, 1)?;
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
fn instance_hook(vm: &mut Vm, v: &Value, name: &str) -> Option<Value> {
    if !matches!(v, Value::Instance(_)) {
        return None;
    }
    let m = vm.type_of(v).lookup_str(name)?;
    Some(Value::BoundMethod(Rc::new(
        crate::runtime::function::BoundMethod {
            func: m,
            receiver: v.clone(),
        },
    )))
}

fn isinstance(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    args.no_kw("isinstance")?;
    let p = args.check_pos("isinstance", 2, 2)?;
    let mut classes = Vec::new();
    if !classinfo(vm, &p[1], &mut classes)? {
        if let Some(check) = instance_hook(vm, &p[1], "__instancecheck__") {
            let r = vm.call_args(&check, vec![p[0].clone()])?;
            return Ok(Value::Bool(vm.truthy(&r)?));
        }
        return Err(type_error(
            "isinstance() arg 2 must be a type, a tuple of types, or a union",
        ));
    }
    for c in &classes {
        if crate::vm::metaclass::instance_check(vm, &p[0], c)? {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

fn issubclass(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    args.no_kw("issubclass")?;
    let p = args.check_pos("issubclass", 2, 2)?;
    let Value::Class(_) = &p[0] else {
        return Err(type_error("issubclass() arg 1 must be a class"));
    };
    let mut classes = Vec::new();
    if !classinfo(vm, &p[1], &mut classes)? {
        if let Some(check) = instance_hook(vm, &p[1], "__subclasscheck__") {
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
    args.no_kw("hasattr")?;
    let p = args.check_pos("hasattr", 2, 2)?;
    let name = attr_name(vm, &p[1])?;
    Ok(Value::Bool(vm.getattr_opt(&p[0], &name)?.is_some()))
}

fn getattr(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    args.no_kw("getattr")?;
    let p = args.check_pos("getattr", 2, 3)?;
    let name = attr_name(vm, &p[1])?;
    match p.get(2) {
        None => vm.getattr(&p[0], &name),
        Some(default) => Ok(vm
            .getattr_opt(&p[0], &name)?
            .unwrap_or_else(|| default.clone())),
    }
}

fn setattr(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    args.no_kw("setattr")?;
    let p = args.check_pos("setattr", 3, 3)?;
    let name = attr_name(vm, &p[1])?;
    vm.setattr(&p[0], &name, p[2].clone())?;
    Ok(Value::None)
}

fn delattr(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    args.no_kw("delattr")?;
    let p = args.check_pos("delattr", 2, 2)?;
    let name = attr_name(vm, &p[1])?;
    vm.delattr(&p[0], &name)?;
    Ok(Value::None)
}

fn vars(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    args.no_kw("vars")?;
    let p = args.check_pos("vars", 1, 1)?;
    match vm.getattr_opt(&p[0], "__dict__")? {
        Some(d) => Ok(d),
        None => Err(type_error("vars() argument must have __dict__ attribute")),
    }
}

/// The attribute names `dir(x)` lists: the instance dict, then the class and its MRO.
fn dir(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    args.no_kw("dir")?;
    let p = args.check_pos("dir", 1, 1)?;
    let v = &p[0];
    if let Value::Instance(inst) = v {
        if inst.class.lookup_str("__dir__").is_some() {
            let m = vm.getattr(v, "__dir__")?;
            let r = vm.call_args(&m, vec![])?;
            let mut items = vm.collect(&r)?;
            super::sort::sort_values(vm, &mut items, None, false)?;
            return Ok(Value::list(items));
        }
    }
    let mut names: Vec<String> = Vec::new();
    let mut add_dict = |d: &PyDict| {
        for k in d.keys() {
            if let Value::Str(s) = k {
                names.push(s.as_str().to_string());
            }
        }
    };
    match v {
        Value::Instance(i) => add_dict(&i.dict()),
        Value::Native(n) => {
            if let NativeData::Module(m) = &n.data {
                add_dict(&m.dict);
            }
        }
        Value::Function(f) => add_dict(&f.dict),
        _ => {}
    }
    let cls = match v {
        Value::Class(c) => c.clone(),
        other => vm.type_of(other),
    };
    let is_module = matches!(v, Value::Native(n) if matches!(n.data, NativeData::Module(_)));
    if !is_module {
        for c in cls.mro() {
            add_dict(&c.dict);
        }
    }
    names.sort();
    names.dedup();
    Ok(Value::list(
        names.into_iter().map(Value::from_string).collect(),
    ))
}

fn format(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    args.no_kw("format")?;
    let p = args.check_pos("format", 1, 2)?;
    let spec = match p.get(1) {
        None => String::new(),
        Some(s) => match as_str(s) {
            Some(s) => s.as_str().to_string(),
            None => {
                return Err(type_error(format!(
                    "format() argument 2 must be str, not {}",
                    type_name(vm, s)
                )))
            }
        },
    };
    Ok(Value::from_string(vm.format(&p[0], &spec)?))
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
