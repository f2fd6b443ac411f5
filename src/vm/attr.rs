//! Attribute access: `obj.name`, `obj.name = v`, `del obj.name`, and method lookup for
//! `obj.name(...)` calls, with Python's descriptor rules (functions bind, property calls
//! its getter, classmethod binds the class, staticmethod does not bind).

use super::metaclass::{meta_override, meta_override_key};
use super::Vm;
use crate::runtime::builtins::property_descr;
use crate::runtime::class::{Class, Payload};
use crate::runtime::dict::PyDict;
use crate::runtime::error::{attribute_error, type_error, PyErr, PyResult};
use crate::runtime::function::{BoundMethod, Builtin};
use crate::runtime::native::NativeData;
use crate::runtime::str::{PyStr, StrRef};
use crate::runtime::value::Value;
use std::rc::Rc;

impl Vm {
    pub fn getattr(&mut self, obj: &Value, name: &str) -> PyResult<Value> {
        self.getattr_str(obj, &PyStr::new(name))
    }

    /// `getattr` that answers None instead of raising AttributeError.
    pub fn getattr_opt(&mut self, obj: &Value, name: &str) -> PyResult<Option<Value>> {
        self.getattr_opt_str(obj, &PyStr::new(name))
    }

    /// [`Vm::getattr_opt`] of an interned or already-made name (`hasattr`, `getattr`
    /// with a default): a plain instance's miss makes no AttributeError at all.
    pub fn getattr_opt_str(&mut self, obj: &Value, name: &PyStr) -> PyResult<Option<Value>> {
        let found = match obj {
            Value::Instance(inst) if !inst.class.getattribute_hook() => {
                self.instance_getattr_opt(obj, inst, name)
            }
            _ => self.getattr_str(obj, name).map(Some),
        };
        match found {
            Ok(v) => Ok(v),
            Err(e) if e.is_instance(&self.types().attribute_error) => Ok(None),
            Err(e) => Err(e),
        }
    }

    /// Bind a class attribute found by lookup to `obj` per the descriptor rules.
    pub(crate) fn bind(&mut self, attr: Value, obj: &Value, cls: &Rc<Class>) -> PyResult<Value> {
        match &attr {
            Value::Function(_) => Ok(Value::BoundMethod(Rc::new(BoundMethod {
                func: attr,
                receiver: obj.clone(),
            }))),
            Value::Builtin(b) if b.binds_as_method() => Ok(Value::Builtin(Rc::new(Builtin {
                name: b.name,
                func: b.func,
                bound: Some(obj.clone()),
                owner: b.owner,
                module: None,
            }))),
            Value::Native(n) => match &n.data {
                NativeData::Property { fget, .. } => {
                    if fget.is_none() {
                        let owner = self.type_of(obj).name();
                        return Err(property_descr::missing(n, &owner, "getter"));
                    }
                    let fget = fget.clone();
                    self.call_args(&fget, [obj.clone()])
                }
                NativeData::StaticMethod(f) => Ok(f.clone()),
                NativeData::ClassMethod(f) => Ok(Value::BoundMethod(Rc::new(BoundMethod {
                    func: f.clone(),
                    receiver: Value::Class(cls.clone()),
                }))),
                // A native descriptor (an lru_cache wrapper used as a method) binds
                // through its class's `__get__`.
                _ => match n.class.lookup(&self.names.get) {
                    Some(get) => self.call_args(&get, [attr.clone(), obj.clone()]),
                    None => Ok(attr.clone()),
                },
            },
            Value::Instance(d) => match d.class.lookup(&self.names.get) {
                // A descriptor written in Python (special methods reach here).
                Some(get) => {
                    self.call_args(&get, [attr.clone(), obj.clone(), Value::Class(cls.clone())])
                }
                None => Ok(attr),
            },
            _ => Ok(attr),
        }
    }

    /// A property, or an instance of a class with `__get__` and `__set__` or `__delete__`.
    fn is_data_descriptor(&self, v: &Value) -> bool {
        match v {
            Value::Native(n) => matches!(n.data, NativeData::Property { .. }),
            Value::Instance(d) => {
                d.class.lookup(&self.names.get).is_some() && self.sets_or_deletes(&d.class)
            }
            _ => false,
        }
    }

    /// Does a descriptor of class `dcls` define `__set__` or `__delete__` (which makes
    /// one with `__get__` a data descriptor)?
    fn sets_or_deletes(&self, dcls: &Class) -> bool {
        dcls.lookup(&self.names.set).is_some() || dcls.lookup(&self.names.delete).is_some()
    }

    /// An attribute a class finds on its metaclass, bound to the class (methods and
    /// properties of the metaclass act on the class as their instance).
    fn bind_meta_attr(&mut self, v: Value, cls: &Value, meta: &Rc<Class>) -> PyResult<Value> {
        if let Value::Instance(d) = &v {
            if let Some(g) = d.class.lookup(&self.names.get) {
                let owner = Value::Class(meta.clone());
                return self.call_args(&g, [v.clone(), cls.clone(), owner]);
            }
        }
        self.bind(v, cls, meta)
    }

    pub fn getattr_str(&mut self, obj: &Value, name: &PyStr) -> PyResult<Value> {
        match self.getattr_unnoted(obj, name) {
            Err(e) => Err(note_attribute_error(self.types(), e, obj, name)),
            found => found,
        }
    }

