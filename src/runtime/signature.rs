//! How natives declare the arguments they take, and the one binder that checks a call
//! against the declaration with CPython's wording for every mistake.
//!
//! A [`Signature`] is declared once, as a constant built with `const fn`s:
//!
//! ```ignore
//! const LISTDIR: Signature = Signature::new("listdir", &["path"]).required(0);
//! const REMOVE: Signature = Signature::new("remove", &["path", "dir_fd"]).required(1).kwonly(1);
//! const READ: Signature = Signature::new("read", &["size"]).required(0).positional_only("StringIO.read");
//! ```
//!
//! Parameters are positional-or-keyword unless declared positional-only (all of them, for
//! the functions CPython parses as a plain tuple) or keyword-only (the last `kwonly`);
//! `*args` and `**kwargs` collect what is left over. The messages are those of CPython's
//! argument clinic (`f() takes at most 2 arguments (3 given)`, `'x' is an invalid keyword
//! argument for f()`, `f() missing required argument 'x' (pos 1)`, `argument for f() given
//! by name ('x') and position (1)`), or, for positional-only functions, those of its tuple
//! parser (`f expected at most 1 argument, got 2`, `C.f() takes no keyword arguments`).
//! Binding borrows the call's values: it allocates one small vector, never clones.
//! Not conversion: what a bound value must be (an int, a path, ...) is the native's call.

use super::dict::PyDict;
use super::error::{type_error, PyErr, PyResult};
use super::function::{arity_error, Args};
use super::value::Value;
use std::rc::Rc;

/// The parameters of a native function.
#[derive(Clone, Copy)]
pub struct Signature {
    /// The name messages show (`read`, `split`, `open`).
    pub name: &'static str,
    pub params: &'static [&'static str],
    /// How many leading parameters must be given.
    required: usize,
    /// How many trailing parameters are keyword-only.
    kwonly: usize,
    /// Every parameter is positional-only; messages name the function as this
    /// (`StringIO.read`) when refusing keywords.
    positional_only: Option<&'static str>,
    varargs: bool,
    varkw: bool,
}

impl Signature {
    /// Every parameter positional-or-keyword and required.
    pub const fn new(name: &'static str, params: &'static [&'static str]) -> Signature {
        Signature {
            name,
            params,
            required: params.len(),
            kwonly: 0,
            positional_only: None,
            varargs: false,
            varkw: false,
        }
    }

    /// Only the first `n` parameters are required.
    pub const fn required(mut self, n: usize) -> Signature {
        self.required = n;
        self
    }

    /// The last `n` parameters are keyword-only.
    pub const fn kwonly(mut self, n: usize) -> Signature {
        self.kwonly = n;
        self
    }

    /// No parameter can be given by keyword; `qualname` names the function in the message.
    pub const fn positional_only(mut self, qualname: &'static str) -> Signature {
        self.positional_only = Some(qualname);
        self
    }

    /// Extra positional arguments are collected (`*args`).
    pub const fn varargs(mut self) -> Signature {
        self.varargs = true;
        self
    }

    /// Unknown keyword arguments are collected (`**kwargs`).
    pub const fn varkw(mut self) -> Signature {
        self.varkw = true;
        self
    }

    /// The clinic-style signature of the first `max_pos` of `params` positional, the
    /// rest keyword-only, the first `required` required (a form for declarations made
    /// at run time).
    pub const fn clinic(
        name: &'static str,
        params: &'static [&'static str],
        max_pos: usize,
        required: usize,
    ) -> Signature {
        Signature::new(name, params)
            .required(required)
            .kwonly(params.len() - max_pos)
    }

    fn max_pos(&self) -> usize {
        self.params.len() - self.kwonly
    }

    /// Bind a call's arguments.
    pub fn bind<'a>(&self, args: &Args<'a>) -> PyResult<Bound<'a>> {
        bind(self, args)
    }

    /// Bind a method call's arguments after `self`.
    pub fn bind_method<'a>(&self, args: &Args<'a>) -> PyResult<Bound<'a>> {
        bind(self, &after_self(args))
    }

    /// Bind a method call's arguments after `self`, naming the method as
    /// `owner.name` where CPython does (a positional-only method refusing keywords).
    pub fn bind_method_of<'a>(&self, owner: &str, args: &Args<'a>) -> PyResult<Bound<'a>> {
        let args = after_self(args);
        if self.positional_only.is_some() && args.has_kw() && !self.varkw {
            return Err(no_keywords(&format!("{owner}.{}", self.name)));
        }
        bind(self, &args)
    }
}

/// The arguments of a method call without its `self`.
fn after_self<'a>(args: &Args<'a>) -> Args<'a> {
    let skip = usize::from(!args.pos().is_empty());
    Args {
        args: &args.args[skip..],
        kwnames: args.kwnames,
    }
}

/// A call's arguments by parameter, plus what `*args` and `**kwargs` collected.
pub struct Bound<'a> {
    /// The function's name and parameters, for the messages of later checks.
    pub name: &'static str,
    pub params: &'static [&'static str],
    pub values: Vec<Option<&'a Value>>,
    pub rest: &'a [Value],
    pub extra_kw: Vec<(&'a str, &'a Value)>,
}

