//! The `gc` module: the Python face of the cycle collector (`vm::gc`): collect, enable
//! and disable it, its counts and thresholds, the tracked objects, freezing, the
//! `callbacks` and `garbage` lists, and the debug flags.
//!
//! Not the collector itself; `get_referrers` is not offered (it would need every
//! object, tracked or not).

use super::{as_int, def, type_name};
use crate::numeric::Int;
use crate::runtime::dict::PyDict;
use crate::runtime::error::{type_error, value_error, PyResult};
use crate::runtime::function::Args;
use crate::runtime::signature::Signature;
use crate::runtime::traverse::{self, Visitor};
use crate::runtime::value::Value;
use crate::vm::gc::{DEBUG_SAVEALL, GENERATIONS};
use crate::vm::Vm;
use std::rc::Rc;

pub fn module(vm: &mut Vm) -> Rc<PyDict> {
    let m = Rc::new(PyDict::new());
    m.set_by_str("__name__", Value::str("gc"));
    def(&m, "collect", collect);
    def(&m, "enable", enable);
    def(&m, "disable", disable);
    def(&m, "isenabled", isenabled);
    def(&m, "get_count", get_count);
    def(&m, "get_threshold", get_threshold);
    def(&m, "set_threshold", set_threshold);
    def(&m, "get_objects", get_objects);
    def(&m, "get_referents", get_referents);
    def(&m, "is_tracked", is_tracked);
    def(&m, "is_finalized", is_finalized);
    def(&m, "freeze", freeze);
    def(&m, "unfreeze", unfreeze);
    def(&m, "get_freeze_count", get_freeze_count);
    def(&m, "get_debug", get_debug);
    def(&m, "set_debug", set_debug);
    m.set_by_str("callbacks", Value::List(vm.gc.callbacks.clone()));
    m.set_by_str("garbage", Value::List(vm.gc.garbage.clone()));
    for (name, flag) in [
        ("DEBUG_STATS", 1),
        ("DEBUG_COLLECTABLE", 2),
        ("DEBUG_UNCOLLECTABLE", 4),
        ("DEBUG_SAVEALL", DEBUG_SAVEALL),
        ("DEBUG_LEAK", 38),
    ] {
        m.set_by_str(name, Value::Int(flag));
    }
    m
}

/// An int argument as i64 (TypeError for other types, OverflowError past i64 as C's long).
fn int_arg(vm: &Vm, v: &Value) -> PyResult<i64> {
    match as_int(v) {
        Some(Int::Small(i)) => Ok(i),
        Some(Int::Big(_)) => Err(crate::runtime::error::overflow_error(
            "Python int too large to convert to C long",
        )),
        None => Err(type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            type_name(vm, v)
        ))),
    }
}

/// `gc.collect(generation=2)`: the number of unreachable objects found.
fn collect(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    const COLLECT: Signature = Signature::new("collect", &["generation"]).required(0);
    let p = COLLECT.bind(&args)?;
    let generation = match p.given(0) {
        Some(v) => int_arg(vm, v)?,
        None => 2,
    };
    if !(0..GENERATIONS as i64).contains(&generation) {
        return Err(value_error("invalid generation"));
    }
    Ok(Value::Int(
        vm.gc_collect_with_callbacks(generation as usize) as i64,
    ))
}

fn enable(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    Signature::no_args("gc.enable").none(&args)?;
    vm.gc.enabled = true;
    Ok(Value::None)
}

fn disable(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    Signature::no_args("gc.disable").none(&args)?;
    vm.gc.enabled = false;
    Ok(Value::None)
}

fn isenabled(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    Signature::no_args("gc.isenabled").none(&args)?;
    Ok(Value::Bool(vm.gc.enabled))
}

fn ints(values: impl IntoIterator<Item = usize>) -> Value {
    Value::tuple(values.into_iter().map(|n| Value::Int(n as i64)).collect())
}

fn get_count(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    Signature::no_args("gc.get_count").none(&args)?;
    Ok(ints(vm.gc.count()))
}

fn get_threshold(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    Signature::no_args("gc.get_threshold").none(&args)?;
    Ok(ints(vm.gc.thresholds))
}

