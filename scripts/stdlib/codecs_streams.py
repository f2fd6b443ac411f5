# codecs' stream and incremental classes: readers over split sequences, readline with
# and without keepends, writers, StreamReaderWriter, StreamRecoder, EncodedFile,
# BOM constants, CodecInfo as a tuple.
import codecs
import io

print(codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)
print(codecs.BOM == codecs.BOM_UTF16, codecs.BOM_LE, codecs.BOM_BE, codecs.BOM32_LE, codecs.BOM64_BE, codecs.BOM_UTF32 in (codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE))
info = codecs.lookup('utf-8')
enc, dec, reader, writer = info
print(info.name, enc('hé'), dec(b'h\xc3\xa9'), reader.__name__, writer.__name__, len(info), isinstance(info, tuple))
ci = codecs.CodecInfo(str.upper, str.lower, name='mine')
print(ci.name, ci.incrementalencoder, ci.streamreader, ci[0] is str.upper, ci._is_text_encoding,
      codecs.CodecInfo(None, None, _is_text_encoding=False)._is_text_encoding, repr(ci).split(' at ')[0])

text = 'first line\nsecond é line\r\nthird ✓\n\nlast'
for encoding in ('utf-8', 'latin-1'):
    data = text.encode(encoding, 'replace')
    r = codecs.getreader(encoding)(io.BytesIO(data))
    print(encoding, [r.readline() for _ in range(3)], r.readline(keepends=False), repr(r.read()), repr(r.readline()))
    r = codecs.getreader(encoding)(io.BytesIO(data))
    print(' ', r.read(5), r.read(chars=3), r.readlines()[:2], r.read())
    r = codecs.getreader(encoding)(io.BytesIO(data))
    print(' ', list(r)[-2:], r.bytebuffer, repr(r.charbuffer))
    r = codecs.getreader(encoding)(io.BytesIO(data))
    print(' ', r.readlines(keepends=False))
    r.seek(0)
    print(' ', r.read(4), r.tell() >= 0)
for data in (b'ok\n\xff bad\n', b'ok\nfine\n\xff bad\n'):
    r = codecs.getreader('utf-8')(io.BytesIO(data))
    for _ in range(2):
        try:
            print(repr(r.readline()))
        except UnicodeDecodeError as e:
            print('UnicodeDecodeError', e.start, e.reason)
r = codecs.getreader('utf-8')(io.BytesIO(b'a\xffb'), errors='replace')
print(repr(r.read()))
r = codecs.getreader('utf-8')(io.BytesIO('x€y'.encode()))
print(repr(r.read(1)), repr(r.read(1)), repr(r.read()))

out = io.BytesIO()
w = codecs.getwriter('latin-1')(out)
w.write('ab')
w.writelines(['c', 'dé'])
print(out.getvalue(), w.getvalue() == out.getvalue(), w.errors)
w.seek(0)
w.write('Z')
print(out.getvalue()[:2])
with codecs.getwriter('ascii')(io.BytesIO(), errors='xmlcharrefreplace') as w2:
    w2.write('é')
    print(w2.getvalue())
print(w2.closed)

buf = io.BytesIO()
rw = codecs.StreamReaderWriter(buf, codecs.getreader('utf-8'), codecs.getwriter('utf-8'))
rw.write('one\n')
rw.writelines(['two\n', 'three'])
rw.seek(0)
print(rw.readline(), rw.readlines(), rw.encoding, rw.errors)
rw.seek(0)
print(list(rw), rw.read())
rw.reset()

raw = io.BytesIO('grüße\n'.encode('latin-1'))
rec = codecs.StreamRecoder(raw, codecs.getencoder('utf-8'), codecs.getdecoder('utf-8'),
                           codecs.getreader('latin-1'), codecs.getwriter('latin-1'))
print(rec.read(), rec.data_encoding, rec.file_encoding)
rec.write('ü'.encode('utf-8'))
print(raw.getvalue())
ef = codecs.EncodedFile(io.BytesIO('zoë'.encode('latin-1')), 'utf-8', 'latin-1')
print(ef.read(), ef.data_encoding, ef.file_encoding)

inc = codecs.getincrementaldecoder('utf-8')()
print([inc.decode(bytes([b])) for b in 'é€'.encode()], inc.decode(b'', final=True), inc.getstate())
inc.decode(b'\xe2\x82')
print(inc.getstate(), inc.decode(b'\xac'))
inc.decode(b'\xe2')
state = inc.getstate()
inc.reset()
print(inc.getstate())
inc.setstate(state)
print(repr(inc.decode(b'\x82\xac')))
try:
    codecs.getincrementaldecoder('utf-8')().decode(b'\xe2\x82', final=True)
except UnicodeDecodeError as e:
    print('UnicodeDecodeError', e.reason)
ienc = codecs.getincrementalencoder('utf-8')()
print(ienc.encode('a'), ienc.encode('é'), ienc.encode('', final=True))
print(list(codecs.iterencode(['a', '', 'é'], 'utf-8')), list(codecs.iterdecode([b'\xc3', b'\xa9', b'x'], 'utf-8')))


class Upper(codecs.BufferedIncrementalEncoder):
    def _buffer_encode(self, input, errors, final):
        # keep a trailing '-' until more comes
        if input.endswith('-') and not final:
            return input[:-1].upper().encode(), len(input) - 1
        return input.upper().encode(), len(input)


u = Upper()
print(u.encode('ab-'), u.getstate(), u.encode('c'), u.encode('x-'), u.encode('', True), u.getstate())
u.setstate('q')
print(u.buffer, u.encode('', True))
u.reset()
print(repr(u.buffer), u.errors)


class Pairs(codecs.BufferedIncrementalDecoder):
    def _buffer_decode(self, input, errors, final):
        n = len(input) // 2 * 2
        return input[:n].decode('ascii'), n


p = Pairs()
print(p.decode(b'abc'), p.getstate(), p.decode(b'd'), p.getstate())
p.setstate((b'z', 0))
print(p.buffer)
p.reset()
print(p.buffer, p.errors)
base_e, base_d = codecs.IncrementalEncoder(), codecs.IncrementalDecoder('ignore')
print(base_e.getstate(), base_e.buffer, base_d.getstate(), base_d.errors, base_e.reset(), base_d.setstate(1))
for f in (lambda: base_e.encode('x'), lambda: base_d.decode(b'x'), lambda: codecs.Codec().encode('x'),
          lambda: codecs.StreamReader(io.BytesIO(b'x')).read()):
    try:
        f()
    except NotImplementedError:
        print('NotImplementedError')
