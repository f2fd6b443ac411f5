//! Text conversions: `repr()`, `str()`, f-string fields (`format()` with conversions) and
//! `%`-formatting, for builtin values natively and through `__repr__`/`__str__`/
//! `__format__` for instances. Containers guard against cycles (`[[...]]`) and against
//! nesting deeper than the recursion limit.

use super::Vm;
use crate::runtime::class::Payload;
use crate::runtime::error::{type_error, PyResult};
use crate::runtime::native::NativeData;
use crate::runtime::value::Value;

/// CPython's `repr(float)`: shortest round-trip digits, exponent form below 1e-4 and
/// from 1e16.
pub fn float_repr(x: f64) -> String {
    if x.is_nan() {
        return "nan".into();
    }
    if x.is_infinite() {
        return if x > 0.0 { "inf".into() } else { "-inf".into() };
    }
    if x == 0.0 {
        return if x.is_sign_negative() {
            "-0.0".into()
        } else {
            "0.0".into()
        };
    }
    let (d, exp) = crate::numeric::float_shortest::shortest(x);
    let text = crate::numeric::digits::Digits::decimal_of(d);
    let digits = text.as_str();
    let mut out = String::with_capacity(24);
    if x < 0.0 {
        out.push('-');
    }
    if (-4..16).contains(&exp) {
        if exp >= 0 {
            let point = exp as usize + 1;
            if digits.len() <= point {
                out.push_str(digits);
                out.extend(std::iter::repeat_n('0', point - digits.len()));
                out.push_str(".0");
            } else {
                out.push_str(&digits[..point]);
                out.push('.');
                out.push_str(&digits[point..]);
            }
        } else {
            out.push_str("0.");
            out.extend(std::iter::repeat_n('0', (-exp - 1) as usize));
            out.push_str(digits);
        }
    } else {
        out.push_str(&digits[..1]);
        if digits.len() > 1 {
            out.push('.');
            out.push_str(&digits[1..]);
        }
        out.push('e');
        out.push(if exp < 0 { '-' } else { '+' });
        let e = exp.unsigned_abs();
        if e < 10 {
            out.push('0');
        }
        out.push_str(crate::numeric::digits::Digits::decimal_of(u64::from(e)).as_str());
    }
    out
}

/// `str(i)` of a machine-word int, its digits written on the stack and copied once.
pub fn int_str_value(i: i64) -> Value {
    let digits = crate::numeric::digits::Digits::decimal_of(i.unsigned_abs());
    let d = digits.as_str();
    let sign = if i < 0 { "-" } else { "" };
    let n = sign.len() + d.len();
    Value::Str(crate::runtime::str::PyStr::from_pieces(n, n, [sign, d]))
}

/// CPython's `repr(str)` (kept in the numeric module, which needs it for messages).
pub use crate::numeric::str_repr;

