//! The regular-expression engine behind `re`, and the native module `_sre` that exposes
//! it: `compile(pattern, flags, Match)` parses and compiles (returning the program, final
//! flags, group count and names, or the `re.error` message and position), `match` runs one
//! match/fullmatch/search and returns a `re.Match`, `matches` the successive
//! non-overlapping searches finditer and sub walk, and `findall`, `split`, `sub` and
//! `slice` build their results here. The pipeline is `tokenizer` -> `parser` (to `ast`) ->
//! `compiler` (to a program, with `first_chars` for the search) -> `matcher`; `chars` holds
//! the character predicates and `match_object` the native `re.Match`. The Python-facing
//! Pattern, flags, templates and the cache are the Python half, `pylib/re.py`.

pub mod ast;
pub mod chars;
pub mod compiler;
pub mod first_chars;
mod match_object;
pub mod matcher;
pub mod parser;
pub mod tokenizer;

#[cfg(test)]
mod tests;

use crate::runtime::builtins::{as_str, def, index_i64};
use crate::runtime::bytes::with_bytes;
use crate::runtime::class::Class;
use crate::runtime::dict::PyDict;
use crate::runtime::error::{overflow_error, recursion_error, type_error, value_error, PyResult};
use crate::runtime::function::Args;
use crate::runtime::native::{bytes_value, NativeData, NativeObj};
use crate::runtime::signature::Signature;
use crate::runtime::str::StrRef;
use crate::runtime::value::Value;
use crate::vm::Vm;
use compiler::Program;
use matcher::{Captures, Mode};
use std::cell::RefCell;
use std::rc::Rc;
use tokenizer::{ErrorKind, ParseError};

/// A non-ASCII subject and its code points.
type Decoded = (StrRef, Rc<[u32]>);

/// A compiled pattern with its final flags and its group names.
pub type CompiledPattern = (Program, u32, Vec<(String, usize)>);

/// A compiled pattern as `_sre` hands it to Python.
struct Compiled {
    prog: Program,
    is_str: bool,
    /// Group names and numbers, in the order the pattern defines them.
    names: Vec<(String, usize)>,
    /// The `re.Match` class its matches are made as.
    match_class: Rc<Class>,
    /// The matcher's working memory, reused by every run of this pattern.
    scratch: RefCell<matcher::Scratch>,
    /// The code points of the last non-ASCII subject, so repeated calls on one string
    /// (finditer, sub with pos) do not decode it again.
    decoded: RefCell<Option<Decoded>>,
}

