//! The parser of Python's pattern syntax: from the pattern's code points to an [`ast::Node`]
//! tree, raising `re.error` with CPython's messages and positions. Flags in force (global,
//! and scoped `(?i:...)`) are folded into the nodes here. Not the compiler or matcher.

use super::ast::{At, CharSet, Greed, Node, SetItem, MAX_REPEAT};
use super::tokenizer::{ErrorKind, ParseError, Tok, Tokenizer};
use escapes::Escape;

mod escapes;

pub mod flag {
    pub const TEMPLATE: u32 = 1;
    pub const IGNORECASE: u32 = 2;
    pub const LOCALE: u32 = 4;
    pub const MULTILINE: u32 = 8;
    pub const DOTALL: u32 = 16;
    pub const UNICODE: u32 = 32;
    pub const VERBOSE: u32 = 64;
    pub const DEBUG: u32 = 128;
    pub const ASCII: u32 = 256;
    pub const TYPE_FLAGS: u32 = ASCII | LOCALE | UNICODE;
    pub const GLOBAL_FLAGS: u32 = DEBUG | TEMPLATE;
}

/// Deeper nesting than this is a RecursionError, as CPython's recursive parser gives.
const MAX_NESTING: usize = 400;

/// What the parser found: the tree, the final flags and the groups.
pub struct Parsed {
    pub node: Node,
    pub flags: u32,
    /// Number of groups including group 0.
    pub groups: usize,
    pub names: Vec<(String, usize)>,
    pub group_widths: Vec<(usize, Option<usize>)>,
}

/// Parse `pattern` (code points; bytes patterns are given as their byte values).
pub fn parse(pattern: &[u32], is_str: bool, flags: u32) -> Result<Parsed, ParseError> {
    let mut p = Parser {
        src: Tokenizer::new(pattern)?,
        is_str,
        flags,
        names: Vec::new(),
        group_widths: vec![(0, Some(0))],
        open: vec![false],
        lookbehind_groups: None,
        cond_refs: Vec::new(),
    };
    let node = p.parse_alternation(flags, 0)?;
    let flags = fix_flags(p.flags, is_str)?;
    if p.src.next.is_some() {
        return Err(p.src.error("unbalanced parenthesis", 0));
    }
    for &(g, pos) in &p.cond_refs {
        if g >= p.group_widths.len() {
            return Err(ParseError {
                msg: format!("invalid group reference {g}"),
                pos: Some(pos),
                kind: ErrorKind::Re,
            });
        }
    }
    Ok(Parsed {
        node,
        flags,
        groups: p.group_widths.len(),
        names: p.names,
        group_widths: p.group_widths,
    })
}

/// Check the flags against the pattern's type and add UNICODE to str patterns.
pub fn fix_flags(mut flags: u32, is_str: bool) -> Result<u32, ParseError> {
    let value = |msg: &str| ParseError {
        msg: msg.into(),
        pos: None,
        kind: ErrorKind::Value,
    };
    if is_str {
        if flags & flag::LOCALE != 0 {
            return Err(value("cannot use LOCALE flag with a str pattern"));
        }
        if flags & flag::ASCII == 0 {
            flags |= flag::UNICODE;
        } else if flags & flag::UNICODE != 0 {
            return Err(value("ASCII and UNICODE flags are incompatible"));
        }
    } else {
        if flags & flag::UNICODE != 0 {
            return Err(value("cannot use UNICODE flag with a bytes pattern"));
        }
        if flags & flag::LOCALE != 0 && flags & flag::ASCII != 0 {
            return Err(value("ASCII and LOCALE flags are incompatible"));
        }
    }
    Ok(flags)
}

struct Parser<'p> {
    src: Tokenizer<'p>,
    is_str: bool,
    /// The global flags (argument plus `(?x)` at the start).
    flags: u32,
    names: Vec<(String, usize)>,
    /// Width of each closed group; `open[g]` while group g is being parsed.
    group_widths: Vec<(usize, Option<usize>)>,
    open: Vec<bool>,
    lookbehind_groups: Option<usize>,
    /// Conditional references by number, checked once all groups are known.
    cond_refs: Vec<(usize, usize)>,
}