impl Vm {
    pub fn repr(&mut self, v: &Value) -> PyResult<String> {
        Ok(match v {
            Value::None => "None".into(),
            Value::Bool(b) => if *b { "True" } else { "False" }.into(),
            Value::Int(i) => {
                let mut text = String::with_capacity(20);
                crate::numeric::digits::push_i64(&mut text, *i);
                text
            }
            // CPython's 4300-digit limit on int-to-str applies to repr too.
            Value::BigInt(b) => crate::numeric::parse::int_to_decimal(
                &crate::numeric::Int::Big(b.clone()),
                self.int_max_str_digits,
            )
            .map_err(crate::runtime::builtins::num_err)?,
            Value::Float(f) => float_repr(*f),
            Value::Str(s) => str_repr(s.as_str()),
            Value::List(l) => {
                let items = l.snapshot();
                return self.seq_repr(v, "[", "]", &items, false);
            }
            Value::Tuple(t) => {
                let items = t.items.to_vec();
                return self.seq_repr(v, "(", ")", &items, items.len() == 1);
            }
            Value::Dict(d) => {
                if d.is_empty() {
                    return Ok("{}".into());
                }
                let id = v.id() as usize;
                if self.repr_guard.contains(&id) {
                    return Ok("{...}".into());
                }
                self.enter_native_recursion(" while getting the repr of an object")?;
                self.repr_guard.push(id);
                let result = (|| {
                    let mut out = String::from("{");
                    for (i, (k, val)) in d.items().into_iter().enumerate() {
                        if i > 0 {
                            out.push_str(", ");
                        }
                        out.push_str(&self.repr(&k)?);
                        out.push_str(": ");
                        out.push_str(&self.repr(&val)?);
                    }
                    out.push('}');
                    Ok(out)
                })();
                self.repr_guard.pop();
                self.depth -= 1;
                return result;
            }
            Value::Set(s) => {
                let name = if s.frozen { "frozenset" } else { "set" };
                if s.is_empty() {
                    return Ok(format!("{name}()"));
                }
                let items = s.items();
                let inner = self.seq_repr(v, "{", "}", &items, false)?;
                return Ok(if s.frozen {
                    format!("frozenset({inner})")
                } else {
                    inner
                });
            }
            Value::Function(f) => format!("<function {} at {:#x}>", f.qualname.borrow(), v.id()),
            Value::BoundMethod(bm) => {
                let fname = match &bm.func {
                    Value::Function(f) => f.qualname.borrow().to_string(),
                    other => self
                        .getattr(other, "__qualname__")
                        .and_then(|q| self.str(&q))
                        .unwrap_or_default(),
                };
                let recv = self.repr(&bm.receiver)?;
                format!("<bound method {fname} of {recv}>")
            }
            Value::Builtin(b) => match &b.bound {
                Some(recv) if !matches!(recv, Value::Native(n) if matches!(n.data, NativeData::Module(_))) =>
                {
                    format!(
                        "<built-in method {} of {} object at {:#x}>",
                        b.name,
                        self.type_of(recv).tp_name(),
                        recv.id()
                    )
                }
                _ => format!("<built-in function {}>", b.name),
            },
            Value::Class(c) => {
                if c.meta.is_some() {
                    if let Some(m) = super::metaclass::class_meta_method(v, "__repr__") {
                        return self.text_dunder(&m, v, "__repr__");
                    }
                }
                let module = c.module.borrow().clone();
                if &*module == "builtins" {
                    format!("<class '{}'>", c.qualname.borrow())
                } else {
                    format!("<class '{}.{}'>", module, c.qualname.borrow())
                }
            }
            Value::Instance(_) => return self.instance_repr(v),
            Value::Generator(g) => format!(
                "<{} object {} at {:#x}>",
                g.noun().replace(' ', "_"),
                g.qualname(),
                v.id()
            ),
            Value::Iter(it) => match self.count_repr(it) {
                Some(r) => r?,
                None => format!("<{} object at {:#x}>", it.type_name(), v.id()),
            },
            Value::Native(n) => match &n.data {
                NativeData::Module(m) => return self.module_repr(&m.name, &m.dict.clone()),
                NativeData::Range { start, stop, step } => {
                    if *step == 1 {
                        format!("range({start}, {stop})")
                    } else {
                        format!("range({start}, {stop}, {step})")
                    }
                }
                NativeData::BigRange(r) => r.repr(),
                NativeData::Slice { start, stop, step } => format!(
                    "slice({}, {}, {})",
                    self.repr(start)?,
                    self.repr(stop)?,
                    self.repr(step)?
                ),
                NativeData::Singleton(name) => (*name).to_string(),
                NativeData::Cell(c) => match &*c.borrow() {
                    None => format!("<cell at {:#x}: empty>", v.id()),
                    Some(x) => format!(
                        "<cell at {:#x}: {} object at {:#x}>",
                        v.id(),
                        self.type_of(x).name(),
                        x.id()
                    ),
                },
                NativeData::Complex(z) => crate::numeric::complex_format::repr(*z),
                NativeData::Bytes(b) => bytes_repr(b),
                NativeData::ByteArray(b) => {
                    format!("bytearray({})", bytes_repr_quoting(&b.borrow(), true))
                }
                NativeData::MemoryView(_) => crate::runtime::builtins::memoryview_type::repr(v),
                NativeData::Partial { func, args, kwargs } => {
                    let mut parts = vec![self.repr(func)?];
                    for a in args {
                        parts.push(self.repr(a)?);
                    }
                    for (k, val) in kwargs.items() {
                        let ks = self.str(&k)?;
                        parts.push(format!("{ks}={}", self.repr(&val)?));
                    }
                    format!("functools.partial({})", parts.join(", "))
                }
                _ => {
                    let cls = self.type_of(v);
                    if let Some(m) = cls.lookup_str("__repr__") {
                        let r = self.call_special(&m, &cls, [v.clone()])?;
                        return self.str(&r);
                    }
                    format!("<{} object at {:#x}>", n.class.name(), v.id())
                }
            },
        })
    }

