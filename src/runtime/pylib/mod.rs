//! Standard-library modules written in Python, embedded in the binary with `include_str!`
//! and compiled on first import (`itertools`, `operator`, `contextlib`, `types`,
//! `collections`, `string`, `copy`, `importlib`, ...). The VM's import system
//! (`vm::import`) finds them by name after the search path and runs them.
//! It is not an importer: only the modules listed here, and it only lists them.

use crate::compiler::bytecode::SourceFile;
use crate::compiler::{compile, CompileMode};
use crate::runtime::error::{PyErr, PyResult};
use crate::runtime::function::CodeObj;
use crate::runtime::types::types;
use crate::syntax_error::SyntaxError;
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
        "re" => include_str!("re.py"),
        "_sys_info" => include_str!("_sys_info.py"),
        "_frozen_importlib" => include_str!("_frozen_importlib.py"),
        "importlib" => include_str!("importlib.py"),
        "importlib.machinery" => include_str!("importlib_machinery.py"),
        "importlib.util" => include_str!("importlib_util.py"),
        _ => return None,
    })
}

/// Whether the embedded module `name` is a package (it has submodules here).
pub fn is_package(name: &str) -> bool {
    matches!(name, "importlib")
}

/// An embedded module that does not compile is a bug in this folder; it still surfaces
/// as an ImportError rather than a panic.
pub fn compile_embedded(name: &str, text: &'static str) -> PyResult<Rc<CodeObj>> {
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
