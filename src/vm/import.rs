//! The import system, as CPython 3.11 resolves and runs modules: `sys.modules` first, then
//! the search path (`sys.path` for top-level names, the parent package's `__path__` for
//! submodules: `NAME/__init__.py` makes a package, `NAME.py` a module, a bare folder a
//! namespace package), then coro's own modules (natives in `runtime::builtin_modules`,
//! Python ones in `runtime::pylib`). `sys` and `builtins` are found before the path, as
//! CPython's built-in modules are.
//!
//! A module is registered in `sys.modules` before its body runs (so circular imports see
//! it partially initialised) and removed again if the body raises. Compiled code of source
//! files is cached per path and modification time, so a module removed from
//! `sys.modules` and imported again is not recompiled.
//!
//! It is not the statement compiler (`import a.b as c` becomes `ImportName`/`ImportFrom`
//! instructions in codegen) and not `importlib`'s Python API (pylib `importlib*.py`).

use crate::compiler::bytecode::SourceFile;
use crate::compiler::{compile, CompileMode};
use crate::runtime::dict::PyDict;
use crate::runtime::error::{PyErr, PyResult};
use crate::runtime::function::{CodeObj, Interned};
use crate::runtime::native::{NativeData, NativeObj};
use crate::runtime::value::Value;
use crate::vm::Vm;
use std::path::{Path, PathBuf};
use std::rc::Rc;

/// Where a module's code comes from, once found.
pub(super) enum Found {
    /// A `.py` file; `package` is the folder when it is a package's `__init__.py`.
    Source {
        path: PathBuf,
        package: Option<PathBuf>,
    },
    /// Folders of the same name without `__init__.py` on the search path (PEP 420).
    Namespace(Vec<PathBuf>),
    /// A native module of coro's own.
    Native(crate::runtime::builtin_modules::ModuleInit),
    /// A module written in Python and embedded in coro.
    Embedded(&'static str),
}

/// Modules that are part of the interpreter itself: found before the search path, as
/// CPython's `sys.builtin_module_names` are.
const ALWAYS_BUILTIN: &[&str] = &["sys", "builtins", "time"];

/// Whether `name` is one of the modules built into coro in Rust.
pub fn is_builtin_module(name: &str) -> bool {
    ALWAYS_BUILTIN.contains(&name) || crate::runtime::builtin_modules::native_module(name).is_some()
}

/// A compiled source file and the modification time it was compiled at.
pub struct CachedCode {
    mtime: Option<std::time::SystemTime>,
    code: Rc<CodeObj>,
}

impl Vm {
    /// The `IMPORT_NAME` instruction and `__import__`: import `name` (relative to the
    /// package of `globals` when `level > 0`) and return what the statement binds: the
    /// top-level package for `import a.b`, the module itself when `fromlist` is not
    /// empty (importing any submodules `fromlist` names that are not attributes yet).
    pub fn import_name(
        &mut self,
        name: &str,
        globals: &Rc<PyDict>,
        fromlist: &Value,
        level: usize,
    ) -> PyResult<Value> {
        let absolute = if level > 0 {
            resolve_relative(name, globals, level)?
        } else {
            if name.is_empty() {
                return Err(crate::runtime::error::value_error("Empty module name"));
            }
            name.to_string()
        };
        let module = self.import_absolute(&absolute)?;
        let names = self.fromlist_names(fromlist)?;
        if names.is_empty() {
            if level == 0 {
                let top = absolute.split('.').next().unwrap_or(&absolute);
                return self.cached_module(top).ok_or_else(|| not_found(top));
            }
            return Ok(module);
        }
        if self
            .module_dict(&module)
            .is_some_and(|d| d.get_by_str("__path__").is_some())
        {
            self.import_fromlist(&module, &absolute, &names)?;
        }
        Ok(module)
    }

