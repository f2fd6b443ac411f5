//! The methods of `collections.deque` (CPython's `_collections` deque, whose semantics
//! and messages these follow): construction and `__init__`, the appends and pops at
//! both ends, `extend`, `rotate`, the searches that call `__eq__` (`count`, `index`,
//! `remove`, `in`) with CPython's checks for a deque mutated by the comparison, and
//! integer indexing. The operators (repr, comparisons, `+`, `*`, pickling, iterators)
//! are in `deque_ops`.
//!
//! A deque is an instance of `deque` or of a subclass, its items in the instance's
//! payload (`runtime::deque`). No method holds the payload's borrow while Python code
//! runs (`__eq__`, an iterable's `__next__`, the drop of a trimmed item).

use super::{as_int, class_method, getter, index_int, method, ssize_arg, type_name};
use crate::numeric::Int;
use crate::runtime::class::Instance;
use crate::runtime::deque::{mutated_during_iteration, DequeData, End};
use crate::runtime::error::{
    index_error, overflow_error, type_error, value_error, PyErr, PyResult,
};
use crate::runtime::function::Args;
use crate::runtime::instance_ref::InstanceRef;
use crate::runtime::signature::Signature;
use crate::runtime::types::Types;
use crate::runtime::value::Value;
use crate::vm::Vm;
use std::cell::RefCell;
use std::rc::Rc;

pub(super) fn install(t: &Types) {
    let d = &t.deque.dict;
    d.set_by_str("__module__", Value::str("collections"));
    d.set_by_str(
        "__doc__",
        Value::str(
            "deque([iterable[, maxlen]]) --> deque object\n\n\
             A list-like sequence optimized for data accesses near its endpoints.",
        ),
    );
    method(d, "deque", "__new__", deque_new);
    method(d, "deque", "__init__", deque_init);
    method(d, "deque", "append", append);
    method(d, "deque", "appendleft", appendleft);
    method(d, "deque", "pop", pop);
    method(d, "deque", "popleft", popleft);
    method(d, "deque", "extend", extend);
    method(d, "deque", "extendleft", extendleft);
    method(d, "deque", "clear", clear);
    method(d, "deque", "count", count);
    method(d, "deque", "index", index);
    method(d, "deque", "insert", insert);
    method(d, "deque", "remove", remove);
    method(d, "deque", "reverse", reverse);
    method(d, "deque", "rotate", rotate);
    method(d, "deque", "__len__", dunder_len);
    method(d, "deque", "__getitem__", getitem);
    method(d, "deque", "__setitem__", setitem);
    method(d, "deque", "__delitem__", delitem);
    method(d, "deque", "__contains__", contains);
    getter(t, d, "deque", "maxlen", maxlen);
    class_method(t, d, "deque", "__class_getitem__", class_getitem);
    d.set_by_str("__hash__", Value::None);
    super::deque_ops::install(d);
    for name in ["_deque_iterator", "_deque_reverse_iterator"] {
        let c = t.iterator_class(name);
        *c.module.borrow_mut() = "_collections".into();
        method(&c.dict, name, "__length_hint__", length_hint);
    }
}

/// `__length_hint__` of a deque iterator: how many items it has left.
fn length_hint(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    Signature::no_args("__length_hint__").none_method(&args)?;
    if let Some(Value::Iter(it)) = args.pos().first() {
        if let crate::runtime::iter::IterState::Deque(w) = &*it.state.borrow() {
            return Ok(Value::Int(w.left as i64));
        }
    }
    Err(type_error(
        "descriptor '__length_hint__' needs a deque iterator",
    ))
}

/// The `_collections` module: the deque type, under the name CPython gives it, and
/// Counter's counting loop, namedtuple's field getters and OrderedDict's move to the
/// front.
pub fn module(t: &Types) -> Rc<crate::runtime::dict::PyDict> {
    let m = Rc::new(crate::runtime::dict::PyDict::new());
    m.set_by_str("__name__", Value::str("_collections"));
    m.set_by_str("deque", Value::Class(t.deque.clone()));
    super::def(&m, "_count_elements", super::count_elements::count_elements);
    super::def(&m, "_tuplefield", super::tuple_field::tuplefield);
    super::def(&m, "_tuplefield_set", super::tuple_field::refuse_set);
    super::def(&m, "_tuplefield_delete", super::tuple_field::refuse_delete);
    super::def(&m, "_move_to_front", super::odict_front::move_to_front);
    m
}

