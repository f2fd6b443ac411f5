//! Unit tests of the open() mode parser.

use super::OpenMode;

#[test]
fn modes_parse_as_cpython_checks_them() {
    let m = OpenMode::parse("r+b").unwrap();
    assert!(m.readable() && m.writable() && m.binary);
    assert_eq!(m.raw_mode(), "rb+");
    assert_eq!(OpenMode::parse("a").unwrap().raw_mode(), "ab");
    assert!(!OpenMode::parse("w").unwrap().readable());
    for bad in ["rw", "rr", "U", "tb", "", "+", "q", "r+x"] {
        assert!(OpenMode::parse(bad).is_err(), "{bad}");
    }
}
