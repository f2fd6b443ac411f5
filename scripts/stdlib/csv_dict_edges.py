# csv.DictReader / DictWriter / Dialect classes: edges the main golden leaves out.
import csv
import io

rows = ['h1,h2,h3', '', 'a,b', 'c,d,e,f,g', '', '', 'x,y,z', '1']
dr = csv.DictReader(rows)
print(dr.line_num, dr.fieldnames, dr.line_num)
for row in dr:
    print(dr.line_num, row)
dr = csv.DictReader(rows, restkey=None, restval=0)
print(list(dr)[:2])
dr = csv.DictReader(['p;q', '1;2'], delimiter=';')
print(list(dr), dr.dialect, dr.reader.dialect.delimiter)
dr = csv.DictReader(io.StringIO('a,b\n1,2\n'), fieldnames=('x', 'y'))
print(list(dr), dr.fieldnames, dr.line_num)
dr = csv.DictReader(['k,k', '1,2'])
print(list(dr))
dr = csv.DictReader(['a,b'])
print(list(dr), dr.fieldnames)
dr = csv.DictReader(iter(['', '', 'a', '1']))
print(dr.fieldnames, list(dr))
dr = csv.DictReader(['a,b', '1,2'])
dr.fieldnames = ['one', 'two']
print(list(dr))
dr = csv.DictReader(['a', '1'], dialect='unix')
print(next(dr), dr.dialect)
try:
    next(dr)
except StopIteration:
    print('StopIteration')
print(iter(dr) is dr)

out = io.StringIO()
dw = csv.DictWriter(out, fieldnames=['a', 'b'], restval='-', lineterminator='\n')
print(dw.writeheader(), dw.writerow({'b': 2}), dw.writerows([{'a': 1}, {'a': None, 'b': 'x,y'}]))
print(repr(out.getvalue()))
for extra in ({'a': 1, 'c': 3}, {'zz': 1}):
    try:
        dw.writerow(extra)
    except ValueError as e:
        print('ValueError', e)
dw = csv.DictWriter(io.StringIO(), ['a'], extrasaction='IGNORE')
dw.writerow({'a': 1, 'b': 2})
print(dw.extrasaction, dw.restval, dw.fieldnames)
for bad in ('Raise ', 'x', ''):
    try:
        csv.DictWriter(io.StringIO(), ['a'], extrasaction=bad)
    except ValueError as e:
        print('ValueError', e)
dw = csv.DictWriter(io.StringIO(), ['a'], extrasaction='Raise')
try:
    dw.writerow({'b': 1})
except ValueError as e:
    print('ValueError', e)
out = io.StringIO()
csv.DictWriter(out, ['a', 'b'], dialect='excel-tab').writerows(iter([{'a': 1, 'b': 2}]))
print(repr(out.getvalue()))
try:
    csv.DictWriter(io.StringIO(), ['a']).writerow([('a', 1)])
except (ValueError, AttributeError, TypeError) as e:
    print(type(e).__name__, e)

# the Dialect classes
for d in (csv.excel, csv.excel_tab, csv.unix_dialect):
    print(d.__name__, [getattr(d, k) for k in ('delimiter', 'quotechar', 'escapechar', 'doublequote',
                                               'skipinitialspace', 'lineterminator', 'quoting')],
          d._name, d._valid, d()._valid)
print(csv.Dialect._name, csv.Dialect._valid, csv.Dialect.delimiter)
try:
    csv.Dialect()
except Exception as e:
    print(type(e).__name__, e)


class Pipe(csv.excel):
    delimiter = '|'


p = Pipe()
print(p._valid, p.delimiter, csv.get_dialect('excel') is not None, sorted(csv.list_dialects())[:3])


class NoQuote(csv.Dialect):
    delimiter = ','
    quoting = csv.QUOTE_NONE
    lineterminator = '\n'


try:
    NoQuote()
except Exception as e:
    print(type(e).__name__, e)


class BadDelim(csv.excel):
    delimiter = 'ab'


try:
    BadDelim()
except Exception as e:
    print(type(e).__name__, e)
print(sorted(csv.__all__))
