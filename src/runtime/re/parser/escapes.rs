//! The parser's escapes and character sets: `\d \x41 \u00e9 \N{...} \101 \1` in
//! sequences and in `[...]`, octal-versus-backreference, and ranges with CPython's
//! messages. Not the rest of the grammar (see the parent `parser`).

use super::super::ast::{At, Category, Node, SetItem};
use super::super::tokenizer::{show, ParseError, Tok};
use super::{is_ascii_letter, Parser};

/// A parsed escape: a literal, a set, an assertion or a back-reference.
pub(super) enum Escape {
    Char(u32),
    Category(Category),
    At(At),
    Backref(usize),
}

impl Parser<'_> {
    /// `[...]` after the `[`.
    pub(super) fn parse_set(&mut self, flags: u32) -> Result<Node, ParseError> {
        let here = self.src.tell() - 1;
        let negate = self.src.eat('^')?;
        let mut items: Vec<SetItem> = Vec::new();
        loop {
            let Some(this) = self.src.get()? else {
                let off = self.src.tell() - here;
                return Err(self.src.error("unterminated character set", off));
            };
            if this.is(']') && !items.is_empty() {
                break;
            }
            let first = match this {
                Tok::Esc(_) => self.class_escape(this)?,
                Tok::Ch(c) => SetItem::Char(c),
            };
            if self.src.eat('-')? {
                let Some(that) = self.src.get()? else {
                    let off = self.src.tell() - here;
                    return Err(self.src.error("unterminated character set", off));
                };
                if that.is(']') {
                    items.push(first);
                    items.push(SetItem::Char('-' as u32));
                    break;
                }
                let second = match that {
                    Tok::Esc(_) => self.class_escape(that)?,
                    Tok::Ch(c) => SetItem::Char(c),
                };
                let bad = || format!("bad character range {}-{}", this.text(), that.text());
                let (SetItem::Char(lo), SetItem::Char(hi)) = (&first, &second) else {
                    return Err(self.src.error(bad(), this.width() + 1 + that.width()));
                };
                if hi < lo {
                    return Err(self.src.error(bad(), this.width() + 1 + that.width()));
                }
                items.push(SetItem::Range(*lo, *hi));
            } else {
                items.push(first);
            }
        }
        if items.len() == 1 {
            if let SetItem::Char(c) = items[0] {
                if !negate {
                    return Ok(self.char_node(c, flags));
                }
            }
        }
        Ok(self.set_node(negate, items, flags))
    }

    fn class_escape(&mut self, tok: Tok) -> Result<SetItem, ParseError> {
        let Tok::Esc(c) = tok else { unreachable_tok() };
        if let Some(lit) = simple_escape(c) {
            return Ok(SetItem::Char(lit));
        }
        if let Some(cat) = category(c) {
            return Ok(SetItem::Category(cat));
        }
        if let Some(r) = self.numeric_escape(c)? {
            return Ok(SetItem::Char(r));
        }
        let ch = char::from_u32(c).unwrap_or('\0');
        if ch.is_ascii_digit() {
            if ch <= '7' {
                let more = self.src.digits(2, 8)?;
                let text = format!("{ch}{more}");
                let v = u32::from_str_radix(&text, 8).unwrap_or(0);
                if v > 0o377 {
                    return Err(self.src.error(
                        format!("octal escape value \\{text} outside of range 0-0o377"),
                        text.len() + 1,
                    ));
                }
                return Ok(SetItem::Char(v));
            }
            return Err(self.src.error(format!("bad escape {}", tok.text()), 2));
        }
        if is_ascii_letter(c) {
            return Err(self.src.error(format!("bad escape {}", tok.text()), 2));
        }
        Ok(SetItem::Char(c))
    }

    /// `\x \u \U \N` escapes, shared by sets and sequences.
    fn numeric_escape(&mut self, c: u32) -> Result<Option<u32>, ParseError> {
        let width = match char::from_u32(c) {
            Some('x') => 2,
            Some('u') if self.is_str => 4,
            Some('U') if self.is_str => 8,
            Some('N') if self.is_str => {
                if !self.src.eat('{')? {
                    return Err(self.src.error("missing {", 0));
                }
                let name = self.src.until('}', "character name")?;
                if let Some(named) = unicode_names2::character(&name) {
                    return Ok(Some(named as u32));
                }
                let len = name.chars().count();
                return Err(self
                    .src
                    .error(format!("undefined character name '{name}'"), len + 4));
            }
            _ => return Ok(None),
        };
        let digits = self.src.digits(width, 16)?;
        if digits.len() != width {
            let letter = show(c);
            return Err(self.src.error(
                format!("incomplete escape \\{letter}{digits}"),
                digits.len() + 2,
            ));
        }
        let v = u32::from_str_radix(&digits, 16).unwrap_or(0);
        if char::from_u32(v).is_none() && v > 0x10ffff {
            let letter = show(c);
            return Err(self
                .src
                .error(format!("bad escape \\{letter}{digits}"), digits.len() + 2));
        }
        Ok(Some(v))
    }

    pub(super) fn escape(&mut self, tok: Tok) -> Result<Escape, ParseError> {
        let Tok::Esc(c) = tok else { unreachable_tok() };
        let ch = char::from_u32(c).unwrap_or('\0');
        match ch {
            'A' => return Ok(Escape::At(At::Start)),
            'Z' => return Ok(Escape::At(At::EndText)),
            'b' => return Ok(Escape::At(At::Boundary { ascii: false })),
            'B' => return Ok(Escape::At(At::NotBoundary { ascii: false })),
            _ => {}
        }
        if let Some(cat) = category(c) {
            return Ok(Escape::Category(cat));
        }
        if let Some(lit) = simple_escape(c) {
            return Ok(Escape::Char(lit));
        }
        if let Some(r) = self.numeric_escape(c)? {
            return Ok(Escape::Char(r));
        }
        if ch == '0' {
            let more = self.src.digits(2, 8)?;
            return Ok(Escape::Char(
                u32::from_str_radix(&format!("0{more}"), 8).unwrap_or(0),
            ));
        }
        if ch.is_ascii_digit() {
            let mut text = ch.to_string();
            if self.src.next_is_digit(10) {
                if let Some(Tok::Ch(d)) = self.src.get()? {
                    text.push(char::from_u32(d).unwrap_or('0'));
                }
                let b = text.as_bytes();
                if b[0] <= b'7' && b[1] <= b'7' && self.src.next_is_digit(8) {
                    if let Some(Tok::Ch(d)) = self.src.get()? {
                        text.push(char::from_u32(d).unwrap_or('0'));
                    }
                    let v = u32::from_str_radix(&text, 8).unwrap_or(0);
                    if v > 0o377 {
                        return Err(self.src.error(
                            format!("octal escape value \\{text} outside of range 0-0o377"),
                            text.len() + 1,
                        ));
                    }
                    return Ok(Escape::Char(v));
                }
            }
            let group: usize = text.parse().unwrap_or(0);
            if group < self.group_widths.len() {
                if self.open[group] {
                    return Err(self
                        .src
                        .error("cannot refer to an open group", text.len() + 1));
                }
                self.check_lookbehind_group(group)?;
                return Ok(Escape::Backref(group));
            }
            return Err(self
                .src
                .error(format!("invalid group reference {group}"), text.len()));
        }
        if is_ascii_letter(c) {
            return Err(self.src.error(format!("bad escape {}", tok.text()), 2));
        }
        Ok(Escape::Char(c))
    }
}

#[cold]
fn unreachable_tok() -> ! {
    unreachable!("escape handlers are only called with escape tokens")
}

fn simple_escape(c: u32) -> Option<u32> {
    Some(match char::from_u32(c)? {
        'a' => 7,
        'b' => 8,
        'f' => 12,
        'n' => 10,
        'r' => 13,
        't' => 9,
        'v' => 11,
        '\\' => '\\' as u32,
        _ => return None,
    })
}

fn category(c: u32) -> Option<Category> {
    Some(match char::from_u32(c)? {
        'd' => Category::Digit,
        'D' => Category::NotDigit,
        's' => Category::Space,
        'S' => Category::NotSpace,
        'w' => Category::Word,
        'W' => Category::NotWord,
        _ => return None,
    })
}
