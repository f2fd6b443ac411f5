//! Advancing the native itertools iterators that call back into other iterators
//! (`islice`); their state lives in `runtime::iter`, their constructors in the `_itertools`
//! module. Not the Python-written rest of itertools (pylib `itertools.py`).

use super::Vm;
use crate::runtime::error::PyResult;
use crate::runtime::iter::{IterObj, IterState};
use crate::runtime::value::Value;

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
