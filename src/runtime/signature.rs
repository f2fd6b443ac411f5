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
//! Parameters are positional-or-keyword unless declared positional-only (the first
//! `posonly`, or all of them for the functions CPython parses as a plain tuple) or
//! keyword-only (the last `kwonly`); `*args` and `**kwargs` collect what is left over.
//!
//! CPython words a mistake after the way the function parses its arguments, and each way
//! is a [`Style`] here:
//! - argument clinic with keywords (the default): `f() takes at most 2 arguments (3 given)`,
//!   `'x' is an invalid keyword argument for f()`, `f() missing required argument 'x'
//!   (pos 1)`, `argument for f() given by name ('x') and position (1)`, `f() takes at
//!   least 1 positional argument (0 given)`;
//! - a positional-only tuple (`positional_only`): `f expected at most 1 argument, got 2`;
//! - `METH_O` (`one_arg`): `C.f() takes exactly one argument (0 given)`;
//! - `METH_NOARGS` (`no_args`): `C.f() takes no arguments (1 given)`;
//! - the old tuple parser (`parse_tuple`): `f() takes at least 1 argument (0 given)`;
//!
//! and the last four refuse keywords with `C.f() takes no keyword arguments`.
//! Binding borrows the call's values into a fixed array: it never allocates or clones
//! unless `**kwargs` collects something. Not conversion: what a bound value must be (an
//! int, a path, ...) is the native's call.

use super::dict::PyDict;
use super::error::{type_error, PyErr, PyResult};
use super::function::Args;
use super::value::Value;
use std::rc::Rc;

mod python_style;

/// The most parameters a native declares (the bound values live in an array this long).
pub const MAX_PARAMS: usize = 16;

