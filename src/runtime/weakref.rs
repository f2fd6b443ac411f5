//! Weak references, the native half of `weakref`: a [`WeakPtr`] is a Rust `Weak` to the
//! object's `Rc`, and the objects whose death can be observed (class instances, functions,
//! classes, sets) carry a [`WeakList`] of the pointers to them. When such an object is
//! dropped, its list's `Drop` queues the callbacks in its interpreter's mailbox and asks
//! the dispatch loop for a safe point (see `vm::mailbox`), where they run; no Python code
//! runs inside a `Drop`.
//!
//! Not the Python classes (`ref`, `proxy`, the weak containers, `finalize` are in
//! `pylib/weakref.py`, built on the functions here). Builtin functions, generators, bound
//! methods and native objects can be referenced weakly but their death runs no callback.

use super::class::{Class, Layout};
use super::dict::PyDict;
use super::error::{type_error, PyResult};
use super::function::{Args, BoundMethod, Builtin, Function};
use super::instance_ref::{InstanceRef, WeakInstance};
use super::native::{NativeData, NativeObj};
use super::set::PySet;
use super::signature::Signature;
use super::value::Value;
use crate::vm::{Generator, Vm};
use std::cell::{OnceCell, RefCell};
use std::rc::{Rc, Weak};

/// The weak pointers to one object; empty (one null word) until the first is made.
#[derive(Default)]
pub struct WeakList(OnceCell<Box<RefCell<Vec<Weak<WeakPtr>>>>>);

impl WeakList {
    fn add(&self, p: &Rc<WeakPtr>) {
        let list = self.0.get_or_init(Default::default);
        let mut list = list.borrow_mut();
        list.retain(|w| w.strong_count() > 0);
        list.push(Rc::downgrade(p));
    }

    fn live(&self) -> Vec<Rc<WeakPtr>> {
        match self.0.get() {
            Some(list) => list.borrow().iter().filter_map(Weak::upgrade).collect(),
            None => Vec::new(),
        }
    }
}

impl Drop for WeakList {
    /// The object owning this list is being dropped: its callbacks are due.
    fn drop(&mut self) {
        let Some(list) = self.0.take() else { return };
        let mut due = None;
        for p in list.borrow().iter().rev().filter_map(Weak::upgrade) {
            let cb = p.callback.replace(Value::None);
            if !cb.is_none() {
                p.queue
                    .weak_callbacks
                    .borrow_mut()
                    .push((p.owner.clone(), cb));
                due = Some(p.queue.clone());
            }
        }
        if let Some(mailbox) = due {
            mailbox.request_safe_point();
        }
    }
}

/// What a weak pointer points to.
enum Target {
    Instance(WeakInstance),
    Function(Weak<Function>),
    Class(Weak<Class>),
    Set(Weak<PySet>),
    Builtin(Weak<Builtin>),
    Generator(Weak<Generator>),
    BoundMethod(Weak<BoundMethod>),
    Native(Weak<NativeObj>),
}

pub struct WeakPtr {
    target: Target,
    callback: RefCell<Value>,
    /// The Python `ref` object this pointer belongs to (what the callback receives).
    owner: Option<WeakInstance>,
    queue: Rc<crate::vm::mailbox::Mailbox>,
}

impl WeakPtr {
    fn get(&self) -> Value {
        fn up<T>(w: &Weak<T>, f: fn(Rc<T>) -> Value) -> Value {
            w.upgrade().map(f).unwrap_or(Value::None)
        }
        match &self.target {
            Target::Instance(w) => w.upgrade().map(Value::Instance).unwrap_or(Value::None),
            Target::Function(w) => up(w, Value::Function),
            Target::Class(w) => up(w, Value::Class),
            Target::Set(w) => up(w, Value::Set),
            Target::Builtin(w) => up(w, Value::Builtin),
            Target::Generator(w) => up(w, Value::Generator),
            Target::BoundMethod(w) => up(w, Value::BoundMethod),
            Target::Native(w) => up(w, Value::Native),
        }
    }
}

/// The weak-pointer list of `ob`, if its death is observable.
fn list_of(ob: &Value) -> Option<&WeakList> {
    Some(match ob {
        Value::Instance(i) => i.weakrefs(),
        Value::Function(f) => &f.weakrefs,
        Value::Class(c) => &c.weakrefs,
        Value::Set(s) => &s.weakrefs,
        _ => return None,
    })
}

/// Whether CPython can reference an object of this kind weakly.
fn target_of(t: &crate::runtime::types::Types, ob: &Value) -> Option<Target> {
    Some(match ob {
        Value::Instance(i) if instance_weakrefable(t, &i.class) => {
            Target::Instance(InstanceRef::downgrade(i))
        }
        Value::Function(f) => Target::Function(Rc::downgrade(f)),
        Value::Class(c) => Target::Class(Rc::downgrade(c)),
        Value::Set(s) => Target::Set(Rc::downgrade(s)),
        Value::Builtin(b) => Target::Builtin(Rc::downgrade(b)),
        Value::Generator(g) => Target::Generator(Rc::downgrade(g)),
        Value::BoundMethod(m) => Target::BoundMethod(Rc::downgrade(m)),
        Value::Native(n) => match n.data {
            NativeData::Module(_)
            | NativeData::Code(_)
            | NativeData::Partial { .. }
            | NativeData::LruCache(_)
            | NativeData::Extension(_) => Target::Native(Rc::downgrade(n)),
            _ => return None,
        },
        _ => return None,
    })
}

