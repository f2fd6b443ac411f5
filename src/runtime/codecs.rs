//! The codecs beyond utf-8, ascii and latin-1 that `bytes.decode`, `str.encode`,
//! `codecs` and `open()` share: UTF-16 and UTF-32 (with a byte-order mark, or little- or
//! big-endian without) and the single-byte code pages (`cp1252`, `cp437`, `mac-roman`,
//! ...) as tables. Each decoder gives the decodable prefix of its input and the first bad
//! run with CPython's reason; the error handlers and messages are `runtime::bytes`'s, so
//! every codec reports as CPython's do. Not the name lookup (`bytes::Encoding::lookup`).

use crate::runtime::bytes::{BadRun, Encoding};

/// Byte order of a UTF-16 or UTF-32 codec: `Bom` reads it from a byte-order mark
/// (little-endian when there is none, as CPython on this machine) and writes one.
#[derive(Clone, Copy, PartialEq, Debug)]
pub enum Order {
    Bom,
    Le,
    Be,
}

/// A single-byte code page: its name as `codecs.lookup` gives it and the character of
/// each byte from 0x80 (`\u{fffe}` for undefined bytes); below 0x80 it is ASCII.
#[derive(Debug)]
pub struct CodePage {
    pub name: &'static str,
    pub upper: &'static [char; 128],
}

impl CodePage {
    /// The character of byte `b` (`\u{fffe}` when undefined).
    fn char_of(&self, b: u8) -> char {
        match b.checked_sub(0x80) {
            None => b as char,
            Some(i) => self.upper[i as usize],
        }
    }
}

impl PartialEq for CodePage {
    fn eq(&self, other: &Self) -> bool {
        self.name == other.name
    }
}

use crate::runtime::codec_tables as t;

static CODE_PAGES: &[CodePage] = &[
    CodePage {
        name: "cp1252",
        upper: &t::CP1252,
    },
    CodePage {
        name: "cp437",
        upper: &t::CP437,
    },
    CodePage {
        name: "mac-roman",
        upper: &t::MAC_ROMAN,
    },
    CodePage {
        name: "iso8859-15",
        upper: &t::ISO8859_15,
    },
    CodePage {
        name: "cp850",
        upper: &t::CP850,
    },
    CodePage {
        name: "iso8859-2",
        upper: &t::ISO8859_2,
    },
    CodePage {
        name: "cp1250",
        upper: &t::CP1250,
    },
    CodePage {
        name: "cp1251",
        upper: &t::CP1251,
    },
];

/// The encoding for a normalised name (lowercase, `-` for `_` and spaces) among the
/// codecs here, with CPython's aliases.
pub fn lookup(norm: &str) -> Option<Encoding> {
    let page = |name: &str| {
        CODE_PAGES
            .iter()
            .find(|p| p.name == name)
            .map(Encoding::Charmap)
    };
    Some(match norm {
        "utf-8-sig" | "utf8-sig" => Encoding::Utf8Sig,
        "utf-16" | "utf16" => Encoding::Utf16(Order::Bom),
        "utf-16-le" | "utf-16le" => Encoding::Utf16(Order::Le),
        "utf-16-be" | "utf-16be" => Encoding::Utf16(Order::Be),
        "utf-32" | "utf32" => Encoding::Utf32(Order::Bom),
        "utf-32-le" | "utf-32le" => Encoding::Utf32(Order::Le),
        "utf-32-be" | "utf-32be" => Encoding::Utf32(Order::Be),
        "cp1252" | "windows-1252" => return page("cp1252"),
        "cp437" | "437" | "ibm437" => return page("cp437"),
        "mac-roman" | "macroman" | "macintosh" => return page("mac-roman"),
        "iso8859-15" | "iso-8859-15" | "latin-9" | "latin9" | "l9" => return page("iso8859-15"),
        "cp850" | "850" | "ibm850" => return page("cp850"),
        "iso8859-2" | "iso-8859-2" | "latin2" | "latin-2" | "l2" => return page("iso8859-2"),
        "cp1250" | "windows-1250" => return page("cp1250"),
        "cp1251" | "windows-1251" => return page("cp1251"),
        _ => return None,
    })
}

/// A UTF-16 or UTF-32 input's byte order and where its text starts, from its
/// byte-order mark when the codec reads one.
pub fn resolve_bom(data: &[u8], encoding: Encoding) -> (Encoding, usize) {
    match encoding {
        Encoding::Utf16(Order::Bom) => match data {
            [0xff, 0xfe, ..] => (Encoding::Utf16(Order::Le), 2),
            [0xfe, 0xff, ..] => (Encoding::Utf16(Order::Be), 2),
            _ => (Encoding::Utf16(Order::Le), 0),
        },
        Encoding::Utf32(Order::Bom) => match data {
            [0xff, 0xfe, 0, 0, ..] => (Encoding::Utf32(Order::Le), 4),
            [0, 0, 0xfe, 0xff, ..] => (Encoding::Utf32(Order::Be), 4),
            _ => (Encoding::Utf32(Order::Le), 0),
        },
        other => (other, 0),
    }
}

