use super::*;

#[test]
fn lenient_base64_skips_junk_and_stops_at_padding() {
    assert_eq!(decode_base64(b"YW\nJj", false).unwrap(), b"abc");
    assert_eq!(decode_base64(b"YQ==trailing", false).unwrap(), b"a");
    assert_eq!(decode_base64(b"!!!!", false).unwrap(), b"");
    assert_eq!(
        decode_base64(b"ab=c", false).unwrap_err(),
        "Incorrect padding"
    );
}

#[test]
fn strict_base64_rejects_what_lenient_skips() {
    assert_eq!(
        decode_base64(b"ab!c", true).unwrap_err(),
        "Only base64 data is allowed"
    );
    assert_eq!(
        decode_base64(b"=abc", true).unwrap_err(),
        "Leading padding not allowed"
    );
    assert_eq!(
        decode_base64(b"YQ==YQ==", true).unwrap_err(),
        "Excess data after padding"
    );
}

#[test]
fn crc32_table_matches_the_standard_check_value() {
    let mut crc = !0u32;
    for &b in b"123456789" {
        crc = CRC32_TABLE[((crc ^ b as u32) & 0xff) as usize] ^ (crc >> 8);
    }
    assert_eq!(!crc, 0xCBF4_3926);
}