fn flag_of(c: u32) -> Option<u32> {
    Some(match char::from_u32(c)? {
        'i' => flag::IGNORECASE,
        'L' => flag::LOCALE,
        'm' => flag::MULTILINE,
        's' => flag::DOTALL,
        'x' => flag::VERBOSE,
        'a' => flag::ASCII,
        't' => flag::TEMPLATE,
        'u' => flag::UNICODE,
        _ => return None,
    })
}

fn is_identifier(name: &str) -> bool {
    let mut chars = name.chars();
    match chars.next() {
        Some(c) if c == '_' || c.is_alphabetic() => {}
        _ => return false,
    }
    chars.all(|c| c == '_' || c.is_alphanumeric())
}

fn is_alpha(c: u32) -> bool {
    char::from_u32(c).is_some_and(|c| c.is_alphabetic())
}

fn is_ascii_letter(c: u32) -> bool {
    char::from_u32(c).is_some_and(|c| c.is_ascii_alphabetic())
}

/// What the last item of a sequence was, for "nothing to repeat" / "multiple repeat".
#[derive(Clone, Copy, PartialEq)]
enum Last {
    Nothing,
    Assertion,
    Repeat,
    Item,
}

impl<'p> Parser<'p> {
    fn ascii_mode(&self, flags: u32) -> bool {
        !self.is_str || flags & (flag::ASCII | flag::LOCALE) != 0
    }

    fn char_node(&self, c: u32, flags: u32) -> Node {
        Node::Char {
            c,
            ignore_case: flags & flag::IGNORECASE != 0,
            ascii: self.ascii_mode(flags),
        }
    }

    fn set_node(&self, negate: bool, items: Vec<SetItem>, flags: u32) -> Node {
        Node::Set(CharSet {
            negate,
            items,
            ignore_case: flags & flag::IGNORECASE != 0,
            ascii: self.ascii_mode(flags),
        })
    }

    fn parse_alternation(&mut self, flags: u32, nested: usize) -> Result<Node, ParseError> {
        if nested > MAX_NESTING {
            return Err(ParseError {
                msg: "maximum recursion depth exceeded".into(),
                pos: None,
                kind: ErrorKind::Recursion,
            });
        }
        let mut flags = flags;
        let mut items = Vec::new();
        loop {
            let first = nested == 0 && items.is_empty();
            items.push(self.parse_sequence(&mut flags, nested, first)?);
            if !self.src.eat('|')? {
                break;
            }
            if nested == 0 {
                flags = self.flags;
            }
        }
        Ok(if items.len() == 1 {
            items.pop().unwrap_or(Node::Empty)
        } else {
            Node::Alt(items)
        })
    }

