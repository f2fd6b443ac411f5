//! One collection: CPython's trial deletion over the tracked containers of the
//! generations collected (gcmodule.c's update_refs, subtract_refs, move_unreachable).
//!
//! 1. Every object starts with its `Rc` strong count (kept in its header meanwhile, as
//!    CPython's `gc_refs`; the collector holds no reference to the objects it examines,
//!    and nothing is dropped while it does) and loses one for each reference from
//!    another object in the set: what remains are
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

use super::{borrowed_value, DEBUG_SAVEALL, GENERATIONS};
use crate::runtime::dict::PyDict;
use crate::runtime::function::CellObj;
use crate::runtime::gc_header::GcHeader;
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

/// An object without a header met during a collection (a closure cell, a bound method,
/// a module...), examined beside the header-bearing ones.
struct Node {
    obj: Obj,
    /// References from outside the set (once the inside ones are subtracted).
    refs: isize,
    reachable: bool,
}

/// The objects of one collection: the header-bearing ones linked in `set` (their
/// counts and marks in their headers), the others in `side` with an index by address.
struct Examined {
    set: Box<GcHeader>,
    side: Vec<Node>,
    side_index: hashbrown::HashMap<usize, usize>,
    /// Take in untracked containers met during traversal.
    discover: bool,
}

/// Kept alive whatever the counts say (its contents could not be read).
const PINNED: isize = isize::MAX / 2;

/// Something to visit while marking what is reachable.
enum Item {
    Header(*const GcHeader),
    Side(usize),
}

impl Examined {
    fn new(discover: bool) -> Examined {
        Examined {
            set: GcHeader::new_list(),
            side: Vec::new(),
            side_index: Default::default(),
            discover,
        }
    }

    /// update_refs over the objects spliced into the set: each starts with its count.
    fn start(&mut self) {
        self.set.for_each(|h| {
            // SAFETY: a linked header of a live object.
            let v = unsafe { borrowed_value(h) };
            h.start_collecting(traverse::strong_count(&v) as isize);
        });
    }

    /// Add an object, of whose references `uncounted` are not from outside (the
    /// collector's own clones, a reference from inside the set). The clone `obj` is
    /// kept for an object without a header, and dropped at once for one with a header:
    /// the caller keeps such an object alive until the examination ends.
    fn add(&mut self, obj: Obj, uncounted: isize) {
        let refs = obj.strong_count() as isize - uncounted;
        if let Obj::Value(v) = &obj {
            if let (Some(h), Some(kind)) = (traverse::header(v), super::kind_of(v)) {
                // A finalizer may have tracked a garbage container again.
                if h.is_tracked() {
                    h.unlink();
                }
                h.adopt(&self.set, kind, refs);
                return;
            }
        }
        self.side_index.insert(obj.addr(), self.side.len());
        self.side.push(Node {
            obj,
            refs,
            reachable: false,
        });
    }

    /// subtract_refs: every reference from inside the set is not from outside. Objects
    /// discovered meanwhile join the set's tail (or the side list) and are visited too.
    fn subtract_internal(&mut self) {
        let sentinel: *const GcHeader = &*self.set;
        let mut last = sentinel;
        let mut side_done = 0;
        loop {
            // SAFETY: `last` is the sentinel or a member of the set; members stay live.
            let mut h = unsafe { (*last).next() };
            let mut progressed = false;
            while !std::ptr::eq(h, sentinel) {
                // SAFETY: as above.
                let hr = unsafe { &*h };
                let v = unsafe { borrowed_value(hr) };
                if !traverse::of(&v).is_none_or(|t| t.traverse(&mut Subtract(self))) {
                    hr.set_refs(PINNED);
                }
                last = h;
                h = hr.next();
                progressed = true;
            }
            while side_done < self.side.len() {
                let obj = self.side[side_done].obj.clone();
                if !obj.traverse(&mut Subtract(self)) {
                    self.side[side_done].refs = PINNED;
                }
                side_done += 1;
                progressed = true;
            }
            if !progressed {
                break;
            }
        }
    }

