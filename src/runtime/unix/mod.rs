//! The raw halves of the POSIX tool modules: `_fcntl` (fcntl/ioctl/flock/lockf),
//! `_termios` (terminal attributes, pseudo-terminals), `_resource` (limits and usage) and
//! `_mmap` (memory maps). Each is a thin layer of system calls on integers and bytes; the
//! Python-facing modules in pylib (`fcntl.py`, `termios.py`, `resource.py`, `mmap.py`)
//! check arguments, word the errors and build the objects. Not `os` (that is
//! [`crate::runtime::os`]).

pub mod fcntl_calls;
pub mod mmap_calls;
pub mod resource_calls;
pub mod termios_calls;

use crate::runtime::error::{PyErr, PyResult};
use crate::runtime::function::Args;
use crate::runtime::os::{int_arg, last_error, os_error};
use crate::runtime::value::Value;
use crate::vm::Vm;

/// Exactly `n` positional arguments of `name`, each an int.
fn ints(vm: &mut Vm, args: &Args<'_>, name: &str, n: usize) -> PyResult<Vec<i64>> {
    args.no_kw(name)?;
    let pos = args.check_pos(name, n, n)?;
    pos.iter().map(|v| int_arg(vm, v)).collect()
}

/// A C int argument; larger values are CPython's OverflowError.
fn c_int(n: i64) -> PyResult<libc::c_int> {
    libc::c_int::try_from(n).map_err(|_| too_big())
}

#[cold]
fn too_big() -> PyErr {
    crate::runtime::error::overflow_error("signed integer is greater than maximum")
}

/// A libc result: -1 is the OSError of errno.
fn checked(rc: i64) -> PyResult<i64> {
    if rc == -1 {
        return Err(errno_error());
    }
    Ok(rc)
}

#[cold]
fn errno_error() -> PyErr {
    os_error(&last_error(), None, None)
}

fn int_constants(m: &crate::runtime::dict::PyDict, table: &[(&str, i64)]) {
    for (name, value) in table {
        m.set_by_str(name, Value::Int(*value));
    }
}

#[cfg(test)]
mod tests;
