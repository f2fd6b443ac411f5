//! The parsed form of a regular expression: a tree of nodes with the flags that were in
//! force where each node was written already folded in (case-insensitivity, DOTALL,
//! MULTILINE, ASCII), so the compiler needs no flag scoping. Not the parser, not the
//! program the matcher runs.

/// The largest repeat count (CPython's MAXREPEAT - 1 on 64-bit builds is larger still;
/// counts above this are reported as too large).
pub const MAX_REPEAT: u32 = u32::MAX;

/// A character category of `\d \s \w` and their negations.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Category {
    Digit,
    NotDigit,
    Space,
    NotSpace,
    Word,
    NotWord,
}

/// One member of a character set.
#[derive(Clone, PartialEq, Eq, Debug)]
pub enum SetItem {
    Char(u32),
    Range(u32, u32),
    Category(Category),
}

/// `[...]`, a category escape or a case-folded literal, after flags are known.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct CharSet {
    pub negate: bool,
    pub items: Vec<SetItem>,
    pub ignore_case: bool,
    /// `\w \d \s` and case folding limited to ASCII (ASCII flag, or bytes patterns).
    pub ascii: bool,
}

/// Zero-width assertions.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum At {
    /// `^` without MULTILINE, `\A`.
    Start,
    /// `^` with MULTILINE.
    LineStart,
    /// `$` without MULTILINE: the end, or before a final newline.
    End,
    /// `$` with MULTILINE.
    LineEnd,
    /// `\Z`.
    EndText,
    Boundary {
        ascii: bool,
    },
    NotBoundary {
        ascii: bool,
    },
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Greed {
    Greedy,
    Lazy,
    Possessive,
}

#[derive(Debug)]
pub enum Node {
    Empty,
    Char {
        c: u32,
        ignore_case: bool,
        ascii: bool,
    },
    /// `.`: every character, or every one but `\n`.
    Any {
        dotall: bool,
    },
    Set(CharSet),
    At(At),
    Concat(Vec<Node>),
    Alt(Vec<Node>),
    Group {
        index: usize,
        body: Box<Node>,
    },
    Atomic(Box<Node>),
    Repeat {
        min: u32,
        max: u32,
        greed: Greed,
        body: Box<Node>,
    },
    Look {
        behind: bool,
        negate: bool,
        body: Box<Node>,
    },
    Backref {
        group: usize,
        ignore_case: bool,
        ascii: bool,
    },
    Cond {
        group: usize,
        yes: Box<Node>,
        no: Box<Node>,
    },
}

impl Node {
    /// The (min, max) number of characters the node can match, `None` for unbounded.
    pub fn width(&self, group_widths: &[(usize, Option<usize>)]) -> (usize, Option<usize>) {
        fn add(a: Option<usize>, b: Option<usize>) -> Option<usize> {
            a.zip(b).and_then(|(x, y)| x.checked_add(y))
        }
        match self {
            Node::Empty | Node::At(_) | Node::Look { .. } => (0, Some(0)),
            Node::Char { .. } | Node::Any { .. } | Node::Set(_) => (1, Some(1)),
            Node::Concat(items) => items.iter().fold((0, Some(0)), |(lo, hi), n| {
                let (l, h) = n.width(group_widths);
                (lo.saturating_add(l), add(hi, h))
            }),
            Node::Alt(items) => {
                let mut lo = usize::MAX;
                let mut hi = Some(0);
                for n in items {
                    let (l, h) = n.width(group_widths);
                    lo = lo.min(l);
                    hi = hi.zip(h).map(|(a, b)| a.max(b));
                }
                (lo, hi)
            }
            Node::Group { body, .. } | Node::Atomic(body) => body.width(group_widths),
            Node::Repeat { min, max, body, .. } => {
                let (l, h) = body.width(group_widths);
                let hi = if *max == MAX_REPEAT {
                    if h == Some(0) {
                        Some(0)
                    } else {
                        None
                    }
                } else {
                    h.and_then(|h| h.checked_mul(*max as usize))
                };
                (l.saturating_mul(*min as usize), hi)
            }
            Node::Backref { group, .. } => group_widths.get(*group).copied().unwrap_or((0, None)),
            Node::Cond { yes, no, .. } => {
                let (l1, h1) = yes.width(group_widths);
                let (l2, h2) = no.width(group_widths);
                (l1.min(l2), h1.zip(h2).map(|(a, b)| a.max(b)))
            }
        }
    }
}
