use super::*;

fn layout(fmt: &str) -> StructLayout {
    let vm = Vm::default();
    match parse(&vm, &Value::str(fmt)) {
        Ok(lay) => lay,
        Err(_) => panic!("format {fmt:?} should parse"),
    }
}

#[test]
fn native_mode_aligns_each_item_and_standard_mode_does_not() {
    assert_eq!(layout("ci").size, 8);
    assert_eq!(layout("<ci").size, 5);
    assert_eq!(layout("c0i").size, 4);
    assert_eq!(layout("@cq").size, 16);
    assert_eq!(layout("=l").size, 4);
    assert_eq!(layout("l").size, 8);
}

#[test]
fn strings_count_bytes_and_pad_bytes_take_no_value() {
    let lay = layout("<3s2x10pi");
    assert_eq!(lay.size, 3 + 2 + 10 + 4);
    assert_eq!(lay.arity(), 3);
}

#[test]
fn unsigned_and_signed_fields_read_back_with_their_sign() {
    let lay = layout("<");
    assert_eq!(read_uint(&lay, &[0xff, 0x7f]), 0x7fff);
    let big = layout(">");
    assert_eq!(read_uint(&big, &[0x01, 0x02]), 0x0102);
}
