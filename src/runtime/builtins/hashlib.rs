//! The `hashlib` module: md5, sha1, the sha2 and sha3 families, blake2b/blake2s (with
//! `digest_size`) and shake_128/256, over the RustCrypto crates; hash objects with
//! update, digest, hexdigest, copy, name, digest_size and block_size; `pbkdf2_hmac`
//! (PBKDF2 over HMAC of any of them but shake). `file_digest` is its Python half
//! (hashlib_file_digest.py). It is not HMAC itself (pylib/hmac.py) or scrypt, and
//! blake2's key/salt/person are not accepted.

use super::{as_str, def, getter, index_i64, method, method_args, module_class, this};
use crate::runtime::bytes::{bytes_of, to_hex};
use crate::runtime::class::{Class, Layout};
use crate::runtime::dict::PyDict;
use crate::runtime::error::builtin_error;
use crate::runtime::error::builtin_error_args;
use crate::runtime::error::{type_error, value_error, PyErr, PyResult};
use crate::runtime::function::Args;
use crate::runtime::native::{bytes_value, NativeData, NativeObj};
use crate::runtime::signature::Signature;
use crate::runtime::types::ExcKind;
use crate::runtime::value::Value;
use crate::vm::Vm;
use blake2::digest::{Update, VariableOutput};
use digest::{DynDigest, ExtendableOutput};
use std::cell::RefCell;
use std::rc::Rc;

/// The running state of one hash object.
#[derive(Clone)]
enum State {
    Fixed(Box<dyn DynDigest>),
    Blake2b(blake2::Blake2bVar),
    Blake2s(blake2::Blake2sVar),
    Shake128(sha3::Shake128),
    Shake256(sha3::Shake256),
}

struct Hash {
    name: &'static str,
    digest_size: usize,
    block_size: usize,
    state: RefCell<State>,
}

impl State {
    fn update(&mut self, data: &[u8]) {
        match self {
            State::Fixed(d) => d.update(data),
            State::Blake2b(d) => d.update(data),
            State::Blake2s(d) => d.update(data),
            State::Shake128(d) => d.update(data),
            State::Shake256(d) => d.update(data),
        }
    }
}

impl Hash {
    fn update(&self, data: &[u8]) {
        self.state.borrow_mut().update(data);
    }

    /// The digest so far (`length` bytes for shake), leaving the state as it was.
    fn digest(&self, length: usize) -> Vec<u8> {
        match self.state.borrow().clone() {
            State::Fixed(d) => d.finalize().to_vec(),
            State::Blake2b(d) => finish_var(d, self.digest_size),
            State::Blake2s(d) => finish_var(d, self.digest_size),
            State::Shake128(d) => {
                let mut out = vec![0; length];
                d.finalize_xof_into(&mut out);
                out
            }
            State::Shake256(d) => {
                let mut out = vec![0; length];
                d.finalize_xof_into(&mut out);
                out
            }
        }
    }

    fn is_shake(&self) -> bool {
        self.name.starts_with("shake")
    }
}

fn fixed<D: DynDigest + Default + Clone + 'static>() -> State {
    State::Fixed(Box::<D>::default())
}

fn finish_var<D: VariableOutput>(d: D, size: usize) -> Vec<u8> {
    let mut out = vec![0; size];
    // The size was accepted when the state was made, so finishing cannot fail.
    let _ = d.finalize_variable(&mut out);
    out
}

