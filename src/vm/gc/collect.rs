//! One collection: CPython's trial deletion over the tracked containers of the
//! generations collected (gcmodule.c's update_refs, subtract_refs, move_unreachable).
//!
//! 1. Every object starts with its `Rc` strong count (less the collector's own reference)
//!    and loses one for each reference from another object in the set: what remains are
//!    references from outside (other generations, the VM's stacks, Rust locals), so the
//!    collector needs to know nothing about roots. Untracked containers met on the way
//!    (closure cells, shared namespaces, containers made where no `Vm` was at hand) join
//!    the set; tracked ones of older generations stay outside it.
//! 2. Objects with outside references are reachable, and so is everything they reach.
//! 3. The rest is garbage: finalizers run once (PEP 442), objects they resurrected are
//!    kept, and the remaining ones are cleared, which breaks the cycles so the `Rc`s drop.
//!
//! It runs only where no `RefCell` borrow of an object is live (the dispatch loop's safe
//! points, `gc.collect`); a borrowed object is simply kept. Not here: the registry and
//! thresholds (`vm::gc`), finalizer calls (`vm::gc::finalize`).

use super::{Tracked, DEBUG_SAVEALL, GENERATIONS};
use crate::runtime::dict::PyDict;
use crate::runtime::function::CellObj;
use crate::runtime::traverse::{self, Visitor};
use crate::runtime::value::Value;
use crate::vm::Vm;
use std::rc::Rc;

/// An object in the set: a value, or a closure cell (which has no `Value` variant).
#[derive(Clone)]
pub(crate) enum Obj {
    Value(Value),
    Cell(Rc<CellObj>),
}

impl Obj {
    fn addr(&self) -> usize {
        match self {
            Obj::Value(v) => v.heap_ptr().unwrap_or(0),
            Obj::Cell(c) => Rc::as_ptr(c) as *const u8 as usize,
        }
    }

    fn strong_count(&self) -> usize {
        match self {
            Obj::Value(v) => traverse::strong_count(v),
            Obj::Cell(c) => Rc::strong_count(c),
        }
    }

    fn traverse(&self, vis: &mut dyn Visitor) -> bool {
        match self {
            Obj::Value(v) => traverse::of(v).is_none_or(|t| t.traverse(vis)),
            Obj::Cell(c) => traverse::Traverse::traverse(&**c, vis),
        }
    }

    fn clear(&self) {
        match self {
            Obj::Value(v) => {
                if let Some(t) = traverse::of(v) {
                    t.clear()
                }
            }
            Obj::Cell(c) => traverse::Traverse::clear(&**c),
        }
    }

    /// How many objects CPython would count for this one: a function with a closure
    /// also has the closure's tuple there.
    fn weight(&self) -> usize {
        match self {
            Obj::Value(Value::Function(f)) if !f.closure.is_empty() => 2,
            _ => 1,
        }
    }
}

struct Node {
    obj: Obj,
    /// References from outside the set (once the inside ones are subtracted).
    refs: isize,
    reachable: bool,
}

/// The objects of one collection, with an index by address.
#[derive(Default)]
struct Graph {
    nodes: Vec<Node>,
    index: hashbrown::HashMap<usize, usize>,
    /// Take in untracked containers met during traversal.
    discover: bool,
}

/// Kept alive whatever the counts say (its contents could not be read).
const PINNED: isize = isize::MAX / 2;

impl Graph {
    fn add(&mut self, obj: Obj, refs: isize) {
        self.index.insert(obj.addr(), self.nodes.len());
        self.nodes.push(Node {
            obj,
            refs,
            reachable: false,
        });
    }

    /// A node for an object the collector holds one reference to (its own).
    fn add_held(&mut self, obj: Obj) {
        let refs = obj.strong_count() as isize - 1;
        self.add(obj, refs);
    }

    /// subtract_refs: every reference from inside the set is not from outside.
    fn subtract_internal(&mut self) {
        let mut i = 0;
        while i < self.nodes.len() {
            let obj = self.nodes[i].obj.clone();
            if !obj.traverse(&mut Subtract(self)) {
                self.nodes[i].refs = PINNED;
            }
            i += 1;
        }
    }

    /// move_unreachable: mark what outside references reach.
    fn mark_reachable(&mut self) {
        let mut work: Vec<usize> = (0..self.nodes.len())
            .filter(|&i| self.nodes[i].refs > 0)
            .collect();
        for &i in &work {
            self.nodes[i].reachable = true;
        }
        while let Some(i) = work.pop() {
            let obj = self.nodes[i].obj.clone();
            obj.traverse(&mut Reach {
                graph: self,
                work: &mut work,
            });
        }
    }
}

