//! Character predicates of the matcher: `\d \s \w` in their Unicode and ASCII forms (as
//! `str.isdecimal`, `str.isspace` and `str.isalnum` decide them), case folding for
//! IGNORECASE, and membership in a character set (with a bitmap for code points below
//! 256). Not the parser of `[...]`.

use super::ast::{Category, CharSet, SetItem};

/// Code point ranges of Unicode category Nd (what `str.isdecimal` accepts).
const DECIMAL: &[(u32, u32)] = &[
    (0x30, 0x39),
    (0x660, 0x669),
    (0x6f0, 0x6f9),
    (0x7c0, 0x7c9),
    (0x966, 0x96f),
    (0x9e6, 0x9ef),
    (0xa66, 0xa6f),
    (0xae6, 0xaef),
    (0xb66, 0xb6f),
    (0xbe6, 0xbef),
    (0xc66, 0xc6f),
    (0xce6, 0xcef),
    (0xd66, 0xd6f),
    (0xde6, 0xdef),
    (0xe50, 0xe59),
    (0xed0, 0xed9),
    (0xf20, 0xf29),
    (0x1040, 0x1049),
    (0x1090, 0x1099),
    (0x17e0, 0x17e9),
    (0x1810, 0x1819),
    (0x1946, 0x194f),
    (0x19d0, 0x19d9),
    (0x1a80, 0x1a89),
    (0x1a90, 0x1a99),
    (0x1b50, 0x1b59),
    (0x1bb0, 0x1bb9),
    (0x1c40, 0x1c49),
    (0x1c50, 0x1c59),
    (0xa620, 0xa629),
    (0xa8d0, 0xa8d9),
    (0xa900, 0xa909),
    (0xa9d0, 0xa9d9),
    (0xa9f0, 0xa9f9),
    (0xaa50, 0xaa59),
    (0xabf0, 0xabf9),
    (0xff10, 0xff19),
    (0x104a0, 0x104a9),
    (0x10d30, 0x10d39),
    (0x11066, 0x1106f),
    (0x110f0, 0x110f9),
    (0x11136, 0x1113f),
    (0x111d0, 0x111d9),
    (0x112f0, 0x112f9),
    (0x11450, 0x11459),
    (0x114d0, 0x114d9),
    (0x11650, 0x11659),
    (0x116c0, 0x116c9),
    (0x11730, 0x11739),
    (0x118e0, 0x118e9),
    (0x11950, 0x11959),
    (0x11c50, 0x11c59),
    (0x11d50, 0x11d59),
    (0x11da0, 0x11da9),
    (0x16a60, 0x16a69),
    (0x16ac0, 0x16ac9),
    (0x16b50, 0x16b59),
    (0x1d7ce, 0x1d7ff),
    (0x1e140, 0x1e149),
    (0x1e2f0, 0x1e2f9),
    (0x1e950, 0x1e959),
    (0x1fbf0, 0x1fbf9),
];

pub fn is_digit(c: u32, ascii: bool) -> bool {
    if c < 128 || ascii {
        return (0x30..=0x39).contains(&c);
    }
    DECIMAL
        .binary_search_by(|&(lo, hi)| {
            if hi < c {
                std::cmp::Ordering::Less
            } else if lo > c {
                std::cmp::Ordering::Greater
            } else {
                std::cmp::Ordering::Equal
            }
        })
        .is_ok()
}

pub fn is_space(c: u32, ascii: bool) -> bool {
    if c < 128 || ascii {
        return matches!(c, 9..=13 | 32);
    }
    matches!(
        c,
        0x1c..=0x1f | 0x85 | 0xa0 | 0x1680 | 0x2000..=0x200a | 0x2028 | 0x2029 | 0x202f | 0x205f | 0x3000
    )
}

pub fn is_word(c: u32, ascii: bool) -> bool {
    if c < 128 || ascii {
        return c == '_' as u32 || (c < 128 && (c as u8).is_ascii_alphanumeric());
    }
    char::from_u32(c).is_some_and(|ch| ch.is_alphanumeric()) || is_digit(c, false)
}

pub fn in_category(cat: Category, c: u32, ascii: bool) -> bool {
    match cat {
        Category::Digit => is_digit(c, ascii),
        Category::NotDigit => !is_digit(c, ascii),
        Category::Space => is_space(c, ascii),
        Category::NotSpace => !is_space(c, ascii),
        Category::Word => is_word(c, ascii),
        Category::NotWord => !is_word(c, ascii),
    }
}

pub fn lower(c: u32, ascii: bool) -> u32 {
    if c < 128 || ascii {
        return if (0x41..=0x5a).contains(&c) {
            c + 32
        } else {
            c
        };
    }
    let Some(ch) = char::from_u32(c) else {
        return c;
    };
    let mut it = ch.to_lowercase();
    match (it.next(), it.next()) {
        (Some(l), None) => l as u32,
        _ => c,
    }
}

pub fn upper(c: u32, ascii: bool) -> u32 {
    if c < 128 || ascii {
        return if (0x61..=0x7a).contains(&c) {
            c - 32
        } else {
            c
        };
    }
    let Some(ch) = char::from_u32(c) else {
        return c;
    };
    let mut it = ch.to_uppercase();
    match (it.next(), it.next()) {
        (Some(u), None) => u as u32,
        _ => c,
    }
}

/// Whether `a` and `b` are equal ignoring case.
pub fn eq_ignore_case(a: u32, b: u32, ascii: bool) -> bool {
    a == b || lower(a, ascii) == lower(b, ascii) || upper(a, ascii) == upper(b, ascii)
}

/// A character set ready for matching.
#[derive(Debug)]
pub struct CompiledSet {
    set: CharSet,
    /// Membership of the code points below 256, precomputed.
    low: [u64; 4],
}

impl CompiledSet {
    pub fn new(set: CharSet) -> CompiledSet {
        let mut s = CompiledSet { set, low: [0; 4] };
        for c in 0..256u32 {
            if s.slow_contains(c) {
                s.low[(c >> 6) as usize] |= 1 << (c & 63);
            }
        }
        s
    }

    #[inline]
    pub fn contains(&self, c: u32) -> bool {
        if c < 256 {
            return self.low[(c >> 6) as usize] & (1 << (c & 63)) != 0;
        }
        self.slow_contains(c)
    }

    fn raw_contains(&self, c: u32) -> bool {
        let ascii = self.set.ascii;
        self.set.items.iter().any(|item| match *item {
            SetItem::Char(x) => x == c,
            SetItem::Range(lo, hi) => lo <= c && c <= hi,
            SetItem::Category(cat) => in_category(cat, c, ascii),
        })
    }

    fn slow_contains(&self, c: u32) -> bool {
        let ascii = self.set.ascii;
        let hit = self.raw_contains(c)
            || (self.set.ignore_case && {
                // All the case variants: the Kelvin sign lowers to 'k', whose upper is 'K'.
                let (l, u) = (lower(c, ascii), upper(c, ascii));
                self.raw_contains(l)
                    || self.raw_contains(u)
                    || self.raw_contains(upper(l, ascii))
                    || self.raw_contains(lower(u, ascii))
            });
        hit != self.set.negate
    }
}
