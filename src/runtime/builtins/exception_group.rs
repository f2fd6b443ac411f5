//! `BaseExceptionGroup` and `ExceptionGroup` (PEP 654) as CPython 3.11 has them: the
//! constructor's checks (and `BaseExceptionGroup(...)` becoming an `ExceptionGroup` when
//! every member is an Exception), `message`, `exceptions`, `__str__`, `derive`,
//! `subgroup` and `split` by a type, a tuple of types or a predicate, with the parts
//! keeping the traceback, cause, context and notes of the group they came from.
//! `except*` matching (the VM) and the tree-shaped report (report.rs) build on these; what
//! they need from here is [`split_by_type`], [`project_leaves`] and [`new_group`].

use super::{getter, method};
use crate::runtime::class::{Class, Instance};
use crate::runtime::error::{type_error, value_error, GroupData, PyErr, PyResult};
use crate::runtime::function::Args;
use crate::runtime::instance_ref::InstanceRef;
use crate::runtime::signature::Signature;
use crate::runtime::types::Types;
use crate::runtime::value::Value;
use crate::vm::Vm;
use std::rc::Rc;

pub(super) fn install(t: &Types) {
    let d = &t.base_exception_group.dict;
    method(d, "BaseExceptionGroup", "__new__", group_new);
    method(d, "BaseExceptionGroup", "__str__", group_str);
    method(d, "BaseExceptionGroup", "derive", derive);
    method(d, "BaseExceptionGroup", "subgroup", subgroup);
    method(d, "BaseExceptionGroup", "split", split);
    getter(t, d, "BaseExceptionGroup", "message", message);
    getter(t, d, "BaseExceptionGroup", "exceptions", exceptions);
}

/// The group state of an exception instance, if it is a group.
fn group_parts(v: &Value) -> Option<(Value, Vec<Value>)> {
    let Value::Instance(inst) = v else {
        return None;
    };
    let d = inst.exc_data()?.borrow();
    let g = d.group.as_ref()?;
    let excs = match &g.exceptions {
        Value::Tuple(t) => t.items.to_vec(),
        _ => Vec::new(),
    };
    Some((g.message.clone(), excs))
}

/// The sub-exceptions of a group, or None for a plain exception.
pub fn members(v: &Value) -> Option<Vec<Value>> {
    group_parts(v).map(|(_, excs)| excs)
}

fn is_exception_instance(v: &Value) -> bool {
    matches!(v, Value::Instance(i) if i.exc_data().is_some())
}

#[cold]
fn wrong_arg_count(n: usize) -> PyErr {
    type_error(format!(
        "BaseExceptionGroup.__new__() takes exactly 2 arguments ({n} given)"
    ))
}

/// `BaseExceptionGroup.__new__(cls, message, exceptions)`.
fn group_new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let pos = args.pos();
    let Some(Value::Class(cls)) = pos.first() else {
        return Err(type_error(
            "BaseExceptionGroup.__new__(X): X is not a type object",
        ));
    };
    let rest = &pos[1..];
    if rest.len() != 2 {
        return Err(wrong_arg_count(rest.len()));
    }
    let (message, excs_arg) = (&rest[0], &rest[1]);
    if !matches!(message, Value::Str(_)) {
        return Err(type_error(format!(
            "BaseExceptionGroup.__new__() argument 1 must be str, not {}",
            super::arg_type_name(vm, message)
        )));
    }
    if !is_sequence(vm.types(), excs_arg) {
        return Err(type_error(
            "second argument (exceptions) must be a sequence",
        ));
    }
    let excs = vm.collect(excs_arg)?;
    if excs.is_empty() {
        return Err(value_error(
            "second argument (exceptions) must be a non-empty sequence",
        ));
    }
    let mut nested_base = false;
    for (i, e) in excs.iter().enumerate() {
        if !is_exception_instance(e) {
            return Err(value_error(format!(
                "Item {i} of second argument (exceptions) is not an exception"
            )));
        }
        nested_base |= !vm.isinstance(e, &vm.types().exception);
    }
    let cls = class_for(vm.types(), cls, nested_base)?;
    let inst = Instance::new_exception(cls, Value::tuple(rest.to_vec()));
    if let Some(d) = inst.exc_data() {
        d.borrow_mut().group = Some(Box::new(GroupData {
            message: message.clone(),
            exceptions: Value::tuple(excs),
        }));
    }
    Ok(Value::Instance(inst))
}

