//! The state of the itertools iterators that wrap other iterators one item at a time:
//! `chain`, `repeat`, `cycle`, `accumulate`, `starmap`, `takewhile`, `dropwhile`,
//! `filterfalse`, `compress` and `pairwise`, as CPython keeps them. Not
//! their constructors (`builtins::itertools_tools`) nor their advancing, which may run
//! Python code (`vm::itertools_tools`).

use super::value::Value;

/// One itertools iterator's state (held boxed in `IterState::Tool`).
pub enum Tool {
    /// `chain`: `sources` yields the iterables (None once it ended), `active` is the
    /// iterator of the current one.
    Chain {
        sources: Option<Value>,
        active: Option<Value>,
    },
    /// `repeat(object, times)`: `left` None repeats forever.
    Repeat {
        object: Value,
        left: Option<usize>,
    },
    /// `cycle`: the first pass reads `it` (None after it) and saves each item; later
    /// passes walk `saved` from `index`.
    Cycle {
        it: Option<Value>,
        saved: Vec<Value>,
        index: usize,
    },
    /// `accumulate`: `func` None adds; `initial` is yielded first, then taken.
    Accumulate {
        it: Value,
        func: Value,
        total: Option<Value>,
        initial: Option<Value>,
    },
    Starmap {
        func: Value,
        it: Value,
    },
    TakeWhile {
        pred: Value,
        it: Value,
    },
    /// `dropwhile`: `dropping` until the predicate first fails.
    DropWhile {
        pred: Value,
        it: Value,
        dropping: bool,
    },
    /// `filterfalse`: `pred` None tests the items themselves.
    FilterFalse {
        pred: Value,
        it: Value,
    },
    Compress {
        data: Value,
        selectors: Value,
    },
    /// `pairwise`: the item read last (None before the first).
    Pairwise {
        it: Value,
        old: Option<Value>,
    },
    /// A copy made by `tee`: the next item is number `index` of the buffer link `link`
    /// (see [`TEE_LINK_ITEMS`]).
    Tee {
        link: Value,
        index: usize,
    },
}

/// How many items one link of a tee buffer holds. The copies of one `tee` share a
/// chain of links, each a list `[source, item, item, ..., next link]`: the items read
/// from the source that some copy has still to yield, then the next link once this one
/// is full. A link no copy points at any more is freed, so the buffer holds what lies
/// between the slowest copy and the fastest. The links are lists, so the collector
/// sees every item and the source once per link, as they are held.
pub const TEE_LINK_ITEMS: usize = 57;

impl Tool {
    /// `type(it).__name__`.
    pub fn type_name(&self) -> &'static str {
        match self {
            Tool::Tee { .. } => "_tee",
            Tool::Chain { .. } => "chain",
            Tool::Repeat { .. } => "repeat",
            Tool::Cycle { .. } => "cycle",
            Tool::Accumulate { .. } => "accumulate",
            Tool::Starmap { .. } => "starmap",
            Tool::TakeWhile { .. } => "takewhile",
            Tool::DropWhile { .. } => "dropwhile",
            Tool::FilterFalse { .. } => "filterfalse",
            Tool::Compress { .. } => "compress",
            Tool::Pairwise { .. } => "pairwise",
        }
    }

    /// The next item of a state that runs no Python code to advance (`repeat`, `cycle`
    /// after its first pass): `Some(item or None at the end)`; None when advancing
    /// needs the VM.
    #[inline]
    pub fn next_plain(&mut self) -> Option<Option<Value>> {
        match self {
            Tool::Repeat { object, left } => Some(match left {
                None => Some(object.clone()),
                Some(0) => None,
                Some(n) => {
                    *n -= 1;
                    Some(object.clone())
                }
            }),
            Tool::Cycle {
                it: None,
                saved,
                index,
            } => {
                let item = saved.get(*index).cloned();
                *index = if *index + 1 >= saved.len() {
                    0
                } else {
                    *index + 1
                };
                Some(item)
            }
            // A tee copy behind another: the item is in the buffer.
            Tool::Tee {
                link: Value::List(link),
                index,
            } if *index < TEE_LINK_ITEMS => {
                let item = link.get(1 + *index)?;
                *index += 1;
                Some(Some(item))
            }
            _ => None,
        }
    }

    /// Show every held value to `f` (the cycle collector's traversal).
    pub fn for_each_value(&self, mut f: impl FnMut(&Value)) {
        match self {
            Tool::Chain { sources, active } => {
                sources.iter().chain(active).for_each(f);
            }
            Tool::Repeat { object, .. } | Tool::Tee { link: object, .. } => f(object),
            Tool::Cycle { it, saved, .. } => {
                it.iter().for_each(&mut f);
                saved.iter().for_each(f);
            }
            Tool::Accumulate {
                it,
                func,
                total,
                initial,
            } => {
                f(it);
                f(func);
                total.iter().chain(initial).for_each(f);
            }
            Tool::Starmap { func: a, it: b }
            | Tool::TakeWhile { pred: a, it: b }
            | Tool::DropWhile { pred: a, it: b, .. }
            | Tool::FilterFalse { pred: a, it: b }
            | Tool::Compress {
                data: a,
                selectors: b,
            } => {
                f(a);
                f(b);
            }
            Tool::Pairwise { it, old } => {
                f(it);
                old.iter().for_each(f);
            }
        }
    }
}
