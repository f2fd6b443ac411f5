//! The fast half of pyexpat's content scanner: it reads the well-formed tokens between a
//! root element's tags (character data, line ends, character and predefined entity
//! references, start tags with plain attribute values, end tags that close the open
//! element, comments, CDATA sections, processing instructions) and stops before the
//! first token it cannot take whole.
//!
//! It is not the judge of errors: a token that is malformed, incomplete, needs the
//! DTD's entities or an unusual attribute value is left to the Python scanner
//! (pylib/_xml_scanner.py), which reports expat's error code at expat's position. So
//! every token taken here is one that scanner would hand over with the same pieces.
//! Offsets are byte offsets into the text.

use std::borrow::Cow;

/// One token of element content, as the Python scanner's sink receives it.
#[derive(Debug, PartialEq)]
pub enum Token<'a> {
    /// Character data (a run of text, one line end as "\n", or a reference's text).
    Text { at: usize, text: Cow<'a, str> },
    /// A start tag; `empty` for `<a/>`. `end` is the offset after its `>`.
    Start {
        at: usize,
        end: usize,
        name: &'a str,
        attrs: Vec<(&'a str, &'a str)>,
        empty: bool,
    },
    /// An end tag closing the innermost open element; `end` is after its `>`.
    End {
        at: usize,
        end: usize,
        name: &'a str,
    },
    /// A comment's text, line ends normalised.
    Comment { at: usize, text: Cow<'a, str> },
    /// A CDATA section's raw text (the sink splits it at line ends).
    Cdata { at: usize, text: &'a str },
    /// A processing instruction (its data with line ends normalised).
    Pi {
        at: usize,
        target: &'a str,
        data: Cow<'a, str>,
    },
}

/// The elements open when scanning starts, asked only when an end tag reaches them.
pub trait OpenElements {
    /// How many are open.
    fn depth(&self) -> usize;
    /// Whether the element at `index` (0 is the outermost) is named `name`.
    fn is_named(&self, index: usize, name: &str) -> bool;
}

/// At most this many tokens per call, so a huge buffer is handed over in slices.
pub const MAX_BATCH: usize = 2048;

/// The tokens from `start` on and the offset after the last one. Scanning stops at the
/// first token the Python scanner must see, after the end tag that closes the last
/// open element, or after [`MAX_BATCH`] tokens. `namespaces` says names with a colon
/// in references and PI targets are errors (namespace processing is on).
pub fn scan_content<'a>(
    buf: &'a str,
    start: usize,
    open: &dyn OpenElements,
    namespaces: bool,
) -> (Vec<Token<'a>>, usize) {
    let s = Scanner {
        buf,
        b: buf.as_bytes(),
        namespaces,
    };
    let mut tokens = Vec::new();
    let mut outer = open.depth();
    let mut pushed: Vec<&'a str> = Vec::new();
    let mut pos = start;
    while pos < buf.len() && tokens.len() < MAX_BATCH {
        let Some((token, end)) = s.token(pos) else {
            break;
        };
        match &token {
            Token::Start { name, empty, .. } => {
                if !*empty {
                    pushed.push(name);
                } else if pushed.is_empty() && outer == 0 {
                    tokens.push(token);
                    return (tokens, end);
                }
            }
            Token::End { name, .. } => {
                if let Some(&top) = pushed.last() {
                    if top != *name {
                        break;
                    }
                    pushed.pop();
                } else if outer > 0 && open.is_named(outer - 1, name) {
                    outer -= 1;
                } else {
                    break;
                }
                if pushed.is_empty() && outer == 0 {
                    tokens.push(token);
                    return (tokens, end);
                }
            }
            _ => {}
        }
        tokens.push(token);
        pos = end;
    }
    (tokens, pos)
}

struct Scanner<'a> {
    buf: &'a str,
    b: &'a [u8],
    namespaces: bool,
}

fn is_space(c: u8) -> bool {
    matches!(c, b' ' | b'\t' | b'\r' | b'\n')
}

/// A byte of a character XML forbids (C0 controls but tab and line ends); U+FFFE and
/// U+FFFF are found by [`has_bad_char`].
fn is_control(c: u8) -> bool {
    c < 0x20 && !matches!(c, b'\t' | b'\n' | b'\r')
}

/// Whether `text` holds a character XML 1.0 does not allow in a document.
pub fn has_bad_char(text: &str) -> bool {
    let b = text.as_bytes();
    b.iter().any(|&c| is_control(c))
        || b.windows(3)
            .any(|w| w[0] == 0xEF && w[1] == 0xBF && (w[2] == 0xBE || w[2] == 0xBF))
}

