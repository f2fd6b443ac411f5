//! The regular-expression engine behind `re`, and the native module `_sre` that exposes
//! it: `compile(pattern, flags)` parses and compiles (returning the program, final flags,
//! group count and names, or the `re.error` message and position), `match` runs one
//! match/fullmatch/search, `scan` runs the successive non-overlapping searches that
//! findall, finditer, sub and split walk. The pipeline is `tokenizer` -> `parser` (to
//! `ast`) -> `compiler` (to a program) -> `matcher`; `chars` holds the character
//! predicates. The Python-facing objects (Pattern, Match, flags, templates, the cache) are
//! the Python half, `pylib/re.py`.

pub mod ast;
pub mod chars;
pub mod compiler;
pub mod matcher;
pub mod parser;
pub mod tokenizer;

#[cfg(test)]
mod tests;

use crate::runtime::builtins::{as_str, def, index_i64};
use crate::runtime::bytes::with_bytes;
use crate::runtime::dict::PyDict;
use crate::runtime::error::{overflow_error, recursion_error, type_error, value_error, PyResult};
use crate::runtime::function::Args;
use crate::runtime::native::{NativeData, NativeObj};
use crate::runtime::str::PyStr;
use crate::runtime::types::types;
use crate::runtime::value::Value;
use crate::vm::Vm;
use compiler::Program;
use matcher::{Captures, Mode};
use std::cell::RefCell;
use std::rc::Rc;
use tokenizer::{ErrorKind, ParseError};

/// A compiled pattern as `_sre` hands it to Python.
struct Compiled {
    prog: Program,
    is_str: bool,
    /// The code points of the last non-ASCII subject, so repeated calls on one string
    /// (finditer, sub with pos) do not decode it again.
    decoded: RefCell<Option<(Rc<PyStr>, Rc<[u32]>)>>,
}

/// Compile a pattern given as code points: the program and final flags, or the error.
pub fn compile_pattern(
    pattern: &[u32],
    is_str: bool,
    flags: u32,
) -> Result<(Program, u32, Vec<(String, usize)>), ParseError> {
    let parsed = parser::parse(pattern, is_str, flags)?;
    let flags = parsed.flags;
    let names = parsed.names.clone();
    let prog = compiler::compile(parsed).map_err(|e| ParseError {
        msg: e.0.into(),
        pos: None,
        kind: ErrorKind::Re,
    })?;
    Ok((prog, flags, names))
}

/// Build the `_sre` module.
pub fn module() -> Rc<PyDict> {
    let m = Rc::new(PyDict::new());
    m.set_by_str("__name__", Value::str("_sre"));
    def(&m, "compile", sre_compile);
    def(&m, "match", sre_match);
    def(&m, "scan", sre_scan);
    m
}

/// `compile(pattern, flags)` -> `(program, flags, groups, [(name, index)...])`, or
/// `(None, msg, pos)` for a `re.error`.
fn sre_compile(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let p = args.check_pos("compile", 2, 2)?;
    let flags = index_i64(vm, &p[1])? as u32;
    let (chars, is_str): (Vec<u32>, bool) = match as_str(&p[0]) {
        Some(s) => (s.as_str().chars().map(|c| c as u32).collect(), true),
        None => match with_bytes(&p[0], |b| b.iter().map(|&x| x as u32).collect()) {
            Some(v) => (v, false),
            None => {
                return Err(type_error(
                    "first argument must be string or compiled pattern",
                ))
            }
        },
    };
    match compile_pattern(&chars, is_str, flags) {
        Ok((prog, flags, names)) => {
            let groups = prog.groups - 1;
            let names = names
                .into_iter()
                .map(|(n, g)| Value::tuple(vec![Value::from_string(n), Value::Int(g as i64)]))
                .collect();
            let compiled = Compiled {
                prog,
                is_str,
                decoded: RefCell::new(None),
            };
            let obj = NativeObj::value(
                types().object.clone(),
                NativeData::Extension(Rc::new(compiled)),
            );
            Ok(Value::tuple(vec![
                obj,
                Value::Int(flags as i64),
                Value::Int(groups as i64),
                Value::list(names),
            ]))
        }
        Err(e) => match e.kind {
            ErrorKind::Re => Ok(Value::tuple(vec![
                Value::None,
                Value::from_string(if is_str {
                    e.msg
                } else {
                    ascii_backslashed(&e.msg)
                }),
                e.pos.map_or(Value::None, |p| Value::Int(p as i64)),
            ])),
            ErrorKind::Overflow => Err(overflow_error(e.msg)),
            ErrorKind::Recursion => Err(recursion_error(e.msg)),
            ErrorKind::Value => Err(value_error(e.msg)),
        },
    }
}

