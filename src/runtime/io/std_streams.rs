//! `sys.stdin`, `sys.stdout` and `sys.stderr` as text file objects over fds 0, 1 and 2,
//! and how `print()`/`input()` find the current ones: a program may replace
//! `sys.stdout` (`contextlib.redirect_stdout`), so print asks `sys` each time, but when
//! it is still the real stdout print writes straight into the VM's output buffer.

use super::codec::TextCodec;
use super::file::{FileObj, Kind};
use super::stream::{Sink, Stream};
use super::text::{Newline, TextLayer};
use crate::event_loop::object::downcast;
use crate::runtime::dict::PyDict;
use crate::runtime::error::builtin_error;
use crate::runtime::error::{PyErr, PyResult};
use crate::runtime::str::{PyStr, StrRef};
use crate::runtime::types::ExcKind;
use crate::runtime::value::Value;
use crate::vm::Vm;
use std::cell::Cell;
use std::rc::Rc;

/// The file object for fd 0, 1 or 2.
fn std_file(t: &crate::runtime::types::Types, fd: i32) -> Value {
    let (sink, name, mode, readable, errors) = match fd {
        0 => (Sink::Stdin, "<stdin>", "r", true, "strict"),
        1 => (Sink::Stdout, "<stdout>", "w", false, "strict"),
        _ => (Sink::Stderr, "<stderr>", "w", false, "backslashreplace"),
    };
    let mut stream = Stream::new(sink, readable, !readable);
    stream.closefd = false;
    stream.line_buffering = fd == 2 || (fd == 1 && stream.isatty().unwrap_or(false));
    // Cannot fail: utf-8 and both error handlers named above are built into the codec.
    let codec = TextCodec::new(Some("utf-8"), Some(errors)).expect("utf-8 is built in");
    let text = TextLayer::new(codec, Newline::Universal);
    FileObj::new(Kind::Text, stream, Some(text), Value::str(name), mode).into_value(t)
}

/// Put the three streams (and their `__stdin__`... originals) in the `sys` namespace.
pub fn install(t: &crate::runtime::types::Types, sys: &PyDict) {
    for (fd, name) in [(0, "stdin"), (1, "stdout"), (2, "stderr")] {
        let f = std_file(t, fd);
        sys.set_by_str(name, f.clone());
        sys.set_by_str(&format!("__{name}__"), f);
    }
}

/// What print() needs to find `sys.stdout` quickly.
pub struct StdStreams {
    sys: Option<Rc<PyDict>>,
    /// The original `sys.stdout`: while it is current, print writes to `vm.out` directly.
    real_stdout: Value,
    real_stderr: Value,
    /// The real stdout was given another encoding or closed: print goes through its
    /// text layer.
    stdout_reencoded: bool,
    stdout_key: StrRef,
    stdout_hint: Cell<u32>,
}

impl Default for StdStreams {
    fn default() -> Self {
        StdStreams {
            sys: None,
            real_stdout: Value::None,
            real_stderr: Value::None,
            stdout_reencoded: false,
            stdout_key: PyStr::new("stdout"),
            stdout_hint: Cell::new(0),
        }
    }
}

/// Where print's text goes.
pub enum Target {
    /// The process's stdout: `vm.out`.
    Real,
    /// `sys.stdout` is None (as after closing it in CPython): print does nothing.
    Nowhere,
    /// Some other object with `write`.
    Object(Value),
}

impl StdStreams {
    pub fn new(sys: &Rc<PyDict>) -> StdStreams {
        StdStreams {
            real_stdout: sys.get_by_str("stdout").unwrap_or(Value::None),
            real_stderr: sys.get_by_str("stderr").unwrap_or(Value::None),
            sys: Some(sys.clone()),
            ..StdStreams::default()
        }
    }

    /// The current `sys.stdout`.
    #[inline]
    pub fn stdout(&self) -> Target {
        let Some(sys) = &self.sys else {
            return Target::Real;
        };
        match sys.get_str_hinted(&self.stdout_key, &self.stdout_hint) {
            Some(v) if v.is(&self.real_stdout) && !self.stdout_reencoded => Target::Real,
            Some(Value::None) | None => Target::Nowhere,
            Some(v) => Target::Object(v),
        }
    }

    /// `file.reconfigure()` changed the encoding of `file`.
    pub fn reencoded(&mut self, file: &Value) {
        if file.is(&self.real_stdout) {
            self.stdout_reencoded = true;
        }
    }

    /// `file.close()` closed `file`: if it is the real stdout, print goes through it
    /// from now on, so writing raises "I/O operation on closed file." as CPython's.
    pub fn closed(&mut self, file: &Value) {
        self.reencoded(file);
    }

