//! The posix natives through real scripts: argument binding messages, path conversion,
//! and round trips through the file system in a private temporary directory.

use crate::interpreter::{run_asserting_script, Interpreter};

fn run(src: &str) {
    let mut interp = Interpreter::new();
    run_asserting_script(&mut interp, src);
}

#[test]
fn arguments_are_bound_with_cpython_messages() {
    run(r#"
import posix
def message(f):
    try:
        f()
    except TypeError as e:
        return str(e)
assert message(lambda: posix.mkdir()) == "mkdir() missing required argument 'path' (pos 1)"
assert message(lambda: posix.mkdir('a', 1, 2)) == "mkdir() takes at most 2 positional arguments (3 given)"
assert message(lambda: posix.rmdir('a', 'b')) == "rmdir() takes exactly 1 positional argument (2 given)"
assert message(lambda: posix.listdir('a', 'b')) == "listdir() takes at most 1 argument (2 given)"
assert message(lambda: posix.mkdir('a', path='b')) == "argument for mkdir() given by name ('path') and position (1)"
assert message(lambda: posix.mkdir(path='x', foo=1)) == "'foo' is an invalid keyword argument for mkdir()"
assert message(lambda: posix.stat(1.5)) == "stat: path should be string, bytes, os.PathLike or integer, not float"
"#);
}

#[test]
fn files_round_trip_through_descriptors() {
    run(r#"
import posix
d = '/tmp/coro-posix-test-%d' % posix.getpid()
posix.mkdir(d)
name = d + '/f'
fd = posix.open(name, posix.O_WRONLY | posix.O_CREAT, 0o644)
assert posix.write(fd, b'hello') == 5
posix.close(fd)
assert posix.stat(name).st_size == 5
assert posix.listdir(d) == ['f']
assert posix.listdir(d.encode()) == [b'f']
fd = posix.open(name, posix.O_RDONLY)
assert posix.read(fd, 3) == b'hel'
posix.close(fd)
posix.rename(name, d + '/g')
assert posix.access(d + '/g', posix.R_OK)
posix.unlink(d + '/g')
posix.rmdir(d)
assert not posix.access(d, posix.F_OK)
"#);
}

#[test]
fn environ_changes_reach_the_process_environment() {
    // Child processes inherit the real environment, so os.environ must write through.
    run(r#"
import os
os.environ['CORO_OS_UNIT_SET'] = 'yes'
os.environ['CORO_OS_UNIT_DEL'] = 'soon gone'
del os.environ['CORO_OS_UNIT_DEL']
"#);
    assert_eq!(std::env::var("CORO_OS_UNIT_SET").as_deref(), Ok("yes"));
    assert!(std::env::var("CORO_OS_UNIT_DEL").is_err());
}

#[test]
fn os_errors_carry_errno_and_filenames() {
    run(r#"
import os
try:
    os.rename('/nonexistent-coro-a', '/nonexistent-coro-b')
    assert False
except FileNotFoundError as e:
    assert e.errno == 2 and e.filename == '/nonexistent-coro-a' and e.filename2 == '/nonexistent-coro-b'
    assert str(e) == "[Errno 2] No such file or directory: '/nonexistent-coro-a' -> '/nonexistent-coro-b'"
"#);
}

#[test]
fn options_coro_lacks_are_refused_not_ignored() {
    run(r#"
import os
for call in [lambda: os.stat('.', dir_fd=3), lambda: os.rename('a', 'b', src_dir_fd=3),
             lambda: os.chmod('.', 0o755, follow_symlinks=False),
             lambda: os.access('.', os.F_OK, effective_ids=True)]:
    try:
        call()
        assert False
    except NotImplementedError as e:
        assert str(e).endswith('unavailable on this platform'), str(e)
assert os.stat('.', dir_fd=None).st_mode == os.stat('.').st_mode
"#);
}
