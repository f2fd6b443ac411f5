//! Reading a pattern one token at a time, as CPython's `sre_parse` does: a token is one
//! character or a backslash with the character after it, and error positions are counted
//! back from the current token. Not the grammar (see `parser`).

/// One token of the pattern.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Tok {
    Ch(u32),
    /// A backslash and the character after it.
    Esc(u32),
}

impl Tok {
    pub fn width(self) -> usize {
        match self {
            Tok::Ch(_) => 1,
            Tok::Esc(_) => 2,
        }
    }

    pub fn is(self, c: char) -> bool {
        self == Tok::Ch(c as u32)
    }

    /// The token as text, for messages (`\q`, `a`).
    pub fn text(self) -> String {
        match self {
            Tok::Ch(c) => show(c),
            Tok::Esc(c) => format!("\\{}", show(c)),
        }
    }
}

pub fn show(c: u32) -> String {
    char::from_u32(c).unwrap_or('\u{fffd}').to_string()
}

/// A parse error: CPython's message and position (None when it names none).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseError {
    pub msg: String,
    pub pos: Option<usize>,
    pub kind: ErrorKind,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErrorKind {
    /// `re.error`.
    Re,
    /// OverflowError (repeat counts).
    Overflow,
    /// RecursionError (patterns nested too deep).
    Recursion,
    /// ValueError (incompatible flags).
    Value,
}

pub struct Tokenizer<'p> {
    chars: &'p [u32],
    /// Index just past the current token.
    index: usize,
    pub next: Option<Tok>,
}

impl<'p> Tokenizer<'p> {
    pub fn new(chars: &'p [u32]) -> Result<Tokenizer<'p>, ParseError> {
        let mut t = Tokenizer {
            chars,
            index: 0,
            next: None,
        };
        t.advance()?;
        Ok(t)
    }

    fn advance(&mut self) -> Result<(), ParseError> {
        let Some(&c) = self.chars.get(self.index) else {
            self.next = None;
            return Ok(());
        };
        if c == '\\' as u32 {
            let Some(&e) = self.chars.get(self.index + 1) else {
                return Err(ParseError {
                    msg: "bad escape (end of pattern)".into(),
                    pos: Some(self.chars.len() - 1),
                    kind: ErrorKind::Re,
                });
            };
            self.index += 2;
            self.next = Some(Tok::Esc(e));
        } else {
            self.index += 1;
            self.next = Some(Tok::Ch(c));
        }
        Ok(())
    }

    /// Consume the next token if it is the plain character `c`.
    pub fn eat(&mut self, c: char) -> Result<bool, ParseError> {
        if self.next == Some(Tok::Ch(c as u32)) {
            self.advance()?;
            return Ok(true);
        }
        Ok(false)
    }

    pub fn get(&mut self) -> Result<Option<Tok>, ParseError> {
        let t = self.next;
        self.advance()?;
        Ok(t)
    }

    /// The position of the next token.
    pub fn tell(&self) -> usize {
        self.index - self.next.map_or(0, Tok::width)
    }

    pub fn seek(&mut self, index: usize) -> Result<(), ParseError> {
        self.index = index;
        self.advance()
    }

    pub fn next_is_digit(&self, radix: u32) -> bool {
        matches!(self.next, Some(Tok::Ch(c)) if char::from_u32(c).is_some_and(|c| c.is_digit(radix)))
    }

    /// Up to `n` plain characters that are digits in `radix`.
    pub fn digits(&mut self, n: usize, radix: u32) -> Result<String, ParseError> {
        let mut s = String::new();
        while s.len() < n && self.next_is_digit(radix) {
            if let Some(Tok::Ch(c)) = self.get()? {
                s.push(char::from_u32(c).unwrap_or('0'));
            }
        }
        Ok(s)
    }

    /// The text up to `terminator` (consumed), for group names.
    pub fn until(&mut self, terminator: char, what: &str) -> Result<String, ParseError> {
        let mut s = String::new();
        loop {
            let t = self.get()?;
            match t {
                None => {
                    if s.is_empty() {
                        return Err(self.error(format!("missing {what}"), 0));
                    }
                    let n = s.chars().count();
                    return Err(self.error(format!("missing {terminator}, unterminated name"), n));
                }
                Some(t) if t.is(terminator) => {
                    if s.is_empty() {
                        return Err(self.error(format!("missing {what}"), 1));
                    }
                    return Ok(s);
                }
                Some(t) => s.push_str(&t.text()),
            }
        }
    }

    #[cold]
    pub fn error(&self, msg: impl Into<String>, offset: usize) -> ParseError {
        ParseError {
            msg: msg.into(),
            pos: Some(self.tell().saturating_sub(offset)),
            kind: ErrorKind::Re,
        }
    }
}
