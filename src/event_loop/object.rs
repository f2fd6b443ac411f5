//! How event-loop objects live inside `Value`s: a `NativeObj` whose data is
//! `NativeData::Extension` holding the Rust object, with the asyncio classes `type()`
//! reports. Not the objects themselves (see `run_loop`, `future`, `handle`).

use crate::runtime::class::{Class, Layout};
use crate::runtime::native::{NativeData, NativeObj};
use crate::runtime::value::Value;
use crate::vm::Vm;
use std::any::Any;
use std::rc::{Rc, Weak};

/// The classes of the asyncio objects implemented natively.
pub struct Classes {
    pub event_loop: Rc<Class>,
    pub future: Rc<Class>,
    pub task: Rc<Class>,
    pub handle: Rc<Class>,
    pub timer_handle: Rc<Class>,
    pub future_iter: Rc<Class>,
    pub socket_transport: Rc<Class>,
    pub stream_reader: Rc<Class>,
}

fn class(name: &str, module: &str, base: Rc<Class>) -> Rc<Class> {
    let c = Class::new_builtin(name, vec![base], Layout::Builtin);
    *c.module.borrow_mut() = module.into();
    c
}

impl Classes {
    fn build(t: &crate::runtime::types::Types) -> Classes {
        let object = t.object.clone();
        let future = class("Future", "_asyncio", object.clone());
        let handle = class("Handle", "asyncio.events", object.clone());
        Classes {
            event_loop: class(
                "_UnixSelectorEventLoop",
                "asyncio.unix_events",
                object.clone(),
            ),
            task: class("Task", "_asyncio", future.clone()),
            timer_handle: class("TimerHandle", "asyncio.events", handle.clone()),
            stream_reader: class("StreamReader", "asyncio.streams", object.clone()),
            socket_transport: class(
                "_SelectorSocketTransport",
                "asyncio.selector_events",
                object.clone(),
            ),
            future_iter: class("FutureIter", "_asyncio", object),
            future,
            handle,
        }
    }
}

/// The asyncio classes of `vm`'s interpreter, made on first use (see
/// `vm::lazy_classes`).
pub fn classes(vm: &Vm) -> Rc<Classes> {
    vm.lazy_classes
        .asyncio
        .get_or_init(|| Rc::new(Classes::build(vm.types())))
        .clone()
}

/// Wrap a Rust object as a Python value of `class`.
pub fn wrap<T: Any>(class: &Rc<Class>, obj: Rc<T>) -> Rc<NativeObj> {
    Rc::new(NativeObj {
        class: crate::runtime::class::ClassSlot::new(class.clone()),
        data: NativeData::Extension(obj),
    })
}

/// The Rust object behind a value, if it is a `T`.
pub fn downcast<T: Any>(v: &Value) -> Option<Rc<T>> {
    match v {
        Value::Native(n) => match &n.data {
            NativeData::Extension(e) => e.clone().downcast::<T>().ok(),
            _ => None,
        },
        _ => None,
    }
}

/// The value of an object that keeps a weak pointer to its own wrapper.
pub fn upgrade(me: &Weak<NativeObj>) -> Value {
    match me.upgrade() {
        Some(n) => Value::Native(n),
        None => Value::None,
    }
}
