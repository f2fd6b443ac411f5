//! Builtins that read the calling frame: zero-argument `super()` (and attribute access
//! on the super object it makes, and `super().m(...)` without one: the
//! `LoadSuperMethod` superinstruction), `globals()`, `locals()`, and `dir()`/`vars()` without
//! arguments. The dispatch loop recognises them
//! at the call site, where the frame is at hand; everywhere else they are ordinary.

use super::attr_fast::MethodLoad;
use super::frame::Frame;
use super::run::Raised;
use super::Vm;
use crate::runtime::dict::PyDict;
use crate::runtime::error::{runtime_error, PyResult};
use crate::runtime::function::Args;
use crate::runtime::function::CodeObj;
use crate::runtime::native::{NativeData, NativeObj};
use crate::runtime::signature::Signature;
use crate::runtime::str::PyStr;
use crate::runtime::value::Value;
use std::rc::Rc;

const GLOBALS: Signature = Signature::no_args("globals");
const LOCALS: Signature = Signature::no_args("locals");

/// `globals` called where the call site did not answer: with arguments (refused as
/// CPython refuses them), or from outside any frame.
fn globals_elsewhere(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    GLOBALS.none(&args)?;
    Err(runtime_error("no current frame"))
}

/// `locals` called where the call site did not answer (see `globals_elsewhere`).
fn locals_elsewhere(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    LOCALS.none(&args)?;
    Err(runtime_error("no current frame"))
}

impl Vm {
    /// `globals` and `locals` in the builtins namespace: calls to them are answered at
    /// the call site, where the frame is known.
    pub fn install_frame_builtins(&mut self) {
        use crate::runtime::function::Builtin;
        self.builtins
            .set_by_str("globals", Builtin::value("globals", globals_elsewhere));
        self.builtins
            .set_by_str("locals", Builtin::value("locals", locals_elsewhere));
        use super::eval_exec as ee;
        self.builtins
            .set_by_str("eval", Builtin::value("eval", ee::builtin_eval));
        self.builtins
            .set_by_str("exec", Builtin::value("exec", ee::builtin_exec));
        self.builtins
            .set_by_str("compile", Builtin::value("compile", ee::builtin_compile));
        let se = &self.types().syntax_error.dict;
        crate::runtime::builtins::method(se, "SyntaxError", "__str__", ee::syntax_error_str);
    }

    /// `Some(result)` when `callee` called with no arguments needs the frame.
    pub(crate) fn call_frame_builtin(
        &mut self,
        f: &Frame,
        callee: &Value,
    ) -> Option<PyResult<Value>> {
        match callee {
            Value::Class(c) if Rc::ptr_eq(c, &self.types().super_) => Some(self.zero_arg_super(f)),
            Value::Builtin(b) if b.bound.is_none() => match b.name {
                "globals" => Some(Ok(Value::Dict(f.globals.clone()))),
                "locals" | "vars" => Some(Ok(Value::Dict(self.frame_locals(f)))),
                "dir" => {
                    let d = self.frame_locals(f);
                    let mut names: Vec<String> = d
                        .keys()
                        .into_iter()
                        .filter_map(|k| k.as_pystr().map(|s| s.as_str().to_string()))
                        .collect();
                    names.sort();
                    Some(Ok(Value::list(
                        names.iter().map(|n| Value::str(n)).collect(),
                    )))
                }
                _ => None,
            },
            _ => None,
        }
    }

    /// The frame's namespace as a dict: the real one for module and class bodies; for
    /// functions the frame's one snapshot dict, refreshed from the fast locals and cells
    /// (as CPython 3.11's `locals()`: other keys, such as what `exec` stored, stay).
    pub(crate) fn frame_locals(&mut self, f: &Frame) -> Rc<PyDict> {
        if let Some(l) = &f.locals {
            return l.clone();
        }
        if f.code.code.scope == crate::compiler::bytecode::Scope::Module {
            return f.globals.clone();
        }
        let fresh = f.locals_snapshot.get().is_none();
        let d = f
            .locals_snapshot
            .get_or_init(|| Rc::new(PyDict::new()))
            .clone();
        if fresh {
            // It may come to hold itself (`loc = locals()`): the collector must see it.
            self.gc_track(&Value::Dict(d.clone()));
        }
        for (name, v) in f.code.varnames.iter().zip(f.fast.iter()) {
            match v {
                Some(v) => d.set_str(name.clone(), v.clone()),
                None => {
                    d.del_str(name);
                }
            }
        }
        let c = &f.code.code;
        for (i, name) in c.cellvars.iter().chain(c.freevars.iter()).enumerate() {
            if let Some(cell) = f.cells.get(i) {
                match cell.borrow().clone() {
                    Some(v) => d.set_by_str(name, v),
                    None => {
                        d.del_str(&crate::runtime::str::PyStr::new(name));
                    }
                }
            }
        }
        d
    }