/// How the function parses its arguments in CPython, which decides the wording of the
/// messages. The name is the qualified one the keyword refusal shows (`str.upper`).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Style {
    /// Argument clinic with keywords.
    Clinic,
    /// Positional-only, checked as a tuple (`f expected 2 arguments, got 1`).
    Tuple(&'static str),
    /// `METH_O`: exactly one positional argument.
    OneArg(&'static str),
    /// `METH_NOARGS`: no argument at all.
    NoArgs(&'static str),
    /// The old tuple parser (`f() takes at most 2 arguments (3 given)`), positional-only.
    ParseTuple(&'static str),
    /// A slot wrapper counting its arguments without a name (`expected 1 argument, got
    /// 0`); the name is the dunder's, for `wrapper __eq__() takes no keyword arguments`.
    Slot(&'static str),
    /// A stand-in for a function CPython writes in Python, worded as the interpreter
    /// words a Python function's mistakes (`qualname() missing 1 required positional
    /// argument: 'x'`); `method` counts `self` in the numbers, as CPython does.
    Python {
        qualname: &'static str,
        method: bool,
    },
}

/// The parameters of a native function.
#[derive(Clone, Copy)]
pub struct Signature {
    /// The name messages show (`read`, `split`, `open`).
    pub name: &'static str,
    pub params: &'static [&'static str],
    /// How many leading parameters must be given.
    required: usize,
    /// How many leading parameters are positional-only (clinic style).
    posonly: usize,
    /// How many trailing parameters are keyword-only.
    kwonly: usize,
    style: Style,
    varargs: bool,
    varkw: bool,
}

impl Signature {
    /// Every parameter positional-or-keyword and required.
    pub const fn new(name: &'static str, params: &'static [&'static str]) -> Signature {
        assert!(
            params.len() <= MAX_PARAMS,
            "too many parameters for the binder"
        );
        Signature {
            name,
            params,
            required: params.len(),
            posonly: 0,
            kwonly: 0,
            style: Style::Clinic,
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

    /// The first `n` parameters are positional-only (a clinic function's `/`).
    pub const fn posonly(mut self, n: usize) -> Signature {
        self.posonly = n;
        self
    }

    /// No parameter can be given by keyword, the count checked as a tuple;
    /// `qualname` names the function when refusing keywords.
    pub const fn positional_only(mut self, qualname: &'static str) -> Signature {
        self.style = Style::Tuple(qualname);
        self
    }

    /// `METH_O`: the one parameter, positional only.
    pub const fn one_arg(qualname: &'static str) -> Signature {
        let mut sig = Signature::new(qualname, &["arg"]);
        sig.style = Style::OneArg(qualname);
        sig
    }

    /// `METH_NOARGS`: no parameter.
    pub const fn no_args(qualname: &'static str) -> Signature {
        let mut sig = Signature::new(qualname, &[]);
        sig.style = Style::NoArgs(qualname);
        sig
    }

    /// A slot wrapper (`list.__contains__`, `object.__eq__`) that counts its arguments
    /// without naming itself: `expected 1 argument, got 0`.
    pub const fn slot(name: &'static str, params: &'static [&'static str]) -> Signature {
        let mut sig = Signature::new(name, params);
        sig.style = Style::Slot(name);
        sig
    }

    /// A slot wrapper that unpacks its arguments as a tuple named `""` (`__setitem__`,
    /// `__setattr__`, a sequence's `__mul__`): ` expected 2 arguments, got 1`, with
    /// CPython's leading space; `wrapper` is `"wrapper __setitem__"`.
    pub const fn slot_unpack(wrapper: &'static str, params: &'static [&'static str]) -> Signature {
        Signature::new("", params).positional_only(wrapper)
    }

    /// Worded as a Python function `qualname` (see [`Style::Python`]).
    pub const fn python(mut self, qualname: &'static str) -> Signature {
        self.style = Style::Python {
            qualname,
            method: false,
        };
        self
    }

    /// Worded as the Python method `qualname` (`BaseEventLoop.call_soon`), whose
    /// counts include `self`; bind it with [`Signature::bind_method`].
    pub const fn python_method(mut self, qualname: &'static str) -> Signature {
        self.style = Style::Python {
            qualname,
            method: true,
        };
        self
    }

    /// Positional-only, counted by the old tuple parser.
    pub const fn parse_tuple(mut self, qualname: &'static str) -> Signature {
        self.style = Style::ParseTuple(qualname);
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
    #[inline]
    pub fn bind<'a>(&self, args: &Args<'a>) -> PyResult<Bound<'a>> {
        bind(self, args)
    }

    /// Bind a method call's arguments after `self`.
    #[inline]
    pub fn bind_method<'a>(&self, args: &Args<'a>) -> PyResult<Bound<'a>> {
        bind(self, &after_self(args))
    }

    /// Bind a method call's arguments after `self`, naming the method as
    /// `owner.name` where CPython does (a positional-only method refusing keywords)
    /// for methods several types share.
    pub fn bind_method_of<'a>(&self, owner: &str, args: &Args<'a>) -> PyResult<Bound<'a>> {
        let args = after_self(args);
        let positional_only = !matches!(self.style, Style::Clinic | Style::Python { .. });
        if positional_only && args.has_kw() && !self.varkw {
            return Err(no_keywords(&format!("{owner}.{}", self.name)));
        }
        bind(self, &args)
    }

    /// The one argument of a `one_arg` function.
    #[inline]
    pub fn one<'a>(&self, args: &Args<'a>) -> PyResult<&'a Value> {
        match args.args {
            [v] if args.kwnames.is_empty() => Ok(v),
            _ => Err(self.refuse(args)),
        }
    }

    /// The one argument of a `one_arg` method, after `self`.
    #[inline]
    pub fn one_method<'a>(&self, args: &Args<'a>) -> PyResult<&'a Value> {
        match args.args {
            [_, v] if args.kwnames.is_empty() => Ok(v),
            _ => Err(self.refuse(&after_self(args))),
        }
    }

    /// Check a `no_args` function's call.
    #[inline]
    pub fn none(&self, args: &Args<'_>) -> PyResult<()> {
        if args.args.is_empty() {
            return Ok(());
        }
        Err(self.refuse(args))
    }

    /// Check a `no_args` method's call (nothing after `self`).
    #[inline]
    pub fn none_method(&self, args: &Args<'_>) -> PyResult<()> {
        if args.args.len() <= 1 && args.kwnames.is_empty() {
            return Ok(());
        }
        Err(self.refuse(&after_self(args)))
    }

    /// The positional arguments of a call that may not use keywords, their count
    /// checked (`Tuple`, `ParseTuple`, `OneArg` and `NoArgs` styles).
    #[inline]
    pub fn positional<'a>(&self, args: &Args<'a>) -> PyResult<&'a [Value]> {
        let n = args.args.len();
        if args.kwnames.is_empty() && n >= self.required && (n <= self.params.len() || self.varargs)
        {
            return Ok(args.args);
        }
        Err(self.refuse(args))
    }

    /// The positional arguments of a method call after `self`, checked as
    /// [`Signature::positional`] does.
    #[inline]
    pub fn positional_method<'a>(&self, args: &Args<'a>) -> PyResult<&'a [Value]> {
        if let [_, rest @ ..] = args.args {
            let n = rest.len();
            if args.kwnames.is_empty()
                && n >= self.required
                && (n <= self.params.len() || self.varargs)
            {
                return Ok(rest);
            }
        }
        self.positional(&after_self(args))
    }

    /// The positional arguments of a method call after `self`, counted as
    /// [`Signature::positional`] does, for a signature with `**kwargs` whose keywords
    /// the native reads itself (`dict.update`).
    #[inline]
    pub fn positional_method_kw<'a>(&self, args: &Args<'a>) -> PyResult<&'a [Value]> {
        let rest = after_self(args);
        let pos = rest.pos();
        let n = pos.len();
        if n >= self.required && (n <= self.params.len() || self.varargs) {
            return Ok(pos);
        }
        Err(self.refuse(&rest))
    }

    /// The error a call that did not fit gets.
    #[cold]
    #[inline(never)]
    fn refuse(&self, args: &Args<'_>) -> PyErr {
        match bind(self, args) {
            Err(e) => e,
            Ok(_) => type_error(format!("{}() got an unexpected argument", self.name)),
        }
    }
}

