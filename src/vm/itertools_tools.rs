//! Advancing the itertools iterators of `runtime::itertools_tools` (`chain`, `cycle`'s
//! first pass, `accumulate`, `starmap`, the predicate filters, `compress`, `pairwise`,
//! a `tee` copy that reads the source),
//! with CPython's order of calls. The state is never borrowed while Python code runs:
//! each step copies what it needs out, calls, then writes back, so a callback that
//! advances the same iterator sees a consistent state. `repeat` and `cycle`'s later
//! passes run no code and are advanced in `protocol` directly.

use super::Vm;
use crate::ast::BinOp;
use crate::runtime::error::PyResult;
use crate::runtime::iter::{IterObj, IterState};
use crate::runtime::itertools_tools::{Tool, TEE_LINK_ITEMS};
use crate::runtime::list::PyList;
use crate::runtime::value::Value;
use std::rc::Rc;

/// What one step needs from the state, copied out before any Python code runs.
enum Step {
    /// Chain's usual step: the active iterator's next item.
    ChainActive(Value),
    /// Chain between iterables: the next one from the sources.
    Chain(Option<Value>),
    Cycle(Value),
    Accumulate(Value, Value, Option<Value>),
    Starmap(Value, Value),
    TakeWhile(Value, Value),
    DropWhile(Value, Value, bool),
    FilterFalse(Value, Value),
    Compress(Value, Value),
    Pairwise(Value, Option<Value>),
    Tee(Rc<PyList>, usize),
}