    /// move_unreachable: mark what outside references reach. The set is walked in
    /// its order, each object traversed at its turn if it is reachable by then; an
    /// object found reachable after its turn (a reference to an older object) goes on
    /// a work list instead, so the list stays short (no object is put on it just
    /// because a container holds it).
    fn mark_reachable(&mut self) {
        let mut work: Vec<Item> = Vec::new();
        for (i, n) in self.side.iter_mut().enumerate() {
            if n.refs > 0 {
                n.reachable = true;
                work.push(Item::Side(i));
            }
        }
        self.drain(&mut work);
        let sentinel: *const GcHeader = &*self.set;
        let mut h = self.set.first();
        while !std::ptr::eq(h, sentinel) {
            // SAFETY: members of the set stay live during the examination.
            let hr = unsafe { &*h };
            if hr.refs() > 0 {
                hr.set_reachable();
            }
            hr.set_visited();
            if hr.is_reachable() {
                self.visit(Item::Header(h), &mut work);
                self.drain(&mut work);
            }
            h = hr.next();
        }
    }

    fn drain(&mut self, work: &mut Vec<Item>) {
        while let Some(item) = work.pop() {
            self.visit(item, work);
        }
    }

    /// Traverse a reachable object, marking what it refers to.
    fn visit(&mut self, item: Item, work: &mut Vec<Item>) {
        let mut reach = Reach {
            examined: self,
            work,
        };
        match item {
            Item::Header(h) => {
                // SAFETY: members of the set stay live during the examination.
                let v = unsafe { borrowed_value(&*h) };
                if let Some(t) = traverse::of(&v) {
                    t.traverse(&mut reach);
                }
            }
            Item::Side(i) => {
                let obj = reach.examined.side[i].obj.clone();
                obj.traverse(&mut reach);
            }
        }
    }

    /// End the examination: reachable objects go to the tail of `dest` (tuples and
    /// dicts that hold no container are untracked instead, as CPython's), the others
    /// are returned, untracked, for the caller to finalize and clear. How many were
    /// kept in `dest`, and the unreachable.
    fn finish(self, dest: &GcHeader) -> (usize, Vec<Obj>) {
        let mut unreachable = Vec::new();
        let mut kept = 0;
        self.set.rebuild_from(|h| {
            if !h.is_reachable() {
                unreachable.push(Obj::Value(super::value_of(h)));
                return false;
            }
            // SAFETY: a member of the set, live.
            let v = unsafe { borrowed_value(h) };
            let stays = !matches!(&*v, Value::Tuple(_) | Value::Dict(_)) || holds_container(&v);
            kept += stays as usize;
            stays
        });
        dest.append_list(&self.set);
        for n in self.side {
            if !n.reachable {
                unreachable.push(n.obj);
            }
        }
        (kept, unreachable)
    }
}

struct Subtract<'a>(&'a mut Examined);

impl Subtract<'_> {
    fn side_seen(&mut self, addr: usize, discover: impl FnOnce() -> Option<Obj>) {
        let g = &mut *self.0;
        if let Some(&j) = g.side_index.get(&addr) {
            g.side[j].refs -= 1;
        } else if g.discover {
            if let Some(obj) = discover() {
                // This reference is inside; the collector's clone is not counted.
                g.add(obj, 2);
            }
        }
    }
}

impl Visitor for Subtract<'_> {
    fn value(&mut self, v: &Value) {
        if traverse::of(v).is_none() {
            return;
        }
        if let Some(h) = traverse::header(v) {
            if h.is_collecting() {
                h.set_refs(h.refs() - 1);
            } else if self.0.discover && !h.is_tracked() {
                // An untracked container: it joins the set. A tracked one outside the
                // set belongs to an older generation.
                self.0.add(Obj::Value(v.clone()), 2);
            }
            return;
        }
        let addr = v.heap_ptr().unwrap_or(0);
        self.side_seen(addr, || Some(Obj::Value(v.clone())));
    }

    fn cell(&mut self, c: &Rc<CellObj>) {
        let addr = Rc::as_ptr(c) as *const u8 as usize;
        self.side_seen(addr, || Some(Obj::Cell(c.clone())));
    }
}

struct Reach<'a> {
    examined: &'a mut Examined,
    work: &'a mut Vec<Item>,
}

impl Reach<'_> {
    fn side_seen(&mut self, addr: usize) {
        if let Some(&j) = self.examined.side_index.get(&addr) {
            let n = &mut self.examined.side[j];
            if !n.reachable {
                n.reachable = true;
                self.work.push(Item::Side(j));
            }
        }
    }
}

