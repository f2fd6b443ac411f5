use super::memoryview::{resize_bytearray, ByteArrayData, Format};
use super::value::Value;

fn fmt(code: &str) -> Format {
    Format::parse(code).expect("a native format")
}

fn int_of(v: &Value) -> i64 {
    match v {
        Value::Int(i) => *i,
        other => panic!("not an int: {other:?}"),
    }
}

#[test]
fn formats_have_native_sizes_and_accept_an_at_prefix() {
    assert_eq!(fmt("B").size, 1);
    assert_eq!(fmt("@h").size, 2);
    assert_eq!(fmt("i").size, 4);
    assert_eq!(fmt("Q").size, 8);
    assert_eq!(fmt("d").size, 8);
    assert!(Format::parse("x").is_none());
    assert!(Format::parse("<i").is_none());
    assert!(Format::parse("ii").is_none());
    assert!(fmt("c").is_byte() && !fmt("H").is_byte());
}

#[test]
fn signed_items_unpack_with_their_sign() {
    let t = crate::runtime::types::Types::new();
    assert_eq!(int_of(&fmt("b").unpack(&t, &[0xff])), -1);
    assert_eq!(int_of(&fmt("B").unpack(&t, &[0xff])), 255);
    assert_eq!(int_of(&fmt("h").unpack(&t, &[0x00, 0x80])), -32768);
    assert_eq!(int_of(&fmt("i").unpack(&t, &[0xfe, 0xff, 0xff, 0xff])), -2);
    assert!(matches!(fmt("Q").unpack(&t, &[0xff; 8]), Value::BigInt(_)));
    assert!(matches!(fmt("?").unpack(&t, &[2]), Value::Bool(true)));
}

#[test]
fn packing_checks_the_range_of_the_format() {
    let no_truth = |_: &Value| Ok(false);
    let no_float = |_: &Value| Ok(0.0);
    assert_eq!(
        fmt("h").pack(&Value::Int(-2), no_truth, no_float).ok(),
        Some(vec![0xfe, 0xff])
    );
    assert!(fmt("B").pack(&Value::Int(256), no_truth, no_float).is_err());
    assert!(fmt("b")
        .pack(&Value::Int(-129), no_truth, no_float)
        .is_err());
    assert!(fmt("I").pack(&Value::Int(-1), no_truth, no_float).is_err());
    assert!(fmt("i").pack(&Value::None, no_truth, no_float).is_err());
    assert_eq!(
        fmt("d").pack(&Value::None, no_truth, |_| Ok(1.5)).ok(),
        Some(1.5f64.to_le_bytes().to_vec())
    );
}

#[test]
fn an_exported_bytearray_changes_in_place_but_does_not_resize() {
    let ba = ByteArrayData::new(b"abc".to_vec());
    assert!(resize_bytearray(&ba, |v| v.push(b'd')).is_ok());
    ba.exports.set(1);
    assert!(resize_bytearray(&ba, |v| v[0] = b'z').is_ok());
    assert!(resize_bytearray(&ba, |v| v.push(b'e')).is_err());
    assert_eq!(&*ba.borrow(), b"zbcd");
    ba.exports.set(0);
    assert!(resize_bytearray(&ba, Vec::clear).is_ok());
    assert!(ba.borrow().is_empty());
}
