//! The classes `chain`, `repeat`, `cycle`, `accumulate`, `starmap`, `takewhile`,
//! `dropwhile`, `filterfalse`, `compress` and `pairwise` of `_itertools`: their
//! constructors, which check the arguments as CPython does at the call (iterables
//! become iterators there, except chain's, made when reached), and the methods their
//! classes show (`__iter__`, `__next__`, `repeat.__length_hint__`). A user subclass
//! holds the native iterator in its instance's payload. The state is
//! `runtime::itertools_tools`; advancing it is `vm::itertools_tools`.

use super::{class_method, method, ssize_arg, unwrap_base, wrap_for_class};
use crate::runtime::dict::PyDict;
use crate::runtime::error::{stop_iteration, type_error, PyResult};
use crate::runtime::function::{Args, NativeFn};
use crate::runtime::iter::{IterObj, IterState};
use crate::runtime::itertools_tools::Tool;
use crate::runtime::signature::Signature;
use crate::runtime::types::Types;
use crate::runtime::value::Value;
use crate::vm::Vm;

/// Add the classes to the `_itertools` module `m`.
pub fn install(t: &Types, m: &PyDict) {
    let classes: [(&'static str, NativeFn); 10] = [
        ("chain", chain_new),
        ("repeat", repeat_new),
        ("cycle", cycle_new),
        ("accumulate", accumulate_new),
        ("starmap", starmap_new),
        ("takewhile", takewhile_new),
        ("dropwhile", dropwhile_new),
        ("filterfalse", filterfalse_new),
        ("compress", compress_new),
        ("pairwise", pairwise_new),
    ];
    for (name, new) in classes {
        m.set_by_str(
            name,
            super::itertools_native::iterator_type(t, name, Some(new)),
        );
    }
    let chain = t.iterator_class("chain");
    class_method(
        t,
        &chain.dict,
        "chain",
        "from_iterable",
        chain_from_iterable,
    );
    let repeat = t.iterator_class("repeat");
    method(
        &repeat.dict,
        "repeat",
        "__length_hint__",
        repeat_length_hint,
    );
}

/// `__iter__` and `__next__` for the itertools class `name`'s dict (a user subclass
/// reaches the native iterator through them).
pub(super) fn iterator_methods(dict: &PyDict, name: &'static str) {
    method(dict, name, "__iter__", iter_self);
    method(dict, name, "__next__", next_item);
}

/// The new iterator `value` for the class `args[0]` of a `__new__` call (the class
/// itself or a user subclass, whose instance carries it).
pub(super) fn for_class(vm: &Vm, args: &Args<'_>, value: Value) -> Value {
    let builtin = vm.types().iterator_class(tool_name(&value));
    match args.args.first() {
        Some(cls) => wrap_for_class(cls, &builtin, value),
        None => value,
    }
}

fn made(vm: &Vm, args: &Args<'_>, tool: Tool) -> PyResult<Value> {
    let value = IterObj::new_value(IterState::Tool(Box::new(tool)));
    Ok(for_class(vm, args, value))
}

fn tool_name(v: &Value) -> &'static str {
    match v {
        Value::Iter(it) => it.type_name(),
        _ => "iterator",
    }
}

/// `chain(*iterables)`: each iterable becomes an iterator only when reached.
fn chain_new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    if args.has_kw() {
        return Err(no_keywords("chain"));
    }
    let iterables = Value::tuple(args.args.get(1..).unwrap_or_default().to_vec());
    chain_of(vm, &args, &iterables)
}

/// A chain over the iterables `iterables` yields.
fn chain_of(vm: &mut Vm, args: &Args<'_>, iterables: &Value) -> PyResult<Value> {
    let sources = Some(vm.get_iter(iterables)?);
    let active = None;
    made(vm, args, Tool::Chain { sources, active })
}

const FROM_ITERABLE: Signature = Signature::one_arg("chain.from_iterable");

/// `chain.from_iterable(iterables)`: the outer iterable is iterated at once (its error
/// comes at the call), each inner one when reached.
fn chain_from_iterable(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let iterables = FROM_ITERABLE.one_method(&args)?;
    chain_of(vm, &args, iterables)
}

const REPEAT: Signature = Signature::new("repeat", &["object", "times"]).required(1);

/// `repeat(object[, times])`: a negative count repeats nothing.
fn repeat_new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = REPEAT.bind_method(&args)?;
    let left = match a.given(1) {
        Some(times) => Some(ssize_arg(vm, times)?.max(0) as usize),
        None => None,
    };
    let object = a.req(0).clone();
    made(vm, &args, Tool::Repeat { object, left })
}

const CYCLE: Signature = Signature::new("cycle", &["iterable"]).positional_only("cycle");

fn cycle_new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [iterable] = CYCLE.positional_method(&args)? else {
        return Err(no_keywords("cycle"));
    };
    let it = Some(vm.get_iter(iterable)?);
    let tool = Tool::Cycle {
        it,
        saved: Vec::new(),
        index: 0,
    };
    made(vm, &args, tool)
}

