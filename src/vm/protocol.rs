//! The object protocols the VM and the builtins share: type, truth, length, repr/str,
//! hashing, iteration, subscription and containment — native for builtin types, through
//! dunder methods for instances.

use super::resume::{GenStep, Resume};
use super::Vm;
use crate::ast::BinOp;
use crate::compiler::bytecode::CodeKind;
use crate::runtime::builtins::memoryview_type;
use crate::runtime::class::{Class, Payload};
use crate::runtime::error::{index_error, key_error, type_error, PyErr, PyResult};
use crate::runtime::hashing::{fast_hash, identity_hash};
use crate::runtime::iter::{DictView, IterObj, IterState};
use crate::runtime::native::NativeData;
use crate::runtime::set::PySet;
use crate::runtime::value::Value;
use num_traits::ToPrimitive;
use std::rc::Rc;

impl Vm {
    /// `type(v)`.
    pub fn type_of(&self, v: &Value) -> Rc<Class> {
        let t = self.types();
        match v {
            Value::None => t.none_type.clone(),
            Value::Bool(_) => t.bool_class(),
            Value::Int(_) | Value::BigInt(_) => t.int.clone(),
            Value::Float(_) => t.float.clone(),
            Value::Str(_) => t.str.clone(),
            Value::List(_) => t.list.clone(),
            Value::Tuple(_) => t.tuple.clone(),
            Value::Dict(_) => t.dict.clone(),
            Value::Set(s) => {
                if s.frozen {
                    t.frozenset.clone()
                } else {
                    t.set.clone()
                }
            }
            Value::Function(_) => t.function.clone(),
            Value::BoundMethod(_) => t.method.clone(),
            Value::Builtin(_) => t.builtin_function.clone(),
            Value::Class(c) => match &c.meta {
                None => t.type_.clone(),
                Some(m) => m.clone(),
            },
            Value::Instance(i) => i.class.clone(),
            Value::Generator(g) => match g.kind {
                CodeKind::Coroutine => t.coroutine.clone(),
                CodeKind::AsyncGenerator => t.async_generator.clone(),
                _ => t.generator.clone(),
            },
            Value::Iter(it) => t.iterator_class(it.type_name()),
            Value::Native(n) => n.class.clone(),
        }
    }

    pub fn isinstance(&self, v: &Value, cls: &Rc<Class>) -> bool {
        let t = self.type_of(v);
        if t.is_subclass(cls) {
            return true;
        }
        // bool is a subclass of int.
        matches!(v, Value::Bool(_)) && Rc::ptr_eq(cls, &self.types().int)
    }

    pub fn truthy(&mut self, v: &Value) -> PyResult<bool> {
        Ok(match v {
            Value::None => false,
            Value::Bool(b) => *b,
            Value::Int(i) => *i != 0,
            Value::Float(f) => *f != 0.0,
            Value::BigInt(_) => true,
            Value::Str(s) => !s.as_str().is_empty(),
            Value::List(l) => !l.is_empty(),
            Value::Tuple(t) => !t.items.is_empty(),
            Value::Dict(d) => !d.is_empty(),
            Value::Set(s) => !s.is_empty(),
            // A deque itself (its class is builtin, so nothing overrides `__len__`).
            Value::Instance(inst) if inst.class.is_builtin && inst.deque().is_some() => {
                inst.deque().is_some_and(|d| !d.borrow().is_empty())
            }
            Value::Instance(_) => {
                let cls = self.type_of(v);
                let stamp = cls.mro_stamp();
                if cls.always_true.get() == stamp {
                    return Ok(true);
                }
                let names = self.names.clone();
                if let Some(m) = cls.lookup(&names.bool_) {
                    let r = self.call_special(&m, &cls, [v.clone()])?;
                    return match r {
                        Value::Bool(b) => Ok(b),
                        other => Err(type_error(format!(
                            "__bool__ should return bool, returned {}",
                            self.type_of(&other).name()
                        ))),
                    };
                }
                if cls.lookup(&names.len).is_some() {
                    return Ok(self.len(v)? != 0);
                }
                cls.always_true.set(stamp);
                true
            }
            Value::Native(n) => match &n.data {
                NativeData::Range { .. } => self.len(v)? != 0,
                NativeData::BigRange(r) => !num_traits::Zero::is_zero(&r.len),
                NativeData::Bytes(b) => !b.is_empty(),
                NativeData::ByteArray(b) => !b.borrow().is_empty(),
                NativeData::MemoryView(_) => memoryview_type::len(v)? != 0,
                NativeData::Complex(z) => !z.is_zero(),
                _ => true,
            },
            _ => true,
        })
    }

    pub fn len(&mut self, v: &Value) -> PyResult<usize> {
        match v {
            Value::Str(s) => Ok(s.char_len()),
            Value::List(l) => Ok(l.len()),
            Value::Tuple(t) => Ok(t.items.len()),
            Value::Dict(d) => Ok(d.len()),
            Value::Set(s) => Ok(s.len()),
            Value::Native(n) => match &n.data {
                NativeData::Range { start, stop, step } => {
                    Ok(crate::runtime::builtins::range_len(*start, *stop, *step)? as usize)
                }
                NativeData::BigRange(r) => Ok(r.len_i64()? as usize),
                NativeData::Bytes(b) => Ok(b.len()),
                NativeData::ByteArray(b) => Ok(b.borrow().len()),
                NativeData::MemoryView(_) => memoryview_type::len(v),
                _ => self.len_dunder(v),
            },
            Value::Instance(inst) if inst.class.is_builtin => match inst.deque() {
                Some(d) => Ok(d.borrow().len()),
                None => self.len_dunder(v),
            },
            _ => self.len_dunder(v),
        }
    }

