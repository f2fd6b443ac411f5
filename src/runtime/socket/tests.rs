//! The `_socket` natives through real scripts: address conversions both ways for each
//! family, timeouts, and the OSError subclasses system calls fail with.

use crate::interpreter::{run_asserting_script, Interpreter};

fn run(src: &str) {
    run_asserting_script(&mut Interpreter::new(), src);
}

#[test]
fn addresses_round_trip_for_each_family() {
    run(r#"
import _socket as s
fd = s.socket(s.AF_INET, s.SOCK_DGRAM, 0)
s.bind(fd, s.AF_INET, ('127.0.0.1', 0))
host, port = s.getsockname(fd)
assert host == '127.0.0.1' and 0 < port < 65536
s.close(fd)
fd = s.socket(s.AF_INET6, s.SOCK_DGRAM, 0)
s.bind(fd, s.AF_INET6, ('::1', 0))
addr = s.getsockname(fd)
assert addr[0] == '::1' and len(addr) == 4 and addr[2:] == (0, 0)
s.close(fd)
path = '/tmp/coro-socket-unit-%d' % __import__('os').getpid()
fd = s.socket(s.AF_UNIX, s.SOCK_STREAM, 0)
s.bind(fd, s.AF_UNIX, path)
assert s.getsockname(fd) == path
s.close(fd)
__import__('os').unlink(path)
fd = s.socket(s.AF_UNIX, s.SOCK_STREAM, 0)
assert s.getsockname(fd) == ''
s.close(fd)
assert s.inet_pton(s.AF_INET, '1.2.3.4') == b'\x01\x02\x03\x04'
assert s.inet_ntop(s.AF_INET6, bytes(15) + b'\x01') == '::1'
"#);
}

#[test]
fn bad_addresses_and_calls_raise_as_cpython() {
    run(r#"
import _socket as s
fd = s.socket(s.AF_INET, s.SOCK_STREAM, 0)
def message(f):
    try:
        f()
    except (TypeError, OverflowError, OSError) as e:
        return type(e).__name__ + ': ' + str(e)
assert message(lambda: s.bind(fd, s.AF_INET, 'x')) == 'TypeError: bind(): AF_INET address must be tuple, not str'
assert message(lambda: s.bind(fd, s.AF_INET, ('127.0.0.1', 70000))) == 'OverflowError: bind(): port must be 0-65535.'
# A port bound but not listening refuses connections, whatever else runs on the machine.
closed = s.socket(s.AF_INET, s.SOCK_STREAM, 0)
s.bind(closed, s.AF_INET, ('127.0.0.1', 0))
port = s.getsockname(closed)[1]
assert message(lambda: s.connect(fd, s.AF_INET, ('127.0.0.1', port), None)).startswith('ConnectionRefusedError: [Errno 111]')
s.close(closed)
s.close(fd)
assert message(lambda: s.recv(fd, 1, 0, None)) == 'OSError: [Errno 9] Bad file descriptor'
"#);
}

#[test]
fn a_positive_timeout_raises_timeout_error() {
    run(r#"
import _socket as s
a, b = s.socketpair(s.AF_UNIX, s.SOCK_STREAM, 0)
s.set_blocking(a, False)
try:
    s.recv(a, 1, 0, 0.01)
    assert False
except TimeoutError as e:
    assert str(e) == 'timed out'
try:
    s.recv(a, 1, 0, 0.0)
    assert False
except BlockingIOError as e:
    assert e.errno == 11
s.send(b, b'xy', 0, None)
assert s.recv(a, 10, 0, 0.5) == b'xy'
s.close(a)
s.close(b)
"#);
}
