//! Calling: binding arguments to parameters with CPython's rules and messages, calling
//! any callable value from native code, building functions and classes.

use super::frame::Frame;
use super::Vm;
use crate::compiler::bytecode::CodeKind;
use crate::runtime::class::{Class, Instance, Layout};
use crate::runtime::dict::PyDict;
use crate::runtime::error::{type_error, PyResult};
use crate::runtime::function::{Args, CellObj, Function};
use crate::runtime::native::NativeData;
use crate::runtime::str::PyStr;
use crate::runtime::tuple::PyTuple;
use crate::runtime::value::Value;
use std::cell::RefCell;
use std::rc::Rc;

impl Vm {
    /// Call any callable.
    pub fn call(&mut self, callee: &Value, args: Args<'_>) -> PyResult<Value> {
        match callee {
            Value::Function(f) => self.call_function(f, None, args),
            Value::Builtin(b) => match &b.bound {
                None => (b.func)(self, args),
                Some(recv) => {
                    let all = prepend(recv.clone(), args.args);
                    (b.func)(
                        self,
                        Args {
                            args: &all,
                            kwnames: args.kwnames,
                        },
                    )
                }
            },
            Value::BoundMethod(bm) => match &bm.func {
                Value::Function(f) => self.call_function(f, Some(bm.receiver.clone()), args),
                other => self.call_with_first(other, bm.receiver.clone(), args),
            },
            Value::Class(cls) => self.call_class(cls, args),
            Value::Native(n) => match &n.data {
                NativeData::Partial {
                    func,
                    args: pargs,
                    kwargs,
                } => {
                    let mut all: Vec<Value> = pargs.to_vec();
                    all.extend_from_slice(args.pos());
                    let mut names: Vec<Value> = Vec::new();
                    let mut vals: Vec<Value> = Vec::new();
                    for (k, v) in kwargs.items() {
                        let ks = k
                            .as_pystr()
                            .map(|s| s.as_str().to_string())
                            .unwrap_or_default();
                        if args.get_kw(&ks).is_none() {
                            names.push(k);
                            vals.push(v);
                        }
                    }
                    for (k, v) in args.kw() {
                        names.push(Value::str(k));
                        vals.push(v.clone());
                    }
                    all.extend(vals);
                    let func = func.clone();
                    self.call(
                        &func,
                        Args {
                            args: &all,
                            kwnames: &names,
                        },
                    )
                }
                NativeData::StaticMethod(f) => {
                    let f = f.clone();
                    self.call(&f, args)
                }
                _ => self.call_dunder_call(callee, args),
            },
            Value::Instance(_) => self.call_dunder_call(callee, args),
            _ => Err(not_callable(&self.type_of(callee).name())),
        }
    }

    fn call_dunder_call(&mut self, callee: &Value, args: Args<'_>) -> PyResult<Value> {
        let cls = self.type_of(callee);
        match cls.lookup(&self.names.call) {
            Some(Value::Function(m)) => self.call_function(&m, Some(callee.clone()), args),
            Some(m) => {
                let bound = self.bind(m, callee, &cls)?;
                self.call(&bound, args)
            }
            None => Err(not_callable(&cls.name())),
        }
    }

    /// `callee(first, *args, **kwargs)`: a receiver or class put in front.
    pub(crate) fn call_with_first(
        &mut self,
        callee: &Value,
        first: Value,
        args: Args<'_>,
    ) -> PyResult<Value> {
        let all = prepend(first, args.args);
        self.call(
            callee,
            Args {
                args: &all,
                kwnames: args.kwnames,
            },
        )
    }

    /// Positional-only convenience. An array (`[a, b]`) passes the arguments without a
    /// heap allocation, as the operator and attribute protocols do on every dunder call.
    #[inline]
    pub fn call_args(&mut self, callee: &Value, args: impl AsRef<[Value]>) -> PyResult<Value> {
        self.call(callee, Args::new(args.as_ref()))
    }

    /// `cls(*args)`: the metaclass's `__call__` if it defines one, else [`Self::construct`].
    fn call_class(&mut self, cls: &Rc<Class>, args: Args<'_>) -> PyResult<Value> {
        if let Some(meta) = &cls.meta {
            if let Some(call) = super::metaclass::meta_override(meta, "__call__") {
                return self.call_with_first(&call, Value::Class(cls.clone()), args);
            }
        }
        self.construct(cls, args)
    }