    fn len_dunder(&mut self, v: &Value) -> PyResult<usize> {
        let cls = self.type_of(v);
        match cls.lookup(&self.names.len) {
            Some(m) if matches!(v, Value::Instance(_) | Value::Class(_)) => {
                let r = self.call_special(&m, &cls, [v.clone()])?;
                match r {
                    Value::Int(i) if i >= 0 => Ok(i as usize),
                    Value::Bool(b) => Ok(b as usize),
                    other => len_result(self, &other),
                }
            }
            _ => Err(type_error(format!(
                "object of type '{}' has no len()",
                cls.name()
            ))),
        }
    }

    pub fn hash(&mut self, v: &Value) -> PyResult<i64> {
        if let Some(h) = fast_hash(v) {
            return Ok(h);
        }
        if let Value::Instance(inst) = v {
            return self.instance_hash(v, inst);
        }
        let cls = self.type_of(v);
        match v {
            Value::Tuple(t) => {
                let items = t.items.to_vec();
                let mut hs = Vec::with_capacity(items.len());
                for item in &items {
                    hs.push(self.hash(item)?);
                }
                Ok(crate::runtime::hashing::tuple_hash(hs.into_iter()))
            }
            Value::Native(n) => match &n.data {
                NativeData::Slice { .. } => Err(unhashable("slice")),
                NativeData::ByteArray(_) => Err(unhashable("bytearray")),
                NativeData::MemoryView(_) => memoryview_type::hash(self, v),
                NativeData::Range { .. } | NativeData::BigRange(_) => {
                    match crate::runtime::builtins::range_big::range_hash(self, v) {
                        Some(h) => h,
                        None => Ok(identity_hash(v)),
                    }
                }
                _ => Ok(identity_hash(v)),
            },
            _ => Err(unhashable(&cls.name())),
        }
    }

    /// `hash(inst)`: one lookup of `__hash__` in the class decides between the
    /// identity (object's), a builtin base's hash of the wrapped value (an `int` or
    /// `str` subclass that does not override it), the user's method, and unhashable
    /// (`__hash__ = None`, set or inherited from list, dict, ...: named as the
    /// instance's own class).
    fn instance_hash(
        &mut self,
        v: &Value,
        inst: &crate::runtime::instance_ref::InstanceRef,
    ) -> PyResult<i64> {
        let cls = &inst.class;
        let found = cls.lookup(&self.names.hash);
        match found {
            Some(Value::None) => Err(unhashable(&cls.tp_name())),
            // A builtin type's own method (object's or the builtin base's), or none.
            Some(Value::Builtin(ref b)) if b.binds_as_method() => {
                self.base_or_identity_hash(v, inst)
            }
            None => self.base_or_identity_hash(v, inst),
            // A builtin that does not bind (a function stored as `__hash__`): the
            // identity, as before.
            Some(Value::Builtin(_)) => Ok(identity_hash(v)),
            Some(m) => {
                let cls = self.type_of(v);
                let r = self.call_special(&m, &cls, [v.clone()])?;
                match r {
                    Value::Int(i) => Ok(if i == -1 { -2 } else { i }),
                    Value::BigInt(b) => Ok(crate::runtime::hashing::bigint_hash(&b)),
                    Value::Bool(b) => Ok(b as i64),
                    _ => Err(type_error("__hash__ method should return an integer")),
                }
            }
        }
    }

    /// The hash of a builtin subclass's wrapped value, or the instance's identity.
    #[inline]
    fn base_or_identity_hash(
        &mut self,
        v: &Value,
        inst: &crate::runtime::instance_ref::InstanceRef,
    ) -> PyResult<i64> {
        if let Payload::Base(base) = inst.payload() {
            let base = base.borrow().clone();
            if !base.is_none() && !matches!(base, Value::Instance(_)) {
                return self.hash(&base);
            }
        }
        Ok(identity_hash(v))
    }

    pub fn get_iter(&mut self, v: &Value) -> PyResult<Value> {
        Ok(match v {
            Value::List(l) => IterObj::new_value(IterState::List {
                list: l.clone(),
                index: 0,
            }),
            Value::Tuple(t) => IterObj::new_value(IterState::Tuple {
                tuple: t.clone(),
                index: 0,
            }),
            Value::Str(s) => IterObj::new_value(IterState::Str {
                s: s.clone(),
                byte: 0,
            }),
            Value::Dict(d) => IterObj::new_value(IterState::Dict {
                dict: d.clone(),
                pos: 0,
                len: d.len(),
                left: d.len(),
                view: DictView::Keys,
                last: None,
            }),
            Value::Set(s) => IterObj::new_value(IterState::Set {
                set: s.clone(),
                pos: 0,
                len: s.len(),
            }),
            Value::Iter(_) => v.clone(),
            Value::Generator(g) if g.kind == CodeKind::Generator => v.clone(),
            Value::Native(n) => match &n.data {
                NativeData::Range { start, stop, step } => IterObj::new_value(IterState::Range(
                    crate::runtime::iter::RangeIter::new(*start, *stop, *step),
                )),
                NativeData::BigRange(r) => {
                    crate::runtime::builtins::range_big::iter_value(r, false)
                }
                // Items are read one at a time, so a bytearray's iterator sees it grow
                // or shrink, as CPython's.
                NativeData::Bytes(_) | NativeData::ByteArray(_) => {
                    IterObj::new_value(IterState::Bytes {
                        bytes: v.clone(),
                        index: 0,
                        reverse: false,
                    })
                }
                NativeData::MemoryView(_) => memoryview_type::iter(self.types(), v)?,
                _ => return self.iter_dunder(v),
            },
            _ => return self.iter_dunder(v),
        })
    }

