//! Socket addresses between Python and the C library: a Python address (`(host, port)`
//! for AF_INET, `(host, port, flowinfo, scope_id)` for AF_INET6, a path for AF_UNIX)
//! to a `sockaddr_storage` and back, and `getaddrinfo` itself. Not the socket calls
//! (see `mod.rs`).

use crate::runtime::bytes::with_bytes;
use crate::runtime::error::builtin_error;
use crate::runtime::error::{overflow_error, type_error, PyErr, PyResult};
use crate::runtime::native::bytes_value;
use crate::runtime::types::ExcKind;
use crate::runtime::value::Value;
use crate::vm::Vm;
use std::ffi::{CStr, CString};
use std::mem::{size_of, zeroed};

/// A C socket address and its length.
pub struct SockAddr {
    pub storage: libc::sockaddr_storage,
    pub len: libc::socklen_t,
}

impl SockAddr {
    pub fn empty() -> SockAddr {
        // SAFETY: sockaddr_storage is plain data; all-zero is a valid value.
        SockAddr {
            storage: unsafe { zeroed() },
            len: size_of::<libc::sockaddr_storage>() as libc::socklen_t,
        }
    }

    pub fn as_ptr(&self) -> *const libc::sockaddr {
        (&self.storage as *const libc::sockaddr_storage).cast()
    }

    pub fn as_mut_ptr(&mut self) -> *mut libc::sockaddr {
        (&mut self.storage as *mut libc::sockaddr_storage).cast()
    }
}

/// `fname(): AF_INET address must be tuple, not str` and friends.
#[cold]
fn shape_error(fname: &str, family: &str, v: &Value) -> PyErr {
    type_error(format!(
        "{fname}(): {family} address must be tuple, not {}",
        v.kind_name()
    ))
}

#[cold]
fn gai_error(code: i32) -> PyErr {
    // SAFETY: gai_strerror returns a static NUL-terminated string.
    let text = unsafe { CStr::from_ptr(libc::gai_strerror(code)) }
        .to_string_lossy()
        .into_owned();
    crate::runtime::error::builtin_error_args(
        crate::runtime::types::ExcKind::OSError,
        vec![Value::Int(code as i64), Value::from_string(text)],
    )
}

/// A host name as the C library reads it: '' is any address, '<broadcast>' the
/// broadcast one; other names are resolved with getaddrinfo.
fn host_to_ip(host: &str, family: i32) -> PyResult<Vec<u8>> {
    if family == libc::AF_INET {
        if host.is_empty() {
            return Ok(vec![0, 0, 0, 0]);
        }
        if host == "<broadcast>" || host == "255.255.255.255" {
            return Ok(vec![255, 255, 255, 255]);
        }
        if let Ok(ip) = host.parse::<std::net::Ipv4Addr>() {
            return Ok(ip.octets().to_vec());
        }
    } else if host.is_empty() {
        return Ok(vec![0; 16]);
    } else if let Ok(ip) = host.parse::<std::net::Ipv6Addr>() {
        return Ok(ip.octets().to_vec());
    }
    for (fam, _, _, _, sa) in resolve(Some(host), None, family, 0, 0, 0)? {
        if fam == family {
            return Ok(ip_bytes(&sa));
        }
    }
    Err(gai_error(libc::EAI_NONAME))
}

fn ip_bytes(sa: &SockAddr) -> Vec<u8> {
    match sa.storage.ss_family as i32 {
        libc::AF_INET => {
            // SAFETY: the family says this storage holds a sockaddr_in.
            let sin = unsafe { &*(sa.as_ptr() as *const libc::sockaddr_in) };
            sin.sin_addr.s_addr.to_ne_bytes().to_vec()
        }
        _ => {
            // SAFETY: the family says this storage holds a sockaddr_in6.
            let sin6 = unsafe { &*(sa.as_ptr() as *const libc::sockaddr_in6) };
            sin6.sin6_addr.s6_addr.to_vec()
        }
    }
}

fn port_of(vm: &mut Vm, fname: &str, v: &Value) -> PyResult<u16> {
    let p = crate::runtime::builtins::index_i64(vm, v)?;
    u16::try_from(p).map_err(|_| overflow_error(format!("{fname}(): port must be 0-65535.")))
}

fn host_str(fname: &str, v: &Value) -> PyResult<String> {
    match v {
        Value::Str(s) => Ok(s.as_str().to_string()),
        other => match with_bytes(other, |b| String::from_utf8_lossy(b).into_owned()) {
            Some(s) => Ok(s),
            None => Err(type_error(format!(
                "{fname}(): argument 1 must be str, not {}",
                other.arg_kind_name()
            ))),
        },
    }
}

