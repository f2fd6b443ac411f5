use super::*;

fn seeded(n: u128) -> Mt {
    let mut mt = Mt::new();
    let key = BigInt::from(n).magnitude().to_u32_digits();
    mt.init_by_array(if key.is_empty() { &[0] } else { &key });
    mt
}

#[test]
fn seed_zero_gives_cpythons_first_float() {
    assert_eq!(seeded(0).next_f64(), 0.8444218515250481);
}

#[test]
fn multi_word_seed_and_wide_getrandbits_match_cpython() {
    let mut mt = seeded(12345678901234567890);
    assert_eq!(mt.next_u32(), 2199100970);
    assert_eq!(mt.bits(70).to_string(), "644379460621599757127");
}
