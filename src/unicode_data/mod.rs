//! Unicode character data that coro's answers depend on, in tables generated from
//! CPython 3.11's `unicodedata` (Unicode 14.0) by generate.py beside them: decimal digit
//! values (for `int()`/`float()`), printability (for `str.isprintable()`/`repr()`) and
//! the title case that differs from upper case (for `str.title()`/`capitalize()`). Not the
//! `unicodedata` module, and not the rest of case mapping.

mod decimal_digits;
mod printable;
mod titlecase;

pub use decimal_digits::decimal_value;
pub use printable::is_printable;
pub use titlecase::{is_titlecase, special_title};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn digits_and_printability_follow_unicode_14() {
        assert_eq!(decimal_value('7'), Some(7));
        assert_eq!(decimal_value('٣'), Some(3));
        assert_eq!(decimal_value('Ⅻ'), None);
        assert_eq!(decimal_value('a'), None);
        assert!(is_printable('a') && is_printable(' ') && is_printable('é'));
        assert!(!is_printable('\n') && !is_printable('\u{a0}') && !is_printable('\u{10ffff}'));
        assert!(!is_printable('\u{200b}') && !is_printable('\u{e000}'));
        assert_eq!(special_title('ﬁ'), Some("Fi"));
        assert_eq!(special_title('ǆ'), Some("ǅ"));
        assert_eq!(special_title('a'), None);
        assert!(is_titlecase('ǅ') && !is_titlecase('Ǆ'));
    }
}