/// Messages about bytes patterns show non-ASCII bytes as `\xNN`, as CPython's do.
fn ascii_backslashed(msg: &str) -> String {
    let mut out = String::new();
    for c in msg.chars() {
        if c.is_ascii() {
            out.push(c);
        } else {
            out.push_str(&format!("\\x{:02x}", c as u32));
        }
    }
    out
}

fn compiled(v: &Value) -> PyResult<Rc<Compiled>> {
    if let Value::Native(n) = v {
        if let NativeData::Extension(e) = &n.data {
            if let Ok(c) = e.clone().downcast::<Compiled>() {
                return Ok(c);
            }
        }
    }
    Err(type_error("expected a compiled pattern"))
}

/// Run `f` over the subject's characters (bytes for ASCII str and bytes-like objects).
fn with_subject<R>(
    c: &Compiled,
    subject: &Value,
    f: &mut dyn FnMut(Subject<'_>) -> R,
) -> PyResult<R> {
    if c.is_str {
        let Some(s) = as_str(subject) else {
            return Err(type_error("expected string"));
        };
        if s.is_ascii() {
            return Ok(f(Subject::Bytes(s.as_str().as_bytes())));
        }
        let cached = match &*c.decoded.borrow() {
            Some((k, v)) if Rc::ptr_eq(k, &s) => Some(v.clone()),
            _ => None,
        };
        let chars = match cached {
            Some(v) => v,
            None => {
                let v: Rc<[u32]> = s.as_str().chars().map(|c| c as u32).collect();
                *c.decoded.borrow_mut() = Some((s.clone(), v.clone()));
                v
            }
        };
        return Ok(f(Subject::Chars(&chars)));
    }
    match with_bytes(subject, |b| f(Subject::Bytes(b))) {
        Some(r) => Ok(r),
        None => Err(type_error("expected a bytes-like object")),
    }
}

enum Subject<'a> {
    Bytes(&'a [u8]),
    Chars(&'a [u32]),
}

impl Subject<'_> {
    fn run(
        &self,
        prog: &Program,
        pos: usize,
        end: usize,
        mode: Mode,
        must_advance: bool,
    ) -> Option<Captures> {
        match self {
            Subject::Bytes(b) => matcher::run(prog, b, pos, end, mode, must_advance),
            Subject::Chars(c) => matcher::run(prog, c, pos, end, mode, must_advance),
        }
    }
}

/// A match as Python sees it: `(slots..., lastindex)` with -1 for unset slots.
fn captures_value(caps: &Captures) -> Value {
    let mut items: Vec<Value> = caps
        .slots
        .iter()
        .map(|&s| Value::Int(if s == usize::MAX { -1 } else { s as i64 }))
        .collect();
    items.push(caps.lastindex.map_or(Value::None, |g| Value::Int(g as i64)));
    Value::tuple(items)
}

fn positions(vm: &mut Vm, p: &[Value]) -> PyResult<(usize, usize)> {
    let pos = index_i64(vm, &p[2])?.max(0) as usize;
    let end = index_i64(vm, &p[3])?.max(0) as usize;
    Ok((pos, end))
}

/// `match(program, string, pos, endpos, mode)`: mode 0 match, 1 fullmatch, 2 search.
fn sre_match(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let p = args.check_pos("match", 5, 5)?;
    let c = compiled(&p[0])?;
    let (pos, end) = positions(vm, p)?;
    let mode = match index_i64(vm, &p[4])? {
        0 => Mode::Match,
        1 => Mode::FullMatch,
        _ => Mode::Search,
    };
    let found = with_subject(&c, &p[1], &mut |s| s.run(&c.prog, pos, end, mode, false))?;
    Ok(found.as_ref().map_or(Value::None, captures_value))
}

/// `scan(program, string, pos, endpos, limit[, must_advance])`: the successive matches a
/// search loop finds (an empty match right where the previous one ended is refused, as
/// sre does), at most `limit` of them when `limit > 0`.
fn sre_scan(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let p = args.check_pos("scan", 5, 6)?;
    let c = compiled(&p[0])?;
    let (pos, end) = positions(vm, p)?;
    let limit = index_i64(vm, &p[4])?;
    let found = with_subject(&c, &p[1], &mut |s| {
        let mut out = Vec::new();
        let mut at = pos;
        let mut must_advance = matches!(p.get(5), Some(Value::Bool(true)));
        while limit <= 0 || (out.len() as i64) < limit {
            let Some(caps) = s.run(&c.prog, at, end, Mode::Search, must_advance) else {
                break;
            };
            let (start, stop) = (caps.slots[0], caps.slots[1]);
            out.push(captures_value(&caps));
            must_advance = start == stop;
            at = stop;
            if at > end {
                break;
            }
        }
        out
    })?;
    Ok(Value::list(found))
}
