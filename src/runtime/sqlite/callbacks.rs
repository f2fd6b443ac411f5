//! Python code called by SQL: scalar functions (`create_function`), aggregates
//! (`create_aggregate`: a class with `step` and `finalize`) and collations
//! (`create_collation`). SQLite calls them while a statement steps; `statement::step`
//! lends the interpreter to them through the database's `vm` cell. Their Python
//! exceptions become the SQL errors CPython reports ("user-defined function raised
//! exception"); the tracebacks are not printed (`enable_callback_tracebacks` is off).

use super::database::{c_string, db_of, raise_code};
use crate::runtime::error::PyResult;
use crate::runtime::function::Args;
use crate::runtime::native::bytes_value;
use crate::runtime::signature::module_positional;
use crate::runtime::value::Value;
use crate::vm::Vm;
use libsqlite3_sys as ffi;
use num_traits::Signed;
use std::cell::Cell;
use std::ffi::{c_int, c_void, CStr};
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::rc::Rc;

/// What SQLite keeps for one registration: the Python object to call and the cell
/// through which it reaches the interpreter.
struct Callback {
    vm: Rc<Cell<*mut Vm>>,
    target: Value,
}

unsafe extern "C" fn destroy(p: *mut c_void) {
    drop(Box::from_raw(p.cast::<Callback>()));
}

/// The interpreter lent by the running `step`, if any.
///
/// # Safety
/// Called only from a callback SQLite runs inside `sqlite3_step`.
unsafe fn lent_vm<'a>(cb: &Callback) -> Option<&'a mut Vm> {
    let p = cb.vm.get();
    if p.is_null() {
        None
    } else {
        Some(&mut *p)
    }
}

fn boxed(db: &super::database::Db, target: Value) -> *mut c_void {
    Box::into_raw(Box::new(Callback {
        vm: db.vm.clone(),
        target,
    }))
    .cast()
}

/// An SQL argument as a Python value (TEXT always as str, as CPython passes it).
///
/// # Safety
/// `v` is an argument SQLite handed to the running callback.
unsafe fn value_of(t: &crate::runtime::types::Types, v: *mut ffi::sqlite3_value) -> Value {
    match ffi::sqlite3_value_type(v) {
        ffi::SQLITE_INTEGER => Value::Int(ffi::sqlite3_value_int64(v)),
        ffi::SQLITE_FLOAT => Value::Float(ffi::sqlite3_value_double(v)),
        ffi::SQLITE_TEXT => {
            let p = ffi::sqlite3_value_text(v);
            let n = ffi::sqlite3_value_bytes(v) as usize;
            let bytes = if p.is_null() {
                &[][..]
            } else {
                std::slice::from_raw_parts(p, n)
            };
            Value::from_string(String::from_utf8_lossy(bytes).into_owned())
        }
        ffi::SQLITE_BLOB => {
            let p = ffi::sqlite3_value_blob(v);
            let n = ffi::sqlite3_value_bytes(v) as usize;
            if p.is_null() {
                bytes_value(t, &[])
            } else {
                bytes_value(t, std::slice::from_raw_parts(p.cast::<u8>(), n))
            }
        }
        _ => Value::None,
    }
}

/// # Safety
/// `argv` holds `argc` arguments of the running callback.
unsafe fn arguments(
    t: &crate::runtime::types::Types,
    argc: c_int,
    argv: *mut *mut ffi::sqlite3_value,
) -> Vec<Value> {
    (0..argc.max(0) as usize)
        .map(|i| value_of(t, *argv.add(i)))
        .collect()
}

/// # Safety
/// `ctx` is the running callback's context.
unsafe fn fail(ctx: *mut ffi::sqlite3_context, message: &CStr) {
    ffi::sqlite3_result_error(ctx, message.as_ptr(), -1);
}

