use super::*;

#[test]
fn utf16_reports_cpython_reasons() {
    let (good, bad) = utf16_chunk(b"a\x00\x00\xd8b\x00", Order::Le);
    assert_eq!(good, "a");
    let bad = bad.expect("a lone high surrogate");
    assert_eq!(
        (bad.start, bad.end, bad.reason),
        (2, 4, "illegal UTF-16 surrogate")
    );
    let (_, bad) = utf16_chunk(b"\x00\xdc", Order::Le);
    assert_eq!(bad.map(|b| b.reason), Some("illegal encoding"));
    let (_, bad) = utf16_chunk(b"\xd8\x00\xdc", Order::Be);
    assert_eq!(
        bad.map(|b| (b.start, b.end, b.reason)),
        Some((0, 3, "unexpected end of data"))
    );
    let (good, bad) = utf16_chunk(b"\xd8\x3d\xde\x00", Order::Be);
    assert_eq!((good.as_str(), bad.is_none()), ("\u{1f600}", true));
}

#[test]
fn utf32_and_code_pages() {
    let (_, bad) = utf32_chunk(b"\x00\x00\x11\x00", Order::Le);
    assert_eq!(
        bad.map(|b| b.reason),
        Some("code point not in range(0x110000)")
    );
    let (good, bad) = utf32_chunk(b"\x00\x00\x00a\x00", Order::Be);
    assert_eq!(good, "a");
    assert_eq!(bad.map(|b| (b.start, b.end)), Some((4, 5)));
    let Some(Encoding::Charmap(page)) = lookup("windows-1252") else {
        panic!("cp1252 is known");
    };
    assert_eq!(charmap_byte(page, '€'), Some(0x80));
    assert_eq!(charmap_byte(page, 'Ā'), None);
    assert_eq!(charmap_byte(page, 'z'), Some(b'z'));
    // The tables' undefined mark is not a character any page holds.
    assert_eq!(charmap_byte(page, '\u{fffe}'), None);
    let (good, bad) = charmap_chunk(b"a\x80\x81", page);
    assert_eq!(good, "a€");
    assert_eq!(bad.map(|b| b.start), Some(2));
}

#[test]
fn wide_encodings_round_trip_with_marks() {
    let text = "aé😀";
    for enc in [Encoding::Utf16(Order::Bom), Encoding::Utf32(Order::Be)] {
        let data = encode_wide(text, enc);
        let (enc, from) = resolve_bom(&data, enc);
        let (good, bad) = match enc {
            Encoding::Utf16(o) => utf16_chunk(&data[from..], o),
            Encoding::Utf32(o) => utf32_chunk(&data[from..], o),
            _ => unreachable!(),
        };
        assert_eq!((good.as_str(), bad.is_none()), (text, true));
    }
}
