//! What every IOBase object has in CPython, written over its own methods so that it works
//! for the native files and for Python subclasses alike: the context manager, iteration
//! by lines, `readlines`, `writelines`, and the defaults (`readable()` is False, `closed`
//! follows `close()`). Not any concrete stream.

use super::{install_methods, Classes};
use crate::runtime::builtins::one_optional;
use crate::runtime::error::{stop_iteration, type_error, PyResult};
use crate::runtime::function::{Args, NativeFn};
use crate::runtime::list::PyList;
use crate::runtime::value::Value;
use crate::vm::Vm;
use std::rc::Rc;

/// The instance attribute a Python subclass's `close()` sets (CPython's name).
const CLOSED_FLAG: &str = "__IOBase_closed";

pub(super) fn install(c: &Classes, t: &crate::runtime::types::Types) {
    let methods: &[(&'static str, NativeFn)] = &[
        ("__enter__", enter),
        ("__exit__", exit),
        ("__iter__", iter),
        ("__next__", next),
        ("readlines", readlines),
        ("writelines", writelines),
        ("close", close),
        ("flush", flush),
        ("readable", no),
        ("writable", no),
        ("seekable", no),
        ("isatty", no),
        ("fileno", fileno),
    ];
    install_methods(t, &c.io_base, "_IOBase", methods, &[("closed", closed)]);
    let raw: &[(&'static str, NativeFn)] = &[("read", raw_read), ("readall", raw_readall)];
    install_methods(t, &c.raw_io_base, "_RawIOBase", raw, &[]);
}

/// `RawIOBase.read(size=-1)` over the subclass's `readinto`: a bytearray of `size`
/// filled once; None when `readinto` says no data is ready; all of it for a negative size.
fn raw_read(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let f = this(&args)?.clone();
    let p = [one_optional(vm, &args, None, "read")?];
    let Some(size) = super::file::size_arg(vm, p[0])? else {
        let readall = vm.getattr(&f, "readall")?;
        return vm.call_args(&readall, vec![]);
    };
    let buf = crate::runtime::native::bytearray_value(vm.types(), vec![0; size]);
    let readinto = vm.getattr(&f, "readinto")?;
    let n = vm.call_args(&readinto, vec![buf.clone()])?;
    if n.is_none() {
        return Ok(Value::None);
    }
    let n = crate::runtime::builtins::index_i64(vm, &n)?;
    let got =
        crate::runtime::bytes::with_bytes(&buf, |b| b[..(n.max(0) as usize).min(b.len())].to_vec())
            .unwrap_or_default();
    Ok(crate::runtime::native::bytes_value(vm.types(), &got))
}

/// `RawIOBase.readall()`: `read(DEFAULT_BUFFER_SIZE)` until it gives nothing.
fn raw_readall(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let f = this(&args)?.clone();
    let read = vm.getattr(&f, "read")?;
    let mut out = Vec::new();
    loop {
        let chunk = vm.call_args(&read, vec![Value::Int(super::stream::CHUNK as i64)])?;
        if chunk.is_none() && out.is_empty() {
            return Ok(Value::None);
        }
        match crate::runtime::bytes::with_bytes(&chunk, <[u8]>::to_vec) {
            Some(b) if !b.is_empty() => out.extend(b),
            _ => break,
        }
    }
    Ok(crate::runtime::native::bytes_value(vm.types(), &out))
}

fn this<'a>(args: &Args<'a>) -> PyResult<&'a Value> {
    args.pos()
        .first()
        .ok_or_else(|| type_error("descriptor needs an IOBase argument"))
}

fn check_open(vm: &mut Vm, f: &Value) -> PyResult<()> {
    let closed = vm.getattr(f, "closed")?;
    if vm.truthy(&closed)? {
        return Err(super::stream::closed_file());
    }
    Ok(())
}

fn enter(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let f = this(&args)?;
    check_open(vm, f)?;
    Ok(f.clone())
}

fn exit(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let f = this(&args)?;
    let close = vm.getattr(f, "close")?;
    vm.call_args(&close, vec![])?;
    Ok(Value::None)
}

fn iter(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let f = this(&args)?;
    check_open(vm, f)?;
    Ok(f.clone())
}

fn is_empty(vm: &mut Vm, v: &Value) -> PyResult<bool> {
    Ok(vm.len(v)? == 0)
}

fn next(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let f = this(&args)?;
    let readline = vm.getattr(f, "readline")?;
    let line = vm.call_args(&readline, vec![])?;
    if is_empty(vm, &line)? {
        return Err(stop_iteration(Value::None));
    }
    Ok(line)
}

/// The lines left, stopping once `hint` characters (or bytes) have been read.
fn readlines(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let f = this(&args)?;
    let p = [one_optional(vm, &args, Some("_IOBase"), "readlines")?];
    let hint = match p[0] {
        None | Some(Value::None) => None,
        Some(v) => {
            let n = crate::runtime::builtins::index_i64(vm, v)?;
            (n > 0).then_some(n as usize)
        }
    };
    let iter = vm.get_iter(f)?;
    let mut lines = Vec::new();
    let mut total = 0;
    while let Some(line) = vm.next(&iter)? {
        if hint.is_some() {
            total += vm.len(&line)?;
        }
        lines.push(line);
        if hint.is_some_and(|h| total >= h) {
            break;
        }
    }
    Ok(Value::List(Rc::new(PyList::new(lines))))
}

fn writelines(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let f = this(&args)?;
    let lines =
        crate::runtime::signature::Signature::one_arg("_IOBase.writelines").one_method(&args)?;
    check_open(vm, f)?;
    let write = vm.getattr(f, "write")?;
    let iter = vm.get_iter(lines)?;
    while let Some(line) = vm.next(&iter)? {
        vm.call_args(&write, vec![line])?;
    }
    Ok(Value::None)
}

fn close(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let f = this(&args)?;
    if let Value::Instance(inst) = f {
        if inst.get_attr_by_str(CLOSED_FLAG).is_none() {
            let flush = vm.getattr(f, "flush")?;
            vm.call_args(&flush, vec![])?;
            inst.set_attr_by_str(CLOSED_FLAG, Value::Bool(true));
        }
    }
    Ok(Value::None)
}

fn closed(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let f = this(&args)?;
    Ok(Value::Bool(match f {
        Value::Instance(inst) => inst.get_attr_by_str(CLOSED_FLAG).is_some(),
        _ => false,
    }))
}

fn flush(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let f = this(&args)?;
    check_open(vm, f)?;
    Ok(Value::None)
}

fn no(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    this(&args)?;
    Ok(Value::Bool(false))
}

fn fileno(vm: &mut Vm, _args: Args<'_>) -> PyResult<Value> {
    Err(super::unsupported(vm.types(), "fileno"))
}
