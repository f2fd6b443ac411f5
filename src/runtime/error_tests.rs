//! Unit tests of `error.rs`: an error made without a `Vm` (a pending builtin kind) keeps
//! its data, answers `isinstance` by its kind's ancestry, gets its class once (every
//! clone the same instance) and stays one word.

use super::error::{key_error, type_error, PyErr, PyResult};
use super::types::{ExcKind, Types};
use super::value::Value;

/// A table of the test's own: the errors are made without one, as the runtime makes them.
fn table() -> Types {
    Types::new()
}

#[test]
fn an_error_is_one_word() {
    assert_eq!(std::mem::size_of::<PyErr>(), 8);
    assert_eq!(std::mem::size_of::<Option<PyErr>>(), 8);
    assert_eq!(std::mem::size_of::<PyResult<Value>>(), 16);
}

#[test]
fn a_pending_error_answers_by_its_kind() {
    let t = &table();
    let e = type_error("bad");
    assert!(e.made_instance().is_none());
    assert!(e.is_instance(&t.type_error));
    assert!(e.is_instance(&t.exception));
    assert!(e.is_instance(&t.base_exception));
    assert!(!e.is_instance(&t.value_error));
    assert!(!e.is_instance(&t.int));
    assert_eq!(&*e.class_name(), "TypeError");
    assert!(e.made_instance().is_none(), "asking made no instance");
    let k = key_error(Value::Int(3));
    assert!(k.is_instance(&t.lookup_error));
    assert!(!k.is_instance(&t.index_error));
}

#[test]
fn the_first_look_makes_one_instance_for_every_clone() {
    let t = &table();
    let e = type_error("bad");
    let twin = e.clone();
    e.data_mut().suppress_context = true;
    let a = e.instance(t);
    let b = twin.instance(t);
    assert!(crate::runtime::instance_ref::InstanceRef::ptr_eq(&a, &b));
    assert!(std::rc::Rc::ptr_eq(&a.class, &t.type_error));
    assert!(
        e.data().suppress_context,
        "the data moved into the instance"
    );
    assert!(PyErr::same(&e, &twin));
    assert!(PyErr::same(&e, &e.resolved(t)));
    assert!(!PyErr::same(&e, &type_error("bad")));
    assert_eq!(e.first_arg().map(|v| v.is_none()), Some(false));
}

#[test]
fn kinds_follow_the_class_tree() {
    let t = &table();
    for kind in [
        ExcKind::KeyError,
        ExcKind::FileNotFoundError,
        ExcKind::TabError,
    ] {
        let class = kind.class(t);
        assert_eq!(&*class.name(), kind.name());
        let base = kind.base().expect("has a base");
        assert!(std::rc::Rc::ptr_eq(&class.bases.borrow()[0], base.class(t)));
    }
    assert_eq!(ExcKind::BaseException.base(), None);
}
