//! The `functools` module: partial, reduce, wraps/update_wrapper, lru_cache/cache,
//! cmp_to_key and total_ordering.
//!
//! An lru_cache keeps its entries in an insertion-ordered dict: a hit moves the entry to
//! the end, eviction removes the first, so the dict order is the recency order.

use super::{call_with_kw, def, getter, kwargs_dict, method};
use crate::runtime::class::{Class, Instance, Layout, Payload};
use crate::runtime::dict::PyDict;
use crate::runtime::error::{type_error, PyResult};
use crate::runtime::function::{Args, BoundMethod, Builtin, NativeFn};
use crate::runtime::native::{LruCache, NativeData, NativeObj};
use crate::runtime::signature::Signature;
use crate::runtime::types::Types;
use crate::runtime::value::Value;
use crate::vm::Vm;
use std::cell::{Cell, RefCell};
use std::rc::Rc;

/// The functools module namespace; also registers the partial and lru_cache methods.
pub fn module(t: &Types) -> Rc<PyDict> {
    *t.partial.module.borrow_mut() = "functools".into();
    let p = &t.partial.dict;
    method(p, "partial", "__new__", partial_new);
    method(p, "partial", "__call__", partial_call_method);
    method(p, "partial", "__repr__", partial_repr);
    getter(t, p, "partial", "func", |_, a| Ok(partial_parts(&a)?.0));
    getter(t, p, "partial", "args", |_, a| {
        Ok(Value::tuple(partial_parts(&a)?.1))
    });
    getter(t, p, "partial", "keywords", |_, a| {
        Ok(Value::Dict(Rc::new(partial_parts(&a)?.2.copy())))
    });
    let l = &t.lru_cache.dict;
    method(
        l,
        "functools._lru_cache_wrapper",
        "__call__",
        lru_call_method,
    );
    method(l, "functools._lru_cache_wrapper", "__get__", lru_get);
    method(l, "functools._lru_cache_wrapper", "__repr__", lru_repr);
    method(l, "functools._lru_cache_wrapper", "cache_info", cache_info);
    method(
        l,
        "functools._lru_cache_wrapper",
        "cache_parameters",
        cache_parameters,
    );
    method(
        l,
        "functools._lru_cache_wrapper",
        "cache_clear",
        cache_clear,
    );
    for name in [
        "__wrapped__",
        "__name__",
        "__qualname__",
        "__doc__",
        "__module__",
    ] {
        let f: NativeFn = match name {
            "__wrapped__" => |_, a| lru_attr(&a, "__wrapped__"),
            "__name__" => |_, a| lru_attr(&a, "__name__"),
            "__qualname__" => |_, a| lru_attr(&a, "__qualname__"),
            "__doc__" => |_, a| lru_attr(&a, "__doc__"),
            _ => |_, a| lru_attr(&a, "__module__"),
        };
        getter(t, l, "functools._lru_cache_wrapper", name, f);
    }
    getter(t, l, "functools._lru_cache_wrapper", "__dict__", |_, a| {
        Ok(Value::Dict(lru_of(&a)?.attrs.clone()))
    });

    let m = Rc::new(PyDict::new());
    m.set_by_str("__name__", Value::str("_functools"));
    m.set_by_str("partial", Value::Class(t.partial.clone()));
    def(&m, "reduce", reduce);
    def(&m, "wraps", wraps);
    def(&m, "update_wrapper", update_wrapper);
    def(&m, "lru_cache", lru_cache);
    def(&m, "cache", cache);
    def(&m, "cmp_to_key", cmp_to_key);
    def(&m, "total_ordering", total_ordering);
    m.set_by_str(
        "WRAPPER_ASSIGNMENTS",
        Value::tuple(WRAPPER_ASSIGNMENTS.iter().map(|s| Value::str(s)).collect()),
    );
    m.set_by_str(
        "WRAPPER_UPDATES",
        Value::tuple(vec![Value::str("__dict__")]),
    );
    m
}

const WRAPPER_ASSIGNMENTS: [&str; 5] = [
    "__module__",
    "__name__",
    "__qualname__",
    "__doc__",
    "__annotations__",
];