/// The arguments after `self` of a positional-only method whose owner is known only at
/// run time (methods `set` and `frozenset` share): between `min` and `max` of them, no
/// keywords. The wording is the convention's the counts imply: `METH_NOARGS` for none,
/// `METH_O` for exactly one, the tuple check otherwise.
#[inline]
pub fn method_positional<'a>(
    args: &Args<'a>,
    owner: &str,
    name: &str,
    min: usize,
    max: usize,
) -> PyResult<&'a [Value]> {
    let rest = after_self(args);
    counted(&rest, min, max).ok_or_else(|| refusal(&rest, owner, name, min, max))
}

/// The positional arguments of a module function refusing keywords, named in messages
/// with its module (`math.sqrt() takes exactly one argument (0 given)`), for families of
/// functions one native serves. Worded as [`method_positional`].
#[inline]
pub fn module_positional<'a>(
    args: &Args<'a>,
    module: &str,
    name: &str,
    min: usize,
    max: usize,
) -> PyResult<&'a [Value]> {
    counted(args, min, max).ok_or_else(|| refusal(args, module, name, min, max))
}

/// The error of a positional-only method call that did not fit between `min` and
/// `max` arguments after `self`, worded as [`method_positional`] words it: for natives
/// that check the count inline and name their owner only on this cold path.
#[cold]
#[inline(never)]
pub fn method_refusal(args: &Args<'_>, owner: &str, name: &str, min: usize, max: usize) -> PyErr {
    refusal(&after_self(args), owner, name, min, max)
}

/// As [`method_positional`], in the old tuple parser's words (`find() takes at least 1
/// argument (0 given)`), as the methods `bytes` and `bytearray` share.
#[inline]
pub fn method_parse_tuple<'a>(
    args: &Args<'a>,
    owner: &str,
    name: &str,
    min: usize,
    max: usize,
) -> PyResult<&'a [Value]> {
    let rest = after_self(args);
    counted(&rest, min, max).ok_or_else(|| parse_tuple_refusal(&rest, owner, name, min, max))
}

