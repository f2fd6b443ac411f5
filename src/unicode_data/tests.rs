use super::*;

fn mapped(s: &str, case: Case) -> String {
    let mut out = String::new();
    for c in s.chars() {
        push_case(c, case, &mut out);
    }
    out
}

#[test]
fn digits_and_printability_follow_unicode_14() {
    assert_eq!(decimal_value('7'), Some(7));
    assert_eq!(decimal_value('٣'), Some(3));
    assert_eq!(decimal_value('Ⅻ'), None);
    assert_eq!(decimal_value('a'), None);
    assert!(is_printable('a') && is_printable(' ') && is_printable('é'));
    assert!(!is_printable('\n') && !is_printable('\u{a0}') && !is_printable('\u{10ffff}'));
    assert!(!is_printable('\u{200b}') && !is_printable('\u{e000}'));
    assert!(is_titlecase('ǅ') && !is_titlecase('Ǆ'));
}

#[test]
fn predicates_are_cpythons() {
    assert!(!has(' ', flag::ALPHA) && !has('Ⅻ', flag::ALPHA) && has('é', flag::ALPHA));
    assert!(has('𝟎', flag::DECIMAL) && has('²', flag::DIGIT) && !has('²', flag::DECIMAL));
    assert!(has('½', flag::NUMERIC) && !has('½', flag::DIGIT));
    assert!(has('ª', flag::LOWER) && has('ʰ', flag::CASED) && has('ʰ', flag::CASE_IGNORABLE));
    assert!(has('\u{1c}', flag::SPACE) && has('\u{a0}', flag::SPACE));
    assert!(has('℘', flag::XID_START) && has('·', flag::XID_CONTINUE));
    // Kawi (Unicode 15.0) is not assigned in 14.0.
    assert!(!is_assigned('\u{11f00}') && category('\u{11f00}') == "Cn");
}

#[test]
fn case_mappings_are_full() {
    assert_eq!(mapped("ßﬁ", Case::Upper), "SSFI");
    assert_eq!(mapped("ﬁ", Case::Title), "Fi");
    assert_eq!(mapped("ǆ", Case::Title), "ǅ");
    assert_eq!(mapped("ﬁẞ", Case::Fold), "fiss");
    assert_eq!(mapped("İ", Case::Lower), "i\u{307}");
    assert_eq!(mapped("ABC", Case::Lower), "abc");
}

#[test]
fn database_fields() {
    assert_eq!(category('a'), "Ll");
    assert_eq!(bidirectional('a'), "L");
    assert_eq!(bidirectional('\u{378}'), "");
    assert_eq!(combining('\u{301}'), 230);
    assert_eq!(east_asian_width('中'), "W");
    assert!(mirrored('(') && !mirrored('a'));
    assert_eq!(digit('²'), Some(2));
    assert_eq!(numeric('½'), Some(0.5));
    assert_eq!(decomposition('ﬁ'), Some("<compat> 0066 0069"));
    assert_eq!(decomposition('a'), None);
}

#[test]
fn normalization_forms() {
    use normalize::{normalize, Form};
    assert_eq!(normalize("e\u{301}", Form::Nfc), "é");
    assert_eq!(normalize("é", Form::Nfd), "e\u{301}");
    assert_eq!(normalize("ﬁ", Form::Nfkc), "fi");
    assert_eq!(normalize("ﬁ", Form::Nfc), "ﬁ");
    assert_eq!(normalize("가", Form::Nfd), "\u{1100}\u{1161}");
    assert_eq!(normalize("\u{1100}\u{1161}\u{11a8}", Form::Nfc), "각");
    // Canonical ordering: dot below (220) before acute (230).
    assert_eq!(normalize("a\u{301}\u{323}", Form::Nfd), "a\u{323}\u{301}");
    assert_eq!(normalize("a\u{301}\u{323}", Form::Nfc), "ạ\u{301}");
    // A composition exclusion stays decomposed.
    assert_eq!(normalize("\u{958}", Form::Nfc), "\u{915}\u{93c}");
}