    fn iter_dunder(&mut self, v: &Value) -> PyResult<Value> {
        let cls = self.type_of(v);
        if let Some(m) = cls.lookup(&self.names.iter) {
            if let Some(g) = self.generator_of_iter(v, &m) {
                return Ok(Value::Generator(g));
            }
            if !matches!(m, Value::None) {
                let it = self.call_special(&m, &cls, [v.clone()])?;
                let itcls = self.type_of(&it);
                if itcls.lookup(&self.names.next).is_none()
                    && !matches!(it, Value::Iter(_) | Value::Generator(_))
                {
                    return Err(type_error(format!(
                        "iter() returned non-iterator of type '{}'",
                        itcls.name()
                    )));
                }
                return Ok(it);
            }
        }
        if cls.lookup(&self.names.getitem).is_some() && matches!(v, Value::Instance(_)) {
            return Ok(IterObj::new_value(IterState::Sequence {
                obj: v.clone(),
                index: 0,
            }));
        }
        Err(type_error(format!(
            "'{}' object is not iterable",
            cls.name()
        )))
    }

    /// Advance an iterator: `Some(item)` or `None` when exhausted. A generator's return
    /// value is kept for `take_stop_value` (for `yield from` over native iterators).
    pub fn next(&mut self, it: &Value) -> PyResult<Option<Value>> {
        match it {
            Value::Iter(obj) => self.next_native(obj),
            Value::Generator(g) => {
                let g = g.clone();
                match self.gen_resume(&g, Resume::Send(Value::None))? {
                    GenStep::Yield(v) => Ok(Some(v)),
                    GenStep::Return(v) => {
                        self.stop_value = v;
                        Ok(None)
                    }
                }
            }
            Value::Native(_) => match crate::runtime::io::file::iter_next(self, it) {
                Some(Ok(None)) => {
                    self.stop_value = Value::None;
                    Ok(None)
                }
                Some(line) => line,
                None => self.next_by_method(it),
            },
            _ => self.next_by_method(it),
        }
    }

    /// A `map` object's next item: `func` of the next item of each iterator.
    #[inline(never)]
    fn map_next(&mut self, func: &Value, iters: &[Value]) -> PyResult<Option<Value>> {
        if let [it] = iters {
            // One iterable (the common `map(f, xs)`): its item is the argument, with no
            // argument vector.
            return match self.next(it)? {
                Some(v) => Ok(Some(self.call_args(func, [v])?)),
                None => Ok(None),
            };
        }
        let mut args = Vec::with_capacity(iters.len());
        for it in iters {
            match self.next(it)? {
                Some(v) => args.push(v),
                None => return Ok(None),
            }
        }
        Ok(Some(self.call_args(func, args)?))
    }

    /// `next` through the type's `__next__`, StopIteration meaning the end.
    fn next_by_method(&mut self, it: &Value) -> PyResult<Option<Value>> {
        let cls = self.type_of(it);
        match cls.lookup(&self.names.next) {
            Some(m) => match self.call_special(&m, &cls, [it.clone()]) {
                Ok(v) => Ok(Some(v)),
                Err(e) if e.is_instance(&self.types().stop_iteration) => {
                    self.stop_value = super::resume::stop_iteration_value(&e);
                    Ok(None)
                }
                Err(e) => Err(e),
            },
            None => Err(type_error(format!(
                "'{}' object is not an iterator",
                cls.name()
            ))),
        }
    }

    pub fn take_stop_value(&mut self) -> Value {
        std::mem::replace(&mut self.stop_value, Value::None)
    }

