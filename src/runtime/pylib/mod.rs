//! Standard-library modules written in Python, embedded in the binary with `include_str!`
//! and compiled on first import (`itertools`, `operator`, `contextlib`, `types`,
//! `collections`, `string`, `copy`, `abc`, `enum`, `dataclasses`, `typing`,
//! `_collections_abc`, `_typing_extras`, `__future__`). The VM's import falls back to [`source`] when no
//! native module of that name is registered, then [`load`] runs it.
//! It is not a file-system importer: only the modules listed here can be found.

use crate::compiler::bytecode::SourceFile;
use crate::compiler::{compile, CompileMode};
use crate::runtime::dict::PyDict;
use crate::runtime::error::{PyErr, PyResult};
use crate::runtime::function::CodeObj;
use crate::runtime::native::NativeObj;
use crate::runtime::types::types;
use crate::runtime::value::Value;
use crate::syntax_error::SyntaxError;
use crate::vm::Vm;
use std::rc::Rc;

/// The Python source of the embedded module `name`, if there is one.
pub fn source(name: &str) -> Option<&'static str> {
    Some(match name {
        "itertools" => include_str!("itertools.py"),
        "operator" => include_str!("operator.py"),
        "contextlib" => include_str!("contextlib.py"),
        "types" => include_str!("types.py"),
        "collections" => include_str!("collections.py"),
        "string" => include_str!("string.py"),
        "copy" => include_str!("copy.py"),
        "abc" => include_str!("abc.py"),
        "__future__" => include_str!("__future__.py"),
        "enum" => include_str!("enum.py"),
        "dataclasses" => include_str!("dataclasses.py"),
        "typing" => include_str!("typing.py"),
        "_collections_abc" => include_str!("_collections_abc.py"),
        "_typing_extras" => include_str!("_typing_extras.py"),
        _ => return None,
    })
}

/// Compile and run the embedded module `name` in a fresh namespace. The module is
/// registered before its body runs so circular imports see it, and unregistered again
/// if the body raises (as CPython drops a failed import from `sys.modules`).
pub fn load(vm: &mut Vm, name: &str, text: &'static str) -> PyResult<Value> {
    let code = compile_embedded(name, text)?;
    let globals = Rc::new(PyDict::new());
    globals.set_by_str("__name__", Value::str(name));
    let module = NativeObj::module(name, globals.clone());
    vm.modules.insert(name.to_string(), module.clone());
    if let Err(e) = vm.run_code(code, globals, None) {
        vm.modules.remove(name);
        return Err(e);
    }
    Ok(module)
}

/// An embedded module that does not compile is a bug in this folder; it still surfaces
/// as an ImportError rather than a panic.
fn compile_embedded(name: &str, text: &'static str) -> PyResult<Rc<CodeObj>> {
    let source = Rc::new(SourceFile {
        name: format!("<frozen {name}>").into(),
        text: text.into(),
    });
    let module = crate::parser::parse_module(text).map_err(|e| broken(&source, &e))?;
    let code =
        compile(&module, source.clone(), CompileMode::Module).map_err(|e| broken(&source, &e))?;
    Ok(CodeObj::new(code))
}

#[cold]
fn broken(source: &SourceFile, err: &SyntaxError) -> PyErr {
    PyErr::new(
        &types().import_error,
        format!(
            "{} does not compile: {} (line {})",
            source.name,
            err.message,
            source.line_of(err.span.start)
        ),
    )
}

#[cfg(test)]
mod tests;