const ACCUMULATE: Signature = Signature::new("accumulate", &["iterable", "func", "initial"])
    .required(1)
    .kwonly(1);

/// `accumulate(iterable, func=None, *, initial=None)`.
fn accumulate_new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = ACCUMULATE.bind_method(&args)?;
    let it = vm.get_iter(a.req(0))?;
    let func = a.given(1).cloned().unwrap_or(Value::None);
    let initial = a.given(2).filter(|v| !v.is_none()).cloned();
    let tool = Tool::Accumulate {
        it,
        func,
        total: None,
        initial,
    };
    made(vm, &args, tool)
}

/// The `(callable, iterable)` arguments of `starmap` and the predicate filters, the
/// iterable made an iterator.
fn func_and_iter(
    vm: &mut Vm,
    sig: &Signature,
    name: &'static str,
    args: &Args<'_>,
) -> PyResult<(Value, Value)> {
    let [func, iterable] = sig.positional_method(args)? else {
        return Err(no_keywords(name));
    };
    Ok((func.clone(), vm.get_iter(iterable)?))
}

const STARMAP: Signature =
    Signature::new("starmap", &["function", "iterable"]).positional_only("starmap");

fn starmap_new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (func, it) = func_and_iter(vm, &STARMAP, "starmap", &args)?;
    made(vm, &args, Tool::Starmap { func, it })
}

const TAKEWHILE: Signature =
    Signature::new("takewhile", &["predicate", "iterable"]).positional_only("takewhile");

fn takewhile_new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (pred, it) = func_and_iter(vm, &TAKEWHILE, "takewhile", &args)?;
    made(vm, &args, Tool::TakeWhile { pred, it })
}

const DROPWHILE: Signature =
    Signature::new("dropwhile", &["predicate", "iterable"]).positional_only("dropwhile");

fn dropwhile_new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (pred, it) = func_and_iter(vm, &DROPWHILE, "dropwhile", &args)?;
    let tool = Tool::DropWhile {
        pred,
        it,
        dropping: true,
    };
    made(vm, &args, tool)
}

const FILTERFALSE: Signature =
    Signature::new("filterfalse", &["function", "iterable"]).positional_only("filterfalse");

/// `filterfalse(predicate, iterable)`: `bool` tests the items as None does.
fn filterfalse_new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (pred, it) = func_and_iter(vm, &FILTERFALSE, "filterfalse", &args)?;
    let pred = match &pred {
        Value::Class(c) if std::rc::Rc::ptr_eq(c, &vm.types().bool_) => Value::None,
        _ => pred,
    };
    made(vm, &args, Tool::FilterFalse { pred, it })
}

const COMPRESS: Signature = Signature::new("compress", &["data", "selectors"]);

fn compress_new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = COMPRESS.bind_method(&args)?;
    let data = vm.get_iter(a.req(0))?;
    let selectors = vm.get_iter(a.req(1))?;
    made(vm, &args, Tool::Compress { data, selectors })
}

const PAIRWISE: Signature = Signature::new("pairwise", &["iterable"]).positional_only("pairwise");

fn pairwise_new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [iterable] = PAIRWISE.positional_method(&args)? else {
        return Err(no_keywords("pairwise"));
    };
    let it = vm.get_iter(iterable)?;
    made(vm, &args, Tool::Pairwise { it, old: None })
}

/// `__iter__`: the iterator itself.
fn iter_self(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    Signature::slot("__iter__", &[]).positional_method(&args)?;
    Ok(args.args.first().cloned().unwrap_or(Value::None))
}

/// `__next__`: the next item (of the native iterator a subclass instance carries),
/// StopIteration at the end.
fn next_item(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    Signature::slot("__next__", &[]).positional_method(&args)?;
    let it = args.args.first().map(unwrap_base).unwrap_or(Value::None);
    if !matches!(it, Value::Iter(_)) {
        return Err(type_error(
            "descriptor '__next__' needs an itertools iterator",
        ));
    }
    match vm.next(&it)? {
        Some(v) => Ok(v),
        None => Err(stop_iteration(Value::None)),
    }
}

/// `repeat.__length_hint__()`: the repetitions left; an endless repeat has no length.
fn repeat_length_hint(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    Signature::no_args("repeat.__length_hint__").none_method(&args)?;
    if let Some(Value::Iter(it)) = args.args.first().map(unwrap_base) {
        if let IterState::Tool(t) = &*it.state.borrow() {
            if let Tool::Repeat { left, .. } = &**t {
                return match left {
                    Some(n) => Ok(Value::Int(*n as i64)),
                    None => Err(type_error("len() of unsized object")),
                };
            }
        }
    }
    Err(type_error(
        "descriptor '__length_hint__' needs a repeat object",
    ))
}

#[cold]
fn no_keywords(name: &str) -> crate::runtime::error::PyErr {
    type_error(format!("{name}() takes no keyword arguments"))
}