    fn next_native(&mut self, obj: &Rc<IterObj>) -> PyResult<Option<Value>> {
        // States that need Python code are advanced with the borrow released.
        let mut st = obj.state.borrow_mut();
        match &mut *st {
            IterState::Range(r) => Ok(r.next_value().map(Value::Int)),
            IterState::BigRange(r) => Ok(r.next_value()),
            IterState::List { list, index } => {
                let item = list.get(*index);
                if item.is_some() {
                    *index += 1;
                }
                Ok(item)
            }
            IterState::ListReversed { list, index } => {
                if *index == 0 {
                    return Ok(None);
                }
                *index -= 1;
                Ok(list.get(*index))
            }
            IterState::Tuple { tuple, index } => {
                let item = tuple.items.get(*index).cloned();
                if item.is_some() {
                    *index += 1;
                }
                Ok(item)
            }
            IterState::TupleReversed { tuple, left } => {
                if *left == 0 {
                    return Ok(None);
                }
                *left -= 1;
                Ok(tuple.items.get(*left).cloned())
            }
            IterState::Bytes {
                bytes,
                index,
                reverse,
            } => {
                let at = *index;
                let byte = crate::runtime::bytes::with_bytes(bytes, |b| {
                    b.get(if *reverse {
                        b.len().wrapping_sub(at + 1)
                    } else {
                        at
                    })
                    .copied()
                });
                Ok(byte.flatten().map(|x| {
                    *index += 1;
                    Value::Int(x as i64)
                }))
            }
            IterState::StrReversed { s, end } => {
                let before = &s.as_str()[..*end];
                match before.chars().next_back() {
                    Some(c) => {
                        *end -= c.len_utf8();
                        Ok(Some(self.names.small.char(c)))
                    }
                    None => Ok(None),
                }
            }
            IterState::Str { s, byte } => {
                let rest = &s.as_str()[*byte..];
                match rest.chars().next() {
                    Some(c) => {
                        *byte += c.len_utf8();
                        Ok(Some(self.names.small.char(c)))
                    }
                    None => Ok(None),
                }
            }
            IterState::Dict {
                dict,
                pos,
                len,
                left,
                view,
                last,
            } => {
                if dict.len() != *len {
                    *len = usize::MAX;
                    return Err(crate::runtime::error::runtime_error(
                        "dictionary changed size during iteration",
                    ));
                }
                match dict.entry_from(*pos) {
                    Some(_) if *left == 0 => {
                        *pos = usize::MAX;
                        Err(crate::runtime::error::runtime_error(
                            "dictionary keys changed during iteration",
                        ))
                    }
                    Some((i, k, v)) => {
                        *pos = i + 1;
                        *left -= 1;
                        Ok(Some(match view {
                            DictView::Keys => k,
                            DictView::Values => v,
                            DictView::Items => crate::runtime::iter::refill_tuple(last, [k, v]),
                        }))
                    }
                    None => Ok(None),
                }
            }
            IterState::Set { set, pos, len } => {
                if set.len() != *len {
                    *len = usize::MAX;
                    return Err(crate::runtime::error::runtime_error(
                        "Set changed size during iteration",
                    ));
                }
                match set.item_from(*pos) {
                    Some((i, k)) => {
                        *pos = i + 1;
                        Ok(Some(k))
                    }
                    None => Ok(None),
                }
            }
            IterState::Values { items, index } => {
                let item = items.get(*index).cloned();
                if item.is_some() {
                    *index += 1;
                }
                Ok(item)
            }
            IterState::Exhausted => Ok(None),
            IterState::Combinatoric(p) => match p.next_tuple() {
                Some(t) => Ok(Some(Value::Tuple(t))),
                None => {
                    *st = IterState::Exhausted;
                    Ok(None)
                }
            },
            IterState::Deque(walk) => walk.next_item(),
            IterState::Count { next, step } => {
                if let (Value::Int(n), Value::Int(s)) = (&*next, &*step) {
                    if let Some(sum) = n.checked_add(*s) {
                        return Ok(Some(std::mem::replace(next, Value::Int(sum))));
                    }
                }
                drop(st);
                self.count_next(obj).map(Some)
            }
            IterState::GroupBy(_) => {
                drop(st);
                self.groupby_next(obj)
            }
            IterState::Grouper { .. } => {
                drop(st);
                self.grouper_next(obj)
            }
            IterState::Islice { .. } => {
                drop(st);
                self.islice_next(obj)
            }
            IterState::ZipLongest(_) => {
                drop(st);
                self.zip_longest_next(obj)
            }
            IterState::Tool(tool) => match tool.next_plain() {
                Some(item) => Ok(item),
                None => {
                    drop(st);
                    self.tool_next(obj)
                }
            },
            IterState::Enumerate { inner, count, .. } => {
                let inner = inner.clone();
                let c = *count;
                drop(st);
                match self.next(&inner)? {
                    Some(v) => {
                        if let IterState::Enumerate { count, last, .. } =
                            &mut *obj.state.borrow_mut()
                        {
                            *count += 1;
                            return Ok(Some(crate::runtime::iter::refill_tuple(
                                last,
                                [Value::Int(c), v],
                            )));
                        }
                        Ok(Some(Value::tuple(vec![Value::Int(c), v])))
                    }
                    None => Ok(None),
                }
            }
            IterState::Zip { iters, strict, .. } => {
                let iters = iters.clone();
                let strict = *strict;
                drop(st);
                let mut items = Vec::with_capacity(iters.len());
                for (i, it) in iters.iter().enumerate() {
                    match self.next(it)? {
                        Some(v) => items.push(v),
                        None => {
                            if strict && i > 0 {
                                return Err(crate::runtime::error::value_error(format!(
                                    "zip() argument {} is shorter than argument{} {}",
                                    i + 1,
                                    if i == 1 { "" } else { "s" },
                                    if i == 1 {
                                        "1".to_string()
                                    } else {
                                        format!("1-{i}")
                                    }
                                )));
                            }
                            if strict {
                                for (j, rest) in iters.iter().enumerate().skip(1) {
                                    if self.next(rest)?.is_some() {
                                        return Err(crate::runtime::error::value_error(format!(
                                            "zip() argument {} is longer than argument{} {}",
                                            j + 1,
                                            if j == 1 { "" } else { "s" },
                                            if j == 1 {
                                                "1".to_string()
                                            } else {
                                                format!("1-{j}")
                                            }
                                        )));
                                    }
                                }
                            }
                            *obj.state.borrow_mut() = IterState::Exhausted;
                            return Ok(None);
                        }
                    }
                }
                if iters.is_empty() {
                    return Ok(None);
                }
                if let IterState::Zip { last, .. } = &mut *obj.state.borrow_mut() {
                    return Ok(Some(crate::runtime::iter::refill_tuple(last, items)));
                }
                Ok(Some(Value::tuple(items)))
            }
            IterState::Map { func, iters } => {
                let func = func.clone();
                let iters = iters.clone();
                drop(st);
                self.map_next(&func, &iters)
            }
            IterState::Filter { func, inner } => {
                let func = func.clone();
                let inner = inner.clone();
                drop(st);
                while let Some(v) = self.next(&inner)? {
                    let keep = if func.is_none() {
                        self.truthy(&v)?
                    } else {
                        let r = self.call_args(&func, [v.clone()])?;
                        self.truthy(&r)?
                    };
                    if keep {
                        return Ok(Some(v));
                    }
                }
                Ok(None)
            }
            IterState::Sequence { obj: seq, index } => {
                let seq = seq.clone();
                let i = *index;
                drop(st);
                match self.getitem(&seq, &Value::Int(i)) {
                    Ok(v) => {
                        if let IterState::Sequence { index, .. } = &mut *obj.state.borrow_mut() {
                            *index += 1;
                        }
                        Ok(Some(v))
                    }
                    Err(e)
                        if e.is_instance(&self.types().index_error)
                            || e.is_instance(&self.types().stop_iteration) =>
                    {
                        *obj.state.borrow_mut() = IterState::Exhausted;
                        Ok(None)
                    }
                    Err(e) => Err(e),
                }
            }
            IterState::Callable { func, sentinel } => {
                let func = func.clone();
                let sentinel = sentinel.clone();
                drop(st);
                let v = self.call_args(&func, [])?;
                if self.eq(&v, &sentinel)? {
                    *obj.state.borrow_mut() = IterState::Exhausted;
                    return Ok(None);
                }
                Ok(Some(v))
            }
        }
    }

