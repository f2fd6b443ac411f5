use super::*;

fn hex_of(name: &str, data: &[u8]) -> String {
    let (name, size, _, state) = new_state(name, None).expect("known algorithm");
    let h = Hash {
        name,
        digest_size: size,
        block_size: 0,
        state: RefCell::new(state),
    };
    h.update(data);
    to_hex(&h.digest(size), None, 1)
}

#[test]
fn digests_match_published_test_vectors() {
    assert_eq!(hex_of("md5", b"abc"), "900150983cd24fb0d6963f7d28e17f72");
    assert_eq!(
        hex_of("sha1", b"abc"),
        "a9993e364706816aba3e25717850c26c9cd0d89d"
    );
    assert_eq!(
        hex_of("SHA256", b"abc"),
        "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
    );
}

#[test]
fn sha3_names_are_case_sensitive_as_in_cpython() {
    assert!(new_state("sha3_256", None).is_some());
    assert!(new_state("SHA3_256", None).is_none());
    assert!(new_state("blake2b", Some(65)).is_none());
}