    fn parse_sequence(
        &mut self,
        flags: &mut u32,
        nested: usize,
        first: bool,
    ) -> Result<Node, ParseError> {
        let mut items: Vec<Node> = Vec::new();
        let mut last = Last::Nothing;
        while let Some(tok) = self.src.next {
            if tok.is('|') || tok.is(')') {
                break;
            }
            self.src.get()?;
            let verbose = *flags & flag::VERBOSE != 0;
            if verbose {
                if let Tok::Ch(c) = tok {
                    if matches!(
                        char::from_u32(c),
                        Some(' ' | '\t' | '\n' | '\r' | '\x0b' | '\x0c')
                    ) {
                        continue;
                    }
                    if c == '#' as u32 {
                        while let Some(t) = self.src.get()? {
                            if t.is('\n') {
                                break;
                            }
                        }
                        continue;
                    }
                }
            }
            let c = match tok {
                Tok::Esc(_) => {
                    let node = match self.escape(tok)? {
                        Escape::Char(c) => self.char_node(c, *flags),
                        Escape::Category(cat) => {
                            self.set_node(false, vec![SetItem::Category(cat)], *flags)
                        }
                        Escape::At(at) => {
                            let at = match at {
                                At::Boundary { .. } => At::Boundary {
                                    ascii: self.ascii_mode(*flags),
                                },
                                At::NotBoundary { .. } => At::NotBoundary {
                                    ascii: self.ascii_mode(*flags),
                                },
                                other => other,
                            };
                            items.push(Node::At(at));
                            last = Last::Assertion;
                            continue;
                        }
                        Escape::Backref(group) => Node::Backref {
                            group,
                            ignore_case: *flags & flag::IGNORECASE != 0,
                            ascii: self.ascii_mode(*flags),
                        },
                    };
                    items.push(node);
                    last = Last::Item;
                    continue;
                }
                Tok::Ch(c) => c,
            };
            match char::from_u32(c).unwrap_or('\0') {
                '[' => {
                    let node = self.parse_set(*flags)?;
                    items.push(node);
                    last = Last::Item;
                }
                '*' | '+' | '?' | '{' => {
                    let here = self.src.tell();
                    let (min, max) = match char::from_u32(c) {
                        Some('?') => (0, 1),
                        Some('*') => (0, MAX_REPEAT),
                        Some('+') => (1, MAX_REPEAT),
                        _ => {
                            if self.src.next == Some(Tok::Ch('}' as u32)) {
                                items.push(self.char_node(c, *flags));
                                last = Last::Item;
                                continue;
                            }
                            let lo = self.src.digits(usize::MAX, 10)?;
                            let hi = if self.src.eat(',')? {
                                Some(self.src.digits(usize::MAX, 10)?)
                            } else {
                                None
                            };
                            if !self.src.eat('}')? {
                                items.push(self.char_node(c, *flags));
                                last = Last::Item;
                                self.src.seek(here)?;
                                continue;
                            }
                            let min = if lo.is_empty() { 0 } else { repeat_count(&lo)? };
                            let max = match hi {
                                None => min,
                                Some(h) if h.is_empty() => MAX_REPEAT,
                                Some(h) => repeat_count(&h)?,
                            };
                            if max < min {
                                return Err(self.src.error(
                                    "min repeat greater than max repeat",
                                    self.src.tell() - here,
                                ));
                            }
                            (min, max)
                        }
                    };
                    let offset = self.src.tell() - here + 1;
                    match last {
                        Last::Nothing | Last::Assertion => {
                            return Err(self.src.error("nothing to repeat", offset))
                        }
                        Last::Repeat => return Err(self.src.error("multiple repeat", offset)),
                        Last::Item => {}
                    }
                    let greed = if self.src.eat('?')? {
                        Greed::Lazy
                    } else if self.src.eat('+')? {
                        Greed::Possessive
                    } else {
                        Greed::Greedy
                    };
                    let body = Box::new(items.pop().unwrap_or(Node::Empty));
                    items.push(Node::Repeat {
                        min,
                        max,
                        greed,
                        body,
                    });
                    last = Last::Repeat;
                }
                '.' => {
                    items.push(Node::Any {
                        dotall: *flags & flag::DOTALL != 0,
                    });
                    last = Last::Item;
                }
                '(' => {
                    let start = self.src.tell() - 1;
                    if let Some(node) =
                        self.parse_group(start, flags, nested, first && items.is_empty())?
                    {
                        items.push(node);
                        last = Last::Item;
                    }
                }
                '^' => {
                    items.push(Node::At(if *flags & flag::MULTILINE != 0 {
                        At::LineStart
                    } else {
                        At::Start
                    }));
                    last = Last::Assertion;
                }
                '$' => {
                    items.push(Node::At(if *flags & flag::MULTILINE != 0 {
                        At::LineEnd
                    } else {
                        At::End
                    }));
                    last = Last::Assertion;
                }
                _ => {
                    items.push(self.char_node(c, *flags));
                    last = Last::Item;
                }
            }
        }
        Ok(match items.len() {
            0 => Node::Empty,
            1 => items.pop().unwrap_or(Node::Empty),
            _ => Node::Concat(items),
        })
    }