/// As [`module_positional`], in the old tuple parser's words (`kill() takes exactly 2
/// arguments (1 given)`), for families of module functions one native serves.
#[inline]
pub fn module_parse_tuple<'a>(
    args: &Args<'a>,
    module: &str,
    name: &str,
    min: usize,
    max: usize,
) -> PyResult<&'a [Value]> {
    counted(args, min, max).ok_or_else(|| parse_tuple_refusal(args, module, name, min, max))
}

#[cold]
#[inline(never)]
fn parse_tuple_refusal(args: &Args<'_>, owner: &str, name: &str, min: usize, max: usize) -> PyErr {
    if args.has_kw() {
        no_keywords(&format!("{owner}.{name}"))
    } else {
        parse_tuple_count(name, min, max, args.args.len())
    }
}

/// The arguments when there are between `min` and `max` of them and no keywords.
#[inline]
fn counted<'a>(args: &Args<'a>, min: usize, max: usize) -> Option<&'a [Value]> {
    let n = args.args.len();
    (args.kwnames.is_empty() && n >= min && n <= max).then_some(args.args)
}

/// Why a call with a run-time owner did not fit (see [`method_positional`]).
#[cold]
#[inline(never)]
fn refusal(args: &Args<'_>, owner: &str, name: &str, min: usize, max: usize) -> PyErr {
    if args.has_kw() {
        return no_keywords(&format!("{owner}.{name}"));
    }
    let n = args.args.len();
    match (min, max) {
        (0, 0) => type_error(format!("{owner}.{name}() takes no arguments ({n} given)")),
        (1, 1) => type_error(format!(
            "{owner}.{name}() takes exactly one argument ({n} given)"
        )),
        _ => tuple_count(name, min, max, n),
    }
}

/// The arguments of a method call without its `self`.
#[inline]
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
    /// The argument of each parameter (None when absent), in declaration order; the
    /// entries past `params.len()` are always None.
    pub values: [Option<&'a Value>; MAX_PARAMS],
    pub rest: &'a [Value],
    pub extra_kw: Vec<(&'a str, &'a Value)>,
}

