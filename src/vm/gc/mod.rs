//! The cycle collector's state: the registry of tracked containers in CPython's three
//! generations, the thresholds, and the decision when to collect.
//!
//! Reference counting (`Rc`) frees everything but cycles; the collector finds those by
//! trial deletion (see [`collect`]). The registry holds a `Weak` to each tracked object:
//! registering is a push, an object that dies needs nothing from its `Drop`, and its dead
//! entry is swept the next time its generation is looked at (a young collection, or
//! `get_count`). The generation-0 count is so "tracked objects made minus those dead",
//! as CPython's "allocations minus deallocations".
//!
//! Objects are registered by the VM operations and builtins that make them, where the
//! `Vm` is at hand (constructors do not have it); containers made elsewhere are found
//! by traversal from tracked ones during a collection and tracked from then on.
//! What is not here: traversal ([`crate::runtime::traverse`]), finalizers ([`finalize`]).

pub mod collect;
pub mod finalize;
#[cfg(test)]
mod tests;

use crate::runtime::class::{Class, Instance};
use crate::runtime::dict::PyDict;
use crate::runtime::function::Function;
use crate::runtime::list::PyList;
use crate::runtime::set::PySet;
use crate::runtime::traverse;
use crate::runtime::tuple::PyTuple;
use crate::runtime::value::Value;
use crate::vm::Generator;
use std::rc::{Rc, Weak};

/// A registry entry: a weak reference to a tracked container.
pub(crate) enum Tracked {
    List(Weak<PyList>),
    Tuple(Weak<PyTuple>),
    Dict(Weak<PyDict>),
    Set(Weak<PySet>),
    Function(Weak<Function>),
    Class(Weak<Class>),
    Instance(Weak<Instance>),
    Generator(Weak<Generator>),
}

impl Tracked {
    fn of(v: &Value) -> Option<Tracked> {
        Some(match v {
            Value::List(r) => Tracked::List(Rc::downgrade(r)),
            Value::Tuple(r) => Tracked::Tuple(Rc::downgrade(r)),
            Value::Dict(r) => Tracked::Dict(Rc::downgrade(r)),
            Value::Set(r) => Tracked::Set(Rc::downgrade(r)),
            Value::Function(r) => Tracked::Function(Rc::downgrade(r)),
            Value::Class(r) => Tracked::Class(Rc::downgrade(r)),
            Value::Instance(r) => Tracked::Instance(Rc::downgrade(r)),
            Value::Generator(r) => Tracked::Generator(Rc::downgrade(r)),
            _ => return None,
        })
    }

    pub(crate) fn upgrade(&self) -> Option<Value> {
        Some(match self {
            Tracked::List(w) => Value::List(w.upgrade()?),
            Tracked::Tuple(w) => Value::Tuple(w.upgrade()?),
            Tracked::Dict(w) => Value::Dict(w.upgrade()?),
            Tracked::Set(w) => Value::Set(w.upgrade()?),
            Tracked::Function(w) => Value::Function(w.upgrade()?),
            Tracked::Class(w) => Value::Class(w.upgrade()?),
            Tracked::Instance(w) => Value::Instance(w.upgrade()?),
            Tracked::Generator(w) => Value::Generator(w.upgrade()?),
        })
    }

    fn alive(&self) -> bool {
        match self {
            Tracked::List(w) => w.strong_count() > 0,
            Tracked::Tuple(w) => w.strong_count() > 0,
            Tracked::Dict(w) => w.strong_count() > 0,
            Tracked::Set(w) => w.strong_count() > 0,
            Tracked::Function(w) => w.strong_count() > 0,
            Tracked::Class(w) => w.strong_count() > 0,
            Tracked::Instance(w) => w.strong_count() > 0,
            Tracked::Generator(w) => w.strong_count() > 0,
        }
    }
}

/// CPython's generation count.
pub const GENERATIONS: usize = 3;

pub struct Gc {
    /// Tracked objects by generation, youngest first.
    pub(crate) gens: [Vec<Tracked>; GENERATIONS],
    /// `gc.freeze()`: objects the collector no longer looks at.
    pub(crate) permanent: Vec<Tracked>,
    /// `gc.get_threshold()`.
    pub thresholds: [usize; GENERATIONS],
    /// Collections of generation i-1 since generation i was last collected (index 0 unused:
    /// generation 0 counts its entries).
    pub(crate) counts: [usize; GENERATIONS],
    pub enabled: bool,
    /// A collection is running (callbacks and finalizers may allocate: no nested one).
    pub(crate) collecting: bool,
    /// Objects that survived a full collection, and those promoted to the oldest
    /// generation since: CPython collects the oldest generation only when the second
    /// reaches a quarter of the first.
    pub(crate) long_lived_total: usize,
    pub(crate) long_lived_pending: usize,
    /// `gc.set_debug` flags.
    pub debug: i64,
    /// `gc.callbacks` and `gc.garbage`: the very lists the module shows.
    pub callbacks: Rc<PyList>,
    pub garbage: Rc<PyList>,
}