impl Visitor for Reach<'_> {
    fn value(&mut self, v: &Value) {
        if traverse::of(v).is_none() {
            return;
        }
        match traverse::header(v) {
            Some(h) if h.is_collecting() => {
                if !h.is_reachable() {
                    h.set_reachable();
                    // Not passed yet: the walk traverses it at its turn.
                    if h.is_visited() {
                        self.work.push(Item::Header(h));
                    }
                }
            }
            Some(_) => {}
            None => self.side_seen(v.heap_ptr().unwrap_or(0)),
        }
    }

    fn cell(&mut self, c: &Rc<CellObj>) {
        self.side_seen(Rc::as_ptr(c) as *const u8 as usize);
    }
}

/// Whether a collection runs the finalizers of its garbage.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Finalizers {
    Run,
    Skip,
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
        self.gc_collect_forcing(generation, None, Finalizers::Run)
    }

    /// A full collection that runs no Python code: the garbage is cleared without its
    /// finalizers (what dropping an interpreter does, see `vm::teardown`).
    pub(crate) fn gc_collect_without_finalizers(&mut self) -> Outcome {
        self.gc_collect_forcing(GENERATIONS - 1, None, Finalizers::Skip)
    }

    /// At exit, as CPython's shutdown: the `__main__` namespace is garbage whatever
    /// still refers to it, and so is everything only it keeps alive. Finalizers run (in
    /// the order the objects were tracked) while the names are still bound, then all of
    /// it is cleared.
    pub fn gc_collect_at_exit(&mut self, main: &Rc<PyDict>) {
        self.frame_pool_clear();
        let main = Value::Dict(main.clone());
        self.gc_collect_forcing(GENERATIONS - 1, Some(&main), Finalizers::Run);
        self.run_finalizers();
    }

    fn gc_collect_forcing(
        &mut self,
        generation: usize,
        garbage: Option<&Value>,
        finalizers: Finalizers,
    ) -> Outcome {
        self.gc.collecting = true;
        let mut examined = Examined::new(true);
        // Oldest first: the tracking order, as CPython's lists merged young into old.
        for g in (0..=generation).rev() {
            examined.set.append_list(&self.gc.gens[g]);
        }
        self.gc.young = 0;
        examined.start();
        let forced = garbage.and_then(traverse::header);
        if let Some(v) = garbage {
            if forced.is_some_and(|h| !h.is_tracked()) {
                examined.add(Obj::Value(v.clone()), 1);
            }
        }
        examined.subtract_internal();
        if let Some(h) = forced.filter(|h| h.is_collecting()) {
            h.set_refs(0);
        }
        examined.mark_reachable();
        let older = (generation + 1).min(GENERATIONS - 1);
        let (mut kept, mut unreachable) = examined.finish(&self.gc.gens[older]);
        if finalizers == Finalizers::Run && self.gc_finalize(&unreachable) {
            let resurrected;
            (resurrected, unreachable) = still_unreachable(unreachable, &self.gc.gens[older]);
            kept += resurrected;
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
        if finalizers == Finalizers::Run {
            self.run_finalizers();
        }
        Outcome {
            collected,
            uncollectable: 0,
        }
    }

    /// Register an object the collection let go of in `generation` (unless it is a
    /// tuple or dict that holds no container, which CPython untracks).
    fn gc_retrack(&mut self, obj: &Obj, generation: usize) {
        let Obj::Value(v) = obj else { return };
        let (Some(h), Some(kind)) = (traverse::header(v), super::kind_of(v)) else {
            return;
        };
        if h.is_tracked() || (matches!(v, Value::Tuple(_) | Value::Dict(_)) && !holds_container(v))
        {
            return;
        }
        h.link_tail(&self.gc.gens[generation], kind);
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
/// from outside it; moved to the tail of `dest`) and what is still unreachable
/// (handle_resurrected_objects). How many were resurrected, and the rest.
fn still_unreachable(objs: Vec<Obj>, dest: &GcHeader) -> (usize, Vec<Obj>) {
    let mut examined = Examined::new(false);
    // `objs` keeps them all alive meanwhile (a finalizer may have dropped the other
    // references to some); its clones and the ones made here are not counted.
    for obj in &objs {
        examined.add(obj.clone(), 2);
    }
    examined.subtract_internal();
    examined.mark_reachable();
    let outcome = examined.finish(dest);
    drop(objs);
    outcome
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
