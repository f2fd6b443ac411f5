# csv: reading and writing rows, dialects, quoting, DictReader/DictWriter, Sniffer, errors.
import csv
import io


def show(f, *args, **kw):
    try:
        print(repr(f(*args, **kw)))
    except Exception as e:
        print(type(e).__name__ + ':', e)


rows = list(csv.reader(['a,b,c', '1,"two, too",3', '"x""y",,"multi\nline"']))
print(rows)
print(list(csv.reader(io.StringIO('a,b\r\n"q\r\nr",s\r\n\r\nlast'))))
r = csv.reader(['x;y', ' 1; 2'], delimiter=';', skipinitialspace=True)
print(next(r), r.line_num)
print(next(r), r.line_num)
show(next, r)
print(list(csv.reader(['a\\,b,c'], escapechar='\\')))
print(list(csv.reader(['"a\\"b",c'], escapechar='\\', doublequote=False)))
print(list(csv.reader(['1,"a",2.5'], quoting=csv.QUOTE_NONNUMERIC)))
show(list, csv.reader(['1,abc'], quoting=csv.QUOTE_NONNUMERIC))
print(list(csv.reader(['"a"b,c'])))
show(list, csv.reader(['"a"b,c'], strict=True))
show(list, csv.reader(['"unterminated'], strict=True))
print(list(csv.reader(['"unterminated'])))
print(list(csv.reader(['a"b,"c'], quoting=csv.QUOTE_NONE)))
show(list, csv.reader(['a\rb']))
show(list, csv.reader([b'a,b']))
print(list(csv.reader(['', 'a', ''])))
print(list(csv.reader(['a\tb'], 'excel-tab')))
print(list(csv.reader(['a,b\0c'])))

for quoting in (csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC):
    out = io.StringIO()
    w = csv.writer(out, quoting=quoting)
    n = w.writerow(['a', 'b,c', 'd"e', 1, 2.5, None, '', True, 'new\nline'])
    w.writerows([[1, 2], ['x']])
    print(quoting, n, repr(out.getvalue()))
out = io.StringIO()
w = csv.writer(out, quoting=csv.QUOTE_NONE, escapechar='\\')
w.writerow(['a,b', 'c"d', 'e\\f'])
print(repr(out.getvalue()))
out = io.StringIO()
w = csv.writer(out, lineterminator='\n', doublequote=False, escapechar='!')
w.writerow(['say "hi"', 'x!y'])
print(repr(out.getvalue()))
out = io.StringIO()
csv.writer(out).writerow([''])
csv.writer(out).writerow([])
csv.writer(out).writerow(['', ''])
print(repr(out.getvalue()))
show(csv.writer(io.StringIO(), quoting=csv.QUOTE_NONE).writerow, [''])
show(csv.writer(io.StringIO(), quoting=csv.QUOTE_NONE).writerow, ['a,b'])
show(csv.writer(io.StringIO()).writerow, 5)
show(csv.writer, 5)
out = io.StringIO()
csv.writer(out, 'unix').writerow(['a', 1])
print(repr(out.getvalue()))

# Dialect validation
for kw in [dict(delimiter=None), dict(delimiter='ab'), dict(delimiter=1),
           dict(quotechar=1), dict(quotechar='ab'), dict(quoting=9), dict(quoting='a'),
           dict(lineterminator=None), dict(lineterminator=1), dict(escapechar=''),
           dict(delimiter=''), dict(quotechar=None, quoting=csv.QUOTE_ALL)]:
    show(lambda: csv.reader([], **kw).dialect.delimiter)
d = csv.reader([], quotechar=None).dialect
print(d.quoting, d.quotechar, d.delimiter, d.doublequote, repr(d.lineterminator),
      d.escapechar, d.skipinitialspace, d.strict)


class Semi(csv.Dialect):
    delimiter = ';'
    quotechar = "'"
    lineterminator = '\n'
    quoting = csv.QUOTE_MINIMAL
    doublequote = True
    skipinitialspace = False


csv.register_dialect('semi', Semi)
print(sorted(csv.list_dialects()))
print(list(csv.reader(["a;'b;c'"], 'semi')))
print(csv.get_dialect('semi').delimiter)
csv.register_dialect('pipe', delimiter='|')
print(list(csv.reader(['a|b'], 'pipe')))
csv.unregister_dialect('pipe')
show(csv.get_dialect, 'pipe')
show(csv.unregister_dialect, 'pipe')
show(csv.register_dialect, 1)
show(csv.reader, [], 'nope')


class Bad(csv.Dialect):
    delimiter = ','


show(Bad)
show(csv.Dialect)
print(issubclass(csv.Error, Exception), csv.QUOTE_MINIMAL, csv.QUOTE_ALL,
      csv.QUOTE_NONNUMERIC, csv.QUOTE_NONE)
print(csv.excel.delimiter, repr(csv.excel_tab.delimiter), repr(csv.unix_dialect.lineterminator))
print(csv.field_size_limit())
old = csv.field_size_limit(5)
print(old, csv.field_size_limit())
show(list, csv.reader(['abcdefgh']))
csv.field_size_limit(old)
show(csv.field_size_limit, 'x')

# DictReader / DictWriter
data = 'name,age\nann,30\n\nbob,25,extra\ncy\n'
dr = csv.DictReader(io.StringIO(data), restkey='rest', restval='?')
print(dr.fieldnames)
for row in dr:
    print(row, dr.line_num)
dr = csv.DictReader(['1,2'], fieldnames=['a', 'b'])
print(list(dr), dr.fieldnames)
print(csv.DictReader([]).fieldnames)
out = io.StringIO()
dw = csv.DictWriter(out, ['name', 'age'], restval='NA')
print(dw.writeheader())
dw.writerow({'name': 'ann', 'age': 30})
dw.writerows([{'name': 'bob'}, {'age': 1}])
print(repr(out.getvalue()))
show(dw.writerow, {'name': 'x', 'zip': 1})
dw = csv.DictWriter(io.StringIO(), ['a'], extrasaction='ignore')
print(dw.writerow({'a': 1, 'b': 2}))
show(csv.DictWriter, io.StringIO(), ['a'], extrasaction='bad')

# Sniffer
s = csv.Sniffer()
for sample in ['a;b;c\n1;2;3\n4;5;6\n', 'name,age\n"ann, a",30\n"bob",25\n',
               "x|y\n'a'|'b'\n'c'|'d'\n", 'a\tb\tc\n1\t2\t3\n', 'a, b, c\n1, 2, 3\n']:
    d = s.sniff(sample)
    print(repr(d.delimiter), repr(d.quotechar), d.doublequote, d.skipinitialspace,
          d.lineterminator == '\r\n', d.quoting, d._name)
print(s.sniff('a:b,c\n1:2,3\n', delimiters=':').delimiter)
print(s.has_header('name,age\nann,30\nbob,25\n'))
print(s.has_header('1,2\n3,4\n5,6\n'))
print(s.has_header('code,name\nab,x\ncd,y\n'))
show(s.sniff, 'abc\ndef\n')
