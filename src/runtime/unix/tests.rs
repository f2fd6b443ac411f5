//! The raw calls through Python, as the pylib modules use them.

use crate::runtime::pylib::tests::run;

#[test]
fn mmap_calls_check_their_ranges() {
    run(r#"
import _mmap
a = _mmap.map(-1, 16, _mmap.MAP_PRIVATE | _mmap.MAP_ANONYMOUS, _mmap.PROT_READ | _mmap.PROT_WRITE, 0)
_mmap.write(a, 2, b"hi")
assert _mmap.read(a, 0, 5) == b"\0\0hi\0"
for bad in [(a, 10, 20), (a + 1, 0, 1), (a, -1, 2), (a, -2**63, 5), (a, 5, 2**63 - 1)]:
    try:
        _mmap.read(*bad)
        assert False, bad
    except ValueError:
        pass
a = _mmap.remap(a, 8192)
_mmap.move(a, 0, 2, 2)
assert _mmap.read(a, 0, 2) == b"hi"
_mmap.unmap(a)
try:
    _mmap.read(a, 0, 1)
    assert False
except ValueError:
    pass
"#);
}

#[test]
fn resource_and_terminal_calls() {
    run(r#"
import _resource, _termios, _fcntl, os
soft, hard = _resource.getrlimit(_resource.RLIMIT_NOFILE)
assert soft > 0 and len(_resource.getrusage(_resource.RUSAGE_SELF)) == 16
master, slave = _termios.openpty()
attrs = _termios.tcgetattr(slave)
assert len(attrs) == 7 and len(attrs[6]) == _termios.NCCS
_termios.tcsetattr(slave, _termios.TCSANOW, *attrs[:6], bytes(c if isinstance(c, int) else c[0] for c in attrs[6]))
assert _fcntl.fcntl(master, _fcntl.F_GETFD, 0) & _fcntl.FD_CLOEXEC
os.close(master); os.close(slave)
"#);
}
