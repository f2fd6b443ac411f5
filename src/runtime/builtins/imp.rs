//! What the Python side of the import system needs from the interpreter: the `module`
//! type's constructor (`types.ModuleType(name, doc=None)`), `__import__`, and `_imp`, a
//! small native module for `importlib` (run a source file in a module's namespace, find a
//! module's spec). The import algorithm itself lives in `vm::import`.

use super::{def, method};
use crate::runtime::dict::PyDict;
use crate::runtime::error::{type_error, PyResult};
use crate::runtime::function::Args;
use crate::runtime::native::NativeObj;
use crate::runtime::signature::{module_positional, Signature};
use crate::runtime::types::Types;
use crate::runtime::value::Value;
use crate::vm::Vm;
use std::path::PathBuf;
use std::rc::Rc;

pub(super) fn install(t: &Types, b: &PyDict) {
    method(&t.module.dict, "module", "__new__", module_new);
    def(b, "__import__", dunder_import);
}

/// `module(name, doc=None)`: an empty module with the attributes CPython gives one.
fn module_new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    const MODULE: Signature = Signature::new("module", &["name", "doc"]).required(1);
    let p = MODULE.bind_method(&args)?;
    let name = p.req(0).clone();
    let Some(name_str) = name.as_pystr() else {
        return Err(type_error(format!(
            "module.__init__() argument 'name' must be str, not {}",
            name.arg_kind_name()
        )));
    };
    let doc = p.given(1).cloned().unwrap_or(Value::None);
    let dict = Rc::new(PyDict::new());
    dict.set_by_str("__name__", name.clone());
    dict.set_by_str("__doc__", doc);
    dict.set_by_str("__package__", Value::None);
    dict.set_by_str("__loader__", Value::None);
    dict.set_by_str("__spec__", Value::None);
    Ok(NativeObj::module(vm.types(), name_str.as_str(), dict))
}

/// `__import__(name, globals=None, locals=None, fromlist=(), level=0)`.
fn dunder_import(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    const IMPORT: Signature = Signature::new(
        "__import__",
        &["name", "globals", "locals", "fromlist", "level"],
    )
    .required(1);
    let p = IMPORT.bind(&args)?;
    let arg = |i: usize| p.given(i).cloned();
    let name = p.req(0).clone();
    let Some(name) = name.as_pystr().map(|s| s.as_str().to_string()) else {
        return Err(type_error(format!(
            "__import__() argument 1 must be str, not {}",
            name.arg_kind_name()
        )));
    };
    let globals = match arg(1) {
        Some(Value::Dict(d)) => d,
        _ => Rc::new(PyDict::new()),
    };
    let fromlist = arg(3).unwrap_or(Value::None);
    let level = match arg(4) {
        Some(Value::Int(n)) if n < 0 => {
            return Err(crate::runtime::error::value_error("level must be >= 0"))
        }
        Some(Value::Int(n)) => n as usize,
        _ => 0,
    };
    vm.import_name(&name, &globals, &fromlist, level)
}

/// The `_imp` module.
pub fn imp_module() -> Rc<PyDict> {
    let m = Rc::new(PyDict::new());
    def(&m, "exec_file", exec_file);
    def(&m, "import_absolute", import_absolute);
    def(&m, "module_details", module_details);
    m
}

/// `_imp.module_details(name)` -> `(name, code, file, spec)`: what `coro -m NAME` would
/// run (a package's `__main__`, parents imported), for `runpy.run_module`; `file` is
/// None for an embedded module. ImportError with `-m`'s message when there is none.
fn module_details(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    use crate::vm::import_main::MainModuleError;
    let pos = module_positional(&args, "_imp", "module_details", 1, 1)?;
    let Some(name) = pos[0].as_pystr() else {
        return Err(type_error("module name must be str"));
    };
    match vm.find_main_module(name.as_str()) {
        Ok(found) => Ok(Value::tuple(vec![
            Value::str(&found.name),
            crate::runtime::native::NativeObj::code(vm.types(), found.code),
            found.file.map_or(Value::None, |f| Value::str(&f)),
            found.spec,
        ])),
        Err(MainModuleError::Message(m)) => Err(crate::runtime::error::import_error(m)),
        Err(MainModuleError::Raised(e)) => Err(e),
    }
}

/// `_imp.exec_file(module, path)`: compile the file (cached) and run it in the module's
/// namespace, as a source loader's `exec_module` does.
fn exec_file(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let pos = module_positional(&args, "_imp", "exec_file", 2, 2)?;
    let Some(dict) = vm.module_dict(&pos[0]) else {
        return Err(type_error("exec_file() argument 1 must be a module"));
    };
    let Some(path) = pos[1].as_pystr() else {
        return Err(type_error("exec_file() argument 2 must be str"));
    };
    let code = vm.compile_file(&PathBuf::from(path.as_str()))?;
    vm.run_code(code, dict, None)?;
    Ok(Value::None)
}

/// `_imp.import_absolute(name)`: import a module by its absolute name and return it
/// (the leaf, not the top-level package).
fn import_absolute(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let pos = module_positional(&args, "_imp", "import_absolute", 1, 1)?;
    let Some(name) = pos[0].as_pystr() else {
        return Err(type_error("module name must be str"));
    };
    vm.import_absolute(name.as_str())
}