    /// `type.__call__(cls, *args)`: `__new__` then `__init__`.
    pub(crate) fn construct(&mut self, cls: &Rc<Class>, args: Args<'_>) -> PyResult<Value> {
        let t = self.types();
        if let ([x], false) = (args.pos(), args.has_kw()) {
            // `type(x)`, `str(x)`, `int(x)`, `float(x)`: the conversion itself, without
            // looking up and binding `__new__` (CPython 3.11 specialises these calls).
            if Rc::ptr_eq(cls, &t.type_) {
                return Ok(Value::Class(self.type_of(x)));
            }
            if Rc::ptr_eq(cls, &t.str) {
                return self.str_value(x);
            }
            if Rc::ptr_eq(cls, &t.int) {
                return crate::runtime::builtins::constructors::int_from(self, x);
            }
            if Rc::ptr_eq(cls, &t.float) {
                return crate::runtime::builtins::constructors::float_from(self, x)
                    .map(Value::Float);
            }
        }
        if !args.has_kw() && Rc::ptr_eq(cls, &t.range) {
            if let Some(r) = crate::runtime::builtins::range::range_of_small_ints(t, args.pos()) {
                return Ok(r);
            }
        }
        // __new__: a user-defined one, a builtin base's, or object's.
        let new = cls.lookup(&self.names.new);
        let mut init = None;
        if !args.has_kw() && is_base_exception_method(&new, "__new__") {
            // An exception class keeping BaseException's `__new__` and `__init__`
            // (`class E(Exception): pass`): both only store the arguments as `args`, so
            // make the exception here, without the two calls and their argument lists.
            let found = cls.lookup(&self.names.init);
            if is_base_exception_method(&found, "__init__") {
                let args = Value::tuple(args.args.to_vec());
                let exc = Value::Instance(Instance::new_exception(cls.clone(), args));
                self.gc_track(&exc);
                return Ok(exc);
            }
            init = Some(found);
        }
        // A staticmethod-wrapped __new__ is called as its function.
        let new_fn = match &new {
            Some(Value::Native(n)) => match &n.data {
                NativeData::StaticMethod(f) => Some(f.clone()),
                _ => None,
            },
            Some(f @ (Value::Function(_) | Value::Builtin(_))) => Some(f.clone()),
            _ => None,
        };
        let obj = match &new_fn {
            Some(f) => {
                let obj = self.call_with_first(f, Value::Class(cls.clone()), args)?;
                if matches!(f, Value::Builtin(_)) {
                    if cls.is_builtin && !matches!(cls.layout, Layout::Exception | Layout::Deque) {
                        // Builtin constructors (int(), list(), ...) finish the object
                        // themselves; an exception's or a deque's `__init__` fills it.
                        return Ok(obj);
                    }
                    // An instance a builtin `__new__` made (an exception, a subclass
                    // of a builtin type) can hold a cycle, as CPython tracks it.
                    self.gc_track(&obj);
                }
                obj
            }
            _ => {
                if cls.layout == Layout::Builtin && !cls.is_builtin {
                    return Err(type_error(format!(
                        "cannot create '{}' instances",
                        cls.name()
                    )));
                }
                self.new_object(cls)?
            }
        };
        // __init__ runs only when __new__ returned an instance of cls.
        if !self.type_of(&obj).is_subclass(cls) {
            return Ok(obj);
        }
        let init = match init {
            Some(found) => found,
            None => cls.lookup(&self.names.init),
        };
        match init {
            Some(init) => {
                let r = self.call_with_first(&init, obj.clone(), args)?;
                if !r.is_none() {
                    return Err(type_error(format!(
                        "__init__() should return None, not '{}'",
                        self.type_of(&r).name()
                    )));
                }
            }
            None => {
                if (!args.args.is_empty()) && new.is_none() {
                    return Err(type_error(format!("{}() takes no arguments", cls.name())));
                }
            }
        }
        Ok(obj)
    }