/// A new state for the algorithm `name` (as hashlib spells it), or None if unknown.
/// `blake2_size` is the digest size asked of blake2b/blake2s.
fn new_state(
    name: &str,
    blake2_size: Option<usize>,
) -> Option<(&'static str, usize, usize, State)> {
    let lower = name.to_ascii_lowercase();
    // OpenSSL's names (md5, sha1, sha2) match in any case; the others only as spelled.
    Some(match (lower.as_str(), name) {
        ("md5", _) => ("md5", 16, 64, fixed::<md5::Md5>()),
        ("sha1", _) => ("sha1", 20, 64, fixed::<sha1::Sha1>()),
        ("sha224", _) => ("sha224", 28, 64, fixed::<sha2::Sha224>()),
        ("sha256", _) => ("sha256", 32, 64, fixed::<sha2::Sha256>()),
        ("sha384", _) => ("sha384", 48, 128, fixed::<sha2::Sha384>()),
        ("sha512", _) => ("sha512", 64, 128, fixed::<sha2::Sha512>()),
        (_, "sha3_224") => ("sha3_224", 28, 144, fixed::<sha3::Sha3_224>()),
        (_, "sha3_256") => ("sha3_256", 32, 136, fixed::<sha3::Sha3_256>()),
        (_, "sha3_384") => ("sha3_384", 48, 104, fixed::<sha3::Sha3_384>()),
        (_, "sha3_512") => ("sha3_512", 64, 72, fixed::<sha3::Sha3_512>()),
        (_, "shake_128") => ("shake_128", 0, 168, State::Shake128(Default::default())),
        (_, "shake_256") => ("shake_256", 0, 136, State::Shake256(Default::default())),
        (_, "blake2b") => {
            let size = blake2_size.unwrap_or(64);
            let d = blake2::Blake2bVar::new(size).ok()?;
            ("blake2b", size, 128, State::Blake2b(d))
        }
        (_, "blake2s") => {
            let size = blake2_size.unwrap_or(32);
            let d = blake2::Blake2sVar::new(size).ok()?;
            ("blake2s", size, 64, State::Blake2s(d))
        }
        _ => return None,
    })
}

const ALGORITHMS: [&str; 14] = [
    "md5",
    "sha1",
    "sha224",
    "sha256",
    "sha384",
    "sha512",
    "blake2b",
    "blake2s",
    "sha3_224",
    "sha3_256",
    "sha3_384",
    "sha3_512",
    "shake_128",
    "shake_256",
];

pub fn module(vm: &mut Vm) -> Rc<PyDict> {
    let m = Rc::new(PyDict::new());
    m.set_by_str("__name__", Value::str("hashlib"));
    let t = vm.types();
    for (attr, cls_name, module) in [
        ("_HASH", "HASH", "_hashlib"),
        ("_HASHXOF", "HASHXOF", "_hashlib"),
        ("_blake2b", "blake2b", "_blake2"),
        ("_blake2s", "blake2s", "_blake2"),
    ] {
        let cls = Class::new_builtin(cls_name, vec![t.object.clone()], Layout::Object);
        *cls.module.borrow_mut() = Rc::from(module);
        let d = &cls.dict;
        method(d, "HASH", "update", update);
        method(d, "HASH", "digest", digest);
        method(d, "HASH", "hexdigest", hexdigest);
        method(d, "HASH", "copy", copy);
        getter(t, d, "HASH", "name", |_, a| {
            Ok(Value::str(hash_of(&a)?.name))
        });
        getter(t, d, "HASH", "digest_size", |_, a| {
            Ok(Value::Int(hash_of(&a)?.digest_size as i64))
        });
        getter(t, d, "HASH", "block_size", |_, a| {
            Ok(Value::Int(hash_of(&a)?.block_size as i64))
        });
        m.set_by_str(attr, Value::Class(cls));
    }
    for attr in ["algorithms_guaranteed", "algorithms_available"] {
        let names = crate::runtime::set::PySet::new(true);
        for name in ALGORITHMS {
            // Adding a str to a fresh set runs no Python code and cannot fail.
            let _ = names.add(vm, Value::str(name));
        }
        m.set_by_str(attr, Value::Set(Rc::new(names)));
    }
    def(&m, "new", new);
    def(&m, "md5", |vm, a| construct(vm, a, "md5"));
    def(&m, "sha1", |vm, a| construct(vm, a, "sha1"));
    def(&m, "sha224", |vm, a| construct(vm, a, "sha224"));
    def(&m, "sha256", |vm, a| construct(vm, a, "sha256"));
    def(&m, "sha384", |vm, a| construct(vm, a, "sha384"));
    def(&m, "sha512", |vm, a| construct(vm, a, "sha512"));
    def(&m, "sha3_224", |vm, a| construct(vm, a, "sha3_224"));
    def(&m, "sha3_256", |vm, a| construct(vm, a, "sha3_256"));
    def(&m, "sha3_384", |vm, a| construct(vm, a, "sha3_384"));
    def(&m, "sha3_512", |vm, a| construct(vm, a, "sha3_512"));
    def(&m, "shake_128", |vm, a| construct(vm, a, "shake_128"));
    def(&m, "shake_256", |vm, a| construct(vm, a, "shake_256"));
    def(&m, "blake2b", |vm, a| construct(vm, a, "blake2b"));
    def(&m, "blake2s", |vm, a| construct(vm, a, "blake2s"));
    def(&m, "pbkdf2_hmac", pbkdf2_hmac);
    let unsupported = Class::new_builtin(
        "UnsupportedDigestmodError",
        vec![vm.types().value_error.clone()],
        Layout::Exception,
    );
    *unsupported.module.borrow_mut() = Rc::from("_hashlib");
    m.set_by_str("_UnsupportedDigestmodError", Value::Class(unsupported));
    m
}

