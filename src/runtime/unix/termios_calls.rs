//! `_termios`: a terminal's attributes as CPython's `termios` lists them (tcgetattr,
//! tcsetattr with the control characters as one bytes string), the line-control calls
//! (tcsendbreak, tcdrain, tcflush, tcflow), the window size, `openpty`, and the
//! constants. Not the argument checks or `termios.error` (pylib `termios.py`).

use super::{c_int, checked, int_constants, ints};
use crate::runtime::builtins::def;
use crate::runtime::bytes::with_bytes;
use crate::runtime::dict::PyDict;
use crate::runtime::error::{type_error, PyResult};
use crate::runtime::function::Args;
use crate::runtime::native::bytes_value;
use crate::runtime::os::int_arg;
use crate::runtime::value::Value;
use crate::vm::Vm;
use std::rc::Rc;

pub fn module() -> Rc<PyDict> {
    let m = Rc::new(PyDict::new());
    m.set_by_str("__name__", Value::str("_termios"));
    def(&m, "tcgetattr", tcgetattr);
    def(&m, "tcsetattr", tcsetattr);
    def(&m, "tcsendbreak", |vm, a| {
        let n = ints(vm, &a, "tcsendbreak", 2)?;
        // SAFETY: plain system call on integers.
        checked(unsafe { libc::tcsendbreak(c_int(n[0])?, c_int(n[1])?) } as i64)?;
        Ok(Value::None)
    });
    def(&m, "tcdrain", |vm, a| {
        let n = ints(vm, &a, "tcdrain", 1)?;
        // SAFETY: plain system call on an integer.
        checked(unsafe { libc::tcdrain(c_int(n[0])?) } as i64)?;
        Ok(Value::None)
    });
    def(&m, "tcflush", |vm, a| {
        let n = ints(vm, &a, "tcflush", 2)?;
        // SAFETY: plain system call on integers.
        checked(unsafe { libc::tcflush(c_int(n[0])?, c_int(n[1])?) } as i64)?;
        Ok(Value::None)
    });
    def(&m, "tcflow", |vm, a| {
        let n = ints(vm, &a, "tcflow", 2)?;
        // SAFETY: plain system call on integers.
        checked(unsafe { libc::tcflow(c_int(n[0])?, c_int(n[1])?) } as i64)?;
        Ok(Value::None)
    });
    def(&m, "tcgetwinsize", tcgetwinsize);
    def(&m, "tcsetwinsize", tcsetwinsize);
    def(&m, "openpty", openpty);
    install_constants(&m);
    m
}

/// `[iflag, oflag, cflag, lflag, ispeed, ospeed, cc]`; `cc` holds one-byte strings, but
/// VMIN and VTIME are ints when the terminal is not canonical (as CPython).
fn tcgetattr(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let fd = c_int(ints(vm, &args, "tcgetattr", 1)?[0])?;
    // SAFETY: a zeroed termios is a valid value of the plain C struct.
    let mut t: libc::termios = unsafe { std::mem::zeroed() };
    // SAFETY: `t` is a valid termios for the call to fill.
    checked(unsafe { libc::tcgetattr(fd, &mut t) } as i64)?;
    // SAFETY: reading the speeds of a filled termios.
    let (ispeed, ospeed) = unsafe { (libc::cfgetispeed(&t), libc::cfgetospeed(&t)) };
    let canonical = t.c_lflag & libc::ICANON != 0;
    let cc = (0..libc::NCCS)
        .map(|i| {
            if !canonical && (i == libc::VMIN || i == libc::VTIME) {
                Value::Int(t.c_cc[i] as i64)
            } else {
                bytes_value(vm.types(), &[t.c_cc[i]])
            }
        })
        .collect();
    Ok(Value::list(vec![
        Value::Int(t.c_iflag as i64),
        Value::Int(t.c_oflag as i64),
        Value::Int(t.c_cflag as i64),
        Value::Int(t.c_lflag as i64),
        Value::Int(ispeed as i64),
        Value::Int(ospeed as i64),
        Value::list(cc),
    ]))
}

/// `tcsetattr(fd, when, iflag, oflag, cflag, lflag, ispeed, ospeed, cc)` with `cc` a
/// bytes string of NCCS control characters.
fn tcsetattr(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    args.no_kw("tcsetattr")?;
    let pos = args.check_pos("tcsetattr", 9, 9)?;
    let mut n = [0i64; 8];
    for (slot, v) in n.iter_mut().zip(pos) {
        *slot = int_arg(vm, v)?;
    }
    let Some(cc) = with_bytes(&pos[8], <[u8]>::to_vec) else {
        return Err(type_error("tcsetattr: control characters must be bytes"));
    };
    let fd = c_int(n[0])?;
    // SAFETY: a zeroed termios is a valid value of the plain C struct.
    let mut t: libc::termios = unsafe { std::mem::zeroed() };
    // SAFETY: start from the terminal's own attributes, as CPython does.
    checked(unsafe { libc::tcgetattr(fd, &mut t) } as i64)?;
    t.c_iflag = n[2] as libc::tcflag_t;
    t.c_oflag = n[3] as libc::tcflag_t;
    t.c_cflag = n[4] as libc::tcflag_t;
    t.c_lflag = n[5] as libc::tcflag_t;
    for (slot, byte) in t.c_cc.iter_mut().zip(cc) {
        *slot = byte;
    }
    // SAFETY: setting the speeds of a valid termios, then applying it.
    unsafe {
        checked(libc::cfsetispeed(&mut t, n[6] as libc::speed_t) as i64)?;
        checked(libc::cfsetospeed(&mut t, n[7] as libc::speed_t) as i64)?;
        checked(libc::tcsetattr(fd, c_int(n[1])?, &t) as i64)?;
    }
    Ok(Value::None)
}