/// Instances of classes made by `class` statements, unless `__slots__` leaves out
/// `__weakref__` or the builtin base has variable-size instances (int, tuple, bytes).
fn instance_weakrefable(t: &crate::runtime::types::Types, class: &Rc<Class>) -> bool {
    if class.is_builtin {
        // Of the natively defined classes with instances, deque takes weak references.
        return class.layout == Layout::Deque;
    }
    // A deque has its own weak reference list, whatever a subclass's `__slots__` say.
    if let Some(slots) = class
        .slots
        .as_ref()
        .filter(|_| class.layout != Layout::Deque)
    {
        if !slots.iter().any(|s| &**s == "__weakref__") {
            return false;
        }
    }
    if class.layout != Layout::Builtin {
        return true;
    }
    let unsized_bases = [&t.int, &t.tuple, &t.bytes];
    !class
        .mro()
        .iter()
        .any(|c| unsized_bases.iter().any(|b| Rc::ptr_eq(c, b)))
}

#[cold]
fn not_weakrefable(vm: &Vm, ob: &Value) -> super::error::PyErr {
    type_error(format!(
        "cannot create weak reference to '{}' object",
        vm.type_of(ob).name()
    ))
}

fn ptr_arg(v: &Value) -> PyResult<Rc<WeakPtr>> {
    if let Value::Native(n) = v {
        if let NativeData::Extension(e) = &n.data {
            if let Ok(p) = e.clone().downcast::<WeakPtr>() {
                return Ok(p);
            }
        }
    }
    Err(type_error("expected a weak pointer"))
}

// `new`, `get` and `callback` are coro's own, for weakref.py: positional, counted as a
// tuple.
const NEW: Signature =
    Signature::new("new", &["ob", "owner", "callback"]).positional_only("_weakref.new");
const GET: Signature = Signature::new("get", &["ptr"]).positional_only("_weakref.get");
const CALLBACK: Signature =
    Signature::new("callback", &["ptr"]).positional_only("_weakref.callback");
const GETWEAKREFCOUNT: Signature = Signature::one_arg("_weakref.getweakrefcount");
const GETWEAKREFS: Signature = Signature::one_arg("_weakref.getweakrefs");

/// `new(ob, owner, callback)`: a weak pointer to `ob` for the `ref` object `owner`.
fn new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = NEW.positional(&args)?;
    let Some(target) = target_of(vm.types(), &a[0]) else {
        return Err(not_weakrefable(vm, &a[0]));
    };
    let owner = match &a[1] {
        Value::Instance(i) => Some(InstanceRef::downgrade(i)),
        _ => None,
    };
    let p = Rc::new(WeakPtr {
        target,
        callback: RefCell::new(a[2].clone()),
        owner,
        queue: vm.mailbox.clone(),
    });
    if let Some(list) = list_of(&a[0]) {
        list.add(&p);
    } else {
        // Deaths that cannot be observed call nothing.
        p.callback.replace(Value::None);
    }
    let class = vm.weak_pointer_class();
    Ok(NativeObj::value(class, NativeData::Extension(p)))
}

fn get(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    Ok(ptr_arg(&GET.positional(&args)?[0])?.get())
}

fn callback(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let p = ptr_arg(&CALLBACK.positional(&args)?[0])?;
    let cb = p.callback.borrow().clone();
    Ok(cb)
}

/// The live `ref` objects of `ob`, oldest first.
fn owners(ob: &Value) -> Vec<Value> {
    match list_of(ob) {
        Some(list) => list
            .live()
            .iter()
            .filter_map(|p| p.owner.as_ref()?.upgrade().map(Value::Instance))
            .collect(),
        None => Vec::new(),
    }
}

fn getweakrefcount(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let ob = GETWEAKREFCOUNT.one(&args)?;
    Ok(Value::Int(owners(ob).len() as i64))
}

fn getweakrefs(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    Ok(Value::list(owners(GETWEAKREFS.one(&args)?)))
}

/// The natives `weakref.py` is built on.
pub fn module() -> Rc<PyDict> {
    let m = Rc::new(PyDict::new());
    m.set_by_str("__name__", Value::str("_weakref"));
    super::builtins::def(&m, "new", new);
    super::builtins::def(&m, "get", get);
    super::builtins::def(&m, "callback", callback);
    super::builtins::def(&m, "getweakrefcount", getweakrefcount);
    super::builtins::def(&m, "getweakrefs", getweakrefs);
    m
}

impl Vm {
    fn weak_pointer_class(&mut self) -> Rc<Class> {
        if let Some(c) = &self.weak_pointer_class {
            return c.clone();
        }
        let c = Class::new_builtin(
            "weakpointer",
            vec![self.types().object.clone()],
            Layout::Builtin,
        );
        *c.module.borrow_mut() = "_weakref".into();
        self.weak_pointer_class = Some(c.clone());
        c
    }

    /// Run the callbacks of the weak references whose referents died. An exception in
    /// one is printed as CPython prints exceptions it cannot raise, and the rest run.
    pub(crate) fn run_weak_callbacks(&mut self) {
        loop {
            let due = std::mem::take(&mut *self.mailbox.weak_callbacks.borrow_mut());
            if due.is_empty() {
                return;
            }
            for (owner, cb) in due {
                let Some(owner) = owner.and_then(|o| o.upgrade()) else {
                    continue;
                };
                if let Err(e) = self.call_args(&cb, vec![Value::Instance(owner)]) {
                    self.print_ignored_exception("Exception ignored in", &cb, &e);
                }
            }
        }
    }
}

#[cfg(test)]
#[path = "weakref_tests.rs"]
mod tests;