    fn getattr_unnoted(&mut self, obj: &Value, name: &PyStr) -> PyResult<Value> {
        match obj {
            Value::Instance(inst) if inst.class.getattribute_hook() => {
                let hook = inst.class.lookup(&self.names.getattribute);
                let r = match hook {
                    Some(h) => self.call_args(&h, [obj.clone(), Value::str(name.as_str())]),
                    None => Err(no_attribute(&inst.class.tp_name(), name.as_str())),
                };
                match r {
                    Err(e) if e.is_instance(&self.types().attribute_error) => {
                        match inst.class.lookup(&self.names.getattr) {
                            Some(ga) => {
                                self.call_args(&ga, [obj.clone(), Value::str(name.as_str())])
                            }
                            None => Err(e),
                        }
                    }
                    other => other,
                }
            }
            Value::Instance(inst) => self.instance_getattr(obj, inst, name),
            Value::Class(cls) => {
                match name.as_str() {
                    "__annotations__" => return class_annotations(cls),
                    // type's own descriptors, ahead of object's `__class__` getter.
                    "__class__" => return Ok(Value::Class(self.type_of(obj))),
                    _ => {}
                }
                // A data descriptor of the metaclass (a property) wins over the class's
                // own attributes, as an instance's class's does over the instance's dict.
                if let Some(meta) = &cls.meta {
                    if let Some(v) = meta_override_key(meta, name) {
                        if self.is_data_descriptor(&v) {
                            return self.bind_meta_attr(v, obj, meta);
                        }
                    }
                }
                if let Some(v) = cls.lookup(name) {
                    if let Value::Instance(d) = &v {
                        if let Some(g) = d.class.lookup(&self.names.get) {
                            return self.call_args(&g, [v.clone(), Value::None, obj.clone()]);
                        }
                    }
                    return match &v {
                        Value::Native(n) => match &n.data {
                            NativeData::ClassMethod(f) => {
                                Ok(Value::BoundMethod(Rc::new(BoundMethod {
                                    func: f.clone(),
                                    receiver: obj.clone(),
                                })))
                            }
                            NativeData::StaticMethod(f) => Ok(f.clone()),
                            _ => Ok(v.clone()),
                        },
                        _ => Ok(v),
                    };
                }
                if let Some(meta) = &cls.meta {
                    if let Some(v) = meta_override_key(meta, name) {
                        return self.bind_meta_attr(v, obj, meta);
                    }
                }
                match name.as_str() {
                    "__name__" => return Ok(Value::str(&cls.name())),
                    "__class__" => return Ok(Value::Class(self.type_of(obj))),
                    "__qualname__" => return Ok(Value::str(&cls.qualname.borrow())),
                    "__module__" => return Ok(Value::str(&cls.module.borrow())),
                    "__dict__" => return Ok(Value::Dict(cls.dict.clone())),
                    "__mro__" => {
                        return Ok(Value::tuple(
                            cls.mro().into_iter().map(Value::Class).collect(),
                        ))
                    }
                    "__bases__" => {
                        return Ok(Value::tuple(
                            cls.bases
                                .borrow()
                                .iter()
                                .cloned()
                                .map(Value::Class)
                                .collect(),
                        ))
                    }
                    "__base__" => {
                        return Ok(cls
                            .bases
                            .borrow()
                            .first()
                            .cloned()
                            .map(Value::Class)
                            .unwrap_or(Value::None))
                    }
                    "__doc__" => return Ok(Value::None),
                    "mro" => {
                        return Ok(Value::Builtin(Rc::new(Builtin {
                            name: "mro",
                            func: |_, args| match args.pos().first() {
                                Some(Value::Class(c)) => {
                                    Ok(Value::list(c.mro().into_iter().map(Value::Class).collect()))
                                }
                                _ => Err(type_error("mro() needs a type")),
                            },
                            bound: Some(obj.clone()),
                            owner: None,
                            module: None,
                        })))
                    }
                    _ => {}
                }
                // What the metaclass `type` defines (`__call__`, `__or__`, ...), bound to
                // the class as its instance.
                let type_ = self.types().type_.clone();
                if let Some(v) = type_.lookup(name) {
                    return self.bind(v, obj, &type_);
                }
                // The metaclass's `__getattr__` answers for a name nothing else has.
                if let Some(hook) = cls
                    .meta
                    .as_ref()
                    .and_then(|m| meta_override(m, "__getattr__"))
                {
                    return self.call_args(&hook, [obj.clone(), Value::str(name.as_str())]);
                }
                Err(attribute_error(format!(
                    "type object '{}' has no attribute '{}'",
                    cls.name(),
                    name.as_str()
                )))
            }
            Value::Native(n) => {
                if let NativeData::Module(m) = &n.data {
                    if !n.class.is_builtin {
                        let dict = m.dict.clone();
                        return self.module_subclass_getattr(obj, n, &dict, name);
                    }
                    return match m.dict.get_str(name) {
                        Some(v) => Ok(v),
                        None => {
                            let dict = m.dict.clone();
                            self.module_getattr_missing(&dict, &m.name, name)
                        }
                    };
                }
                if let (NativeData::Cell(c), "cell_contents") = (&n.data, name.as_str()) {
                    return c
                        .borrow()
                        .clone()
                        .ok_or_else(|| crate::runtime::error::value_error("Cell is empty"));
                }
                if let NativeData::Super { class, obj: inner } = &n.data {
                    let (class, inner) = (class.clone(), inner.clone());
                    return self.super_getattr(&class, &inner, name);
                }
                self.builtin_value_attr(obj, name)
            }
            Value::Function(f) => {
                if let Some(v) = f.dict_if_any().and_then(|d| d.get_str(name)) {
                    return Ok(v);
                }
                match name.as_str() {
                    "__name__" => Ok(Value::str(&f.name.borrow())),
                    "__qualname__" => Ok(Value::str(&f.qualname.borrow())),
                    "__module__" => Ok(f.globals.get_by_str("__name__").unwrap_or(Value::None)),
                    "__doc__" => Ok(f
                        .code
                        .code
                        .doc
                        .as_deref()
                        .map(Value::str)
                        .unwrap_or(Value::None)),
                    "__dict__" => Ok(Value::Dict(f.dict().clone())),
                    "__annotations__" => {
                        let mut annotations = f.annotations.borrow_mut();
                        Ok(Value::Dict(
                            annotations.get_or_insert_with(Default::default).clone(),
                        ))
                    }
                    // The function's own dict, as CPython's: writes to it are seen
                    // by the next call.
                    "__kwdefaults__" => Ok(f
                        .kwdefaults
                        .borrow()
                        .as_ref()
                        .map(|d| Value::Dict(d.clone()))
                        .unwrap_or(Value::None)),
                    "__closure__" => Ok(if f.closure.is_empty() {
                        Value::None
                    } else {
                        Value::tuple(
                            f.closure
                                .iter()
                                .map(|c| {
                                    crate::runtime::native::NativeObj::cell(
                                        &self.types().cell,
                                        c.clone(),
                                    )
                                })
                                .collect(),
                        )
                    }),
                    "__defaults__" => {
                        let d = f.defaults.borrow();
                        Ok(if d.is_empty() {
                            Value::None
                        } else {
                            Value::tuple(d.clone())
                        })
                    }
                    "__code__" => Ok(crate::runtime::native::NativeObj::code(
                        self.types(),
                        f.code.clone(),
                    )),
                    "__globals__" => Ok(Value::Dict(f.globals.clone())),
                    _ => self.builtin_value_attr(obj, name),
                }
            }
            Value::BoundMethod(bm) => match name.as_str() {
                "__self__" => Ok(bm.receiver.clone()),
                "__func__" => Ok(bm.func.clone()),
                // The method's own `__call__`, not its function's.
                "__call__" => self.builtin_value_attr(obj, name),
                _ => {
                    let f = bm.func.clone();
                    self.getattr_str(&f, name)
                }
            },
            Value::Builtin(b) => match name.as_str() {
                "__name__" => Ok(Value::str(b.name)),
                "__qualname__" => Ok(match b.owner {
                    Some(owner) => Value::from_string(format!("{owner}.{}", b.name)),
                    None => Value::str(b.name),
                }),
                "__self__" => Ok(b.bound.clone().unwrap_or(Value::None)),
                // A method descriptor (`str.upper`) has no `__module__`; a bound builtin
                // method (`"a".upper`) has None, as in CPython.
                "__module__" if b.owner.is_none() || b.bound.is_some() => {
                    Ok(b.module.clone().unwrap_or(Value::None))
                }
                "__doc__" => Ok(match b.owner {
                    None => crate::runtime::builtins::docs::builtin_doc(b.name)
                        .map_or(Value::None, Value::str),
                    Some(_) => Value::None,
                }),
                _ => self.builtin_value_attr(obj, name),
            },
            Value::Generator(g) => match name.as_str() {
                "__name__" => Ok(Value::str(&g.name())),
                "__qualname__" => Ok(Value::str(&g.qualname())),
                other => match generator_state_attr(g, other) {
                    Some(StateAttr::Running) => Ok(Value::Bool(
                        g.state.get() == super::generator::GenState::Running,
                    )),
                    Some(StateAttr::Suspended) => Ok(Value::Bool(
                        g.state.get() == super::generator::GenState::Suspended,
                    )),
                    Some(StateAttr::Code) => match g.code() {
                        Some(code) => Ok(crate::runtime::native::NativeObj::code(
                            self.types(),
                            code.clone(),
                        )),
                        None => self.builtin_value_attr(obj, name),
                    },
                    Some(StateAttr::Delegate) => Ok(delegate_of(g)),
                    Some(StateAttr::Frame) => self.generator_frame(g),
                    Some(StateAttr::Origin) => Ok(Value::None),
                    None => self.builtin_value_attr(obj, name),
                },
            },
            _ => self.builtin_value_attr(obj, name),
        }
    }