/// Compile a pattern given as code points: the program and final flags, or the error.
pub fn compile_pattern(
    pattern: &[u32],
    is_str: bool,
    flags: u32,
) -> Result<CompiledPattern, ParseError> {
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

// `_sre` is coro's own interface to the engine (re.py is its only caller): its
// functions take positional arguments only, counted as a tuple.
const COMPILE: Signature =
    Signature::new("compile", &["pattern", "flags", "match_class"]).positional_only("_sre.compile");
const MATCH: Signature = Signature::new(
    "match",
    &["program", "string", "pos", "endpos", "mode", "pattern"],
)
.positional_only("_sre.match");
const MATCHES: Signature = Signature::new(
    "matches",
    &[
        "program",
        "string",
        "pos",
        "endpos",
        "start",
        "limit",
        "must_advance",
        "pattern",
    ],
)
.positional_only("_sre.matches");
const SLICE: Signature =
    Signature::new("slice", &["program", "string", "start", "end"]).positional_only("_sre.slice");
const FINDALL: Signature = Signature::new("findall", &["program", "string", "pos", "endpos"])
    .positional_only("_sre.findall");
const SPLIT: Signature =
    Signature::new("split", &["program", "string", "maxsplit"]).positional_only("_sre.split");
const BOUNDS: Signature = Signature::new("bounds", &["program", "string", "pos", "endpos"])
    .positional_only("_sre.bounds");
const SUB: Signature =
    Signature::new("sub", &["program", "string", "pieces", "count"]).positional_only("_sre.sub");

/// Build the `_sre` module.
pub fn module(t: &crate::runtime::types::Types) -> Rc<PyDict> {
    let m = Rc::new(PyDict::new());
    m.set_by_str("__name__", Value::str("_sre"));
    def(&m, "compile", sre_compile);
    def(&m, "match", sre_match);
    def(&m, "matches", sre_matches);
    m.set_by_str("Match", Value::Class(match_object::match_class(t)));
    def(&m, "slice", sre_slice);
    def(&m, "findall", sre_findall);
    def(&m, "split", sre_split);
    def(&m, "sub", sre_sub);
    def(&m, "bounds", sre_bounds);
    m
}

/// `compile(pattern, flags)` -> `(program, flags, groups, [(name, index)...])`, or
/// `(None, msg, pos)` for a `re.error`.
fn sre_compile(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let p = COMPILE.positional(&args)?;
    let flags = index_i64(vm, &p[1])? as u32;
    let Value::Class(match_class) = &p[2] else {
        return Err(type_error("_sre.compile() needs the Match class"));
    };
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
            let name_list = names
                .iter()
                .map(|(n, g)| Value::tuple(vec![Value::str(n), Value::Int(*g as i64)]))
                .collect();
            let compiled = Compiled {
                prog,
                is_str,
                names,
                match_class: match_class.clone(),
                scratch: RefCell::default(),
                decoded: RefCell::new(None),
            };
            let obj = NativeObj::value(
                vm.types().object.clone(),
                NativeData::Extension(Rc::new(compiled)),
            );
            Ok(Value::tuple(vec![
                obj,
                Value::Int(flags as i64),
                Value::Int(groups as i64),
                Value::list(name_list),
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
            Some((k, v)) if StrRef::ptr_eq(k, &s) => Some(v.clone()),
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
    fn len(&self) -> usize {
        match self {
            Subject::Bytes(b) => b.len(),
            Subject::Chars(c) => c.len(),
        }
    }

    /// `subject[start:end]` as a str (for str patterns) or bytes.
    fn piece(
        &self,
        t: &crate::runtime::types::Types,
        is_str: bool,
        start: usize,
        end: usize,
    ) -> Value {
        match self {
            Subject::Bytes(b) if is_str => {
                Value::str(std::str::from_utf8(&b[start..end]).unwrap_or(""))
            }
            Subject::Bytes(b) => bytes_value(t, &b[start..end]),
            Subject::Chars(c) => Value::from_string(
                c[start..end]
                    .iter()
                    .filter_map(|&u| char::from_u32(u))
                    .collect(),
            ),
        }
    }

    /// Append `subject[start:end]` to a result being built.
    fn push_to(&self, out: &mut Built, start: usize, end: usize) {
        match (self, out) {
            (Subject::Bytes(b), Built::Text(s)) => {
                s.push_str(std::str::from_utf8(&b[start..end]).unwrap_or(""))
            }
            (Subject::Bytes(b), Built::Bytes(v)) => v.extend_from_slice(&b[start..end]),
            (Subject::Chars(c), Built::Text(s)) => {
                s.extend(c[start..end].iter().filter_map(|&u| char::from_u32(u)))
            }
            (Subject::Chars(_), Built::Bytes(_)) => {}
        }
    }

    fn run(
        &self,
        c: &Compiled,
        pos: usize,
        end: usize,
        mode: Mode,
        must_advance: bool,
    ) -> Option<Captures> {
        let prog = &c.prog;
        let scratch = &mut *c.scratch.borrow_mut();
        match self {
            Subject::Bytes(b) => matcher::run(prog, b, pos, end, mode, must_advance, scratch),
            Subject::Chars(c) => matcher::run(prog, c, pos, end, mode, must_advance, scratch),
        }
    }
}

/// The subject's type against the pattern's, with CPython's messages.
fn check_subject(vm: &Vm, c: &Compiled, subject: &Value) -> PyResult<()> {
    let is_str = as_str(subject).is_some();
    let is_bytes = !is_str && with_bytes(subject, |_| ()).is_some();
    match (c.is_str, is_str, is_bytes) {
        (true, true, _) | (false, _, true) => Ok(()),
        (true, _, true) => Err(type_error(
            "cannot use a string pattern on a bytes-like object",
        )),
        (false, true, _) => Err(type_error(
            "cannot use a bytes pattern on a string-like object",
        )),
        _ => Err(type_error(format!(
            "expected string or bytes-like object, got '{}'",
            vm.type_of(subject).name()
        ))),
    }
}

/// The subject `p[1]` checked against the pattern, and `pos` (`p[2]`) and `endpos` (`p[3]`)
/// clamped to it, as sre clamps them (`pos` may end past `endpos`).
fn checked_bounds(vm: &mut Vm, c: &Compiled, p: &[Value]) -> PyResult<(usize, usize)> {
    check_subject(vm, c, &p[1])?;
    let len = match as_str(&p[1]) {
        Some(s) => s.char_len(),
        None => with_bytes(&p[1], |b| b.len()).unwrap_or(0),
    } as i64;
    let pos = index_i64(vm, &p[2])?.clamp(0, len) as usize;
    let end = index_i64(vm, &p[3])?.clamp(0, len) as usize;
    Ok((pos, end))
}

/// [`checked_bounds`], None when there is nothing to scan.
fn clamp_bounds(vm: &mut Vm, c: &Compiled, p: &[Value]) -> PyResult<Option<(usize, usize)>> {
    let (pos, end) = checked_bounds(vm, c, p)?;
    Ok((pos <= end).then_some((pos, end)))
}

/// `bounds(program, string, pos, endpos)` -> `(pos, endpos)` clamped to the subject, after
/// the check every matching function makes (str pattern on str, bytes pattern on a
/// bytes-like object): for re.py's lazy finditer, sub with a function and the scanner.
fn sre_bounds(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let p = BOUNDS.positional(&args)?;
    let c = compiled(&p[0])?;
    let (pos, end) = checked_bounds(vm, &c, p)?;
    Ok(Value::tuple(vec![
        Value::Int(pos as i64),
        Value::Int(end as i64),
    ]))
}

/// `match(program, string, pos, endpos, mode, pattern)`: mode 0 match, 1 fullmatch,
/// 2 search; a `re.Match` or None.
fn sre_match(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let p = MATCH.positional(&args)?;
    let c = compiled(&p[0])?;
    let Some((pos, end)) = clamp_bounds(vm, &c, p)? else {
        return Ok(Value::None);
    };
    let mode = match index_i64(vm, &p[4])? {
        0 => Mode::Match,
        1 => Mode::FullMatch,
        _ => Mode::Search,
    };
    let found = with_subject(&c, &p[1], &mut |s| s.run(&c, pos, end, mode, false))?;
    Ok(found.map_or(Value::None, |caps| {
        match_object::new_match(&c, &p[5], &p[1], pos, end, caps)
    }))
}

/// `matches(program, string, pos, endpos, start, limit, must_advance, pattern)`: the
/// `re.Match` objects of the successive searches from `start` (an empty match right where the
/// previous one ended is refused, as sre does; at most `limit` when `limit > 0`), for finditer, sub with a
/// function and the scanner; each match's `pos` is `pos`.
fn sre_matches(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let p = MATCHES.positional(&args)?;
    let c = compiled(&p[0])?;
    let Some((pos, end)) = clamp_bounds(vm, &c, p)? else {
        return Ok(Value::list(Vec::new()));
    };
    let start = (index_i64(vm, &p[4])?.max(0) as usize).max(pos);
    let limit = index_i64(vm, &p[5])?;
    let must_advance = matches!(p[6], Value::Bool(true));
    if start > end {
        return Ok(Value::list(Vec::new()));
    }
    let found = with_subject(&c, &p[1], &mut |s| {
        scan_all(&c, &s, start, end, limit, must_advance)
    })?;
    let items = found
        .into_iter()
        .map(|caps| match_object::new_match(&c, &p[7], &p[1], pos, end, caps))
        .collect();
    Ok(Value::list(items))
}

/// `slice(program, string, start, end)`: `string[start:end]` (bytes for any bytes-like
/// subject), in time proportional to the slice even for non-ASCII strings, whose code
/// points the program keeps from its last match.
fn sre_slice(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let p = SLICE.positional(&args)?;
    let c = compiled(&p[0])?;
    let start = index_i64(vm, &p[2])?.max(0) as usize;
    let end = index_i64(vm, &p[3])?.max(0) as usize;
    slice_of(vm.types(), &c, &p[1], start, end)
}

/// `subject[start:end]` (bytes for any bytes-like subject).
fn slice_of(
    t: &crate::runtime::types::Types,
    c: &Compiled,
    subject: &Value,
    start: usize,
    end: usize,
) -> PyResult<Value> {
    if let Some(s) = as_str(subject) {
        if s.is_ascii() {
            let text = s.as_str();
            let end = end.min(text.len());
            return Ok(Value::str(&text[start.min(end)..end]));
        }
    }
    with_subject(c, subject, &mut |subject| {
        let end = end.min(subject.len());
        subject.piece(t, c.is_str, start.min(end), end)
    })
}

/// `split(program, string, maxsplit)`: Pattern.split's list (maxsplit >= 0): the text
/// between matches, each match's groups between them (None for a group that did not
/// take part).
fn sre_split(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let p = SPLIT.positional(&args)?;
    let c = compiled(&p[0])?;
    check_subject(vm, &c, &p[1])?;
    let limit = index_i64(vm, &p[2])?;
    let out = with_subject(&c, &p[1], &mut |subject| {
        let len = subject.len();
        let mut out = Vec::new();
        let mut last = 0;
        for caps in scan_all(&c, &subject, 0, len, limit, false) {
            out.push(subject.piece(vm.types(), c.is_str, last, caps.slots[0]));
            for g in 1..c.prog.groups {
                let (s, e) = (caps.slots[2 * g], caps.slots[2 * g + 1]);
                out.push(if s == usize::MAX {
                    Value::None
                } else {
                    subject.piece(vm.types(), c.is_str, s, e)
                });
            }
            last = caps.slots[1];
        }
        out.push(subject.piece(vm.types(), c.is_str, last, len));
        out
    })?;
    Ok(Value::list(out))
}

/// A `sub` result under construction.
enum Built {
    Text(String),
    Bytes(Vec<u8>),
}

/// The successive matches of a scan over `subject`.
fn scan_all(
    c: &Compiled,
    subject: &Subject<'_>,
    pos: usize,
    end: usize,
    limit: i64,
    mut must_advance: bool,
) -> Vec<Captures> {
    let mut out = Vec::new();
    let mut at = pos;
    while limit <= 0 || (out.len() as i64) < limit {
        let Some(caps) = subject.run(c, at, end, Mode::Search, must_advance) else {
            break;
        };
        must_advance = caps.slots[0] == caps.slots[1];
        at = caps.slots[1];
        out.push(caps);
        if at > end {
            break;
        }
    }
    out
}

/// `findall(program, string, pos, endpos)`: Pattern.findall's list, built here so long
/// subjects do not pay a Python call per match.
fn sre_findall(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let p = FINDALL.positional(&args)?;
    let c = compiled(&p[0])?;
    let Some((pos, end)) = clamp_bounds(vm, &c, p)? else {
        return Ok(Value::list(Vec::new()));
    };
    let groups = c.prog.groups - 1;
    let found = with_subject(&c, &p[1], &mut |subject| {
        let piece = |g: usize, caps: &Captures| {
            let (s, e) = (caps.slots[2 * g], caps.slots[2 * g + 1]);
            if s == usize::MAX {
                subject.piece(vm.types(), c.is_str, 0, 0)
            } else {
                subject.piece(vm.types(), c.is_str, s, e)
            }
        };
        scan_all(&c, &subject, pos, end, 0, false)
            .iter()
            .map(|caps| match groups {
                0 => piece(0, caps),
                1 => piece(1, caps),
                n => Value::tuple((1..=n).map(|g| piece(g, caps)).collect()),
            })
            .collect::<Vec<_>>()
    })?;
    Ok(Value::list(found))
}

/// `sub(program, string, pieces, count)`: `(result, n)` for a replacement made of literal
/// pieces (str or bytes, as the pattern) and group numbers (ints).
fn sre_sub(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let p = SUB.positional(&args)?;
    let c = compiled(&p[0])?;
    let count = index_i64(vm, &p[3])?;
    enum Piece {
        Text(String),
        Bytes(Vec<u8>),
        Group(usize),
    }
    let Value::List(list) = &p[2] else {
        return Err(type_error("sub() pieces must be a list"));
    };
    let mut pieces = Vec::new();
    for item in list.items.borrow().iter() {
        pieces.push(match item {
            Value::Int(g) => Piece::Group(*g as usize),
            Value::Str(s) => Piece::Text(s.as_str().to_owned()),
            other => match with_bytes(other, |b| b.to_vec()) {
                Some(b) => Piece::Bytes(b),
                None => return Err(type_error("sub() pieces must be str, bytes or int")),
            },
        });
    }
    let result = with_subject(&c, &p[1], &mut |subject| {
        let len = subject.len();
        let found = scan_all(&c, &subject, 0, len, count, false);
        let mut out = if c.is_str {
            Built::Text(String::new())
        } else {
            Built::Bytes(Vec::new())
        };
        let mut last = 0;
        for caps in &found {
            subject.push_to(&mut out, last, caps.slots[0]);
            for piece in &pieces {
                match (piece, &mut out) {
                    (Piece::Text(t), Built::Text(s)) => s.push_str(t),
                    (Piece::Bytes(t), Built::Bytes(v)) => v.extend_from_slice(t),
                    (Piece::Group(g), out) => {
                        let (s, e) = (caps.slots[2 * g], caps.slots[2 * g + 1]);
                        if s != usize::MAX {
                            subject.push_to(out, s, e);
                        }
                    }
                    _ => {}
                }
            }
            last = caps.slots[1];
        }
        subject.push_to(&mut out, last, len);
        let value = match out {
            Built::Text(s) => Value::from_string(s),
            Built::Bytes(b) => bytes_value(vm.types(), &b),
        };
        Value::tuple(vec![value, Value::Int(found.len() as i64)])
    })?;
    Ok(result)
}