pub fn is_name_start(c: char) -> bool {
    matches!(c,
        'A'..='Z' | 'a'..='z' | '_' | ':'
        | '\u{c0}'..='\u{d6}' | '\u{d8}'..='\u{f6}' | '\u{f8}'..='\u{2ff}'
        | '\u{370}'..='\u{37d}' | '\u{37f}'..='\u{1fff}' | '\u{200c}' | '\u{200d}'
        | '\u{2070}'..='\u{218f}' | '\u{2c00}'..='\u{2fef}' | '\u{3001}'..='\u{d7ff}'
        | '\u{f900}'..='\u{fdcf}' | '\u{fdf0}'..='\u{fffd}' | '\u{10000}'..='\u{effff}')
}

pub fn is_name_char(c: char) -> bool {
    is_name_start(c)
        || matches!(c, '-' | '.' | '0'..='9' | '\u{b7}' | '\u{300}'..='\u{36f}'
            | '\u{203f}'..='\u{2040}')
}

/// Line ends as XML reads them: "\r\n" and a lone "\r" become "\n".
pub fn normalize_newlines(text: &str) -> Cow<'_, str> {
    if !text.contains('\r') {
        return Cow::Borrowed(text);
    }
    Cow::Owned(text.replace("\r\n", "\n").replace('\r', "\n"))
}

/// The text of a predefined entity.
fn predefined(name: &str) -> Option<&'static str> {
    Some(match name {
        "amp" => "&",
        "lt" => "<",
        "gt" => ">",
        "apos" => "'",
        "quot" => "\"",
        _ => return None,
    })
}

/// The character a reference's number names, if XML allows it.
fn char_from_ref(number: u32) -> Option<char> {
    let ch = char::from_u32(number)?;
    let mut utf8 = [0u8; 4];
    (!has_bad_char(ch.encode_utf8(&mut utf8))).then_some(ch)
}

impl<'a> Scanner<'a> {
    fn byte(&self, i: usize) -> Option<u8> {
        self.b.get(i).copied()
    }

    fn find(&self, needle: &str, from: usize) -> Option<usize> {
        self.buf.get(from..)?.find(needle).map(|k| from + k)
    }

    /// The end of the name starting at `i` (None when no name starts there or it runs
    /// to the end of the text: the Python scanner decides those).
    fn name_end(&self, i: usize) -> Option<usize> {
        let mut chars = self.buf.get(i..)?.char_indices();
        let (_, first) = chars.next()?;
        if !is_name_start(first) {
            return None;
        }
        for (k, c) in chars {
            if !is_name_char(c) {
                return Some(i + k);
            }
        }
        None
    }

    fn skip_spaces(&self, mut i: usize) -> usize {
        while i < self.b.len() && is_space(self.b[i]) {
            i += 1;
        }
        i
    }

    fn token(&self, i: usize) -> Option<(Token<'a>, usize)> {
        match self.b[i] {
            b'<' => match self.byte(i + 1)? {
                b'/' => self.end_tag(i),
                b'?' => self.pi(i),
                b'!' => {
                    if self.buf[i..].starts_with("<![CDATA[") {
                        self.cdata(i)
                    } else if self.buf[i..].starts_with("<!--") {
                        self.comment(i)
                    } else {
                        None
                    }
                }
                _ => self.start_tag(i),
            },
            b'&' => self.reference(i),
            b'\n' => Some((text_at(i, "\n"), i + 1)),
            b'\r' => match self.byte(i + 1)? {
                b'\n' => Some((text_at(i, "\n"), i + 2)),
                _ => Some((text_at(i, "\n"), i + 1)),
            },
            _ => self.text(i),
        }
    }

    /// A run of character data up to markup, a reference or a line end.
    fn text(&self, i: usize) -> Option<(Token<'a>, usize)> {
        let b = self.b;
        let mut end = i;
        let mut bracket = false;
        while end < b.len() && !matches!(b[end], b'<' | b'&' | b'\r' | b'\n') {
            bracket |= b[end] == b']';
            end += 1;
        }
        let text = &self.buf[i..end];
        if has_bad_char(text) {
            return None;
        }
        // A "]" may begin "]]>", an error, or (at the end) one the next piece completes.
        if bracket && (text.contains("]]>") || (end == b.len() && text.ends_with(']'))) {
            return None;
        }
        Some((
            Token::Text {
                at: i,
                text: Cow::Borrowed(text),
            },
            end,
        ))
    }