/// The C address of the Python address `v` for a socket of `family`.
pub fn to_sockaddr(vm: &mut Vm, family: i32, v: &Value, fname: &str) -> PyResult<SockAddr> {
    let mut sa = SockAddr::empty();
    match family {
        libc::AF_INET => {
            let Value::Tuple(t) = v else {
                return Err(shape_error(fname, "AF_INET", v));
            };
            if t.items.len() != 2 {
                return Err(type_error("AF_INET address must be a pair (host, port)"));
            }
            let host = host_str(fname, &t.items[0])?;
            let port = port_of(vm, fname, &t.items[1])?;
            let ip = host_to_ip(&host, family)?;
            // SAFETY: storage is large enough for a sockaddr_in.
            let sin = unsafe { &mut *(sa.as_mut_ptr() as *mut libc::sockaddr_in) };
            sin.sin_family = libc::AF_INET as libc::sa_family_t;
            sin.sin_port = port.to_be();
            sin.sin_addr.s_addr = u32::from_ne_bytes([ip[0], ip[1], ip[2], ip[3]]);
            sa.len = size_of::<libc::sockaddr_in>() as libc::socklen_t;
        }
        libc::AF_INET6 => {
            let Value::Tuple(t) = v else {
                return Err(shape_error(fname, "AF_INET6", v));
            };
            if !(2..=4).contains(&t.items.len()) {
                return Err(type_error(
                    "AF_INET6 address must be a tuple (host, port[, flowinfo[, scopeid]])",
                ));
            }
            let host = host_str(fname, &t.items[0])?;
            let port = port_of(vm, fname, &t.items[1])?;
            let flow = match t.items.get(2) {
                Some(f) => crate::runtime::builtins::index_i64(vm, f)? as u32,
                None => 0,
            };
            let scope = match t.items.get(3) {
                Some(s) => crate::runtime::builtins::index_i64(vm, s)? as u32,
                None => 0,
            };
            let ip = host_to_ip(&host, family)?;
            // SAFETY: storage is large enough for a sockaddr_in6.
            let sin6 = unsafe { &mut *(sa.as_mut_ptr() as *mut libc::sockaddr_in6) };
            sin6.sin6_family = libc::AF_INET6 as libc::sa_family_t;
            sin6.sin6_port = port.to_be();
            sin6.sin6_flowinfo = flow.to_be();
            sin6.sin6_scope_id = scope;
            sin6.sin6_addr.s6_addr.copy_from_slice(&ip);
            sa.len = size_of::<libc::sockaddr_in6>() as libc::socklen_t;
        }
        libc::AF_UNIX => {
            let path: Vec<u8> = match v {
                Value::Str(s) => s.as_str().as_bytes().to_vec(),
                other => {
                    let p = crate::runtime::os::fspath_opt(vm, other)?.unwrap_or(Value::None);
                    match &p {
                        Value::Str(s) => s.as_str().as_bytes().to_vec(),
                        b => with_bytes(b, <[u8]>::to_vec).ok_or_else(|| {
                            type_error(format!(
                                "a bytes-like object is required, not '{}'",
                                other.kind_name()
                            ))
                        })?,
                    }
                }
            };
            // SAFETY: storage is large enough for a sockaddr_un.
            let sun = unsafe { &mut *(sa.as_mut_ptr() as *mut libc::sockaddr_un) };
            if path.len() >= sun.sun_path.len() {
                return Err(builtin_error(ExcKind::OSError, "AF_UNIX path too long"));
            }
            sun.sun_family = libc::AF_UNIX as libc::sa_family_t;
            for (dst, src) in sun.sun_path.iter_mut().zip(&path) {
                *dst = *src as libc::c_char;
            }
            let base = size_of::<libc::sa_family_t>();
            sa.len = (base + path.len() + usize::from(path.first() != Some(&0))) as libc::socklen_t;
        }
        _ => {
            return Err(crate::runtime::error::builtin_error(
                crate::runtime::types::ExcKind::OSError,
                "address family not supported",
            ))
        }
    }
    Ok(sa)
}

fn ip_text(family: i32, bytes: &[u8]) -> String {
    if family == libc::AF_INET {
        std::net::Ipv4Addr::new(bytes[0], bytes[1], bytes[2], bytes[3]).to_string()
    } else {
        let mut b = [0u8; 16];
        b.copy_from_slice(bytes);
        std::net::Ipv6Addr::from(b).to_string()
    }
}

