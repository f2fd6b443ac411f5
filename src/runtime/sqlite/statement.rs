//! Prepared statements: compiling one SQL statement (and handing back the text after
//! it), binding parameters, stepping, and reading a row's columns as Python values. It
//! is not parameter styles or type conversion (adapters, converters, `text_factory`),
//! which `pylib/sqlite3.py` applies around these calls.

use super::database::{db_error, db_of, Db};
use crate::runtime::builtins::{as_str, index_i64};
use crate::runtime::bytes::bytes_of;
use crate::runtime::error::{type_error, PyErr, PyResult};
use crate::runtime::function::Args;
use crate::runtime::native::{bytes_value, NativeData, NativeObj};
use crate::runtime::signature::module_positional;
use crate::runtime::value::Value;
use crate::vm::Vm;
use libsqlite3_sys as ffi;
use std::cell::Cell;
use std::ffi::c_int;
use std::rc::Rc;

/// A prepared statement; it keeps its database alive (SQLite finalizes statements
/// before the handle can really close).
struct Stmt {
    raw: Cell<*mut ffi::sqlite3_stmt>,
    db: Rc<Db>,
}

impl Drop for Stmt {
    fn drop(&mut self) {
        let raw = self.raw.replace(std::ptr::null_mut());
        if !raw.is_null() {
            // SAFETY: the statement is ours and not in use.
            unsafe { ffi::sqlite3_finalize(raw) };
        }
    }
}

fn stmt_of(v: &Value) -> PyResult<Rc<Stmt>> {
    if let Value::Native(n) = v {
        if let NativeData::Extension(e) = &n.data {
            if let Ok(s) = e.clone().downcast::<Stmt>() {
                return Ok(s);
            }
        }
    }
    Err(type_error("expected an SQLite statement"))
}

/// The live statement pointer of the first argument, after checking the count.
fn raw_arg(
    args: &Args<'_>,
    name: &str,
    n: usize,
) -> PyResult<(Rc<Stmt>, *mut ffi::sqlite3_stmt, Vec<Value>)> {
    let p = module_positional(args, "_sqlite3", name, n, n)?;
    let s = stmt_of(&p[0])?;
    let raw = s.raw.get();
    if raw.is_null() {
        return Err(type_error("the statement is finalized"));
    }
    Ok((s, raw, p[1..].to_vec()))
}

/// `prepare(db, sql)`: (statement or None when `sql` holds only blanks and comments,
/// the text after the first statement).
pub(super) fn prepare(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let p = module_positional(&args, "_sqlite3", "prepare", 2, 2)?;
    let db = db_of(&p[0])?;
    let h = db.handle()?;
    let sql = as_str(&p[1]).ok_or_else(|| type_error("expected str"))?;
    let text = sql.as_str();
    let mut raw: *mut ffi::sqlite3_stmt = std::ptr::null_mut();
    let mut tail: *const std::ffi::c_char = std::ptr::null();
    let len = c_int::try_from(text.len()).map_err(|_| too_big(vm))?;
    // SAFETY: `text` outlives the call; SQLite reads `len` bytes of it.
    let rc = unsafe { ffi::sqlite3_prepare_v2(h, text.as_ptr().cast(), len, &mut raw, &mut tail) };
    if rc != ffi::SQLITE_OK {
        return Err(db_error(vm, h));
    }
    let used = if tail.is_null() {
        text.len()
    } else {
        tail as usize - text.as_ptr() as usize
    };
    let rest = Value::str(text.get(used..).unwrap_or(""));
    if raw.is_null() {
        return Ok(Value::tuple(vec![Value::None, rest]));
    }
    let stmt = Stmt {
        raw: Cell::new(raw),
        db,
    };
    let v = NativeObj::value(
        vm.types().object.clone(),
        NativeData::Extension(Rc::new(stmt)),
    );
    Ok(Value::tuple(vec![v, rest]))
}

#[cold]
fn too_big(vm: &mut Vm) -> PyErr {
    super::database::raise_code(vm, ffi::SQLITE_TOOBIG, "query string is too large".into())
}

/// `param_count(stmt)`: how many parameters the statement has.
pub(super) fn param_count(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (_s, raw, _) = raw_arg(&args, "param_count", 1)?;
    // SAFETY: a live statement.
    Ok(Value::Int(
        unsafe { ffi::sqlite3_bind_parameter_count(raw) } as i64,
    ))
}