impl Vm {
    /// `next()` of a `Tool` iterator that may run Python code.
    pub(crate) fn tool_next(&mut self, obj: &IterObj) -> PyResult<Option<Value>> {
        let step = {
            let mut st = obj.state.borrow_mut();
            let IterState::Tool(tool) = &mut *st else {
                return Ok(None);
            };
            match &mut **tool {
                Tool::Chain {
                    active: Some(a), ..
                } => Step::ChainActive(a.clone()),
                Tool::Chain { sources, .. } => Step::Chain(sources.clone()),
                Tool::Cycle { it: Some(it), .. } => Step::Cycle(it.clone()),
                Tool::Accumulate {
                    initial: initial @ Some(_),
                    total,
                    ..
                } => {
                    // The initial value comes first and starts the running total.
                    let first = initial.take();
                    *total = first.clone();
                    return Ok(first);
                }
                Tool::Accumulate {
                    it, func, total, ..
                } => Step::Accumulate(it.clone(), func.clone(), total.clone()),
                Tool::Starmap { func, it } => Step::Starmap(func.clone(), it.clone()),
                Tool::TakeWhile { pred, it } => Step::TakeWhile(pred.clone(), it.clone()),
                Tool::DropWhile { pred, it, dropping } => {
                    Step::DropWhile(pred.clone(), it.clone(), *dropping)
                }
                Tool::FilterFalse { pred, it } => Step::FilterFalse(pred.clone(), it.clone()),
                Tool::Compress { data, selectors } => {
                    Step::Compress(data.clone(), selectors.clone())
                }
                Tool::Pairwise { it, old } => Step::Pairwise(it.clone(), old.clone()),
                Tool::Tee {
                    link: Value::List(link),
                    index,
                } => Step::Tee(link.clone(), *index),
                // Changed to a state that runs no code while the borrow was released.
                plain => return Ok(plain.next_plain().flatten()),
            }
        };
        match step {
            Step::ChainActive(active) => {
                if let Some(item) = self.next(&active)? {
                    return Ok(Some(item));
                }
                let sources = match tool_mut(obj).as_deref_mut() {
                    Some(Tool::Chain { sources, active }) => {
                        *active = None;
                        sources.clone()
                    }
                    _ => return Ok(None),
                };
                self.chain_next(obj, sources)
            }
            Step::Chain(sources) => self.chain_next(obj, sources),
            Step::Tee(link, index) => self.tee_next(obj, link, index),
            Step::Cycle(it) => self.cycle_first_pass(obj, &it),
            Step::Accumulate(it, func, total) => {
                let Some(item) = self.next(&it)? else {
                    return Ok(None);
                };
                let total = match total {
                    None => item,
                    Some(t) if func.is_none() => self.binary_op(BinOp::Add, &t, &item)?,
                    Some(t) => self.call_args(&func, [t, item])?,
                };
                if let Some(Tool::Accumulate { total: slot, .. }) = tool_mut(obj).as_deref_mut() {
                    *slot = Some(total.clone());
                }
                Ok(Some(total))
            }
            Step::Starmap(func, it) => {
                let Some(args) = self.next(&it)? else {
                    return Ok(None);
                };
                match &args {
                    Value::Tuple(t) => self.call_args(&func, &t.items[..]).map(Some),
                    _ => {
                        let items = self.collect(&args)?;
                        self.call_args(&func, items).map(Some)
                    }
                }
            }
            Step::TakeWhile(pred, it) => {
                let Some(item) = self.next(&it)? else {
                    return Ok(None);
                };
                let keep = self.call_args(&pred, [item.clone()])?;
                if self.truthy(&keep)? {
                    return Ok(Some(item));
                }
                // The first failure ends it for good, without reading further.
                *obj.state.borrow_mut() = IterState::Exhausted;
                Ok(None)
            }
            Step::DropWhile(pred, it, dropping) => {
                while let Some(item) = self.next(&it)? {
                    if !dropping {
                        return Ok(Some(item));
                    }
                    let drop_it = self.call_args(&pred, [item.clone()])?;
                    if !self.truthy(&drop_it)? {
                        if let Some(Tool::DropWhile { dropping: d, .. }) =
                            tool_mut(obj).as_deref_mut()
                        {
                            *d = false;
                        }
                        return Ok(Some(item));
                    }
                }
                Ok(None)
            }
            Step::FilterFalse(pred, it) => {
                while let Some(item) = self.next(&it)? {
                    let ok = if pred.is_none() {
                        self.truthy(&item)?
                    } else {
                        let r = self.call_args(&pred, [item.clone()])?;
                        self.truthy(&r)?
                    };
                    if !ok {
                        return Ok(Some(item));
                    }
                }
                Ok(None)
            }
            Step::Compress(data, selectors) => loop {
                let Some(item) = self.next(&data)? else {
                    return Ok(None);
                };
                let Some(selector) = self.next(&selectors)? else {
                    return Ok(None);
                };
                if self.truthy(&selector)? {
                    return Ok(Some(item));
                }
            },
            Step::Pairwise(it, old) => {
                let old = match old {
                    Some(v) => v,
                    None => match self.next(&it)? {
                        Some(v) => v,
                        None => return self.finish(obj),
                    },
                };
                let Some(new) = self.next(&it)? else {
                    return self.finish(obj);
                };
                if let Some(Tool::Pairwise { old: slot, .. }) = tool_mut(obj).as_deref_mut() {
                    *slot = Some(new.clone());
                }
                Ok(Some(Value::tuple(vec![old, new])))
            }
        }
    }

    /// `next(chain)` with no active iterator: the next iterable (made an iterator only
    /// when reached) and its first item, moving on past empty ones.
    fn chain_next(&mut self, obj: &IterObj, mut sources: Option<Value>) -> PyResult<Option<Value>> {
        let mut active: Option<Value> = None;
        loop {
            if let Some(a) = &active {
                if let Some(item) = self.next(a)? {
                    return Ok(Some(item));
                }
                active = None;
            } else {
                let Some(src) = &sources else {
                    return self.finish(obj);
                };
                match self.next(src)? {
                    Some(iterable) => match self.get_iter(&iterable) {
                        Ok(a) => active = Some(a),
                        Err(e) => {
                            // A non-iterable ends the chain (CPython drops the sources).
                            self.finish(obj)?;
                            return Err(e);
                        }
                    },
                    None => sources = None,
                }
            }
            if let Some(Tool::Chain {
                sources: s,
                active: a,
            }) = tool_mut(obj).as_deref_mut()
            {
                *s = sources.clone();
                *a = active.clone();
            }
        }
    }