/// The receiver of a deque method and its items: `self` must be a deque or an instance
/// of a deque subclass.
pub(super) fn this<'a>(
    vm: &Vm,
    args: &Args<'a>,
    name: &str,
) -> PyResult<(&'a InstanceRef, &'a RefCell<DequeData>)> {
    if let Some(Value::Instance(inst)) = args.pos().first() {
        if let Some(d) = inst.deque() {
            return Ok((inst, d));
        }
    }
    Err(not_a_deque(vm, args.pos().first(), name))
}

#[cold]
fn not_a_deque(vm: &Vm, v: Option<&Value>, name: &str) -> PyErr {
    match v {
        Some(v) => type_error(format!(
            "descriptor '{name}' for 'collections.deque' objects doesn't apply to a '{}' object",
            type_name(vm, v)
        )),
        None => type_error(format!("unbound method deque.{name}() needs an argument")),
    }
}

/// The items of `v` if it is a deque (or a deque subclass instance).
pub(super) fn deque_of(v: &Value) -> Option<&RefCell<DequeData>> {
    match v {
        Value::Instance(inst) => inst.deque(),
        _ => None,
    }
}

/// A new empty deque of class `cls` (deque or a subclass), registered with the
/// collector.
pub(super) fn new_deque(vm: &mut Vm, cls: &Rc<crate::runtime::class::Class>) -> Value {
    let v = Value::Instance(Instance::new(cls.clone()));
    vm.gc_track(&v);
    v
}

/// `deque.__new__(cls, *args, **kwargs)`: an empty deque of `cls`; `__init__` fills it.
fn deque_new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let deque = &vm.types().deque;
    let cls = match args.pos().first() {
        Some(Value::Class(c)) if c.is_subclass(deque) => c.clone(),
        Some(Value::Class(c)) => {
            let n = c.name();
            return Err(type_error(format!(
                "collections.deque.__new__({n}): {n} is not a subtype of collections.deque"
            )));
        }
        Some(other) => {
            return Err(type_error(format!(
                "collections.deque.__new__(X): X is not a type object ({})",
                type_name(vm, other)
            )))
        }
        None => {
            return Err(type_error(
                "collections.deque.__new__(): not enough arguments",
            ))
        }
    };
    Ok(new_deque(vm, &cls))
}

const INIT: Signature = Signature::new("deque", &["iterable", "maxlen"]).required(0);

/// `deque.__init__(iterable=(), maxlen=None)`: CPython's `deque_init`, which empties
/// a deque initialised before.
fn deque_init(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (inst, cell) = this(vm, &args, "__init__")?;
    let bound = INIT.bind_method(&args)?;
    let maxlen = match bound.given(1) {
        None | Some(Value::None) => None,
        Some(v) => Some(maxlen_arg(v)?),
    };
    let old = {
        let mut d = cell.borrow_mut();
        d.maxlen = maxlen;
        (!d.is_empty()).then(|| d.take_all())
    };
    drop(old);
    if let Some(iterable) = bound.given(0) {
        extend_with(
            vm,
            &Value::Instance(inst.clone()),
            cell,
            iterable,
            End::Right,
        )?;
    }
    Ok(Value::None)
}

/// `maxlen`, as CPython's `PyLong_AsSsize_t` reads it: an int (no `__index__`),
/// non-negative, within a C `ssize_t`.
fn maxlen_arg(v: &Value) -> PyResult<usize> {
    match as_int(v) {
        Some(Int::Small(n)) if n < 0 => Err(value_error("maxlen must be non-negative")),
        Some(Int::Small(n)) => Ok(n as usize),
        // Either sign: CPython's conversion fails before the sign is looked at.
        Some(Int::Big(_)) => Err(overflow_error(
            "Python int too large to convert to C ssize_t",
        )),
        None => Err(type_error("an integer is required")),
    }
}