fn partial_value(
    t: &crate::runtime::types::Types,
    func: Value,
    args: Vec<Value>,
    kwargs: Rc<PyDict>,
) -> Value {
    NativeObj::value(
        t.partial.clone(),
        NativeData::Partial {
            func,
            args: args.into_boxed_slice(),
            kwargs,
        },
    )
}

fn partial_parts(args: &Args<'_>) -> PyResult<(Value, Vec<Value>, Rc<PyDict>)> {
    if let Some(Value::Native(n)) = args.pos().first() {
        if let NativeData::Partial { func, args, kwargs } = &n.data {
            return Ok((func.clone(), args.to_vec(), kwargs.clone()));
        }
    }
    Err(type_error(
        "descriptor requires a 'functools.partial' object",
    ))
}

fn partial_new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let pos = args.pos();
    let Some(func) = pos.get(1) else {
        return Err(type_error("type 'partial' takes at least one argument"));
    };
    if !super::functions::is_callable(vm, func)? {
        return Err(type_error("the first argument must be callable"));
    }
    let extra = pos[2..].to_vec();
    let kw = kwargs_dict(&args);
    // partial(partial(f, a), b) flattens to partial(f, a, b).
    if let Value::Native(n) = func {
        if let NativeData::Partial {
            func: inner,
            args: a,
            kwargs,
        } = &n.data
        {
            let mut all = a.to_vec();
            all.extend(extra);
            let merged = kwargs.copy();
            for (k, v) in kw.items() {
                merged.set_item(vm, k, v)?;
            }
            return Ok(partial_value(
                vm.types(),
                inner.clone(),
                all,
                Rc::new(merged),
            ));
        }
    }
    Ok(partial_value(vm.types(), func.clone(), extra, kw))
}

/// Call a partial object: stored positional arguments first, stored keywords
/// overridden by the call's.
pub fn call_partial(
    vm: &mut Vm,
    func: &Value,
    stored: &[Value],
    kwargs: &PyDict,
    call: Args<'_>,
) -> PyResult<Value> {
    let mut pos = stored.to_vec();
    pos.extend(call.pos().iter().cloned());
    let mut kw: Vec<(Value, Value)> = kwargs.items();
    for (k, v) in call.kw() {
        match kw
            .iter_mut()
            .find(|(name, _)| matches!(name, Value::Str(s) if s.as_str() == k))
        {
            Some(slot) => slot.1 = v.clone(),
            None => kw.push((Value::str(k), v.clone())),
        }
    }
    call_with_kw(vm, func, pos, kw)
}

fn partial_call_method(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (func, stored, kwargs) = partial_parts(&args)?;
    let rest = Args {
        args: &args.args[1..],
        kwnames: args.kwnames,
    };
    call_partial(vm, &func, &stored, &kwargs, rest)
}

fn partial_repr(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (func, stored, kwargs) = partial_parts(&args)?;
    let mut parts = vec![vm.repr(&func)?];
    for a in &stored {
        parts.push(vm.repr(a)?);
    }
    for (k, v) in kwargs.items() {
        let k = vm.str(&k)?;
        parts.push(format!("{k}={}", vm.repr(&v)?));
    }
    Ok(Value::from_string(format!(
        "functools.partial({})",
        parts.join(", ")
    )))
}

const REDUCE: Signature = Signature::new("reduce", &["function", "iterable", "initial"])
    .required(2)
    .positional_only("reduce");
const UPDATE_WRAPPER: Signature = Signature::new(
    "update_wrapper",
    &["wrapper", "wrapped", "assigned", "updated"],
)
.required(2)
.python("update_wrapper");
const WRAPS: Signature = Signature::new("wraps", &["wrapped", "assigned", "updated"])
    .required(1)
    .python("wraps");
const LRU_CACHE: Signature = Signature::new("lru_cache", &["maxsize", "typed"])
    .required(0)
    .python("lru_cache");
const LRU_DECORATE: Signature = Signature::new("decorating_function", &["user_function"])
    .python("lru_cache.<locals>.decorating_function");
const CACHE: Signature = Signature::new("cache", &["user_function"]).python("cache");
const LRU_GET: Signature =
    Signature::slot_unpack("wrapper __get__", &["instance", "owner"]).required(1);