/// `gc.DEBUG_SAVEALL`: unreachable objects go to `gc.garbage` instead of being freed.
pub const DEBUG_SAVEALL: i64 = 32;

impl Default for Gc {
    fn default() -> Self {
        Gc {
            gens: Default::default(),
            permanent: Vec::new(),
            thresholds: [700, 10, 10],
            counts: [0; GENERATIONS],
            enabled: true,
            collecting: false,
            long_lived_total: 0,
            long_lived_pending: 0,
            debug: 0,
            callbacks: Rc::new(PyList::new(Vec::new())),
            garbage: Rc::new(PyList::new(Vec::new())),
        }
    }
}

impl Gc {
    /// Register a new container in generation 0 (once; values the collector does not
    /// register are ignored). Past the threshold, ask the dispatch loop for a collection.
    #[inline]
    pub fn track(&mut self, v: &Value) {
        let Some(h) = traverse::header(v) else { return };
        if !h.set_tracked() {
            return;
        }
        if let Some(t) = Tracked::of(v) {
            self.push_young(t);
        }
    }

    #[inline]
    fn push_young(&mut self, t: Tracked) {
        let young = &mut self.gens[0];
        young.push(t);
        let (len, threshold) = (young.len(), self.thresholds[0]);
        // Trip once when crossing, and again now and then in case another thread's
        // interpreter consumed the (process-wide) breaker bit.
        if len > threshold && (len - threshold) & 1023 == 1 && self.enabled && threshold > 0 {
            crate::vm::eval_breaker::trip(crate::vm::eval_breaker::GC);
        }
    }

    /// Register a container whose element makes it able to take part in a cycle (a dict
    /// or tuple that holds a container, as CPython's lazy tracking of those).
    #[inline]
    pub fn track_if_holds(&mut self, owner: &Value, item: &Value) {
        if traverse::of(item).is_some() {
            self.track(owner);
        }
    }

    /// Drop the dead entries of generation 0; its live count.
    pub(crate) fn sweep_young(&mut self) -> usize {
        self.gens[0].retain(Tracked::alive);
        self.gens[0].len()
    }

    /// `gc.get_count()`.
    pub fn count(&mut self) -> [usize; GENERATIONS] {
        [self.sweep_young(), self.counts[1], self.counts[2]]
    }

    /// The generation CPython's `gc_collect_generations` would collect now, if any.
    pub(crate) fn due_generation(&mut self) -> Option<usize> {
        if !self.enabled || self.collecting || self.thresholds[0] == 0 {
            return None;
        }
        let young = self.sweep_young();
        for g in (0..GENERATIONS).rev() {
            let count = if g == 0 { young } else { self.counts[g] };
            if count > self.thresholds[g] {
                if g == GENERATIONS - 1 && self.long_lived_pending < self.long_lived_total / 4 {
                    continue;
                }
                return Some(g);
            }
        }
        None
    }

    /// `gc.freeze()`: every tracked object moves to the permanent generation.
    pub fn freeze(&mut self) {
        for g in &mut self.gens {
            self.permanent.append(g);
        }
        self.counts = [0; GENERATIONS];
    }

    /// `gc.unfreeze()`: the permanent generation joins the oldest.
    pub fn unfreeze(&mut self) {
        let frozen = std::mem::take(&mut self.permanent);
        self.gens[GENERATIONS - 1].extend(frozen);
    }

    pub fn freeze_count(&mut self) -> usize {
        self.permanent.retain(Tracked::alive);
        self.permanent.len()
    }

    /// The live tracked objects of `generation` (all generations for None), for
    /// `gc.get_objects`.
    pub fn objects(&self, generation: Option<usize>) -> Vec<Value> {
        let gens: &[Vec<Tracked>] = match generation {
            Some(g) => std::slice::from_ref(&self.gens[g]),
            None => &self.gens,
        };
        gens.iter().flatten().filter_map(Tracked::upgrade).collect()
    }
}

impl crate::vm::Vm {
    /// Register a new container with the collector.
    #[inline]
    pub fn gc_track(&mut self, v: &Value) {
        self.gc.track(v);
    }

    /// The eval breaker's GC bit: collect the generation that is due, if any.
    #[cold]
    pub(crate) fn gc_collect_due(&mut self) {
        if let Some(g) = self.gc.due_generation() {
            self.gc_collect_with_callbacks(g);
        }
    }
}