/// `param_name(stmt, i)`: parameter `i`'s name with its prefix (":a"), None for `?`.
pub(super) fn param_name(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (_s, raw, p) = raw_arg(&args, "param_name", 2)?;
    let i = index_i64(vm, &p[0])? as c_int;
    // SAFETY: a live statement; SQLite checks the index.
    let name = unsafe { ffi::sqlite3_bind_parameter_name(raw, i) };
    if name.is_null() {
        return Ok(Value::None);
    }
    Ok(Value::from_string(super::database::text_of(name)))
}

/// `bind(stmt, i, value)`: None, int, float, str or a bytes-like object into parameter
/// `i` (other types were adapted or refused by the Python layer).
pub(super) fn bind(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, raw, p) = raw_arg(&args, "bind", 3)?;
    let i = index_i64(vm, &p[0])? as c_int;
    // SAFETY: a live statement; text and blobs are copied by SQLite (TRANSIENT).
    let rc = unsafe {
        match &p[1] {
            Value::None => ffi::sqlite3_bind_null(raw, i),
            Value::Bool(b) => ffi::sqlite3_bind_int64(raw, i, *b as i64),
            Value::Int(n) => ffi::sqlite3_bind_int64(raw, i, *n),
            Value::BigInt(_) => return Err(int_too_big()),
            Value::Float(f) => ffi::sqlite3_bind_double(raw, i, *f),
            v => {
                if let Some(text) = as_str(v) {
                    let t = text.as_str();
                    ffi::sqlite3_bind_text64(
                        raw,
                        i,
                        t.as_ptr().cast(),
                        t.len() as u64,
                        ffi::SQLITE_TRANSIENT(),
                        ffi::SQLITE_UTF8 as u8,
                    )
                } else if let Some(b) = bytes_of(v) {
                    ffi::sqlite3_bind_blob64(
                        raw,
                        i,
                        b.as_ptr().cast(),
                        b.len() as u64,
                        ffi::SQLITE_TRANSIENT(),
                    )
                } else {
                    return Err(type_error("unsupported parameter type"));
                }
            }
        }
    };
    if rc != ffi::SQLITE_OK {
        return Err(db_error(vm, s.db.handle()?));
    }
    Ok(Value::None)
}

#[cold]
fn int_too_big() -> PyErr {
    crate::runtime::error::builtin_error(
        crate::runtime::types::ExcKind::OverflowError,
        "Python int too large to convert to SQLite INTEGER",
    )
}

/// `step(stmt)`: True with a row ready, False when the statement is done. Python
/// functions the SQL calls run inside this call, so the interpreter is lent to them.
pub(super) fn step(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, raw, _) = raw_arg(&args, "step", 1)?;
    let previous = s.db.vm.replace(vm as *mut Vm);
    // SAFETY: a live statement; callbacks reach the interpreter through `db.vm` only
    // while this call runs, and this frame does not touch `vm` meanwhile.
    let rc = unsafe { ffi::sqlite3_step(raw) };
    s.db.vm.set(previous);
    match rc {
        ffi::SQLITE_ROW => Ok(Value::Bool(true)),
        ffi::SQLITE_DONE => Ok(Value::Bool(false)),
        _ => Err(db_error(vm, s.db.handle()?)),
    }
}

/// Column `i` of the current row as a Python value (TEXT as bytes when `raw_text`).
///
/// # Safety
/// `raw` is a live statement positioned on a row and `i` is in range.
unsafe fn column_value(
    t: &crate::runtime::types::Types,
    raw: *mut ffi::sqlite3_stmt,
    i: c_int,
    raw_text: bool,
) -> Value {
    match ffi::sqlite3_column_type(raw, i) {
        ffi::SQLITE_INTEGER => Value::Int(ffi::sqlite3_column_int64(raw, i)),
        ffi::SQLITE_FLOAT => Value::Float(ffi::sqlite3_column_double(raw, i)),
        ffi::SQLITE_TEXT => {
            let p = ffi::sqlite3_column_text(raw, i);
            let n = ffi::sqlite3_column_bytes(raw, i) as usize;
            let bytes = if p.is_null() {
                &[][..]
            } else {
                std::slice::from_raw_parts(p, n)
            };
            if raw_text {
                bytes_value(t, bytes)
            } else {
                Value::from_string(String::from_utf8_lossy(bytes).into_owned())
            }
        }
        ffi::SQLITE_BLOB => column_blob(t, raw, i),
        _ => Value::None,
    }
}