const TOTAL_ORDERING: Signature =
    Signature::new("total_ordering", &["cls"]).python("total_ordering");

fn reduce(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let p = REDUCE.positional(&args)?;
    let it = vm.get_iter(&p[1])?;
    let mut acc = match p.get(2) {
        Some(init) => init.clone(),
        None => match vm.next(&it)? {
            Some(v) => v,
            None => {
                return Err(type_error(
                    "reduce() of empty iterable with no initial value",
                ))
            }
        },
    };
    while let Some(x) = vm.next(&it)? {
        acc = vm.call_args(&p[0], vec![acc, x])?;
    }
    Ok(acc)
}

/// Copy `__module__`, `__name__`, `__qualname__`, `__doc__`, `__dict__` from `wrapped`
/// to `wrapper` and set `wrapper.__wrapped__`.
fn do_update_wrapper(vm: &mut Vm, wrapper: &Value, wrapped: &Value) -> PyResult<()> {
    for name in WRAPPER_ASSIGNMENTS {
        if let Some(v) = vm.getattr_opt(wrapped, name)? {
            set_attr(vm, wrapper, name, v)?;
        }
    }
    if let Some(Value::Dict(src)) = vm.getattr_opt(wrapped, "__dict__")? {
        if let Some(Value::Dict(dst)) = vm.getattr_opt(wrapper, "__dict__")? {
            for (k, v) in src.items() {
                dst.set_item(vm, k, v)?;
            }
        }
    }
    set_attr(vm, wrapper, "__wrapped__", wrapped.clone())
}

/// Set an attribute, writing the attributes of lru_cache wrappers directly.
fn set_attr(vm: &mut Vm, target: &Value, name: &str, v: Value) -> PyResult<()> {
    match target {
        Value::Native(n) => match &n.data {
            NativeData::LruCache(c) => {
                c.attrs.set_by_str(name, v);
                Ok(())
            }
            _ => vm.setattr(target, name, v),
        },
        _ => vm.setattr(target, name, v),
    }
}

fn update_wrapper(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let p = UPDATE_WRAPPER.bind(&args)?;
    let (wrapper, wrapped) = (p.req(0), p.req(1));
    do_update_wrapper(vm, wrapper, wrapped)?;
    Ok(wrapper.clone())
}

fn wraps(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let wrapped = WRAPS.bind(&args)?.req(0).clone();
    let kw = Rc::new(PyDict::new());
    kw.set_by_str("wrapped", wrapped);
    Ok(partial_value(
        vm.types(),
        Builtin::value("update_wrapper", update_wrapper),
        vec![],
        kw,
    ))
}

fn new_lru(vm: &mut Vm, func: &Value, maxsize: Option<usize>, typed: bool) -> PyResult<Value> {
    let cache = LruCache {
        func: func.clone(),
        maxsize,
        typed,
        cache: Rc::new(PyDict::new()),
        hits: Cell::new(0),
        misses: Cell::new(0),
        attrs: Rc::new(PyDict::new()),
        order: RefCell::new(Vec::new()),
    };
    let v = NativeObj::value(
        vm.types().lru_cache.clone(),
        NativeData::LruCache(Rc::new(cache)),
    );
    do_update_wrapper(vm, &v, func)?;
    Ok(v)
}

/// `maxsize` argument: None is unbounded, negatives are 0.
fn maxsize_arg(vm: &mut Vm, v: &Value) -> PyResult<Option<usize>> {
    match v {
        Value::None => Ok(None),
        other => match super::as_int(other) {
            Some(i) => Ok(Some(i.to_i64().unwrap_or(i64::MAX).max(0) as usize)),
            None => {
                let _ = vm;
                Err(type_error(
                    "Expected first argument to be an integer, a callable, or None",
                ))
            }
        },
    }
}