    /// Bind call arguments into a new frame for `func` (CPython's binding rules).
    pub(crate) fn frame_for_call(
        &mut self,
        func: &Rc<Function>,
        receiver: Option<Value>,
        args: &[Value],
        kwnames: &[Value],
    ) -> PyResult<Box<Frame>> {
        let codeobj = &func.code;
        let code = &codeobj.code;
        let mut frame = self.new_frame(codeobj, &func.globals, None);
        let npos_given = args.len() - kwnames.len() + receiver.is_some() as usize;
        let argcount = code.argcount as usize;
        let simple = kwnames.is_empty()
            && !code.has_varargs
            && !code.has_varkw
            && code.kwonlyargcount == 0
            && npos_given == argcount;
        if simple {
            let mut i = 0;
            if let Some(r) = receiver {
                frame.fast[0] = Some(r);
                i = 1;
            }
            for a in args {
                frame.fast[i] = Some(a.clone());
                i += 1;
            }
        } else if kwnames.is_empty()
            && code.has_varargs
            && code.kwonlyargcount == 0
            && npos_given >= argcount
        {
            bind_extra_positional(&mut frame, receiver, args, argcount, code.has_varkw);
        } else {
            self.bind_general(func, &mut frame, receiver, args, kwnames)?;
        }
        // Cells: fresh ones for this scope (parameters moved in), then the closure.
        let ncells = code.cellvars.len();
        if ncells > 0 || !func.closure.is_empty() {
            // Straight into the frame's list: a pooled frame keeps its buffer.
            for p in code.cell_params.iter() {
                let init = match p {
                    Some(idx) => frame.fast[*idx as usize].take(),
                    None => None,
                };
                frame.cells.push(Rc::new(RefCell::new(init)));
            }
            frame.cells.extend(func.closure.iter().cloned());
        }
        Ok(frame)
    }

    #[cold]
    fn bind_general(
        &mut self,
        func: &Rc<Function>,
        frame: &mut Frame,
        receiver: Option<Value>,
        args: &[Value],
        kwnames: &[Value],
    ) -> PyResult<()> {
        let code = &func.code.code;
        let fname = func.qualname.borrow().clone();
        let argcount = code.argcount as usize;
        let posonly = code.posonlyargcount as usize;
        let kwonly = code.kwonlyargcount as usize;
        let nkw = kwnames.len();
        let mut positional: Vec<Value> = Vec::with_capacity(args.len() + 1);
        if let Some(r) = receiver {
            positional.push(r);
        }
        positional.extend_from_slice(&args[..args.len() - nkw]);
        let kwvals = &args[args.len() - nkw..];

        let npos = positional.len();
        let nbound = npos.min(argcount);
        for (i, v) in positional.iter().take(nbound).enumerate() {
            frame.fast[i] = Some(v.clone());
        }
        let mut slot = argcount + kwonly;
        if code.has_varargs {
            let extra = if npos > argcount {
                positional[argcount..].to_vec()
            } else {
                vec![]
            };
            frame.fast[slot] = Some(Value::tuple(extra));
            slot += 1;
        } else if npos > argcount {
            let defaults = func.defaults.borrow().len();
            let given_kwonly = kwnames
                .iter()
                .filter(|k| {
                    let k = k.as_pystr().map(|s| s.as_str()).unwrap_or("");
                    code.varnames[argcount..argcount + kwonly]
                        .iter()
                        .any(|n| &**n == k)
                })
                .count();
            let takes = if defaults > 0 {
                format!(
                    "from {} to {} positional arguments",
                    argcount - defaults,
                    argcount
                )
            } else {
                format!(
                    "{} positional argument{}",
                    argcount,
                    if argcount == 1 { "" } else { "s" }
                )
            };
            let given = if given_kwonly > 0 {
                format!(
                    "{} positional argument{} (and {} keyword-only argument{})",
                    npos,
                    if npos == 1 { "" } else { "s" },
                    given_kwonly,
                    if given_kwonly == 1 { "" } else { "s" }
                )
            } else {
                format!("{} {}", npos, if npos == 1 { "was" } else { "were" })
            };
            let verb = if given_kwonly > 0 {
                " were given"
            } else {
                " given"
            };
            return Err(type_error(format!(
                "{fname}() takes {takes} but {given}{verb}"
            )));
        }
        let kwargs_dict = if code.has_varkw {
            let d = Rc::new(PyDict::new());
            frame.fast[slot] = Some(Value::Dict(d.clone()));
            Some(d)
        } else {
            None
        };
        let mut posonly_as_kw: Vec<String> = Vec::new();
        for (k, v) in kwnames.iter().zip(kwvals) {
            let kname = k.as_pystr().map(|s| s.as_str()).unwrap_or("");
            let pos = code.varnames[..argcount + kwonly]
                .iter()
                .position(|n| &**n == kname);
            match pos {
                Some(i) if i >= posonly => {
                    if frame.fast[i].is_some() {
                        return Err(type_error(format!(
                            "{fname}() got multiple values for argument '{kname}'"
                        )));
                    }
                    frame.fast[i] = Some(v.clone());
                }
                other => match &kwargs_dict {
                    Some(d) => {
                        d.set_str(PyStr::new(kname), v.clone());
                    }
                    None => {
                        if other.is_some() {
                            posonly_as_kw.push(kname.to_string());
                        } else {
                            return Err(type_error(format!(
                                "{fname}() got an unexpected keyword argument '{kname}'"
                            )));
                        }
                    }
                },
            }
        }
        if !posonly_as_kw.is_empty() {
            return Err(type_error(format!(
                "{fname}() got some positional-only arguments passed as keyword arguments: '{}'",
                posonly_as_kw.join(", ")
            )));
        }
        // Defaults for missing positional parameters.
        let defaults = func.defaults.borrow();
        let first_default = argcount - defaults.len();
        let mut missing: Vec<String> = Vec::new();
        for i in 0..argcount {
            if frame.fast[i].is_none() {
                if i >= first_default {
                    frame.fast[i] = Some(defaults[i - first_default].clone());
                } else {
                    missing.push(code.varnames[i].to_string());
                }
            }
        }
        if !missing.is_empty() {
            return Err(missing_args(&fname, "positional", &missing));
        }
        let kwdefaults = func.kwdefaults.borrow();
        for i in argcount..argcount + kwonly {
            if frame.fast[i].is_none() {
                // The code object's name string carries its hash: no key is built.
                let name = &func.code.varnames[i];
                match kwdefaults.as_ref().and_then(|d| d.get_str(name)) {
                    Some(v) => frame.fast[i] = Some(v),
                    None => missing.push(name.as_str().to_string()),
                }
            }
        }
        if !missing.is_empty() {
            return Err(missing_args(&fname, "keyword-only", &missing));
        }
        Ok(())
    }

