//! Built-ins that consume a Python generator, run inside the dispatch loop: `sum`,
//! `all`, `any`, `min`, `max`, `sorted`, `list`, `tuple`, `set` and `frozenset` called
//! with one argument that is a Python generator
//! (`sum(x * x for x in xs)`) enter the generator's frame as a call does
//! (`Link::Consume`); each `yield` hands its value to the built-in's step and the frame
//! goes on at once, without suspending it or leaving the loop; its return gives the
//! built-in's result to the caller. The native path resumed the generator through a
//! nested `run` per item (`Vm::next`): several hundred instructions an item.
//!
//! What the caller sees is the native call's: the generator is running while it is
//! consumed (`gi_running`), an exception raised in it passes through the caller's line,
//! an error of the step itself (`sum` of a str) is raised in the caller with the
//! generator left suspended, as is a result known early (`all` meeting a false item).
//! Not the built-ins' other forms (see `runtime::builtins::iteration`), nor `for` over a
//! generator (see `gen_switch`).

use super::frame::{Consumer, Frame, Link};
use super::generator::GenState;
use super::run::Active;
use super::Vm;
use crate::compiler::bytecode::CodeKind;
use crate::runtime::builtins::{iteration, sort};
use crate::runtime::error::{value_error, PyErr, PyResult};
use crate::runtime::function::{Builtin, NativeFn};
use crate::runtime::set::PySet;
use crate::runtime::tuple::PyTuple;
use crate::runtime::value::Value;
use std::rc::Rc;

/// What a consumer's step decided.
enum Fed {
    /// Send the generator None and go on.
    More,
    /// The result is known: the generator is left suspended.
    Done(Value),
}

impl Vm {
    /// `sum(gen)`-style call with the callee and its one argument on top of `f`'s stack:
    /// the generator's frame to enter, with the two popped. None (stack untouched) for
    /// any other callee or argument, or a generator that is not a suspended or fresh
    /// Python generator (the native call gives its error or result).
    #[inline]
    pub(super) fn consume_call(&mut self, f: &mut Frame) -> Option<Active> {
        let (consumer, gen) = match f.stack.as_slice() {
            [.., Value::Builtin(b), Value::Generator(g)] => (consumer_of(b)?, g),
            [.., Value::Class(c), Value::Generator(g)] => {
                let t = self.types();
                if Rc::ptr_eq(c, &t.list) {
                    (Consumer::List, g)
                } else if Rc::ptr_eq(c, &t.tuple) {
                    (Consumer::Tuple, g)
                } else if Rc::ptr_eq(c, &t.set) {
                    (Consumer::Set, g)
                } else if Rc::ptr_eq(c, &t.frozenset) {
                    (Consumer::FrozenSet, g)
                } else {
                    return None;
                }
            }
            _ => return None,
        };
        if gen.kind != CodeKind::Generator {
            return None;
        }
        let fresh = match gen.state.get() {
            GenState::Created => true,
            GenState::Suspended => false,
            _ => return None,
        };
        let mut frame = gen.frame.take()?;
        let gen = gen.clone();
        self.swap_handled(&mut frame);
        gen.state.set(GenState::Running);
        gen.started.set(true);
        if !fresh {
            frame.push(Value::None);
        }
        let [callee, arg] = f.pop_n();
        drop(callee);
        drop(arg);
        let start = match consumer {
            Consumer::Sum => Some(Value::Int(0)),
            Consumer::List | Consumer::Tuple | Consumer::Sorted => {
                let list = Value::list(Vec::new());
                self.gc_track(&list);
                Some(list)
            }
            Consumer::Set | Consumer::FrozenSet => Some(Value::Set(Rc::new(PySet::new(
                consumer == Consumer::FrozenSet,
            )))),
            _ => None,
        };
        Some(Active::new(
            frame,
            Some(gen),
            Link::Consume(consumer),
            start,
        ))
    }

    /// The generator frame `cur` (consumed by `consumer`) yielded `v`. Ok(()) when the
    /// frame goes on (None pushed as what the yield returns) or it was suspended and its
    /// caller is current with the result pushed; an error is to be raised in the caller,
    /// which is current then.
    pub(super) fn consume_item(
        &mut self,
        consumer: Consumer,
        v: Value,
        cur: &mut Active,
        parents: &mut Vec<Active>,
    ) -> PyResult<()> {
        // The step may run Python code (`__add__`, `__bool__`, `__lt__`): it sees the
        // exception its caller handles, as with the generator suspended.
        self.swap_handled(&mut cur.frame);
        let state = cur.frame.extra.take();
        let fed = self.consume_step(consumer, state, v);
        self.swap_handled(&mut cur.frame);
        match fed {
            Ok((Fed::More, state)) => {
                cur.frame.extra = state;
                cur.frame.push(Value::None);
                Ok(())
            }
            Ok((Fed::Done(result), _)) => {
                self.stop_consuming(cur, parents);
                cur.frame.push(result);
                Ok(())
            }
            Err(e) => {
                self.stop_consuming(cur, parents);
                Err(e)
            }
        }
    }

