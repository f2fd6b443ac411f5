//! Finding what `coro -m NAME` runs, as CPython's `runpy` does: parent packages are
//! imported first, a package runs its `__main__` submodule, and a module that cannot run
//! is a one-line message rather than a traceback. Running it is the interpreter's.

use super::import::{Found, SpecKind};
use crate::runtime::dict::PyDict;
use crate::runtime::error::PyErr;
use crate::runtime::function::CodeObj;
use crate::runtime::native::NativeObj;
use crate::runtime::value::Value;
use crate::vm::Vm;
use std::rc::Rc;

/// What `coro -m NAME` runs as `__main__`.
pub struct MainModule {
    /// The module's real name (`pkg.__main__` for `-m pkg`).
    pub name: String,
    pub code: Rc<CodeObj>,
    /// The source file, for `__file__` and `sys.argv[0]`; `None` for embedded modules.
    pub file: Option<String>,
    pub spec: Value,
}

/// Why `coro -m NAME` cannot run: the message after `coro: `.
pub enum MainModuleError {
    /// Nothing to run (`No module named x`, a package without `__main__`, a native module).
    Message(String),
    /// Importing a parent package raised.
    Raised(PyErr),
}

impl Vm {
    /// Find the module `-m NAME` runs (importing its parent packages, and the package itself
    /// when NAME is a package, whose `__main__` then runs), as CPython's `runpy` does.
    pub fn find_main_module(&mut self, name: &str) -> Result<MainModule, MainModuleError> {
        let found = match name.rsplit_once('.') {
            Some((parent, child)) => {
                let parent_module = match self.import_absolute(parent) {
                    Ok(m) => m,
                    Err(e) => {
                        let line = self.error_line(&e);
                        return Err(MainModuleError::Message(format!(
                            "Error while finding module specification for '{name}' ({line})"
                        )));
                    }
                };
                let path = self
                    .module_dict(&parent_module)
                    .and_then(|d| d.get_by_str("__path__"));
                match path {
                    Some(p) => {
                        let entries = self.path_entries(&p).map_err(MainModuleError::Raised)?;
                        self.find_in(name, child, &entries)
                    }
                    None => None,
                }
            }
            None => self.find_top_level(name).map_err(MainModuleError::Raised)?,
        };
        let no_module = || MainModuleError::Message(format!("No module named {name}"));
        let is_package = match &found {
            None => return Err(no_module()),
            Some(Found::Native(_)) => {
                return Err(MainModuleError::Message(format!(
                    "No code object available for {name}"
                )))
            }
            Some(Found::Source { package, .. }) => package.is_some(),
            Some(Found::Embedded(_)) => crate::runtime::pylib::is_package(name),
            Some(Found::Namespace(_)) => true,
        };
        if is_package {
            let main_name = format!("{name}.__main__");
            if let Err(e) = self.import_absolute(name) {
                return Err(MainModuleError::Raised(e));
            }
            return self.find_main_module(&main_name).map_err(|e| match e {
                MainModuleError::Message(m) if m == format!("No module named {main_name}") => {
                    MainModuleError::Message(format!(
                        "{m}; '{name}' is a package and cannot be directly executed"
                    ))
                }
                other => other,
            });
        }
        let (code, file, kind) = match found {
            Some(Found::Source { path, .. }) => {
                let code = self.compile_file(&path).map_err(MainModuleError::Raised)?;
                let file = path.to_string_lossy().to_string();
                (
                    code,
                    Some(file.clone()),
                    SpecKind::File {
                        path: file,
                        package: None,
                    },
                )
            }
            Some(Found::Embedded(text)) => {
                let code = crate::runtime::pylib::compile_embedded(
                    self.types(),
                    &self.interned,
                    name,
                    text,
                )
                .map_err(MainModuleError::Raised)?;
                (code, None, SpecKind::Frozen { package: false })
            }
            _ => return Err(no_module()),
        };
        let holder = NativeObj::module(self.types(), name, Rc::new(PyDict::new()));
        self.set_spec(name, &holder, kind)
            .map_err(MainModuleError::Raised)?;
        let spec = self
            .module_dict(&holder)
            .and_then(|d| d.get_by_str("__spec__"))
            .unwrap_or(Value::None);
        Ok(MainModule {
            name: name.to_string(),
            code,
            file,
            spec,
        })
    }

    /// `ModuleNotFoundError: No module named 'x'`: an exception's last traceback line.
    fn error_line(&mut self, e: &PyErr) -> String {
        let message = self.str(&e.value(self.types())).unwrap_or_default();
        format!("{}: {message}", e.class_name())
    }
}