    /// Attribute lookup on an instance without `__getattribute__` hooks: what
    /// `object.__getattribute__` does.
    pub fn instance_getattr(
        &mut self,
        obj: &Value,
        inst: &crate::runtime::instance_ref::InstanceRef,
        name: &PyStr,
    ) -> PyResult<Value> {
        match self.instance_getattr_opt(obj, inst, name)? {
            Some(v) => Ok(v),
            None => Err(no_attribute(&inst.class.tp_name(), name.as_str())),
        }
    }

    /// [`Vm::instance_getattr`] with a miss (no attribute and no `__getattr__`) as None.
    fn instance_getattr_opt(
        &mut self,
        obj: &Value,
        inst: &crate::runtime::instance_ref::InstanceRef,
        name: &PyStr,
    ) -> PyResult<Option<Value>> {
        let cls = inst.class.clone();
        let class_attr = cls.lookup(name);
        // Data descriptors (property) win over the instance dict.
        if let Some(Value::Native(n)) = &class_attr {
            if let NativeData::Property { .. } = n.data {
                let r = self.bind(class_attr.clone().unwrap_or(Value::None), obj, &cls);
                return self.or_getattr_hook(r, obj, &cls, name).map(Some);
            }
        }
        // User descriptors: data descriptors win over the instance dict.
        let descr_get = match &class_attr {
            Some(a @ Value::Instance(d)) => {
                let dcls = d.class.clone();
                dcls.lookup(&self.names.get)
                    .map(|g| (g, a.clone(), self.sets_or_deletes(&dcls)))
            }
            _ => None,
        };
        if let Some((g, a, true)) = &descr_get {
            let r = self.call_args(g, [a.clone(), obj.clone(), Value::Class(cls.clone())]);
            return self.or_getattr_hook(r, obj, &cls, name).map(Some);
        }
        if let Some(v) = inst.get_attr(name) {
            return Ok(Some(v));
        }
        if let Some((g, a, false)) = descr_get {
            let r = self.call_args(&g, [a, obj.clone(), Value::Class(cls.clone())]);
            return self.or_getattr_hook(r, obj, &cls, name).map(Some);
        }
        if let Some(a) = class_attr {
            return self.bind(a, obj, &cls).map(Some);
        }
        if let Some(v) = self.instance_special_attr(obj, inst, name)? {
            return Ok(Some(v));
        }
        if let Some(ga) = cls.lookup(&self.names.getattr) {
            return self
                .call_args(&ga, [obj.clone(), Value::str(name.as_str())])
                .map(Some);
        }
        Ok(None)
    }

