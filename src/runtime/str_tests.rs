//! Tests of `str` storage: the one-allocation layout, reading back, growing in place.

use super::*;

#[test]
fn indexing_counts_code_points() {
    let s = PyStr::new("héllo");
    assert_eq!(s.char_len(), 5);
    assert_eq!(s.char_at(1), Some('é'));
    assert_eq!(s.slice_chars(1, 3), "él");
    let a = PyStr::new("hello");
    assert!(a.is_ascii());
    assert_eq!(a.slice_chars(1, 3), "el");
}

#[test]
fn hash_is_cached_and_stable() {
    let s = PyStr::new("abc");
    assert_eq!(s.hash(), s.hash());
    assert_eq!(s.hash(), PyStr::new("abc").hash());
    assert_ne!(s.hash(), PyStr::new("abd").hash());
}

#[test]
fn one_byte_needles_find_as_substrings_do() {
    for hay in ["", "abc", "a\u{e9}b\u{65e5}c", "xxbxx"] {
        for sub in ["", "b", "c", "\u{e9}", "zz", "x"] {
            assert_eq!(find_text(hay, sub), hay.find(sub), "{hay:?} {sub:?}");
            assert_eq!(rfind_text(hay, sub), hay.rfind(sub), "{hay:?} {sub:?}");
        }
    }
}

#[test]
fn words_are_found_in_short_and_long_texts_as_str_find_finds_them() {
    let long = "hello world, ".repeat(8) + "the end \u{65e5}\u{672c}";
    for hay in [
        "",
        "ab",
        "hello world",
        "worl",
        "xxworldxxworld",
        long.as_str(),
    ] {
        for sub in ["", "wo", "world", "ld,", "end \u{65e5}", "\u{672c}", "zzz"] {
            assert_eq!(find_text(hay, sub), hay.find(sub), "{hay:?} {sub:?}");
            assert_eq!(
                short_find(hay.as_bytes(), sub.as_bytes()),
                hay.find(sub),
                "{hay:?} {sub:?}"
            );
        }
    }
}

#[test]
fn short_and_long_texts_read_back() {
    for text in [
        "",
        "x",
        "日本",
        &"a".repeat(22),
        &"b".repeat(23),
        &"\u{e9}".repeat(300),
    ] {
        let s = PyStr::new(text);
        assert_eq!(s.as_str(), text);
        assert_eq!(s.byte_len(), text.len());
        let t = PyStr::from_string(text.to_owned());
        assert_eq!(t.as_str(), text);
        assert_eq!(t.char_len(), text.chars().count());
    }
}

#[test]
fn a_string_is_one_allocation_of_head_and_text() {
    // The head is four words, the pointer one (so `Value` stays two words).
    assert_eq!(std::mem::size_of::<PyStr>(), 32);
    assert_eq!(std::mem::size_of::<StrRef>(), 8);
    // A 35-byte ASCII line takes 67 bytes: glibc's 80-byte chunk.
    assert_eq!(layout(35, 35).size(), 67);
    // A long non-ASCII text carries its marks at the next word after the text.
    let long = "\u{e9}".repeat(200);
    let l = layout(long.len(), 200);
    assert_eq!(l.size(), marks_at(400) + std::mem::size_of::<CharMarks>());
    assert_eq!(marks_at(400) % 8, 0);
    assert_eq!(layout(20, 10).size(), HEAD + 20);
}

#[test]
fn clones_share_and_count() {
    let a = PyStr::new("shared text, long enough to matter");
    let b = a.clone();
    assert!(StrRef::ptr_eq(&a, &b));
    assert_eq!(StrRef::strong_count(&a), 2);
    drop(b);
    assert_eq!(StrRef::strong_count(&a), 1);
}

#[test]
fn long_non_ascii_texts_index_by_code_point() {
    let text: String = (0..1000)
        .map(|i| ['a', '\u{e9}', '\u{65e5}', '\u{1f600}'][i % 4])
        .collect();
    let s = PyStr::new(&text);
    assert!(s.marks().is_some());
    for (i, (b, c)) in text.char_indices().enumerate() {
        assert_eq!(s.byte_offset(i), b);
        assert_eq!(s.char_index(b), i);
        assert_eq!(s.char_at(i), Some(c));
    }
}

#[test]
fn appending_in_place_grows_only_an_unshared_string() {
    let mut s = PyStr::new("ab");
    assert!(StrRef::append_in_place(&mut s, "c\u{e9}", 2));
    assert_eq!(
        (s.as_str(), s.char_len(), s.byte_len()),
        ("abc\u{e9}", 4, 5)
    );
    let h = s.hash();
    assert!(StrRef::append_in_place(&mut s, "d", 1));
    assert_ne!(s.hash(), h);
    assert_eq!(s.hash(), PyStr::new("abc\u{e9}d").hash());
    // Across the size where marks start, and on past it: the marks are rebuilt.
    for _ in 0..300 {
        assert!(StrRef::append_in_place(&mut s, "\u{65e5}", 1));
    }
    assert!(s.marks().is_some());
    assert_eq!(s.char_len(), 305);
    assert_eq!(s.char_at(5), Some('\u{65e5}'));
    assert_eq!(s.byte_offset(304), s.byte_len() - 3);
    let other = s.clone();
    assert!(!StrRef::append_in_place(&mut s, "x", 1));
    assert_eq!(other.char_len(), 305);
}

#[test]
fn pieces_fill_one_allocation() {
    let s = PyStr::try_from_pieces(6, 5, ["ab", "", "c\u{e9}d"]).unwrap();
    assert_eq!((s.as_str(), s.char_len()), ("abc\u{e9}d", 5));
    let joined = PyStr::from_pieces(0, 0, []);
    assert_eq!(joined.as_str(), "");
}

#[test]
#[should_panic(expected = "do not add up")]
fn pieces_longer_than_said_are_refused() {
    PyStr::from_pieces(2, 2, ["abc"]);
}