    /// Import the absolute dotted name `name` (parents first) and return the leaf module.
    pub fn import_absolute(&mut self, name: &str) -> PyResult<Value> {
        // Another Python thread's import of this module finishes first.
        crate::threads::imports::wait_for(self, name)?;
        if let Some(m) = self.cached_module(name) {
            return checked_cached(name, m);
        }
        let (parent, child) = match name.rfind('.') {
            Some(i) => (Some(&name[..i]), &name[i + 1..]),
            None => (None, name),
        };
        let search_path = match parent {
            Some(parent) => {
                let parent_module = self.import_absolute(parent)?;
                // Importing the parent may have imported this module as a side effect, or
                // another thread may have begun importing it while this one waited for
                // the parent: its import finishes first (not a half-run module).
                crate::threads::imports::wait_for(self, name)?;
                if let Some(m) = self.cached_module(name) {
                    return checked_cached(name, m);
                }
                match self
                    .module_dict(&parent_module)
                    .and_then(|d| d.get_by_str("__path__"))
                {
                    Some(p) => Some(self.path_entries(&p)?),
                    None => return Err(not_a_package(name, parent)),
                }
            }
            None => None,
        };
        let found = match search_path {
            Some(entries) => self.find_in(name, child, &entries),
            None => self.find_top_level(name)?,
        };
        let Some(found) = found else {
            return Err(not_found(name));
        };
        crate::threads::imports::begin(self, name);
        // The parent's attribute is set before waiting threads go on, so they never see
        // `package.child` missing.
        let module = self.load(name, found).and_then(|module| {
            if let Some(parent_module) = parent.and_then(|p| self.cached_module(p)) {
                self.setattr(&parent_module, child, module.clone())?;
            }
            Ok(module)
        });
        crate::threads::imports::end(self, name);
        module
    }

    /// `sys.modules[name]`, if present.
    pub fn cached_module(&self, name: &str) -> Option<Value> {
        self.modules.get_by_str(name)
    }

    /// The namespace of a module object.
    pub fn module_dict(&self, module: &Value) -> Option<Rc<PyDict>> {
        match module {
            Value::Native(n) => match &n.data {
                NativeData::Module(m) => Some(m.dict.clone()),
                _ => None,
            },
            _ => None,
        }
    }

    /// Whether the module `name` is still running its body (imported circularly).
    pub fn is_initializing(&self, name: &str) -> bool {
        self.initializing.iter().any(|n| n == name)
    }

    fn fromlist_names(&mut self, fromlist: &Value) -> PyResult<Vec<String>> {
        if fromlist.is_none() {
            return Ok(Vec::new());
        }
        let items = self.collect(fromlist)?;
        let mut names = Vec::with_capacity(items.len());
        for item in items {
            match item.as_pystr() {
                Some(s) => names.push(s.as_str().to_string()),
                None => {
                    return Err(crate::runtime::error::type_error(format!(
                        "Item in from list must be str, not {}",
                        item.kind_name()
                    )))
                }
            }
        }
        Ok(names)
    }

    /// `from package import a, b`: a name that is not an attribute of the package is
    /// imported as its submodule; `*` does so for each name of `__all__`.
    fn import_fromlist(&mut self, package: &Value, name: &str, names: &[String]) -> PyResult<()> {
        for item in names {
            if item == "*" {
                let all = self
                    .module_dict(package)
                    .and_then(|d| d.get_by_str("__all__"));
                if let Some(all) = all {
                    let all_names = self.fromlist_names(&all)?;
                    let all_names: Vec<String> =
                        all_names.into_iter().filter(|n| n != "*").collect();
                    self.import_fromlist(package, name, &all_names)?;
                }
                continue;
            }
            if self.getattr_opt(package, item)?.is_some() {
                continue;
            }
            let sub = format!("{name}.{item}");
            if let Err(e) = self.import_absolute(&sub) {
                // A submodule that does not exist is the `from` statement's error to
                // report (`cannot import name`), not the import's.
                if e.is_instance(&self.types().module_not_found_error)
                    && self.exception_name_attr(&e).as_deref() == Some(sub.as_str())
                {
                    continue;
                }
                return Err(e);
            }
        }
        Ok(())
    }