fn unit16(pair: &[u8], order: Order) -> u16 {
    let b = [pair[0], pair[1]];
    match order {
        Order::Be => u16::from_be_bytes(b),
        _ => u16::from_le_bytes(b),
    }
}

fn bad(start: usize, end: usize, reason: &'static str) -> Option<BadRun> {
    Some(BadRun { start, end, reason })
}

/// The decodable prefix of UTF-16 `data` and the first bad run after it.
pub fn utf16_chunk(data: &[u8], order: Order) -> (String, Option<BadRun>) {
    let mut out = String::with_capacity(data.len() / 2);
    let mut i = 0;
    while i < data.len() {
        if data.len() - i < 2 {
            return (out, bad(i, data.len(), "truncated data"));
        }
        let u = unit16(&data[i..], order);
        match u {
            0xd800..=0xdbff => {
                if data.len() - i < 4 {
                    return (out, bad(i, data.len(), "unexpected end of data"));
                }
                let low = unit16(&data[i + 2..], order);
                if !(0xdc00..=0xdfff).contains(&low) {
                    return (out, bad(i, i + 2, "illegal UTF-16 surrogate"));
                }
                let c = 0x10000 + (((u as u32) - 0xd800) << 10) + (low as u32 - 0xdc00);
                out.push(char::from_u32(c).unwrap_or('\u{fffd}'));
                i += 4;
            }
            0xdc00..=0xdfff => return (out, bad(i, i + 2, "illegal encoding")),
            _ => {
                out.push(char::from_u32(u as u32).unwrap_or('\u{fffd}'));
                i += 2;
            }
        }
    }
    (out, None)
}

/// The decodable prefix of UTF-32 `data` and the first bad run after it.
pub fn utf32_chunk(data: &[u8], order: Order) -> (String, Option<BadRun>) {
    let mut out = String::with_capacity(data.len() / 4);
    let mut i = 0;
    while i < data.len() {
        if data.len() - i < 4 {
            return (out, bad(i, data.len(), "truncated data"));
        }
        let b = [data[i], data[i + 1], data[i + 2], data[i + 3]];
        let u = match order {
            Order::Be => u32::from_be_bytes(b),
            _ => u32::from_le_bytes(b),
        };
        match u {
            0xd800..=0xdfff => {
                let reason = "code point in surrogate code point range(0xd800, 0xe000)";
                return (out, bad(i, i + 4, reason));
            }
            0x110000.. => return (out, bad(i, i + 4, "code point not in range(0x110000)")),
            _ => out.push(char::from_u32(u).unwrap_or('\u{fffd}')),
        }
        i += 4;
    }
    (out, None)
}

/// The decodable prefix of `data` in a code page and the first undefined byte.
pub fn charmap_chunk(data: &[u8], page: &CodePage) -> (String, Option<BadRun>) {
    let mut out = String::with_capacity(data.len());
    for (i, &b) in data.iter().enumerate() {
        let c = page.char_of(b);
        if c == '\u{fffe}' {
            return (out, bad(i, i + 1, "character maps to <undefined>"));
        }
        out.push(c);
    }
    (out, None)
}

/// The byte of `c` in a code page, if it has one.
pub fn charmap_byte(page: &CodePage, c: char) -> Option<u8> {
    if c.is_ascii() {
        return Some(c as u8);
    }
    if c == '\u{fffe}' {
        return None; // the tables' mark for an undefined byte, not a character they hold
    }
    page.upper
        .iter()
        .position(|&x| x == c)
        .map(|i| (i + 0x80) as u8)
}

/// `text` in UTF-16 or UTF-32 (never fails: coro's strings hold no lone surrogates).
pub fn encode_wide(text: &str, encoding: Encoding) -> Vec<u8> {
    let mut out = Vec::with_capacity(text.len() * 4 + 4);
    match encoding {
        Encoding::Utf16(order) => {
            if order == Order::Bom {
                out.extend_from_slice(&[0xff, 0xfe]);
            }
            for u in text.encode_utf16() {
                match order {
                    Order::Be => out.extend_from_slice(&u.to_be_bytes()),
                    _ => out.extend_from_slice(&u.to_le_bytes()),
                }
            }
        }
        Encoding::Utf32(order) => {
            if order == Order::Bom {
                out.extend_from_slice(&[0xff, 0xfe, 0, 0]);
            }
            for c in text.chars() {
                match order {
                    Order::Be => out.extend_from_slice(&(c as u32).to_be_bytes()),
                    _ => out.extend_from_slice(&(c as u32).to_le_bytes()),
                }
            }
        }
        _ => out.extend_from_slice(text.as_bytes()),
    }
    out
}

#[cfg(test)]
#[path = "codecs_tests.rs"]
mod tests;