fn maxlen(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (_, cell) = this(vm, &args, "maxlen")?;
    Ok(match cell.borrow().maxlen {
        Some(n) => Value::Int(n as i64),
        None => Value::None,
    })
}

fn class_getitem(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = Signature::one_arg("deque.__class_getitem__").positional_method(&args)?;
    crate::vm::metaclass::generic_alias(vm, &args.pos()[0], &a[0])
}

const APPEND: Signature = Signature::one_arg("deque.append");
const APPENDLEFT: Signature = Signature::one_arg("deque.appendleft");
const POP: Signature = Signature::no_args("deque.pop");
const POPLEFT: Signature = Signature::no_args("deque.popleft");

fn append(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    append_at(vm, args, "append", &APPEND, End::Right)
}

fn appendleft(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    append_at(vm, args, "appendleft", &APPENDLEFT, End::Left)
}

#[inline]
fn append_at(
    vm: &mut Vm,
    args: Args<'_>,
    name: &str,
    sig: &Signature,
    end: End,
) -> PyResult<Value> {
    let (_, cell) = this(vm, &args, name)?;
    let x = sig.one_method(&args)?;
    let trimmed = cell.borrow_mut().push(x.clone(), end);
    drop(trimmed);
    Ok(Value::None)
}

fn pop(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    pop_at(vm, args, "pop", &POP, End::Right)
}

fn popleft(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    pop_at(vm, args, "popleft", &POPLEFT, End::Left)
}

#[inline]
fn pop_at(vm: &mut Vm, args: Args<'_>, name: &str, sig: &Signature, end: End) -> PyResult<Value> {
    let (_, cell) = this(vm, &args, name)?;
    sig.none_method(&args)?;
    let v = match end {
        End::Right => cell.borrow_mut().pop_back(),
        End::Left => cell.borrow_mut().pop_front(),
    };
    v.ok_or_else(empty_pop)
}

#[cold]
fn empty_pop() -> PyErr {
    index_error("pop from an empty deque")
}

const EXTEND: Signature = Signature::one_arg("deque.extend");
const EXTENDLEFT: Signature = Signature::one_arg("deque.extendleft");

fn extend(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (_, cell) = this(vm, &args, "extend")?;
    let it = EXTEND.one_method(&args)?;
    extend_with(vm, &args.pos()[0], cell, it, End::Right)?;
    Ok(Value::None)
}

fn extendleft(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (_, cell) = this(vm, &args, "extendleft")?;
    let it = EXTENDLEFT.one_method(&args)?;
    extend_with(vm, &args.pos()[0], cell, it, End::Left)?;
    Ok(Value::None)
}

/// `extend`/`extendleft` (and `+=`, `__init__`): each item appended in turn, trimming
/// at `maxlen`. The deque itself is copied first; a list or tuple is read without
/// running Python code; other iterables are walked with the borrow released between
/// items (their `__next__` may use the deque). With `maxlen=0` the iterable is still
/// consumed, as CPython's.
pub(super) fn extend_with(
    vm: &mut Vm,
    this: &Value,
    cell: &RefCell<DequeData>,
    iterable: &Value,
    end: End,
) -> PyResult<()> {
    let snapshot = match iterable {
        _ if iterable.is(this) => Some(cell.borrow().items.iter().cloned().collect()),
        Value::List(l) => Some(l.snapshot()),
        Value::Tuple(t) => Some(t.items.to_vec()),
        _ => None,
    };
    if let Some(items) = snapshot {
        let mut trimmed = Vec::new();
        {
            let mut d = cell.borrow_mut();
            for x in items {
                trimmed.extend(d.push(x, end));
            }
        }
        crate::runtime::drop::drop_values(trimmed);
        return Ok(());
    }
    let it = vm.get_iter(iterable)?;
    while let Some(x) = vm.next(&it)? {
        let trimmed = cell.borrow_mut().push(x, end);
        drop(trimmed);
    }
    Ok(())
}