/// The class the new group gets: BaseExceptionGroup itself gives an ExceptionGroup when
/// every member is an Exception; an Exception-derived group refuses BaseExceptions.
fn class_for(
    t: &crate::runtime::types::Types,
    cls: &Rc<Class>,
    nested_base: bool,
) -> PyResult<Rc<Class>> {
    if Rc::ptr_eq(cls, &t.base_exception_group) {
        return Ok(if nested_base {
            cls.clone()
        } else {
            t.exception_group.clone()
        });
    }
    if nested_base && Rc::ptr_eq(cls, &t.exception_group) {
        return Err(type_error(
            "Cannot nest BaseExceptions in an ExceptionGroup",
        ));
    }
    if nested_base && cls.is_subclass(&t.exception) {
        return Err(type_error(format!(
            "Cannot nest BaseExceptions in '{}'",
            cls.name()
        )));
    }
    Ok(cls.clone())
}

/// PySequence_Check: lists, tuples, str-likes and objects with `__getitem__` other than
/// mappings.
pub(crate) fn is_sequence(t: &crate::runtime::types::Types, v: &Value) -> bool {
    match v {
        Value::List(_) | Value::Tuple(_) | Value::Str(_) => true,
        Value::Dict(_) | Value::Set(_) => false,
        Value::Instance(i) => {
            i.class.lookup_str("__getitem__").is_some() && !i.class.is_subclass(&t.dict)
        }
        Value::Native(n) => {
            Rc::ptr_eq(&n.class, &t.range) || n.class.lookup_str("__getitem__").is_some()
        }
        _ => false,
    }
}

fn this<'a>(args: &Args<'a>, name: &str) -> PyResult<&'a Value> {
    match args.pos().first() {
        Some(v) if group_parts(v).is_some() => Ok(v),
        _ => Err(type_error(format!(
            "descriptor '{name}' requires a 'BaseExceptionGroup' object"
        ))),
    }
}

fn message(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let g = this(&args, "message")?;
    Ok(group_parts(g).map(|(m, _)| m).unwrap_or(Value::None))
}

fn exceptions(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let g = this(&args, "exceptions")?;
    let Value::Instance(inst) = g else {
        return Ok(Value::None);
    };
    let d = inst.exc_data().map(|d| d.borrow());
    Ok(
        d.and_then(|d| d.group.as_ref().map(|g| g.exceptions.clone()))
            .unwrap_or(Value::None),
    )
}

/// `str(group)`: `message (N sub-exception[s])`.
fn group_str(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let g = this(&args, "__str__")?;
    let (msg, excs) = group_parts(g).unwrap_or((Value::None, Vec::new()));
    let msg = vm.str(&msg)?;
    let n = excs.len();
    let s = if n == 1 { "" } else { "s" };
    Ok(Value::from_string(format!("{msg} ({n} sub-exception{s})")))
}

/// `group.derive(excs)`: a group of the same message (through BaseExceptionGroup, so it
/// is an ExceptionGroup when it can be).
fn derive(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    // CPython parses derive's one argument with PyArg_ParseTuple and no name, hence
    // "function takes ..."; the binder only refuses keywords.
    const DERIVE: Signature = Signature::new("derive", &["excs"])
        .required(0)
        .varargs()
        .positional_only("BaseExceptionGroup.derive");
    let p = DERIVE.positional_method(&args)?;
    if p.len() != 1 {
        return Err(type_error(format!(
            "function takes exactly 1 argument ({} given)",
            p.len()
        )));
    }
    let p = &args.args;
    let (msg, _) = group_parts(this(&args, "derive")?).unwrap_or((Value::None, Vec::new()));
    new_group(vm, msg, p[1].clone())
}

/// `BaseExceptionGroup(message, excs)`.
pub fn new_group(vm: &mut Vm, message: Value, excs: Value) -> PyResult<Value> {
    let cls = Value::Class(vm.types().base_exception_group.clone());
    vm.call_args(&cls, vec![message, excs])
}

