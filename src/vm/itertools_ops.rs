//! Advancing the native itertools iterators that call back into other iterators
//! (`islice`); their state lives in `runtime::iter`, their constructors in the `_itertools`
//! module. Not the Python-written rest of itertools (pylib `itertools.py`).

use super::Vm;
use crate::ast::BinOp;
use crate::runtime::error::PyResult;
use crate::runtime::iter::{IterObj, IterState};
use crate::runtime::value::Value;
use std::rc::Rc;

impl Vm {
    /// `next(islice)`: skip up to the wanted index, yield one item, and aim at the next
    /// one, clamped to `stop` so that the last call consumes the items up to `stop`
    /// (as CPython's islice does).
    pub(crate) fn islice_next(&mut self, obj: &IterObj) -> PyResult<Option<Value>> {
        let (inner, mut count, next, stop) = match &*obj.state.borrow() {
            IterState::Islice {
                inner,
                count,
                next,
                stop,
                ..
            } => (inner.clone(), *count, *next, *stop),
            _ => return Ok(None),
        };
        while count < next {
            if !self.skip_or_finish(obj, &inner)? {
                return Ok(None);
            }
            count += 1;
            self.set_islice_count(obj, count);
        }
        if stop.is_some_and(|s| count >= s) {
            *obj.state.borrow_mut() = IterState::Exhausted;
            return Ok(None);
        }
        let Some(item) = self.next_or_finish(obj, &inner)? else {
            return Ok(None);
        };
        if let IterState::Islice {
            count,
            next,
            stop,
            step,
            ..
        } = &mut *obj.state.borrow_mut()
        {
            *count += 1;
            let after = next.saturating_add(*step);
            *next = match *stop {
                Some(s) if after > s => s,
                _ => after,
            };
        }
        Ok(Some(item))
    }

    /// The inner iterator's next item; its end or its exception ends the islice for good
    /// (CPython drops the inner iterator then).
    fn next_or_finish(&mut self, obj: &IterObj, inner: &Value) -> PyResult<Option<Value>> {
        let r = self.next(inner);
        if !matches!(r, Ok(Some(_))) {
            *obj.state.borrow_mut() = IterState::Exhausted;
        }
        r
    }

    /// Consume one item that islice drops: a native combinatoric iterator steps without
    /// building the tuple nobody sees; anything else is advanced as usual.
    fn skip_or_finish(&mut self, obj: &IterObj, inner: &Value) -> PyResult<bool> {
        if let Value::Iter(it) = inner {
            let mut st = it.state.borrow_mut();
            if let IterState::Combinatoric(p) = &mut *st {
                if p.advance() {
                    return Ok(true);
                }
                // Past the last one: both iterators are done for good.
                *st = IterState::Exhausted;
                drop(st);
                *obj.state.borrow_mut() = IterState::Exhausted;
                return Ok(false);
            }
        }
        Ok(self.next_or_finish(obj, inner)?.is_some())
    }

    /// Record progress while skipping, so an exception from the inner iterator leaves the
    /// count right for a later call.
    fn set_islice_count(&self, obj: &IterObj, consumed: usize) {
        if let IterState::Islice { count, .. } = &mut *obj.state.borrow_mut() {
            *count = consumed;
        }
    }
}

impl Vm {
    /// `next(zip_longest)`: one item from each iterator still going, `fill` for those
    /// done; the end when the last one ends (CPython's order of calls: an exhausted
    /// iterator is never asked again).
    pub(crate) fn zip_longest_next(&mut self, obj: &IterObj) -> PyResult<Option<Value>> {
        let (iters, fill) = match &*obj.state.borrow() {
            IterState::ZipLongest(z) if z.active > 0 => (z.iters.clone(), z.fill.clone()),
            _ => return Ok(None),
        };
        let mut items = Vec::with_capacity(iters.len());
        for (i, it) in iters.iter().enumerate() {
            let Some(it) = it else {
                items.push(fill.clone());
                continue;
            };
            match self.next(it) {
                Ok(Some(v)) => items.push(v),
                Ok(None) => {
                    let done = match &mut *obj.state.borrow_mut() {
                        IterState::ZipLongest(z) => {
                            z.iters[i] = None;
                            z.active -= 1;
                            z.active == 0
                        }
                        _ => true,
                    };
                    if done {
                        *obj.state.borrow_mut() = IterState::Exhausted;
                        return Ok(None);
                    }
                    items.push(fill.clone());
                }
                Err(e) => {
                    *obj.state.borrow_mut() = IterState::Exhausted;
                    return Err(e);
                }
            }
        }
        if let IterState::ZipLongest(z) = &mut *obj.state.borrow_mut() {
            return Ok(Some(crate::runtime::iter::refill_tuple(&mut z.last, items)));
        }
        Ok(Some(Value::tuple(items)))
    }

