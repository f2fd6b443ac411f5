//! Binding for natives that stand in for functions CPython writes in Python (asyncio's
//! event loop and streams, `asyncio.isfuture`): a mistake is worded as the interpreter
//! words it for a Python function (`BaseEventLoop.call_later() missing 1 required
//! positional argument: 'callback'`, `takes from 1 to 3 positional arguments but 4 were
//! given`), counting `self` for methods. Not the binding of real Python functions, which
//! is the VM's (vm/call.rs).

use super::{plural, Bound, Signature, MAX_PARAMS};
use crate::runtime::error::{type_error, PyErr, PyResult};
use crate::runtime::function::Args;

/// Bind `args` (after `self` for a method) to `sig`, in the interpreter's order of
/// checks: keywords first, then the positional count, then what is missing.
pub(super) fn bind<'a>(
    sig: &Signature,
    args: &Args<'a>,
    qualname: &str,
    counts_self: bool,
) -> PyResult<Bound<'a>> {
    let pos = args.pos();
    let max_pos = sig.max_pos();
    let npos = pos.len().min(max_pos);
    let mut values = [None; MAX_PARAMS];
    for (slot, v) in values.iter_mut().zip(&pos[..npos]) {
        *slot = Some(v);
    }
    let mut extra_kw = Vec::new();
    for (k, v) in args.kw() {
        match sig.params.iter().position(|n| *n == k) {
            Some(i) if i >= sig.posonly && values[i].is_some() => {
                return Err(type_error(format!(
                    "{qualname}() got multiple values for argument '{k}'"
                )))
            }
            Some(i) if i >= sig.posonly => values[i] = Some(v),
            _ if sig.varkw => extra_kw.push((k, v)),
            Some(_) => {
                return Err(type_error(format!(
                    "{qualname}() got some positional-only arguments passed as keyword \
                     arguments: '{k}'"
                )))
            }
            None => {
                return Err(type_error(format!(
                    "{qualname}() got an unexpected keyword argument '{k}'"
                )))
            }
        }
    }
    let me = usize::from(counts_self);
    if pos.len() > max_pos && !sig.varargs {
        let kwonly_given = values[max_pos..sig.params.len()]
            .iter()
            .filter(|v| v.is_some())
            .count();
        return Err(too_many_positional(
            qualname,
            max_pos + me,
            max_pos - sig.required.min(max_pos),
            pos.len() + me,
            kwonly_given,
        ));
    }
    let required_pos = sig.required.min(max_pos);
    let missing_pos = missing_names(sig, &values, 0..required_pos);
    if !missing_pos.is_empty() {
        return Err(missing(qualname, &missing_pos, "positional"));
    }
    let missing_kw = missing_names(sig, &values, max_pos..sig.required.max(max_pos));
    if !missing_kw.is_empty() {
        return Err(missing(qualname, &missing_kw, "keyword-only"));
    }
    Ok(Bound {
        name: sig.name,
        params: sig.params,
        values,
        rest: &pos[npos..],
        extra_kw,
    })
}

fn missing_names(
    sig: &Signature,
    values: &[Option<&crate::runtime::value::Value>; MAX_PARAMS],
    range: std::ops::Range<usize>,
) -> Vec<&'static str> {
    range
        .filter(|&i| values[i].is_none())
        .map(|i| sig.params[i])
        .collect()
}

/// `f() takes 2 positional arguments but 3 were given`, or `from 1 to 2`, with the
/// keyword-only arguments given counted in as the interpreter does.
#[cold]
fn too_many_positional(
    qualname: &str,
    argcount: usize,
    defaults: usize,
    given: usize,
    kwonly_given: usize,
) -> PyErr {
    let (sig, many) = if defaults > 0 {
        (format!("from {} to {argcount}", argcount - defaults), true)
    } else {
        (argcount.to_string(), argcount != 1)
    };
    let kwonly = if kwonly_given > 0 {
        format!(
            " positional argument{} (and {kwonly_given} keyword-only argument{})",
            plural(given),
            plural(kwonly_given)
        )
    } else {
        String::new()
    };
    let verb = if given == 1 && kwonly_given == 0 {
        "was"
    } else {
        "were"
    };
    type_error(format!(
        "{qualname}() takes {sig} positional argument{} but {given}{kwonly} {verb} given",
        if many { "s" } else { "" }
    ))
}

/// `f() missing 2 required positional arguments: 'a' and 'b'`.
#[cold]
fn missing(qualname: &str, names: &[&str], kind: &str) -> PyErr {
    let quoted: Vec<String> = names.iter().map(|n| format!("'{n}'")).collect();
    let list = match quoted.as_slice() {
        [one] => one.clone(),
        [a, b] => format!("{a} and {b}"),
        [init @ .., last] => format!("{}, and {last}", init.join(", ")),
        [] => String::new(),
    };
    type_error(format!(
        "{qualname}() missing {} required {kind} argument{}: {list}",
        names.len(),
        plural(names.len())
    ))
}
