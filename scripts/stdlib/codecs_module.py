# codecs: lookup and CodecInfo, encode/decode, incremental codecs split mid-character,
# stream readers/writers, the bytes transforms, error handlers.
import codecs
import io


def show(f, *args, **kw):
    try:
        print(repr(f(*args, **kw)))
    except Exception as e:
        print(type(e).__name__ + ':', e)


for name in ['utf-8', 'UTF8', 'utf_8', 'U8', 'latin-1', 'Latin1', 'iso-8859-1', 'ascii',
             'US-ASCII', 'utf-16', 'utf-16-le', 'UTF-16BE', 'utf-8-sig', 'hex', 'base64',
             'rot13', 'zlib']:
    info = codecs.lookup(name)
    print(repr(name), info.name, isinstance(info, tuple), len(info))
show(codecs.lookup, 'no-such-codec')
show(codecs.lookup, 5)
print(codecs.encode('héllo', 'utf-8'), codecs.encode('héllo', 'latin-1'), codecs.encode('hi'))
print(codecs.decode(b'h\xc3\xa9', 'utf-8'), codecs.decode(b'h\xe9', 'latin1'))
print(codecs.encode(b'\x00\xffab', 'hex'), codecs.decode(b'00ff', 'hex'))
print(codecs.encode(b'data', 'base64'), codecs.decode(b'ZGF0YQ==\n', 'base64'))
print(codecs.encode('Hello, World!', 'rot13'), codecs.decode('Uryyb', 'rot_13'))
print(codecs.decode(codecs.encode(b'zzzz' * 10, 'zlib'), 'zlib'))
print(codecs.encode('é', 'ascii', 'replace'), codecs.encode('é', 'ascii', 'ignore'),
      codecs.encode('é€', 'ascii', 'xmlcharrefreplace'), codecs.encode('é€', 'ascii', 'backslashreplace'))
print(codecs.decode(b'a\xffb', 'utf-8', 'replace'), codecs.decode(b'a\xffb', 'utf-8', 'ignore'),
      codecs.decode(b'a\xffb', 'utf-8', 'backslashreplace'))
show(codecs.encode, 'é', 'ascii')
show(codecs.decode, b'\xff', 'utf-8')
print(codecs.getencoder('utf-8')('ab'), codecs.getdecoder('latin-1')(b'ab'))
dec = codecs.getincrementaldecoder('utf-8')()
data = 'a€😀b'.encode('utf-8')
print([dec.decode(data[i:i + 1]) for i in range(len(data))], repr(dec.decode(b'', final=True)))
dec = codecs.getincrementaldecoder('utf-8')()
print(repr(dec.decode(b'\xe2\x82')), dec.getstate())
show(dec.decode, b'', True)
dec.reset()
print(dec.getstate())
enc = codecs.getincrementalencoder('utf-8')()
print(enc.encode('é'), enc.encode('x', final=True))
print(list(codecs.iterdecode([b'\xc3', b'\xa9', b'x'], 'utf-8')),
      list(codecs.iterencode(['a', 'é'], 'latin-1')))
raw = io.BytesIO()
w = codecs.getwriter('utf-8')(raw)
w.write('héllo\n')
w.writelines(['a\n', 'b\n'])
print(raw.getvalue())
r = codecs.getreader('utf-8')(io.BytesIO(raw.getvalue()))
print(repr(r.readline()), repr(r.read()))
r = codecs.getreader('latin-1')(io.BytesIO(b'x\xe9\ny\n'))
print(list(r))
print(codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_LE,
      codecs.BOM_UTF32_BE, codecs.BOM == codecs.BOM_UTF16)
print(codecs.lookup_error('strict').__name__, codecs.lookup_error('replace').__name__)
show(codecs.lookup_error, 'nope')
def stars(exc):
    return ('*', 1)


codecs.register_error('stars', stars)
print(codecs.lookup_error('stars') is stars)
show(codecs.register_error, 'x', 5)


def search(name):
    if name == 'my_codec':
        return codecs.CodecInfo(lambda s, errors='strict': (s.upper().encode(), len(s)),
                                lambda b, errors='strict': (b.decode().lower(), len(b)),
                                name='my-codec')
    return None


codecs.register(search)
print(codecs.encode('abc', 'my-codec'), codecs.decode(b'XYZ', 'My_Codec'), codecs.lookup('my codec').name)
print(codecs.escape_decode(b'a\\n\\x41\\101\\\\')[0], codecs.escape_encode(b'a\n\x00')[0])