fn lru_cache(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let p = LRU_CACHE.bind(&args)?;
    let typed = match p.given(1) {
        Some(t) => vm.truthy(t)?,
        None => false,
    };
    let first = p.given(0);
    match first {
        Some(f) if super::as_int(f).is_none() && !f.is_none() => {
            if !super::functions::is_callable(vm, f)? {
                return Err(type_error(
                    "Expected first argument to be an integer, a callable, or None",
                ));
            }
            new_lru(vm, f, Some(128), typed)
        }
        _ => {
            let maxsize = match first {
                Some(v) => maxsize_arg(vm, v)?,
                None => Some(128),
            };
            let kw = Rc::new(PyDict::new());
            kw.set_by_str(
                "maxsize",
                match maxsize {
                    Some(n) => Value::Int(n as i64),
                    None => Value::None,
                },
            );
            kw.set_by_str("typed", Value::Bool(typed));
            Ok(partial_value(
                vm.types(),
                Builtin::value("lru_cache_decorator", lru_decorate),
                vec![],
                kw,
            ))
        }
    }
}

/// The decorator `lru_cache(maxsize, typed)` returns, applied to the function. The
/// settings it closes over come from the partial, as its last two keyword arguments.
fn lru_decorate(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let n = args.args.len();
    let k = args.kwnames.len();
    let settings = match (args.kwnames.get(k.wrapping_sub(2)..), n >= 2) {
        (Some([Value::Str(m), Value::Str(t)]), true)
            if m.as_str() == "maxsize" && t.as_str() == "typed" =>
        {
            Some((&args.args[n - 2], &args.args[n - 1]))
        }
        _ => None,
    };
    let (call, maxsize, typed) = match settings {
        Some((m, t)) => {
            let call = Args {
                args: &args.args[..n - 2],
                kwnames: &args.kwnames[..k - 2],
            };
            (call, maxsize_arg(vm, m)?, vm.truthy(t)?)
        }
        None => (args, Some(128), false),
    };
    let f = LRU_DECORATE.bind(&call)?.req(0);
    if !super::functions::is_callable(vm, f)? {
        return Err(type_error("the first argument must be callable"));
    }
    new_lru(vm, f, maxsize, typed)
}

fn cache(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let f = CACHE.bind(&args)?.req(0);
    new_lru(vm, f, None, false)
}

fn lru_of(args: &Args<'_>) -> PyResult<Rc<LruCache>> {
    if let Some(Value::Native(n)) = args.pos().first() {
        if let NativeData::LruCache(c) = &n.data {
            return Ok(c.clone());
        }
    }
    Err(type_error(
        "descriptor requires a functools._lru_cache_wrapper object",
    ))
}

fn lru_attr(args: &Args<'_>, name: &str) -> PyResult<Value> {
    let c = lru_of(args)?;
    Ok(c.attrs.get_by_str(name).unwrap_or(Value::None))
}

/// Separates positional from keyword arguments in cache keys: one object per
/// interpreter (see `vm::lazy_classes`).
fn kwd_mark(vm: &Vm) -> Value {
    vm.lazy_classes
        .kwd_mark
        .get_or_init(|| Value::Instance(Instance::new(vm.types().object.clone())))
        .clone()
}

/// Call through an lru_cache wrapper.
pub fn call_lru_cache(vm: &mut Vm, c: &LruCache, call: Args<'_>) -> PyResult<Value> {
    let key = match call.pos() {
        // CPython's key for one exact int or str, untyped and without keywords, is the
        // argument itself: 3 and 3.0 then miss each other, as (3,) and (3.0,) would not.
        [one @ (Value::Int(_) | Value::BigInt(_) | Value::Str(_))]
            if !c.typed && !call.has_kw() =>
        {
            one.clone()
        }
        _ => lru_key(vm, c, &call),
    };
    lru_lookup(vm, c, call, key)
}

/// The cache key of a call: its positional arguments, then a marker and the keyword
/// names and values, then (`typed`) the type of each argument.
fn lru_key(vm: &Vm, c: &LruCache, call: &Args<'_>) -> Value {
    let mut key_items: Vec<Value> = call.pos().to_vec();
    if call.has_kw() {
        key_items.push(kwd_mark(vm));
        for (k, v) in call.kw() {
            key_items.push(Value::str(k));
            key_items.push(v.clone());
        }
    }
    if c.typed {
        // The type of every argument, positional then keyword values, as CPython's key.
        let types: Vec<Value> = call
            .pos()
            .iter()
            .chain(call.kw().map(|(_, v)| v))
            .map(|v| Value::Class(vm.type_of(v)))
            .collect();
        key_items.extend(types);
    }
    Value::tuple(key_items)
}