/// What `split`/`subgroup` test each leaf with.
enum Matcher {
    /// A class or tuple of classes, checked as `except` checks.
    Type(Vec<Rc<Class>>),
    /// A callable called with each exception (groups included).
    Predicate(Value),
    /// Leaves by identity (what `except*` re-raised).
    Leaves(Vec<*const Instance>),
}

#[cold]
fn bad_matcher() -> PyErr {
    type_error("expected a function, exception type or tuple of exception types")
}

fn matcher_of(vm: &mut Vm, v: &Value) -> PyResult<Matcher> {
    let exc_class = |v: &Value| match v {
        Value::Class(c) if c.is_subclass(&vm.types().base_exception) => Some(c.clone()),
        _ => None,
    };
    if let Some(c) = exc_class(v) {
        return Ok(Matcher::Type(vec![c]));
    }
    if let Value::Tuple(t) = v {
        let classes: Option<Vec<_>> = t.items.iter().map(exc_class).collect();
        return classes.map(Matcher::Type).ok_or_else(bad_matcher);
    }
    if !matches!(v, Value::Class(_)) && super::functions::is_callable(vm, v)? {
        return Ok(Matcher::Predicate(v.clone()));
    }
    Err(bad_matcher())
}

impl Matcher {
    fn matches(&self, vm: &mut Vm, exc: &Value) -> PyResult<bool> {
        match self {
            Matcher::Type(classes) => {
                let cls = vm.type_of(exc);
                Ok(classes.iter().any(|c| cls.is_subclass(c)))
            }
            Matcher::Predicate(f) => {
                let r = vm.call_args(f, vec![exc.clone()])?;
                vm.truthy(&r)
            }
            Matcher::Leaves(ids) => Ok(match exc {
                Value::Instance(i) if group_parts(exc).is_none() => {
                    ids.contains(&InstanceRef::as_ptr(i))
                }
                _ => false,
            }),
        }
    }
}

/// The two parts of a split; `None` where nothing went.
struct Parts {
    matched: Option<Value>,
    rest: Option<Value>,
}

fn split_recursive(vm: &mut Vm, exc: &Value, m: &Matcher, with_rest: bool) -> PyResult<Parts> {
    if m.matches(vm, exc)? {
        return Ok(Parts {
            matched: Some(exc.clone()),
            rest: None,
        });
    }
    let Some(excs) = members(exc) else {
        return Ok(Parts {
            matched: None,
            rest: with_rest.then(|| exc.clone()),
        });
    };
    let (mut matched, mut rest) = (Vec::new(), Vec::new());
    vm.enter_native_recursion(" in exceptiongroup_split_recursive")?;
    let walked = excs.iter().try_for_each(|e| {
        let parts = split_recursive(vm, e, m, with_rest)?;
        matched.extend(parts.matched);
        rest.extend(parts.rest);
        Ok(())
    });
    vm.leave_native_recursion();
    walked?;
    Ok(Parts {
        matched: subset(vm, exc, matched)?,
        rest: if with_rest {
            subset(vm, exc, rest)?
        } else {
            None
        },
    })
}

/// `orig.derive(excs)` with orig's traceback, cause, context and (a copy of its) notes,
/// or None for no exceptions.
fn subset(vm: &mut Vm, orig: &Value, excs: Vec<Value>) -> PyResult<Option<Value>> {
    if excs.is_empty() {
        return Ok(None);
    }
    let derive = vm.getattr(orig, "derive")?;
    let eg = vm.call_args(&derive, vec![Value::list(excs)])?;
    if group_parts(&eg).is_none() {
        return Err(type_error(
            "derive must return an instance of BaseExceptionGroup",
        ));
    }
    if let (Value::Instance(o), Value::Instance(n)) = (orig, &eg) {
        if let (Some(od), Some(nd)) = (o.exc_data(), n.exc_data()) {
            let od = od.borrow();
            let mut nd = nd.borrow_mut();
            nd.traceback = od.traceback.clone();
            nd.cause = od.cause.clone();
            // Setting the cause (even to None) suppresses the context, as in CPython.
            nd.suppress_context = true;
            nd.context = od.context.clone();
        }
    }
    if let Some(notes) = vm.getattr_opt(orig, "__notes__")? {
        if is_sequence(vm.types(), &notes) {
            let copy = Value::list(vm.collect(&notes)?);
            vm.setattr(&eg, "__notes__", copy)?;
        }
    }
    Ok(Some(eg))
}