    /// `next()` of a tee copy that has read all the buffer holds (or stands at the end
    /// of a full link): the next link, or the source's next item, appended to the
    /// buffer for the other copies.
    fn tee_next(
        &mut self,
        obj: &IterObj,
        mut link: Rc<PyList>,
        mut index: usize,
    ) -> PyResult<Option<Value>> {
        while index == TEE_LINK_ITEMS {
            let next = match link.get(1 + TEE_LINK_ITEMS) {
                Some(Value::List(next)) => next,
                _ => {
                    let next = Rc::new(PyList::new(vec![link.get(0).unwrap_or(Value::None)]));
                    link.push(Value::List(next.clone()));
                    next
                }
            };
            (link, index) = (next, 0);
        }
        if let Some(item) = link.get(1 + index) {
            set_tee(obj, &link, index + 1);
            return Ok(Some(item));
        }
        // The source leaves its slot while it runs: a copy of this tee advanced by the
        // source's own code finds None there.
        let source = std::mem::replace(&mut link.items.borrow_mut()[0], Value::None);
        if source.is_none() {
            return Err(crate::runtime::error::runtime_error(
                "cannot re-enter the tee iterator",
            ));
        }
        let read = self.next(&source);
        link.items.borrow_mut()[0] = source;
        let Some(item) = read? else {
            return Ok(None);
        };
        link.push(item.clone());
        set_tee(obj, &link, index + 1);
        Ok(Some(item))
    }

    /// `next(cycle)` while the source still has items: each is saved for the later
    /// passes. At its end the saved items start over (none saved: the end).
    fn cycle_first_pass(&mut self, obj: &IterObj, it: &Value) -> PyResult<Option<Value>> {
        let item = self.next(it)?;
        let mut st = obj.state.borrow_mut();
        let IterState::Tool(tool) = &mut *st else {
            return Ok(item);
        };
        let Tool::Cycle {
            it: source,
            saved,
            index,
        } = &mut **tool
        else {
            return Ok(item);
        };
        if let Some(v) = item {
            saved.push(v.clone());
            return Ok(Some(v));
        }
        *source = None;
        if saved.is_empty() {
            *st = IterState::Exhausted;
            return Ok(None);
        }
        *index = 1 % saved.len();
        Ok(saved.first().cloned())
    }

    /// The end: the iterator drops what it holds (as CPython's chain and pairwise do).
    fn finish(&mut self, obj: &IterObj) -> PyResult<Option<Value>> {
        let old = std::mem::replace(&mut *obj.state.borrow_mut(), IterState::Exhausted);
        drop(old);
        Ok(None)
    }

    /// `repr(repeat)`: `repeat(object)` or `repeat(object, times_left)`. None for other
    /// iterators.
    pub(crate) fn repeat_repr(&mut self, obj: &IterObj) -> Option<PyResult<String>> {
        let (object, left) = match &*obj.state.borrow() {
            IterState::Tool(t) => match &**t {
                Tool::Repeat { object, left } => (object.clone(), *left),
                _ => return None,
            },
            _ => return None,
        };
        Some(self.repr(&object).map(|r| match left {
            None => format!("repeat({r})"),
            Some(n) => format!("repeat({r}, {n})"),
        }))
    }
}

/// Move a tee copy to item `index` of `link`.
fn set_tee(obj: &IterObj, link: &Rc<PyList>, index: usize) {
    if let Some(Tool::Tee { link: l, index: i }) = tool_mut(obj).as_deref_mut() {
        if !matches!(l, Value::List(old) if Rc::ptr_eq(old, link)) {
            *l = Value::List(link.clone());
        }
        *i = index;
    }
}

/// The iterator's `Tool`, borrowed for writing back a step's result; None when the
/// iterator ended meanwhile.
fn tool_mut(obj: &IterObj) -> Option<std::cell::RefMut<'_, Tool>> {
    std::cell::RefMut::filter_map(obj.state.borrow_mut(), |st| match st {
        IterState::Tool(t) => Some(&mut **t),
        _ => None,
    })
    .ok()
}