/// The Python address of a C one.
pub fn from_sockaddr(t: &crate::runtime::types::Types, sa: &SockAddr) -> Value {
    match sa.storage.ss_family as i32 {
        libc::AF_INET => {
            // SAFETY: the family says this storage holds a sockaddr_in.
            let sin = unsafe { &*(sa.as_ptr() as *const libc::sockaddr_in) };
            Value::tuple(vec![
                Value::from_string(ip_text(libc::AF_INET, &ip_bytes(sa))),
                Value::Int(u16::from_be(sin.sin_port) as i64),
            ])
        }
        libc::AF_INET6 => {
            // SAFETY: the family says this storage holds a sockaddr_in6.
            let sin6 = unsafe { &*(sa.as_ptr() as *const libc::sockaddr_in6) };
            Value::tuple(vec![
                Value::from_string(ip_text(libc::AF_INET6, &ip_bytes(sa))),
                Value::Int(u16::from_be(sin6.sin6_port) as i64),
                Value::Int(u32::from_be(sin6.sin6_flowinfo) as i64),
                Value::Int(sin6.sin6_scope_id as i64),
            ])
        }
        libc::AF_UNIX => {
            // SAFETY: the family says this storage holds a sockaddr_un.
            let sun = unsafe { &*(sa.as_ptr() as *const libc::sockaddr_un) };
            let base = size_of::<libc::sa_family_t>();
            let n = (sa.len as usize)
                .saturating_sub(base)
                .min(sun.sun_path.len());
            let raw: Vec<u8> = sun.sun_path[..n].iter().map(|c| *c as u8).collect();
            if raw.first() == Some(&0) {
                return bytes_value(t, &raw);
            }
            let end = raw.iter().position(|b| *b == 0).unwrap_or(raw.len());
            Value::from_string(String::from_utf8_lossy(&raw[..end]).into_owned())
        }
        _ => Value::None,
    }
}

/// One getaddrinfo answer: family, type, proto, canonname, address.
pub type AddrInfo = (i32, i32, i32, String, SockAddr);

/// The C library's getaddrinfo; its error is an OSError(code, text) for the Python half
/// to raise as socket.gaierror.
pub fn resolve(
    host: Option<&str>,
    port: Option<&str>,
    family: i32,
    socktype: i32,
    proto: i32,
    flags: i32,
) -> PyResult<Vec<AddrInfo>> {
    let host_c = host.map(|h| CString::new(h).unwrap_or_default());
    let port_c = port.map(|p| CString::new(p).unwrap_or_default());
    // SAFETY: addrinfo is plain data; the hints are zeroed then filled.
    let mut hints: libc::addrinfo = unsafe { zeroed() };
    hints.ai_family = family;
    hints.ai_socktype = socktype;
    hints.ai_protocol = proto;
    hints.ai_flags = flags;
    let mut res: *mut libc::addrinfo = std::ptr::null_mut();
    // SAFETY: the strings are NUL-terminated or null; `res` receives a list we free.
    let rc = unsafe {
        libc::getaddrinfo(
            host_c.as_ref().map_or(std::ptr::null(), |c| c.as_ptr()),
            port_c.as_ref().map_or(std::ptr::null(), |c| c.as_ptr()),
            &hints,
            &mut res,
        )
    };
    if rc != 0 {
        return Err(gai_error(rc));
    }
    let mut out = Vec::new();
    let mut cur = res;
    while !cur.is_null() {
        // SAFETY: `cur` walks the list getaddrinfo returned.
        let ai = unsafe { &*cur };
        let mut sa = SockAddr::empty();
        let n = (ai.ai_addrlen as usize).min(size_of::<libc::sockaddr_storage>());
        // SAFETY: ai_addr points at ai_addrlen bytes; we copy at most the storage's size.
        unsafe {
            std::ptr::copy_nonoverlapping(ai.ai_addr.cast::<u8>(), sa.as_mut_ptr().cast::<u8>(), n)
        };
        sa.len = n as libc::socklen_t;
        let canon = if ai.ai_canonname.is_null() {
            String::new()
        } else {
            // SAFETY: a non-null canonname is NUL-terminated.
            unsafe { CStr::from_ptr(ai.ai_canonname) }
                .to_string_lossy()
                .into_owned()
        };
        out.push((ai.ai_family, ai.ai_socktype, ai.ai_protocol, canon, sa));
        cur = ai.ai_next;
    }
    // SAFETY: `res` came from getaddrinfo.
    unsafe { libc::freeaddrinfo(res) };
    Ok(out)
}
