//! `readinto(b)` for the binary streams (FileIO, BufferedReader, BufferedRandom,
//! BytesIO): read up to `len(b)` bytes with the stream's own `read` and copy them into
//! the writable buffer `b` (a bytearray or a writable memoryview). Not `readinto1` or
//! the text streams, which have no readinto in CPython either.

use super::install_methods;
use crate::runtime::builtins::{method_args, type_name};
use crate::runtime::bytes::bytes_of;
use crate::runtime::error::{type_error, PyErr, PyResult};
use crate::runtime::function::{Args, NativeFn};
use crate::runtime::memoryview::{as_view, bytearray_data};
use crate::runtime::value::Value;
use crate::vm::Vm;

pub(super) fn install(c: &super::Classes, t: &crate::runtime::types::Types) {
    let methods: &[(&'static str, NativeFn)] = &[("readinto", readinto)];
    for (cls, owner) in [
        (&c.buffered_reader, "BufferedReader"),
        (&c.buffered_random, "BufferedRandom"),
        (&c.file_io, "FileIO"),
        (&c.bytes_io, "BytesIO"),
    ] {
        install_methods(t, cls, owner, methods, &[]);
    }
}

/// How many bytes the buffer holds, or None if it is not a writable buffer.
fn writable_len(target: &Value) -> Option<usize> {
    if let Some(b) = bytearray_data(target) {
        return Some(b.borrow().len());
    }
    match as_view(target) {
        Some(view) if !view.readonly => Some(view.nbytes()),
        _ => None,
    }
}

fn readinto(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let owner = args
        .pos()
        .first()
        .map(|v| type_name(vm, v))
        .unwrap_or_default();
    let target = method_args(&args, &owner, "readinto", 1, 1)?[0].clone();
    let Some(size) = writable_len(&target) else {
        return Err(not_writable(vm, &target));
    };
    if let Some(view) = as_view(&target) {
        view.check()?;
    }
    let me = args.pos()[0].clone();
    let read = vm.getattr(&me, "read")?;
    let data = vm.call_args(&read, vec![Value::Int(size as i64)])?;
    if matches!(data, Value::None) {
        // A non-blocking stream with nothing to give.
        return Ok(Value::None);
    }
    let data = bytes_of(&data).unwrap_or_default();
    let n = data.len().min(size);
    copy_into(&target, &data[..n]);
    Ok(Value::Int(n as i64))
}

/// Overwrite the start of the buffer with `data` (at most its length).
fn copy_into(target: &Value, data: &[u8]) {
    if let Some(b) = bytearray_data(target) {
        b.borrow_mut()[..data.len()].copy_from_slice(data);
        return;
    }
    if let Some(view) = as_view(target) {
        // Items of any size: overlay the view's bytes, then store them item by item.
        let mut all = view.with_bytes(<[u8]>::to_vec);
        all[..data.len()].copy_from_slice(data);
        let size = view.format.size.max(1);
        for (i, item) in all.chunks(size).enumerate() {
            view.store(i, item);
        }
    }
}

#[cold]
fn not_writable(vm: &Vm, target: &Value) -> PyErr {
    type_error(format!(
        "readinto() argument must be read-write bytes-like object, not {}",
        type_name(vm, target)
    ))
}
