//! `_csv_scan.format_row`: the csv writer's row formatting in Rust (each field's text,
//! the quoting decision, doubling or escaping of special characters, the line
//! terminator), for the speed of `csv.writer(...).writerow`, which ran every character
//! of every field through Python code (about 5 times CPython's time per row).
//!
//! The Python `Writer` in pylib's `_csv.py` keeps the dialect and the call of the file's
//! `write`; this only turns one row into its line. Not the reader (`csv_scan`).

use crate::runtime::error::{type_error, PyErr, PyResult};
use crate::runtime::function::Args;
use crate::runtime::value::Value;
use crate::vm::Vm;

use super::csv_scan::{char_opt, QUOTE_ALL, QUOTE_NONE, QUOTE_NONNUMERIC};

/// A dialect's writing options.
struct Dialect {
    delimiter: char,
    quotechar: Option<char>,
    escapechar: Option<char>,
    doublequote: bool,
    quoting: i64,
    lineterminator: String,
}

impl Dialect {
    fn is_special(&self, c: char) -> bool {
        c == self.delimiter
            || Some(c) == self.escapechar
            || Some(c) == self.quotechar
            || self.lineterminator.contains(c)
    }

    /// Append `text` as one field to `out` (after a delimiter unless `first`), quoted
    /// when `quoted` or when a special character needs it; `Err` carries csv.Error's
    /// message.
    fn append_field(
        &self,
        out: &mut String,
        text: &str,
        mut quoted: bool,
        first: bool,
    ) -> Result<(), String> {
        let mut body = String::with_capacity(text.len());
        for c in text.chars() {
            if self.is_special(c) {
                let mut want_escape = false;
                if self.quoting == QUOTE_NONE {
                    want_escape = true;
                } else {
                    if Some(c) == self.quotechar {
                        if self.doublequote {
                            body.push(c);
                        } else {
                            want_escape = true;
                        }
                    } else if Some(c) == self.escapechar {
                        want_escape = true;
                    }
                    if !want_escape {
                        quoted = true;
                    }
                }
                if want_escape {
                    let Some(escape) = self.escapechar else {
                        return Err("need to escape, but no escapechar set".into());
                    };
                    body.push(escape);
                }
            }
            body.push(c);
        }
        if !first {
            out.push(self.delimiter);
        }
        match (quoted, self.quotechar) {
            (true, Some(q)) => {
                out.push(q);
                out.push_str(&body);
                out.push(q);
            }
            _ => out.push_str(&body),
        }
        Ok(())
    }
}

/// Whether `QUOTE_NONNUMERIC` leaves `v` unquoted: an int, float or complex, or an
/// object whose type has `__index__`, `__int__` or `__float__` (and is not a str).
fn is_number(vm: &mut Vm, v: &Value) -> bool {
    match v {
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) | Value::Float(_) => true,
        Value::Str(_) => false,
        _ => {
            let cls = vm.type_of(v);
            let t = vm.types();
            if cls.is_subclass(&t.complex) {
                return true;
            }
            if cls.is_subclass(&t.str) {
                return false;
            }
            ["__index__", "__int__", "__float__"]
                .iter()
                .any(|name| cls.lookup_str(name).is_some())
        }
    }
}

/// csv.Error (the class passed in) with `msg`.
#[cold]
fn csv_error(vm: &mut Vm, error_class: &Value, msg: String) -> PyErr {
    match vm.call_args(error_class, [Value::from_string(msg)]) {
        Ok(Value::Instance(inst)) => PyErr::from_instance(inst),
        Ok(_) => type_error("exceptions must derive from BaseException"),
        Err(e) => e,
    }
}

/// `format_row(row, options, error_class)` with `options` the dialect's `(delimiter,
/// quotechar, escapechar, doublequote, quoting, lineterminator)`: the line `writerow`
/// writes for `row`, its terminator included.
pub(super) fn format_row(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = crate::runtime::signature::module_positional(&args, "_csv_scan", "format_row", 3, 3)?;
    let (row, error_class) = (&a[0], &a[2]);
    let Value::Tuple(o) = &a[1] else {
        return Err(type_error("format_row: options must be a tuple"));
    };
    let [delimiter, quotechar, escapechar, doublequote, quoting, lineterminator] = &o.items[..]
    else {
        return Err(type_error("format_row: options must be a 6-tuple"));
    };
    let d = Dialect {
        delimiter: char_opt(delimiter)?.ok_or_else(|| type_error("delimiter must be set"))?,
        quotechar: char_opt(quotechar)?,
        escapechar: char_opt(escapechar)?,
        doublequote: vm.truthy(doublequote)?,
        quoting: super::as_int(quoting).and_then(|i| i.to_i64()).unwrap_or(0),
        lineterminator: match lineterminator {
            Value::Str(s) => s.as_str().to_string(),
            _ => return Err(type_error("lineterminator must be a str")),
        },
    };
    let it = match vm.get_iter(row) {
        Ok(it) => it,
        Err(e) if e.is_instance(&vm.types().type_error) => {
            let msg = format!("iterable expected, not {:.200}", vm.type_of(row).name());
            return Err(csv_error(vm, error_class, msg));
        }
        Err(e) => return Err(e),
    };
    let mut out = String::new();
    let mut count = 0usize;
    while let Some(field) = vm.next(&it)? {
        let quoted = match d.quoting {
            QUOTE_NONNUMERIC => !is_number(vm, &field),
            q => q == QUOTE_ALL,
        };
        let owned;
        let text = match &field {
            Value::None => "",
            Value::Str(s) => s.as_str(),
            _ => {
                owned = vm.str(&field)?;
                owned.as_str()
            }
        };
        if let Err(msg) = d.append_field(&mut out, text, quoted, count == 0) {
            return Err(csv_error(vm, error_class, msg));
        }
        count += 1;
    }
    if count == 1 && out.is_empty() {
        if d.quoting == QUOTE_NONE {
            let msg = "single empty field record must be quoted".to_string();
            return Err(csv_error(vm, error_class, msg));
        }
        if let Some(q) = d.quotechar {
            out.push(q);
            out.push(q);
        }
    }
    out.push_str(&d.lineterminator);
    Ok(Value::from_string(out))
}
