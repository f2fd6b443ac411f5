# Iterating text files by line (for, next(), list(), readlines(), readline()) across
# read-ahead chunk boundaries: mixed line ends, newline= choices, bytes that are not
# UTF-8, other codecs, and the .newlines record. Runs in a temporary copy of this folder.

def show(name, lines):
    print(name, len(lines), sum(map(len, lines)), lines[:3], lines[-3:])

# 20,000 lines of varying length: line ends land everywhere in 8 KB chunks.
with open('plain.txt', 'w') as f:
    for i in range(20000):
        f.write('x' * (i % 37) + ' caf\u00e9 ' * (i % 3) + str(i) + '\n')
with open('plain.txt') as f:
    n = total = 0
    for line in f:
        n += 1
        total += len(line)
    print(n, total, repr(line), f.newlines)
with open('plain.txt') as f:
    show('list', list(f))
with open('plain.txt') as f:
    print(repr(next(f)), repr(f.readline()), repr(next(f)), repr(f.readline(5)), repr(next(f)))
    show('rest', f.readlines())
    print(repr(f.readline()), list(f))
with open('plain.txt') as f:
    print(len(f.readlines(100)), len(f.readlines(9000)))

# Every kind of line end, with a \r\n split over a chunk boundary.
data = b'a' * 8191 + b'\r\n' + b'one\rtwo\r\nthree\nfour\r' * 500 + b'no end'
with open('mixed.txt', 'wb') as f:
    f.write(data)
for nl in (None, '', '\n', '\r', '\r\n'):
    with open('mixed.txt', newline=nl) as f:
        lines = list(f)
        print(repr(nl), len(lines), sum(map(len, lines)), [len(x) for x in lines[:2]])
        print(lines[1:4], lines[-3:])
        print(f.newlines)

# Bytes that are not UTF-8, under errors= handlers and other codecs.
with open('latin.txt', 'wb') as f:
    f.write(b'caf\xe9\nna\xefve\n' * 3000 + b'plain\n')
for enc, err in (('utf-8', 'replace'), ('utf-8', 'ignore'), ('latin-1', None),
                 ('ascii', 'backslashreplace')):
    with open('latin.txt', encoding=enc, errors=err) as f:
        lines = [line for line in f]
        show(enc + ' ' + str(err), lines)
with open('latin.txt') as f:
    try:
        for line in f:
            pass
    except UnicodeDecodeError as e:
        print(type(e).__name__, e.start, e.end, e.reason)

# A byte-order mark, UTF-16, binary files.
with open('sig.txt', 'w', encoding='utf-8-sig') as f:
    f.write('first\nsecond\n')
with open('sig.txt', encoding='utf-8-sig') as f:
    print(list(f))
with open('sig.txt') as f:
    print(list(f))
with open('wide.txt', 'w', encoding='utf-16') as f:
    f.write('one\ntwo\r\nthree')
with open('wide.txt', encoding='utf-16') as f:
    print(list(f), f.newlines)
with open('mixed.txt', 'rb') as f:
    lines = list(f)
    print(len(lines), len(lines[0]), lines[1], lines[-1])

# A closed file, and one opened for writing only.
closed = open('plain.txt')
closed.close()
writer = open('out.txt', 'w')
for attempt in (lambda: next(closed), lambda: list(closed), lambda: [x for x in closed],
                lambda: next(writer), lambda: list(writer)):
    try:
        print(attempt())
    except (ValueError, OSError) as e:
        print(type(e).__name__, e)
writer.close()