    fn exception_name_attr(&mut self, e: &PyErr) -> Option<String> {
        match self.getattr_opt(&e.value(self.types()), "name") {
            Ok(Some(Value::Str(s))) => Some(s.as_str().to_string()),
            _ => None,
        }
    }

    /// The folders of a `sys.path`-like list (`''` is the current directory).
    pub(super) fn path_entries(&mut self, list: &Value) -> PyResult<Vec<PathBuf>> {
        let items = self.collect(list)?;
        Ok(items
            .iter()
            .filter_map(|v| v.as_pystr())
            .map(|s| {
                let s = s.as_str();
                if s.is_empty() {
                    // CPython's finder reads '' as the current directory, by its
                    // absolute name (so `__file__` is absolute).
                    std::env::current_dir().unwrap_or_else(|_| PathBuf::from("."))
                } else {
                    PathBuf::from(s)
                }
            })
            .collect())
    }

    pub(super) fn find_top_level(&mut self, name: &str) -> PyResult<Option<Found>> {
        if ALWAYS_BUILTIN.contains(&name) {
            return Ok(self.find_own(name));
        }
        let sys_path = self
            .cached_module("sys")
            .and_then(|m| self.module_dict(&m))
            .and_then(|d| d.get_by_str("path"));
        let entries = match sys_path {
            Some(p) => self.path_entries(&p)?,
            None => Vec::new(),
        };
        Ok(self.find_in(name, name, &entries))
    }

    /// Search `entries` for `child` (the last part of `name`), then coro's own modules.
    pub(super) fn find_in(&self, name: &str, child: &str, entries: &[PathBuf]) -> Option<Found> {
        let mut namespace = Vec::new();
        for entry in entries {
            let folder = entry.join(child);
            if folder.is_dir() {
                let init = folder.join("__init__.py");
                if init.is_file() {
                    return Some(Found::Source {
                        path: init,
                        package: Some(folder),
                    });
                }
            }
            let file = entry.join(format!("{child}.py"));
            if file.is_file() {
                return Some(Found::Source {
                    path: file,
                    package: None,
                });
            }
            if folder.is_dir() {
                namespace.push(folder);
            }
        }
        if let Some(own) = self.find_own(name) {
            return Some(own);
        }
        if !namespace.is_empty() {
            return Some(Found::Namespace(namespace));
        }
        None
    }

    fn find_own(&self, name: &str) -> Option<Found> {
        if let Some(init) = crate::runtime::builtin_modules::native_module(name) {
            return Some(Found::Native(init));
        }
        crate::runtime::pylib::source(name).map(Found::Embedded)
    }

    /// Create, register and run the module `name` from where it was found.
    fn load(&mut self, name: &str, found: Found) -> PyResult<Value> {
        match found {
            Found::Native(init) => {
                let dict = init(self)?;
                self.register_module(name, dict);
                let module = self.cached_module(name).ok_or_else(|| not_found(name))?;
                self.set_spec(name, &module, SpecKind::BuiltIn)?;
                Ok(module)
            }
            Found::Embedded(text) => {
                let package = crate::runtime::pylib::is_package(name);
                let code = crate::runtime::pylib::compile_embedded(
                    self.types(),
                    &self.interned,
                    name,
                    text,
                )?;
                let dict = self.new_module_dict(name, package);
                if package {
                    dict.set_by_str("__path__", Value::list(vec![]));
                }
                self.exec_module(name, code, dict, SpecKind::Frozen { package })
            }
            Found::Namespace(folders) => {
                let dict = self.new_module_dict(name, true);
                let paths: Vec<Value> = folders
                    .iter()
                    .map(|f| Value::str(&f.to_string_lossy()))
                    .collect();
                dict.set_by_str("__path__", Value::list(paths));
                dict.set_by_str("__file__", Value::None);
                let module = NativeObj::module(self.types(), name, dict);
                self.modules.set_by_str(name, module.clone());
                self.set_spec(name, &module, SpecKind::Namespace)?;
                Ok(module)
            }
            Found::Source { path, package } => {
                let code = self.compile_file(&path)?;
                let dict = self.new_module_dict(name, package.is_some());
                let file = path.to_string_lossy().to_string();
                dict.set_by_str("__file__", Value::str(&file));
                dict.set_by_str("__cached__", Value::None);
                if let Some(folder) = &package {
                    dict.set_by_str(
                        "__path__",
                        Value::list(vec![Value::str(&folder.to_string_lossy())]),
                    );
                }
                self.exec_module(
                    name,
                    code,
                    dict,
                    SpecKind::File {
                        path: file,
                        package,
                    },
                )
            }
        }
    }

