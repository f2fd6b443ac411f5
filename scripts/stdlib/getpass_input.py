# getpass's fallback reading: the prompt (converted to str, replaced where the stream's
# encoding cannot show it), one line without its newline, EOFError at the end, and
# getuser's environment variables in their order.
import getpass
import io
import os
import warnings

out = io.StringIO()
print(repr(getpass._raw_input('P: ', out, io.StringIO('pw\r\nnext'))), repr(out.getvalue()))
print(repr(getpass._raw_input(5, out, io.StringIO('x'))), repr(out.getvalue()))
print(repr(getpass._raw_input('', out, io.StringIO('\n'))))
try:
    getpass._raw_input('', out, io.StringIO(''))
except EOFError as e:
    print('EOFError', repr(e))


class Ascii(io.StringIO):
    encoding = 'ascii'

    def write(self, text):
        text.encode('ascii')
        return super().write(text)


narrow = Ascii()
print(repr(getpass._raw_input('pé: ', narrow, io.StringIO('a\n'))), repr(narrow.getvalue()))
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    stream = io.StringIO()
    import sys
    saved, sys.stdin = sys.stdin, io.StringIO('secret\n')
    try:
        print(getpass.fallback_getpass(stream=stream))
    finally:
        sys.stdin = saved
print(repr(stream.getvalue()), [str(w.message) for w in caught], caught[0].category.__name__)
print(getpass.GetPassWarning.__doc__, getpass.GetPassWarning.__mro__[1].__name__)
for name in ('LOGNAME', 'USER', 'LNAME', 'USERNAME'):
    os.environ.pop(name, None)
os.environ['USERNAME'] = 'fourth'
print(getpass.getuser())
os.environ['LNAME'] = ''
print(getpass.getuser())
os.environ['USER'] = 'second'
print(getpass.getuser())
os.environ['LOGNAME'] = 'first'
print(getpass.getuser())