    /// MakeFunction: the closure is a tuple of cell objects (flag 8), or the cells of
    /// the defining frame `frame_cells` that the code's `closure_from` names (flag 16).
    pub(crate) fn make_function(
        &mut self,
        code: Value,
        defaults: Option<Value>,
        kwdefaults: Option<Value>,
        closure: Option<Value>,
        frame_cells: Option<&[Rc<CellObj>]>,
        globals: &Rc<PyDict>,
    ) -> PyResult<Value> {
        let Value::Native(n) = &code else {
            return Err(type_error("MakeFunction expects a code object"));
        };
        let NativeData::Code(codeobj) = &n.data else {
            return Err(type_error("MakeFunction expects a code object"));
        };
        let defaults = match defaults {
            Some(Value::Tuple(t)) => t.items.to_vec(),
            _ => vec![],
        };
        let kwdefaults = match kwdefaults {
            Some(Value::Dict(d)) => Some(d),
            _ => None,
        };
        let closure: Box<[Rc<CellObj>]> = match (closure, frame_cells) {
            (Some(Value::Tuple(t)), _) => closure_cells(&t.items),
            // The verifier checked each index against the frame's cells.
            (_, Some(cells)) => codeobj
                .code
                .closure_from
                .iter()
                .map(|&i| cells[i as usize].clone())
                .collect(),
            _ => Box::new([]),
        };
        let c = &codeobj.code;
        Ok(Value::Function(Rc::new(Function {
            code: codeobj.clone(),
            globals: globals.clone(),
            defaults: RefCell::new(defaults),
            kwdefaults: RefCell::new(kwdefaults),
            annotations: RefCell::new(None),
            closure,
            name: RefCell::new(c.name.clone()),
            qualname: RefCell::new(c.qualname.clone()),
            dict: Default::default(),
            weakrefs: Default::default(),
            gc: Default::default(),
        })))
    }

