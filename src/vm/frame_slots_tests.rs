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

    fn push(&mut self, v: Value) {
        self.stack.push_within(self.fast.stack_room(), v);
    }

    fn extend(&mut self, items: impl IntoIterator<Item = Value>) {
        self.stack.extend_within(self.fast.stack_room(), items);
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
    assert_eq!((b.fast.len(), b.fast.stack_room()), (2, 4));
    assert!(b.fast.iter().all(Option::is_none));
    b.fast[1] = Some(Value::str("x"));
    for i in 0..4 {
        b.push(Value::Int(i));
    }
    // The stack starts right after the locals.
    let gap = b.stack.as_ptr() as usize - b.fast.as_ptr() as usize;
    assert_eq!(gap, 2 * size_of::<Value>());
    assert_eq!(ints(&b.stack.split_off(2)), vec![2, 3]);
    b.stack.insert_within(b.fast.stack_room(), 0, Value::Int(9));
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
    b.push(Value::str("left on the stack"));
    let _ = Buffer::new(0, 0);
}

#[test]
fn unchecked_push_and_pop_move_the_top() {
    let mut b = Buffer::new(1, 3);
    let base = b.stack.as_ptr();
    // SAFETY: three pushes into room for three, then pops of what was pushed.
    unsafe {
        b.stack.push_unchecked(Value::Int(1));
        b.stack.push_unchecked(Value::str("two"));
        b.stack.push_unchecked(Value::Int(3));
        assert_eq!(b.stack.len(), 3);
        assert!(matches!(b.stack.last(), Some(Value::Int(3))));
        assert!(matches!(b.stack.pop_unchecked(), Value::Int(3)));
        assert!(matches!(b.stack.pop_unchecked(), Value::Str(s) if s.as_str() == "two"));
        b.stack.set_len(0);
    }
    // The popped values moved out; `Value::Int(1)` owns nothing, so cutting it off
    // leaks nothing. The stack is empty at its base again.
    assert!(b.stack.is_empty() && b.stack.last().is_none());
    assert_eq!(b.stack.as_ptr(), base);
    assert!(b.stack.pop().is_none());
}

#[test]
#[should_panic(expected = "value stack overflow")]
fn checked_push_past_the_room_panics() {
    let mut b = Buffer::new(0, 1);
    b.push(Value::Int(1));
    b.push(Value::Int(2));
}

#[test]
fn regrow_moves_locals_and_values() {
    let mut b = Buffer::new(1, 2);
    b.fast[0] = Some(Value::str("kept"));
    b.push(Value::Int(1));
    Slots::regrow(&mut b.fast, &mut b.stack, 11);
    assert_eq!(b.fast.stack_room(), 11);
    b.extend((2..12).map(Value::Int));
    assert_eq!(b.stack.len(), 11);
    b.stack.truncate(1);
    Slots::regrow(&mut b.fast, &mut b.stack, 2);
    assert_eq!(b.fast.stack_room(), 2);
    assert_eq!(ints(&b.stack), vec![1]);
    assert!(matches!(&b.fast[0], Some(Value::Str(s)) if s.as_str() == "kept"));
}

#[test]
fn reuse_repartitions_or_reallocates() {
    let mut b = Buffer::new(3, 3);
    b.fast[2] = Some(Value::Int(1));
    b.push(Value::Int(2));
    b.release();
    let before = b.fast.as_ptr();
    // Fewer locals and a deeper stack within the same six slots: repartitioned.
    Slots::reuse(&mut b.fast, &mut b.stack, 1, 5);
    assert_eq!(
        (b.fast.len(), b.fast.stack_room(), b.fast.as_ptr()),
        (1, 5, before)
    );
    assert!(b.fast[0].is_none());
    b.extend((0..5).map(Value::Int));
    b.release();
    // Back to three locals: the old stack room becomes unbound locals.
    Slots::reuse(&mut b.fast, &mut b.stack, 3, 3);
    assert_eq!((b.fast.len(), b.fast.stack_room()), (3, 3));
    assert!(b.fast.iter().all(Option::is_none));
    // More than the buffer holds: a new one.
    Slots::reuse(&mut b.fast, &mut b.stack, 4, 8);
    assert_eq!((b.fast.len(), b.fast.stack_room()), (4, 8));
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

#[test]
fn rotate_pop_n_and_replace_pair_keep_every_value_once() {
    let mut b = Buffer::new(0, 6);
    b.extend([
        Value::Int(1),
        Value::str("a"),
        Value::Int(3),
        Value::str("b"),
    ]);
    // SAFETY (all three): the stack holds four values.
    unsafe { b.stack.rotate_top(3) };
    assert_eq!(ints(&b.stack), [1, -1, -1, 3]);
    assert!(matches!(&b.stack[1], Value::Str(s) if s.as_str() == "b"));
    assert!(matches!(&b.stack[2], Value::Str(s) if s.as_str() == "a"));
    unsafe { b.stack.rotate_top(2) };
    assert_eq!(ints(&b.stack), [1, -1, 3, -1]);
    let [x, y] = b.stack.pop_n::<2>().expect("two values");
    assert!(matches!((&x, &y), (Value::Int(3), Value::Str(s)) if s.as_str() == "a"));
    assert_eq!(b.stack.len(), 2);
    assert!(b.stack.pop_n::<3>().is_none());
    assert_eq!(b.stack.len(), 2);
    b.extend([Value::Int(5), Value::Int(6)]);
    unsafe { b.stack.replace_inline_pair(Value::Int(11)) };
    assert_eq!(ints(&b.stack), [1, -1, 11]);
    b.release();
}