    /// A descriptor's AttributeError goes on to the class's `__getattr__`, as CPython's
    /// `slot_tp_getattr_hook` does for a class that defines one.
    fn or_getattr_hook(
        &mut self,
        r: PyResult<Value>,
        obj: &Value,
        cls: &Rc<Class>,
        name: &PyStr,
    ) -> PyResult<Value> {
        match r {
            Err(e) if e.is_instance(&self.types().attribute_error) => {
                match cls.lookup(&self.names.getattr) {
                    Some(ga) => self.call_args(&ga, [obj.clone(), Value::str(name.as_str())]),
                    None => Err(e),
                }
            }
            r => r,
        }
    }

    /// Attributes of instances that live in native state (exceptions' args and chaining).
    fn instance_special_attr(
        &mut self,
        obj: &Value,
        inst: &crate::runtime::class::Instance,
        name: &PyStr,
    ) -> PyResult<Option<Value>> {
        match name.as_str() {
            "__class__" => return Ok(Some(Value::Class(inst.class.clone()))),
            // Instances of classes whose every level has `__slots__` have no `__dict__`,
            // nor have those of `object` and `deque` themselves.
            "__dict__" if inst.class.slots.is_none() && inst.class.instances_have_dict() => {
                // Shown, the namespace is a container of its own, as in CPython.
                let d = Value::Dict(inst.dict());
                self.gc_track(&d);
                return Ok(Some(d));
            }
            _ => {}
        }
        if let Payload::Exception(d) = inst.payload() {
            if let ("__traceback__", Value::Instance(exc)) = (name.as_str(), obj) {
                let exc = crate::runtime::error::PyErr::from_instance(exc.clone());
                return self.traceback_object(&exc).map(Some);
            }
            let d = d.borrow();
            return Ok(match name.as_str() {
                "args" => Some(d.args.clone()),
                "__cause__" => Some(d.cause.clone().unwrap_or(Value::None)),
                "__context__" => Some(d.context.clone().unwrap_or(Value::None)),
                "__suppress_context__" => Some(Value::Bool(d.suppress_context)),
                _ => None,
            });
        }
        let _ = obj;
        Ok(None)
    }

    /// Attributes of builtin values: methods from the type's namespace.
    fn builtin_value_attr(&mut self, obj: &Value, name: &PyStr) -> PyResult<Value> {
        let cls = self.type_of(obj);
        if let Some(a) = cls.lookup(name) {
            return self.bind(a, obj, &cls);
        }
        if let Value::Iter(_) = obj {
            if let Some(m) = super::gen_methods::iterator_method(name.as_str()) {
                return self.bind(m, obj, &cls);
            }
        }
        if let Some(m) = super::dunders::dunder_method(obj, name.as_str()) {
            return self.bind(m, obj, &cls);
        }
        match name.as_str() {
            "__class__" => return Ok(Value::Class(cls)),
            "__name__" if matches!(obj, Value::Native(_)) => {
                if let Value::Native(n) = obj {
                    if let NativeData::LruCache(c) = &n.data {
                        let f = c.func.clone();
                        return self.getattr_str(&f, name);
                    }
                }
            }
            _ => {}
        }
        if let Value::Native(n) = obj {
            if let NativeData::Code(code) = &n.data {
                if let Some(v) = code_attr(&code.code, name.as_str()) {
                    return Ok(v);
                }
            }
            if let NativeData::LruCache(c) = &n.data {
                if let Some(v) = c.attrs.get_str(name) {
                    return Ok(v);
                }
            }
        }
        Err(no_attribute(&cls.tp_name(), name.as_str()))
    }

