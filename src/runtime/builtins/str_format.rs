//! `str.format` and `str.format_map`: parsing replacement fields
//! (`{name.attr[key]!r:spec}`, nested fields in the spec) and formatting each value
//! with `Vm::format` (its `__format__`).

use super::{as_str, method};
use crate::runtime::error::{index_error, key_error, type_error, value_error, PyResult};
use crate::runtime::function::Args;
use crate::runtime::types::Types;
use crate::runtime::value::Value;
use crate::vm::Vm;

pub(super) fn install(t: &Types) {
    let d = &t.str.dict;
    method(d, "str", "format", format);
    method(d, "str", "format_map", format_map);
}

/// Where `{}` fields get their values.
struct Source<'a> {
    pos: &'a [Value],
    /// Keyword arguments (`format`) or the mapping (`format_map`).
    kw: Option<Value>,
    /// Automatic numbering state: `None` until the first field decides.
    auto: Option<bool>,
    next: usize,
}

fn format(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let Some(s) = args.pos().first().and_then(as_str) else {
        return Err(type_error("descriptor 'format' requires a 'str' object"));
    };
    let kw = if args.has_kw() {
        Some(Value::Dict(super::kwargs_dict(&args)))
    } else {
        None
    };
    let mut src = Source {
        pos: &args.pos()[1..],
        kw,
        auto: None,
        next: 0,
    };
    Ok(Value::from_string(render(vm, s.as_str(), &mut src, 2)?))
}

fn format_map(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let Some(s) = args.pos().first().and_then(as_str) else {
        return Err(type_error(
            "descriptor 'format_map' requires a 'str' object",
        ));
    };
    let a = super::method_args(&args, "str", "format_map", 1, 1)?;
    let mut src = Source {
        pos: &[],
        kw: Some(a[0].clone()),
        auto: None,
        next: 0,
    };
    Ok(Value::from_string(render(vm, s.as_str(), &mut src, 2)?))
}

/// Expand every field of `fmt`; `depth` bounds nesting in specs.
fn render(vm: &mut Vm, fmt: &str, src: &mut Source<'_>, depth: u32) -> PyResult<String> {
    let chars: Vec<char> = fmt.chars().collect();
    let mut out = String::with_capacity(fmt.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c == '}' {
            if chars.get(i + 1) == Some(&'}') {
                out.push('}');
                i += 2;
                continue;
            }
            return Err(value_error("Single '}' encountered in format string"));
        }
        if c != '{' {
            out.push(c);
            i += 1;
            continue;
        }
        if chars.get(i + 1) == Some(&'{') {
            out.push('{');
            i += 2;
            continue;
        }
        // Find the matching close brace, allowing nested fields in the spec.
        let start = i + 1;
        let mut level = 1;
        let mut j = start;
        while j < chars.len() {
            match chars[j] {
                '{' => level += 1,
                '}' => {
                    level -= 1;
                    if level == 0 {
                        break;
                    }
                }
                _ => {}
            }
            j += 1;
        }
        if j >= chars.len() {
            return Err(value_error(unclosed_field_message(&chars[start..])));
        }
        let field: String = chars[start..j].iter().collect();
        out.push_str(&render_field(vm, &field, src, depth)?);
        i = j + 1;
    }
    Ok(out)
}

/// CPython's complaint about a `{` whose field runs to the end of the string: it names
/// the part of the field it was reading when the string ended.
#[cold]
fn unclosed_field_message(field: &[char]) -> &'static str {
    if field.is_empty() {
        return "Single '{' encountered in format string";
    }
    let mut k = 0;
    while k < field.len() {
        match field[k] {
            '[' => match field[k..].iter().position(|&c| c == ']') {
                Some(n) => k += n,
                None => break,
            },
            ':' => return "unmatched '{' in format spec",
            '!' if k + 1 == field.len() => {
                return "end of string while looking for conversion specifier"
            }
            '!' => return "unmatched '{' in format spec",
            _ => {}
        }
        k += 1;
    }
    "expected '}' before end of string"
}

