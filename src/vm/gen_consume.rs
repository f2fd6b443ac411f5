//! Built-ins that consume a Python generator, run inside the dispatch loop: `sum`,
//! `all`, `any`, `min`, `max`, `sorted`, `list`, `tuple`, `set`, `frozenset`, `dict` and
//! `str.join` called with one argument that is a Python generator, or an instance whose
//! `__iter__` is a Python generator function (`sum(x * x for x in xs)`, `sum(tree)`,
//! `"".join(str(x) for x in xs)`) enter the generator's frame as a call does
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
use super::generator::{GenState, Generator};
use super::run::Active;
use super::Vm;
use crate::compiler::bytecode::CodeKind;
use crate::runtime::builtins::{dict_methods, iteration, sort, str_methods};
use crate::runtime::dict::PyDict;
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
    /// `sum(gen)`-style call with the callee and its `argc` arguments on top of `f`'s
    /// stack: the generator's frame to enter, with them popped. None (stack untouched)
    /// for any other callee or argument, or a generator that is not a suspended or fresh
    /// Python generator (the native call gives its error or result). Two arguments are
    /// `sep.join(gen)`'s unbound method form: the separator, then the generator.
    ///
    /// An instance whose class's `__iter__` is a plain Python generator function
    /// (`def __iter__(self): yield ...`, `sum(tree)`) is consumed the same way: the
    /// generator `iter()` would make is made here, as its call does, and entered.
    #[inline(always)]
    pub(super) fn consume_call(&mut self, f: &mut Frame, argc: usize) -> Option<Active> {
        // Most calls reaching here have another argument: rejected before any callee test.
        match f.stack.as_slice() {
            [.., Value::Generator(_) | Value::Instance(_)] => self.enter_consumer(f, argc),
            _ => None,
        }
    }

    #[inline(never)]
    fn enter_consumer(&mut self, f: &mut Frame, argc: usize) -> Option<Active> {
        let (consumer, arg) = match (argc, f.stack.as_slice()) {
            (1, [.., Value::Builtin(b), arg]) => (consumer_of(b)?, arg),
            (1, [.., Value::Class(c), arg]) => {
                let t = self.types();
                let consumer = if Rc::ptr_eq(c, &t.list) {
                    Consumer::List
                } else if Rc::ptr_eq(c, &t.tuple) {
                    Consumer::Tuple
                } else if Rc::ptr_eq(c, &t.set) {
                    Consumer::Set
                } else if Rc::ptr_eq(c, &t.frozenset) {
                    Consumer::FrozenSet
                } else if Rc::ptr_eq(c, &t.dict) {
                    Consumer::Dict
                } else {
                    return None;
                };
                (consumer, arg)
            }
            (2, [.., Value::Builtin(b), Value::Str(_), arg])
                if b.bound.is_none() && std::ptr::fn_addr_eq(b.func, STR_JOIN) =>
            {
                (Consumer::Join, arg)
            }
            _ => return None,
        };
        let gen = match arg {
            Value::Generator(g) => g.clone(),
            // `dict(x)` takes an instance with `keys()` as a mapping: generators only.
            Value::Instance(_) if consumer != Consumer::Dict => self.iter_generator(arg)?,
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
        self.swap_handled(&mut frame);
        gen.state.set(GenState::Running);
        gen.started.set(true);
        if !fresh {
            frame.push(Value::None);
        }
        let start = match consumer {
            Consumer::Join => {
                // The separator is the collected list's first item (the list is the
                // consumer's own, never seen by Python code).
                let [callee, sep, arg] = f.pop_n();
                drop(callee);
                drop(arg);
                let list = Value::list(vec![sep]);
                self.gc_track(&list);
                return Some(Active::new(
                    frame,
                    Some(gen),
                    Link::Consume(consumer),
                    Some(list),
                ));
            }
            _ => {
                let [callee, arg] = f.pop_n();
                drop(callee);
                drop(arg);
                self.consumer_start(consumer)
            }
        };
        Some(Active::new(
            frame,
            Some(gen),
            Link::Consume(consumer),
            start,
        ))
    }

    /// A consumer's state before the first item.
    #[inline(always)]
    fn consumer_start(&mut self, consumer: Consumer) -> Option<Value> {
        match consumer {
            Consumer::Sum => Some(Value::Int(0)),
            Consumer::List | Consumer::Tuple | Consumer::Sorted => {
                let list = Value::list(Vec::new());
                self.gc_track(&list);
                Some(list)
            }
            Consumer::Set | Consumer::FrozenSet => Some(Value::Set(Rc::new(PySet::new(
                consumer == Consumer::FrozenSet,
            )))),
            // The dict and the number of pairs stored so far (for the errors' element
            // numbers): the consumer's own list, never seen by Python code.
            Consumer::Dict => {
                let state = Value::list(vec![Value::Dict(Rc::new(PyDict::new())), Value::Int(0)]);
                self.gc_track(&state);
                Some(state)
            }
            _ => None,
        }
    }

    /// The generator `iter(v)` gives for an instance `v` whose class's `__iter__` is a
    /// Python generator function taking only `self`: made as calling it makes it (no
    /// code runs). None for any other `__iter__`.
    fn iter_generator(&mut self, v: &Value) -> Option<Rc<Generator>> {
        let cls = self.type_of(v);
        let method = cls.lookup(&self.names.iter)?;
        self.generator_of_iter(v, &method)
    }

    /// The generator calling `method` (`v`'s class's `__iter__`) with `v` makes, when
    /// it is a Python generator function taking only `self`: made here without the
    /// general call (`iter(tree)`, `yield from self.left`). None for any other method.
    #[inline]
    pub(super) fn generator_of_iter(&mut self, v: &Value, method: &Value) -> Option<Rc<Generator>> {
        let Value::Function(func) = method else {
            return None;
        };
        if func.code.simple_gen_argc != 1
            || func.code.code.kind != CodeKind::Generator
            || self.coro_origins.is_some()
        {
            return None;
        }
        let mut frame = self.function_frame(func);
        frame.fast[0] = Some(v.clone());
        match self.make_generator(func, frame) {
            Value::Generator(g) => Some(g),
            _ => None,
        }
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
            Consumer::List | Consumer::Tuple | Consumer::Sorted | Consumer::Join => {
                if let Some(Value::List(l)) = &state {
                    l.push(v);
                }
                Ok((Fed::More, state))
            }
            Consumer::Dict => {
                if let Some(Value::List(l)) = &state {
                    let (d, n) = match &l.items.borrow()[..] {
                        [Value::Dict(d), Value::Int(n)] => (d.clone(), *n),
                        _ => (Rc::new(PyDict::new()), 0),
                    };
                    dict_methods::dict_update_item(self, &d, n as usize, &v)?;
                    if let Some(count) = l.items.borrow_mut().get_mut(1) {
                        *count = Value::Int(n + 1);
                    }
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
            (Consumer::Join, Some(Value::List(l))) => {
                let items = std::mem::take(&mut *l.items.borrow_mut());
                match items.split_first() {
                    Some((Value::Str(sep), items)) => str_methods::join_collected(self, sep, items),
                    _ => Ok(self.names.small.empty()),
                }
            }
            (Consumer::Dict, Some(Value::List(l))) => {
                let d = match l.items.borrow_mut().first_mut() {
                    Some(d) => std::mem::replace(d, Value::None),
                    None => Value::None,
                };
                self.gc.track_dict_if_holds(&d);
                Ok(d)
            }
            (Consumer::Set | Consumer::FrozenSet, Some(set)) => Ok(set),
            (Consumer::Set | Consumer::FrozenSet, None) => Ok(Value::Set(Rc::new(PySet::new(
                consumer == Consumer::FrozenSet,
            )))),
            (Consumer::Dict, _) => Ok(Value::Dict(Rc::new(PyDict::new()))),
            (Consumer::List | Consumer::Tuple | Consumer::Sorted | Consumer::Join, _) => {
                Ok(Value::list(Vec::new()))
            }
        }
    }
}

#[cold]
fn empty_error(name: &str) -> PyErr {
    value_error(format!("{name}() arg is an empty sequence"))
}

/// The unbound `str.join`, recognised by address as `consumer_of` recognises the rest.
const STR_JOIN: NativeFn = str_methods::join;

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