/// Hands a Python result back to SQL; None when its type has no SQL value.
///
/// # Safety
/// `ctx` is the running callback's context.
unsafe fn give(ctx: *mut ffi::sqlite3_context, v: &Value) -> Option<()> {
    match v {
        Value::None => ffi::sqlite3_result_null(ctx),
        Value::Bool(b) => ffi::sqlite3_result_int64(ctx, *b as i64),
        Value::Int(n) => ffi::sqlite3_result_int64(ctx, *n),
        // CPython reports an int beyond 64 bits as SQLITE_TOOBIG (DataError).
        Value::BigInt(_) => ffi::sqlite3_result_error_toobig(ctx),
        Value::Float(f) => ffi::sqlite3_result_double(ctx, *f),
        v => {
            if let Some(s) = crate::runtime::builtins::as_str(v) {
                let t = s.as_str();
                ffi::sqlite3_result_text64(
                    ctx,
                    t.as_ptr().cast(),
                    t.len() as u64,
                    ffi::SQLITE_TRANSIENT(),
                    ffi::SQLITE_UTF8 as u8,
                );
            } else if let Some(b) = crate::runtime::bytes::bytes_of(v) {
                ffi::sqlite3_result_blob64(
                    ctx,
                    b.as_ptr().cast(),
                    b.len() as u64,
                    ffi::SQLITE_TRANSIENT(),
                );
            } else {
                return None;
            }
        }
    }
    Some(())
}

unsafe extern "C" fn call_function(
    ctx: *mut ffi::sqlite3_context,
    argc: c_int,
    argv: *mut *mut ffi::sqlite3_value,
) {
    let run = || {
        let cb = &*(ffi::sqlite3_user_data(ctx) as *const Callback);
        let ok = lent_vm(cb).and_then(|vm| {
            let result = vm
                .call_args(&cb.target, arguments(vm.types(), argc, argv))
                .ok()?;
            give(ctx, &result)
        });
        if ok.is_none() {
            fail(ctx, c"user-defined function raised exception");
        }
    };
    if catch_unwind(AssertUnwindSafe(run)).is_err() {
        fail(ctx, c"user-defined function raised exception");
    }
}

/// The aggregate instance slot of the running group (allocated zeroed by SQLite on the
/// first step; null when asked for in `final` of a group that had no rows).
unsafe fn instance_slot(ctx: *mut ffi::sqlite3_context, create: bool) -> *mut *mut Value {
    let size = if create {
        std::mem::size_of::<*mut Value>() as c_int
    } else {
        0
    };
    ffi::sqlite3_aggregate_context(ctx, size).cast()
}

unsafe extern "C" fn aggregate_step(
    ctx: *mut ffi::sqlite3_context,
    argc: c_int,
    argv: *mut *mut ffi::sqlite3_value,
) {
    let run = || {
        let cb = &*(ffi::sqlite3_user_data(ctx) as *const Callback);
        let slot = instance_slot(ctx, true);
        let Some(vm) = lent_vm(cb) else {
            return fail(ctx, c"user-defined aggregate's 'step' method raised error");
        };
        if slot.is_null() {
            return ffi::sqlite3_result_error_nomem(ctx);
        }
        if (*slot).is_null() {
            match vm.call_args(&cb.target, []) {
                Ok(instance) => *slot = Box::into_raw(Box::new(instance)),
                Err(_) => {
                    return fail(
                        ctx,
                        c"user-defined aggregate's '__init__' method raised error",
                    )
                }
            }
        }
        let instance = (**slot).clone();
        let args = arguments(vm.types(), argc, argv);
        let stepped = vm
            .getattr(&instance, "step")
            .and_then(|m| vm.call_args(&m, args));
        if stepped.is_err() {
            fail(ctx, c"user-defined aggregate's 'step' method raised error");
        }
    };
    if catch_unwind(AssertUnwindSafe(run)).is_err() {
        fail(ctx, c"user-defined aggregate's 'step' method raised error");
    }
}

unsafe extern "C" fn aggregate_final(ctx: *mut ffi::sqlite3_context) {
    let run = || {
        let cb = &*(ffi::sqlite3_user_data(ctx) as *const Callback);
        let slot = instance_slot(ctx, false);
        if slot.is_null() || (*slot).is_null() {
            return; // no rows: NULL, finalize not called (CPython's behaviour)
        }
        let instance = *Box::from_raw(*slot);
        *slot = std::ptr::null_mut();
        let given = lent_vm(cb).and_then(|vm| {
            let result = vm
                .getattr(&instance, "finalize")
                .and_then(|m| vm.call_args(&m, []))
                .ok()?;
            give(ctx, &result)
        });
        if given.is_none() {
            fail(
                ctx,
                c"user-defined aggregate's 'finalize' method raised error",
            );
        }
    };
    if catch_unwind(AssertUnwindSafe(run)).is_err() {
        fail(
            ctx,
            c"user-defined aggregate's 'finalize' method raised error",
        );
    }
}

