//! `_json.encode`: the JSON encoder's hot path in Rust, for the speed of `json.dumps`. It
//! writes exactly what pylib's json.py writes (separators, indent, ensure_ascii, sort_keys,
//! skipkeys, allow_nan, check_circular, `default`) for the builtin types themselves;
//! subclasses of str/int/float/list/tuple/dict (whose methods a user may have changed)
//! and keys that sort_keys cannot order natively make it answer `NotImplemented`, and
//! json.py encodes those documents in Python. Not the decoder (see `json_scan`).

use crate::runtime::error::{type_error, value_error, PyResult};
use crate::runtime::function::Args;
use crate::runtime::value::Value;
use crate::vm::Vm;

/// `encode(o, ensure_ascii, indent, item_separator, key_separator, sort_keys, skipkeys,
/// allow_nan, check_circular, default)`: the JSON text, or NotImplemented.
pub(super) fn encode(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = crate::runtime::signature::module_positional(&args, "_json", "encode", 10, 10)?;
    let text = |v: &Value| v.as_pystr().map(|s| s.as_str().to_string());
    let (Some(item_sep), Some(key_sep)) = (text(&a[3]), text(&a[4])) else {
        return Ok(vm.types().not_implemented.clone());
    };
    let indent = match &a[2] {
        Value::None => None,
        v => match text(v) {
            Some(s) => Some(s),
            None => return Ok(vm.types().not_implemented.clone()),
        },
    };
    let mut enc = Encoder {
        out: String::new(),
        ascii: vm.truthy(&a[1])?,
        indent,
        item_sep,
        key_sep,
        sort_keys: vm.truthy(&a[5])?,
        skipkeys: vm.truthy(&a[6])?,
        allow_nan: vm.truthy(&a[7])?,
        markers: vm.truthy(&a[8])?.then(Vec::new),
        default: a[9].clone(),
        depth: 0,
    };
    match enc.value(vm, &a[0], 0)? {
        true => Ok(Value::from_string(enc.out)),
        false => Ok(vm.types().not_implemented.clone()),
    }
}

/// A big int's decimal text, under the interpreter's digit limit (as `int.__repr__`).
fn big_int_text(vm: &Vm, b: &std::rc::Rc<num_bigint::BigInt>) -> PyResult<String> {
    let big = crate::numeric::Int::Big(b.clone());
    crate::numeric::parse::int_to_decimal(&big, vm.int_max_str_digits).map_err(super::num_err)
}

struct Encoder {
    out: String,
    ascii: bool,
    indent: Option<String>,
    item_sep: String,
    key_sep: String,
    sort_keys: bool,
    skipkeys: bool,
    allow_nan: bool,
    /// Ids of the containers being written, when check_circular is on.
    markers: Option<Vec<usize>>,
    default: Value,
    /// Containers open; counted with the VM's frames against the recursion limit.
    depth: usize,
}

/// Whether the document could be written natively (false: leave it to Python).
type Done = PyResult<bool>;

impl Encoder {
    fn value(&mut self, vm: &mut Vm, o: &Value, level: usize) -> Done {
        if self.depth + vm.depth > vm.recursion_limit {
            return Err(self.too_deep());
        }
        match o {
            Value::Str(s) => self.quote(s.as_str()),
            Value::None => self.out.push_str("null"),
            Value::Bool(true) => self.out.push_str("true"),
            Value::Bool(false) => self.out.push_str("false"),
            Value::Int(i) => self.out.push_str(&i.to_string()),
            Value::BigInt(b) => self.out.push_str(&big_int_text(vm, b)?),
            Value::Float(f) => {
                let t = self.float_text(*f)?;
                self.out.push_str(&t);
            }
            Value::List(l) => return self.array(vm, o, &l.snapshot(), level),
            Value::Tuple(t) => return self.array(vm, o, &t.items, level),
            Value::Dict(d) => return self.object(vm, o, d.items(), level),
            Value::Instance(i)
                if !matches!(i.payload(), crate::runtime::class::Payload::Base(_)) =>
            {
                return self.with_default(vm, o, level)
            }
            Value::Instance(_) => return Ok(false),
            _ => return self.with_default(vm, o, level),
        }
        Ok(true)
    }

    fn with_default(&mut self, vm: &mut Vm, o: &Value, level: usize) -> Done {
        self.enter(o)?;
        let replacement = vm.call_args(&self.default, vec![o.clone()])?;
        let done = self.value(vm, &replacement, level)?;
        self.leave();
        Ok(done)
    }

    /// CPython's C encoder counts each level " while encoding a JSON object"; with an
    /// indent its pure-Python encoder runs instead, whose frames count it as calls.
    #[cold]
    fn too_deep(&self) -> crate::runtime::error::PyErr {
        let what = if self.indent.is_some() {
            "while calling a Python object"
        } else {
            "while encoding a JSON object"
        };
        crate::runtime::error::recursion_error(format!("maximum recursion depth exceeded {what}"))
    }