struct Subtract<'a>(&'a mut Graph);

impl Subtract<'_> {
    fn seen(&mut self, addr: usize, discover: impl FnOnce() -> Option<Obj>) {
        let g = &mut *self.0;
        if let Some(&j) = g.index.get(&addr) {
            g.nodes[j].refs -= 1;
        } else if g.discover {
            if let Some(obj) = discover() {
                // This reference is inside; the collector's clone is not counted.
                let refs = obj.strong_count() as isize - 2;
                g.add(obj, refs);
            }
        }
    }
}

impl Visitor for Subtract<'_> {
    fn value(&mut self, v: &Value) {
        if traverse::of(v).is_none() {
            return;
        }
        let addr = v.heap_ptr().unwrap_or(0);
        self.seen(addr, || {
            // A tracked container outside the set belongs to an older generation.
            let tracked = traverse::header(v).is_some_and(|h| h.is_tracked());
            (!tracked).then(|| Obj::Value(v.clone()))
        });
    }

    fn cell(&mut self, c: &Rc<CellObj>) {
        let addr = Rc::as_ptr(c) as *const u8 as usize;
        self.seen(addr, || Some(Obj::Cell(c.clone())));
    }
}

struct Reach<'a> {
    graph: &'a mut Graph,
    work: &'a mut Vec<usize>,
}

impl Reach<'_> {
    fn seen(&mut self, addr: usize) {
        if let Some(&j) = self.graph.index.get(&addr) {
            let n = &mut self.graph.nodes[j];
            if !n.reachable {
                n.reachable = true;
                self.work.push(j);
            }
        }
    }
}

impl Visitor for Reach<'_> {
    fn value(&mut self, v: &Value) {
        if traverse::of(v).is_some() {
            self.seen(v.heap_ptr().unwrap_or(0));
        }
    }

    fn cell(&mut self, c: &Rc<CellObj>) {
        self.seen(Rc::as_ptr(c) as *const u8 as usize);
    }
}

/// What a collection found: CPython's "collected" and "uncollectable".
#[derive(Clone, Copy, Default)]
pub struct Outcome {
    pub collected: usize,
    pub uncollectable: usize,
}

impl Vm {
    /// Collect `generation` and the younger ones, calling `gc.callbacks` around it.
    /// The number of unreachable objects found (what `gc.collect` returns).
    pub fn gc_collect_with_callbacks(&mut self, generation: usize) -> usize {
        if self.gc.collecting {
            return 0;
        }
        self.gc_callbacks("start", generation, Outcome::default());
        let outcome = self.gc_collect(generation);
        self.gc_callbacks("stop", generation, outcome);
        outcome.collected + outcome.uncollectable
    }

    fn gc_callbacks(&mut self, phase: &str, generation: usize, outcome: Outcome) {
        if self.gc.callbacks.is_empty() {
            return;
        }
        let info = PyDict::new();
        info.set_by_str("generation", Value::Int(generation as i64));
        info.set_by_str("collected", Value::Int(outcome.collected as i64));
        info.set_by_str("uncollectable", Value::Int(outcome.uncollectable as i64));
        let info = Value::Dict(Rc::new(info));
        for cb in self.gc.callbacks.snapshot() {
            if let Err(e) = self.call_args(&cb, vec![Value::str(phase), info.clone()]) {
                self.print_ignored_exception("Exception ignored in", &cb, &e);
            }
        }
    }

    /// One collection of `generation` and the younger ones.
    pub(crate) fn gc_collect(&mut self, generation: usize) -> Outcome {
        self.gc_collect_forcing(generation, None)
    }

    /// At exit, as CPython's shutdown: the `__main__` namespace is garbage whatever
    /// still refers to it, and so is everything only it keeps alive. Finalizers run (in
    /// the order the objects were tracked) while the names are still bound, then all of
    /// it is cleared.
    pub fn gc_collect_at_exit(&mut self, main: &Rc<PyDict>) {
        self.frame_pool_clear();
        let main = Value::Dict(main.clone());
        self.gc_collect_forcing(GENERATIONS - 1, Some(&main));
        self.run_finalizers();
    }

