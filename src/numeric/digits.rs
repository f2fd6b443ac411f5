//! The digits of a machine-word integer in base 2, 8, 10 or 16, written into a buffer
//! on the stack: what `str(n)`, `repr(n)`, f-string fields and `format()` of a small
//! int need, without `core::fmt`'s machinery or a heap allocation. Not signs, prefixes
//! or padding (the callers lay those out), nor big ints.

/// Two decimal digits for every value below 100, as one table read per pair.
const PAIRS: &[u8; 200] = b"\
0001020304050607080910111213141516171819\
2021222324252627282930313233343536373839\
4041424344454647484950515253545556575859\
6061626364656667686970717273747576777879\
8081828384858687888990919293949596979899";

const HEX: &[u8; 16] = b"0123456789abcdef";

/// Digits of a `u64`: at most 64 (base 2), written from the end of the buffer.
pub struct Digits {
    buf: [u8; 64],
    start: usize,
}

impl Digits {
    /// The digits of `n` in `radix` (2, 8, 10 or 16; lowercase letters).
    #[inline]
    pub fn new(n: u64, radix: u32) -> Digits {
        let mut d = Digits {
            buf: [0; 64],
            start: 64,
        };
        match radix {
            10 => d.decimal(n),
            2 => d.power_of_two(n, 1),
            8 => d.power_of_two(n, 3),
            _ => d.power_of_two(n, 4),
        }
        d
    }

    /// The decimal digits of `n`.
    #[inline]
    pub fn decimal_of(n: u64) -> Digits {
        let mut d = Digits {
            buf: [0; 64],
            start: 64,
        };
        d.decimal(n);
        d
    }

    fn decimal(&mut self, mut n: u64) {
        let mut i = self.buf.len();
        while n >= 100 {
            let pair = (n % 100) as usize * 2;
            n /= 100;
            i -= 2;
            self.buf[i..i + 2].copy_from_slice(&PAIRS[pair..pair + 2]);
        }
        if n >= 10 {
            let pair = n as usize * 2;
            i -= 2;
            self.buf[i..i + 2].copy_from_slice(&PAIRS[pair..pair + 2]);
        } else {
            i -= 1;
            self.buf[i] = b'0' + n as u8;
        }
        self.start = i;
    }

    fn power_of_two(&mut self, mut n: u64, bits: u32) {
        let mask = (1u64 << bits) - 1;
        let mut i = self.buf.len();
        loop {
            i -= 1;
            self.buf[i] = HEX[(n & mask) as usize];
            n >>= bits;
            if n == 0 {
                break;
            }
        }
        self.start = i;
    }

    #[inline]
    pub fn as_str(&self) -> &str {
        // SAFETY: only ASCII digits and letters are written from `start` on.
        unsafe { std::str::from_utf8_unchecked(&self.buf[self.start..]) }
    }
}

/// `n` in decimal with a leading `-` when negative, into `out`.
#[inline]
pub fn push_i64(out: &mut String, n: i64) {
    if n < 0 {
        out.push('-');
    }
    out.push_str(Digits::decimal_of(n.unsigned_abs()).as_str());
}

#[cfg(test)]
#[path = "digits_tests.rs"]
mod tests;