    fn enter(&mut self, o: &Value) -> PyResult<()> {
        self.depth += 1;
        if let Some(m) = &mut self.markers {
            let id = o.id() as usize;
            if m.contains(&id) {
                return Err(value_error("Circular reference detected"));
            }
            m.push(id);
        }
        Ok(())
    }

    fn leave(&mut self) {
        self.depth -= 1;
        if let Some(m) = &mut self.markers {
            m.pop();
        }
    }

    fn float_text(&self, f: f64) -> PyResult<String> {
        let text = if f.is_nan() {
            "NaN"
        } else if f == f64::INFINITY {
            "Infinity"
        } else if f == f64::NEG_INFINITY {
            "-Infinity"
        } else {
            return Ok(crate::vm::repr::float_repr(f));
        };
        if !self.allow_nan {
            return Err(value_error(
                "Out of range float values are not JSON compliant",
            ));
        }
        Ok(text.to_string())
    }

    /// The opening bracket; the separator between items and the items' level.
    fn open(&mut self, bracket: char, level: usize) -> (String, usize) {
        self.out.push(bracket);
        match &self.indent {
            None => (self.item_sep.clone(), level),
            Some(ind) => {
                let newline = format!("\n{}", ind.repeat(level + 1));
                self.out.push_str(&newline);
                (format!("{}{newline}", self.item_sep), level + 1)
            }
        }
    }

    fn close(&mut self, bracket: char, level: usize) {
        if let Some(ind) = &self.indent {
            self.out.push('\n');
            self.out.push_str(&ind.repeat(level));
        }
        self.out.push(bracket);
    }

    fn array(&mut self, vm: &mut Vm, o: &Value, items: &[Value], level: usize) -> Done {
        if items.is_empty() {
            self.out.push_str("[]");
            return Ok(true);
        }
        self.enter(o)?;
        let (sep, inner) = self.open('[', level);
        for (n, item) in items.iter().enumerate() {
            if n > 0 {
                self.out.push_str(&sep);
            }
            if !self.value(vm, item, inner)? {
                return Ok(false);
            }
        }
        self.close(']', level);
        self.leave();
        Ok(true)
    }

    fn object(
        &mut self,
        vm: &mut Vm,
        o: &Value,
        mut items: Vec<(Value, Value)>,
        level: usize,
    ) -> Done {
        if items.is_empty() {
            self.out.push_str("{}");
            return Ok(true);
        }
        if self.sort_keys {
            if !items.iter().all(|(k, _)| matches!(k, Value::Str(_))) {
                return Ok(false);
            }
            items.sort_by(|(a, _), (b, _)| match (a, b) {
                (Value::Str(a), Value::Str(b)) => a.as_str().cmp(b.as_str()),
                _ => std::cmp::Ordering::Equal,
            });
        }
        self.enter(o)?;
        let (sep, inner) = self.open('{', level);
        let mut first = true;
        for (key, value) in &items {
            let key = match key {
                Value::Str(s) => s.as_str().to_string(),
                Value::Float(f) => self.float_text(*f)?,
                Value::Bool(true) => "true".into(),
                Value::Bool(false) => "false".into(),
                Value::None => "null".into(),
                Value::Int(i) => i.to_string(),
                Value::BigInt(b) => big_int_text(vm, b)?,
                Value::Instance(i)
                    if matches!(i.payload(), crate::runtime::class::Payload::Base(_)) =>
                {
                    return Ok(false)
                }
                _ if self.skipkeys => continue,
                other => {
                    return Err(type_error(format!(
                        "keys must be str, int, float, bool or None, not {}",
                        vm.type_of(other).name()
                    )))
                }
            };
            if !first {
                self.out.push_str(&sep);
            }
            first = false;
            self.quote(&key);
            self.out.push_str(&self.key_sep.clone());
            if !self.value(vm, value, inner)? {
                return Ok(false);
            }
        }
        self.close('}', level);
        self.leave();
        Ok(true)
    }

    fn quote(&mut self, s: &str) {
        let out = &mut self.out;
        out.push('"');
        for c in s.chars() {
            match c {
                '"' => out.push_str("\\\""),
                '\\' => out.push_str("\\\\"),
                '\n' => out.push_str("\\n"),
                '\r' => out.push_str("\\r"),
                '\t' => out.push_str("\\t"),
                '\u{8}' => out.push_str("\\b"),
                '\u{c}' => out.push_str("\\f"),
                c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
                c if self.ascii && (c as u32) > 0x7e => {
                    let n = c as u32;
                    if n < 0x10000 {
                        out.push_str(&format!("\\u{n:04x}"));
                    } else {
                        let n = n - 0x10000;
                        out.push_str(&format!(
                            "\\u{:04x}\\u{:04x}",
                            0xd800 | (n >> 10),
                            0xdc00 | (n & 0x3ff)
                        ));
                    }
                }
                c => out.push(c),
            }
        }
        out.push('"');
    }
}