fn clear(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (_, cell) = this(vm, &args, "clear")?;
    Signature::no_args("deque.clear").none_method(&args)?;
    let old = cell.borrow_mut().take_all();
    crate::runtime::drop::drop_values(old.into());
    Ok(Value::None)
}

fn reverse(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (_, cell) = this(vm, &args, "reverse")?;
    Signature::no_args("deque.reverse").none_method(&args)?;
    cell.borrow_mut().items.make_contiguous().reverse();
    Ok(Value::None)
}

const ROTATE: Signature = Signature::new("deque.rotate", &["n"])
    .required(0)
    .positional_only("deque.rotate");

fn rotate(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (_, cell) = this(vm, &args, "rotate")?;
    let a = ROTATE.positional_method(&args)?;
    let n = match a.first() {
        Some(v) => ssize_arg(vm, v)?,
        None => 1,
    };
    cell.borrow_mut().rotate(n);
    Ok(Value::None)
}

/// The item at position `i` (None past the end), cloned with the borrow released at once.
#[inline]
fn item_at(cell: &RefCell<DequeData>, i: usize) -> Option<Value> {
    cell.borrow().items.get(i).cloned()
}

#[inline]
fn state_of(cell: &RefCell<DequeData>) -> u64 {
    cell.borrow().state
}

/// CPython's search loop: `x` compared with the items from `from` to `to` in turn
/// (the deque's items re-read each time, the borrow released while `__eq__` runs);
/// after each comparison `step(i, found, mutated)` may end the search with a result.
fn scan<R>(
    vm: &mut Vm,
    cell: &RefCell<DequeData>,
    x: &Value,
    from: usize,
    to: usize,
    mut step: impl FnMut(usize, bool, bool) -> Option<PyResult<R>>,
) -> PyResult<Option<R>> {
    let start = state_of(cell);
    for i in from..to {
        let Some(item) = item_at(cell, i) else {
            break;
        };
        let found = vm.eq(&item, x)?;
        if let Some(r) = step(i, found, state_of(cell) != start) {
            return r.map(Some);
        }
    }
    Ok(None)
}

fn count(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (_, cell) = this(vm, &args, "count")?;
    let x = Signature::one_arg("deque.count").one_method(&args)?;
    let mut n = 0i64;
    scan(vm, cell, x, 0, usize::MAX, |_, found, mutated| {
        n += found as i64;
        mutated.then(|| Err::<(), _>(mutated_during_iteration()))
    })?;
    Ok(Value::Int(n))
}

/// `x in d`: a match wins over a mutation made by the comparison that found it.
fn contains(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (_, cell) = this(vm, &args, "__contains__")?;
    let x = Signature::one_arg("deque.__contains__").one_method(&args)?;
    let found = scan(vm, cell, x, 0, usize::MAX, first_match)?;
    Ok(Value::Bool(found.is_some()))
}

/// The step of `in` and `index`: a match ends the search, else a mutation fails it.
fn first_match(i: usize, found: bool, mutated: bool) -> Option<PyResult<usize>> {
    match (found, mutated) {
        (true, _) => Some(Ok(i)),
        (false, true) => Some(Err(mutated_during_iteration())),
        (false, false) => None,
    }
}

const INDEX: Signature = Signature::new("index", &["value", "start", "stop"])
    .required(1)
    .parse_tuple("deque.index");

/// `index(x[, start[, stop]])`: bounds as slice indices (huge ones clamp), a match
/// wins even when the comparison mutated the deque, as CPython's.
fn index(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (_, cell) = this(vm, &args, "index")?;
    let a = INDEX.positional_method(&args)?;
    let len = cell.borrow().len() as i64;
    let clamp = |i: i64| if i < 0 { (i + len).max(0) } else { i.min(len) };
    let start = match a.get(1) {
        Some(v) => clamp(search_bound(vm, v)?),
        None => 0,
    };
    let stop = match a.get(2) {
        Some(v) => clamp(search_bound(vm, v)?),
        None => len,
    };
    if let Some(i) = scan(vm, cell, &a[0], start as usize, stop as usize, first_match)? {
        return Ok(Value::Int(i as i64));
    }
    let r = vm.repr(&a[0])?;
    Err(value_error(format!("{r} is not in deque")))
}

