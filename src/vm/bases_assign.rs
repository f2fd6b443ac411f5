//! `cls.__bases__ = (...)`: CPython's checks (`type_set_bases` in typeobject.c) and the
//! new MRO of the class and of every class below it. Each class whose MRO changes gets a
//! new stamp ([`Class::replace_mro`]), so the method caches and the instruction caches
//! keyed on it never answer from the old MRO. What this is not: `__class__` assignment
//! (vm/class_assign.rs) or the MRO of a new class (`Class::new_user`).

use crate::runtime::class::{Class, Layout};
use crate::runtime::error::{type_error, PyErr, PyResult};
use crate::runtime::value::Value;
use crate::vm::Vm;
use std::rc::Rc;

/// One class's bases and MRO tail before the assignment, to put back if a class below
/// it cannot be linearized.
type Undo = (Rc<Class>, Vec<Rc<Class>>, Vec<Rc<Class>>);

impl Vm {
    /// `cls.__bases__ = value` for a class made by a class statement (the caller refuses
    /// builtin classes).
    pub(crate) fn assign_bases(&mut self, cls: &Rc<Class>, value: &Value) -> PyResult<()> {
        let Value::Tuple(items) = value else {
            return Err(type_error(format!(
                "can only assign tuple to {}.__bases__, not {}",
                cls.name(),
                self.type_of(value).name()
            )));
        };
        if items.is_empty() {
            return Err(type_error(format!(
                "can only assign non-empty tuple to {}.__bases__, not ()",
                cls.name()
            )));
        }
        let mut bases = Vec::with_capacity(items.len());
        for item in items.items.iter() {
            let Value::Class(base) = item else {
                return Err(type_error(format!(
                    "{}.__bases__ must be tuple of classes, not '{}'",
                    cls.name(),
                    self.type_of(item).name()
                )));
            };
            if base.is_subclass(cls) {
                return Err(type_error("a __bases__ item causes an inheritance cycle"));
            }
            bases.push(base.clone());
        }
        Class::check_bases(&bases)?;
        let old_best = best_base(&cls.bases.borrow());
        if let (Some(new), Some(old)) = (best_base(&bases), old_best) {
            check_compatible(&new, &old)?;
        }

        let mut undo: Vec<Undo> = Vec::new();
        if let Err(e) = relinearize(cls, bases, &mut undo) {
            for (c, b, t) in undo.into_iter().rev() {
                let _ = c.replace_mro(b, t);
            }
            return Err(e);
        }
        // `__subclasses__()` of the old bases loses the class, the new ones gain it.
        if let Some((_, old_bases, _)) = undo.first() {
            cls.unregister_from(old_bases);
        }
        cls.register_with_bases();
        // A `__del__` the new MRO brings is noticed as a class statement's would be.
        for (c, ..) in &undo {
            self.gc_note_class(c);
        }
        Ok(())
    }
}

/// Give `cls` the new bases and recompute the MRO of each class below it, recording what
/// each had. A class reached twice (a diamond) is recomputed again, after its other base.
fn relinearize(cls: &Rc<Class>, bases: Vec<Rc<Class>>, undo: &mut Vec<Undo>) -> PyResult<()> {
    let tail = Class::linearize(&bases)?;
    let (old_bases, old_tail) = cls.replace_mro(bases, tail);
    undo.push((cls.clone(), old_bases, old_tail));
    for sub in cls.subclasses() {
        let bases = sub.bases.borrow().clone();
        relinearize(&sub, bases, undo)?;
    }
    Ok(())
}

/// CPython's `best_base`: the base whose instance layout the others' extend (the first
/// one when they all share it).
fn best_base(bases: &[Rc<Class>]) -> Option<Rc<Class>> {
    let mut best: Option<(Rc<Class>, &Rc<Class>)> = None;
    for b in bases {
        let solid = layout_owner(b);
        let extends_best = match &best {
            None => true,
            Some((cur, _)) => !Rc::ptr_eq(&solid, cur) && solid.is_subclass(cur),
        };
        if extends_best {
            best = Some((solid, b));
        }
    }
    best.map(|(_, b)| b.clone())
}