/// `hashlib.new(name, data=b'', **kw)`.
fn new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    // hashlib.new is the Python function __hash_new(name, data=b'', **kwargs) in CPython.
    const NEW: Signature = Signature::new("new", &["name", "data"])
        .required(1)
        .varkw()
        .python("__hash_new");
    let p = NEW.bind(&args)?;
    let name = p.req(0);
    let Some(name) = as_str(name) else {
        return Err(type_error("name must be a string"));
    };
    let data = p.given(1).cloned();
    let mut kw = Vec::new();
    for &(k, v) in &p.extra_kw {
        match k {
            "string" if data.is_some() => {
                return Err(type_error(
                    "argument for new() given by name ('string') and position (2)",
                ))
            }
            _ => kw.push((k.to_string(), v.clone())),
        }
    }
    make(vm, name.as_str(), data, &kw, "new")
}

fn construct(vm: &mut Vm, args: Args<'_>, name: &'static str) -> PyResult<Value> {
    let fname = if name.starts_with("blake2") {
        name.to_string()
    } else {
        format!("openssl_{name}")
    };
    let pos = args.pos();
    if pos.len() > 1 {
        return Err(type_error(format!(
            "{fname}() takes at most 1 positional argument ({} given)",
            pos.len()
        )));
    }
    let kw: Vec<(String, Value)> = args.kw().map(|(k, v)| (k.to_string(), v.clone())).collect();
    make(vm, name, pos.first().cloned(), &kw, &fname)
}

/// Make a hash object of `name`, fed the initial data (positional, or `string`; blake2
/// takes `digest_size` instead).
fn make(
    vm: &mut Vm,
    name: &str,
    mut data: Option<Value>,
    kw: &[(String, Value)],
    fname: &str,
) -> PyResult<Value> {
    let is_blake2 = name == "blake2b" || name == "blake2s";
    let mut blake2_size = None;
    for (k, v) in kw {
        match k.as_str() {
            "string" if !is_blake2 && data.is_none() => data = Some(v.clone()),
            "usedforsecurity" => {}
            "digest_size" if is_blake2 => {
                let n = index_i64(vm, v)?;
                let max = if name == "blake2b" { 64 } else { 32 };
                if !(1..=max).contains(&n) {
                    return Err(value_error(format!(
                        "digest_size must be between 1 and {max} bytes"
                    )));
                }
                blake2_size = Some(n as usize);
            }
            _ => {
                return Err(type_error(format!(
                    "'{k}' is an invalid keyword argument for {fname}()"
                )))
            }
        }
    }
    let Some((name, digest_size, block_size, state)) = new_state(name, blake2_size) else {
        return Err(value_error(format!("unsupported hash type {name}")));
    };
    let attr = match name {
        "blake2b" => "_blake2b",
        "blake2s" => "_blake2s",
        n if n.starts_with("shake") => "_HASHXOF",
        _ => "_HASH",
    };
    let cls = module_class(vm, "hashlib", attr).unwrap_or_else(|| vm.types().object.clone());
    let hash = Hash {
        name,
        digest_size,
        block_size,
        state: RefCell::new(state),
    };
    if let Some(d) = data {
        hash.update(&data_arg(vm, &d)?);
    }
    Ok(NativeObj::value(cls, NativeData::Extension(Rc::new(hash))))
}

fn data_arg(vm: &Vm, v: &Value) -> PyResult<Vec<u8>> {
    if let Some(b) = bytes_of(v) {
        return Ok(b);
    }
    Err(not_bytes(vm, v))
}