/// The cached result under `key`, or the call's result stored under it (the oldest
/// entry evicted past `maxsize`).
fn lru_lookup(vm: &mut Vm, c: &LruCache, call: Args<'_>, key: Value) -> PyResult<Value> {
    if c.maxsize == Some(0) {
        c.misses.set(c.misses.get() + 1);
        return vm.call(&c.func, call);
    }
    if let Some(v) = c.cache.get_item(vm, &key)? {
        c.hits.set(c.hits.get() + 1);
        if c.maxsize.is_some() {
            // Move to the most recent end.
            c.cache.del_item(vm, &key)?;
            c.cache.set_item(vm, key, v.clone())?;
        }
        return Ok(v);
    }
    c.misses.set(c.misses.get() + 1);
    let result = vm.call(&c.func, call)?;
    c.cache.set_item(vm, key, result.clone())?;
    if let Some(max) = c.maxsize {
        while c.cache.len() > max {
            match c.cache.entry_from(0) {
                Some((_, oldest, _)) => {
                    c.cache.del_item(vm, &oldest)?;
                }
                None => break,
            }
        }
    }
    Ok(result)
}

fn lru_call_method(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let c = lru_of(&args)?;
    let rest = Args {
        args: &args.args[1..],
        kwnames: args.kwnames,
    };
    call_lru_cache(vm, &c, rest)
}

/// `__get__`: a cached function used as a method binds like a function.
fn lru_get(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let p = LRU_GET.positional_method(&args)?;
    if p[0].is_none() {
        return Ok(args.args[0].clone());
    }
    Ok(Value::BoundMethod(Rc::new(BoundMethod {
        func: args.args[0].clone(),
        receiver: p[0].clone(),
    })))
}

fn lru_repr(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    lru_of(&args)?;
    Ok(Value::from_string(format!(
        "<functools._lru_cache_wrapper object at {:#x}>",
        args.pos()[0].id()
    )))
}

/// `CacheInfo`: a tuple subclass with named fields, as functools' namedtuple; made once
/// per interpreter (see `vm::lazy_classes`).
fn cache_info_class(t: &Types) -> Rc<Class> {
    let c = Class::new_builtin("CacheInfo", vec![t.tuple.clone()], Layout::Builtin);
    *c.module.borrow_mut() = Rc::from("functools");
    method(&c.dict, "CacheInfo", "__repr__", cache_info_repr);
    for (i, name) in ["hits", "misses", "maxsize", "currsize"]
        .into_iter()
        .enumerate()
    {
        let f: NativeFn = match i {
            0 => |_, a| cache_info_field(&a, 0),
            1 => |_, a| cache_info_field(&a, 1),
            2 => |_, a| cache_info_field(&a, 2),
            _ => |_, a| cache_info_field(&a, 3),
        };
        getter(t, &c.dict, "CacheInfo", name, f);
    }
    c
}

fn cache_info_items(args: &Args<'_>) -> Vec<Value> {
    match args.pos().first().map(super::unwrap_base) {
        Some(Value::Tuple(t)) => t.items.to_vec(),
        _ => Vec::new(),
    }
}

fn cache_info_field(args: &Args<'_>, i: usize) -> PyResult<Value> {
    Ok(cache_info_items(args)
        .get(i)
        .cloned()
        .unwrap_or(Value::None))
}

fn cache_info_repr(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let items = cache_info_items(&args);
    let mut parts = Vec::new();
    for (name, v) in ["hits", "misses", "maxsize", "currsize"]
        .iter()
        .zip(items.iter())
    {
        parts.push(format!("{name}={}", vm.repr(v)?));
    }
    Ok(Value::from_string(format!(
        "CacheInfo({})",
        parts.join(", ")
    )))
}