    /// Iterate an iterable to the end.
    pub fn collect(&mut self, v: &Value) -> PyResult<Vec<Value>> {
        match v {
            Value::List(l) => return Ok(l.snapshot()),
            Value::Tuple(t) => return Ok(t.items.to_vec()),
            _ => {}
        }
        let it = self.get_iter(v)?;
        self.collect_iter(&it)
    }

    /// The items left in an iterator, as a vector.
    pub fn collect_iter(&mut self, it: &Value) -> PyResult<Vec<Value>> {
        let mut out = crate::runtime::alloc::vec_with_capacity(known_length(it)?)?;
        while let Some(x) = self.next(it)? {
            out.push(x);
        }
        Ok(out)
    }

    pub fn getitem(&mut self, obj: &Value, key: &Value) -> PyResult<Value> {
        if let (Value::List(_) | Value::Tuple(_) | Value::Str(_), Value::Instance(_)) = (obj, key) {
            let key_type = self.type_of(key);
            if let Some(m) = key_type.lookup_str("__index__") {
                let i = self.call_special(&m, &key_type, [key.clone()])?;
                return self.getitem(obj, &i);
            }
        }
        match (obj, key) {
            (Value::List(l), Value::Int(i)) => {
                let items = l.items.borrow();
                let Some(j) = seq_index(*i, items.len()) else {
                    return Err(index_error("list index out of range"));
                };
                Ok(items[j].clone())
            }
            (Value::Tuple(t), Value::Int(i)) => {
                let Some(j) = seq_index(*i, t.items.len()) else {
                    return Err(index_error("tuple index out of range"));
                };
                Ok(t.items[j].clone())
            }
            (Value::Str(s), Value::Int(i)) => {
                let Some(j) = seq_index(*i, s.char_len()) else {
                    return Err(index_error("string index out of range"));
                };
                Ok(self.names.small.char(s.char_at(j).unwrap_or(' ')))
            }
            (Value::Dict(d), _) => match d.get_item(self, key)? {
                Some(v) => Ok(v),
                None => {
                    if let Some(Value::Dict(_)) = None::<Value> {}
                    Err(key_error(key.clone()))
                }
            },
            (Value::List(_) | Value::Tuple(_) | Value::Str(_), Value::Native(n))
                if matches!(n.data, NativeData::Slice { .. }) =>
            {
                self.slice_get(obj, key)
            }
            (Value::List(_) | Value::Tuple(_) | Value::Str(_), Value::Bool(b)) => {
                self.getitem(obj, &Value::Int(*b as i64))
            }
            (Value::List(_) | Value::Tuple(_) | Value::Str(_), Value::BigInt(_)) => {
                Err(index_error("cannot fit 'int' into an index-sized integer"))
            }
            (Value::Native(n), _) if matches!(n.data, NativeData::Range { .. }) => {
                let NativeData::Range { start, stop, step } = n.data else {
                    unreachable!()
                };
                crate::runtime::builtins::range_getitem(self, start, stop, step, key)
            }
            (Value::Native(n), _) if matches!(n.data, NativeData::BigRange(_)) => {
                let NativeData::BigRange(r) = &n.data else {
                    unreachable!()
                };
                crate::runtime::builtins::range_big::getitem(self, r, key)
            }
            (Value::Native(n), _)
                if matches!(n.data, NativeData::Bytes(_) | NativeData::ByteArray(_)) =>
            {
                crate::runtime::builtins::bytes_getitem(self, obj, key)
            }
            (Value::Native(n), _) if matches!(n.data, NativeData::MemoryView(_)) => {
                memoryview_type::getitem(self, obj, key)
            }
            (Value::Instance(inst), _) => {
                let cls = inst.class.clone();
                let getitem = cls.lookup(&self.names.getitem);
                // dict subclasses: a missing key goes to __missing__.
                if let (Payload::Base(base), Some(Value::Builtin(_)) | None) =
                    (inst.payload(), &getitem)
                {
                    let base = base.borrow().clone();
                    if let Value::Dict(d) = &base {
                        if let Some(v) = d.get_item(self, key)? {
                            return Ok(v);
                        }
                        if let Some(m) = cls.lookup_str("__missing__") {
                            return self.call_special(&m, &cls, [obj.clone(), key.clone()]);
                        }
                        return Err(key_error(key.clone()));
                    }
                }
                match getitem {
                    Some(m) => self.call_special(&m, &cls, [obj.clone(), key.clone()]),
                    None => Err(not_subscriptable(&cls.name())),
                }
            }
            (Value::Class(c), _) => {
                if let Some(m) = super::metaclass::class_meta_method(obj, "__getitem__") {
                    let meta = self.type_of(obj);
                    return self.call_special(&m, &meta, [obj.clone(), key.clone()]);
                }
                if c.is_builtin {
                    let t = self.types();
                    let scalar = [
                        &t.int,
                        &t.float,
                        &t.str,
                        &t.bool_class(),
                        &t.bytes,
                        &t.object,
                    ]
                    .iter()
                    .any(|s| Rc::ptr_eq(s, c));
                    if !scalar {
                        return super::metaclass::generic_alias(self, obj, key);
                    }
                }
                match c.lookup_str("__class_getitem__") {
                    Some(_) => {
                        let m = self.getattr(obj, "__class_getitem__")?;
                        self.call_args(&m, [key.clone()])
                    }
                    None => Err(type_error(format!(
                        "type '{}' is not subscriptable",
                        c.name()
                    ))),
                }
            }
            (Value::Str(_), _) => Err(type_error(format!(
                "string indices must be integers, not '{}'",
                self.type_of(key).name()
            ))),
            (Value::List(_) | Value::Tuple(_), _) => {
                let kind = self.type_of(obj).name();
                Err(type_error(format!(
                    "{kind} indices must be integers or slices, not {}",
                    self.type_of(key).name()
                )))
            }
            // Native classes made in Rust with a `__getitem__` method (`re.Match`).
            (Value::Native(_), _) => {
                let cls = self.type_of(obj);
                match cls.lookup(&self.names.getitem) {
                    Some(m) => self.call_args(&m, [obj.clone(), key.clone()]),
                    None => Err(not_subscriptable(&cls.name())),
                }
            }
            _ => Err(not_subscriptable(&self.type_of(obj).name())),
        }
    }

