//! The storage of `collections.deque`: a ring buffer of values (`VecDeque`), the optional
//! `maxlen` that trims the opposite end on each append, and CPython's mutation counter
//! (`state`), which iterators and the searching methods compare to notice an append,
//! a pop or a rotation made behind their back.
//!
//! It lives in the [`Payload`](super::class::Payload) of an instance of `deque` or of a
//! subclass, so subclasses keep their own attributes and the cycle collector sees a
//! deque as the instance it is. This module is only the data and its index arithmetic;
//! no Python code runs here. The methods (arguments, messages, comparisons that call
//! `__eq__`) are `builtins::deque_methods`; iterating is `vm::protocol`'s.

use super::error::PyResult;
use super::value::Value;
use std::collections::VecDeque;

/// Which end an append goes to.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum End {
    Left,
    Right,
}

pub struct DequeData {
    pub items: VecDeque<Value>,
    /// None when unbounded.
    pub maxlen: Option<usize>,
    /// Bumped by every append, pop, clear and rotation (not by `d[i] = x` or
    /// `reverse`, as in CPython, whose iterators keep walking those).
    pub state: u64,
}

impl DequeData {
    pub fn new() -> DequeData {
        DequeData {
            items: VecDeque::new(),
            maxlen: None,
            state: 0,
        }
    }

    #[inline]
    pub fn len(&self) -> usize {
        self.items.len()
    }

    #[inline]
    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    /// `append` (at `End::Right`) or `appendleft`: the item trimmed off the other end
    /// when `maxlen` was reached (the caller drops it once the borrow is released).
    #[inline]
    pub fn push(&mut self, v: Value, end: End) -> Option<Value> {
        self.state = self.state.wrapping_add(1);
        let max = match self.maxlen {
            None => usize::MAX,
            Some(0) => return Some(v),
            Some(max) => max,
        };
        match end {
            End::Right => self.items.push_back(v),
            End::Left => self.items.push_front(v),
        }
        if self.items.len() <= max {
            return None;
        }
        match end {
            End::Right => self.items.pop_front(),
            End::Left => self.items.pop_back(),
        }
    }

    #[inline]
    pub fn push_back(&mut self, v: Value) -> Option<Value> {
        self.push(v, End::Right)
    }

    #[inline]
    pub fn pop_back(&mut self) -> Option<Value> {
        let v = self.items.pop_back()?;
        self.state = self.state.wrapping_add(1);
        Some(v)
    }

    #[inline]
    pub fn pop_front(&mut self) -> Option<Value> {
        let v = self.items.pop_front()?;
        self.state = self.state.wrapping_add(1);
        Some(v)
    }

    /// Empty the deque, answering what it held (to drop outside the borrow).
    pub fn take_all(&mut self) -> VecDeque<Value> {
        self.state = self.state.wrapping_add(1);
        std::mem::take(&mut self.items)
    }

    /// `rotate(n)`: `n` steps to the right (negative: to the left), as
    /// `min(|n| mod len, len - |n| mod len)` moves: `VecDeque`'s rotations copy the
    /// shorter side only.
    pub fn rotate(&mut self, n: i64) {
        let len = self.items.len();
        if len <= 1 {
            return;
        }
        self.state = self.state.wrapping_add(1);
        let k = n.rem_euclid(len as i64) as usize;
        if k != 0 {
            self.items.rotate_right(k);
        }
    }

    /// The position a Python index `i` (negative from the end) names, if in range.
    #[inline]
    pub fn position(&self, i: i64) -> Option<usize> {
        let len = self.items.len() as i64;
        let i = if i < 0 { i + len } else { i };
        (0..len).contains(&i).then_some(i as usize)
    }

    /// `del d[i]` at a position in range (O(min(i, len - i)) moves).
    pub fn remove_at(&mut self, i: usize) -> Option<Value> {
        let v = self.items.remove(i)?;
        self.state = self.state.wrapping_add(1);
        Some(v)
    }

    /// `insert(i, x)` once the caller has checked `maxlen`: `i` clamped as CPython's
    /// (past the right end appends, at or before the left end prepends).
    pub fn insert(&mut self, i: i64, v: Value) {
        let len = self.items.len() as i64;
        let at = if i < 0 { (i + len).max(0) } else { i.min(len) };
        self.state = self.state.wrapping_add(1);
        self.items.insert(at as usize, v);
    }
}

impl Default for DequeData {
    fn default() -> Self {
        DequeData::new()
    }
}

impl Drop for DequeData {
    /// A long or deeply nested deque drops without deep recursion.
    fn drop(&mut self) {
        if !self.items.is_empty() {
            let items: Vec<Value> = std::mem::take(&mut self.items).into();
            super::drop::drop_values(items);
        }
    }
}

impl super::iter::DequeWalk {
    /// The next item of `iter(d)` or `reversed(d)`, as CPython's `dequeiter_next` and
    /// `dequereviter_next` (the forward walk checks the counter first, the reverse one
    /// its count): a mutation since the walk began ends it with RuntimeError.
    pub fn next_item(&mut self) -> PyResult<Option<Value>> {
        if self.reverse && self.left == 0 {
            return Ok(None);
        }
        let Some(cell) = self.deque.deque() else {
            return Ok(None);
        };
        let d = cell.borrow();
        if d.state != self.state {
            self.left = 0;
            return Err(mutated_during_iteration());
        }
        if self.left == 0 {
            return Ok(None);
        }
        let at = if self.reverse {
            d.len().checked_sub(self.next + 1)
        } else {
            Some(self.next)
        };
        let item = at.and_then(|i| d.items.get(i)).cloned();
        self.next += 1;
        self.left -= 1;
        Ok(item)
    }
}

/// "deque mutated during iteration" (RuntimeError), which iteration, `count`, `index`
/// and `in` raise.
#[cold]
pub fn mutated_during_iteration() -> super::error::PyErr {
    super::error::runtime_error("deque mutated during iteration")
}