    /// For `obj.name(args)`: the unbound function when binding would make a bound method
    /// (so the call can pass `obj` itself), or None to fall back to `getattr`.
    pub(crate) fn lookup_method(&mut self, obj: &Value, name: &PyStr) -> PyResult<Option<Value>> {
        match obj {
            Value::Instance(inst) => {
                if inst.get_attr(name).is_some() || inst.class.getattribute_hook() {
                    return Ok(None);
                }
                match inst.class.lookup(name) {
                    Some(f @ Value::Function(_)) => Ok(Some(f)),
                    // A builtin method (a deque's, a list subclass's) binds as a function.
                    Some(Value::Builtin(b)) if b.binds_as_method() => Ok(Some(Value::Builtin(b))),
                    _ => Ok(None),
                }
            }
            Value::Class(_) | Value::Function(_) | Value::BoundMethod(_) => Ok(None),
            Value::Native(n)
                if matches!(n.data, NativeData::Module(_) | NativeData::Super { .. }) =>
            {
                Ok(None)
            }
            _ => {
                let cls = self.type_of(obj);
                match cls.lookup(name) {
                    Some(b @ Value::Builtin(_)) => Ok(Some(b)),
                    _ => Ok(None),
                }
            }
        }
    }

    pub fn setattr(&mut self, obj: &Value, name: &str, v: Value) -> PyResult<()> {
        self.setattr_str(obj, &PyStr::new(name), v)
    }

    pub fn setattr_str(&mut self, obj: &Value, name: &StrRef, v: Value) -> PyResult<()> {
        // Instances check it after their `__setattr__` hook, below.
        if !matches!(obj, Value::Instance(_)) && name.as_str() == "__class__" {
            return self.assign_class(obj, v);
        }
        match obj {
            Value::Instance(inst) => {
                // A class's own `__setattr__` decides everything, descriptors included.
                if let Some(sa) = inst.class.lookup(&self.names.setattr) {
                    if !matches!(sa, Value::Builtin(_)) {
                        self.call_args(&sa, [obj.clone(), Value::Str(name.clone()), v])?;
                        return Ok(());
                    }
                }
                self.generic_setattr(obj, inst, name, v)
            }
            Value::Class(cls) => {
                if let Some(meta) = &cls.meta {
                    if let Some(hook) = super::metaclass::meta_override(meta, "__setattr__") {
                        self.call_args(&hook, [obj.clone(), Value::Str(name.clone()), v])?;
                        return Ok(());
                    }
                }
                self.class_setattr(cls, name, v)
            }
            Value::Function(f) => {
                match name.as_str() {
                    "__name__" => {
                        if let Value::Str(s) = &v {
                            *f.name.borrow_mut() = s.as_str().into();
                        }
                    }
                    "__qualname__" => {
                        if let Value::Str(s) = &v {
                            *f.qualname.borrow_mut() = s.as_str().into();
                        }
                    }
                    "__defaults__" => {
                        *f.defaults.borrow_mut() = match &v {
                            Value::Tuple(t) => t.items.to_vec(),
                            _ => vec![],
                        };
                    }
                    "__kwdefaults__" => {
                        *f.kwdefaults.borrow_mut() = match v {
                            Value::Dict(d) => Some(d),
                            Value::None => None,
                            _ => {
                                return Err(type_error(
                                    "__kwdefaults__ must be set to a dict object",
                                ))
                            }
                        };
                    }
                    "__annotations__" => {
                        *f.annotations.borrow_mut() = match v {
                            Value::Dict(d) => Some(d),
                            Value::None => None,
                            _ => return Err(annotations_not_dict()),
                        }
                    }
                    _ => f.dict().set_str(name.clone(), v),
                }
                Ok(())
            }
            Value::Native(n) => match &n.data {
                NativeData::Module(m) => {
                    m.dict.set_str(name.clone(), v);
                    Ok(())
                }
                NativeData::LruCache(c) => {
                    c.attrs.set_str(name.clone(), v);
                    Ok(())
                }
                // Writable since 3.7; the old value drops after the borrow ends (its
                // `__del__` may read the cell).
                NativeData::Cell(c) if name.as_str() == "cell_contents" => {
                    drop(c.replace(Some(v)));
                    Ok(())
                }
                // A property with a setter on a native class (the event loop's
                // `slow_callback_duration`).
                _ => match n.class.lookup(name) {
                    Some(Value::Native(p)) => match &p.data {
                        NativeData::Property { fset, .. } if !fset.is_none() => {
                            let fset = fset.clone();
                            self.call_args(&fset, [obj.clone(), v])?;
                            Ok(())
                        }
                        _ => Err(self.readonly_attr(obj, name.as_str())),
                    },
                    _ => Err(self.readonly_attr(obj, name.as_str())),
                },
            },
            _ => Err(self.readonly_attr(obj, name.as_str())),
        }
    }

    /// `type.__setattr__`: set an attribute of a user class (builtin classes are
    /// immutable).
    pub(crate) fn class_setattr(
        &mut self,
        cls: &Rc<Class>,
        name: &StrRef,
        v: Value,
    ) -> PyResult<()> {
        if cls.is_builtin {
            return Err(type_error(format!(
                "cannot set '{}' attribute of immutable type '{}'",
                name.as_str(),
                cls.tp_name()
            )));
        }
        match name.as_str() {
            "__name__" => {
                if let Value::Str(s) = &v {
                    *cls.name.borrow_mut() = s.as_str().into();
                }
            }
            "__qualname__" => {
                if let Value::Str(s) = &v {
                    *cls.qualname.borrow_mut() = s.as_str().into();
                }
            }
            "__module__" => {
                // The repr reads `module`, attribute lookup finds the namespace entry.
                if let Value::Str(s) = &v {
                    *cls.module.borrow_mut() = s.as_str().into();
                }
                cls.dict.set_str(name.clone(), v);
            }
            "__del__" => {
                cls.dict.set_str(name.clone(), v);
                self.gc_note_class(cls);
            }
            "__bases__" => self.assign_bases(cls, &v)?,
            _ => cls.dict.set_str(name.clone(), v),
        }
        Ok(())
    }

