//! The dispatch loop's container instructions: building tuples, lists, sets, dicts,
//! slices and f-strings from the stack, the comprehension appends (`ListAppend`,
//! `SetAdd`, `MapAdd`), the star-unpacking extends and merges, and unpacking a
//! sequence onto the stack. Not subscripting (see `ops_attr`).

use super::frame::{forget_or_drop, Frame};
use super::run::Raised;
use super::Vm;
use crate::runtime::dict::PyDict;
use crate::runtime::native::NativeData;
use crate::runtime::set::PySet;
use crate::runtime::traverse;
use crate::runtime::tuple::TupleRef;
use crate::runtime::value::Value;
use std::rc::Rc;

impl Vm {
    pub(super) fn op_build_slice(&mut self, f: &mut Frame, n: u32) {
        let step = if n == 3 { f.pop() } else { Value::None };
        let stop = f.pop();
        let start = f.pop();
        f.push(crate::runtime::native::NativeObj::value(
            self.types().slice.clone(),
            NativeData::Slice { start, stop, step },
        ));
    }

    #[inline(always)]
    pub(super) fn op_build_tuple(&mut self, f: &mut Frame, n: u32) {
        let t = f.stack.split_off_tuple(f.stack.len() - n as usize);
        let t = self.tuple_tracked(t);
        f.push(t);
    }

    /// A new tuple as a value, registered with the collector when it holds a container.
    #[inline(always)]
    pub(super) fn tuple_tracked(&mut self, t: TupleRef) -> Value {
        // Only a tuple with the collector's header can hold a container.
        let holds = t.has_gc() && t.items.iter().any(|v| traverse::of(v).is_some());
        let t = Value::Tuple(t);
        if holds {
            self.gc_track(&t);
        }
        t
    }

    #[inline(always)]
    pub(super) fn op_build_list(&mut self, f: &mut Frame, n: u32) {
        let items = f.stack.split_off(f.stack.len() - n as usize);
        let l = Value::list(items);
        self.gc_track(&l);
        f.push(l);
    }

    pub(super) fn op_build_set(&mut self, f: &mut Frame, n: u32) -> Result<(), Raised> {
        let items = f.stack.split_off(f.stack.len() - n as usize);
        let set = PySet::new(false);
        for item in items {
            set.add(self, item)?;
        }
        let s = Value::Set(Rc::new(set));
        self.gc_track(&s);
        f.push(s);
        Ok(())
    }

    pub(super) fn op_build_const_set(&mut self, f: &mut Frame, n: u32) -> Result<(), Raised> {
        let items = f.stack.split_off(f.stack.len() - n as usize);
        f.push(crate::runtime::builtins::set_methods::const_set_display(
            self, items,
        )?);
        Ok(())
    }

    pub(super) fn op_build_map(&mut self, f: &mut Frame, n: u32) -> Result<(), Raised> {
        let items = f.stack.split_off(f.stack.len() - 2 * n as usize);
        let dict = PyDict::with_capacity(n as usize);
        let mut it = items.into_iter();
        let mut holds = false;
        while let (Some(k), Some(v)) = (it.next(), it.next()) {
            holds |= traverse::of(&v).is_some();
            dict.set_item(self, k, v)?;
        }
        let d = Value::Dict(Rc::new(dict));
        if holds {
            self.gc_track(&d);
        }
        f.push(d);
        Ok(())
    }

    #[inline(always)]
    pub(super) fn op_list_append(&mut self, f: &mut Frame, i: u32) {
        let v = f.pop();
        if let Value::List(l) = f.peek(i as usize - 1) {
            l.push(v);
        }
    }

    pub(super) fn op_set_add(&mut self, f: &mut Frame, i: u32) -> Result<(), Raised> {
        let v = f.pop();
        if let Value::Set(s) = f.peek(i as usize - 1) {
            // An int or str element: one probe, without the set's reference count.
            if s.add_exact(&v).is_some() {
                super::frame::forget_or_drop(v);
                return Ok(());
            }
            let s = s.clone();
            s.add(self, v)?;
        }
        Ok(())
    }

    pub(super) fn op_map_add(&mut self, f: &mut Frame, i: u32) -> Result<(), Raised> {
        let v = f.pop();
        let k = f.pop();
        let dict = f.peek(i as usize - 1).clone();
        if let Value::Dict(d) = &dict {
            // A comprehension's dict is tracked once it holds a container.
            self.gc.track_if_holds(&dict, &v);
            d.set_item(self, k, v)?;
        }
        Ok(())
    }