    /// After `(`: a group, an extension, or nothing for comments and global flags.
    fn parse_group(
        &mut self,
        start: usize,
        flags: &mut u32,
        nested: usize,
        first: bool,
    ) -> Result<Option<Node>, ParseError> {
        let mut capture = true;
        let mut atomic = false;
        let mut name = None;
        let mut inner = *flags;
        if self.src.eat('?')? {
            let Some(tok) = self.src.get()? else {
                return Err(self.src.error("unexpected end of pattern", 0));
            };
            let ch = match tok {
                Tok::Ch(c) => char::from_u32(c).unwrap_or('\0'),
                Tok::Esc(_) => '\\',
            };
            match ch {
                'P' => {
                    if self.src.eat('<')? {
                        let n = self.src.until('>', "group name")?;
                        self.check_group_name(&n, 1)?;
                        name = Some(n);
                    } else if self.src.eat('=')? {
                        let n = self.src.until(')', "group name")?;
                        self.check_group_name(&n, 1)?;
                        let len = n.chars().count();
                        let Some(gid) = self.group_by_name(&n) else {
                            return Err(self
                                .src
                                .error(format!("unknown group name '{n}'"), len + 1));
                        };
                        if self.open[gid] {
                            return Err(self.src.error("cannot refer to an open group", len + 1));
                        }
                        self.check_lookbehind_group(gid)?;
                        return Ok(Some(Node::Backref {
                            group: gid,
                            ignore_case: *flags & flag::IGNORECASE != 0,
                            ascii: self.ascii_mode(*flags),
                        }));
                    } else {
                        let Some(t) = self.src.get()? else {
                            return Err(self.src.error("unexpected end of pattern", 0));
                        };
                        return Err(self
                            .src
                            .error(format!("unknown extension ?P{}", t.text()), t.width() + 2));
                    }
                }
                ':' => capture = false,
                '#' => {
                    loop {
                        if self.src.next.is_none() {
                            let off = self.src.tell() - start;
                            return Err(self.src.error("missing ), unterminated comment", off));
                        }
                        if self.src.get()?.is_some_and(|t| t.is(')')) {
                            break;
                        }
                    }
                    return Ok(None);
                }
                '=' | '!' | '<' => {
                    let mut negate = ch == '!';
                    let mut behind = false;
                    let mut outer_lookbehind = None;
                    if ch == '<' {
                        let Some(t) = self.src.get()? else {
                            return Err(self.src.error("unexpected end of pattern", 0));
                        };
                        if !(t.is('=') || t.is('!')) {
                            return Err(self.src.error(
                                format!("unknown extension ?<{}", t.text()),
                                t.width() + 2,
                            ));
                        }
                        negate = t.is('!');
                        behind = true;
                        outer_lookbehind = Some(self.lookbehind_groups);
                        if self.lookbehind_groups.is_none() {
                            self.lookbehind_groups = Some(self.group_widths.len());
                        }
                    }
                    let body = self.parse_alternation(*flags, nested + 1)?;
                    if let Some(outer) = outer_lookbehind {
                        if outer.is_none() {
                            self.lookbehind_groups = None;
                        }
                    }
                    if !self.src.eat(')')? {
                        let off = self.src.tell() - start;
                        return Err(self.src.error("missing ), unterminated subpattern", off));
                    }
                    return Ok(Some(Node::Look {
                        behind,
                        negate,
                        body: Box::new(body),
                    }));
                }
                '(' => return self.parse_conditional(start, *flags, nested).map(Some),
                '>' => {
                    capture = false;
                    atomic = true;
                }
                _ if ch == '-' || matches!(tok, Tok::Ch(c) if flag_of(c).is_some()) => {
                    match self.parse_inline_flags(tok)? {
                        None => {
                            if !first {
                                let off = self.src.tell() - start;
                                return Err(self.src.error(
                                    "global flags not at the start of the expression",
                                    off,
                                ));
                            }
                            *flags |= self.flags;
                            return Ok(None);
                        }
                        Some((add, del)) => {
                            inner = (*flags | add) & !del;
                            capture = false;
                        }
                    }
                }
                _ => {
                    return Err(self.src.error(
                        format!("unknown extension ?{}", tok.text()),
                        tok.width() + 1,
                    ))
                }
            }
        }
        let group = if capture {
            let gid = self.group_widths.len();
            if let Some(n) = &name {
                if let Some(old) = self.group_by_name(n) {
                    let len = n.chars().count();
                    return Err(self.src.error(
                        format!("redefinition of group name '{n}' as group {gid}; was group {old}"),
                        len + 1,
                    ));
                }
                self.names.push((n.clone(), gid));
            }
            self.group_widths.push((0, None));
            self.open.push(true);
            Some(gid)
        } else {
            None
        };
        let body = self.parse_alternation(inner, nested + 1)?;
        if !self.src.eat(')')? {
            let off = self.src.tell() - start;
            return Err(self.src.error("missing ), unterminated subpattern", off));
        }
        Ok(Some(match group {
            Some(index) => {
                self.group_widths[index] = body.width(&self.group_widths);
                self.open[index] = false;
                Node::Group {
                    index,
                    body: Box::new(body),
                }
            }
            None if atomic => Node::Atomic(Box::new(body)),
            None => body,
        }))
    }