/// A bound of `index` (CPython's `_PyEval_SliceIndexNotNone`): an int or `__index__`,
/// clamped to the `ssize_t` range.
fn search_bound(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    if as_int(v).is_none() && vm.type_of(v).lookup_str("__index__").is_none() {
        return Err(type_error(
            "slice indices must be integers or have an __index__ method",
        ));
    }
    super::slice_bound(vm, v)
}

const INSERT: Signature =
    Signature::new("insert", &["index", "object"]).parse_tuple("deque.insert");

fn insert(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (_, cell) = this(vm, &args, "insert")?;
    let a = INSERT.positional_method(&args)?;
    let i = ssize_arg(vm, &a[0])?;
    let mut d = cell.borrow_mut();
    if d.maxlen == Some(d.len()) {
        return Err(index_error("deque already at its maximum size"));
    }
    d.insert(i, a[1].clone());
    Ok(Value::None)
}

/// `remove(x)`: CPython's order of checks, a mutation by the comparison first (an
/// IndexError here), then the match.
fn remove(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (_, cell) = this(vm, &args, "remove")?;
    let x = Signature::one_arg("deque.remove").one_method(&args)?;
    let at = scan(
        vm,
        cell,
        x,
        0,
        usize::MAX,
        |i, found, mutated| match mutated {
            true => Some(Err(index_error("deque mutated during iteration"))),
            false => found.then_some(Ok(i)),
        },
    )?;
    if let Some(i) = at {
        let removed = cell.borrow_mut().remove_at(i);
        drop(removed);
        return Ok(Value::None);
    }
    let r = vm.repr(x)?;
    Err(value_error(format!("{r} is not in deque")))
}

fn dunder_len(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (_, cell) = this(vm, &args, "__len__")?;
    Signature::no_args("deque.__len__").none_method(&args)?;
    Ok(Value::Int(cell.borrow().len() as i64))
}

/// The position `d[key]` names: an int or `__index__` (too large is IndexError), in
/// range after adding the length to a negative one.
fn subscript(vm: &mut Vm, cell: &RefCell<DequeData>, key: &Value) -> PyResult<usize> {
    let i = match as_int(key) {
        Some(Int::Small(i)) => i,
        Some(Int::Big(_)) => return Err(too_big_index()),
        None => {
            if vm.type_of(key).lookup_str("__index__").is_none() {
                return Err(type_error(format!(
                    "sequence index must be integer, not '{}'",
                    type_name(vm, key)
                )));
            }
            match index_int(vm, key)? {
                Int::Small(i) => i,
                Int::Big(_) => return Err(too_big_index()),
            }
        }
    };
    cell.borrow()
        .position(i)
        .ok_or_else(|| index_error("deque index out of range"))
}

#[cold]
fn too_big_index() -> PyErr {
    index_error("cannot fit 'int' into an index-sized integer")
}

fn getitem(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (_, cell) = this(vm, &args, "__getitem__")?;
    let key = Signature::one_arg("deque.__getitem__").one_method(&args)?;
    let i = subscript(vm, cell, key)?;
    item_at(cell, i).ok_or_else(|| index_error("deque index out of range"))
}

const SETITEM: Signature =
    Signature::new("__setitem__", &["key", "value"]).positional_only("deque.__setitem__");

fn setitem(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (_, cell) = this(vm, &args, "__setitem__")?;
    let a = SETITEM.positional_method(&args)?;
    let i = subscript(vm, cell, &a[0])?;
    let old = std::mem::replace(&mut cell.borrow_mut().items[i], a[1].clone());
    drop(old);
    Ok(Value::None)
}

fn delitem(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (_, cell) = this(vm, &args, "__delitem__")?;
    let key = Signature::one_arg("deque.__delitem__").one_method(&args)?;
    let i = subscript(vm, cell, key)?;
    let removed = cell.borrow_mut().remove_at(i);
    drop(removed);
    Ok(Value::None)
}