    pub(super) fn op_list_extend(&mut self, f: &mut Frame, i: u32) -> Result<(), Raised> {
        let iterable = f.pop();
        let items = match self.collect(&iterable) {
            Ok(items) => items,
            Err(e) => return Err(self.star_unpack_error(e, &iterable, None).into()),
        };
        if let Value::List(l) = f.peek(i as usize - 1) {
            l.items.borrow_mut().extend(items);
        }
        Ok(())
    }

    pub(super) fn op_set_update(&mut self, f: &mut Frame, i: u32) -> Result<(), Raised> {
        let iterable = f.pop();
        let target = f.peek(i as usize - 1).clone();
        if let (Value::Set(s), Value::Set(from)) = (&target, &iterable) {
            // `{*a_set}` and a constant display's frozenset: CPython's set_merge
            // (one resize up front, so the same table and iteration order).
            return Ok(s.merge_from(self, from)?);
        }
        let items = self.collect(&iterable)?;
        if let Value::Set(s) = target {
            for item in items {
                s.add(self, item)?;
            }
        }
        Ok(())
    }

    pub(super) fn op_dict_update(&mut self, f: &mut Frame, i: u32) -> Result<(), Raised> {
        let other = f.pop();
        let target = f.peek(i as usize - 1).clone();
        if let Value::Dict(d) = target {
            self.dict_update_from(&d, &other, None)?;
        }
        Ok(())
    }

    pub(super) fn op_dict_merge(&mut self, f: &mut Frame, i: u32) -> Result<(), Raised> {
        let other = f.pop();
        let target = f.peek(i as usize - 1).clone();
        if let Value::Dict(d) = target {
            // DictMerge builds a call's keywords: the callee sits below
            // the positional tuple.
            let callee = f.peek(i as usize + 1).clone();
            self.dict_update_from(&d, &other, Some(&callee))?;
        }
        Ok(())
    }

    pub(super) fn op_list_to_tuple(&mut self, f: &mut Frame) {
        let l = f.pop();
        if let Value::List(l) = l {
            f.push(Value::tuple(l.snapshot()));
        }
    }

    #[inline(always)]
    pub(super) fn op_unpack_sequence(&mut self, f: &mut Frame, n: u32) -> Result<(), Raised> {
        let seq = f.pop();
        // A tuple or list of the right length goes straight onto the stack, with no
        // vector in between (CPython's `UNPACK_SEQUENCE_TUPLE`/`_LIST`).
        match &seq {
            Value::Tuple(t) if t.items.len() == n as usize => {
                f.extend_stack(t.items.iter().rev().cloned());
                forget_or_drop(seq);
                return Ok(());
            }
            Value::List(l) => {
                let items = l.items.borrow();
                if items.len() == n as usize {
                    f.extend_stack(items.iter().rev().cloned());
                    drop(items);
                    forget_or_drop(seq);
                    return Ok(());
                }
            }
            _ => {}
        }
        let items = self.unpack(&seq, n as usize)?;
        f.extend_stack(items.into_iter().rev());
        Ok(())
    }

    pub(super) fn op_unpack_ex(&mut self, f: &mut Frame, packed: u32) -> Result<(), Raised> {
        let before = (packed & 0xff) as usize;
        let after = (packed >> 8) as usize;
        let seq = f.pop();
        let items = self.collect(&seq)?;
        if items.len() < before + after {
            return Err(Raised::New(not_enough_to_unpack(
                before + after,
                items.len(),
            )));
        }
        let mut items = items;
        let tail = items.split_off(items.len() - after);
        let middle = items.split_off(before);
        for v in tail.into_iter().rev() {
            f.push(v);
        }
        f.push(Value::list(middle));
        for v in items.into_iter().rev() {
            f.push(v);
        }
        Ok(())
    }

    pub(super) fn op_format_value(&mut self, f: &mut Frame, flags: u32) -> Result<(), Raised> {
        let spec = if flags & 4 != 0 { Some(f.pop()) } else { None };
        let v = f.pop();
        let s = self.format_value(&v, flags & 3, spec.as_ref())?;
        f.push(s);
        Ok(())
    }

    pub(super) fn op_build_string(&mut self, f: &mut Frame, n: u32) {
        let s =
            crate::runtime::str_build::build_string(&mut f.stack, n as usize, &self.names.small);
        f.push(s);
    }
}

#[cold]
fn not_enough_to_unpack(expected: usize, got: usize) -> crate::runtime::error::PyErr {
    crate::runtime::error::value_error(format!(
        "not enough values to unpack (expected at least {expected}, got {got})"
    ))
}