    /// CPython's `PyObject_GenericSetAttr` for an instance (what `object.__setattr__`
    /// does): a data descriptor of the class (a Python `__set__`, a property) first,
    /// then the instance's dict or slots.
    pub fn generic_setattr(
        &mut self,
        obj: &Value,
        inst: &crate::runtime::instance_ref::InstanceRef,
        name: &StrRef,
        v: Value,
    ) -> PyResult<()> {
        if name.as_str() == "__class__" {
            return self.assign_class(obj, v);
        }
        match inst.class.lookup(name) {
            Some(Value::Instance(di)) => {
                if let Some(set) = di.class.lookup(&self.names.set) {
                    self.call_args(&set, [Value::Instance(di), obj.clone(), v])?;
                    return Ok(());
                }
                if di.class.lookup(&self.names.delete).is_some() {
                    return Err(attribute_error("__set__".to_string()));
                }
            }
            Some(Value::Native(n)) => {
                if let NativeData::Property { fset, .. } = &n.data {
                    if fset.is_none() {
                        return Err(property_descr::missing(&n, &inst.class.name(), "setter"));
                    }
                    let fset = fset.clone();
                    self.call_args(&fset, [obj.clone(), v])?;
                    return Ok(());
                }
            }
            _ => {}
        }
        if let (Payload::Exception(_), "__traceback__", Value::Instance(exc)) =
            (inst.payload(), name.as_str(), obj)
        {
            let exc = crate::runtime::error::PyErr::from_instance(exc.clone());
            return self.set_traceback(&exc, v);
        }
        if let Payload::Exception(d) = inst.payload() {
            let mut d = d.borrow_mut();
            match name.as_str() {
                "__cause__" => {
                    d.cause = if v.is_none() { None } else { Some(v) };
                    d.suppress_context = true;
                    return Ok(());
                }
                "__context__" => {
                    d.context = if v.is_none() { None } else { Some(v) };
                    return Ok(());
                }
                "__suppress_context__" => {
                    d.suppress_context = matches!(v, Value::Bool(true));
                    return Ok(());
                }
                "args" => {
                    d.args = v;
                    return Ok(());
                }
                _ => {}
            }
        }
        // Plain `object()` and `deque()` instances have no __dict__.
        if !inst.class.instances_have_dict() {
            return Err(no_attribute(&inst.class.tp_name(), name.as_str()));
        }
        if let Some(slots) = &inst.class.slots {
            if !slots.iter().any(|s| **s == *name.as_str()) {
                return Err(no_attribute(&inst.class.tp_name(), name.as_str()));
            }
        }
        inst.set_attr(name.clone(), v);
        Ok(())
    }

    /// CPython's `PyObject_GenericSetAttr` deleting (what `object.__delattr__` does): a
    /// data descriptor of the class (a Python `__delete__`, a property's deleter)
    /// first, then the instance's dict or slots.
    pub fn generic_delattr(
        &mut self,
        obj: &Value,
        inst: &crate::runtime::instance_ref::InstanceRef,
        key: &PyStr,
    ) -> PyResult<()> {
        match inst.class.lookup(key) {
            Some(Value::Native(n)) => {
                if let NativeData::Property { more, .. } = &n.data {
                    let fdel = &more.fdel;
                    if fdel.is_none() {
                        return Err(property_descr::missing(&n, &inst.class.name(), "deleter"));
                    }
                    let fdel = fdel.clone();
                    self.call_args(&fdel, vec![obj.clone()])?;
                    return Ok(());
                }
            }
            // A data descriptor of a Python class: its `__delete__`, or
            // CPython's AttributeError when it only sets.
            Some(Value::Instance(di)) => {
                if let Some(del) = di.class.lookup(&self.names.delete) {
                    self.call_args(&del, [Value::Instance(di), obj.clone()])?;
                    return Ok(());
                }
                if di.class.lookup(&self.names.set).is_some() {
                    return Err(attribute_error("__delete__".to_string()));
                }
            }
            _ => {}
        }
        match inst.del_attr(key) {
            Some(_) => Ok(()),
            None => Err(no_attribute(&inst.class.tp_name(), key.as_str())),
        }
    }