    /// `next(count)` past the i64 range or for other numbers: the current value, the
    /// next one made with `+` first (an error there yields nothing, as CPython's).
    pub(crate) fn count_next(&mut self, obj: &IterObj) -> PyResult<Value> {
        let (current, step) = match &*obj.state.borrow() {
            IterState::Count { next, step } => (next.clone(), step.clone()),
            _ => return Err(crate::runtime::error::runtime_error("count: bad state")),
        };
        let after = self.binary_op(BinOp::Add, &current, &step)?;
        if let IterState::Count { next, .. } = &mut *obj.state.borrow_mut() {
            *next = after;
        }
        Ok(current)
    }

    /// `repr(count)`: `count(start)` while the step is the int 1, else
    /// `count(start, step)`, named after the type. None for other iterators.
    pub(crate) fn count_repr(&mut self, obj: &IterObj) -> Option<PyResult<String>> {
        let (next, step) = match &*obj.state.borrow() {
            IterState::Count { next, step } => (next.clone(), step.clone()),
            _ => return None,
        };
        Some((|| {
            let start = self.repr(&next)?;
            if matches!(step, Value::Int(1)) {
                return Ok(format!("count({start})"));
            }
            Ok(format!("count({start}, {})", self.repr(&step)?))
        })())
    }

    /// Read the next item of a groupby's source and its key into the state (CPython's
    /// `groupby_step`); false at the end of the source.
    fn groupby_step(&mut self, obj: &IterObj) -> PyResult<bool> {
        let (it, keyfunc) = match &*obj.state.borrow() {
            IterState::GroupBy(g) => (g.it.clone(), g.keyfunc.clone()),
            _ => return Ok(false),
        };
        let Some(value) = self.next(&it)? else {
            return Ok(false);
        };
        let key = if keyfunc.is_none() {
            value.clone()
        } else {
            self.call_args(&keyfunc, [value.clone()])?
        };
        let old = match &mut *obj.state.borrow_mut() {
            IterState::GroupBy(g) => (g.value.replace(value), g.key.replace(key)),
            _ => (None, None),
        };
        drop(old);
        Ok(true)
    }

    /// `next(groupby)`: skip what is left of the current group, then hand out the next
    /// key with a new grouper (older groupers end).
    pub(crate) fn groupby_next(&mut self, obj: &Rc<IterObj>) -> PyResult<Option<Value>> {
        if let IterState::GroupBy(g) = &mut *obj.state.borrow_mut() {
            g.group += 1;
        }
        loop {
            let (target, key) = match &*obj.state.borrow() {
                IterState::GroupBy(g) => (g.target.clone(), g.key.clone()),
                _ => return Ok(None),
            };
            match (target, key) {
                (None, Some(_)) => break,
                (Some(target), Some(key)) if !self.eq(&target, &key)? => break,
                _ => {}
            }
            if !self.groupby_step(obj)? {
                return Ok(None);
            }
        }
        let (key, id) = match &mut *obj.state.borrow_mut() {
            IterState::GroupBy(g) => {
                g.target = g.key.clone();
                (g.key.clone().unwrap_or(Value::None), g.group)
            }
            _ => return Ok(None),
        };
        let grouper = IterObj::new_value(IterState::Grouper {
            parent: obj.clone(),
            key: key.clone(),
            id,
        });
        Ok(Some(Value::tuple(vec![key, grouper])))
    }

    /// `next(grouper)`: the read-ahead item while its key still equals the group's
    /// (reading one when none is pending); nothing once the groupby moved on.
    pub(crate) fn grouper_next(&mut self, obj: &IterObj) -> PyResult<Option<Value>> {
        let (parent, key, id) = match &*obj.state.borrow() {
            IterState::Grouper { parent, key, id } => (parent.clone(), key.clone(), *id),
            _ => return Ok(None),
        };
        let (current, pending) = match &*parent.state.borrow() {
            IterState::GroupBy(g) => (g.group, g.value.is_some()),
            _ => return Ok(None),
        };
        if current != id {
            return Ok(None);
        }
        if !pending && !self.groupby_step(&parent)? {
            return Ok(None);
        }
        let Some(current_key) = (match &*parent.state.borrow() {
            IterState::GroupBy(g) => g.key.clone(),
            _ => None,
        }) else {
            return Ok(None);
        };
        if !self.eq(&key, &current_key)? {
            return Ok(None);
        }
        let taken = match &mut *parent.state.borrow_mut() {
            IterState::GroupBy(g) => (g.key.take(), g.value.take()),
            _ => (None, None),
        };
        Ok(taken.1)
    }
}