fn cache_info(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let c = lru_of(&args)?;
    let items = vec![
        Value::Int(c.hits.get() as i64),
        Value::Int(c.misses.get() as i64),
        match c.maxsize {
            Some(n) => Value::Int(n as i64),
            None => Value::None,
        },
        Value::Int(c.cache.len() as i64),
    ];
    let class = vm
        .lazy_classes
        .cache_info
        .get_or_init(|| cache_info_class(vm.types()));
    let inst = Instance::new(class.clone());
    if let Payload::Base(slot) = inst.payload() {
        *slot.borrow_mut() = Value::tuple(items);
    }
    Ok(Value::Instance(inst))
}

fn cache_parameters(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let c = lru_of(&args)?;
    let d = PyDict::new();
    d.set_by_str(
        "maxsize",
        match c.maxsize {
            Some(n) => Value::Int(n as i64),
            None => Value::None,
        },
    );
    d.set_by_str("typed", Value::Bool(c.typed));
    Ok(Value::Dict(Rc::new(d)))
}

fn cache_clear(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let c = lru_of(&args)?;
    c.cache.clear();
    c.hits.set(0);
    c.misses.set(0);
    Ok(Value::None)
}

fn key_wrapper_class(t: &Types) -> Rc<Class> {
    let c = Class::new_builtin("KeyWrapper", vec![t.object.clone()], Layout::Object);
    *c.module.borrow_mut() = Rc::from("functools");
    let d = &c.dict;
    method(d, "KeyWrapper", "__lt__", |vm, a| {
        key_cmp(vm, a, "__lt__", |o| o < 0)
    });
    method(d, "KeyWrapper", "__gt__", |vm, a| {
        key_cmp(vm, a, "__gt__", |o| o > 0)
    });
    method(d, "KeyWrapper", "__le__", |vm, a| {
        key_cmp(vm, a, "__le__", |o| o <= 0)
    });
    method(d, "KeyWrapper", "__ge__", |vm, a| {
        key_cmp(vm, a, "__ge__", |o| o >= 0)
    });
    method(d, "KeyWrapper", "__eq__", |vm, a| {
        key_cmp(vm, a, "__eq__", |o| o == 0)
    });
    d.set_by_str("__hash__", Value::None);
    c
}

/// Compare two KeyWrappers with the user's cmp function.
fn key_cmp(
    vm: &mut Vm,
    args: Args<'_>,
    name: &'static str,
    test: fn(i64) -> bool,
) -> PyResult<Value> {
    let other = Signature::slot(name, &["other"]).one_method(&args)?;
    let (Value::Instance(a), Value::Instance(b)) = (&args.args[0], other) else {
        return Ok(vm.types().not_implemented.clone());
    };
    let (Some(cmp), Some(x), Some(y)) = (
        a.get_attr_by_str("cmp"),
        a.get_attr_by_str("obj"),
        b.get_attr_by_str("obj"),
    ) else {
        return Err(type_error("other argument must be K instance"));
    };
    let r = vm.call_args(&cmp, vec![x, y])?;
    let zero = Value::Int(0);
    let ord = if vm.lt(&r, &zero)? {
        -1
    } else if vm.lt(&zero, &r)? {
        1
    } else {
        0
    };
    Ok(Value::Bool(test(ord)))
}

/// `K(obj)`, its `mycmp` bound first by the partial `cmp_to_key` made.
fn make_key(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    const K: Signature = Signature::new("K", &["obj"]);
    let obj = K.bind_method(&args)?.req(0).clone();
    let class = vm
        .lazy_classes
        .key_wrapper
        .get_or_init(|| key_wrapper_class(vm.types()));
    let inst = Instance::new(class.clone());
    inst.set_attr_by_str("cmp", args.args[0].clone());
    inst.set_attr_by_str("obj", obj);
    Ok(Value::Instance(inst))
}

fn cmp_to_key(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    const CMP_TO_KEY: Signature = Signature::new("cmp_to_key", &["mycmp"]);
    let mycmp = CMP_TO_KEY.bind(&args)?.req(0).clone();
    Ok(partial_value(
        vm.types(),
        Builtin::value("K", make_key),
        vec![mycmp],
        Rc::new(PyDict::new()),
    ))
}

