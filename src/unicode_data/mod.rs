//! Unicode character data that coro's answers depend on, in tables generated from
//! CPython 3.11's `unicodedata` (Unicode 14.0) by generate.py beside them: every code
//! point's properties (for the str predicates and case mappings, `repr()` and the
//! `unicodedata` module), decimal digit values (for `int()`/`float()`), and the
//! normalization forms; and the named sequences `unicodedata.lookup` knows (written by
//! named_sequences.py). Not the `unicodedata` module itself (runtime/builtins), and not
//! character names (the `unicode_names2` crate, filtered to what 14.0 assigns).

mod decimal_digits;
pub mod named_sequences;
pub mod normalize;
mod ucd;

pub use decimal_digits::decimal_value;
use ucd::{Record, BLOCKS, EXTENDED_CASES, RECORDS, RECORD_OF, SHIFT};
pub use ucd::{BIDI_NAMES, CATEGORY_NAMES, WIDTH_NAMES};

/// The flag bits of a code point's record.
pub mod flag {
    pub use super::ucd::{
        ALPHA, CASED, CASE_IGNORABLE, DECIMAL, DIGIT, LOWER, NUMERIC, PRINTABLE, SPACE, TITLE,
        UPPER, XID_CONTINUE, XID_START,
    };
}

/// The properties record of `c`.
#[inline]
fn record(c: char) -> &'static Record {
    let c = c as u32;
    let block = BLOCKS[(c >> SHIFT) as usize] as usize;
    let at = (block << SHIFT) + (c & ((1 << SHIFT) - 1)) as usize;
    &RECORDS[RECORD_OF[at] as usize]
}

/// Whether `c` has every property in `flags` (bits of [`flag`]).
#[inline]
pub fn has(c: char, flags: u32) -> bool {
    record(c).flags & flags == flags
}

/// Whether `c` has any property in `flags`.
#[inline]
pub fn has_any(c: char, flags: u32) -> bool {
    record(c).flags & flags != 0
}

/// Whether `c` is printable, as CPython's `Py_UNICODE_ISPRINTABLE`.
pub fn is_printable(c: char) -> bool {
    has(c, flag::PRINTABLE)
}

/// Whether `c` is a titlecase letter (category Lt, `'ǅ'`).
pub fn is_titlecase(c: char) -> bool {
    has(c, flag::TITLE)
}

/// Which full case mapping to apply.
#[derive(Clone, Copy)]
pub enum Case {
    Lower,
    Upper,
    Title,
    Fold,
}

/// Appends `c`'s full `case` mapping to `out` (`'ß'` upper is "SS", `'ﬁ'` folds to
/// "fi"). Lower case here is context-free: `str.lower()` decides final sigma itself.
pub fn push_case(c: char, case: Case, out: &mut String) {
    let r = record(c);
    let (value, extended) = match case {
        Case::Lower => (r.lower, ucd::EXT_LOWER),
        Case::Upper => (r.upper, ucd::EXT_UPPER),
        Case::Title => (r.title, ucd::EXT_TITLE),
        Case::Fold => (r.fold, ucd::EXT_FOLD),
    };
    if r.flags & extended != 0 {
        out.push_str(EXTENDED_CASES[value as usize]);
    } else {
        // The generator stores the distance to a valid code point.
        out.push(char::from_u32((c as i32 + value) as u32).unwrap_or(c));
    }
}

/// `c`'s general category ("Lu").
pub fn category(c: char) -> &'static str {
    CATEGORY_NAMES[record(c).category as usize]
}

/// Whether Unicode 14.0 assigns `c` (its category is not Cn).
pub fn is_assigned(c: char) -> bool {
    record(c).category != 0
}

/// `c`'s bidirectional class ("L"; "" when unassigned).
pub fn bidirectional(c: char) -> &'static str {
    BIDI_NAMES[record(c).bidi as usize]
}

/// `c`'s canonical combining class.
pub fn combining(c: char) -> u8 {
    record(c).combining
}

/// `c`'s East Asian width ("W").
pub fn east_asian_width(c: char) -> &'static str {
    WIDTH_NAMES[record(c).width as usize]
}

/// Whether `c` is mirrored in bidirectional text.
pub fn mirrored(c: char) -> bool {
    has(c, ucd::MIRRORED)
}

/// `c`'s digit value (superscripts included), as `unicodedata.digit`.
pub fn digit(c: char) -> Option<u32> {
    let d = record(c).digit;
    (d >= 0).then_some(d as u32)
}

/// `c`'s numeric value (`'½'` is 0.5), as `unicodedata.numeric`.
pub fn numeric(c: char) -> Option<f64> {
    let at = ucd::NUMERIC_VALUES
        .binary_search_by_key(&(c as u32), |&(code, _)| code)
        .ok()?;
    Some(ucd::NUMERIC_VALUES[at].1)
}

/// `c`'s decomposition as `unicodedata.decomposition` spells it ("<compat> 0066 0069").
pub fn decomposition(c: char) -> Option<&'static str> {
    let at = ucd::DECOMPOSITIONS
        .binary_search_by_key(&(c as u32), |&(code, _)| code)
        .ok()?;
    Some(ucd::DECOMPOSITIONS[at].1)
}

#[cfg(test)]
mod tests;