impl<'a> Bound<'a> {
    /// The argument for parameter `i` as given (None when absent).
    #[inline]
    pub fn given(&self, i: usize) -> Option<&'a Value> {
        self.values[i]
    }

    /// The argument for parameter `i`, absent or None alike giving None.
    #[inline]
    pub fn get(&self, i: usize) -> Option<&'a Value> {
        self.values[i].filter(|v| !v.is_none())
    }

    /// A required argument (the binder checked it is there).
    #[inline]
    pub fn req(&self, i: usize) -> &'a Value {
        self.values[i].unwrap_or(&Value::None)
    }

    /// An int argument (`__index__`) with a default.
    pub fn int_or(&self, vm: &mut crate::vm::Vm, i: usize, default: i64) -> PyResult<i64> {
        match self.values[i] {
            // A clinic `Py_ssize_t`: too large is OverflowError (IndexError is only for
            // subscripts).
            Some(v) => crate::runtime::builtins::ssize_arg(vm, v),
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

    /// A flag CPython's clinic reads as an int (`bool(accept={int})`, `int`: sort's
    /// `reverse`, `splitlines`' `keepends`): an integer's truth, so None and floats
    /// are refused as "cannot be interpreted as an integer"; or the default.
    pub fn int_flag(&self, vm: &mut crate::vm::Vm, i: usize, default: bool) -> PyResult<bool> {
        match self.values[i] {
            Some(v) => Ok(crate::runtime::builtins::c_int_arg(vm, v)? != 0),
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

#[inline]
fn bind<'a>(sig: &Signature, args: &Args<'a>) -> PyResult<Bound<'a>> {
    match sig.style {
        Style::Clinic => {}
        Style::Python { qualname, method } => {
            return python_style::bind(sig, args, qualname, method)
        }
        _ => return bind_positional(sig, args),
    }
    let pos = args.pos();
    let max_pos = sig.max_pos();
    let nkw = args.kwnames.len();
    if !sig.varargs && !sig.varkw && pos.len() + nkw > sig.params.len() {
        return Err(too_many_total(sig, pos.len(), nkw));
    }
    if !sig.varargs && pos.len() > max_pos {
        return Err(too_many_positional(sig, pos.len()));
    }
    let min_pos = sig.posonly.min(sig.required);
    if pos.len() < min_pos {
        return Err(too_few_positional(sig, pos.len()));
    }
    let npos = pos.len().min(max_pos);
    let mut values = [None; MAX_PARAMS];
    for (slot, v) in values.iter_mut().zip(&pos[..npos]) {
        *slot = Some(v);
    }
    let mut extra_kw = Vec::new();
    if nkw > 0 {
        let mut unknown = None;
        for (k, v) in args.kw() {
            match sig.params.iter().position(|n| *n == k) {
                Some(i) if i < sig.posonly && sig.varkw => extra_kw.push((k, v)),
                Some(i) if i < sig.posonly => unknown = unknown.or(Some(k)),
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
    } else if npos < sig.required {
        return Err(missing(sig, npos));
    }
    Ok(Bound {
        name: sig.name,
        params: sig.params,
        values,
        rest: &pos[npos..],
        extra_kw,
    })
}

fn bind_positional<'a>(sig: &Signature, args: &Args<'a>) -> PyResult<Bound<'a>> {
    if args.has_kw() && !sig.varkw {
        if let Style::Slot(name) = sig.style {
            return Err(no_keywords(&format!("wrapper {name}")));
        }
        return Err(no_keywords(qualname(sig)));
    }
    let pos = args.pos();
    let max = if sig.varargs {
        usize::MAX
    } else {
        sig.params.len()
    };
    if pos.len() < sig.required || pos.len() > max {
        return Err(wrong_count(sig, max, pos.len()));
    }
    let n = pos.len().min(sig.params.len());
    let mut values = [None; MAX_PARAMS];
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

fn qualname(sig: &Signature) -> &'static str {
    match sig.style {
        Style::Tuple(q) | Style::OneArg(q) | Style::NoArgs(q) | Style::ParseTuple(q) => q,
        Style::Python { qualname, .. } => qualname,
        Style::Clinic | Style::Slot(_) => sig.name,
    }
}

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

/// The wrong number of positional arguments, in the style's words.
#[cold]
fn wrong_count(sig: &Signature, max: usize, n: usize) -> PyErr {
    let (name, min) = (sig.name, sig.required);
    match sig.style {
        Style::OneArg(q) => type_error(format!("{q}() takes exactly one argument ({n} given)")),
        Style::NoArgs(q) => type_error(format!("{q}() takes no arguments ({n} given)")),
        Style::ParseTuple(_) => parse_tuple_count(name, min, max, n),
        Style::Slot(_) => type_error(format!("expected {max} argument{}, got {n}", plural(max))),
        _ => tuple_count(name, min, max, n),
    }
}

/// The old tuple parser's words: `f() takes at most 3 arguments (4 given)`.
#[cold]
fn parse_tuple_count(name: &str, min: usize, max: usize, n: usize) -> PyErr {
    let (amount, count) = if min == max {
        ("exactly", min)
    } else if n < min {
        ("at least", min)
    } else {
        ("at most", max)
    };
    type_error(format!(
        "{name}() takes {amount} {count} argument{} ({n} given)",
        plural(count)
    ))
}

/// The tuple check's words: `f expected 2 arguments, got 1`.
#[cold]
fn tuple_count(name: &str, min: usize, max: usize, n: usize) -> PyErr {
    if min == max {
        type_error(format!(
            "{name} expected {min} argument{}, got {n}",
            plural(min)
        ))
    } else if n < min {
        type_error(format!(
            "{name} expected at least {min} argument{}, got {n}",
            plural(min)
        ))
    } else {
        type_error(format!(
            "{name} expected at most {max} argument{}, got {n}",
            plural(max)
        ))
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
fn too_few_positional(sig: &Signature, npos: usize) -> PyErr {
    let min = sig.posonly.min(sig.required);
    let amount = if min < sig.max_pos() {
        "at least"
    } else {
        "exactly"
    };
    type_error(format!(
        "{}() takes {amount} {min} positional argument{} ({npos} given)",
        sig.name,
        plural(min)
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