    #[inline(always)]
    fn consume_step(
        &mut self,
        consumer: Consumer,
        state: Option<Value>,
        v: Value,
    ) -> PyResult<(Fed, Option<Value>)> {
        match consumer {
            Consumer::Sum => {
                let acc = state.unwrap_or(Value::Int(0));
                Ok((Fed::More, Some(iteration::sum_step(self, acc, &v)?)))
            }
            Consumer::All => match self.truthy(&v)? {
                true => Ok((Fed::More, None)),
                false => Ok((Fed::Done(Value::Bool(false)), None)),
            },
            Consumer::Any => match self.truthy(&v)? {
                true => Ok((Fed::Done(Value::Bool(true)), None)),
                false => Ok((Fed::More, None)),
            },
            Consumer::Min | Consumer::Max => {
                let best = match state {
                    Some(best)
                        if !iteration::better(self, consumer == Consumer::Max, &v, &best)? =>
                    {
                        best
                    }
                    _ => v,
                };
                Ok((Fed::More, Some(best)))
            }
            Consumer::List | Consumer::Tuple | Consumer::Sorted => {
                if let Some(Value::List(l)) = &state {
                    l.push(v);
                }
                Ok((Fed::More, state))
            }
            Consumer::Set | Consumer::FrozenSet => {
                if let Some(set @ Value::Set(s)) = &state {
                    self.gc.track_if_holds(set, &v);
                    s.add(self, v)?;
                }
                Ok((Fed::More, state))
            }
        }
    }

    /// The consumed generator's frame `cur` is left suspended (its result known early or
    /// the step raised): its caller becomes current.
    #[cold]
    #[inline(never)]
    fn stop_consuming(&mut self, cur: &mut Active, parents: &mut Vec<Active>) {
        let parent = self
            .pop_parent(parents)
            .expect("a consumed generator's frame is entered from its caller's");
        self.depth -= 1;
        let mut done = std::mem::replace(cur, parent).frame;
        done.extra = None;
        done.link = Link::Call;
        match done.owner.take() {
            // Nothing else holds the generator (`all(x > 0 for x in xs)`) and closing it
            // would run no code (no `try`/`with` open): it is finished here and its frame
            // recycled, where suspending it would only have it freed by the drop.
            Some(g) if Rc::strong_count(&g) == 1 && done.blocks.is_empty() => {
                g.state.set(GenState::Done);
                self.recycle_frame(done);
            }
            owner => self.suspend(owner, done),
        }
    }

    /// The consumed generator's frame `done` returned: the built-in's result from its
    /// final state.
    pub(super) fn consumer_returned(
        &mut self,
        consumer: Consumer,
        done: &mut Frame,
    ) -> PyResult<Value> {
        super::gen_switch::generator_finished(done);
        let state = done.extra.take();
        self.consumer_result(consumer, state)
    }

    /// The built-in's result from the consumer's final state.
    pub(super) fn consumer_result(
        &mut self,
        consumer: Consumer,
        state: Option<Value>,
    ) -> PyResult<Value> {
        match (consumer, state) {
            (Consumer::Sum, state) => Ok(state.unwrap_or(Value::Int(0))),
            (Consumer::All, _) => Ok(Value::Bool(true)),
            (Consumer::Any, _) => Ok(Value::Bool(false)),
            (Consumer::Min | Consumer::Max, Some(best)) => Ok(best),
            (Consumer::Min, None) => Err(empty_error("min")),
            (Consumer::Max, None) => Err(empty_error("max")),
            (Consumer::List, Some(list)) => Ok(list),
            (Consumer::Tuple, Some(Value::List(l))) => {
                let items = std::mem::take(&mut *l.items.borrow_mut());
                Ok(self.tuple_tracked(PyTuple::new(items)))
            }
            (Consumer::Sorted, Some(list @ Value::List(_))) => {
                if let Value::List(l) = &list {
                    // Sorted outside the list's borrow: comparisons may run Python code.
                    let mut items = std::mem::take(&mut *l.items.borrow_mut());
                    sort::sort_values(self, &mut items, None, false)?;
                    *l.items.borrow_mut() = items;
                }
                Ok(list)
            }
            (Consumer::Set | Consumer::FrozenSet, Some(set)) => Ok(set),
            (Consumer::Set | Consumer::FrozenSet, None) => Ok(Value::Set(Rc::new(PySet::new(
                consumer == Consumer::FrozenSet,
            )))),
            (Consumer::List | Consumer::Tuple | Consumer::Sorted, _) => Ok(Value::list(Vec::new())),
        }
    }
}

#[cold]
fn empty_error(name: &str) -> PyErr {
    value_error(format!("{name}() arg is an empty sequence"))
}

/// Which consumer the built-in `b` is, recognised by function address (a miss only
/// loses the fast path).
#[inline(always)]
fn consumer_of(b: &Builtin) -> Option<Consumer> {
    if b.bound.is_some() {
        return None;
    }
    let table: [(NativeFn, Consumer); 6] = [
        (iteration::sum, Consumer::Sum),
        (iteration::all, Consumer::All),
        (iteration::any, Consumer::Any),
        (iteration::min, Consumer::Min),
        (iteration::max, Consumer::Max),
        (iteration::sorted, Consumer::Sorted),
    ];
    table
        .iter()
        .find(|(func, _)| std::ptr::fn_addr_eq(b.func, *func))
        .map(|(_, c)| *c)
}
