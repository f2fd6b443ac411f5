//! The backtracking matcher: runs a [`Program`] over a text of code points (str) or bytes
//! with an explicit stack of choice points and undo records, so no pattern, however
//! nested or hostile, can overflow the Rust stack. Semantics are sre's: leftmost-first
//! alternation, greedy/lazy/possessive repeats, sre's zero-width-iteration check, captures
//! kept from the last iteration, `$` before a final newline. Not the Python objects.

use super::ast::At;
use super::chars::{eq_ignore_case, is_word};
use super::compiler::{Inst, One, Program};

const UNSET: usize = usize::MAX;

/// How one attempt is anchored.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Mode {
    Match,
    FullMatch,
    Search,
}

/// A successful match: capture slots (start, end per group; `usize::MAX` when unset) and
/// the last group closed.
#[derive(Debug, Clone)]
pub struct Captures {
    pub slots: Vec<usize>,
    pub lastindex: Option<usize>,
}

enum Frame {
    /// A choice point: resume at `pc` with `pos`.
    Alt {
        pc: usize,
        pos: usize,
    },
    /// Undo records, replayed when backtracking past them.
    Slot {
        slot: usize,
        old: usize,
    },
    Counter {
        r: usize,
        count: u32,
        last: usize,
    },
    LastIndex(Option<usize>),
    /// A greedy single-character repeat that may give back characters down to `min_pos`.
    Greedy {
        pc: usize,
        min_pos: usize,
        pos: usize,
    },
    /// A lazy single-character repeat that may take one more character, up to `max_pos`.
    Lazy {
        pc: usize,
        pos: usize,
        max_pos: usize,
        one: One,
    },
    /// The bottom of an atomic group.
    Atomic,
    /// The bottom of a look-around, with where to go on when it is decided.
    Look {
        negate: bool,
        pos: usize,
        end: usize,
    },
}

impl Frame {
    fn is_undo(&self) -> bool {
        matches!(
            self,
            Frame::Slot { .. } | Frame::Counter { .. } | Frame::LastIndex(_)
        )
    }
}

struct Run<'a, T> {
    prog: &'a Program,
    text: &'a [T],
    slots: Vec<usize>,
    counters: Vec<(u32, usize)>,
    lastindex: Option<usize>,
    stack: Vec<Frame>,
    /// The position the search began: an empty match there is refused when `must_advance`.
    origin: usize,
    must_advance: bool,
    full: bool,
}

/// The memory a run works in, kept between runs (one per compiled pattern) so that a
/// match allocates only its result.
#[derive(Default)]
pub struct Scratch {
    slots: Vec<usize>,
    counters: Vec<(u32, usize)>,
    stack: Vec<Frame>,
}

/// Match `prog` against `text[..end]` starting at `pos` (search: at `pos` or later).
pub fn run<T: Unit>(
    prog: &Program,
    text: &[T],
    pos: usize,
    end: usize,
    mode: Mode,
    must_advance: bool,
    scratch: &mut Scratch,
) -> Option<Captures> {
    let end = end.min(text.len());
    if pos > end {
        return None;
    }
    let mut slots = std::mem::take(&mut scratch.slots);
    slots.clear();
    slots.resize(prog.groups * 2, UNSET);
    let mut counters = std::mem::take(&mut scratch.counters);
    counters.clear();
    counters.resize(prog.repeats, (0, UNSET));
    let mut stack = std::mem::take(&mut scratch.stack);
    stack.clear();
    let mut run = Run {
        prog,
        text: &text[..end],
        slots,
        counters,
        lastindex: None,
        stack,
        origin: pos,
        must_advance,
        full: mode == Mode::FullMatch,
    };
    let found = run.find(pos, end, mode);
    scratch.slots = run.slots;
    scratch.counters = run.counters;
    scratch.stack = run.stack;
    found
}