    /// `yield from`-able iterator for `await x`.
    pub(crate) fn get_awaitable(&mut self, v: &Value) -> PyResult<Value> {
        match v {
            Value::Generator(g) if g.kind == CodeKind::Coroutine => {
                if g.state.get() == super::GenState::Done {
                    return Err(crate::runtime::error::runtime_error(
                        "cannot reuse already awaited coroutine",
                    ));
                }
                Ok(v.clone())
            }
            // A generator-based coroutine (legacy @asyncio.coroutine) is awaitable.
            Value::Generator(g) if g.kind == CodeKind::Generator && g.started.get() => {
                Ok(v.clone())
            }
            _ => {
                let cls = self.type_of(v);
                match cls.lookup_str("__await__") {
                    Some(m) => {
                        let it = self.call_special(&m, &cls, [v.clone()])?;
                        Ok(it)
                    }
                    None => {
                        if let Value::Generator(_) = v {
                            return Ok(v.clone());
                        }
                        Err(type_error(format!(
                            "object {} can't be used in 'await' expression",
                            cls.name()
                        )))
                    }
                }
            }
        }
    }

    /// A special method looked up on the type (`__enter__`, `__aexit__`, ...), bound.
    pub(crate) fn special_method(
        &mut self,
        obj: &Value,
        name: &str,
        partner: &str,
    ) -> PyResult<Value> {
        let cls = self.type_of(obj);
        match cls.lookup_str(name) {
            Some(m) => self.bind(m, obj, &cls),
            None => {
                let proto = match name {
                    "__enter__" | "__exit__" => Some("context manager protocol"),
                    "__aenter__" | "__aexit__" => Some("asynchronous context manager protocol"),
                    _ => None,
                };
                let _ = partner;
                match proto {
                    Some(p) => Err(type_error(format!(
                        "'{}' object does not support the {p}",
                        cls.name()
                    ))),
                    None => Err(type_error(format!(
                        "'{}' object has no attribute '{name}'",
                        cls.name()
                    ))),
                }
            }
        }
    }

    /// `{**a}`, or `f(**a)` merging into the keywords of a call to `callee`.
    pub(crate) fn dict_update_from(
        &mut self,
        d: &Rc<PyDict>,
        other: &Value,
        callee: Option<&Value>,
    ) -> PyResult<()> {
        let pairs: Vec<(Value, Value)> = match other {
            Value::Dict(o) => o.items(),
            _ => {
                let keys_m = self.getattr_opt(other, "keys")?;
                let Some(keys_m) = keys_m else {
                    if let Some(callee) = callee {
                        return Err(self.double_star_not_mapping(other, callee));
                    }
                    return Err(type_error(format!(
                        "'{}' object is not a mapping",
                        self.type_of(other).name()
                    )));
                };
                let keys = self.call_args(&keys_m, vec![])?;
                let keys = self.collect(&keys)?;
                let mut pairs = Vec::new();
                for k in keys {
                    let v = self.getitem(other, &k)?;
                    pairs.push((k, v));
                }
                pairs
            }
        };
        for (k, v) in pairs {
            if let Some(callee) = callee {
                if !matches!(k, Value::Str(_)) {
                    return Err(type_error("keywords must be strings"));
                }
                if d.contains(self, &k)? {
                    return Err(self.repeated_keyword(&k, callee));
                }
            }
            d.set_item(self, k, v)?;
        }
        Ok(())
    }

