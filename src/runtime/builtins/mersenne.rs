//! The `_random` native module: the Mersenne Twister (MT19937) core that `random.py`
//! builds on, seeded exactly as CPython seeds it (init_by_array over the 32-bit words of
//! the seed's absolute value), plus the OS entropy source (`urandom`) and the version-2
//! str/bytes seed conversion (the bytes followed by their SHA-512 digest, as an int).
//! It is not the distributions: those are Python, in `pylib/random.py`.

use super::{as_int, bigint_value, def, method, method_args, this, type_name};
use crate::runtime::bytes::bytes_of;
use crate::runtime::class::{Class, Layout};
use crate::runtime::dict::PyDict;
use crate::runtime::error::builtin_error;
use crate::runtime::error::{type_error, value_error, PyErr, PyResult};
use crate::runtime::function::Args;
use crate::runtime::native::{bytes_value, NativeData, NativeObj};
use crate::runtime::types::ExcKind;
use crate::runtime::types::Types;
use crate::runtime::value::Value;
use crate::vm::Vm;
use num_bigint::{BigInt, Sign};
use std::cell::RefCell;
use std::rc::Rc;

const N: usize = 624;
const M: usize = 397;

/// The generator's state: 624 words and the position of the next one to temper.
pub struct Mt {
    state: [u32; N],
    index: usize,
}

impl Mt {
    fn new() -> Mt {
        let mut mt = Mt {
            state: [0; N],
            index: N,
        };
        mt.init_by_array(&[0]);
        mt
    }

    fn init_genrand(&mut self, s: u32) {
        self.state[0] = s;
        for i in 1..N {
            let prev = self.state[i - 1];
            self.state[i] = 1812433253u32
                .wrapping_mul(prev ^ (prev >> 30))
                .wrapping_add(i as u32);
        }
        self.index = N;
    }

    /// The reference initialisation from a key of 32-bit words.
    fn init_by_array(&mut self, key: &[u32]) {
        self.init_genrand(19650218);
        let mt = &mut self.state;
        let (mut i, mut j) = (1usize, 0usize);
        for _ in 0..N.max(key.len()) {
            let prev = mt[i - 1];
            mt[i] = (mt[i] ^ (prev ^ (prev >> 30)).wrapping_mul(1664525))
                .wrapping_add(key[j])
                .wrapping_add(j as u32);
            i += 1;
            j += 1;
            if i >= N {
                mt[0] = mt[N - 1];
                i = 1;
            }
            if j >= key.len() {
                j = 0;
            }
        }
        for _ in 0..N - 1 {
            let prev = mt[i - 1];
            mt[i] = (mt[i] ^ (prev ^ (prev >> 30)).wrapping_mul(1566083941)).wrapping_sub(i as u32);
            i += 1;
            if i >= N {
                mt[0] = mt[N - 1];
                i = 1;
            }
        }
        mt[0] = 0x8000_0000;
    }

    fn regenerate(&mut self) {
        const UPPER: u32 = 0x8000_0000;
        const LOWER: u32 = 0x7fff_ffff;
        let mag = |y: u32| if y & 1 == 1 { 0x9908_b0df } else { 0 };
        let mt = &mut self.state;
        for k in 0..N {
            let y = (mt[k] & UPPER) | (mt[(k + 1) % N] & LOWER);
            mt[k] = mt[(k + M) % N] ^ (y >> 1) ^ mag(y);
        }
        self.index = 0;
    }

    /// The next tempered 32-bit word.
    #[inline]
    fn next_u32(&mut self) -> u32 {
        if self.index >= N {
            self.regenerate();
        }
        let mut y = self.state[self.index];
        self.index += 1;
        y ^= y >> 11;
        y ^= (y << 7) & 0x9d2c_5680;
        y ^= (y << 15) & 0xefc6_0000;
        y ^ (y >> 18)
    }

