# UnicodeEncodeError/DecodeError/TranslateError: checked arguments, the attributes codecs
# set and handlers read or change, and the message made from them.
for f in ['UnicodeEncodeError("ascii")', 'UnicodeEncodeError(1, "x", 0, 1, "r")', 'UnicodeDecodeError("a", "s", 0, 1, "r")', 'UnicodeDecodeError("a", bytearray(b"xy"), 0, 2, "r")', 'UnicodeTranslateError("x", 0, 1)', 'UnicodeEncodeError("ascii", "abc", 1.0, 2, "r")', 'UnicodeEncodeError("ascii", "abc", 5, 6, "r")', 'UnicodeDecodeError("utf-8", b"ab", 0, 1, "bad")', 'UnicodeError("x")', 'UnicodeEncodeError("ascii", "abc", 1, 3, "r").args', 'UnicodeTranslateError("abc", 1, 2, "bad")', 'UnicodeEncodeError("ascii", "€", 0, 1, "r")', 'UnicodeEncodeError("ascii", "\U0001f600", 0, 1, "r")']:
    try:
        e = eval(f)
        print(repr(e), '|', str(e))
    except Exception as ex:
        print(type(ex).__name__, ex)
try:
    b'a\xffb'.decode('ascii')
except UnicodeDecodeError as e:
    print(e.encoding, e.object, e.start, e.end, e.reason, e.args)
    e.reason = 'changed'
    print(e)
try:
    'aé€'.encode('ascii')
except UnicodeEncodeError as e:
    print(e.encoding, e.object, e.start, e.end, e.reason)
    e.start = 0
    e.end = 1
    print(e)
try:
    b'\xe2\x82'.decode('utf-8')
except UnicodeError as e:
    print(type(e).__name__, e, e.start, e.end, e.reason)
print(issubclass(UnicodeTranslateError, UnicodeError), UnicodeTranslateError.__mro__[1].__name__)
class MyErr(UnicodeEncodeError):
    pass
try:
    raise MyErr('ascii', 'x', 0, 1, 'mine')
except UnicodeError as e:
    print(type(e).__name__, e, e.reason)