/// The class in `c`'s MRO that decides its instances' layout: the first one that is a
/// builtin with a value layout or declares non-empty `__slots__`; `object` otherwise.
fn layout_owner(c: &Rc<Class>) -> Rc<Class> {
    let mro = c.mro();
    for k in &mro {
        let adds_slots = !k.is_builtin
            && k.slots.as_ref().is_some_and(|s| !s.is_empty())
            && k.dict.get_by_str("__slots__").is_some();
        if (k.is_builtin && k.layout != Layout::Object) || adds_slots {
            return k.clone();
        }
    }
    mro.last().cloned().unwrap_or_else(|| c.clone())
}

/// Whether objects made as instances of `old`'s subclasses can be ones of `new`'s:
/// the same deallocator (a garbage-collected class against one that is not), then the
/// same layout. A class statement's class adds a `__dict__` slot to a builtin, so it
/// never shares a builtin's layout.
fn check_compatible(new: &Rc<Class>, old: &Rc<Class>) -> PyResult<()> {
    if collected(new) != collected(old) {
        return Err(differs(new, old, "deallocator differs from"));
    }
    let same = match (new.is_builtin, old.is_builtin) {
        (true, true) => Rc::ptr_eq(&struct_owner(new), &struct_owner(old)),
        (false, false) => {
            new.layout == old.layout
                && new.slots == old.slots
                && match (new.solid_base(), old.solid_base()) {
                    (None, None) => true,
                    // Exceptions share BaseException's record unless they extend it.
                    (Some(a), Some(b)) if new.layout == Layout::Exception => {
                        Rc::ptr_eq(&struct_owner(&a), &struct_owner(&b))
                    }
                    // A variable-sized builtin (int, bytes, tuple) puts the `__dict__`
                    // slot after its items: each subclass is a layout of its own.
                    (Some(a), Some(b)) => {
                        Rc::ptr_eq(&a, &b)
                            && (!matches!(&*a.name(), "int" | "bytes" | "tuple")
                                || Rc::ptr_eq(new, old))
                    }
                    _ => false,
                }
        }
        _ => false,
    };
    if same {
        Ok(())
    } else {
        Err(differs(new, old, "object layout differs from"))
    }
}

/// The builtin whose C record a builtin class's instances are: the class itself, but for
/// exceptions the nearest one that extends BaseException's record (OSError, SyntaxError,
/// ...), BaseException when none does.
fn struct_owner(c: &Rc<Class>) -> Rc<Class> {
    if c.layout != Layout::Exception {
        return c.clone();
    }
    let mro = c.mro();
    let own_record = mro.iter().find(|k| {
        k.is_builtin
            && matches!(
                &*k.name(),
                "OSError"
                    | "SyntaxError"
                    | "ImportError"
                    | "UnicodeError"
                    | "StopIteration"
                    | "SystemExit"
                    | "NameError"
                    | "AttributeError"
                    | "BaseExceptionGroup"
            )
    });
    own_record
        .or_else(|| {
            mro.iter()
                .rev()
                .find(|k| k.is_builtin && k.layout == Layout::Exception)
        })
        .cloned()
        .unwrap_or_else(|| c.clone())
}

/// Whether CPython frees the class's instances through the cycle collector: every
/// class statement's class does; of the builtins, all but the plain value types.
fn collected(c: &Rc<Class>) -> bool {
    !c.is_builtin
        || !matches!(
            &*c.name(),
            "object" | "int" | "float" | "complex" | "str" | "bytes"
        )
}

#[cold]
fn differs(new: &Rc<Class>, old: &Rc<Class>, what: &str) -> PyErr {
    type_error(format!(
        "__bases__ assignment: '{}' {what} '{}'",
        new.tp_name(),
        old.tp_name()
    ))
}
