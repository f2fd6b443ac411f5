//! The compiler from a parsed pattern ([`ast::Node`]) to the small program the matcher
//! runs: single-character tests, jumps and splits, capture saves, counted loops with
//! registers, atomic and look-around brackets. It also finds the literal prefix a search
//! scans for. Not the matcher (see `matcher`).

use super::ast::{At, Greed, Node};
use super::chars::CompiledSet;
use super::first_chars::{first_chars, FirstChars};
use super::parser::Parsed;

/// A test of one character.
#[derive(Debug, Clone, Copy)]
pub enum One {
    Char(u32),
    CharIgnoreCase { c: u32, ascii: bool },
    Any,
    AnyButNewline,
    Set(usize),
}

#[derive(Debug, Clone, Copy)]
pub enum Inst {
    One(One),
    At(At),
    /// Try `first`; on failure come back and try `second`.
    Split {
        first: usize,
        second: usize,
    },
    Jmp(usize),
    /// Record the position in capture slot `slot` (2g start, 2g+1 end).
    Save(usize),
    Backref {
        group: usize,
        ignore_case: bool,
        ascii: bool,
    },
    /// A repeat of one character test, matched in a tight loop.
    RepOne {
        one: One,
        min: u32,
        max: u32,
        greedy: bool,
    },
    /// Start counted repeat `r`, then go to its test.
    RepInit {
        r: usize,
        test: usize,
    },
    /// Entering an optional iteration of repeat `r`: remember where it started (required
    /// iterations jump past this).
    RepEnter {
        r: usize,
    },
    /// One more iteration of repeat `r` done.
    RepEnd {
        r: usize,
        test: usize,
    },
    RepTest {
        r: usize,
        min: u32,
        max: u32,
        greedy: bool,
        body: usize,
        exit: usize,
    },
    AtomicStart,
    AtomicEnd,
    /// `(?=` `(?!` `(?<=` `(?<!`: `behind` is the fixed width to step back.
    LookStart {
        behind: Option<usize>,
        negate: bool,
        end: usize,
    },
    LookEnd,
    /// `(?(g)yes|no)`: go on if group g matched, else jump to `no`.
    GroupExists {
        group: usize,
        no: usize,
    },
    Match,
}

#[derive(Debug)]
pub struct Program {
    pub insts: Vec<Inst>,
    pub sets: Vec<CompiledSet>,
    pub repeats: usize,
    /// Capture groups including group 0.
    pub groups: usize,
    /// Characters every match starts with (case-sensitive), for the search scan.
    pub prefix: Vec<u32>,
    /// The match can only start at the beginning of the string.
    pub anchored: bool,
    /// `prefix` as bytes, for a fast scan of byte texts (None when a character of it is
    /// past 255, so no byte text can hold it).
    pub prefix_bytes: Option<Vec<u8>>,
    /// The characters a match can start with, to skip hopeless positions.
    pub first: Option<FirstChars>,
}

/// A compile error (only the look-behind width check), CPython's message.
pub struct CompileError(pub &'static str);

pub fn compile(parsed: Parsed) -> Result<Program, CompileError> {
    let mut c = Compiler {
        insts: Vec::new(),
        sets: Vec::new(),
        repeats: 0,
        widths: &parsed.group_widths,
    };
    c.insts.push(Inst::Save(0));
    c.node(&parsed.node)?;
    c.insts.push(Inst::Save(1));
    c.insts.push(Inst::Match);
    let (prefix, anchored) = leading(&c.insts);
    let prefix_bytes = prefix.iter().map(|&c| u8::try_from(c).ok()).collect();
    let mut prog = Program {
        insts: c.insts,
        sets: c.sets,
        repeats: c.repeats,
        groups: parsed.groups,
        prefix,
        prefix_bytes,
        anchored,
        first: None,
    };
    prog.first = first_chars(&prog);
    Ok(prog)
}

/// The literal prefix and anchoring of a program, read from its first instructions.
fn leading(insts: &[Inst]) -> (Vec<u32>, bool) {
    let mut prefix = Vec::new();
    let mut anchored = false;
    for inst in insts {
        match inst {
            Inst::Save(_) => {}
            Inst::At(At::Start) if prefix.is_empty() => anchored = true,
            Inst::One(One::Char(c)) => prefix.push(*c),
            _ => break,
        }
    }
    (prefix, anchored)
}

struct Compiler<'a> {
    insts: Vec<Inst>,
    sets: Vec<CompiledSet>,
    repeats: usize,
    widths: &'a [(usize, Option<usize>)],
}