fn render_field(vm: &mut Vm, field: &str, src: &mut Source<'_>, depth: u32) -> PyResult<String> {
    // Split off `:spec` and `!conv`; the field name may contain `[...]` with any chars.
    let mut name_end = field.len();
    let mut in_bracket = false;
    for (k, c) in field.char_indices() {
        match c {
            '[' => in_bracket = true,
            ']' => in_bracket = false,
            ':' | '!' if !in_bracket => {
                name_end = k;
                break;
            }
            _ => {}
        }
    }
    let name = &field[..name_end];
    let mut rest = &field[name_end..];
    let mut conv = None;
    if let Some(r) = rest.strip_prefix('!') {
        let mut cs = r.chars();
        let c = cs.next();
        let after = cs.as_str();
        if !(after.is_empty() || after.starts_with(':')) {
            return Err(value_error("expected ':' after conversion specifier"));
        }
        conv =
            Some(c.ok_or_else(|| {
                value_error("end of string while looking for conversion specifier")
            })?);
        rest = after;
    }
    // The field's own (automatic) number is taken before those nested in its spec.
    let value = lookup_field(vm, name, src)?;
    let spec_raw = rest.strip_prefix(':').unwrap_or("");
    let spec = if spec_raw.contains('{') {
        if depth == 0 {
            return Err(value_error("Max string recursion exceeded"));
        }
        render(vm, spec_raw, src, depth - 1)?
    } else {
        spec_raw.to_string()
    };
    let value = match conv {
        None => value,
        Some('r') => Value::from_string(vm.repr(&value)?),
        Some('s') => Value::from_string(vm.str(&value)?),
        Some('a') => Value::from_string(super::functions::ascii_escape(&vm.repr(&value)?)),
        Some(c) => return Err(value_error(format!("Unknown conversion specifier {c}"))),
    };
    vm.format(&value, &spec)
}

/// Resolve `arg_name(.attr|[key])*`.
fn lookup_field(vm: &mut Vm, name: &str, src: &mut Source<'_>) -> PyResult<Value> {
    let first_end = name.find(['.', '[']).unwrap_or(name.len());
    let head = &name[..first_end];
    let mut value = if head.is_empty() || head.bytes().all(|b| b.is_ascii_digit()) {
        let index = if head.is_empty() {
            if src.auto == Some(false) {
                return Err(value_error(
                    "cannot switch from manual field specification to automatic field numbering",
                ));
            }
            src.auto = Some(true);
            let n = src.next;
            src.next += 1;
            n
        } else {
            if src.auto == Some(true) {
                return Err(value_error(
                    "cannot switch from automatic field numbering to manual field specification",
                ));
            }
            src.auto = Some(false);
            head.parse::<usize>()
                .map_err(|_| value_error("Too many decimal digits in format string"))?
        };
        match src.pos.get(index) {
            Some(v) => v.clone(),
            None => {
                if src.kw.is_some() && src.pos.is_empty() && head.is_empty() {
                    return Err(value_error("Format string contains positional fields"));
                }
                return Err(index_error(format!(
                    "Replacement index {index} out of range for positional args tuple"
                )));
            }
        }
    } else {
        let key = Value::str(head);
        match &src.kw {
            Some(Value::Dict(d)) => match d.get_item(vm, &key)? {
                Some(v) => v,
                None => return Err(key_error(key)),
            },
            Some(m) => vm.getitem(m, &key)?,
            None => return Err(key_error(key)),
        }
    };
    let mut rest = &name[first_end..];
    while !rest.is_empty() {
        if let Some(r) = rest.strip_prefix('.') {
            let end = r.find(['.', '[']).unwrap_or(r.len());
            let attr = &r[..end];
            if attr.is_empty() {
                return Err(value_error("Empty attribute in format string"));
            }
            value = vm.getattr(&value, attr)?;
            rest = &r[end..];
        } else if let Some(r) = rest.strip_prefix('[') {
            let Some(end) = r.find(']') else {
                return Err(value_error("Missing ']' in format string"));
            };
            let key = &r[..end];
            if key.is_empty() {
                return Err(value_error("Empty attribute in format string"));
            }
            let k = match key.parse::<i64>() {
                Ok(n) if key.bytes().all(|b| b.is_ascii_digit()) => Value::Int(n),
                _ => Value::str(key),
            };
            value = vm.getitem(&value, &k)?;
            rest = &r[end + 1..];
        } else {
            return Err(value_error(
                "Only '.' or '[' may follow ']' in format field specifier",
            ));
        }
    }
    Ok(value)
}