impl<T: Unit> Run<'_, T> {
    /// The first match at `pos` (or, searching, after it).
    fn find(&mut self, pos: usize, end: usize, mode: Mode) -> Option<Captures> {
        let prog = self.prog;
        if mode != Mode::Search || prog.anchored {
            if prog.anchored && mode == Mode::Search && pos != 0 {
                return None;
            }
            return self.attempt(pos);
        }
        let mut start = pos;
        while start <= end {
            if !prog.prefix.is_empty() {
                // Scan for the literal prefix before trying the program.
                match T::find_prefix(prog, &self.text[start..]) {
                    Some(i) => start += i,
                    None => return None,
                }
            }
            if let Some(first) = &prog.first {
                while start < end && !first.contains(self.text[start].into()) {
                    start += 1;
                }
                if start >= end {
                    // Only an empty match could be left, and the set rules it out.
                    return None;
                }
            }
            if let Some(caps) = self.attempt(start) {
                return Some(caps);
            }
            start += 1;
        }
        None
    }
}

/// A unit of the text a program runs over: a byte (bytes, ASCII str) or a code point.
pub trait Unit: Copy + Into<u32> {
    /// Where the program's literal prefix first occurs in `text`.
    fn find_prefix(prog: &Program, text: &[Self]) -> Option<usize>;
}

impl Unit for u8 {
    fn find_prefix(prog: &Program, text: &[u8]) -> Option<usize> {
        memchr::memmem::find(text, prog.prefix_bytes.as_deref()?)
    }
}

impl Unit for u32 {
    fn find_prefix(prog: &Program, text: &[u32]) -> Option<usize> {
        let prefix = &prog.prefix[..];
        let first = prefix[0];
        let mut at = 0;
        while let Some(i) = text[at..].iter().position(|&c| c == first) {
            let found = at + i;
            if text[found..].starts_with(prefix) {
                return Some(found);
            }
            at = found + 1;
        }
        None
    }
}

impl<'a, T: Copy + Into<u32>> Run<'a, T> {
    #[inline]
    fn at(&self, pos: usize) -> Option<u32> {
        self.text.get(pos).map(|&c| c.into())
    }

    #[inline]
    fn one(&self, one: One, pos: usize) -> bool {
        let Some(c) = self.at(pos) else { return false };
        match one {
            One::Char(x) => c == x,
            One::CharIgnoreCase { c: x, ascii } => eq_ignore_case(c, x, ascii),
            One::Any => true,
            One::AnyButNewline => c != '\n' as u32,
            One::Set(i) => self.prog.sets[i].contains(c),
        }
    }

    fn at_assert(&self, at: At, pos: usize) -> bool {
        let end = self.text.len();
        let nl = '\n' as u32;
        match at {
            At::Start => pos == 0,
            At::LineStart => pos == 0 || self.at(pos - 1) == Some(nl),
            At::End => pos == end || (pos + 1 == end && self.at(pos) == Some(nl)),
            At::LineEnd => pos == end || self.at(pos) == Some(nl),
            At::EndText => pos == end,
            At::Boundary { ascii } | At::NotBoundary { ascii } => {
                if end == 0 {
                    return false;
                }
                let before = pos > 0 && self.at(pos - 1).is_some_and(|c| is_word(c, ascii));
                let after = self.at(pos).is_some_and(|c| is_word(c, ascii));
                (before != after) == matches!(at, At::Boundary { .. })
            }
        }
    }

    fn set_slot(&mut self, slot: usize, pos: usize) {
        self.stack.push(Frame::Slot {
            slot,
            old: self.slots[slot],
        });
        self.slots[slot] = pos;
    }

    fn set_counter(&mut self, r: usize, count: u32, last: usize) {
        let (c, l) = self.counters[r];
        self.stack.push(Frame::Counter {
            r,
            count: c,
            last: l,
        });
        self.counters[r] = (count, last);
    }

    /// Drop the choice points above the nearest barrier (keeping undo records, so
    /// backtracking past the bracket still restores captures), and return the barrier.
    fn cut(&mut self) -> Option<Frame> {
        let mut undo = Vec::new();
        let barrier = loop {
            match self.stack.pop() {
                None => break None,
                Some(f @ (Frame::Atomic | Frame::Look { .. })) => break Some(f),
                Some(f) if f.is_undo() => undo.push(f),
                Some(_) => {}
            }
        };
        self.stack.extend(undo.into_iter().rev());
        barrier
    }