    /// UnpackSequence: exactly `n` items.
    pub(crate) fn unpack(&mut self, seq: &Value, n: usize) -> PyResult<Vec<Value>> {
        let items = match seq {
            Value::Tuple(t) => t.items.to_vec(),
            Value::List(l) => l.snapshot(),
            other => {
                // Stop as soon as there are too many, like CPython (iterators may be infinite).
                let it = match self.get_iter(other) {
                    Ok(it) => it,
                    Err(e) if e.is_instance(&self.types().type_error) => {
                        return Err(type_error(format!(
                            "cannot unpack non-iterable {} object",
                            self.type_of(other).name()
                        )))
                    }
                    Err(e) => return Err(e),
                };
                let mut items = Vec::with_capacity(n);
                while let Some(v) = self.next(&it)? {
                    items.push(v);
                    if items.len() > n {
                        return Err(crate::runtime::error::value_error(format!(
                            "too many values to unpack (expected {n})"
                        )));
                    }
                }
                items
            }
        };
        if items.len() != n {
            if items.len() > n {
                return Err(crate::runtime::error::value_error(format!(
                    "too many values to unpack (expected {n})"
                )));
            }
            return Err(crate::runtime::error::value_error(format!(
                "not enough values to unpack (expected {n}, got {})",
                items.len()
            )));
        }
        Ok(items)
    }
}

/// `[first, *rest]`, on the Rust stack for up to four values (a receiver or class and
/// three arguments: `int(s)`, `str(x)`, a bound builtin's call from native code), so
/// such a call allocates nothing for its arguments.
/// Whether `method`, found on a class, is BaseException's own `name` (`__new__` or
/// `__init__`), which store the positional arguments as the exception's `args`.
#[inline]
/// A call of a function with `*args` (and perhaps `**kw`) but no keyword-only
/// parameters, by position only and with at least its positional parameters (what a
/// decorator's `wrapper(*args, **kw)` gets): those bound in order, the rest in the
/// `*args` tuple, `**kw` empty. Nothing can fail, so none of `bind_general`'s checks.
fn bind_extra_positional(
    frame: &mut Frame,
    receiver: Option<Value>,
    args: &[Value],
    argcount: usize,
    has_varkw: bool,
) {
    let extra = match receiver {
        Some(r) if argcount == 0 => {
            PyTuple::collect(std::iter::once(r).chain(args.iter().cloned()))
        }
        receiver => {
            let mut slots = frame.fast[..argcount].iter_mut();
            if let Some(r) = receiver {
                // Not the first arm: there is a first parameter for it.
                if let Some(slot) = slots.next() {
                    *slot = Some(r);
                }
            }
            let bound = slots.len();
            for (slot, v) in slots.zip(args) {
                *slot = Some(v.clone());
            }
            PyTuple::from_slice(&args[bound..])
        }
    };
    frame.fast[argcount] = Some(Value::Tuple(extra));
    if has_varkw {
        frame.fast[argcount + 1] = Some(Value::Dict(Rc::new(PyDict::new())));
    }
}

fn is_base_exception_method(method: &Option<Value>, name: &str) -> bool {
    matches!(method, Some(Value::Builtin(b))
        if b.bound.is_none() && b.owner == Some("BaseException") && b.name == name)
}

fn prepend(first: Value, rest: &[Value]) -> smallvec::SmallVec<[Value; 4]> {
    let mut all = smallvec::SmallVec::with_capacity(rest.len() + 1);
    all.push(first);
    all.extend(rest.iter().cloned());
    all
}

#[cold]
fn not_callable(type_name: &str) -> crate::runtime::error::PyErr {
    type_error(format!("'{type_name}' object is not callable"))
}

#[cold]
fn missing_args(fname: &str, kind: &str, missing: &[String]) -> crate::runtime::error::PyErr {
    let quoted: Vec<String> = missing.iter().map(|m| format!("'{m}'")).collect();
    let list = match quoted.len() {
        1 => quoted[0].clone(),
        2 => format!("{} and {}", quoted[0], quoted[1]),
        _ => format!(
            "{}, and {}",
            quoted[..quoted.len() - 1].join(", "),
            quoted[quoted.len() - 1]
        ),
    };
    type_error(format!(
        "{fname}() missing {} required {kind} argument{}: {list}",
        missing.len(),
        if missing.len() == 1 { "" } else { "s" }
    ))
}

/// The cells of a closure tuple, collected at their known count: a `filter_map` collect
/// grew a `Vec` and shrank it into the box, a reallocation per genexpr made.
fn closure_cells(items: &[Value]) -> Box<[Rc<CellObj>]> {
    let mut cells = Vec::with_capacity(items.len());
    for c in items {
        if let Value::Native(n) = c {
            if let NativeData::Cell(cell) = &n.data {
                cells.push(cell.clone());
            }
        }
    }
    cells.into_boxed_slice()
}
