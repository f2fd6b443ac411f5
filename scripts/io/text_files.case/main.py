# open() in text mode: writing and reading back, universal newlines, newline=,
# readline(n), read(n), seek/tell, append, exclusive create, r+/w+, encodings and errors=,
# reprs, closed files. Runs in a temporary copy of this folder, so it may write files.

f = open('notes.txt', 'w')
print(repr(f))
print(f.mode, f.name, f.encoding, f.errors, f.closed, f.readable(), f.writable(), f.seekable())
print(f.write('hello\nworld\r\nthird\rlast'))
f.writelines(['', ' line'])
f.close()
print(f.closed, repr(f))

with open('notes.txt') as f:
    print(f.readlines())
with open('notes.txt', newline='') as f:
    print(list(f))
with open('notes.txt', newline='\r') as f:
    print(f.readlines())
with open('notes.txt', 'rt', newline='\n') as f:
    print(f.read().split('\n'))

with open('notes.txt') as f:
    print(repr(f.read(3)), repr(f.readline()), f.tell())
    print(repr(f.readline(2)), repr(f.readline(100)), repr(f.read()))
    print(repr(f.read()), repr(f.readline()))
    f.seek(0)
    print(repr(f.readline()), f.tell())

with open('notes.txt') as f:
    for number, line in enumerate(f, 1):
        print(number, repr(line))

# Appending, and writing translated newlines.
with open('notes.txt', 'a') as f:
    print(f.tell())
    f.write('\nappended\n')
with open('crlf.txt', 'w', newline='\r\n') as f:
    f.write('one\ntwo\n')
with open('crlf.txt', 'rb') as f:
    print(f.read())
with open('notes.txt') as f:
    print(f.read().splitlines()[-2:])

# 'x' creates, and fails when the file exists.
with open('new.txt', 'x') as f:
    f.write('fresh')
try:
    open('new.txt', 'x')
except FileExistsError as e:
    print(type(e).__name__, e.errno, e.filename, e)

# Read and write in one file.
with open('new.txt', 'r+') as f:
    print(f.read())
    f.write(' and more')
    f.seek(0)
    print(f.read())
    f.seek(0)
    f.truncate(5)
    print(repr(f.read()))
with open('rw.txt', 'w+') as f:
    f.write('abc\ndef\n')
    f.seek(0)
    print(f.readlines(), f.tell())

# Encodings.
with open('latin.txt', 'w', encoding='latin-1') as f:
    print(repr(f), f.encoding)
    f.write('café naïve')
with open('latin.txt', 'rb') as f:
    print(f.read())
with open('latin.txt', encoding='latin-1') as f:
    print(f.read())
try:
    with open('latin.txt') as f:
        f.read()
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
with open('latin.txt', errors='replace') as f:
    print(f.read())
with open('latin.txt', errors='ignore') as f:
    print(f.read())
try:
    with open('ascii.txt', 'w', encoding='ascii') as f:
        f.write('naïve')
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
with open('sig.txt', 'w', encoding='utf-8-sig') as f:
    f.write('bom\n')
with open('sig.txt', 'rb') as f:
    print(f.read())
with open('sig.txt', encoding='utf-8-sig') as f:
    print(repr(f.read()))
with open('sig.txt') as f:
    print(repr(f.read()))

# Path-like objects and file descriptors.
class Where:
    def __fspath__(self):
        return 'notes.txt'

with open(Where()) as f:
    print(f.name, f.readline(), end='')
with open('notes.txt', 'rb') as raw:
    with open(raw.fileno(), closefd=False) as f:
        print(f.name == raw.fileno(), f.readline(), end='')
    print(raw.closed)

# Errors on a closed file and on wrong arguments.
for call in [lambda: f.read(), lambda: f.write('x'), lambda: f.readline(), lambda: iter(f),
             lambda: f.seek(0), lambda: f.tell()]:
    try:
        call()
    except ValueError as e:
        print(type(e).__name__, e)
with open('notes.txt', 'w') as f:
    try:
        f.write(b'bytes')
    except TypeError as e:
        print(e)
    try:
        f.read()
    except OSError as e:
        print(type(e).__name__, e)
    try:
        f.seek(1, 1)
    except OSError as e:
        print(type(e).__name__, e)
with open('notes.txt') as f:
    try:
        f.write('x')
    except OSError as e:
        print(type(e).__name__, e)
for mode in ['rw', 'rr', 'U', 'tb', '', '+', 'q', 'r+x']:
    try:
        open('notes.txt', mode)
    except ValueError as e:
        print(repr(mode), e)
for kwargs in [{'mode': 'rb', 'encoding': 'utf-8'}, {'mode': 'rb', 'newline': ''},
               {'buffering': 0}, {'newline': 'x'}, {'encoding': 'no-such-codec'}]:
    try:
        open('notes.txt', **kwargs)
    except (ValueError, LookupError) as e:
        print(type(e).__name__, e)
for bad in [[1], 3.5]:
    try:
        open(bad)
    except TypeError as e:
        print(e)
try:
    open('.')
except IsADirectoryError as e:
    print(type(e).__name__, e)
try:
    open('missing/file.txt', 'w')
except FileNotFoundError as e:
    print(type(e).__name__, e)

# A file dropped without close() still gets what was written; print() writes to files.
f = open('dropped.txt', 'w')
f.write('kept ')
print('printed', 3, file=f, flush=True)
print('after flush', file=f)
del f
with open('dropped.txt') as f:
    print(repr(f.read()))

# .newlines: the kinds of line end read so far under universal newlines.
with open('mixed.txt', 'w', newline='') as f:
    f.write('a\r\nb\nc\rd')
with open('mixed.txt') as f:
    print(f.newlines, repr(f.readline()), f.newlines)
with open('mixed.txt', newline='\n') as f:
    f.read()
    print(f.newlines)
with open('dropped.txt') as f:
    f.read()
    print(repr(f.newlines))