    /// Pop frames up to and including the nearest look-around barrier, undoing as we go.
    fn unwind_look(&mut self) {
        while let Some(f) = self.stack.pop() {
            match f {
                Frame::Look { .. } => return,
                f => self.undo(f),
            }
        }
    }

    fn undo(&mut self, f: Frame) {
        match f {
            Frame::Slot { slot, old } => self.slots[slot] = old,
            Frame::Counter { r, count, last } => self.counters[r] = (count, last),
            Frame::LastIndex(old) => self.lastindex = old,
            _ => {}
        }
    }

    /// One attempt at `start`; the stack is the only memory of choices.
    fn attempt(&mut self, start: usize) -> Option<Captures> {
        self.stack.clear();
        self.slots.iter_mut().for_each(|s| *s = UNSET);
        self.lastindex = None;
        let insts = &self.prog.insts;
        let mut pc = 0;
        let mut pos = start;
        loop {
            let ok = match insts[pc] {
                Inst::One(one) => {
                    if self.one(one, pos) {
                        pos += 1;
                        pc += 1;
                        true
                    } else {
                        false
                    }
                }
                Inst::At(at) => {
                    pc += 1;
                    self.at_assert(at, pos)
                }
                Inst::Split { first, second } => {
                    self.stack.push(Frame::Alt { pc: second, pos });
                    pc = first;
                    true
                }
                Inst::Jmp(to) => {
                    pc = to;
                    true
                }
                Inst::Save(slot) => {
                    self.set_slot(slot, pos);
                    if slot % 2 == 1 && slot > 1 {
                        self.stack.push(Frame::LastIndex(self.lastindex));
                        self.lastindex = Some(slot / 2);
                    }
                    pc += 1;
                    true
                }
                Inst::Backref {
                    group,
                    ignore_case,
                    ascii,
                } => {
                    pc += 1;
                    let (s, e) = (self.slots[2 * group], self.slots[2 * group + 1]);
                    if s == UNSET || e == UNSET || e < s {
                        false
                    } else {
                        let len = e - s;
                        let fits = pos + len <= self.text.len();
                        let same = fits
                            && (0..len).all(|i| {
                                let (a, b) = (self.text[s + i].into(), self.text[pos + i].into());
                                a == b || (ignore_case && eq_ignore_case(a, b, ascii))
                            });
                        if same {
                            pos += len;
                        }
                        same
                    }
                }
                Inst::RepOne {
                    one,
                    min,
                    max,
                    greedy,
                } => {
                    pc += 1;
                    let limit = self.text.len().min(pos.saturating_add(max as usize));
                    let min_pos = pos + min as usize;
                    if min_pos > self.text.len() {
                        false
                    } else if greedy {
                        let mut p = pos;
                        while p < limit && self.one(one, p) {
                            p += 1;
                        }
                        if p < min_pos {
                            false
                        } else {
                            if p > min_pos {
                                self.stack.push(Frame::Greedy {
                                    pc,
                                    min_pos,
                                    pos: p,
                                });
                            }
                            pos = p;
                            true
                        }
                    } else {
                        let mut p = pos;
                        while p < min_pos && self.one(one, p) {
                            p += 1;
                        }
                        if p < min_pos {
                            false
                        } else {
                            if p < limit {
                                self.stack.push(Frame::Lazy {
                                    pc,
                                    pos: p,
                                    max_pos: limit,
                                    one,
                                });
                            }
                            pos = p;
                            true
                        }
                    }
                }
                Inst::RepInit { r, test } => {
                    self.set_counter(r, 0, UNSET);
                    pc = test;
                    true
                }
                Inst::RepEnter { r } => {
                    let (count, _) = self.counters[r];
                    self.set_counter(r, count, pos);
                    pc += 1;
                    true
                }
                Inst::RepEnd { r, test } => {
                    let (count, last) = self.counters[r];
                    self.set_counter(r, count.saturating_add(1), last);
                    pc = test;
                    true
                }
                Inst::RepTest {
                    r,
                    min,
                    max,
                    greedy,
                    body,
                    exit,
                } => {
                    let (count, last) = self.counters[r];
                    if count < min {
                        // A required iteration: sre's zero-width guard is untouched.
                        pc = body + 1;
                    } else if count < max && pos != last {
                        if greedy {
                            self.stack.push(Frame::Alt { pc: exit, pos });
                            pc = body;
                        } else {
                            self.stack.push(Frame::Alt { pc: body, pos });
                            pc = exit;
                        }
                    } else {
                        pc = exit;
                    }
                    true
                }
                Inst::AtomicStart => {
                    self.stack.push(Frame::Atomic);
                    pc += 1;
                    true
                }
                Inst::AtomicEnd => {
                    self.cut();
                    pc += 1;
                    true
                }
                Inst::LookStart {
                    behind,
                    negate,
                    end,
                } => {
                    let saved = pos;
                    match behind {
                        Some(w) if w > pos => {
                            // Not enough text behind: the assertion's body cannot match.
                            pc = end;
                            negate
                        }
                        _ => {
                            if let Some(w) = behind {
                                pos -= w;
                            }
                            self.stack.push(Frame::Look {
                                negate,
                                pos: saved,
                                end,
                            });
                            pc += 1;
                            true
                        }
                    }
                }
                Inst::LookEnd => {
                    let negative = self
                        .stack
                        .iter()
                        .rev()
                        .find(|f| matches!(f, Frame::Atomic | Frame::Look { .. }))
                        .is_some_and(|f| matches!(f, Frame::Look { negate: true, .. }));
                    if negative {
                        // The body matched, so the negative assertion fails; its captures
                        // do not survive.
                        self.unwind_look();
                        false
                    } else if let Some(Frame::Look {
                        pos: saved, end, ..
                    }) = self.cut()
                    {
                        pos = saved;
                        pc = end;
                        true
                    } else {
                        false
                    }
                }
                Inst::GroupExists { group, no } => {
                    let (s, e) = (self.slots[2 * group], self.slots[2 * group + 1]);
                    pc = if s != UNSET && e != UNSET { pc + 1 } else { no };
                    true
                }
                Inst::Match => {
                    let refused = (self.full && pos != self.text.len())
                        || (self.must_advance && pos == self.origin);
                    if !refused {
                        return Some(Captures {
                            slots: self.slots.clone(),
                            lastindex: self.lastindex,
                        });
                    }
                    false
                }
            };
            if ok {
                continue;
            }
            // Backtrack to the most recent choice point.
            loop {
                let frame = self.stack.pop()?;
                match frame {
                    Frame::Alt { pc: p, pos: q } => {
                        pc = p;
                        pos = q;
                        break;
                    }
                    Frame::Greedy {
                        pc: p,
                        min_pos,
                        pos: q,
                    } => {
                        let mut q = q - 1;
                        // Give back characters until the next test could succeed.
                        if let Inst::One(One::Char(next)) = insts[p] {
                            while q > min_pos && self.at(q) != Some(next) {
                                q -= 1;
                            }
                        }
                        if q > min_pos {
                            self.stack.push(Frame::Greedy {
                                pc: p,
                                min_pos,
                                pos: q,
                            });
                        }
                        pc = p;
                        pos = q;
                        break;
                    }
                    Frame::Lazy {
                        pc: p,
                        pos: q,
                        max_pos,
                        one,
                    } => {
                        if self.one(one, q) {
                            if q + 1 < max_pos {
                                self.stack.push(Frame::Lazy {
                                    pc: p,
                                    pos: q + 1,
                                    max_pos,
                                    one,
                                });
                            }
                            pc = p;
                            pos = q + 1;
                            break;
                        }
                    }
                    Frame::Look {
                        negate: true,
                        pos: q,
                        end,
                    } => {
                        // The body of a negative assertion failed: it holds.
                        pc = end;
                        pos = q;
                        break;
                    }
                    Frame::Atomic | Frame::Look { .. } => {}
                    undo => self.undo(undo),
                }
            }
        }
    }
}