    /// A float in [0, 1) from 53 random bits, as CPython's random().
    #[inline]
    fn next_f64(&mut self) -> f64 {
        let a = (self.next_u32() >> 5) as f64;
        let b = (self.next_u32() >> 6) as f64;
        (a * 67108864.0 + b) * (1.0 / 9007199254740992.0)
    }

    /// `k` random bits: 32-bit words filled from the least significant, the last one
    /// keeping its top bits.
    fn bits(&mut self, mut k: u64) -> BigInt {
        let mut words = Vec::with_capacity(k.div_ceil(32) as usize);
        while k > 0 {
            let mut w = self.next_u32();
            if k < 32 {
                w >>= 32 - k;
            }
            words.push(w);
            k = k.saturating_sub(32);
        }
        BigInt::from_slice(Sign::Plus, &words)
    }
}

/// The module: the generator class `Random` and the helpers random.py needs.
pub fn module(t: &Types) -> Rc<PyDict> {
    let m = Rc::new(PyDict::new());
    m.set_by_str("__name__", Value::str("_random"));
    let cls = Class::new_builtin("Random", vec![t.object.clone()], Layout::Object);
    *cls.module.borrow_mut() = Rc::from("_random");
    let d = &cls.dict;
    method(d, "Random", "__new__", new_generator);
    method(d, "Random", "random", random);
    method(d, "Random", "seed", seed);
    method(d, "Random", "getrandbits", getrandbits);
    method(d, "Random", "getstate", getstate);
    method(d, "Random", "setstate", setstate);
    m.set_by_str("Random", Value::Class(cls));
    def(&m, "urandom", urandom);
    def(&m, "seed_from_bytes", seed_from_bytes);
    m
}

fn new_generator(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let Some(Value::Class(cls)) = args.pos().first() else {
        return Err(type_error("Random.__new__(X): X is not a type object"));
    };
    let mt = Rc::new(RefCell::new(Mt::new()));
    Ok(NativeObj::value(cls.clone(), NativeData::Extension(mt)))
}

fn generator(v: &Value) -> PyResult<Rc<RefCell<Mt>>> {
    if let Value::Native(n) = v {
        if let NativeData::Extension(e) = &n.data {
            if let Ok(mt) = e.clone().downcast::<RefCell<Mt>>() {
                return Ok(mt);
            }
        }
    }
    Err(not_a_generator())
}

#[cold]
fn not_a_generator() -> PyErr {
    type_error("descriptor requires a '_random.Random' object")
}

fn random(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let me = this(&args, "random")?;
    method_args(&args, "Random", "random", 0, 0)?;
    let x = generator(me)?.borrow_mut().next_f64();
    Ok(Value::Float(x))
}

/// `seed(n)`: None seeds from the OS; an int by its absolute value's 32-bit words;
/// anything else by its hash (str/bytes arrive here already converted by random.py).
fn seed(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let me = this(&args, "seed")?;
    let rest = method_args(&args, "Random", "seed", 0, 1)?;
    let mt = generator(me)?;
    let arg = rest.first().cloned().unwrap_or(Value::None);
    let n: BigInt = match &arg {
        Value::None => {
            let mut buf = [0u8; N * 4];
            fill_random(&mut buf)?;
            BigInt::from_bytes_le(Sign::Plus, &buf)
        }
        other => match as_int(other) {
            Some(i) => i.to_bigint(),
            None => BigInt::from(vm.hash(other)?),
        },
    };
    let mut key = n.magnitude().to_u32_digits();
    if key.is_empty() {
        key.push(0);
    }
    mt.borrow_mut().init_by_array(&key);
    Ok(Value::None)
}

fn getrandbits(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let me = this(&args, "getrandbits")?;
    let rest = method_args(&args, "Random", "getrandbits", 1, 1)?;
    let k = super::index_i64(vm, &rest[0])?;
    if k < 0 {
        return Err(value_error("number of bits must be non-negative"));
    }
    let mt = generator(me)?;
    let mut mt = mt.borrow_mut();
    if k <= 32 {
        let w = if k == 0 { 0 } else { mt.next_u32() >> (32 - k) };
        return Ok(Value::Int(w as i64));
    }
    Ok(bigint_value(mt.bits(k as u64)))
}