    /// A fresh module namespace with the attributes every module has.
    fn new_module_dict(&self, name: &str, package: bool) -> Rc<PyDict> {
        let dict = Rc::new(PyDict::new());
        dict.set_by_str("__name__", Value::str(name));
        dict.set_by_str("__doc__", Value::None);
        let parent = if package {
            name
        } else {
            name.rsplit_once('.').map(|(p, _)| p).unwrap_or("")
        };
        dict.set_by_str("__package__", Value::str(parent));
        dict.set_by_str("__loader__", Value::None);
        dict.set_by_str("__spec__", Value::None);
        dict.set_by_str(
            "__builtins__",
            NativeObj::module(self.types(), "builtins", self.builtins.clone()),
        );
        dict
    }

    /// Register the module, run its body, and unregister it again if the body raises.
    fn exec_module(
        &mut self,
        name: &str,
        code: Rc<CodeObj>,
        dict: Rc<PyDict>,
        kind: SpecKind,
    ) -> PyResult<Value> {
        let module = NativeObj::module(self.types(), name, dict.clone());
        self.modules.set_by_str(name, module.clone());
        self.set_spec(name, &module, kind)?;
        self.initializing.push(name.to_string());
        let result = self.run_code(code, dict, None);
        self.initializing.retain(|n| n != name);
        if let Err(e) = result {
            self.modules.del_str(&crate::runtime::str::PyStr::new(name));
            return Err(e);
        }
        // The body may have replaced its own entry (`sys.modules[__name__] = ...`).
        Ok(self.cached_module(name).unwrap_or(module))
    }

    /// Compile a source file, or take its code from the cache when the file has not
    /// changed since. A file that does not decode or parse raises SyntaxError.
    pub fn compile_file(&mut self, path: &Path) -> PyResult<Rc<CodeObj>> {
        let mtime = std::fs::metadata(path).and_then(|m| m.modified()).ok();
        if let Some(cached) = self.code_cache.get(path) {
            if cached.mtime == mtime && mtime.is_some() {
                return Ok(cached.code.clone());
            }
        }
        let bytes = std::fs::read(path).map_err(|e| read_error(path, &e))?;
        let name = path.to_string_lossy();
        let text = decode_source(&name, bytes)?;
        let source = Rc::new(SourceFile {
            name: name.as_ref().into(),
            text: text.into(),
        });
        let code = compile_source(self.types(), &source, &self.interned)?;
        self.code_cache.insert(
            path.to_path_buf(),
            CachedCode {
                mtime,
                code: code.clone(),
            },
        );
        Ok(code)
    }

