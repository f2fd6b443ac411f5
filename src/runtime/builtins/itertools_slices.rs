//! The constructors of `itertools.islice` and `itertools.zip_longest`, reading their
//! arguments as CPython does (islice's indices as `Py_ssize_t` with its three
//! ValueErrors, zip_longest's one keyword). Their advancing is `vm::itertools_ops`.

use crate::runtime::error::{type_error, value_error, PyResult};
use crate::runtime::function::Args;
use crate::runtime::iter::{IterObj, IterState, ZipLongest};
use crate::runtime::signature::Signature;
use crate::runtime::value::Value;
use crate::vm::Vm;

const ISLICE: Signature = Signature::new("islice", &["iterable", "start", "stop", "step"])
    .required(2)
    .positional_only("islice");

/// `islice(iterable, stop)` or `islice(iterable, start, stop[, step])`; the indices
/// are checked before the iterable is made an iterator, as CPython does.
pub(super) fn islice_new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = ISLICE.positional_method(&args)?;
    let (start, stop, step) = match a {
        [_, stop] => (None, stop, None),
        [_, start, stop] => (Some(start), stop, None),
        [_, start, stop, step] => (Some(start), stop, Some(step)),
        _ => return Err(type_error("islice() takes no keyword arguments")),
    };
    let stop = match stop {
        Value::None => None,
        v => match as_ssize(vm, v) {
            -1 => return Err(bad_stop()),
            n => Some(n),
        },
    };
    let start = start
        .filter(|v| !v.is_none())
        .map_or(0, |v| as_ssize(vm, v));
    if start < 0 || stop.is_some_and(|s| s < 0) {
        return Err(value_error(
            "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.",
        ));
    }
    let step = step.filter(|v| !v.is_none()).map_or(1, |v| as_ssize(vm, v));
    if step < 1 {
        return Err(value_error(
            "Step for islice() must be a positive integer or None.",
        ));
    }
    let inner = vm.get_iter(&a[0])?;
    let islice = IterObj::new_value(IterState::Islice {
        inner,
        count: 0,
        next: start as usize,
        stop: stop.map(|s| s as usize),
        step: step as usize,
    });
    Ok(super::itertools_tools::for_class(vm, &args, islice))
}

#[cold]
fn bad_stop() -> crate::runtime::error::PyErr {
    value_error("Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.")
}

/// An index as CPython's `PyNumber_AsSsize_t` reads it for islice: -1 for anything
/// unusable (not an index, out of range, an `__index__` that raised), as CPython
/// clears that error and reports its own.
fn as_ssize(vm: &mut Vm, v: &Value) -> i64 {
    super::ssize_arg(vm, v).unwrap_or(-1)
}

/// `zip_longest(*iterables, fillvalue=None)`.
pub(super) fn zip_longest_new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let mut fill = Value::None;
    for (name, value) in args.kw() {
        if name != "fillvalue" {
            return Err(type_error(
                "zip_longest() got an unexpected keyword argument",
            ));
        }
        fill = value.clone();
    }
    let sources = args.pos().get(1..).unwrap_or_default();
    let mut iters = Vec::with_capacity(sources.len());
    for s in sources {
        iters.push(Some(vm.get_iter(s)?));
    }
    let active = iters.len();
    let z = IterObj::new_value(IterState::ZipLongest(Box::new(ZipLongest {
        iters,
        fill,
        active,
        last: None,
    })));
    Ok(super::itertools_tools::for_class(vm, &args, z))
}