#[cold]
fn not_bytes(_vm: &Vm, v: &Value) -> PyErr {
    if as_str(v).is_some() {
        type_error("Strings must be encoded before hashing")
    } else {
        type_error("object supporting the buffer API required")
    }
}

fn hash_of(args: &Args<'_>) -> PyResult<Rc<Hash>> {
    let me = this(args, "hash")?;
    if let Value::Native(n) = me {
        if let NativeData::Extension(e) = &n.data {
            if let Ok(h) = e.clone().downcast::<Hash>() {
                return Ok(h);
            }
        }
    }
    Err(type_error("descriptor requires a '_hashlib.HASH' object"))
}

fn update(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let h = hash_of(&args)?;
    let rest = method_args(&args, "HASH", "update", 1, 1)?;
    h.update(&data_arg(vm, &rest[0])?);
    Ok(Value::None)
}

/// The digest length: shake objects take it as an argument, the others take none.
fn digest_length(vm: &mut Vm, args: &Args<'_>, h: &Hash, fname: &'static str) -> PyResult<usize> {
    if !h.is_shake() {
        method_args(args, "HASH", fname, 0, 0)?;
        return Ok(h.digest_size);
    }
    let n = index_i64(
        vm,
        Signature::new(fname, &["length"]).bind_method(args)?.req(0),
    )?;
    if n < 0 {
        return Err(negative_length(fname));
    }
    Ok(n as usize)
}

/// What CPython's shake objects raise for a negative length (an allocation failure).
#[cold]
fn negative_length(fname: &str) -> PyErr {
    if fname == "hexdigest" {
        builtin_error_args(ExcKind::MemoryError, vec![])
    } else {
        crate::runtime::error::builtin_error(
            crate::runtime::types::ExcKind::SystemError,
            "Negative size passed to PyBytes_FromStringAndSize",
        )
    }
}

fn digest(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let h = hash_of(&args)?;
    let n = digest_length(vm, &args, &h, "digest")?;
    Ok(bytes_value(vm.types(), &h.digest(n)))
}

fn hexdigest(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let h = hash_of(&args)?;
    let n = digest_length(vm, &args, &h, "hexdigest")?;
    Ok(Value::from_string(to_hex(&h.digest(n), None, 1)))
}

fn copy(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let h = hash_of(&args)?;
    method_args(&args, "HASH", "copy", 0, 0)?;
    let Value::Native(me) = &args.pos()[0] else {
        return Err(type_error("descriptor requires a '_hashlib.HASH' object"));
    };
    let twin = Hash {
        name: h.name,
        digest_size: h.digest_size,
        block_size: h.block_size,
        state: RefCell::new(h.state.borrow().clone()),
    };
    Ok(NativeObj::value(
        me.class.clone(),
        NativeData::Extension(Rc::new(twin)),
    ))
}

/// HMAC of one message under a key, as the hash states after the padded key's inner
/// and outer blocks (RFC 2104): cloning them skips rehashing the key per message.
struct KeyedMac {
    inner: State,
    outer: State,
    name: &'static str,
    digest_size: usize,
}

impl KeyedMac {
    fn new(name: &str, key: &[u8]) -> Option<KeyedMac> {
        let (name, digest_size, block_size, fresh) = new_state(name, None)?;
        if name.starts_with("shake") {
            return None;
        }
        let finish = |state: State| {
            Hash {
                name,
                digest_size,
                block_size,
                state: RefCell::new(state),
            }
            .digest(digest_size)
        };
        let mut block = if key.len() > block_size {
            let mut h = fresh.clone();
            h.update(key);
            finish(h)
        } else {
            key.to_vec()
        };
        block.resize(block_size, 0);
        let mut inner = fresh.clone();
        inner.update(&block.iter().map(|b| b ^ 0x36).collect::<Vec<u8>>());
        let mut outer = fresh;
        outer.update(&block.iter().map(|b| b ^ 0x5c).collect::<Vec<u8>>());
        Some(KeyedMac {
            inner,
            outer,
            name,
            digest_size,
        })
    }

    fn mac(&self, msg: &[u8]) -> Vec<u8> {
        let digest = |state: State| {
            Hash {
                name: self.name,
                digest_size: self.digest_size,
                block_size: 0,
                state: RefCell::new(state),
            }
            .digest(self.digest_size)
        };
        let mut inner = self.inner.clone();
        inner.update(msg);
        let mut outer = self.outer.clone();
        outer.update(&digest(inner));
        digest(outer)
    }
}