impl<'a> Bound<'a> {
    /// The argument for parameter `i` as given (None when absent).
    pub fn given(&self, i: usize) -> Option<&'a Value> {
        self.values[i]
    }

    /// The argument for parameter `i`, absent or None alike giving None.
    pub fn get(&self, i: usize) -> Option<&'a Value> {
        self.values[i].filter(|v| !v.is_none())
    }

    /// A required argument (the binder checked it is there).
    pub fn req(&self, i: usize) -> &'a Value {
        self.values[i].unwrap_or(&Value::None)
    }

    /// An int argument (`__index__`) with a default.
    pub fn int_or(&self, vm: &mut crate::vm::Vm, i: usize, default: i64) -> PyResult<i64> {
        match self.values[i] {
            Some(v) => crate::runtime::builtins::index_i64(vm, v),
            None => Ok(default),
        }
    }

    /// A flag (`follow_symlinks=`, `closefd=`): the argument's truth, or the default.
    pub fn flag(&self, vm: &mut crate::vm::Vm, i: usize, default: bool) -> PyResult<bool> {
        match self.values[i] {
            Some(v) => vm.truthy(v),
            None => Ok(default),
        }
    }

    /// The `**kwargs` as a dict.
    pub fn kwargs_dict(&self) -> Rc<PyDict> {
        let d = Rc::new(PyDict::new());
        for (k, v) in &self.extra_kw {
            d.set_by_str(k, (*v).clone());
        }
        d
    }
}

fn bind<'a>(sig: &Signature, args: &Args<'a>) -> PyResult<Bound<'a>> {
    let pos = args.pos();
    if let Some(qualname) = sig.positional_only {
        return bind_positional(sig, qualname, args);
    }
    let max_pos = sig.max_pos();
    let nkw = args.kwnames.len();
    if !sig.varargs && !sig.varkw && pos.len() + nkw > sig.params.len() {
        return Err(too_many_total(sig, pos.len(), nkw));
    }
    if !sig.varargs && pos.len() > max_pos {
        return Err(too_many_positional(sig, pos.len()));
    }
    let npos = pos.len().min(max_pos);
    let mut values: Vec<Option<&'a Value>> = vec![None; sig.params.len()];
    for (slot, v) in values.iter_mut().zip(&pos[..npos]) {
        *slot = Some(v);
    }
    let mut extra_kw = Vec::new();
    let mut unknown = None;
    for (k, v) in args.kw() {
        match sig.params.iter().position(|n| *n == k) {
            Some(i) if values[i].is_some() => return Err(given_twice(sig, k, i)),
            Some(i) => values[i] = Some(v),
            None if sig.varkw => extra_kw.push((k, v)),
            None => unknown = unknown.or(Some(k)),
        }
    }
    if let Some(i) = values[..sig.required].iter().position(Option::is_none) {
        return Err(missing(sig, i));
    }
    if let Some(k) = unknown {
        return Err(invalid_keyword(sig, k));
    }
    Ok(Bound {
        name: sig.name,
        params: sig.params,
        values,
        rest: &pos[npos..],
        extra_kw,
    })
}

fn bind_positional<'a>(sig: &Signature, qualname: &str, args: &Args<'a>) -> PyResult<Bound<'a>> {
    if args.has_kw() && !sig.varkw {
        return Err(no_keywords(qualname));
    }
    let pos = args.pos();
    let max = if sig.varargs {
        usize::MAX
    } else {
        sig.params.len()
    };
    if pos.len() < sig.required || pos.len() > max {
        return Err(arity_error(sig.name, sig.required, max, pos.len()));
    }
    let n = pos.len().min(sig.params.len());
    let mut values: Vec<Option<&'a Value>> = vec![None; sig.params.len()];
    for (slot, v) in values.iter_mut().zip(&pos[..n]) {
        *slot = Some(v);
    }
    Ok(Bound {
        name: sig.name,
        params: sig.params,
        values,
        rest: &pos[n..],
        extra_kw: args.kw().collect(),
    })
}

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

#[cold]
fn too_many_total(sig: &Signature, npos: usize, nkw: usize) -> PyErr {
    let max = sig.params.len();
    let keyword = if npos == 0 { "keyword " } else { "" };
    type_error(format!(
        "{}() takes at most {max} {keyword}argument{} ({} given)",
        sig.name,
        plural(max),
        npos + nkw
    ))
}

#[cold]
fn too_many_positional(sig: &Signature, npos: usize) -> PyErr {
    let max = sig.max_pos();
    if max == 0 {
        return type_error(format!("{}() takes no positional arguments", sig.name));
    }
    let amount = if sig.required.min(max) < max {
        "at most"
    } else {
        "exactly"
    };
    type_error(format!(
        "{}() takes {amount} {max} positional argument{} ({npos} given)",
        sig.name,
        plural(max)
    ))
}

#[cold]
fn given_twice(sig: &Signature, name: &str, i: usize) -> PyErr {
    type_error(format!(
        "argument for {}() given by name ('{name}') and position ({})",
        sig.name,
        i + 1
    ))
}

#[cold]
fn missing(sig: &Signature, i: usize) -> PyErr {
    type_error(format!(
        "{}() missing required argument '{}' (pos {})",
        sig.name,
        sig.params[i],
        i + 1
    ))
}

#[cold]
fn invalid_keyword(sig: &Signature, name: &str) -> PyErr {
    type_error(format!(
        "'{name}' is an invalid keyword argument for {}()",
        sig.name
    ))
}

#[cold]
fn no_keywords(qualname: &str) -> PyErr {
    type_error(format!("{qualname}() takes no keyword arguments"))
}

#[cfg(test)]
#[path = "signature_tests.rs"]
mod tests;
