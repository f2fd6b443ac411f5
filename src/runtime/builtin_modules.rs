//! The table of coro's own native modules (written in Rust): each name maps to the function
//! that builds its namespace, called on the module's first import, so start-up pays only for
//! what a script imports. Modules written in Python are listed in [`crate::runtime::pylib`]
//! instead. This is a table, not an importer: the VM's import system consults it after the
//! search path.

use crate::runtime::builtins::{
    binascii, functools, hashlib, math, mersenne, struct_pack, sys_time,
};
use crate::runtime::dict::PyDict;
use crate::vm::Vm;
use std::rc::Rc;

/// Builds a native module's namespace on first import.
pub type ModuleInit = fn(&mut Vm) -> Rc<PyDict>;

/// The builder of the native module `name`, if coro has one.
pub fn native_module(name: &str) -> Option<ModuleInit> {
    Some(match name {
        "_random" => |_| mersenne::module(),
        "_struct" => |_| struct_pack::module(),
        "binascii" => |_| binascii::module(),
        "hashlib" => hashlib::module,
        "functools" => |_| functools::module(),
        "math" => |_| math::module(),
        "time" => |_| sys_time::time_module(),
        _ => return None,
    })
}
