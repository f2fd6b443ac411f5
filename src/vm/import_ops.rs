//! The three import instructions as the dispatch loop runs them: `ImportName` (the
//! `import`/`from` statement's module), `ImportFrom` (one name of `from m import name`,
//! with CPython's circular-import fallback and messages) and `ImportStar`. Finding and
//! running modules is `vm::import`'s.

use crate::runtime::error::PyResult;
use crate::runtime::native::NativeData;
use crate::runtime::value::Value;
use crate::vm::Vm;

/// The import instructions, called from the dispatch loop.
impl Vm {
    /// `[level, fromlist] -> [module]`.
    pub(crate) fn op_import_name(
        &mut self,
        f: &mut crate::vm::Frame,
        name: &crate::runtime::str::PyStr,
    ) -> PyResult<()> {
        let fromlist = f.pop();
        let level = match f.pop() {
            Value::Int(n) if n >= 0 => n as usize,
            _ => 0,
        };
        let globals = f.globals.clone();
        let module = self.import_name(name.as_str(), &globals, &fromlist, level)?;
        f.push(module);
        Ok(())
    }

    /// `[module] -> [module, module.name]`, falling back to the submodule `module.name`
    /// in `sys.modules` (a circular import of a submodule), else CPython's ImportError.
    pub(crate) fn op_import_from(
        &mut self,
        f: &mut crate::vm::Frame,
        name: &crate::runtime::str::PyStr,
    ) -> PyResult<()> {
        let module = f.top().clone();
        let value = self.import_from(&module, name.as_str())?;
        f.push(value);
        Ok(())
    }

    /// `from module import name`'s lookup.
    pub fn import_from(&mut self, module: &Value, name: &str) -> PyResult<Value> {
        if let Some(v) = self.getattr_opt(module, name)? {
            return Ok(v);
        }
        let module_name = match self.getattr_opt(module, "__name__")? {
            Some(Value::Str(s)) => Some(s.as_str().to_string()),
            _ => None,
        };
        if let Some(m) = &module_name {
            if let Some(sub) = self.cached_module(&format!("{m}.{name}")) {
                return Ok(sub);
            }
        }
        let file = match self.getattr_opt(module, "__file__")? {
            Some(Value::Str(s)) => Some(s.as_str().to_string()),
            _ => None,
        };
        let shown = module_name
            .clone()
            .unwrap_or_else(|| "<unknown module name>".into());
        let location = file.clone().unwrap_or_else(|| "unknown location".into());
        let message = if module_name
            .as_deref()
            .is_some_and(|m| self.is_initializing(m))
        {
            format!(
                "cannot import name '{name}' from partially initialized module '{shown}' (most likely due to a circular import) ({location})"
            )
        } else {
            format!("cannot import name '{name}' from '{shown}' ({location})")
        };
        let e = crate::runtime::error::import_error(message);
        if let Value::Instance(i) = e.value(self.types()) {
            i.set_attr_by_str(
                "name",
                module_name.map(|m| Value::str(&m)).unwrap_or(Value::None),
            );
            i.set_attr_by_str("path", file.map(|p| Value::str(&p)).unwrap_or(Value::None));
        }
        Err(e)
    }

    /// `[module] -> []`: bind the names of `__all__`, or every public name, in the
    /// current namespace.
    pub(crate) fn op_import_star(&mut self, f: &mut crate::vm::Frame) -> PyResult<()> {
        let module = f.pop();
        let target = f.locals.clone().unwrap_or_else(|| f.globals.clone());
        let Some(dict) = self.module_dict(&module) else {
            return Ok(());
        };
        match dict.get_by_str("__all__") {
            Some(all) => {
                for name in self.collect(&all)? {
                    let Some(key) = name.as_pystr().cloned() else {
                        return Err(crate::runtime::error::type_error(format!(
                            "Item in {}.__all__ must be str, not {}",
                            self.module_name(&module),
                            name.kind_name()
                        )));
                    };
                    let value = self.getattr(&module, key.as_str())?;
                    target.set_str(key, value);
                }
            }
            None => {
                for (k, v) in dict.items() {
                    if let Value::Str(ks) = &k {
                        if !ks.as_str().starts_with('_') {
                            target.set_str(ks.clone(), v);
                        }
                    }
                }
            }
        }
        Ok(())
    }

    fn module_name(&self, module: &Value) -> String {
        match module {
            Value::Native(n) => match &n.data {
                NativeData::Module(m) => m.name.to_string(),
                _ => String::new(),
            },
            _ => String::new(),
        }
    }
}