    fn gc_collect_forcing(&mut self, generation: usize, garbage: Option<&Value>) -> Outcome {
        self.gc.collecting = true;
        let mut graph = Graph {
            discover: true,
            ..Default::default()
        };
        // Oldest first: the tracking order, as CPython's lists merged young into old.
        for g in (0..=generation).rev() {
            for t in std::mem::take(&mut self.gc.gens[g]) {
                if let Some(v) = t.upgrade() {
                    graph.add_held(Obj::Value(v));
                }
            }
        }
        let forced = garbage.map(|v| v.heap_ptr().unwrap_or(0));
        if let Some(v) = garbage {
            if !forced.is_some_and(|a| graph.index.contains_key(&a)) {
                graph.add_held(Obj::Value(v.clone()));
            }
        }
        graph.subtract_internal();
        if let Some(i) = forced.and_then(|a| graph.index.get(&a).copied()) {
            graph.nodes[i].refs = 0;
        }
        graph.mark_reachable();
        let (survivors, unreachable): (Vec<Node>, Vec<Node>) =
            graph.nodes.into_iter().partition(|n| n.reachable);
        let mut unreachable: Vec<Obj> = unreachable.into_iter().map(|n| n.obj).collect();
        let older = (generation + 1).min(GENERATIONS - 1);
        let mut kept = 0;
        for n in survivors {
            kept += self.gc_retrack(&n.obj, older) as usize;
        }
        if self.gc_finalize(&unreachable) {
            let resurrected;
            (resurrected, unreachable) = still_unreachable(unreachable);
            for obj in &resurrected {
                kept += self.gc_retrack(obj, older) as usize;
            }
        }
        let collected = unreachable.iter().map(Obj::weight).sum();
        if self.gc.debug & DEBUG_SAVEALL != 0 {
            for obj in &unreachable {
                self.gc_retrack(obj, older);
                if let Obj::Value(v) = obj {
                    self.gc.garbage.push(v.clone());
                }
            }
        } else {
            for obj in &unreachable {
                obj.clear();
            }
            for obj in &unreachable {
                // Cleared but still referenced (contents that could not be cleared):
                // tracked again, so a later collection looks at it.
                if obj.strong_count() > 1 {
                    self.gc_retrack(obj, older);
                }
            }
        }
        drop(unreachable);
        self.gc_account(generation, kept);
        self.gc.collecting = false;
        self.run_weak_callbacks();
        self.run_finalizers();
        Outcome {
            collected,
            uncollectable: 0,
        }
    }

    /// Register a surviving object in `generation`; whether it is a registered kind.
    fn gc_retrack(&mut self, obj: &Obj, generation: usize) -> bool {
        let Obj::Value(v) = obj else { return false };
        let Some(h) = traverse::header(v) else {
            return false;
        };
        // CPython untracks the tuples and dicts that hold no container.
        if matches!(v, Value::Tuple(_) | Value::Dict(_)) && !holds_container(v) {
            h.set_untracked();
            return false;
        }
        h.set_tracked();
        match Tracked::of(v) {
            Some(t) => {
                self.gc.gens[generation].push(t);
                true
            }
            None => false,
        }
    }

    /// CPython's bookkeeping after collecting `generation`: counts and the long-lived
    /// numbers that decide when the oldest generation is worth collecting.
    fn gc_account(&mut self, generation: usize, survivors: usize) {
        if generation + 1 < GENERATIONS {
            self.gc.counts[generation + 1] += 1;
        }
        for g in 1..=generation {
            self.gc.counts[g] = 0;
        }
        if generation == GENERATIONS - 2 {
            self.gc.long_lived_pending += survivors;
        }
        if generation == GENERATIONS - 1 {
            self.gc.long_lived_pending = 0;
            self.gc.long_lived_total = survivors;
        }
    }
}

/// After finalizers ran: split the garbage into what they resurrected (reachable again
/// from outside it) and what is still unreachable (handle_resurrected_objects).
fn still_unreachable(objs: Vec<Obj>) -> (Vec<Obj>, Vec<Obj>) {
    let mut graph = Graph::default();
    for obj in objs {
        graph.add_held(obj);
    }
    graph.subtract_internal();
    graph.mark_reachable();
    let (alive, dead): (Vec<Node>, Vec<Node>) = graph.nodes.into_iter().partition(|n| n.reachable);
    (
        alive.into_iter().map(|n| n.obj).collect(),
        dead.into_iter().map(|n| n.obj).collect(),
    )
}

/// Whether a value's object refers to any container.
fn holds_container(v: &Value) -> bool {
    struct Any(bool);
    impl Visitor for Any {
        fn value(&mut self, v: &Value) {
            self.0 |= traverse::of(v).is_some();
        }
        fn cell(&mut self, _: &Rc<CellObj>) {
            self.0 = true;
        }
    }
    let mut any = Any(false);
    // Unreadable contents count as holding one (the object stays tracked).
    traverse::of(v).is_none_or(|t| !t.traverse(&mut any)) || any.0
}
