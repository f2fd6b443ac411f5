# UTF-16 text files: with a byte-order mark (utf-16) or a fixed byte order (utf-16-le,
# utf-16-be), universal newlines in 2-byte units, characters outside the BMP, and what
# does not decode. Runs in a temporary copy of this folder, so it may write files.

text = 'first line\r\nsecond é\rthird 😀\nlast'
with open('bom.txt', 'w', encoding='utf-16') as f:
    print(repr(f), f.write(text))
with open('bom.txt', 'rb') as f:
    data = f.read()
print(data[:6], len(data))
with open('bom.txt', encoding='utf-16') as f:
    print(f.readlines())
with open('bom.txt', encoding='utf-16', newline='') as f:
    print(repr(f.readline()), repr(f.read(7)), repr(f.readline(3)), repr(f.read()))

for name in ['utf-16-le', 'utf-16-be']:
    with open(name + '.txt', 'w', encoding=name) as f:
        f.write('ab\nc€\n')
    with open(name + '.txt', 'rb') as f:
        print(name, f.read())
    with open(name + '.txt', encoding=name) as f:
        print(list(f))

with open('be_bom.txt', 'wb') as f:
    f.write(b'\xfe\xff\x00h\x00i\x00\n')
with open('be_bom.txt', encoding='utf-16') as f:
    print(repr(f.read()))

def read_back(name, data, **options):
    with open(name, 'wb') as f:
        f.write(data)
    try:
        with open(name, encoding='utf-16-le', **options) as f:
            print(repr(f.read()))
    except UnicodeDecodeError as e:
        print(type(e).__name__, e)


read_back('odd.txt', b'a\x00b')
read_back('odd.txt', b'a\x00b', errors='replace')
read_back('lone.txt', b'\x00\xdcx\x00')
read_back('lone.txt', b'\x00\xdcx\x00', errors='ignore')
