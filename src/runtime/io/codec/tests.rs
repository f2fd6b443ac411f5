//! Unit tests of the UTF-16 and byte-order-mark handling.

use super::TextCodec;

#[test]
fn utf16_round_trips_with_surrogate_pairs() {
    let t = crate::runtime::types::Types::new();
    let c = TextCodec::new(Some("utf-16-be"), None).unwrap();
    let bytes = c.encode("a😀").unwrap();
    assert_eq!(bytes, b"\x00a\xd8\x3d\xde\x00");
    assert_eq!(c.decode(&t, &bytes, 0).unwrap(), "a😀");
    assert_eq!(c.unit(), 2);
    assert!(c.decode(&t, b"\x00", 0).is_err());
}

#[test]
fn byte_order_marks_are_taken_and_set_the_order() {
    let t = crate::runtime::types::Types::new();
    let mut c = TextCodec::new(Some("utf-16"), None).unwrap();
    assert_eq!(c.take_bom(b"\xfe\xff\x00a"), 2);
    assert_eq!(c.decode(&t, b"\x00a", 0).unwrap(), "a");
    let mut sig = TextCodec::new(Some("utf-8-sig"), None).unwrap();
    assert_eq!(sig.take_bom(b"\xef\xbb\xbfx"), 3);
    assert_eq!(TextCodec::new(None, None).unwrap().bom(), None);
}