unsafe extern "C" fn collate(
    p: *mut c_void,
    n1: c_int,
    s1: *const c_void,
    n2: c_int,
    s2: *const c_void,
) -> c_int {
    let run = || {
        let cb = &*(p as *const Callback);
        let text = |s: *const c_void, n: c_int| {
            let bytes = if s.is_null() {
                &[][..]
            } else {
                std::slice::from_raw_parts(s.cast::<u8>(), n.max(0) as usize)
            };
            Value::from_string(String::from_utf8_lossy(bytes).into_owned())
        };
        let vm = lent_vm(cb)?;
        match vm
            .call_args(&cb.target, [text(s1, n1), text(s2, n2)])
            .ok()?
        {
            Value::Int(n) => Some(n.signum() as c_int),
            Value::Bool(b) => Some(b as c_int),
            Value::BigInt(b) => Some(if b.is_negative() { -1 } else { 1 }),
            _ => None,
        }
    };
    catch_unwind(AssertUnwindSafe(run))
        .ok()
        .flatten()
        .unwrap_or(0)
}

/// `create_function(db, name, narg, func, deterministic)`.
pub(super) fn create_function(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let p = module_positional(&args, "_sqlite3", "create_function", 5, 5)?;
    let db = db_of(&p[0])?;
    let name = c_string(&p[1])?;
    let narg = match p[2] {
        Value::Int(n) => n.clamp(-1, 1000) as c_int,
        _ => -1,
    };
    let mut flags = ffi::SQLITE_UTF8;
    if matches!(p[4], Value::Bool(true)) {
        flags |= ffi::SQLITE_DETERMINISTIC;
    }
    let data = boxed(&db, p[3].clone());
    // SAFETY: an open handle; SQLite owns `data` from here and frees it with `destroy`
    // (also when registration fails).
    let rc = unsafe {
        ffi::sqlite3_create_function_v2(
            db.handle()?,
            name.as_ptr(),
            narg,
            flags,
            data,
            Some(call_function),
            None,
            None,
            Some(destroy),
        )
    };
    if rc != ffi::SQLITE_OK {
        return Err(raise_code(vm, rc, "Error creating function".into()));
    }
    Ok(Value::None)
}

/// `create_aggregate(db, name, narg, cls)`.
pub(super) fn create_aggregate(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let p = module_positional(&args, "_sqlite3", "create_aggregate", 4, 4)?;
    let db = db_of(&p[0])?;
    let name = c_string(&p[1])?;
    let narg = match p[2] {
        Value::Int(n) => n.clamp(-1, 1000) as c_int,
        _ => -1,
    };
    let data = boxed(&db, p[3].clone());
    // SAFETY: as in `create_function`.
    let rc = unsafe {
        ffi::sqlite3_create_function_v2(
            db.handle()?,
            name.as_ptr(),
            narg,
            ffi::SQLITE_UTF8,
            data,
            None,
            Some(aggregate_step),
            Some(aggregate_final),
            Some(destroy),
        )
    };
    if rc != ffi::SQLITE_OK {
        return Err(raise_code(vm, rc, "Error creating aggregate".into()));
    }
    Ok(Value::None)
}

/// `create_collation(db, name, func)`: func None removes the collation.
pub(super) fn create_collation(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let p = module_positional(&args, "_sqlite3", "create_collation", 3, 3)?;
    let db = db_of(&p[0])?;
    let name = c_string(&p[1])?;
    let h = db.handle()?;
    // SAFETY: an open handle; `data` is SQLite's from here (freed by `destroy`).
    let rc = unsafe {
        if p[2].is_none() {
            ffi::sqlite3_create_collation_v2(
                h,
                name.as_ptr(),
                ffi::SQLITE_UTF8,
                std::ptr::null_mut(),
                None,
                None,
            )
        } else {
            let data = boxed(&db, p[2].clone());
            ffi::sqlite3_create_collation_v2(
                h,
                name.as_ptr(),
                ffi::SQLITE_UTF8,
                data,
                Some(collate),
                Some(destroy),
            )
        }
    };
    if rc != ffi::SQLITE_OK {
        return Err(super::database::db_error(vm, h));
    }
    Ok(Value::None)
}