    /// Set `__spec__` and `__loader__` from the Python-written bootstrap module (loaded on
    /// first need; it and its own imports get their specs once it exists).
    pub(super) fn set_spec(&mut self, name: &str, module: &Value, kind: SpecKind) -> PyResult<()> {
        if name == BOOTSTRAP {
            return Ok(());
        }
        let bootstrap = self.bootstrap()?;
        let make = bootstrap
            .get_by_str("_spec_for")
            .ok_or_else(|| crate::runtime::error::import_error("_spec_for missing"))?;
        let (kind_name, origin, locations) = match kind {
            SpecKind::BuiltIn => ("built-in", Value::None, Value::None),
            SpecKind::Frozen { package } => (
                "frozen",
                Value::None,
                if package {
                    Value::list(vec![])
                } else {
                    Value::None
                },
            ),
            SpecKind::Namespace => {
                let path = self
                    .module_dict(module)
                    .and_then(|d| d.get_by_str("__path__"))
                    .unwrap_or(Value::None);
                ("namespace", Value::None, path)
            }
            SpecKind::File { path, package } => (
                "file",
                Value::str(&path),
                match package {
                    Some(folder) => Value::list(vec![Value::str(&folder.to_string_lossy())]),
                    None => Value::None,
                },
            ),
        };
        let spec = self.call_args(
            &make,
            vec![Value::str(name), Value::str(kind_name), origin, locations],
        )?;
        if let Some(dict) = self.module_dict(module) {
            let loader = self.getattr(&spec, "loader")?;
            dict.set_by_str("__spec__", spec);
            dict.set_by_str("__loader__", loader);
        }
        Ok(())
    }