    pub fn delattr(&mut self, obj: &Value, name: &str) -> PyResult<()> {
        let key = PyStr::new(name);
        if name == "__class__" {
            return Err(cannot_delete_class());
        }
        let removed = match obj {
            Value::Instance(inst) => {
                if let Some(hook) = inst.class.lookup_str("__delattr__") {
                    if !matches!(hook, Value::Builtin(_)) {
                        self.call_args(&hook, [obj.clone(), Value::str(name)])?;
                        return Ok(());
                    }
                }
                return self.generic_delattr(obj, inst, &key);
            }
            Value::Class(cls) if !cls.is_builtin => {
                if let Some(hook) = super::metaclass::class_meta_method(obj, "__delattr__") {
                    self.call_args(&hook, [obj.clone(), Value::str(name)])?;
                    return Ok(());
                }
                if name == "__bases__" {
                    return Err(type_error(format!(
                        "cannot delete '__bases__' attribute of immutable type '{}'",
                        cls.name()
                    )));
                }
                cls.dict.del_str(&key)
            }
            Value::Class(cls) => {
                return Err(type_error(format!(
                    "cannot set '{name}' attribute of immutable type '{}'",
                    cls.tp_name()
                )))
            }
            Value::Function(f) if name == "__annotations__" => {
                *f.annotations.borrow_mut() = None;
                return Ok(());
            }
            Value::Function(f) => f.dict_if_any().and_then(|d| d.del_str(&key)),
            Value::Native(n) if matches!(n.data, NativeData::Module(_) | NativeData::Cell(_)) => {
                match &n.data {
                    NativeData::Module(m) => m.dict.del_str(&key),
                    // Empties the cell: reads of the variable then raise NameError.
                    NativeData::Cell(c) if name == "cell_contents" => {
                        c.replace(None).or(Some(Value::None))
                    }
                    _ => None,
                }
            }
            // A builtin value has no attributes of its own to delete.
            _ => return Err(self.readonly_attr(obj, name)),
        };
        match removed {
            Some(_) => Ok(()),
            None => Err(no_attribute(&self.type_of(obj).tp_name(), name)),
        }
    }
}

/// Records on an AttributeError which lookup failed (`e.name`, `e.obj`), once, for the
/// uncaught report's "Did you mean", as CPython does.
#[cold]
fn note_attribute_error(
    t: &crate::runtime::types::Types,
    e: crate::runtime::error::PyErr,
    obj: &Value,
    name: &PyStr,
) -> crate::runtime::error::PyErr {
    if e.is_instance(&t.attribute_error) && !e.has_attr("name") {
        e.set_attr("name", Value::str(name.as_str()));
        e.set_attr("obj", obj.clone());
    }
    e
}

#[cold]
fn no_attribute(type_name: &str, name: &str) -> crate::runtime::error::PyErr {
    attribute_error(format!("'{type_name}' object has no attribute '{name}'"))
}

impl Vm {
    /// Setting an attribute on a builtin value: read-only when the type has it.
    #[cold]
    fn readonly_attr(&self, obj: &Value, name: &str) -> crate::runtime::error::PyErr {
        let cls = self.type_of(obj);
        let found = cls.lookup_str(name);
        let member = matches!(
            (&*cls.name(), name),
            ("range" | "slice", "start" | "stop" | "step") | ("complex", "real" | "imag")
        );
        if member {
            // CPython's read-only member descriptors say only this.
            attribute_error("readonly attribute".to_string())
        } else if let Some(Value::Builtin(_) | Value::Function(_) | Value::Str(_) | Value::None) =
            found
        {
            // A method, not a data descriptor: CPython's generic setattr message.
            attribute_error(format!(
                "'{}' object attribute '{name}' is read-only",
                cls.name()
            ))
        } else if found.is_some() {
            attribute_error(format!(
                "attribute '{name}' of '{}' objects is not writable",
                cls.name()
            ))
        } else {
            no_attribute(&cls.name(), name)
        }
    }
}

impl Vm {
    /// A name not in a module's namespace: `__dict__`, the module's own `__getattr__`
    /// (PEP 562), else CPython's AttributeError (naming a circular import when the module
    /// is still initialising).
    #[cold]
    pub(crate) fn module_getattr_missing(
        &mut self,
        dict: &Rc<crate::runtime::dict::PyDict>,
        module_name: &str,
        name: &PyStr,
    ) -> PyResult<Value> {
        if name.as_str() == "__dict__" {
            return Ok(Value::Dict(dict.clone()));
        }
        if name.as_str() == "__annotations__" {
            return Ok(own_annotations(dict));
        }
        if let Some(hook) = dict.get_by_str("__getattr__") {
            return self.call_args(&hook, [Value::str(name.as_str())]);
        }
        let shown = match dict.get_by_str("__name__") {
            Some(Value::Str(s)) => s.as_str().to_string(),
            _ => module_name.to_string(),
        };
        let e = if self.is_initializing(&shown) {
            attribute_error(format!(
                "partially initialized module '{shown}' has no attribute '{}' (most likely due to a circular import)",
                name.as_str()
            ))
        } else {
            attribute_error(format!(
                "module '{shown}' has no attribute '{}'",
                name.as_str()
            ))
        };
        Err(e)
    }
}

/// The `co_*` attributes of a code object that scripts and `doctest`/`inspect` read.
fn code_attr(code: &crate::compiler::bytecode::Code, name: &str) -> Option<Value> {
    let names =
        |list: &[crate::ast::Name]| Value::tuple(list.iter().map(|n| Value::str(n)).collect());
    Some(match name {
        "co_name" => Value::str(&code.name),
        "co_qualname" => Value::str(&code.qualname),
        "co_filename" => Value::str(&code.source.name),
        "co_firstlineno" => Value::Int(code.first_line() as i64),
        "co_argcount" => Value::Int(code.argcount as i64),
        "co_posonlyargcount" => Value::Int(code.posonlyargcount as i64),
        "co_kwonlyargcount" => Value::Int(code.kwonlyargcount as i64),
        "co_varnames" => names(&code.varnames),
        "co_cellvars" => names(&code.cellvars),
        "co_freevars" => names(&code.freevars),
        "co_names" => names(&code.names),
        "co_nlocals" => Value::Int(code.varnames.len() as i64),
        "co_flags" => Value::Int(code_flags(code)),
        _ => return None,
    })
}

