//! The hash of `str` and `bytes`: SipHash-1-3 with a per-process random key, as CPython
//! 3.11 (PEP 456), so that nobody who chooses dict keys (a JSON body, HTTP headers) can
//! make them all collide.
//!
//! `PYTHONHASHSEED` is honoured as CPython honours it: `0` turns randomisation off (a
//! zero key), `1`..`4294967295` derive the key from CPython's LCG, so `hash('abc')` and
//! the iteration order of a set of strings are exactly CPython's under the same seed. A
//! `str` is hashed over CPython's internal representation of it (1, 2 or 4 bytes per
//! code point, by its largest code point), which is what makes the values agree.
//!
//! What it is not: the hash of other types (see `hashing`), or a cache (strings cache
//! their own hash).

use siphasher::sip::SipHasher13;
use std::hash::Hasher;
use std::sync::OnceLock;

/// The process's SipHash key, chosen once (CPython's `_Py_HashSecret`). Process-wide by
/// nature: every interpreter in the process must hash a string the same way.
static KEY: OnceLock<HashKey> = OnceLock::new();

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct HashKey {
    k0: u64,
    k1: u64,
    /// `sys.flags.hash_randomization`: false only for `PYTHONHASHSEED=0`.
    pub randomized: bool,
}

/// How `PYTHONHASHSEED` chooses the key: unset or `random` means a random key.
pub fn key_for_seed(seed: Option<&str>) -> Result<HashKey, String> {
    let seed = match seed.map(str::trim) {
        None | Some("random") | Some("") => None,
        Some(text) => match text.parse::<u64>() {
            Ok(n) if n <= u32::MAX as u64 => Some(n as u32),
            _ => {
                return Err(
                    "PYTHONHASHSEED must be \"random\" or an integer in range [0; 4294967295]"
                        .into(),
                )
            }
        },
    };
    let mut secret = [0u8; 16];
    match seed {
        Some(0) => {}
        Some(n) => lcg_fill(n, &mut secret),
        None => {
            if getrandom::getrandom(&mut secret).is_err() {
                // No OS entropy: still vary per process rather than fail to start.
                let t = std::time::SystemTime::now()
                    .duration_since(std::time::UNIX_EPOCH)
                    .map(|d| d.as_nanos() as u32)
                    .unwrap_or(0);
                lcg_fill(t ^ std::process::id(), &mut secret);
            }
        }
    }
    let (k0, k1) = secret.split_at(8);
    Ok(HashKey {
        k0: u64::from_le_bytes(k0.try_into().unwrap_or_default()),
        k1: u64::from_le_bytes(k1.try_into().unwrap_or_default()),
        randomized: seed != Some(0),
    })
}

/// CPython's `lcg_urandom`: the secret bytes a numeric seed gives.
fn lcg_fill(seed: u32, out: &mut [u8]) {
    let mut x = seed;
    for b in out {
        x = x.wrapping_mul(214013).wrapping_add(2531011);
        *b = (x >> 16) as u8;
    }
}

/// Choose the key from the environment; an invalid `PYTHONHASHSEED` is the caller's
/// fatal error (CPython exits with a message). Later calls return the chosen key.
pub fn init_from_env() -> Result<HashKey, String> {
    if let Some(k) = KEY.get() {
        return Ok(*k);
    }
    let key = key_for_seed(std::env::var("PYTHONHASHSEED").ok().as_deref())?;
    Ok(*KEY.get_or_init(|| key))
}

fn key() -> HashKey {
    *KEY.get_or_init(|| {
        key_for_seed(std::env::var("PYTHONHASHSEED").ok().as_deref()).unwrap_or_else(|_| {
            key_for_seed(None).unwrap_or(HashKey {
                k0: 0,
                k1: 0,
                randomized: false,
            })
        })
    })
}

fn finish(h: u64) -> i64 {
    // -1 is CPython's error value and never a hash.
    match h as i64 {
        -1 => -2,
        h => h,
    }
}

/// `hash(b)` for bytes (0 for empty, as CPython).
pub fn bytes_hash(data: &[u8]) -> i64 {
    if data.is_empty() {
        return 0;
    }
    let k = key();
    let mut h = SipHasher13::new_with_keys(k.k0, k.k1);
    h.write(data);
    finish(h.finish())
}

/// `hash(s)` for str, over CPython's 1/2/4-byte representation of `s`.
pub fn str_hash(s: &str, ascii: bool) -> i64 {
    if s.is_empty() {
        return 0;
    }
    if ascii {
        return bytes_hash(s.as_bytes());
    }
    let widest = s.chars().map(|c| c as u32).max().unwrap_or(0);
    let k = key();
    let mut h = SipHasher13::new_with_keys(k.k0, k.k1);
    let mut buf = Vec::with_capacity(s.len() * 2);
    for c in s.chars() {
        let c = c as u32;
        if widest < 0x100 {
            buf.push(c as u8);
        } else if widest < 0x10000 {
            buf.extend_from_slice(&(c as u16).to_le_bytes());
        } else {
            buf.extend_from_slice(&c.to_le_bytes());
        }
    }
    h.write(&buf);
    finish(h.finish())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn with_key(k: HashKey, data: &[u8]) -> i64 {
        let mut h = SipHasher13::new_with_keys(k.k0, k.k1);
        h.write(data);
        finish(h.finish())
    }

    #[test]
    fn seed_zero_gives_cpythons_values() {
        // `PYTHONHASHSEED=0 python3 -c "print(hash('abc'))"` on CPython 3.11.
        let k = key_for_seed(Some("0")).unwrap();
        assert!(!k.randomized);
        assert_eq!(with_key(k, b"abc"), -4594863902769663758);
    }

    #[test]
    fn numeric_seeds_follow_cpythons_lcg() {
        // `PYTHONHASHSEED=123 python3 -c "print(hash(b'abc'))"`.
        let k = key_for_seed(Some("123")).unwrap();
        assert_eq!(with_key(k, b"abc"), -6019719312852672851);
    }

    #[test]
    fn bad_seeds_are_refused_and_unset_is_random() {
        assert!(key_for_seed(Some("-1")).is_err());
        assert!(key_for_seed(Some("4294967296")).is_err());
        assert!(key_for_seed(Some("x")).is_err());
        assert!(key_for_seed(None).unwrap().randomized);
        assert!(key_for_seed(Some("5")).unwrap().randomized);
        assert!(key_for_seed(Some("random")).unwrap().randomized);
    }
}