/// `gc.set_threshold(threshold0[, threshold1[, threshold2]])`.
fn set_threshold(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    const SET_THRESHOLD: Signature =
        Signature::new("set_threshold", &["threshold0", "threshold1", "threshold2"])
            .required(1)
            .parse_tuple("set_threshold");
    let pos = SET_THRESHOLD.positional(&args)?;
    let mut new = vm.gc.thresholds;
    for (slot, v) in new.iter_mut().zip(pos) {
        // C ints: negative thresholds read as huge unsigned counts never reached.
        *slot = int_arg(vm, v)?.max(0) as usize;
    }
    vm.gc.thresholds = new;
    Ok(Value::None)
}

/// `gc.get_objects(generation=None)`.
fn get_objects(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    const GET_OBJECTS: Signature = Signature::new("get_objects", &["generation"]).required(0);
    let generation = match GET_OBJECTS.bind(&args)?.given(0) {
        None | Some(Value::None) => None,
        Some(v) => {
            let g = int_arg(vm, v)?;
            if g >= GENERATIONS as i64 {
                return Err(value_error(format!(
                    "generation parameter must be less than the number of available generations ({GENERATIONS})"
                )));
            }
            // -1 is C's "no generation given".
            if g < -1 {
                return Err(value_error("generation parameter cannot be negative"));
            }
            (g >= 0).then_some(g as usize)
        }
    };
    Ok(Value::list(vm.gc.objects(generation)))
}

/// Collects what an object refers to.
struct Referents {
    found: Vec<Value>,
    /// `cell`, for the cells met.
    cell_class: Rc<crate::runtime::class::Class>,
}

impl Visitor for Referents {
    fn value(&mut self, v: &Value) {
        self.found.push(v.clone());
    }

    /// Cells are objects of their own in Python.
    fn cell(&mut self, c: &Rc<crate::runtime::function::CellObj>) {
        self.found.push(crate::runtime::native::NativeObj::cell(
            &self.cell_class,
            c.clone(),
        ));
    }
}

/// `gc.get_referents(*objs)`: the containers the objects refer to.
fn get_referents(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    const GET_REFERENTS: Signature = Signature::new("get_referents", &[])
        .varargs()
        .positional_only("get_referents");
    let mut found = Referents {
        found: Vec::new(),
        cell_class: vm.types().cell.clone(),
    };
    for v in GET_REFERENTS.positional(&args)? {
        // A tuple the collector leaves out still refers to its items (last first, as
        // CPython's traversal lists them).
        if let Value::Tuple(t) = v {
            found.found.extend(t.items.iter().rev().cloned());
        } else if let Some(t) = traverse::of(v) {
            t.traverse(&mut found);
        }
    }
    Ok(Value::list(found.found))
}

fn is_tracked(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = Signature::one_arg("gc.is_tracked").positional(&args)?;
    Ok(Value::Bool(match &a[0] {
        // Kinds CPython always tracks, which the collector here finds by traversal.
        Value::Set(_) | Value::Builtin(_) | Value::BoundMethod(_) => true,
        v => match traverse::header(v) {
            Some(h) => h.is_tracked(),
            None => traverse::of(v).is_some(),
        },
    }))
}

fn is_finalized(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = Signature::one_arg("gc.is_finalized").positional(&args)?;
    Ok(Value::Bool(
        traverse::header(&a[0]).is_some_and(|h| h.is_finalized()),
    ))
}

fn freeze(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    Signature::no_args("gc.freeze").none(&args)?;
    vm.gc.freeze();
    Ok(Value::None)
}

fn unfreeze(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    Signature::no_args("gc.unfreeze").none(&args)?;
    vm.gc.unfreeze();
    Ok(Value::None)
}

fn get_freeze_count(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    Signature::no_args("gc.get_freeze_count").none(&args)?;
    Ok(Value::Int(vm.gc.freeze_count() as i64))
}

fn get_debug(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    Signature::no_args("gc.get_debug").none(&args)?;
    Ok(Value::Int(vm.gc.debug))
}

fn set_debug(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = Signature::one_arg("gc.set_debug").positional(&args)?;
    vm.gc.debug = int_arg(vm, &a[0])?;
    Ok(Value::None)
}