/// PBKDF2 (RFC 8018): block i is U1 ^ U2 ^ ... ^ Uc, U1 = PRF(salt || i), Uj = PRF(Uj-1).
fn pbkdf2(prf: &KeyedMac, salt: &[u8], iterations: u64, dklen: usize) -> Vec<u8> {
    let mut out = Vec::with_capacity(dklen);
    let mut index: u32 = 1;
    while out.len() < dklen {
        let mut msg = salt.to_vec();
        msg.extend_from_slice(&index.to_be_bytes());
        let mut u = prf.mac(&msg);
        let mut block = u.clone();
        for _ in 1..iterations {
            u = prf.mac(&u);
            block.iter_mut().zip(&u).for_each(|(b, x)| *b ^= x);
        }
        let take = (dklen - out.len()).min(block.len());
        out.extend_from_slice(&block[..take]);
        index += 1;
    }
    out
}

const INT_MAX: i64 = i32::MAX as i64;

/// `hashlib.pbkdf2_hmac(hash_name, password, salt, iterations, dklen=None)`, with the
/// checks in CPython's order: arguments, algorithm, iterations, key length.
fn pbkdf2_hmac(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    const PBKDF2: Signature = Signature::new(
        "pbkdf2_hmac",
        &["hash_name", "password", "salt", "iterations", "dklen"],
    )
    .required(4);
    let p = PBKDF2.bind(&args)?;
    let Some(name) = as_str(p.req(0)) else {
        return Err(type_error(format!(
            "pbkdf2_hmac() argument 'hash_name' must be str, not {}",
            super::type_name(vm, p.req(0))
        )));
    };
    let password = buffer_arg(vm, p.req(1))?;
    let salt = buffer_arg(vm, p.req(2))?;
    let iterations = c_long_arg(vm, p.req(3))?;
    let dklen = p.given(4).filter(|v| !matches!(v, Value::None)).cloned();
    let Some(prf) = KeyedMac::new(name.as_str(), &password) else {
        return Err(unsupported_digest(vm, name.as_str()));
    };
    if iterations < 1 {
        return Err(value_error("iteration value must be greater than 0."));
    }
    if iterations > INT_MAX {
        return Err(overflow_error("iteration value is too great."));
    }
    let dklen = match dklen {
        None => prf.digest_size as i64,
        Some(v) => c_long_arg(vm, &v)?,
    };
    if dklen < 1 {
        return Err(value_error("key length must be greater than 0."));
    }
    if dklen > INT_MAX {
        return Err(overflow_error("key length is too great."));
    }
    Ok(bytes_value(
        vm.types(),
        &pbkdf2(&prf, &salt, iterations as u64, dklen as usize),
    ))
}

/// An integer argument read as C's long: OverflowError past it, as PyLong_AsLong.
fn c_long_arg(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    match super::index_int(vm, v)? {
        crate::numeric::Int::Small(i) => Ok(i),
        crate::numeric::Int::Big(_) => {
            Err(overflow_error("Python int too large to convert to C long"))
        }
    }
}

/// A bytes-like argument (password, salt): str is refused as CPython's buffer protocol
/// refuses it.
fn buffer_arg(vm: &Vm, v: &Value) -> PyResult<Vec<u8>> {
    bytes_of(v).ok_or_else(|| {
        type_error(format!(
            "a bytes-like object is required, not '{}'",
            super::type_name(vm, v)
        ))
    })
}

#[cold]
fn overflow_error(msg: &str) -> PyErr {
    builtin_error(ExcKind::OverflowError, msg)
}

/// OpenSSL's refusal of an algorithm it has no PBKDF2 for, as `_hashlib` reports it.
#[cold]
fn unsupported_digest(vm: &Vm, name: &str) -> PyErr {
    // A known algorithm without an HMAC (shake) fails later in OpenSSL, as a plain
    // ValueError.
    if new_state(name, None).is_some() {
        return value_error("no reason supplied");
    }
    let msg = "[digital envelope routines] unsupported";
    match module_class(vm, "hashlib", "_UnsupportedDigestmodError") {
        Some(c) => PyErr::new(&c, msg),
        None => value_error(msg),
    }
}

#[cfg(test)]
mod tests;