impl Compiler<'_> {
    fn emit(&mut self, inst: Inst) -> usize {
        self.insts.push(inst);
        self.insts.len() - 1
    }

    fn here(&self) -> usize {
        self.insts.len()
    }

    /// The single-character test a node is, if it is one.
    fn one(&mut self, node: &Node) -> Option<One> {
        Some(match node {
            Node::Char {
                c,
                ignore_case: false,
                ..
            } => One::Char(*c),
            Node::Char {
                c,
                ignore_case: true,
                ascii,
            } => {
                if super::chars::lower(*c, *ascii) == *c && super::chars::upper(*c, *ascii) == *c {
                    One::Char(*c)
                } else {
                    One::CharIgnoreCase {
                        c: *c,
                        ascii: *ascii,
                    }
                }
            }
            Node::Any { dotall: true } => One::Any,
            Node::Any { dotall: false } => One::AnyButNewline,
            Node::Set(set) => {
                self.sets.push(CompiledSet::new(set.clone()));
                One::Set(self.sets.len() - 1)
            }
            _ => return None,
        })
    }

    fn node(&mut self, node: &Node) -> Result<(), CompileError> {
        if let Some(one) = self.one(node) {
            self.emit(Inst::One(one));
            return Ok(());
        }
        match node {
            Node::Empty => {}
            Node::Char { .. } | Node::Any { .. } | Node::Set(_) => {}
            Node::At(at) => {
                self.emit(Inst::At(*at));
            }
            Node::Concat(items) => {
                for n in items {
                    self.node(n)?;
                }
            }
            Node::Alt(items) => {
                let mut jumps = Vec::new();
                for (i, n) in items.iter().enumerate() {
                    if i + 1 < items.len() {
                        let split = self.emit(Inst::Split {
                            first: 0,
                            second: 0,
                        });
                        self.node(n)?;
                        jumps.push(self.emit(Inst::Jmp(0)));
                        let next = self.here();
                        self.insts[split] = Inst::Split {
                            first: split + 1,
                            second: next,
                        };
                    } else {
                        self.node(n)?;
                    }
                }
                let end = self.here();
                for j in jumps {
                    self.insts[j] = Inst::Jmp(end);
                }
            }
            Node::Group { index, body } => {
                self.emit(Inst::Save(2 * index));
                self.node(body)?;
                self.emit(Inst::Save(2 * index + 1));
            }
            Node::Atomic(body) => {
                self.emit(Inst::AtomicStart);
                self.node(body)?;
                self.emit(Inst::AtomicEnd);
            }
            Node::Repeat {
                min,
                max,
                greed,
                body,
            } => self.repeat(*min, *max, *greed, body)?,
            Node::Look {
                behind,
                negate,
                body,
            } => {
                let width = if *behind {
                    match body.width(self.widths) {
                        (lo, Some(hi)) if lo == hi => Some(lo),
                        _ => return Err(CompileError("look-behind requires fixed-width pattern")),
                    }
                } else {
                    None
                };
                let start = self.emit(Inst::LookStart {
                    behind: width,
                    negate: *negate,
                    end: 0,
                });
                self.node(body)?;
                self.emit(Inst::LookEnd);
                let end = self.here();
                self.insts[start] = Inst::LookStart {
                    behind: width,
                    negate: *negate,
                    end,
                };
            }
            Node::Backref {
                group,
                ignore_case,
                ascii,
            } => {
                self.emit(Inst::Backref {
                    group: *group,
                    ignore_case: *ignore_case,
                    ascii: *ascii,
                });
            }
            Node::Cond { group, yes, no } => {
                let test = self.emit(Inst::GroupExists {
                    group: *group,
                    no: 0,
                });
                self.node(yes)?;
                let jump = self.emit(Inst::Jmp(0));
                let no_pc = self.here();
                self.node(no)?;
                let end = self.here();
                self.insts[test] = Inst::GroupExists {
                    group: *group,
                    no: no_pc,
                };
                self.insts[jump] = Inst::Jmp(end);
            }
        }
        Ok(())
    }

    fn repeat(
        &mut self,
        min: u32,
        max: u32,
        greed: Greed,
        body: &Node,
    ) -> Result<(), CompileError> {
        if greed == Greed::Possessive {
            self.emit(Inst::AtomicStart);
            self.repeat(min, max, Greed::Greedy, body)?;
            self.emit(Inst::AtomicEnd);
            return Ok(());
        }
        let greedy = greed == Greed::Greedy;
        if let Some(one) = self.one(body) {
            self.emit(Inst::RepOne {
                one,
                min,
                max,
                greedy,
            });
            return Ok(());
        }
        if max == 0 {
            return Ok(());
        }
        let r = self.repeats;
        self.repeats += 1;
        let init = self.emit(Inst::RepInit { r, test: 0 });
        let enter = self.emit(Inst::RepEnter { r });
        self.node(body)?;
        let end = self.emit(Inst::RepEnd { r, test: 0 });
        let test = self.emit(Inst::RepTest {
            r,
            min,
            max,
            greedy,
            body: enter,
            exit: 0,
        });
        let exit = self.here();
        self.insts[init] = Inst::RepInit { r, test };
        self.insts[end] = Inst::RepEnd { r, test };
        self.insts[test] = Inst::RepTest {
            r,
            min,
            max,
            greedy,
            body: enter,
            exit,
        };
        Ok(())
    }
}
