//! The native module `_xml_tokenizer` under coro's pyexpat: `scan_content(buf, pos,
//! stack, namespaces)` reads the well-formed content tokens from `buf[pos:]` in Rust
//! ([`scan`]) and returns them as event tuples with the Python scanner's code-point
//! offsets, with the offset where it stopped. The Python scanner
//! (pylib/_xml_scanner.py) replays the events to its sink and handles whatever token
//! stopped the scan (errors, incomplete input, the DTD's entities, the prolog and
//! epilog) itself.
//!
//! Not the parser's state, handlers or error reporting: those stay in pylib.

pub mod scan;
#[cfg(test)]
mod scan_tests;

use crate::runtime::builtins::{def, index_i64};
use crate::runtime::dict::PyDict;
use crate::runtime::error::{type_error, PyResult};
use crate::runtime::function::Args;
use crate::runtime::str::PyStr;
use crate::runtime::value::Value;
use crate::vm::Vm;
use scan::{OpenElements, Token};
use std::rc::Rc;

/// Event kinds, as `_xml_scanner.Scanner.replay` reads them.
const TEXT: i64 = 0;
const START: i64 = 1;
const END: i64 = 2;
const COMMENT: i64 = 3;
const CDATA: i64 = 4;
const PI: i64 = 5;

pub fn module() -> Rc<PyDict> {
    let m = Rc::new(PyDict::new());
    m.set_by_str("__name__", Value::str("_xml_tokenizer"));
    def(&m, "scan_content", scan_content);
    m
}

/// The scanner's stack of open elements: a list of `(name, offset)` tuples.
struct PyStack<'a>(&'a [Value]);

impl OpenElements for PyStack<'_> {
    fn depth(&self) -> usize {
        self.0.len()
    }

    fn is_named(&self, index: usize, name: &str) -> bool {
        match &self.0[index] {
            Value::Tuple(t) => matches!(t.items.first(), Some(Value::Str(s)) if s.as_str() == name),
            _ => false,
        }
    }
}

/// Code-point offsets of increasing byte offsets, counted as the scan moves on.
struct CharCursor<'a> {
    text: &'a str,
    ascii: bool,
    byte: usize,
    chars: usize,
}

impl CharCursor<'_> {
    fn at(&mut self, byte: usize) -> Value {
        if self.ascii {
            return Value::Int(byte as i64);
        }
        self.chars += self.text[self.byte..byte].chars().count();
        self.byte = byte;
        Value::Int(self.chars as i64)
    }
}

fn scan_content(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = crate::runtime::signature::module_positional(
        &args,
        "_xml_tokenizer",
        "scan_content",
        4,
        4,
    )?;
    let (Value::Str(buf), Value::List(stack)) = (&a[0], &a[2]) else {
        return Err(type_error("scan_content(str, int, list, bool)"));
    };
    let pos = index_i64(vm, &a[1])?.max(0) as usize;
    let namespaces = vm.truthy(&a[3])?;
    let text = buf.as_str();
    let start = buf.byte_offset(pos.min(buf.char_len()));
    let items = stack.items.borrow();
    let (tokens, end) = scan::scan_content(text, start, &PyStack(&items), namespaces);
    drop(items);
    let mut cursor = CharCursor {
        text,
        ascii: buf.is_ascii(),
        byte: start,
        chars: pos,
    };
    let mut events = Vec::with_capacity(tokens.len());
    for token in tokens {
        events.push(event(token, text, &mut cursor));
    }
    let end = cursor.at(end);
    Ok(Value::tuple(vec![Value::list(events), end]))
}

fn str_value(s: &str) -> Value {
    Value::Str(PyStr::new(s))
}

fn event(token: Token<'_>, text: &str, cursor: &mut CharCursor<'_>) -> Value {
    let items = match token {
        Token::Text { at, text } => vec![Value::Int(TEXT), cursor.at(at), str_value(&text)],
        Token::Start {
            at,
            end,
            name,
            attrs,
            empty,
        } => {
            let attrs = attrs
                .into_iter()
                .map(|(key, value)| Value::tuple(vec![str_value(key), str_value(value)]))
                .collect();
            vec![
                Value::Int(START),
                cursor.at(at),
                str_value(name),
                Value::list(attrs),
                Value::Bool(empty),
                str_value(&text[at..end]),
            ]
        }
        Token::End { at, end, .. } => {
            vec![Value::Int(END), cursor.at(at), str_value(&text[at..end])]
        }
        Token::Comment { at, text } => {
            vec![Value::Int(COMMENT), cursor.at(at), str_value(&text)]
        }
        Token::Cdata { at, text } => vec![Value::Int(CDATA), cursor.at(at), str_value(text)],
        Token::Pi { at, target, data } => vec![
            Value::Int(PI),
            cursor.at(at),
            str_value(target),
            str_value(&data),
        ],
    };
    Value::tuple(items)
}
