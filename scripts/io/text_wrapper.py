# io.TextIOWrapper over binary streams: a BytesIO read and written as text (encodings,
# newline translation), and sys.stdout.buffer wrapped again.
import io
import sys

raw = io.BytesIO(b'ab\r\ncd\xc3\xa9\nlast')
t = io.TextIOWrapper(raw, encoding='utf-8')
print(repr(t), t.encoding, t.buffer is raw)
print(t.readline(), t.readlines())
t.seek(0)
print(repr(t.read(4)), t.tell())

out = io.BytesIO()
w = io.TextIOWrapper(out, encoding='latin-1', newline='\r\n')
print(w.write('café\nend'))
w.flush()
print(out.getvalue())

print(io.TextIOWrapper(io.BytesIO(b'q')).encoding)

wrapped = io.TextIOWrapper(sys.stdout.buffer, encoding='utf-8', line_buffering=True)
print(repr(wrapped), wrapped.line_buffering)
wrapped.write('through the wrapper\n')
wrapped.flush()
print('after the wrapper')