    /// The namespace of `_frozen_importlib` (ModuleSpec and the loaders), loaded once.
    fn bootstrap(&mut self) -> PyResult<Rc<PyDict>> {
        if let Some(m) = self.cached_module(BOOTSTRAP) {
            if let Some(d) = self.module_dict(&m) {
                return Ok(d);
            }
        }
        let text = crate::runtime::pylib::source(BOOTSTRAP).ok_or_else(|| not_found(BOOTSTRAP))?;
        let code =
            crate::runtime::pylib::compile_embedded(self.types(), &self.interned, BOOTSTRAP, text)?;
        let dict = self.new_module_dict(BOOTSTRAP, false);
        self.exec_module(BOOTSTRAP, code, dict.clone(), SpecKind::BuiltIn)?;
        let make = dict
            .get_by_str("_spec_for")
            .ok_or_else(|| crate::runtime::error::import_error("_spec_for missing"))?;
        let spec = self.call_args(
            &make,
            vec![
                Value::str(BOOTSTRAP),
                Value::str("frozen"),
                Value::None,
                Value::None,
            ],
        )?;
        let loader = self.getattr(&spec, "loader")?;
        dict.set_by_str("__spec__", spec);
        dict.set_by_str("__loader__", loader);
        Ok(dict)
    }
}

/// The embedded module that defines ModuleSpec and the loaders.
const BOOTSTRAP: &str = "_frozen_importlib";

/// What kind of spec a module gets.
pub(super) enum SpecKind {
    BuiltIn,
    Frozen {
        package: bool,
    },
    Namespace,
    File {
        path: String,
        package: Option<PathBuf>,
    },
}

/// `None` in `sys.modules` stops an import, as in CPython.
fn checked_cached(name: &str, m: Value) -> PyResult<Value> {
    if m.is_none() {
        let e = crate::runtime::error::builtin_error(
            crate::runtime::types::ExcKind::ModuleNotFoundError,
            format!("import of {name} halted; None in sys.modules"),
        );
        set_name_attr(&e, name);
        return Err(e);
    }
    Ok(m)
}

/// The absolute name for a relative import of `name` at `level` from the module whose
/// globals are `globals`.
fn resolve_relative(name: &str, globals: &Rc<PyDict>, level: usize) -> PyResult<String> {
    let package = match globals.get_by_str("__package__") {
        Some(Value::Str(s)) => s.as_str().to_string(),
        Some(v) if !v.is_none() => {
            return Err(crate::runtime::error::type_error(
                "package must be a string",
            ))
        }
        _ => match globals.get_by_str("__name__") {
            Some(Value::Str(s)) => {
                if globals.get_by_str("__path__").is_some() {
                    s.as_str().to_string()
                } else {
                    s.as_str()
                        .rsplit_once('.')
                        .map(|(p, _)| p.to_string())
                        .unwrap_or_default()
                }
            }
            _ => String::new(),
        },
    };
    if package.is_empty() {
        return Err(crate::runtime::error::import_error(
            "attempted relative import with no known parent package",
        ));
    }
    resolve_name(name, &package, level)
}

/// `importlib._bootstrap._resolve_name`: strip `level - 1` trailing parts of `package`.
pub fn resolve_name(name: &str, package: &str, level: usize) -> PyResult<String> {
    let parts: Vec<&str> = package.split('.').collect();
    if level > parts.len() {
        return Err(crate::runtime::error::import_error(
            "attempted relative import beyond top-level package",
        ));
    }
    let base = parts[..parts.len() - (level - 1)].join(".");
    Ok(if name.is_empty() {
        base
    } else {
        format!("{base}.{name}")
    })
}

/// Decode a source file as UTF-8 (CPython's default source encoding), honouring a BOM.
fn decode_source(name: &str, bytes: Vec<u8>) -> PyResult<String> {
    let bytes = match bytes.strip_prefix(b"\xef\xbb\xbf") {
        Some(rest) => rest.to_vec(),
        None => bytes,
    };
    String::from_utf8(bytes).map_err(|e| {
        let at = e.utf8_error().valid_up_to();
        let line = e.as_bytes()[..at].iter().filter(|b| **b == b'\n').count() + 1;
        crate::runtime::error::builtin_error(crate::runtime::types::ExcKind::SyntaxError,
            format!(
                "(unicode error) 'utf-8' codec can't decode byte 0x{:02x} in position {at}: invalid start byte ({name}, line {line})",
                e.as_bytes()[at]
            ),
        )
    })
}

/// Parse and compile a module's source; a syntax error becomes a SyntaxError exception
/// carrying the file, line and text.
pub fn compile_source(
    t: &crate::runtime::types::Types,
    source: &Rc<SourceFile>,
    interned: &Interned,
) -> PyResult<Rc<CodeObj>> {
    let text = source.text.clone();
    if text.contains('\0') {
        return Err(crate::runtime::error::syntax_error_from(
            &crate::syntax_error::SyntaxError::syntax(
                "source code cannot contain null bytes",
                Default::default(),
            ),
            source,
        ));
    }
    let module = crate::parser::parse_module(&text)
        .map_err(|e| crate::runtime::error::syntax_error_from(&e, source))?;
    let code = compile(&module, source.clone(), CompileMode::Module)
        .map_err(|e| crate::runtime::error::syntax_error_from(&e, source))?;
    Ok(CodeObj::new(t, code, interned))
}

#[cold]
fn read_error(path: &Path, e: &std::io::Error) -> PyErr {
    crate::runtime::error::import_error(format!("cannot read {}: {e}", path.display()))
}

#[cold]
fn set_name_attr(e: &PyErr, name: &str) {
    e.set_attr("name", Value::str(name));
}

/// `ModuleNotFoundError: No module named 'x'` with `.name`.
#[cold]
pub fn not_found(name: &str) -> PyErr {
    let e = crate::runtime::error::builtin_error(
        crate::runtime::types::ExcKind::ModuleNotFoundError,
        format!("No module named '{name}'"),
    );
    set_name_attr(&e, name);
    e
}

#[cold]
fn not_a_package(name: &str, parent: &str) -> PyErr {
    let e = crate::runtime::error::builtin_error(
        crate::runtime::types::ExcKind::ModuleNotFoundError,
        format!("No module named '{name}'; '{parent}' is not a package"),
    );
    set_name_attr(&e, name);
    e
}

#[cfg(test)]
mod tests {
    use super::resolve_name;

    #[test]
    fn relative_names_strip_one_part_per_extra_dot() {
        assert_eq!(resolve_name("m", "a.b", 1).unwrap(), "a.b.m");
        assert_eq!(resolve_name("m", "a.b", 2).unwrap(), "a.m");
        assert_eq!(resolve_name("", "a.b", 2).unwrap(), "a");
        assert!(resolve_name("m", "a.b", 3).is_err());
    }
}