    fn parse_conditional(
        &mut self,
        start: usize,
        flags: u32,
        nested: usize,
    ) -> Result<Node, ParseError> {
        let name = self.src.until(')', "group name")?;
        let len = name.chars().count();
        let group = if is_identifier(&name) {
            match self.group_by_name(&name) {
                Some(g) => g,
                None => {
                    return Err(self
                        .src
                        .error(format!("unknown group name '{name}'"), len + 1))
                }
            }
        } else {
            let Some(g) = parse_decimal(&name) else {
                return Err(self
                    .src
                    .error(format!("bad character in group name '{name}'"), len + 1));
            };
            if g == 0 {
                return Err(self.src.error("bad group number", len + 1));
            }
            if g >= 1 << 30 {
                return Err(self
                    .src
                    .error(format!("invalid group reference {g}"), len + 1));
            }
            let pos = self.src.tell() - len - 1;
            if !self.cond_refs.iter().any(|&(x, _)| x == g) {
                self.cond_refs.push((g, pos));
            }
            g
        };
        self.check_lookbehind_group(group)?;
        let mut f = flags;
        let yes = self.parse_sequence(&mut f, nested + 1, false)?;
        let no = if self.src.eat('|')? {
            let no = self.parse_sequence(&mut f, nested + 1, false)?;
            if self.src.next.is_some_and(|t| t.is('|')) {
                return Err(self
                    .src
                    .error("conditional backref with more than two branches", 0));
            }
            no
        } else {
            Node::Empty
        };
        if !self.src.eat(')')? {
            let off = self.src.tell() - start;
            return Err(self.src.error("missing ), unterminated subpattern", off));
        }
        Ok(Node::Cond {
            group,
            yes: Box::new(yes),
            no: Box::new(no),
        })
    }

