//! The instructions of the `match` statement (PEP 634), called from the dispatch loop:
//! the sequence and mapping shape tests, the length read, the mapping key lookup and the
//! class pattern's isinstance check and attribute extraction, with CPython 3.11's rules
//! and TypeError messages. How patterns are laid out in bytecode is the compiler's
//! (`compiler::codegen::match_stmt`); this file only answers the questions it asks.

use super::{Frame, Vm};
use crate::runtime::class::Class;
use crate::runtime::error::{type_error, value_error, PyErr, PyResult};
use crate::runtime::native::NativeData;
use crate::runtime::set::PySet;
use crate::runtime::value::Value;
use std::collections::HashMap;
use std::rc::Rc;

/// Whether a class is registered with (or derived from) `collections.abc.Sequence` or
/// `Mapping`, remembered per class until `abc` registers anything new: CPython keeps
/// these answers as type flags, and asking the ABCs each time is slow.
#[derive(Default)]
pub(crate) struct ShapeCache {
    /// `abc._abc_invalidation_counter` when the entries were computed.
    counter: i64,
    /// Keyed by class address and ABC name; the class is held so the address stays its.
    entries: HashMap<(usize, &'static str), (Rc<Class>, bool)>,
}

impl Vm {
    /// `[subject] -> [subject, is it a sequence for patterns]`.
    pub(crate) fn op_match_sequence(&mut self, f: &mut Frame) -> PyResult<()> {
        let subject = f.top().clone();
        let answer = self.is_match_sequence(&subject)?;
        f.push(Value::Bool(answer));
        Ok(())
    }

    /// `[subject] -> [subject, is it a mapping for patterns]`.
    pub(crate) fn op_match_mapping(&mut self, f: &mut Frame) -> PyResult<()> {
        let subject = f.top().clone();
        let answer = self.is_match_mapping(&subject)?;
        f.push(Value::Bool(answer));
        Ok(())
    }

    /// `[obj] -> [obj, len(obj)]`.
    pub(crate) fn op_get_len(&mut self, f: &mut Frame) -> PyResult<()> {
        let obj = f.top().clone();
        let n = self.len(&obj)?;
        f.push(Value::Int(n as i64));
        Ok(())
    }

    /// `[subject, keys] -> [subject, keys, values]`: the values of `keys` looked up with
    /// `subject.get(key, sentinel)` (so `__missing__` is never called), or None when a
    /// key is absent.
    pub(crate) fn op_match_keys(&mut self, f: &mut Frame) -> PyResult<()> {
        let keys = f.peek(0).clone();
        let subject = f.peek(1).clone();
        let values = self.match_keys(&subject, &keys)?;
        f.push(values);
        Ok(())
    }

    /// `[subject, cls, attribute names] -> [attributes or None]` for a class pattern with
    /// `positional` positional sub-patterns.
    pub(crate) fn op_match_class(&mut self, f: &mut Frame, positional: u32) -> PyResult<()> {
        let names = f.pop();
        let cls = f.pop();
        let subject = f.pop();
        let attrs = self.match_class(&subject, &cls, positional as usize, &names)?;
        f.push(attrs.unwrap_or(Value::None));
        Ok(())
    }

    /// Whether `v` has CPython's `Py_TPFLAGS_SEQUENCE`: list, tuple, range and their
    /// subclasses, and classes registered with (or derived from)
    /// `collections.abc.Sequence`, but never str, bytes or bytearray.
    fn is_match_sequence(&mut self, v: &Value) -> PyResult<bool> {
        let t = self.types();
        match v {
            Value::List(_) | Value::Tuple(_) => return Ok(true),
            Value::Native(n) => match n.data {
                NativeData::Range { .. } | NativeData::BigRange(_) => return Ok(true),
                NativeData::Bytes(_) | NativeData::ByteArray(_) => return Ok(false),
                _ => {}
            },
            Value::Instance(_) => {
                let cls = self.type_of(v);
                if cls.is_subclass(&t.list) || cls.is_subclass(&t.tuple) {
                    return Ok(true);
                }
                let excluded = [&t.str, &t.bytes, &t.bytearray, &t.dict];
                if excluded.iter().any(|c| cls.is_subclass(c)) {
                    return Ok(false);
                }
            }
            Value::Class(_) => {}
            _ => return Ok(false),
        }
        self.is_registered(v, "Sequence")
    }

    /// Whether `v` has CPython's `Py_TPFLAGS_MAPPING`: dict and its subclasses, and
    /// classes registered with (or derived from) `collections.abc.Mapping`.
    fn is_match_mapping(&mut self, v: &Value) -> PyResult<bool> {
        match v {
            Value::Dict(_) => Ok(true),
            Value::Instance(_) | Value::Native(_) | Value::Class(_) => {
                if self.type_of(v).is_subclass(&self.types().dict) {
                    return Ok(true);
                }
                self.is_registered(v, "Mapping")
            }
            _ => Ok(false),
        }
    }

