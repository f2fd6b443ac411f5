//! Unit tests of the in-memory buffer behind StringIO and BytesIO.

use super::MemBuf;

#[test]
fn writing_overwrites_then_extends_and_pads_past_the_end() {
    let mut b = MemBuf::new(b"hello".to_vec());
    b.pos = 3;
    b.write(b"LOWORLD");
    assert_eq!(b.data, b"helLOWORLD");
    b.pos = 12;
    b.write(b"!");
    assert_eq!(b.data, b"helLOWORLD\0\0!");
    assert_eq!(b.truncate(Some(2)), 2);
    assert_eq!(b.data, b"he");
}

#[test]
fn lines_and_sizes() {
    let mut b = MemBuf::new("ab\ncd".chars().collect::<Vec<char>>());
    assert_eq!(b.read_line(Some(1)), ['a']);
    assert_eq!(b.read_line(None), ['b', '\n']);
    assert_eq!(b.read(Some(10)), ['c', 'd']);
    assert!(b.read(None).is_empty());
}