fn getstate(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let me = this(&args, "getstate")?;
    method_args(&args, "Random", "getstate", 0, 0)?;
    let mt = generator(me)?;
    let mt = mt.borrow();
    let mut items: Vec<Value> = mt.state.iter().map(|w| Value::Int(*w as i64)).collect();
    items.push(Value::Int(mt.index as i64));
    Ok(Value::tuple(items))
}

fn setstate(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let me = this(&args, "setstate")?;
    let rest = method_args(&args, "Random", "setstate", 1, 1)?;
    let Value::Tuple(t) = &rest[0] else {
        return Err(type_error("state vector must be a tuple"));
    };
    if t.items.len() != N + 1 {
        return Err(value_error("state vector is the wrong size"));
    }
    let mut state = [0u32; N];
    for (slot, v) in state.iter_mut().zip(t.items.iter()) {
        *slot = state_word(vm, v)?;
    }
    let index = match as_int(&t.items[N]).and_then(|i| i.to_i64()) {
        Some(i) if (0..=N as i64).contains(&i) => i as usize,
        Some(_) => return Err(value_error("invalid state")),
        None => return Err(not_an_int(vm, &t.items[N])),
    };
    let mt = generator(me)?;
    let mut mt = mt.borrow_mut();
    mt.state = state;
    mt.index = index;
    Ok(Value::None)
}

/// One word of a state vector: an int taken modulo 2**32 as C's unsigned long cast does.
fn state_word(vm: &Vm, v: &Value) -> PyResult<u32> {
    match as_int(v) {
        Some(i) => {
            let b = i.to_bigint();
            if b.sign() == Sign::Minus || b.bits() > 64 {
                return Err(crate::runtime::error::builtin_error(
                    crate::runtime::types::ExcKind::OverflowError,
                    "Python int too large to convert to C unsigned long",
                ));
            }
            Ok(b.iter_u32_digits().next().unwrap_or(0))
        }
        None => Err(not_an_int(vm, v)),
    }
}

#[cold]
fn not_an_int(vm: &Vm, v: &Value) -> PyErr {
    type_error(format!(
        "'{}' object cannot be interpreted as an integer",
        type_name(vm, v)
    ))
}

/// `urandom(n)`: n bytes from the OS entropy source.
fn urandom(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let p = crate::runtime::signature::module_positional(&args, "_random", "urandom", 1, 1)?;
    let n = super::index_i64(vm, &p[0])?;
    if n < 0 {
        return Err(value_error("negative argument not allowed"));
    }
    let mut buf = vec![0u8; n as usize];
    fill_random(&mut buf)?;
    Ok(bytes_value(vm.types(), &buf))
}

fn fill_random(buf: &mut [u8]) -> PyResult<()> {
    getrandom::getrandom(buf)
        .map_err(|e| builtin_error(ExcKind::OSError, format!("getrandom failed: {e}")))
}

/// `seed_from_bytes(b)`: `int.from_bytes(b + sha512(b).digest())`, the version-2 seed of
/// a str (already encoded as UTF-8), bytes or bytearray.
fn seed_from_bytes(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    use sha2::{Digest, Sha512};
    let p =
        crate::runtime::signature::module_positional(&args, "_random", "seed_from_bytes", 1, 1)?;
    let mut data = match super::as_str(&p[0]) {
        Some(s) => s.as_str().as_bytes().to_vec(),
        None => bytes_of(&p[0]).ok_or_else(|| {
            type_error(format!(
                "a bytes-like object is required, not '{}'",
                type_name(vm, &p[0])
            ))
        })?,
    };
    let digest = Sha512::digest(&data);
    data.extend_from_slice(&digest);
    Ok(bigint_value(BigInt::from_bytes_be(Sign::Plus, &data)))
}

#[cfg(test)]
mod tests;
