//! The frame's slot buffer and one-word lists, and the sizes of what a suspended task
//! holds (pinned: a sleeping task's bytes are a benchmark target, see
//! docs/PERFORMANCE.md, so a field added to any of these must be a decision).

use super::frame::{Block, Frame};
use super::frame_slots::{FastLocals, Slots, ValueStack};
use super::generator::Generator;
use super::rare_vec::RareVec;
use crate::runtime::value::Value;
use std::mem::size_of;

#[test]
fn sizes_of_what_a_sleeping_task_holds() {
    let sizes = [
        size_of::<Frame>(),
        size_of::<Generator>(),
        size_of::<crate::runtime::native::NativeObj>(),
        size_of::<crate::event_loop::future::FutureObj>(),
        size_of::<RareVec<Block>>(),
        size_of::<crate::event_loop::sleep::Sleep>(),
    ];
    // Frame, Generator, NativeObj (a Task's Python object), FutureObj (the task), a
    // frame's block stack, `asyncio.sleep`'s body.
    assert_eq!(sizes, [120, 72, 56, 200, 8, 24]);
}

/// A buffer and its views, freed on drop (as `Frame` does).
struct Buffer {
    fast: FastLocals,
    stack: ValueStack,
}

impl Buffer {
    fn new(nlocals: usize, depth: usize) -> Buffer {
        let (fast, stack) = Slots::alloc(nlocals, depth);
        Buffer { fast, stack }
    }

    fn release(&mut self) {
        self.stack.clear();
        self.fast.iter_mut().for_each(|slot| *slot = None);
    }
}

impl Drop for Buffer {
    fn drop(&mut self) {
        Slots::free(&mut self.fast, &mut self.stack);
    }
}

fn ints(stack: &[Value]) -> Vec<i64> {
    stack
        .iter()
        .map(|v| match v {
            Value::Int(i) => *i,
            _ => -1,
        })
        .collect()
}

#[test]
fn locals_and_stack_share_one_buffer() {
    let mut b = Buffer::new(2, 4);
    assert_eq!((b.fast.len(), b.stack.capacity()), (2, 4));
    assert!(b.fast.iter().all(Option::is_none));
    b.fast[1] = Some(Value::str("x"));
    for i in 0..4 {
        b.stack.push(Value::Int(i));
    }
    // The stack starts right after the locals.
    let gap = b.stack.as_ptr() as usize - b.fast.as_ptr() as usize;
    assert_eq!(gap, 2 * size_of::<Value>());
    assert_eq!(ints(&b.stack.split_off(2)), vec![2, 3]);
    b.stack.insert(0, Value::Int(9));
    assert_eq!(ints(&b.stack), vec![9, 0, 1]);
    assert!(matches!(b.stack.remove(1), Value::Int(0)));
    let mut d = b.stack.drain(1..);
    assert_eq!(d.len(), 1);
    assert!(matches!(d.next(), Some(Value::Int(1))));
    drop(d);
    assert_eq!(ints(&b.stack), vec![9]);
    assert!(matches!(b.stack.pop(), Some(Value::Int(9))));
    assert!(b.stack.pop().is_none());
    // Values left behind are dropped with the buffer.
    b.stack.push(Value::str("left on the stack"));
    let _ = Buffer::new(0, 0);
}

#[test]
fn regrow_moves_locals_and_values() {
    let mut b = Buffer::new(1, 2);
    b.fast[0] = Some(Value::str("kept"));
    b.stack.push(Value::Int(1));
    Slots::regrow(&mut b.fast, &mut b.stack, 11);
    assert_eq!(b.stack.capacity(), 11);
    b.stack.extend((2..12).map(Value::Int));
    assert_eq!(b.stack.len(), 11);
    b.stack.truncate(1);
    Slots::regrow(&mut b.fast, &mut b.stack, 2);
    assert_eq!(b.stack.capacity(), 2);
    assert_eq!(ints(&b.stack), vec![1]);
    assert!(matches!(&b.fast[0], Some(Value::Str(s)) if s.as_str() == "kept"));
}

#[test]
fn reuse_repartitions_or_reallocates() {
    let mut b = Buffer::new(3, 3);
    b.fast[2] = Some(Value::Int(1));
    b.stack.push(Value::Int(2));
    b.release();
    let before = b.fast.as_ptr();
    // Fewer locals and a deeper stack within the same six slots: repartitioned.
    Slots::reuse(&mut b.fast, &mut b.stack, 1, 5);
    assert_eq!(
        (b.fast.len(), b.stack.capacity(), b.fast.as_ptr()),
        (1, 5, before)
    );
    assert!(b.fast[0].is_none());
    b.stack.extend((0..5).map(Value::Int));
    b.release();
    // Back to three locals: the old stack room becomes unbound locals.
    Slots::reuse(&mut b.fast, &mut b.stack, 3, 3);
    assert_eq!((b.fast.len(), b.stack.capacity()), (3, 3));
    assert!(b.fast.iter().all(Option::is_none));
    // More than the buffer holds: a new one.
    Slots::reuse(&mut b.fast, &mut b.stack, 4, 8);
    assert_eq!((b.fast.len(), b.stack.capacity()), (4, 8));
    assert!(b.fast.iter().all(Option::is_none));
}

#[test]
fn rare_vec_is_one_word_until_used() {
    let mut v = RareVec::new();
    assert!(v.is_empty() && v.pop().is_none());
    v.clear();
    v.push(1u64);
    v.extend([2, 3]);
    assert_eq!(&v[..], &[1, 2, 3]);
    assert_eq!(v.pop(), Some(3));
    v[0] = 7;
    assert_eq!((&v).into_iter().copied().collect::<Vec<_>>(), vec![7, 2]);
    v.clear();
    assert!(v.is_empty());
}
