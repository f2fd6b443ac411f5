//! One SQLite database handle: opening and closing it, the counters a Connection reports
//! (changes, total changes, the last rowid, whether a transaction is open), interrupting
//! it, copying it to another handle, and turning SQLite's errors into the `sqlite3`
//! module's exceptions. It is not statements (`statement.rs`) nor the Python
//! callbacks (`callbacks.rs`).

use crate::runtime::error::{runtime_error, type_error, PyErr, PyResult};
use crate::runtime::function::Args;
use crate::runtime::native::{NativeData, NativeObj};
use crate::runtime::signature::module_positional;
use crate::runtime::value::Value;
use crate::vm::Vm;
use libsqlite3_sys as ffi;
use std::cell::Cell;
use std::ffi::{c_int, CStr, CString};
use std::rc::Rc;

extern "C" {
    // Left out of the crate's bindings, but in the bundled library: a close that waits
    // for the handle's last statement to be finalized instead of failing with BUSY.
    fn sqlite3_close_v2(db: *mut ffi::sqlite3) -> c_int;
}

/// An open (or closed: null handle) database. `vm` points at the interpreter while a
/// statement steps, so that SQL calling a Python function can run it.
pub(super) struct Db {
    handle: Cell<*mut ffi::sqlite3>,
    pub(super) vm: Rc<Cell<*mut Vm>>,
}

impl Db {
    /// The live handle, or an error once closed (the Python layer checks first).
    pub(super) fn handle(&self) -> PyResult<*mut ffi::sqlite3> {
        let h = self.handle.get();
        if h.is_null() {
            return Err(closed());
        }
        Ok(h)
    }
}

impl Drop for Db {
    fn drop(&mut self) {
        let h = self.handle.replace(std::ptr::null_mut());
        if !h.is_null() {
            // SAFETY: the handle is open and owned by this Db alone.
            unsafe { sqlite3_close_v2(h) };
        }
    }
}

#[cold]
fn closed() -> PyErr {
    runtime_error("the database is closed")
}

/// The Db of a handle value made by [`open`].
pub(super) fn db_of(v: &Value) -> PyResult<Rc<Db>> {
    if let Value::Native(n) = v {
        if let NativeData::Extension(e) = &n.data {
            if let Ok(db) = e.clone().downcast::<Db>() {
                return Ok(db);
            }
        }
    }
    Err(type_error("expected an SQLite database"))
}

/// A Rust string of a C string SQLite owns (empty for null).
pub(super) fn text_of(p: *const std::ffi::c_char) -> String {
    if p.is_null() {
        return String::new();
    }
    // SAFETY: SQLite hands out NUL-terminated strings valid until its next call.
    unsafe { CStr::from_ptr(p) }.to_string_lossy().into_owned()
}

/// The str argument `v` as a C string (the Python layer refuses NULs first).
pub(super) fn c_string(v: &Value) -> PyResult<CString> {
    let s = crate::runtime::builtins::as_str(v).ok_or_else(|| type_error("expected str"))?;
    CString::new(s.as_str())
        .map_err(|_| crate::runtime::error::value_error("embedded null character"))
}

/// The exception for result `code` with `message`, made by `sqlite3._error` (its table
/// of result codes to classes, and the `sqlite_errorcode`/`sqlite_errorname` it sets).
#[cold]
pub(super) fn raise_code(vm: &mut Vm, code: c_int, message: String) -> PyErr {
    let made = vm
        .import_absolute("sqlite3")
        .and_then(|m| vm.getattr(&m, "_error"))
        .and_then(|f| vm.call_args(&f, [Value::Int(code as i64), Value::from_string(message)]));
    match made {
        Ok(Value::Instance(i)) => PyErr::from_instance(i),
        Ok(_) => type_error("sqlite3._error must return an exception"),
        Err(e) => e,
    }
}

/// The exception for the last failure on `db`.
#[cold]
pub(super) fn db_error(vm: &mut Vm, db: *mut ffi::sqlite3) -> PyErr {
    // SAFETY: `db` is an open handle.
    let (code, message) = unsafe {
        (
            ffi::sqlite3_extended_errcode(db),
            text_of(ffi::sqlite3_errmsg(db)),
        )
    };
    raise_code(vm, code, message)
}

/// `open(path, uri, timeout_seconds)`: a database handle, read-write, created if missing.
pub(super) fn open(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let p = module_positional(&args, "_sqlite3", "open", 3, 3)?;
    let path = c_string(&p[0])?;
    let mut flags = ffi::SQLITE_OPEN_READWRITE | ffi::SQLITE_OPEN_CREATE;
    if matches!(p[1], Value::Bool(true)) {
        flags |= ffi::SQLITE_OPEN_URI;
    }
    let timeout = match &p[2] {
        Value::Float(f) => *f,
        Value::Int(i) => *i as f64,
        _ => 5.0,
    };
    let mut handle: *mut ffi::sqlite3 = std::ptr::null_mut();
    // SAFETY: a valid C string and an out pointer; the handle is closed on failure.
    let rc = unsafe { ffi::sqlite3_open_v2(path.as_ptr(), &mut handle, flags, std::ptr::null()) };
    if rc != ffi::SQLITE_OK {
        let err = if handle.is_null() {
            raise_code(vm, rc, "out of memory".into())
        } else {
            db_error(vm, handle)
        };
        // SAFETY: the failed handle is ours to close.
        unsafe { sqlite3_close_v2(handle) };
        return Err(err);
    }
    let ms = (timeout * 1000.0).clamp(0.0, c_int::MAX as f64) as c_int;
    // SAFETY: `handle` is open.
    unsafe { ffi::sqlite3_busy_timeout(handle, ms) };
    let db = Db {
        handle: Cell::new(handle),
        vm: Rc::new(Cell::new(std::ptr::null_mut())),
    };
    Ok(NativeObj::value(
        vm.types().object.clone(),
        NativeData::Extension(Rc::new(db)),
    ))
}