    fn seq_repr(
        &mut self,
        v: &Value,
        open: &str,
        close: &str,
        items: &[Value],
        trailing_comma: bool,
    ) -> PyResult<String> {
        let id = v.id() as usize;
        if self.repr_guard.contains(&id) {
            return Ok(format!("{open}...{close}"));
        }
        self.enter_native_recursion(" while getting the repr of an object")?;
        self.repr_guard.push(id);
        let result = (|| {
            let mut out = String::from(open);
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                out.push_str(&self.repr(item)?);
            }
            if trailing_comma {
                out.push(',');
            }
            out.push_str(close);
            Ok(out)
        })();
        self.repr_guard.pop();
        self.depth -= 1;
        result
    }

    fn instance_repr(&mut self, v: &Value) -> PyResult<String> {
        let cls = self.type_of(v);
        // Only object's generic repr is replaced by the builtin value's.
        let generic = cls
            .lookup_owner(&crate::runtime::str::PyStr::new("__repr__"))
            .is_none_or(|owner| std::rc::Rc::ptr_eq(&owner, &self.types().object));
        if generic {
            // Subclasses of builtin types show the builtin value.
            if let Value::Instance(inst) = v {
                if let Payload::Base(base) = inst.payload() {
                    let base = base.borrow().clone();
                    if !base.is_none() {
                        return self.repr(&base);
                    }
                }
            }
        }
        if let Some(m) = cls.lookup_str("__repr__") {
            self.enter_native_recursion(" while getting the repr of an object")?;
            let r = self.call_special(&m, &cls, [v.clone()]);
            self.depth -= 1;
            let r = r?;
            return match r {
                Value::Str(s) => Ok(s.as_str().to_string()),
                other => Err(type_error(format!(
                    "__repr__ returned non-string (type {})",
                    self.type_of(&other).name()
                ))),
            };
        }
        if let Value::Instance(inst) = v {
            if let Payload::Exception(d) = inst.payload() {
                let args = d.borrow().args.clone();
                let inner = match &args {
                    Value::Tuple(t) if t.items.len() == 1 => self.repr(&t.items[0])?,
                    Value::Tuple(t) => {
                        let parts: PyResult<Vec<String>> =
                            t.items.iter().map(|a| self.repr(a)).collect();
                        parts?.join(", ")
                    }
                    other => self.repr(other)?,
                };
                return Ok(format!("{}({inner})", cls.name()));
            }
        }
        let module = cls.module.borrow().clone();
        Ok(format!(
            "<{}.{} object at {:#x}>",
            module,
            cls.qualname.borrow(),
            v.id()
        ))
    }

    /// Call `__repr__`/`__str__` method `m` on `v`; it must return a str.
    fn text_dunder(&mut self, m: &Value, v: &Value, which: &str) -> PyResult<String> {
        let cls = self.type_of(v);
        match self.call_special(m, &cls, [v.clone()])? {
            Value::Str(s) => Ok(s.as_str().to_string()),
            other => Err(type_error(format!(
                "{which} returned non-string (type {})",
                self.type_of(&other).name()
            ))),
        }
    }

    /// `str(v)`.
    pub fn str(&mut self, v: &Value) -> PyResult<String> {
        match v {
            Value::Str(s) => Ok(s.as_str().to_string()),
            Value::Instance(inst) => {
                let cls = inst.class.clone();
                if let Some(m) = cls.lookup_str("__str__") {
                    return self.text_dunder(&m, v, "__str__");
                }
                if let Payload::Exception(d) = inst.payload() {
                    {
                        let args = d.borrow().args.clone();
                        return match &args {
                            Value::Tuple(t) if t.items.is_empty() => Ok(String::new()),
                            Value::Tuple(t) if t.items.len() == 1 => {
                                if cls.is_subclass(&self.types().key_error) {
                                    self.repr(&t.items[0])
                                } else {
                                    self.str(&t.items[0])
                                }
                            }
                            other => self.repr(other),
                        };
                    }
                }
                self.repr(v)
            }
            _ => self.repr(v),
        }
    }

    /// An f-string field: conversion (0 none, 1 str, 2 repr, 3 ascii) then format spec.
    pub(crate) fn format_value(
        &mut self,
        v: &Value,
        conversion: u32,
        spec: Option<&Value>,
    ) -> PyResult<Value> {
        let converted;
        let v = match conversion {
            1 => {
                converted = self.str_value(v)?;
                &converted
            }
            2 => {
                converted = Value::from_string(self.repr(v)?);
                &converted
            }
            3 => {
                converted = Value::from_string(ascii_escape(&self.repr(v)?));
                &converted
            }
            _ => v,
        };
        let spec_str = match spec {
            Some(Value::Str(s)) => s.as_str(),
            _ => "",
        };
        self.format_to_value(v, spec_str)
    }

    /// `str(v)` as a value: a str is itself; an int's or a float's text is written
    /// straight into the new string.
    pub fn str_value(&mut self, v: &Value) -> PyResult<Value> {
        match v {
            Value::Str(_) => Ok(v.clone()),
            Value::Int(i) => Ok(int_str_value(*i)),
            Value::Float(f) => {
                let text = float_repr(*f);
                // ASCII: digits, sign, point, exponent, inf, nan.
                let chars = text.len();
                Ok(Value::Str(crate::runtime::str::PyStr::with_chars(
                    &text, chars,
                )))
            }
            _ => Ok(Value::from_string(self.str(v)?)),
        }
    }

    /// `format(v, spec)` as a value: an instance's `__format__`, `str(v)` for an empty
    /// spec, the builtin formatting otherwise.
    pub fn format_to_value(&mut self, v: &Value, spec: &str) -> PyResult<Value> {
        match v {
            Value::Instance(_) => Ok(Value::from_string(self.format(v, spec)?)),
            Value::Str(_) if spec.is_empty() => Ok(v.clone()),
            _ if spec.is_empty() => self.str_value(v),
            _ => crate::runtime::format::format_builtin_value(self, v, spec),
        }
    }

    /// `format(v, spec)`.
    pub fn format(&mut self, v: &Value, spec: &str) -> PyResult<String> {
        if let Value::Instance(_) = v {
            let cls = self.type_of(v);
            if let Some(m) = cls.lookup_str("__format__") {
                let r = self.call_special(&m, &cls, [v.clone(), Value::str(spec)])?;
                let result_type = self.type_of(&r);
                if !result_type.is_subclass(&self.types().str) {
                    return Err(type_error(format!(
                        "__format__ must return a str, not {}",
                        result_type.name()
                    )));
                }
                return self.str(&r);
            }
            if spec.is_empty() {
                return self.str(v);
            }
            return Err(type_error(format!(
                "unsupported format string passed to {}.__format__",
                cls.name()
            )));
        }
        if spec.is_empty() {
            return self.str(v);
        }
        crate::runtime::format::format_builtin(self, v, spec)
    }

    /// `fmt % args`.
    pub fn percent_format(&mut self, fmt: &str, args: &Value) -> PyResult<String> {
        crate::runtime::format::percent_format(self, fmt, args)
    }
}