    /// `&#N;`, `&#xH;` or a predefined entity; other entities need the DTD's table.
    fn reference(&self, i: usize) -> Option<(Token<'a>, usize)> {
        if self.byte(i + 1)? == b'#' {
            let (digits, radix) = if self.byte(i + 2)? == b'x' {
                (i + 3, 16)
            } else {
                (i + 2, 10)
            };
            let mut end = digits;
            while end < self.b.len() && (self.b[end] as char).is_digit(radix) {
                end += 1;
            }
            if end == digits || self.byte(end)? != b';' {
                return None;
            }
            let number = u32::from_str_radix(&self.buf[digits..end], radix).ok()?;
            let ch = char_from_ref(number)?;
            return Some((
                Token::Text {
                    at: i,
                    text: Cow::Owned(ch.to_string()),
                },
                end + 1,
            ));
        }
        let end = self.name_end(i + 1)?;
        if self.b[end] != b';' {
            return None;
        }
        let text = predefined(&self.buf[i + 1..end])?;
        Some((text_at(i, text), end + 1))
    }

    /// `<name attr="value" ...>` or `<name .../>` with values free of references, line
    /// ends, tabs, `<` and forbidden characters, and no attribute twice.
    fn start_tag(&self, i: usize) -> Option<(Token<'a>, usize)> {
        let name_end = self.name_end(i + 1)?;
        let name = &self.buf[i + 1..name_end];
        let mut attrs: Vec<(&'a str, &'a str)> = Vec::new();
        let mut j = name_end;
        loop {
            let after = self.skip_spaces(j);
            let c = self.byte(after)?;
            if after == j || c == b'/' || c == b'>' {
                j = after;
                break;
            }
            let key_end = self.name_end(after)?;
            let key = &self.buf[after..key_end];
            let eq = self.skip_spaces(key_end);
            if self.byte(eq)? != b'=' {
                return None;
            }
            let q = self.skip_spaces(eq + 1);
            let quote = self.byte(q)?;
            if quote != b'"' && quote != b'\'' {
                return None;
            }
            let mut close = q + 1;
            while close < self.b.len() && self.b[close] != quote {
                if matches!(self.b[close], b'<' | b'&' | b'\t' | b'\n' | b'\r') {
                    return None;
                }
                close += 1;
            }
            let value = self.buf.get(q + 1..close)?;
            if close == self.b.len() || has_bad_char(value) || attrs.iter().any(|a| a.0 == key) {
                return None;
            }
            attrs.push((key, value));
            j = close + 1;
        }
        let (empty, end) = match self.byte(j)? {
            b'>' => (false, j + 1),
            b'/' if self.byte(j + 1)? == b'>' => (true, j + 2),
            _ => return None,
        };
        Some((
            Token::Start {
                at: i,
                end,
                name,
                attrs,
                empty,
            },
            end,
        ))
    }

    /// `</name>` (whether it closes the open element is the caller's question).
    fn end_tag(&self, i: usize) -> Option<(Token<'a>, usize)> {
        let name_end = self.name_end(i + 2)?;
        let close = self.skip_spaces(name_end);
        if self.byte(close)? != b'>' {
            return None;
        }
        Some((
            Token::End {
                at: i,
                end: close + 1,
                name: &self.buf[i + 2..name_end],
            },
            close + 1,
        ))
    }

    fn comment(&self, i: usize) -> Option<(Token<'a>, usize)> {
        let dashes = self.find("--", i + 4)?;
        if self.byte(dashes + 2)? != b'>' {
            return None;
        }
        let text = &self.buf[i + 4..dashes];
        if has_bad_char(text) {
            return None;
        }
        let text = normalize_newlines(text);
        Some((Token::Comment { at: i, text }, dashes + 3))
    }

    fn cdata(&self, i: usize) -> Option<(Token<'a>, usize)> {
        let close = self.find("]]>", i + 9)?;
        let text = &self.buf[i + 9..close];
        if has_bad_char(text) {
            return None;
        }
        Some((Token::Cdata { at: i, text }, close + 3))
    }

    /// `<?target data?>`; the XML declaration and other `xml` targets are errors in
    /// content, left to the Python scanner.
    fn pi(&self, i: usize) -> Option<(Token<'a>, usize)> {
        let name_end = self.name_end(i + 2)?;
        let target = &self.buf[i + 2..name_end];
        if (self.namespaces && target.contains(':')) || target.eq_ignore_ascii_case("xml") {
            return None;
        }
        let c = self.b[name_end];
        if c == b'?' {
            if self.byte(name_end + 1)? != b'>' {
                return None;
            }
            let data = Cow::Borrowed("");
            return Some((
                Token::Pi {
                    at: i,
                    target,
                    data,
                },
                name_end + 2,
            ));
        }
        if !is_space(c) {
            return None;
        }
        let from = self.skip_spaces(name_end);
        let close = self.find("?>", from)?;
        let data = &self.buf[from..close];
        if has_bad_char(data) {
            return None;
        }
        let data = normalize_newlines(data);
        Some((
            Token::Pi {
                at: i,
                target,
                data,
            },
            close + 2,
        ))
    }
}

fn text_at(at: usize, text: &'static str) -> Token<'static> {
    Token::Text {
        at,
        text: Cow::Borrowed(text),
    }
}