/// `close(db)`: closes the handle (statements still alive finalize later: close_v2).
pub(super) fn close(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let p = module_positional(&args, "_sqlite3", "close", 1, 1)?;
    let db = db_of(&p[0])?;
    let h = db.handle.replace(std::ptr::null_mut());
    if !h.is_null() {
        // SAFETY: the handle was open; nothing uses it after this.
        let rc = unsafe { sqlite3_close_v2(h) };
        if rc != ffi::SQLITE_OK {
            return Err(raise_code(vm, rc, "unable to close database".into()));
        }
    }
    Ok(Value::None)
}

/// The one handle argument of a counter query.
fn handle_arg(args: &Args<'_>, name: &str) -> PyResult<*mut ffi::sqlite3> {
    let p = module_positional(args, "_sqlite3", name, 1, 1)?;
    db_of(&p[0])?.handle()
}

/// `changes(db)`: rows changed by the last INSERT/UPDATE/DELETE.
pub(super) fn changes(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let h = handle_arg(&args, "changes")?;
    // SAFETY: `h` is open.
    Ok(Value::Int(unsafe { ffi::sqlite3_changes64(h) }))
}

/// `total_changes(db)`: rows changed since the database was opened.
pub(super) fn total_changes(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let h = handle_arg(&args, "total_changes")?;
    // SAFETY: `h` is open.
    Ok(Value::Int(unsafe { ffi::sqlite3_total_changes64(h) }))
}

/// `last_insert_rowid(db)`.
pub(super) fn last_insert_rowid(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let h = handle_arg(&args, "last_insert_rowid")?;
    // SAFETY: `h` is open.
    Ok(Value::Int(unsafe { ffi::sqlite3_last_insert_rowid(h) }))
}

/// `autocommit(db)`: True when no transaction is open.
pub(super) fn autocommit(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let h = handle_arg(&args, "autocommit")?;
    // SAFETY: `h` is open.
    Ok(Value::Bool(unsafe { ffi::sqlite3_get_autocommit(h) } != 0))
}

/// `interrupt(db)`: makes the running statement fail with "interrupted".
pub(super) fn interrupt(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let h = handle_arg(&args, "interrupt")?;
    // SAFETY: `h` is open.
    unsafe { ffi::sqlite3_interrupt(h) };
    Ok(Value::None)
}

/// `complete_statement(sql)`: whether `sql` ends a complete statement (with its `;`).
pub(super) fn complete_statement(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let p = module_positional(&args, "_sqlite3", "complete_statement", 1, 1)?;
    let sql = c_string(&p[0])?;
    // SAFETY: a valid C string.
    Ok(Value::Bool(
        unsafe { ffi::sqlite3_complete(sql.as_ptr()) } != 0,
    ))
}

/// `backup(src, dst, name, pages)`: copies database `name` of `src` over `dst`'s main
/// database, `pages` pages per step (-1: all at once).
pub(super) fn backup(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let p = module_positional(&args, "_sqlite3", "backup", 4, 4)?;
    let src = db_of(&p[0])?.handle()?;
    let dst = db_of(&p[1])?.handle()?;
    let name = c_string(&p[2])?;
    let pages = match p[3] {
        Value::Int(n) if n != 0 => n.clamp(-1, c_int::MAX as i64) as c_int,
        _ => -1,
    };
    // SAFETY: both handles are open and distinct (checked by the Python layer).
    unsafe {
        let b = ffi::sqlite3_backup_init(dst, c"main".as_ptr(), src, name.as_ptr());
        if b.is_null() {
            return Err(db_error(vm, dst));
        }
        loop {
            let rc = ffi::sqlite3_backup_step(b, pages);
            if rc == ffi::SQLITE_DONE {
                break;
            }
            if !matches!(rc, ffi::SQLITE_OK | ffi::SQLITE_BUSY | ffi::SQLITE_LOCKED) {
                ffi::sqlite3_backup_finish(b);
                return Err(db_error(vm, dst));
            }
            if rc != ffi::SQLITE_OK {
                ffi::sqlite3_sleep(10);
            }
        }
        if ffi::sqlite3_backup_finish(b) != ffi::SQLITE_OK {
            return Err(db_error(vm, dst));
        }
    }
    Ok(Value::None)
}