    /// `(?aiLmsux-imsx:` or `(?aiLmsux)`: Some((add, del)) for a scoped group, None for
    /// global flags (already added to `self.flags`).
    fn parse_inline_flags(&mut self, first: Tok) -> Result<Option<(u32, u32)>, ParseError> {
        let mut add = 0;
        let mut del = 0;
        let mut tok = first;
        if !tok.is('-') {
            while let Tok::Ch(c) = tok {
                let Some(f) = flag_of(c) else { break };
                if self.is_str && c == 'L' as u32 {
                    return Err(self.src.error(
                        "bad inline flags: cannot use 'L' flag with a str pattern",
                        0,
                    ));
                }
                if !self.is_str && c == 'u' as u32 {
                    return Err(self.src.error(
                        "bad inline flags: cannot use 'u' flag with a bytes pattern",
                        0,
                    ));
                }
                add |= f;
                if f & flag::TYPE_FLAGS != 0 && add & flag::TYPE_FLAGS != f {
                    return Err(self.src.error(
                        "bad inline flags: flags 'a', 'u' and 'L' are incompatible",
                        0,
                    ));
                }
                let Some(t) = self.src.get()? else {
                    return Err(self.src.error("missing -, : or )", 0));
                };
                tok = t;
                if tok.is(')') || tok.is('-') || tok.is(':') {
                    break;
                }
                if !matches!(tok, Tok::Ch(c) if flag_of(c).is_some()) {
                    let msg = if matches!(tok, Tok::Ch(c) if is_alpha(c)) {
                        "unknown flag"
                    } else {
                        "missing -, : or )"
                    };
                    return Err(self.src.error(msg, tok.width()));
                }
            }
        }
        if tok.is(')') {
            self.flags |= add;
            return Ok(None);
        }
        if add & flag::GLOBAL_FLAGS != 0 {
            return Err(self
                .src
                .error("bad inline flags: cannot turn on global flag", 1));
        }
        if tok.is('-') {
            let Some(t) = self.src.get()? else {
                return Err(self.src.error("missing flag", 0));
            };
            tok = t;
            if !matches!(tok, Tok::Ch(c) if flag_of(c).is_some()) {
                let msg = if matches!(tok, Tok::Ch(c) if is_alpha(c)) {
                    "unknown flag"
                } else {
                    "missing flag"
                };
                return Err(self.src.error(msg, tok.width()));
            }
            while let Tok::Ch(c) = tok {
                let Some(f) = flag_of(c) else { break };
                if f & flag::TYPE_FLAGS != 0 {
                    return Err(self.src.error(
                        "bad inline flags: cannot turn off flags 'a', 'u' and 'L'",
                        0,
                    ));
                }
                del |= f;
                let Some(t) = self.src.get()? else {
                    return Err(self.src.error("missing :", 0));
                };
                tok = t;
                if tok.is(':') {
                    break;
                }
                if !matches!(tok, Tok::Ch(c) if flag_of(c).is_some()) {
                    let msg = if matches!(tok, Tok::Ch(c) if is_alpha(c)) {
                        "unknown flag"
                    } else {
                        "missing :"
                    };
                    return Err(self.src.error(msg, tok.width()));
                }
            }
        }
        if del & flag::GLOBAL_FLAGS != 0 {
            return Err(self
                .src
                .error("bad inline flags: cannot turn off global flag", 1));
        }
        if add & del != 0 {
            return Err(self
                .src
                .error("bad inline flags: flag turned on and off", 1));
        }
        Ok(Some((add, del)))
    }

    fn group_by_name(&self, name: &str) -> Option<usize> {
        self.names.iter().find(|(n, _)| n == name).map(|&(_, g)| g)
    }

    fn check_group_name(&self, name: &str, offset: usize) -> Result<(), ParseError> {
        if !is_identifier(name) {
            let len = name.chars().count();
            return Err(self.src.error(
                format!("bad character in group name '{name}'"),
                len + offset,
            ));
        }
        Ok(())
    }

    fn check_lookbehind_group(&self, gid: usize) -> Result<(), ParseError> {
        if let Some(first) = self.lookbehind_groups {
            if gid >= self.group_widths.len() || self.open[gid] {
                return Err(self.src.error("cannot refer to an open group", 0));
            }
            if gid >= first {
                return Err(self.src.error(
                    "cannot refer to group defined in the same lookbehind subpattern",
                    0,
                ));
            }
        }
        Ok(())
    }
}

fn repeat_count(digits: &str) -> Result<u32, ParseError> {
    match digits.parse::<u64>() {
        Ok(n) if n < MAX_REPEAT as u64 => Ok(n as u32),
        _ => Err(ParseError {
            msg: "the repetition number is too large".into(),
            pos: None,
            kind: ErrorKind::Overflow,
        }),
    }
}

fn parse_decimal(s: &str) -> Option<usize> {
    if s.is_empty() || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    Some(s.parse::<usize>().unwrap_or(usize::MAX))
}