/// CPython's `co_flags` bits for what coro's code records: OPTIMIZED|NEWLOCALS for
/// functions, VARARGS, VARKEYWORDS, NESTED (defined inside a function), and the
/// GENERATOR/COROUTINE/ASYNC_GENERATOR kind that `inspect` tests.
fn code_flags(code: &crate::compiler::bytecode::Code) -> i64 {
    use crate::compiler::bytecode::{CodeKind, Scope};
    let mut flags = 0;
    if code.scope == Scope::Function {
        flags |= 0x1 | 0x2;
    }
    if code.has_varargs {
        flags |= 0x4;
    }
    if code.has_varkw {
        flags |= 0x8;
    }
    if code.qualname.contains("<locals>") {
        flags |= 0x10;
    }
    flags |= match code.kind {
        CodeKind::Function => 0,
        CodeKind::Generator => 0x20,
        CodeKind::Coroutine => 0x80,
        CodeKind::AsyncGenerator => 0x200,
    };
    flags
}

/// `C.__annotations__`: the class's own (never a base's), created empty on first access;
/// builtin types have none.
fn class_annotations(cls: &Class) -> PyResult<Value> {
    if cls.is_builtin {
        return Err(no_class_annotations(cls));
    }
    Ok(own_annotations(&cls.dict))
}

/// The `__annotations__` entry of a class or module namespace, added empty if missing.
fn own_annotations(namespace: &PyDict) -> Value {
    if let Some(annotations) = namespace.get_by_str("__annotations__") {
        return annotations;
    }
    let annotations = Value::Dict(Rc::new(PyDict::new()));
    namespace.set_by_str("__annotations__", annotations.clone());
    annotations
}

#[cold]
fn no_class_annotations(cls: &Class) -> PyErr {
    attribute_error(format!(
        "type object '{}' has no attribute '__annotations__'",
        cls.name()
    ))
}

#[cold]
fn annotations_not_dict() -> PyErr {
    type_error("__annotations__ must be set to a dict object")
}

#[cold]
fn cannot_delete_class() -> crate::runtime::error::PyErr {
    type_error("can't delete __class__ attribute")
}

/// The state attributes a generator, coroutine or async generator answers, each under
/// its kind's prefix (`gi_`, `cr_`, `ag_`), as CPython's.
enum StateAttr {
    Running,
    Suspended,
    Code,
    /// `gi_yieldfrom`, `cr_await`, `ag_await`.
    Delegate,
    /// `gi_frame`, `cr_frame`, `ag_frame`.
    Frame,
    /// `cr_origin`: None, as CPython's without origin tracking turned on.
    Origin,
}

/// What a suspended generator is delegating to (`yield from`, `await`): the iterator on
/// its stack when it stopped inside `YieldFrom`; None otherwise.
fn delegate_of(g: &super::generator::Generator) -> Value {
    if g.state.get() != super::generator::GenState::Suspended {
        return Value::None;
    }
    g.with_frame(|f| match f {
        Some(f)
            if f.code.code.instrs.get(f.ip)
                == Some(&crate::compiler::bytecode::Instr::YieldFrom) =>
        {
            f.top().clone()
        }
        _ => Value::None,
    })
}

impl Vm {
    /// `gi_frame`: a snapshot frame object (pylib's `_frame.frame`, as `sys._getframe`
    /// makes) of a generator that has not finished, at the line it stopped on (its
    /// `def` line before it starts); None once it has finished.
    fn generator_frame(&mut self, g: &super::generator::Generator) -> PyResult<Value> {
        use super::generator::GenState;
        // One look at the frame: its code, line, globals and locals together.
        let snapshot = g.with_frame(|f| {
            let f = f?;
            let line = match g.state.get() {
                GenState::Created => f.code.code.first_line(),
                _ => f.code.code.line_of(f.ip.saturating_sub(1)),
            };
            Some((
                f.code.clone(),
                line,
                f.globals.clone(),
                self.frame_locals(f),
            ))
        });
        let Some((code, line, globals, locals)) = snapshot else {
            return Ok(Value::None);
        };
        let frames = self.import_absolute("_frame")?;
        let make = self.getattr(&frames, "frame")?;
        let code = crate::runtime::native::NativeObj::code(self.types(), code);
        self.call_args(
            &make,
            [
                code,
                Value::Int(line as i64),
                Value::Dict(globals),
                Value::None,
                Value::Dict(locals),
            ],
        )
    }
}

fn generator_state_attr(g: &super::generator::Generator, name: &str) -> Option<StateAttr> {
    use crate::compiler::bytecode::CodeKind;
    let prefix = match g.kind {
        CodeKind::Coroutine => "cr_",
        CodeKind::AsyncGenerator => "ag_",
        _ => "gi_",
    };
    match name.strip_prefix(prefix)? {
        "running" => Some(StateAttr::Running),
        // 3.11 has no `ag_suspended`.
        "suspended" if g.kind != CodeKind::AsyncGenerator => Some(StateAttr::Suspended),
        "code" => Some(StateAttr::Code),
        "yieldfrom" if g.kind == CodeKind::Generator => Some(StateAttr::Delegate),
        "await" if g.kind != CodeKind::Generator => Some(StateAttr::Delegate),
        "frame" => Some(StateAttr::Frame),
        "origin" if g.kind == CodeKind::Coroutine => Some(StateAttr::Origin),
        _ => None,
    }
}
