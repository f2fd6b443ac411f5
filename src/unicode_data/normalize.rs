//! The Unicode normalization forms (NFC, NFD, NFKC, NFKD) over the generated 14.0 tables:
//! full decomposition (Hangul syllables by arithmetic), canonical ordering of combining
//! marks, and canonical composition. `unicodedata.normalize` and `is_normalized` build on
//! it. Not the quick-check optimisation: `is_normalized` compares with the normal form.

use super::{combining, decomposition, ucd::COMPOSE};

/// A normalization form.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Form {
    Nfc,
    Nfd,
    Nfkc,
    Nfkd,
}

impl Form {
    /// The form `unicodedata` names "NFC", "NFD", "NFKC" or "NFKD".
    pub fn from_name(name: &str) -> Option<Form> {
        Some(match name {
            "NFC" => Form::Nfc,
            "NFD" => Form::Nfd,
            "NFKC" => Form::Nfkc,
            "NFKD" => Form::Nfkd,
            _ => return None,
        })
    }

    fn compatibility(self) -> bool {
        matches!(self, Form::Nfkc | Form::Nfkd)
    }

    fn composed(self) -> bool {
        matches!(self, Form::Nfc | Form::Nfkc)
    }
}

const HANGUL_FIRST: u32 = 0xac00;
const HANGUL_COUNT: u32 = 11172;
const LEAD_FIRST: u32 = 0x1100;
const VOWEL_FIRST: u32 = 0x1161;
const TRAIL_BEFORE: u32 = 0x11a7;
const VOWELS: u32 = 21;
const TRAILS: u32 = 28;

fn push_decomposed(c: char, compatibility: bool, out: &mut Vec<char>) {
    let code = c as u32;
    if (HANGUL_FIRST..HANGUL_FIRST + HANGUL_COUNT).contains(&code) {
        let index = code - HANGUL_FIRST;
        let jamo = [
            LEAD_FIRST + index / (VOWELS * TRAILS),
            VOWEL_FIRST + index % (VOWELS * TRAILS) / TRAILS,
            TRAIL_BEFORE + index % TRAILS,
        ];
        let count = if jamo[2] == TRAIL_BEFORE { 2 } else { 3 };
        out.extend(jamo[..count].iter().filter_map(|&j| char::from_u32(j)));
        return;
    }
    match decomposition(c) {
        Some(spelled) if compatibility || !spelled.starts_with('<') => {
            let parts = spelled.split(' ').filter(|part| !part.starts_with('<'));
            for part in parts {
                let part = u32::from_str_radix(part, 16).ok().and_then(char::from_u32);
                push_decomposed(part.unwrap_or(c), compatibility, out);
            }
        }
        _ => out.push(c),
    }
}

/// Sorts each run of combining marks by combining class, stably.
fn order_canonically(chars: &mut [char]) {
    let mut start = 0;
    while start < chars.len() {
        if combining(chars[start]) == 0 {
            start += 1;
            continue;
        }
        let end = chars[start..]
            .iter()
            .position(|&c| combining(c) == 0)
            .map_or(chars.len(), |n| start + n);
        chars[start..end].sort_by_key(|&c| combining(c));
        start = end;
    }
}

/// The primary composite of `first` and `second`, if there is one.
fn compose_pair(first: char, second: char) -> Option<char> {
    let (a, b) = (first as u32, second as u32);
    let lead = a.wrapping_sub(LEAD_FIRST);
    let vowel = b.wrapping_sub(VOWEL_FIRST);
    if lead < 19 && vowel < VOWELS {
        return char::from_u32(HANGUL_FIRST + (lead * VOWELS + vowel) * TRAILS);
    }
    let syllable = a.wrapping_sub(HANGUL_FIRST);
    let trail = b.wrapping_sub(TRAIL_BEFORE);
    if syllable < HANGUL_COUNT && syllable % TRAILS == 0 && (1..TRAILS).contains(&trail) {
        return char::from_u32(a + trail);
    }
    let at = COMPOSE
        .binary_search_by_key(&(a, b), |&(x, y, _)| (x, y))
        .ok()?;
    char::from_u32(COMPOSE[at].2)
}

fn compose(chars: Vec<char>) -> Vec<char> {
    let mut out: Vec<char> = Vec::with_capacity(chars.len());
    let mut starter: Option<usize> = None;
    for c in chars {
        let class = combining(c);
        if let Some(at) = starter {
            // Blocked when a mark of the same or higher class stands in between.
            let reachable =
                out.len() == at + 1 || out.last().is_some_and(|&m| combining(m) < class);
            if reachable {
                if let Some(composite) = compose_pair(out[at], c) {
                    out[at] = composite;
                    continue;
                }
            }
        }
        if class == 0 {
            starter = Some(out.len());
        }
        out.push(c);
    }
    out
}

/// `text` in normalization form `form`.
pub fn normalize(text: &str, form: Form) -> String {
    let mut chars = Vec::with_capacity(text.len());
    for c in text.chars() {
        push_decomposed(c, form.compatibility(), &mut chars);
    }
    order_canonically(&mut chars);
    if form.composed() {
        chars = compose(chars);
    }
    chars.into_iter().collect()
}