/// Call `self.<root>(other)`; `None` when it returned NotImplemented.
fn call_root(
    vm: &mut Vm,
    args: &Args<'_>,
    sig: &Signature,
    root: &str,
) -> PyResult<Option<(bool, Value, Value)>> {
    let other = sig.bind_method(args)?.req(0).clone();
    let this = args.args[0].clone();
    let m = vm.getattr(&this, root)?;
    let r = vm.call_args(&m, vec![other.clone()])?;
    if r.is(&vm.types().not_implemented) {
        return Ok(None);
    }
    Ok(Some((vm.truthy(&r)?, this, other)))
}

/// The derived comparisons of total_ordering, as in CPython's functools:
/// `op_from_root(self, other)`.
fn derived(
    vm: &mut Vm,
    args: Args<'_>,
    sig: &Signature,
    root: &str,
    how: Derive,
) -> PyResult<Value> {
    let Some((r, a, b)) = call_root(vm, &args, sig, root)? else {
        return Ok(vm.types().not_implemented.clone());
    };
    let result = match how {
        Derive::NotRoot => !r,
        Derive::RootOrEq => r || vm.eq(&a, &b)?,
        Derive::NotRootAndNe => !r && !vm.eq(&a, &b)?,
        Derive::RootAndNe => r && !vm.eq(&a, &b)?,
        Derive::NotRootOrEq => !r || vm.eq(&a, &b)?,
    };
    Ok(Value::Bool(result))
}

#[derive(Clone, Copy)]
enum Derive {
    NotRoot,
    RootOrEq,
    NotRootAndNe,
    RootAndNe,
    NotRootOrEq,
}

macro_rules! derived_fns {
    ($($fname:ident = $root:literal, $how:ident;)*) => {
        $(fn $fname(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
            const SIG: Signature = Signature::new(stringify!($fname), &["other"])
                .python_method(concat!("_", stringify!($fname)));
            derived(vm, args, &SIG, $root, Derive::$how)
        })*
    };
}

derived_fns! {
    gt_from_lt = "__lt__", NotRootAndNe;
    le_from_lt = "__lt__", RootOrEq;
    ge_from_lt = "__lt__", NotRoot;
    ge_from_le = "__le__", NotRootOrEq;
    lt_from_le = "__le__", RootAndNe;
    gt_from_le = "__le__", NotRoot;
    lt_from_gt = "__gt__", NotRootAndNe;
    ge_from_gt = "__gt__", RootOrEq;
    le_from_gt = "__gt__", NotRoot;
    le_from_ge = "__ge__", NotRootOrEq;
    gt_from_ge = "__ge__", RootAndNe;
    lt_from_ge = "__ge__", NotRoot;
}

fn total_ordering(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let target = TOTAL_ORDERING.bind(&args)?.req(0);
    let Value::Class(cls) = target else {
        return Err(type_error("total_ordering expects a class"));
    };
    // Roots are the comparisons the class (or a user base) defines itself.
    let defined = |name: &str| {
        cls.mro()
            .iter()
            .filter(|c| !c.is_builtin)
            .any(|c| c.dict.get_by_str(name).is_some())
    };
    let table: [(&str, [(&'static str, NativeFn); 3]); 4] = [
        (
            "__lt__",
            [
                ("__gt__", gt_from_lt),
                ("__le__", le_from_lt),
                ("__ge__", ge_from_lt),
            ],
        ),
        (
            "__le__",
            [
                ("__ge__", ge_from_le),
                ("__lt__", lt_from_le),
                ("__gt__", gt_from_le),
            ],
        ),
        (
            "__gt__",
            [
                ("__lt__", lt_from_gt),
                ("__ge__", ge_from_gt),
                ("__le__", le_from_gt),
            ],
        ),
        (
            "__ge__",
            [
                ("__le__", le_from_ge),
                ("__gt__", gt_from_ge),
                ("__lt__", lt_from_ge),
            ],
        ),
    ];
    // CPython picks max(roots) by name: __lt__ > __le__ > __gt__ > __ge__.
    let Some((_, derived)) = table.iter().find(|(root, _)| defined(root)) else {
        return Err(crate::runtime::error::value_error(
            "must define at least one ordering operation: < > <= >=",
        ));
    };
    for (name, f) in derived {
        if !defined(name) {
            cls.dict.set_by_str(name, Builtin::value(name, *f));
        }
    }
    Ok(target.clone())
}