    pub fn setitem(&mut self, obj: &Value, key: &Value, v: Value) -> PyResult<()> {
        match (obj, key) {
            (Value::List(l), Value::Int(i)) => {
                // Untracked (made by native code) until it holds a container.
                self.gc.track_if_holds(obj, &v);
                let mut items = l.items.borrow_mut();
                let Some(j) = seq_index(*i, items.len()) else {
                    return Err(index_error("list assignment index out of range"));
                };
                let old = std::mem::replace(&mut items[j], v);
                drop(items);
                drop(old);
                Ok(())
            }
            (Value::List(_), Value::Native(n)) if matches!(n.data, NativeData::Slice { .. }) => {
                // Any new item may be a container: tracking costs less than looking.
                self.gc.track(obj);
                self.slice_set(obj, key, v)
            }
            (Value::Dict(d), _) => d.set_item(self, key.clone(), v),
            (Value::Native(n), _) if matches!(n.data, NativeData::ByteArray(_)) => {
                crate::runtime::builtins::bytearray_setitem(self, obj, key, v)
            }
            (Value::Native(n), _) if matches!(n.data, NativeData::MemoryView(_)) => {
                memoryview_type::setitem(self, obj, key, &v)
            }
            (Value::Instance(inst), _) => {
                let cls = inst.class.clone();
                match cls.lookup(&self.names.setitem) {
                    Some(m) => {
                        self.call_special(&m, &cls, [obj.clone(), key.clone(), v])?;
                        Ok(())
                    }
                    None => Err(type_error(format!(
                        "'{}' object does not support item assignment",
                        cls.name()
                    ))),
                }
            }
            _ => Err(type_error(format!(
                "'{}' object does not support item assignment",
                self.type_of(obj).name()
            ))),
        }
    }

    pub fn delitem(&mut self, obj: &Value, key: &Value) -> PyResult<()> {
        match (obj, key) {
            (Value::List(l), Value::Int(i)) => {
                let mut items = l.items.borrow_mut();
                let Some(j) = seq_index(*i, items.len()) else {
                    return Err(index_error("list assignment index out of range"));
                };
                let old = items.remove(j);
                drop(items);
                drop(old);
                Ok(())
            }
            (Value::List(_), Value::Native(n)) if matches!(n.data, NativeData::Slice { .. }) => {
                self.slice_del(obj, key)
            }
            (Value::Native(n), _) if matches!(n.data, NativeData::ByteArray(_)) => {
                crate::runtime::builtins::bytearray_delitem(self, obj, key)
            }
            (Value::Native(n), _) if matches!(n.data, NativeData::MemoryView(_)) => {
                Err(type_error("cannot delete memory"))
            }
            (Value::Dict(d), _) => match d.del_item(self, key)? {
                Some(_) => Ok(()),
                None => Err(key_error(key.clone())),
            },
            (Value::Instance(inst), _) => {
                let cls = inst.class.clone();
                match cls.lookup_str("__delitem__") {
                    Some(m) => {
                        self.call_special(&m, &cls, [obj.clone(), key.clone()])?;
                        Ok(())
                    }
                    None => Err(type_error(format!(
                        "'{}' object doesn't support item deletion",
                        cls.name()
                    ))),
                }
            }
            _ => {
                // CPython's wording differs for types that subscript at all.
                let cls = self.type_of(obj);
                let does = if cls.lookup_str("__getitem__").is_some()
                    || cls.lookup_str("__len__").is_some()
                {
                    "doesn't"
                } else {
                    "does not"
                };
                Err(type_error(format!(
                    "'{}' object {does} support item deletion",
                    cls.name()
                )))
            }
        }
    }

