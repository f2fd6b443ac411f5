//! The `errno` module: the C library's error numbers by name (`errno.ENOENT`) and
//! `errorcode`, the names by number. Numbers come from the platform's libc, so they are
//! the ones the OS reports and OSError carries. Not the OSError classes (see `os_error`).

use crate::runtime::dict::PyDict;
use crate::runtime::value::Value;
use crate::vm::Vm;
use std::rc::Rc;

macro_rules! errno_table {
    ($($name:ident),* $(,)?) => {
        &[$((stringify!($name), libc::$name)),*]
    };
}

/// Every errno name CPython 3.11 defines on Linux, by number; an alias comes before the
/// name `errorcode` shows for its number (EWOULDBLOCK before EAGAIN), so the later wins.
#[cfg(target_os = "linux")]
const NAMES: &[(&str, i32)] = errno_table! {
        EPERM, ENOENT, ESRCH, EINTR, EIO, ENXIO, E2BIG, ENOEXEC, EBADF, ECHILD, EWOULDBLOCK,
        EAGAIN, ENOMEM, EACCES, EFAULT, ENOTBLK, EBUSY, EEXIST, EXDEV, ENODEV, ENOTDIR,
        EISDIR, EINVAL, ENFILE, EMFILE, ENOTTY, ETXTBSY, EFBIG, ENOSPC, ESPIPE, EROFS,
        EMLINK, EPIPE, EDOM, ERANGE, EDEADLK, EDEADLOCK, ENAMETOOLONG, ENOLCK, ENOSYS,
        ENOTEMPTY, ELOOP, ENOMSG, EIDRM, ECHRNG, EL2NSYNC, EL3HLT, EL3RST, ELNRNG, EUNATCH,
        ENOCSI, EL2HLT, EBADE, EBADR, EXFULL, ENOANO, EBADRQC, EBADSLT, EBFONT, ENOSTR,
        ENODATA, ETIME, ENOSR, ENONET, ENOPKG, EREMOTE, ENOLINK, EADV, ESRMNT, ECOMM,
        EPROTO, EMULTIHOP, EDOTDOT, EBADMSG, EOVERFLOW, ENOTUNIQ, EBADFD, EREMCHG, ELIBACC,
        ELIBBAD, ELIBSCN, ELIBMAX, ELIBEXEC, EILSEQ, ERESTART, ESTRPIPE, EUSERS, ENOTSOCK,
        EDESTADDRREQ, EMSGSIZE, EPROTOTYPE, ENOPROTOOPT, EPROTONOSUPPORT, ESOCKTNOSUPPORT,
        EOPNOTSUPP, ENOTSUP, EPFNOSUPPORT, EAFNOSUPPORT, EADDRINUSE, EADDRNOTAVAIL,
        ENETDOWN, ENETUNREACH, ENETRESET, ECONNABORTED, ECONNRESET, ENOBUFS, EISCONN,
        ENOTCONN, ESHUTDOWN, ETOOMANYREFS, ETIMEDOUT, ECONNREFUSED, EHOSTDOWN, EHOSTUNREACH,
        EALREADY, EINPROGRESS, ESTALE, EUCLEAN, ENOTNAM, ENAVAIL, EISNAM, EREMOTEIO, EDQUOT,
        ENOMEDIUM, EMEDIUMTYPE, ECANCELED, ENOKEY, EKEYEXPIRED, EKEYREVOKED, EKEYREJECTED,
        EOWNERDEAD, ENOTRECOVERABLE, ERFKILL
};

/// The POSIX errno names, elsewhere.
#[cfg(not(target_os = "linux"))]
const NAMES: &[(&str, i32)] = errno_table! {
        EPERM, ENOENT, ESRCH, EINTR, EIO, ENXIO, E2BIG, ENOEXEC, EBADF, ECHILD, EDEADLK,
        ENOMEM, EACCES, EFAULT, EBUSY, EEXIST, EXDEV, ENODEV, ENOTDIR, EISDIR, EINVAL,
        ENFILE, EMFILE, ENOTTY, ETXTBSY, EFBIG, ENOSPC, ESPIPE, EROFS, EMLINK, EPIPE, EDOM,
        ERANGE, EWOULDBLOCK, EAGAIN, EINPROGRESS, EALREADY, ENOTSOCK, EDESTADDRREQ,
        EMSGSIZE, EPROTOTYPE, ENOPROTOOPT, EPROTONOSUPPORT, EOPNOTSUPP, ENOTSUP,
        EAFNOSUPPORT, EADDRINUSE, EADDRNOTAVAIL, ENETDOWN, ENETUNREACH, ENETRESET,
        ECONNABORTED, ECONNRESET, ENOBUFS, EISCONN, ENOTCONN, ETIMEDOUT, ECONNREFUSED,
        ELOOP, ENAMETOOLONG, EHOSTUNREACH, ENOTEMPTY, EDQUOT, ESTALE, ENOLCK, ENOSYS,
        EOVERFLOW, ECANCELED, EIDRM, ENOMSG, EILSEQ, EBADMSG, EMULTIHOP, ENOLINK, EPROTO,
};

pub fn module(vm: &mut Vm) -> Rc<PyDict> {
    let m = Rc::new(PyDict::new());
    let errorcode = Rc::new(PyDict::new());
    for &(name, number) in NAMES {
        m.set_by_str(name, Value::Int(number as i64));
        let set = errorcode.set_item(vm, Value::Int(number as i64), Value::str(name));
        debug_assert!(set.is_ok(), "int keys hash without Python code");
    }
    m.set_by_str("errorcode", Value::Dict(errorcode));
    m
}