fn tcgetwinsize(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let fd = c_int(ints(vm, &args, "tcgetwinsize", 1)?[0])?;
    // SAFETY: a zeroed winsize is valid; TIOCGWINSZ fills it.
    let mut w: libc::winsize = unsafe { std::mem::zeroed() };
    checked(unsafe { libc::ioctl(fd, libc::TIOCGWINSZ, &mut w) } as i64)?;
    Ok(Value::tuple(vec![
        Value::Int(w.ws_row as i64),
        Value::Int(w.ws_col as i64),
    ]))
}

fn tcsetwinsize(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let n = ints(vm, &args, "tcsetwinsize", 3)?;
    let fd = c_int(n[0])?;
    // SAFETY: read the current size (keeping its pixel fields), then set rows and columns.
    let mut w: libc::winsize = unsafe { std::mem::zeroed() };
    checked(unsafe { libc::ioctl(fd, libc::TIOCGWINSZ, &mut w) } as i64)?;
    w.ws_row = u16::try_from(n[1]).map_err(|_| super::too_big())?;
    w.ws_col = u16::try_from(n[2]).map_err(|_| super::too_big())?;
    checked(unsafe { libc::ioctl(fd, libc::TIOCSWINSZ, &w) } as i64)?;
    Ok(Value::None)
}

/// `os.openpty()`: a new pseudo-terminal's (master, slave) descriptors, not inheritable.
pub fn openpty(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    ints(vm, &args, "openpty", 0)?;
    let (mut master, mut slave) = (0 as libc::c_int, 0 as libc::c_int);
    // SAFETY: the out-pointers are valid; name, termios and winsize may be null.
    let rc = unsafe {
        libc::openpty(
            &mut master,
            &mut slave,
            std::ptr::null_mut(),
            std::ptr::null(),
            std::ptr::null(),
        )
    };
    checked(rc as i64)?;
    for fd in [master, slave] {
        // SAFETY: marking our own new descriptors close-on-exec.
        unsafe { libc::fcntl(fd, libc::F_SETFD, libc::FD_CLOEXEC) };
    }
    Ok(Value::tuple(vec![
        Value::Int(master as i64),
        Value::Int(slave as i64),
    ]))
}

macro_rules! consts {
    ($($name:ident),* $(,)?) => {
        &[$((stringify!($name), libc::$name as i64)),*]
    };
}

fn install_constants(m: &PyDict) {
    int_constants(
        m,
        consts![
            B0, B50, B75, B110, B134, B150, B200, B300, B600, B1200, B1800, B2400, B4800, B9600,
            B19200, B38400, B57600, B115200, B230400, B460800, B500000, B576000, B921600, B1000000,
            B1152000, B1500000, B2000000, B2500000, B3000000, B3500000, B4000000, TCSANOW,
            TCSADRAIN, TCSAFLUSH, TCIFLUSH, TCOFLUSH, TCIOFLUSH, TCOOFF, TCOON, TCIOFF, TCION,
            IGNBRK, BRKINT, IGNPAR, PARMRK, INPCK, ISTRIP, INLCR, IGNCR, ICRNL, IUCLC, IXON, IXANY,
            IXOFF, IMAXBEL, IUTF8, OPOST, OLCUC, ONLCR, OCRNL, ONOCR, ONLRET, OFILL, OFDEL, NLDLY,
            CRDLY, TABDLY, BSDLY, VTDLY, FFDLY, NL0, NL1, CR0, CR1, CR2, CR3, TAB0, TAB1, TAB2,
            TAB3, XTABS, BS0, BS1, VT0, VT1, FF0, FF1, CSIZE, CSTOPB, CREAD, PARENB, PARODD, HUPCL,
            CLOCAL, CIBAUD, CRTSCTS, CBAUD, CBAUDEX, CS5, CS6, CS7, CS8, ISIG, ICANON, XCASE, ECHO,
            ECHOE, ECHOK, ECHONL, ECHOCTL, ECHOPRT, ECHOKE, FLUSHO, NOFLSH, TOSTOP, PENDIN, IEXTEN,
            VINTR, VQUIT, VERASE, VKILL, VEOF, VTIME, VMIN, VSWTC, VSTART, VSTOP, VSUSP, VEOL,
            VREPRINT, VDISCARD, VWERASE, VLNEXT, VEOL2, NCCS, TIOCGWINSZ, TIOCSWINSZ, TIOCGPGRP,
            TIOCSPGRP, TIOCSCTTY, TIOCNOTTY, TIOCOUTQ, TIOCSTI, TIOCMGET, TIOCMSET, TIOCMBIS,
            TIOCMBIC, TIOCEXCL, TIOCNXCL, TIOCCONS, TIOCPKT, FIONREAD, FIONBIO, FIOCLEX, FIONCLEX,
            FIOASYNC, TCGETS, TCSETS, TCSETSW, TCSETSF, TCSBRK, TCXONC, TCFLSH,
        ],
    );
}