    /// `sys.<name>` now.
    pub fn current(&self, name: &str) -> Option<Value> {
        self.sys.as_ref()?.get_by_str(name).filter(|v| !v.is_none())
    }
}

/// Write `text` to whatever `sys.stdout` is now (print's path when `file=` is absent);
/// `cuts` are where its pieces start (see [`write_to`]).
#[inline]
pub fn write_stdout(vm: &mut Vm, text: &str, cuts: &[usize], flush: bool) -> PyResult<()> {
    match vm.std_streams.stdout() {
        Target::Real => {
            vm.out.write(text);
            if flush {
                vm.out.flush();
            }
            Ok(())
        }
        Target::Nowhere => Ok(()),
        Target::Object(f) => write_to(vm, &f, text, cuts, flush),
    }
}

/// Write a report (a traceback, an exit message) to whatever `sys.stderr` is now; to fd 2
/// when that is still the original, and nowhere when it is None, as CPython does.
pub fn write_stderr(vm: &mut Vm, text: &str) -> PyResult<()> {
    match vm.std_streams.current("stderr") {
        Some(f) if !f.is(&vm.std_streams.real_stderr) => write_to(vm, &f, text, &[0], true),
        Some(_) => {
            vm.out.write_stderr(text);
            Ok(())
        }
        None => Ok(()),
    }
}

/// `file.write(text)` (and `file.flush()`), natively for coro's own file objects; any
/// other object gets one `write` call per piece, the pieces starting at `cuts`.
pub fn write_to(
    vm: &mut Vm,
    file: &Value,
    text: &str,
    cuts: &[usize],
    flush: bool,
) -> PyResult<()> {
    if let Some(f) = downcast::<FileObj>(file) {
        if f.text.is_some() {
            f.write_text(vm, text)?;
            if flush {
                f.stream.borrow_mut().flush(vm)?;
            }
            return Ok(());
        }
    }
    let write = vm.getattr(file, "write")?;
    for (i, &start) in cuts.iter().enumerate() {
        let end = cuts.get(i + 1).copied().unwrap_or(text.len());
        vm.call_args(&write, vec![Value::str(&text[start..end])])?;
    }
    if flush {
        if let Some(f) = vm.getattr_opt(file, "flush")? {
            vm.call_args(&f, vec![])?;
        }
    }
    Ok(())
}

/// One line from `sys.stdin` for `input()`, without its newline; EOFError at the end.
pub fn input_line(vm: &mut Vm) -> PyResult<String> {
    let Some(stdin) = vm.std_streams.current("stdin") else {
        return Err(crate::runtime::error::runtime_error(
            "input(): lost sys.stdin",
        ));
    };
    vm.out.flush();
    let file = downcast::<FileObj>(&stdin);
    let line = match file.as_deref().and_then(|f| Some((f, f.text.as_ref()?))) {
        Some((f, text)) => {
            let mut s = f.stream.borrow_mut();
            text.borrow_mut().read_line(&mut s, vm, None)?
        }
        None => {
            let readline = vm.getattr(&stdin, "readline")?;
            let v = vm.call_args(&readline, vec![])?;
            match crate::runtime::builtins::as_str(&v) {
                Some(s) => s.as_str().to_string(),
                None => {
                    return Err(crate::runtime::error::type_error(
                        "object.readline() returned non-string",
                    ))
                }
            }
        }
    };
    if line.is_empty() {
        return Err(eof());
    }
    Ok(line.strip_suffix('\n').unwrap_or(&line).to_string())
}

#[cold]
fn eof() -> PyErr {
    builtin_error(ExcKind::EOFError, "EOF when reading a line")
}

/// What the REPL and `exec(..., "single")` do with an expression statement's value:
/// `sys.displayhook(value)`, whose default writes `repr(value)` to the current
/// `sys.stdout` and keeps the value as `builtins._` (None prints nothing).
pub fn display(vm: &mut Vm, value: Value) -> PyResult<()> {
    let hook = vm
        .cached_module("sys")
        .and_then(|m| vm.module_dict(&m))
        .and_then(|d| d.get_by_str("displayhook"));
    match hook {
        Some(Value::Builtin(b)) if b.name == "displayhook" => default_display(vm, value),
        Some(hook) => vm.call_args(&hook, vec![value]).map(|_| ()),
        None => Err(crate::runtime::error::runtime_error("lost sys.displayhook")),
    }
}

/// `sys.__displayhook__`.
pub fn default_display(vm: &mut Vm, value: Value) -> PyResult<()> {
    if value.is_none() {
        return Ok(());
    }
    vm.builtins.set_by_str("_", Value::None);
    let mut text = vm.repr(&value)?;
    text.push('\n');
    write_stdout(vm, &text, &[0], false)?;
    vm.builtins.set_by_str("_", value);
    Ok(())
}
