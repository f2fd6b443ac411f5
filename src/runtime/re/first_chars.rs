//! The set of characters a match can begin with, found by walking a compiled [`Program`]
//! from its start to every first character test. A search skips the positions whose
//! character is not in it without starting an attempt there (sre's INFO charset does the
//! same). The set over-approximates: where the walk cannot tell (a look-around, a
//! back-reference, a match that can be empty), there is no set and every position is
//! tried. Not the matcher.

use super::chars::eq_ignore_case;
use super::compiler::Program;
use super::compiler::{Inst, One};

/// The characters a match can start with: exact below 256, and whether any character
/// from 256 up may start one.
#[derive(Debug, Clone, Copy)]
pub struct FirstChars {
    low: [u64; 4],
    high: bool,
}

impl FirstChars {
    #[inline]
    pub fn contains(&self, c: u32) -> bool {
        if c < 256 {
            self.low[(c >> 6) as usize] & (1 << (c & 63)) != 0
        } else {
            self.high
        }
    }

    fn add_low(&mut self, c: u32) {
        self.low[(c >> 6) as usize] |= 1 << (c & 63);
    }

    /// Add what one character test accepts; false when it accepts (almost) anything, so
    /// a set would skip nothing.
    fn add(&mut self, one: One, prog: &Program) -> bool {
        match one {
            One::Char(c) if c < 256 => self.add_low(c),
            One::Char(_) => self.high = true,
            One::CharIgnoreCase { c, ascii } => {
                for x in 0..256 {
                    if eq_ignore_case(x, c, ascii) {
                        self.add_low(x);
                    }
                }
                // Case partners above 255 (the Kelvin sign for 'k', ...) are not listed.
                self.high = true;
            }
            One::Set(i) => {
                let set = &prog.sets[i];
                for x in 0..256 {
                    if set.contains(x) {
                        self.add_low(x);
                    }
                }
                self.high = true;
            }
            One::Any | One::AnyButNewline => return false,
        }
        true
    }
}

/// The first characters of every match of `prog`, or None when the walk cannot bound them.
pub fn first_chars(prog: &Program) -> Option<FirstChars> {
    let mut set = FirstChars {
        low: [0; 4],
        high: false,
    };
    let insts = &prog.insts;
    let mut seen = vec![false; insts.len()];
    let mut todo = vec![0usize];
    while let Some(pc) = todo.pop() {
        if seen[pc] {
            continue;
        }
        seen[pc] = true;
        match insts[pc] {
            Inst::One(one) => {
                if !set.add(one, prog) {
                    return None;
                }
            }
            Inst::RepOne { one, min, .. } => {
                if !set.add(one, prog) {
                    return None;
                }
                if min == 0 {
                    todo.push(pc + 1);
                }
            }
            Inst::Save(_)
            | Inst::At(_)
            | Inst::RepEnter { .. }
            | Inst::AtomicStart
            | Inst::AtomicEnd => todo.push(pc + 1),
            Inst::Jmp(to) => todo.push(to),
            Inst::Split { first, second } => {
                todo.push(first);
                todo.push(second);
            }
            Inst::RepInit { test, .. } | Inst::RepEnd { test, .. } => todo.push(test),
            // Both ways whatever the count: an empty body can reach the exit unconsumed.
            Inst::RepTest { body, exit, .. } => {
                todo.push(body);
                todo.push(exit);
            }
            Inst::GroupExists { no, .. } => {
                todo.push(pc + 1);
                todo.push(no);
            }
            Inst::Backref { .. } | Inst::LookStart { .. } | Inst::LookEnd | Inst::Match => {
                return None
            }
        }
    }
    Some(set)
}