const SPLIT: Signature =
    Signature::new("split", &["condition"]).positional_only("BaseExceptionGroup.split");
const SUBGROUP: Signature =
    Signature::new("subgroup", &["condition"]).positional_only("BaseExceptionGroup.subgroup");

fn split_with(vm: &mut Vm, args: &Args<'_>, sig: &Signature, with_rest: bool) -> PyResult<Parts> {
    let condition = &sig.positional_method(args)?[0];
    let g = this(args, sig.name)?.clone();
    let m = matcher_of(vm, condition)?;
    split_recursive(vm, &g, &m, with_rest)
}

/// `group.split(condition)`: `(match, rest)`.
fn split(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let parts = split_with(vm, &args, &SPLIT, true)?;
    Ok(Value::tuple(vec![
        parts.matched.unwrap_or(Value::None),
        parts.rest.unwrap_or(Value::None),
    ]))
}

/// `group.subgroup(condition)`: the matching part, or None.
fn subgroup(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let parts = split_with(vm, &args, &SUBGROUP, false)?;
    Ok(parts.matched.unwrap_or(Value::None))
}

/// `except*`'s split of `exc` by the clause's type (a class or tuple of classes, already
/// checked): `(match, rest)`. A plain exception that matches comes wrapped in a new
/// group with its traceback; one that does not is the whole rest.
pub fn split_by_type(
    vm: &mut Vm,
    exc: &Value,
    typ: &[Rc<Class>],
) -> PyResult<(Option<Value>, Option<Value>)> {
    let m = Matcher::Type(typ.to_vec());
    if members(exc).is_none() {
        if !m.matches(vm, exc)? {
            return Ok((None, Some(exc.clone())));
        }
        // 3.11 gives the wrapper no traceback of its own.
        let wrapped = new_group(vm, Value::str(""), Value::tuple(vec![exc.clone()]))?;
        return Ok((Some(wrapped), None));
    }
    let parts = split_recursive(vm, exc, &m, true)?;
    Ok((parts.matched, parts.rest))
}

/// Whether `a` carries the very traceback, cause and context of `b`: how `except*`
/// tells a part of the caught group re-raised as it was from a newly raised exception.
pub fn same_metadata(a: &Value, b: &Value) -> bool {
    let (Value::Instance(a), Value::Instance(b)) = (a, b) else {
        return false;
    };
    let (Some(ad), Some(bd)) = (a.exc_data(), b.exc_data()) else {
        return false;
    };
    let (ad, bd) = (ad.borrow(), bd.borrow());
    let same = |x: &Option<Value>, y: &Option<Value>| match (x, y) {
        (None, None) => true,
        (Some(Value::Instance(x)), Some(Value::Instance(y))) => InstanceRef::ptr_eq(x, y),
        _ => false,
    };
    same(&ad.cause, &bd.cause)
        && same(&ad.context, &bd.context)
        && ad.traceback.len() == bd.traceback.len()
        && ad
            .traceback
            .iter()
            .zip(&bd.traceback)
            .all(|(x, y)| Rc::ptr_eq(&x.code, &y.code) && x.ip == y.ip)
}

/// The leaf exceptions of `exc` (itself when it is not a group).
fn collect_leaves(exc: &Value, out: &mut Vec<*const Instance>) {
    match members(exc) {
        Some(excs) => excs.iter().for_each(|e| collect_leaves(e, out)),
        None => {
            if let Value::Instance(i) = exc {
                out.push(InstanceRef::as_ptr(i));
            }
        }
    }
}

/// The part of `orig` whose leaves appear in `keep` (by identity), with `orig`'s shape:
/// how `except*` rebuilds the re-raised parts of a group.
pub fn project_leaves(vm: &mut Vm, orig: &Value, keep: &[Value]) -> PyResult<Option<Value>> {
    let mut ids = Vec::new();
    keep.iter().for_each(|k| collect_leaves(k, &mut ids));
    if ids.is_empty() {
        return Ok(None);
    }
    let parts = split_recursive(vm, orig, &Matcher::Leaves(ids), false)?;
    Ok(parts.matched)
}