    /// `super()` inside a method: the `__class__` cell and the first argument.
    pub(super) fn zero_arg_super(&mut self, f: &Frame) -> PyResult<Value> {
        let c = &f.code.code;
        // `def m(*args)` has no first argument either (CPython says so too).
        if c.argcount == 0 {
            return Err(runtime_error("super(): no arguments"));
        }
        let Some(class) = class_cell(f) else {
            return Err(runtime_error("super(): __class__ cell not found"));
        };
        // The first argument, which may have been moved into a cell.
        let first = match f.fast.first().cloned().flatten() {
            Some(v) => Some(v),
            None => c
                .cell_params
                .iter()
                .position(|p| *p == Some(0))
                .and_then(|i| f.cells.get(i))
                .and_then(|cell| cell.borrow().clone()),
        };
        let Some(obj) = first else {
            return Err(runtime_error("super(): arg[0] deleted"));
        };
        // The first argument may have been rebound to anything: CPython checks it as
        // `super(__class__, obj)` does.
        // (A class passes as a subclass, or as an instance: in a metaclass's method.)
        let ok = matches!(&obj, Value::Class(oc) if oc.is_subclass(&class))
            || self.isinstance(&obj, &class);
        if !ok {
            return Err(crate::runtime::error::type_error(
                "super(type, obj): obj must be an instance or subtype of type",
            ));
        }
        Ok(NativeObj::value(
            self.types().super_.clone(),
            NativeData::Super { class, obj },
        ))
    }

    /// `LoadSuperMethod(g, m)`: `super().name(...)`. When global `g` is still the
    /// builtin `super` and the frame's `__class__` and first argument make the super
    /// object that `super()` would, and the name found after `__class__` in the MRO of
    /// the argument's type is a plain function, push that function and the argument for
    /// `CallMethod` (what `Call(0); LoadMethod(m)` push, without the super object) and
    /// skip those two. Anything else (a rebound `super`, a classmethod, a missing first
    /// argument, a descriptor found) pushes the global and runs them one by one, for
    /// their results and errors.
    #[inline(never)]
    pub(super) fn op_load_super_method(
        &mut self,
        f: &mut Frame,
        code: &CodeObj,
        g: u16,
        m: u16,
    ) -> Result<(), Raised> {
        self.op_load_global(f, code, g.into())?;
        let is_super = matches!(f.top(), Value::Class(c) if Rc::ptr_eq(c, &self.types().super_));
        if !is_super {
            return Ok(());
        }
        if let Some((func, obj)) = self.super_method_in_frame(f, &code.names[m as usize]) {
            drop(f.pop());
            f.push(func);
            f.push(obj);
            f.ip += 2;
        }
        Ok(())
    }

    /// The plain function `super().name` finds for an instance first argument, with that
    /// argument; None whenever `super()` would fail or `super_method` would bind
    /// something else.
    #[inline(always)]
    fn super_method_in_frame(&self, f: &Frame, name: &PyStr) -> Option<(Value, Value)> {
        let c = &f.code.code;
        if c.argcount == 0 {
            return None;
        }
        let class = class_cell(f)?;
        // A first argument moved into a cell, or a class (a classmethod's `super()`),
        // goes the general way.
        let obj = f.fast.first()?.as_ref()?;
        if matches!(obj, Value::Class(_)) || !self.type_of(obj).is_subclass(&class) {
            return None;
        }
        match crate::runtime::builtins::constructors::super_lookup(self, &class, obj, name)? {
            func @ Value::Function(_) => Some((func, obj.clone())),
            _ => None,
        }
    }

    /// `super_obj.name`.
    pub(crate) fn super_getattr(
        &mut self,
        class: &Rc<crate::runtime::class::Class>,
        obj: &Value,
        name: &PyStr,
    ) -> PyResult<Value> {
        let found = crate::runtime::builtins::constructors::super_lookup(self, class, obj, name);
        match found {
            Some(attr) => match obj {
                Value::Class(c) if c.is_subclass(class) => match &attr {
                    Value::Native(n) => match &n.data {
                        NativeData::ClassMethod(func) => Ok(Value::BoundMethod(Rc::new(
                            crate::runtime::function::BoundMethod {
                                func: func.clone(),
                                receiver: obj.clone(),
                            },
                        ))),
                        NativeData::StaticMethod(func) => Ok(func.clone()),
                        _ => Ok(attr.clone()),
                    },
                    _ => {
                        let _ = c;
                        Ok(attr)
                    }
                },
                _ => {
                    let cls = self.type_of(obj);
                    self.bind(attr, obj, &cls)
                }
            },
            None => {
                if name.as_str() == "__class__" {
                    return Ok(Value::Class(self.types().super_.clone()));
                }
                Err(crate::runtime::error::attribute_error(format!(
                    "'super' object has no attribute '{}'",
                    name.as_str()
                )))
            }
        }
    }

    /// `super_obj.name` for a call (`LoadMethod`; `super_obj` is `super(class, obj)`):
    /// a plain function found for an instance comes back unbound with that instance as
    /// the receiver, so the call enters the function's frame without making a bound
    /// method (as CPython 3.12's `LOAD_SUPER_ATTR` does for methods). Anything else is
    /// the attribute `super_getattr` gives.
    pub(crate) fn super_method(
        &mut self,
        super_obj: &Value,
        class: &Rc<crate::runtime::class::Class>,
        obj: &Value,
        name: &PyStr,
    ) -> PyResult<MethodLoad> {
        if !matches!(obj, Value::Class(_)) {
            let found =
                crate::runtime::builtins::constructors::super_lookup(self, class, obj, name);
            if let Some(func @ Value::Function(_)) = found {
                return Ok(MethodLoad::MethodOf(func, obj.clone()));
            }
        }
        self.getattr_str(super_obj, name).map(MethodLoad::Attr)
    }
}

/// The class in a method's `__class__` cell (what zero-argument `super()` starts from).
fn class_cell(f: &Frame) -> Option<Rc<crate::runtime::class::Class>> {
    let c = &f.code.code;
    let at = c.freevars.iter().position(|n| &**n == "__class__")?;
    match &*f.cells.get(c.cellvars.len() + at)?.borrow() {
        Some(Value::Class(class)) => Some(class.clone()),
        _ => None,
    }
}