    /// `item in container`.
    pub fn contains(&mut self, container: &Value, item: &Value) -> PyResult<bool> {
        match container {
            Value::Str(s) => match item {
                Value::Str(sub) => {
                    Ok(crate::runtime::str::find_text(s.as_str(), sub.as_str()).is_some())
                }
                other => Err(type_error(format!(
                    "'in <string>' requires string as left operand, not {}",
                    self.type_of(other).name()
                ))),
            },
            Value::Dict(d) => d.contains(self, item),
            Value::Set(s) => s.contains_member(self, item),
            Value::List(l) => {
                // Item by item with the length read again each time, as CPython's
                // `list_contains` (an `__eq__` may change the list), without a copy.
                use crate::runtime::list::Scan;
                let mut i = 0;
                loop {
                    match l.scan_known(item, i, usize::MAX, |a, b| self.eq_known(a, b)) {
                        Scan::Equal(_) => return Ok(true),
                        Scan::End => return Ok(false),
                        Scan::NeedsEq(j) => {
                            let Some(x) = l.get(j) else {
                                return Ok(false);
                            };
                            if self.eq(&x, item)? {
                                return Ok(true);
                            }
                            i = j + 1;
                        }
                    }
                }
            }
            Value::Tuple(t) => {
                for x in t.items.iter() {
                    if self.eq(x, item)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            Value::Native(n) => match &n.data {
                NativeData::Range { start, stop, step } => {
                    crate::runtime::builtins::range_contains(self, *start, *stop, *step, item)
                }
                NativeData::BigRange(r) => {
                    crate::runtime::builtins::range_big::contains(self, r, item)
                }
                NativeData::Bytes(_) | NativeData::ByteArray(_) => {
                    crate::runtime::builtins::bytes_contains(self, container, item)
                }
                _ => self.contains_by_iter(container, item),
            },
            Value::Instance(_) | Value::Class(_) => {
                let cls = self.type_of(container);
                if let Some(m) = cls.lookup(&self.names.contains) {
                    let r = self.call_special(&m, &cls, [container.clone(), item.clone()])?;
                    return self.truthy(&r);
                }
                self.contains_by_iter(container, item)
            }
            _ => self.contains_by_iter(container, item),
        }
    }

    fn contains_by_iter(&mut self, container: &Value, item: &Value) -> PyResult<bool> {
        let it = match self.get_iter(container) {
            Ok(it) => it,
            Err(_) => {
                return Err(type_error(format!(
                    "argument of type '{}' is not iterable",
                    self.type_of(container).name()
                )))
            }
        };
        while let Some(x) = self.next(&it)? {
            if self.eq(&x, item)? {
                return Ok(true);
            }
        }
        Ok(false)
    }

    /// Set algebra for `|`, `&`, `^`, `-`, keeping CPython's element order.
    pub(crate) fn set_operator(
        &mut self,
        op: BinOp,
        x: &Rc<PySet>,
        y: &Rc<PySet>,
    ) -> PyResult<Value> {
        use crate::runtime::builtins::set_methods as sets;
        let out = match op {
            BinOp::BitOr => sets::set_union(self, x, y)?,
            BinOp::BitAnd => sets::set_intersection(self, x, y)?,
            BinOp::Sub => sets::set_difference(self, x, y)?,
            _ => sets::set_symmetric_difference(self, x, y)?,
        };
        Ok(Value::Set(out))
    }

    /// Raise-site helper: the PyErr for an object that is not an exception.
    pub fn error_value(&self, e: &PyErr) -> Value {
        e.value(self.types())
    }

    /// Resolve a slice against a length: (start, stop, step, count) as CPython's
    /// PySlice_AdjustIndices. `len` is read after the bounds' `__index__` methods ran.
    pub fn slice_indices(
        &mut self,
        slice: &Value,
        len: impl FnOnce() -> usize,
    ) -> PyResult<(i64, i64, i64, usize)> {
        let Value::Native(n) = slice else {
            return Err(type_error("expected a slice"));
        };
        let NativeData::Slice { start, stop, step } = &n.data else {
            return Err(type_error("expected a slice"));
        };
        let (start, stop, step) = (start.clone(), stop.clone(), step.clone());
        let (start, stop, step) =
            crate::runtime::builtins::range::slice_indices(self, &start, &stop, &step, || {
                len() as i64
            })?;
        let count = if step < 0 {
            if stop < start {
                ((start - stop - 1) / (-step) + 1) as usize
            } else {
                0
            }
        } else if start < stop {
            ((stop - start - 1) / step + 1) as usize
        } else {
            0
        };
        Ok((start, stop, step, count))
    }

    fn slice_get(&mut self, obj: &Value, slice: &Value) -> PyResult<Value> {
        match obj {
            Value::List(l) => {
                let (start, _, step, count) = self.slice_indices(slice, || l.len())?;
                // Cloning a value runs no Python code, so the borrow cannot be seen.
                let items = l.items.borrow();
                if step == 1 {
                    let start = start as usize;
                    return Ok(Value::list(items[start..start + count].to_vec()));
                }
                let out = (0..count)
                    .map(|k| items[(start + k as i64 * step) as usize].clone())
                    .collect();
                Ok(Value::list(out))
            }
            Value::Tuple(t) => {
                let (start, _, step, count) = self.slice_indices(slice, || t.items.len())?;
                if step == 1 && count == t.items.len() {
                    return Ok(obj.clone());
                }
                let out = (0..count)
                    .map(|k| t.items[(start + k as i64 * step) as usize].clone())
                    .collect();
                Ok(Value::tuple(out))
            }
            Value::Str(s) => {
                let (start, _, step, count) = self.slice_indices(slice, || s.char_len())?;
                if step == 1 {
                    return Ok(self.names.small.slice(s, start as usize, count));
                }
                Ok(Value::from_string(stepped_chars(s, start, step, count)))
            }
            _ => Err(type_error("object is not sliceable")),
        }
    }

    /// CPython's message when a list slice is assigned something `iter()` refuses;
    /// other errors pass through.
    #[cold]
    fn slice_source_error(&mut self, e: PyErr, slice: &Value, len: usize) -> PyErr {
        if !e.is_instance(&self.types().type_error) {
            return e;
        }
        match self.slice_indices(slice, || len) {
            Ok((_, _, 1, _)) => type_error("can only assign an iterable"),
            Ok(_) => type_error("must assign iterable to extended slice"),
            Err(e) => e,
        }
    }

    fn slice_set(&mut self, obj: &Value, slice: &Value, v: Value) -> PyResult<()> {
        let Value::List(l) = obj else {
            return Err(type_error("object does not support slice assignment"));
        };
        let new = match &v {
            Value::List(_) | Value::Tuple(_) => self.collect(&v)?,
            _ => match self.get_iter(&v) {
                Ok(it) => self.collect_iter(&it)?,
                Err(e) => return Err(self.slice_source_error(e, slice, l.len())),
            },
        };
        let (start, stop, step, count) = self.slice_indices(slice, || l.len())?;
        if step == 1 {
            let stop = stop.max(start);
            let mut items = l.items.borrow_mut();
            let old: Vec<Value> = items.splice(start as usize..stop as usize, new).collect();
            drop(items);
            drop(old);
            return Ok(());
        }
        if new.len() != count {
            return Err(crate::runtime::error::value_error(format!(
                "attempt to assign sequence of size {} to extended slice of size {count}",
                new.len()
            )));
        }
        let mut items = l.items.borrow_mut();
        for (k, x) in new.into_iter().enumerate() {
            items[(start + k as i64 * step) as usize] = x;
        }
        Ok(())
    }

    fn slice_del(&mut self, obj: &Value, slice: &Value) -> PyResult<()> {
        let Value::List(l) = obj else {
            return Err(type_error("object does not support slice deletion"));
        };
        let (start, _, step, count) = self.slice_indices(slice, || l.len())?;
        if count == 0 {
            return Ok(());
        }
        // The lowest index removed and the stride between removed ones, upwards.
        let (low, stride) = if step > 0 {
            (start as usize, step as usize)
        } else {
            (
                (start + (count as i64 - 1) * step) as usize,
                step.unsigned_abs() as usize,
            )
        };
        let mut items = l.items.borrow_mut();
        let removed: Vec<Value> = if stride == 1 {
            items.drain(low..low + count).collect()
        } else {
            // One pass: keep what is not on the stride, in order (O(len), as CPython).
            let tail = items.split_off(low);
            let mut removed = Vec::with_capacity(count);
            for (k, v) in tail.into_iter().enumerate() {
                if k % stride == 0 && k / stride < count {
                    removed.push(v);
                } else {
                    items.push(v);
                }
            }
            removed
        };
        drop(items);
        // Dropped after the borrow ends: a `__del__` may look at the list.
        drop(removed);
        Ok(())
    }
}

/// `s[start::step]` for `count` code points, `step` not 1: a walk from the first (or,
/// stepping back, the last) code point taken, not a copy of the whole text.
fn stepped_chars(s: &crate::runtime::str::PyStr, start: i64, step: i64, count: usize) -> String {
    let mut out = String::with_capacity(count);
    if count == 0 {
        return out;
    }
    let text = s.as_str();
    if step > 0 {
        let from = s.byte_offset(start as usize);
        out.extend(text[from..].chars().step_by(step as usize).take(count));
    } else {
        let to = s.byte_offset(start as usize + 1);
        let back = step.unsigned_abs() as usize;
        out.extend(text[..to].chars().rev().step_by(back).take(count));
    }
    out
}

/// The length an iterator will certainly produce, where it is known without calling
/// Python code (CPython's `__length_hint__` of a range iterator): the room `list()`
/// reserves up front, so a range too long for memory is a MemoryError at once.
fn known_length(it: &Value) -> PyResult<usize> {
    if let Value::Iter(i) = it {
        if let IterState::Range(r) = &*i.state.borrow() {
            return usize::try_from(i64::try_from(r.remaining()).map_err(|_| {
                crate::runtime::error::overflow_error(
                    "Python int too large to convert to C ssize_t",
                )
            })?)
            .map_err(|_| crate::runtime::alloc::no_memory());
        }
    }
    Ok(0)
}

/// `obj[key]` for a list or tuple and an int index in range, the cases the dispatch
/// loop answers without a call; None for everything else (errors included).
#[inline(always)]
pub(crate) fn subscript_fast(obj: &Value, key: &Value) -> Option<Value> {
    let Value::Int(i) = key else {
        // A str key found in a dict (no Python code can take part); a missing one, or
        // one that only a key with a Python `__eq__` could match, takes the general path.
        return match (obj, key) {
            (Value::Dict(d), Value::Str(k)) => d.get_str(k),
            _ => None,
        };
    };
    match obj {
        Value::List(l) => {
            let items = l.items.borrow();
            let j = seq_index(*i, items.len())?;
            Some(items[j].clone())
        }
        Value::Tuple(t) => Some(t.items[seq_index(*i, t.items.len())?].clone()),
        _ => None,
    }
}

/// `obj[key] = v` for a list and an int index in range, without a call; gives `v`
/// back for everything else.
#[inline(always)]
pub(crate) fn store_subscript_fast(obj: &Value, key: &Value, v: Value) -> Result<(), Value> {
    let (Value::List(l), Value::Int(i)) = (obj, key) else {
        return Err(v);
    };
    let mut items = l.items.borrow_mut();
    let Some(j) = seq_index(*i, items.len()) else {
        return Err(v);
    };
    let old = std::mem::replace(&mut items[j], v);
    drop(items);
    old.discard();
    Ok(())
}

/// Python's index rule for sequences: a negative index counts from the end; `None`
/// when the index is outside.
#[inline]
pub fn seq_index(i: i64, len: usize) -> Option<usize> {
    let j = if i < 0 { i + len as i64 } else { i };
    (0..len as i64).contains(&j).then_some(j as usize)
}

#[cold]
fn unhashable(name: &str) -> PyErr {
    type_error(format!("unhashable type: '{name}'"))
}

#[cold]
fn not_subscriptable(name: &str) -> PyErr {
    type_error(format!("'{name}' object is not subscriptable"))
}

/// Convert an int-like value to i64 for APIs that need a machine integer.
pub fn to_index(v: &Value) -> Option<i64> {
    match v {
        Value::Int(i) => Some(*i),
        Value::Bool(b) => Some(*b as i64),
        Value::BigInt(b) => b.to_i64(),
        _ => None,
    }
}

/// What `len()` makes of a `__len__` result that is not a small non-negative int: an
/// object with `__index__` counts, a negative one is ValueError, one past `sys.maxsize`
/// OverflowError, as CPython's length slot.
#[cold]
fn len_result(vm: &mut Vm, r: &Value) -> PyResult<usize> {
    use crate::numeric::Int;
    use num_traits::Signed;
    match crate::runtime::builtins::index_int(vm, r)? {
        Int::Small(i) if i >= 0 => Ok(i as usize),
        Int::Big(b) if !b.is_negative() => Err(crate::runtime::error::overflow_error(
            "cannot fit 'int' into an index-sized integer",
        )),
        _ => Err(crate::runtime::error::value_error(
            "__len__() should return >= 0",
        )),
    }
}