    /// `issubclass(type(v), _collections_abc.<abc>)` (the type's flag in CPython), false
    /// when that module was never imported (then no class can have been registered).
    fn is_registered(&mut self, v: &Value, abc: &'static str) -> PyResult<bool> {
        let Some(module) = self.cached_module("_collections_abc") else {
            return Ok(false);
        };
        let counter = match self.cached_module("abc").and_then(|m| self.module_dict(&m)) {
            Some(d) => match d.get_by_str("_abc_invalidation_counter") {
                Some(Value::Int(n)) => n,
                _ => 0,
            },
            None => 0,
        };
        let cls = self.type_of(v);
        let key = (Rc::as_ptr(&cls) as usize, abc);
        if self.match_shapes.counter != counter {
            self.match_shapes.entries.clear();
            self.match_shapes.counter = counter;
        }
        if let Some((_, answer)) = self.match_shapes.entries.get(&key) {
            return Ok(*answer);
        }
        let Some(Value::Class(abc_class)) = self.getattr_opt(&module, abc)? else {
            return Ok(false);
        };
        let answer =
            super::metaclass::subclass_check(self, &Value::Class(cls.clone()), &abc_class)?;
        self.match_shapes.entries.insert(key, (cls, answer));
        Ok(answer)
    }

    fn match_keys(&mut self, subject: &Value, keys: &Value) -> PyResult<Value> {
        let Value::Tuple(keys) = keys else {
            return Err(type_error("match keys must be a tuple"));
        };
        if keys.items.is_empty() {
            return Ok(Value::tuple(Vec::new()));
        }
        let get = self.getattr(subject, "get")?;
        // A fresh object no mapping can hold: `get` answers it only for a missing key.
        let missing = Value::list(Vec::new());
        let seen = PySet::new(false);
        let mut values = Vec::with_capacity(keys.items.len());
        for key in keys.items.iter() {
            if !seen.add(self, key.clone())? {
                return Err(self.duplicate_key(key));
            }
            let value = self.call_args(&get, vec![key.clone(), missing.clone()])?;
            if value.is(&missing) {
                return Ok(Value::None);
            }
            values.push(value);
        }
        Ok(Value::tuple(values))
    }

    #[cold]
    fn duplicate_key(&mut self, key: &Value) -> PyErr {
        match self.repr(key) {
            Ok(r) => value_error(format!("mapping pattern checks duplicate key ({r})")),
            Err(e) => e,
        }
    }

    /// The class pattern test: None when `subject` is not an instance of `cls` or lacks
    /// one of the attributes; the attributes (positional ones through
    /// `cls.__match_args__`, then the keyword ones) otherwise.
    fn match_class(
        &mut self,
        subject: &Value,
        cls: &Value,
        positional: usize,
        names: &Value,
    ) -> PyResult<Option<Value>> {
        let Value::Class(cls) = cls else {
            return Err(type_error("called match pattern must be a type"));
        };
        if !super::metaclass::instance_check(self, subject, cls)? {
            return Ok(None);
        }
        let seen = PySet::new(false);
        let mut attrs = Vec::new();
        if positional > 0 {
            let match_args = self.getattr_opt(&Value::Class(cls.clone()), "__match_args__")?;
            let (match_args, match_self) = match match_args {
                Some(Value::Tuple(t)) => (t.items.to_vec(), false),
                Some(other) => return Err(self.bad_match_args(cls, &other)),
                None => (Vec::new(), matches_itself(self.types(), cls)),
            };
            let allowed = if match_self { 1 } else { match_args.len() };
            if allowed < positional {
                return Err(too_many_positional(cls, allowed, positional));
            }
            if match_self {
                attrs.push(subject.clone());
            } else {
                for name in &match_args[..positional] {
                    if !matches!(name, Value::Str(_)) {
                        let got = self.type_of(name).name();
                        return Err(type_error(format!(
                            "__match_args__ elements must be strings (got {got})"
                        )));
                    }
                    match self.match_class_attr(subject, cls, name, &seen)? {
                        Some(v) => attrs.push(v),
                        None => return Ok(None),
                    }
                }
            }
        }
        if let Value::Tuple(names) = names {
            for name in names.items.iter() {
                match self.match_class_attr(subject, cls, name, &seen)? {
                    Some(v) => attrs.push(v),
                    None => return Ok(None),
                }
            }
        }
        Ok(Some(Value::tuple(attrs)))
    }

    /// `getattr(subject, name)`, None when missing; naming an attribute twice (through
    /// `__match_args__` and a keyword) is a TypeError.
    fn match_class_attr(
        &mut self,
        subject: &Value,
        cls: &Rc<Class>,
        name: &Value,
        seen: &PySet,
    ) -> PyResult<Option<Value>> {
        if !seen.add(self, name.clone())? {
            let r = self.repr(name)?;
            return Err(type_error(format!(
                "{}() got multiple sub-patterns for attribute {r}",
                cls.name()
            )));
        }
        let Value::Str(s) = name else {
            return Ok(None);
        };
        self.getattr_opt(subject, s.as_str())
    }

    #[cold]
    fn bad_match_args(&self, cls: &Rc<Class>, got: &Value) -> PyErr {
        type_error(format!(
            "{}.__match_args__ must be a tuple (got {})",
            cls.name(),
            self.type_of(got).name()
        ))
    }
}

/// The built-in classes (and their subclasses without `__match_args__`) whose single
/// positional sub-pattern matches the subject itself: `case int(n):`.
fn matches_itself(t: &crate::runtime::types::Types, cls: &Rc<Class>) -> bool {
    let own = [
        &t.bool_,
        &t.bytearray,
        &t.bytes,
        &t.dict,
        &t.float,
        &t.frozenset,
        &t.int,
        &t.list,
        &t.set,
        &t.str,
        &t.tuple,
    ];
    own.iter().any(|c| cls.is_subclass(c))
}

#[cold]
fn too_many_positional(cls: &Rc<Class>, allowed: usize, given: usize) -> PyErr {
    let plural = if allowed == 1 { "" } else { "s" };
    type_error(format!(
        "{}() accepts {allowed} positional sub-pattern{plural} ({given} given)",
        cls.name()
    ))
}