/// `ascii()`: the repr with non-ASCII characters escaped.
pub fn ascii_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        let n = c as u32;
        if n < 0x80 {
            out.push(c);
        } else if n <= 0xff {
            out.push_str(&format!("\\x{n:02x}"));
        } else if n <= 0xffff {
            out.push_str(&format!("\\u{n:04x}"));
        } else {
            out.push_str(&format!("\\U{n:08x}"));
        }
    }
    out
}

pub fn bytes_repr(b: &[u8]) -> String {
    bytes_repr_quoting(b, false)
}

/// `bytes_repr`, escaping `'` even inside double quotes when `always_escape_single`
/// (bytearray's repr does: `bytearray(b"\'")`).
fn bytes_repr_quoting(b: &[u8], always_escape_single: bool) -> String {
    let quote = if b.contains(&b'\'') && !b.contains(&b'"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::from("b");
    out.push(quote);
    for &c in b {
        match c {
            b'\\' => out.push_str("\\\\"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            c if c as char == quote || (always_escape_single && c == b'\'') => {
                out.push('\\');
                out.push(c as char);
            }
            0x20..=0x7e => out.push(c as char),
            c => out.push_str(&format!("\\x{c:02x}")),
        }
    }
    out.push(quote);
    out
}

impl Vm {
    /// CPython's module repr: from the spec (`from 'origin'` for a file, `(built-in)`,
    /// `(frozen)`, or the loader), else from `__file__`.
    fn module_repr(&mut self, name: &str, dict: &crate::runtime::dict::PyDict) -> PyResult<String> {
        let name = match dict.get_by_str("__name__") {
            Some(Value::Str(s)) => s.as_str().to_string(),
            _ => name.to_string(),
        };
        if let Some(spec) = dict.get_by_str("__spec__").filter(|s| !s.is_none()) {
            let origin = self.getattr_opt(&spec, "origin")?.unwrap_or(Value::None);
            if origin.is_none() {
                let loader = self.getattr_opt(&spec, "loader")?.unwrap_or(Value::None);
                if loader.is_none() {
                    return Ok(format!("<module '{name}'>"));
                }
                return Ok(format!("<module '{name}' ({})>", self.repr(&loader)?));
            }
            let origin = self.str(&origin)?;
            let located = self.getattr_opt(&spec, "has_location")?;
            if located.is_some_and(|v| matches!(v, Value::Bool(true))) {
                return Ok(format!("<module '{name}' from '{origin}'>"));
            }
            return Ok(format!("<module '{name}' ({origin})>"));
        }
        match dict.get_by_str("__file__") {
            Some(Value::Str(file)) => Ok(format!("<module '{name}' from '{}'>", file.as_str())),
            _ if crate::vm::import::is_builtin_module(&name) => {
                Ok(format!("<module '{name}' (built-in)>"))
            }
            _ => Ok(format!("<module '{name}'>")),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn float_repr_matches_cpython() {
        for (x, s) in [
            (0.1 + 0.2, "0.30000000000000004"),
            (1e16, "1e+16"),
            (1e-5, "1e-05"),
            (100.0, "100.0"),
            (1.5, "1.5"),
            (-0.0, "-0.0"),
            (123456789012345.6, "123456789012345.6"),
            (1e22, "1e+22"),
            (0.0001, "0.0001"),
            (1.2345e-7, "1.2345e-07"),
            (5e-324, "5e-324"),
            // Exactly halfway between two shortest candidates: the even digit wins.
            (-86150019609754.0 - 0.125, "-86150019609754.12"),
            (858190461265654.0 + 0.25, "858190461265654.2"),
        ] {
            assert_eq!(float_repr(x), s);
        }
    }

    #[test]
    fn str_repr_quotes_like_cpython() {
        assert_eq!(str_repr("a'b"), "\"a'b\"");
        assert_eq!(str_repr("a'b\""), "'a\\'b\"'");
        assert_eq!(str_repr("\n\x01"), "'\\n\\x01'");
    }
}