/// Column `i`'s bytes (as SQLite converts any value to a blob).
///
/// # Safety
/// As [`column_value`].
unsafe fn column_blob(
    t: &crate::runtime::types::Types,
    raw: *mut ffi::sqlite3_stmt,
    i: c_int,
) -> Value {
    let p = ffi::sqlite3_column_blob(raw, i);
    let n = ffi::sqlite3_column_bytes(raw, i) as usize;
    if p.is_null() {
        return bytes_value(t, &[]);
    }
    bytes_value(t, std::slice::from_raw_parts(p.cast::<u8>(), n))
}

/// `row(stmt, raw_text)`: the current row as a tuple.
pub(super) fn row(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (_s, raw, p) = raw_arg(&args, "row", 2)?;
    let raw_text = matches!(p[0], Value::Bool(true));
    // SAFETY: a live statement on a row (the Python layer reads rows after `step`).
    let items = unsafe {
        let n = ffi::sqlite3_data_count(raw);
        (0..n)
            .map(|i| column_value(vm.types(), raw, i, raw_text))
            .collect()
    };
    Ok(Value::tuple(items))
}

/// `column_bytes(stmt, i)`: column `i` as bytes (what converters receive), None for NULL.
pub(super) fn column_bytes(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (_s, raw, p) = raw_arg(&args, "column_bytes", 2)?;
    let i = index_i64(vm, &p[0])? as c_int;
    // SAFETY: a live statement on a row; the index comes from its column count.
    unsafe {
        if i < 0 || i >= ffi::sqlite3_data_count(raw) {
            return Ok(Value::None);
        }
        if ffi::sqlite3_column_type(raw, i) == ffi::SQLITE_NULL {
            return Ok(Value::None);
        }
        Ok(column_blob(vm.types(), raw, i))
    }
}

/// `column_names(stmt)`: the result columns' names.
pub(super) fn column_names(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (_s, raw, _) = raw_arg(&args, "column_names", 1)?;
    // SAFETY: a live statement.
    let names = unsafe {
        (0..ffi::sqlite3_column_count(raw))
            .map(|i| Value::from_string(super::database::text_of(ffi::sqlite3_column_name(raw, i))))
            .collect()
    };
    Ok(Value::tuple(names))
}

/// `column_decltypes(stmt)`: each result column's declared type, None for expressions.
pub(super) fn column_decltypes(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (_s, raw, _) = raw_arg(&args, "column_decltypes", 1)?;
    // SAFETY: a live statement.
    let types = unsafe {
        (0..ffi::sqlite3_column_count(raw))
            .map(|i| {
                let t = ffi::sqlite3_column_decltype(raw, i);
                if t.is_null() {
                    Value::None
                } else {
                    Value::from_string(super::database::text_of(t))
                }
            })
            .collect()
    };
    Ok(Value::tuple(types))
}

/// `readonly(stmt)`: whether the statement leaves the database unchanged.
pub(super) fn readonly(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (_s, raw, _) = raw_arg(&args, "readonly", 1)?;
    // SAFETY: a live statement.
    Ok(Value::Bool(unsafe { ffi::sqlite3_stmt_readonly(raw) } != 0))
}

/// `reset(stmt)`: back to the start, bindings kept (errors were reported by `step`).
pub(super) fn reset(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let p = module_positional(&args, "_sqlite3", "reset", 1, 1)?;
    let s = stmt_of(&p[0])?;
    let raw = s.raw.get();
    if !raw.is_null() {
        // SAFETY: a live statement.
        unsafe { ffi::sqlite3_reset(raw) };
    }
    Ok(Value::None)
}

/// `finalize(stmt)`: frees the statement now (rather than when the value is dropped).
pub(super) fn finalize(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let p = module_positional(&args, "_sqlite3", "finalize", 1, 1)?;
    let s = stmt_of(&p[0])?;
    let raw = s.raw.replace(std::ptr::null_mut());
    if !raw.is_null() {
        // SAFETY: the statement is ours; the pointer is cleared first.
        unsafe { ffi::sqlite3_finalize(raw) };
    }
    Ok(Value::None)
}
