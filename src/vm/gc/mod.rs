//! The cycle collector's state: the lists of tracked containers in CPython's three
//! generations, the thresholds, and the decision when to collect.
//!
//! Reference counting (`Rc`) frees everything but cycles; the collector finds those by
//! trial deletion (see [`collect`]). Each tracked object is linked into its
//! generation's list through the header it carries (`runtime::gc_header`, two
//! pointers, as CPython's): registering is linking at a tail, an object that dies
//! unlinks itself, and promoting a generation is a splice. Nothing else is allocated
//! per object, and nothing outlives the object.
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
use crate::runtime::gc_header::{GcHeader, Kind};
use crate::runtime::instance_ref::InstanceRef;
use crate::runtime::list::PyList;
use crate::runtime::set::PySet;
use crate::runtime::traverse;
use crate::runtime::tuple::TupleRef;
use crate::runtime::value::Value;
use crate::vm::Generator;
use std::mem::{offset_of, ManuallyDrop};
use std::rc::Rc;

/// The kind of header a value's object has, for the kinds the collector registers.
pub(crate) fn kind_of(v: &Value) -> Option<Kind> {
    Some(match v {
        Value::List(_) => Kind::List,
        Value::Tuple(_) => Kind::Tuple,
        Value::Dict(_) => Kind::Dict,
        Value::Set(_) => Kind::Set,
        Value::Function(_) => Kind::Function,
        Value::Class(_) => Kind::Class,
        Value::Instance(_) => Kind::Instance,
        Value::Generator(_) => Kind::Generator,
        _ => return None,
    })
}

/// The object whose header `h` is, as a value that does not own a reference (the
/// strong count is untouched; clone it to keep one).
///
/// # Safety
/// `h` is the `gc` field of a live object of `h.kind()` inside an `Rc`.
pub(crate) unsafe fn borrowed_value(h: &GcHeader) -> ManuallyDrop<Value> {
    let at = h as *const GcHeader as *const u8;
    macro_rules! obj {
        ($t:ty, $variant:ident) => {
            Value::$variant(Rc::from_raw(at.sub(offset_of!($t, gc)) as *const $t))
        };
    }
    ManuallyDrop::new(match h.kind() {
        Kind::List => obj!(PyList, List),
        Kind::Tuple => Value::Tuple(TupleRef::from_gc_header(h)),
        Kind::Dict => obj!(PyDict, Dict),
        Kind::Set => obj!(PySet, Set),
        Kind::Function => obj!(Function, Function),
        Kind::Class => obj!(Class, Class),
        Kind::Instance => Value::Instance(InstanceRef::from_raw(
            at.sub(offset_of!(Instance, gc)) as *const Instance
        )),
        Kind::Generator => obj!(Generator, Generator),
    })
}

/// The object of a linked header, with a reference of its own.
pub(crate) fn value_of(h: &GcHeader) -> Value {
    // SAFETY: linked headers belong to live objects in `Rc`s, linked with their kind.
    let v = unsafe { borrowed_value(h) };
    Value::clone(&v)
}

/// CPython's generation count.
pub const GENERATIONS: usize = 3;

pub struct Gc {
    /// The lists of tracked objects by generation, youngest first.
    pub(crate) gens: [Box<GcHeader>; GENERATIONS],
    /// `gc.freeze()`: objects the collector no longer looks at.
    pub(crate) permanent: Box<GcHeader>,
    /// Generation 0's size when last counted plus the objects tracked since: CPython's
    /// "allocations minus deallocations", recounted when a collection may be due.
    pub(crate) young: usize,
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
            gens: [
                GcHeader::new_list(),
                GcHeader::new_list(),
                GcHeader::new_list(),
            ],
            permanent: GcHeader::new_list(),
            young: 0,
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

impl Drop for Gc {
    /// Objects that outlive the interpreter must not point at its lists.
    fn drop(&mut self) {
        for list in self.gens.iter().chain(std::iter::once(&self.permanent)) {
            list.dismantle();
        }
    }
}

impl Gc {
    /// Register a new container in generation 0 (once; values the collector does not
    /// register are ignored). Past the threshold, ask the dispatch loop for a collection.
    #[inline]
    pub fn track(&mut self, v: &Value) {
        let Some(h) = traverse::header(v) else { return };
        if h.is_tracked() {
            return;
        }
        if let Some(kind) = kind_of(v) {
            h.link_tail(&self.gens[0], kind);
            self.note_young();
        }
    }

    #[inline]
    fn note_young(&mut self) {
        self.young += 1;
        let (young, threshold) = (self.young, self.thresholds[0]);
        // Trip once when crossing, and again now and then in case another thread's
        // interpreter consumed the (process-wide) breaker bit, or the count was
        // found lower (objects died young).
        if young > threshold && (young - threshold) & 1023 == 1 && self.enabled && threshold > 0 {
            crate::vm::eval_breaker::trip(crate::vm::eval_breaker::GC);
        }
    }

    /// Register a container whose element makes it able to take part in a cycle (a dict
    /// or tuple that holds a container, as CPython's lazy tracking of those).
    #[inline(always)]
    pub fn track_if_holds(&mut self, owner: &Value, item: &Value) {
        // An inline number (most stores into lists) holds nothing: one compare.
        if !item.is_inline() && traverse::of(item).is_some() {
            self.track(owner);
        }
    }

    /// Register a dict filled by native code (`update`, `dict(...)`, `copy`, `fromkeys`)
    /// once it holds a container, as CPython's lazy dict tracking: one pass over the
    /// entries, skipped when the dict is tracked already.
    pub fn track_dict_if_holds(&mut self, dict: &Value) {
        let Value::Dict(d) = dict else { return };
        if d.gc.is_tracked() {
            return;
        }
        let mut holds = false;
        d.try_for_each(|v| holds |= traverse::of(v).is_some());
        if holds {
            self.track(dict);
        }
    }

    /// Generation 0's live count (dead objects left it when they died).
    pub(crate) fn count_young(&mut self) -> usize {
        self.young = self.gens[0].list_len();
        self.young
    }

    /// `gc.get_count()`.
    pub fn count(&mut self) -> [usize; GENERATIONS] {
        [self.count_young(), self.counts[1], self.counts[2]]
    }

    /// The generation CPython's `gc_collect_generations` would collect now, if any.
    pub(crate) fn due_generation(&mut self) -> Option<usize> {
        if !self.enabled || self.collecting || self.thresholds[0] == 0 {
            return None;
        }
        let young = self.count_young();
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
        for g in &self.gens {
            self.permanent.append_list(g);
        }
        self.young = 0;
        self.counts = [0; GENERATIONS];
    }

    /// `gc.unfreeze()`: the permanent generation joins the oldest.
    pub fn unfreeze(&mut self) {
        self.gens[GENERATIONS - 1].append_list(&self.permanent);
    }

    pub fn freeze_count(&mut self) -> usize {
        self.permanent.list_len()
    }

    /// The tracked objects of `generation` (all generations for None), for
    /// `gc.get_objects`.
    pub fn objects(&self, generation: Option<usize>) -> Vec<Value> {
        let gens: &[Box<GcHeader>] = match generation {
            Some(g) => std::slice::from_ref(&self.gens[g]),
            None => &self.gens,
        };
        let mut out = Vec::new();
        for list in gens {
            list.for_each(|h| out.push(value_of(h)));
        }
        out
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
