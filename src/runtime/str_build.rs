//! Building new strings from existing ones with one exact allocation and no rescan of
//! the text: concatenation and `str.join`. The pieces' byte and code-point lengths are
//! known, so the result is sized up front and its length in code points is a sum.
//!
//! Not the str methods themselves (builtins/str_methods.rs) nor formatting.

use super::str::{PyStr, StrRef};
use super::str_chars::SmallStrs;
use super::value::Value;

/// `a + b` for two strings.
pub fn concat(a: &StrRef, b: &StrRef) -> Value {
    if b.byte_len() == 0 {
        return Value::Str(a.clone());
    }
    if a.byte_len() == 0 {
        return Value::Str(b.clone());
    }
    let chars = a.char_len() + b.char_len();
    let (x, y) = (a.as_str(), b.as_str());
    Value::Str(PyStr::from_pieces(x.len() + y.len(), chars, [x, y]))
}

/// An ASCII string with its bytes mapped in place by `map` (ASCII case mapping, which
/// keeps it ASCII and its length): short results are built on the stack.
pub fn ascii_mapped(s: &str, map: fn(&mut str)) -> Value {
    debug_assert!(s.is_ascii());
    let n = s.len();
    const ON_STACK: usize = 64;
    if n <= ON_STACK {
        let mut buf = [0u8; ON_STACK];
        buf[..n].copy_from_slice(s.as_bytes());
        // SAFETY: a copy of the whole of `s`, a str.
        let t = unsafe { std::str::from_utf8_unchecked_mut(&mut buf[..n]) };
        map(t);
        return Value::Str(PyStr::with_chars(t, n));
    }
    let mut out = s.to_owned();
    map(out.as_mut_str());
    Value::Str(PyStr::with_chars(&out, n))
}

/// `sep.join(items)` when every item is an exact `str`; `Err(i)` names the first item
/// that is not (the caller converts subclasses or reports the error).
pub fn join(small: &SmallStrs, sep: &PyStr, items: &[Value]) -> Result<Value, usize> {
    let mut bytes = 0usize;
    let mut chars = 0usize;
    for (i, item) in items.iter().enumerate() {
        let Value::Str(s) = item else {
            return Err(i);
        };
        bytes += s.byte_len();
        chars += s.char_len();
    }
    match items {
        [] => return Ok(small.empty()),
        [one] => return Ok(one.clone()),
        _ => {}
    }
    let gaps = items.len() - 1;
    bytes += sep.byte_len() * gaps;
    chars += sep.char_len() * gaps;
    if chars < 2 {
        // The shared empty or one-character string (of separators and empty items).
        let text: String = items
            .iter()
            .filter_map(|v| v.as_pystr())
            .map(|s| s.as_str())
            .collect::<Vec<_>>()
            .join(sep.as_str());
        return Ok(small.text(&text, chars));
    }
    let sep = sep.as_str();
    let pieces = items.iter().enumerate().flat_map(|(i, item)| {
        let text = item.as_pystr().map_or("", |s| s.as_str());
        [if i > 0 { sep } else { "" }, text]
    });
    Ok(Value::Str(PyStr::from_pieces(bytes, chars, pieces)))
}

/// BUILD_STRING (an f-string's pieces): the concatenation of the top `n` values of
/// `stack`, which the compiler made strings, taken off it.
pub fn build_string(
    stack: &mut crate::vm::frame::ValueStack,
    n: usize,
    small: &SmallStrs,
) -> Value {
    let at = stack.len() - n;
    let v = concat_pieces(&stack[at..], small);
    stack.truncate(at);
    v
}

/// The concatenation of an f-string's pieces (strings, subclasses included).
pub fn concat_pieces(pieces: &[Value], small: &SmallStrs) -> Value {
    match join(small, small.empty_str(), pieces) {
        Ok(v) => v,
        Err(_) => {
            let strs: Vec<StrRef> = pieces
                .iter()
                .filter_map(|p| p.as_pystr().cloned())
                .collect();
            join_strs(small, small.empty_str(), &strs)
        }
    }
}

/// `sep.join` over strings already converted (str subclasses included).
pub fn join_strs(small: &SmallStrs, sep: &PyStr, items: &[StrRef]) -> Value {
    let mut out = String::new();
    let mut chars = 0;
    for (i, s) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(sep.as_str());
            chars += sep.char_len();
        }
        out.push_str(s.as_str());
        chars += s.char_len();
    }
    small.text_owned(out, chars)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn s(text: &str) -> StrRef {
        PyStr::new(text)
    }

    fn text(v: &Value) -> &str {
        v.as_pystr().unwrap().as_str()
    }

    #[test]
    fn concatenation_counts_code_points() {
        let v = concat(&s("caf"), &s("\u{e9}!"));
        assert_eq!(text(&v), "caf\u{e9}!");
        assert_eq!(v.as_pystr().unwrap().char_len(), 5);
        let long = concat(&s(&"x".repeat(20)), &s("\u{65e5}\u{672c}"));
        assert_eq!(long.as_pystr().unwrap().char_len(), 22);
        let a = s("abc");
        assert!(concat(&a, &s("")).is(&Value::Str(a.clone())));
    }

    #[test]
    fn ascii_mapping_short_and_long() {
        assert_eq!(text(&ascii_mapped("abC", str::make_ascii_uppercase)), "ABC");
        let long = "x".repeat(40);
        assert_eq!(
            text(&ascii_mapped(&long, str::make_ascii_uppercase)),
            "X".repeat(40)
        );
    }

    #[test]
    fn join_sizes_exactly_and_shares_single_items() {
        let small = SmallStrs::new();
        let items = [
            Value::Str(s("a")),
            Value::Str(s("\u{e9}t\u{e9}")),
            Value::Str(s("")),
        ];
        let v = join(&small, &s(", "), &items).unwrap();
        assert_eq!(text(&v), "a, \u{e9}t\u{e9}, ");
        assert_eq!(v.as_pystr().unwrap().char_len(), 8);
        assert!(join(&small, &s("-"), &items[..1]).unwrap().is(&items[0]));
        assert!(join(&small, &s("-"), &[]).unwrap().is(&small.empty()));
        assert_eq!(join(&small, &s("-"), &[Value::Int(1)]).unwrap_err(), 0);
        let v = join_strs(&small, &s("+"), &[s("x"), s("y")]);
        assert_eq!(text(&v), "x+y");
        let v = concat_pieces(&[Value::Str(s("ab")), Value::Str(s("\u{e9}"))], &small);
        assert_eq!(text(&v), "ab\u{e9}");
        assert_eq!(v.as_pystr().unwrap().char_len(), 3);
    }
}
