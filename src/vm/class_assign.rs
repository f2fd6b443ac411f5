//! `obj.__class__ = cls`: CPython's checks (`object_set_class` in typeobject.c) and the
//! swap itself. The instance's attributes move to the new class's shape tree
//! (`Instance::set_class`), so the per-instruction attribute caches, keyed on class and
//! shape, never meet an instance whose shape another class's tree made. What this is not:
//! `__class__` reads (vm/attr.rs) or the `__class__` cell of methods (the compiler).

use crate::runtime::class::{Class, Layout};
use crate::runtime::dict::PyDict;
use crate::runtime::error::{type_error, PyErr, PyResult};
use crate::runtime::native::{NativeData, NativeObj};
use crate::runtime::str::PyStr;
use crate::runtime::value::Value;
use crate::vm::Vm;
use std::rc::Rc;

impl Vm {
    /// `obj.__class__ = value` (and `object.__setattr__(obj, '__class__', value)`).
    pub(crate) fn assign_class(&mut self, obj: &Value, value: Value) -> PyResult<()> {
        let new = match value {
            Value::Class(c) => c,
            other => return Err(not_a_class(&self.type_of(&other).name())),
        };
        if let Value::Native(n) = obj {
            if let NativeData::Module(_) = &n.data {
                return self.assign_module_class(n, new);
            }
        }
        let Value::Instance(inst) = obj else {
            return Err(immutable_type());
        };
        let old = inst.class.clone();
        if old.is_builtin || new.is_builtin {
            return Err(immutable_type());
        }
        if !same_layout(&old, &new) {
            return Err(layout_differs(&new.name(), &old.name()));
        }
        if Rc::ptr_eq(&old, &new) {
            return Ok(());
        }
        let replaced = inst.set_class(new.clone());
        self.retire_class(replaced);
        // A class with `__del__` tracks its instances' finalization from the class.
        self.gc_note_class(&new);
        Ok(())
    }

    /// `module.__class__ = cls`: any subclass of ModuleType (or ModuleType itself) without
    /// `__slots__`; from then on the module's attributes are looked up through it
    /// ([`Vm::module_subclass_getattr`]).
    fn assign_module_class(&mut self, module: &NativeObj, new: Rc<Class>) -> PyResult<()> {
        let module_type = self.types().module.clone();
        if !new.is_subclass(&module_type) {
            return Err(immutable_type());
        }
        // Slots would need room a module object does not have.
        if new
            .mro()
            .iter()
            .any(|c| !c.is_builtin && c.dict.get_by_str("__slots__").is_some())
        {
            return Err(layout_differs(&new.name(), &module.class.name()));
        }
        let replaced = module.class.replace(new);
        self.retire_class(replaced);
        Ok(())
    }

    /// An attribute of a module whose class is a ModuleType subclass, as
    /// `module.__getattribute__` finds it: a data descriptor of the class (a property),
    /// then the module's namespace, then the class's other attributes, then what a plain
    /// module answers for a missing name (`__dict__`, the namespace's own `__getattr__`
    /// of PEP 562), and only if that fails the class's `__getattr__`.
    pub(crate) fn module_subclass_getattr(
        &mut self,
        obj: &Value,
        module: &NativeObj,
        dict: &Rc<PyDict>,
        name: &PyStr,
    ) -> PyResult<Value> {
        let cls = module.class.clone();
        if name.as_str() == "__class__" {
            return Ok(Value::Class(cls));
        }
        let class_attr = cls.lookup(name);
        if let Some(attr @ Value::Native(n)) = &class_attr {
            if let NativeData::Property { .. } = n.data {
                return self.bind(attr.clone(), obj, &cls);
            }
        }
        if let Some(v) = dict.get_str(name) {
            return Ok(v);
        }
        if let Some(attr) = class_attr {
            return self.bind(attr, obj, &cls);
        }
        let module_name = match &module.data {
            NativeData::Module(m) => m.name.clone(),
            _ => cls.name(),
        };
        // `__dict__`, `__annotations__` and the namespace's `__getattr__` come first.
        let missing = self.module_getattr_missing(dict, &module_name, name);
        match (missing, cls.lookup_str("__getattr__")) {
            (Err(e), Some(hook @ Value::Function(_)))
                if e.is_instance(&self.types().attribute_error) =>
            {
                self.call_args(&hook, vec![obj.clone(), Value::str(name.as_str())])
            }
            (found, _) => found,
        }
    }

    /// Keep a class that `__class__` assignment replaced alive for the interpreter's
    /// life: references to it read before the assignment may still be in use (see
    /// `ClassSlot`). Each class is kept once.
    fn retire_class(&mut self, class: Rc<Class>) {
        if !self.retired_classes.iter().any(|c| Rc::ptr_eq(c, &class)) {
            self.retired_classes.push(class);
        }
    }
}

/// Whether instances of `a` and `b` are built alike: the same native layout, the same
/// builtin base for subclasses of builtins, the same `__slots__` (in any order) and both
/// with or both without a `__dict__`.
fn same_layout(a: &Rc<Class>, b: &Rc<Class>) -> bool {
    if a.layout != b.layout {
        return false;
    }
    if a.layout == Layout::Builtin && !Rc::ptr_eq(&builtin_base(a), &builtin_base(b)) {
        return false;
    }
    slot_names(a) == slot_names(b)
}

/// The builtin class whose values instances of `cls` wrap (int, list, dict, ...).
fn builtin_base(cls: &Rc<Class>) -> Rc<Class> {
    cls.mro()
        .into_iter()
        .find(|c| c.is_builtin && c.layout == Layout::Builtin)
        .unwrap_or_else(|| cls.clone())
}

/// The slots every class of the MRO declares, sorted; `None` when some class along it
/// gives its instances a `__dict__`.
fn slot_names(cls: &Rc<Class>) -> Option<Vec<Rc<str>>> {
    let mut names = Vec::new();
    for c in cls.mro() {
        if c.is_builtin {
            continue;
        }
        match &c.slots {
            Some(slots) => names.extend(slots.iter().cloned()),
            None => return None,
        }
    }
    names.sort();
    Some(names)
}

#[cold]
fn not_a_class(type_name: &str) -> PyErr {
    type_error(format!(
        "__class__ must be set to a class, not '{type_name}' object"
    ))
}

#[cold]
fn immutable_type() -> PyErr {
    type_error("__class__ assignment only supported for mutable types or ModuleType subclasses")
}

#[cold]
fn layout_differs(new: &str, old: &str) -> PyErr {
    type_error(format!(
        "__class__ assignment: '{new}' object layout differs from '{old}'"
    ))
}
