# The OSError hierarchy, OSError's constructor and str(), and the errno module.
import errno

for cls in [BlockingIOError, ChildProcessError, ConnectionError, BrokenPipeError,
            ConnectionAbortedError, ConnectionRefusedError, ConnectionResetError,
            FileExistsError, FileNotFoundError, InterruptedError, IsADirectoryError,
            NotADirectoryError, PermissionError, ProcessLookupError, TimeoutError]:
    print(cls.__name__, [b.__name__ for b in cls.__mro__])

print(EnvironmentError is OSError, IOError is OSError)

# The errno picks the subclass.
for n in [errno.ENOENT, errno.EEXIST, errno.EACCES, errno.EPERM, errno.EISDIR,
          errno.ENOTDIR, errno.EPIPE, errno.ECONNRESET, errno.ECONNREFUSED,
          errno.ECONNABORTED, errno.EAGAIN, errno.EINTR, errno.ESRCH, errno.ECHILD,
          errno.ETIMEDOUT, errno.EINVAL]:
    e = OSError(n, "text")
    print(n, errno.errorcode[n], type(e).__name__)

e = OSError(2, 'No such file or directory', 'x.txt')
print(type(e).__name__, e.errno, e.strerror, e.filename, e.filename2)
print(str(e))
print(repr(e), e.args)

e = OSError(2, 'msg', 'a', None, 'b')
print(str(e), e.args, e.filename2)

e = OSError(2, 'msg', None)
print(str(e), e.args, e.filename)

e = OSError(None, None)
print(str(e), e.args)

e = OSError(None, 'x', 'f')
print(str(e), repr(e))

e = OSError(2)
print(type(e).__name__, str(e), e.errno, e.args)

e = OSError('a', 'b', 'c', 'd', 'e', 'f')
print(type(e).__name__, str(e), e.errno)

e = OSError()
print(repr(str(e)), e.errno, e.strerror, e.filename)

# A subclass keeps its own class whatever the errno.
e = FileNotFoundError(13, 'x')
print(type(e).__name__, e.errno)

# Attributes can change and str() follows them.
e = OSError(2, 'x')
e.errno = 5
print(e, e.args)
e = OSError('plain')
e.errno = 7
e.strerror = 'seven'
print(e)

# A subclass overriding __init__ parses its arguments there.
class MyError(OSError):
    def __init__(self, *args):
        print('init', args)
        super().__init__(*args)

e = MyError(2, 'x', 'f')
print(type(e).__name__, e.args, e.filename, str(e))

try:
    raise FileNotFoundError(errno.ENOENT, 'No such file or directory', 'data.txt')
except OSError as err:
    print('caught', type(err).__name__, err)

try:
    OSError(1, 2, x=3)
except TypeError as err:
    print(err)

print(errno.ENOENT, errno.EEXIST, errno.EWOULDBLOCK == errno.EAGAIN)
print(errno.errorcode[errno.EAGAIN], errno.errorcode[errno.ENOENT])
print(isinstance(errno.errorcode, dict), len(errno.errorcode) > 30)
