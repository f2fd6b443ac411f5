# csv.reader over every dialect option and edge: quotes, escapes, multi-line fields, strict,
# QUOTE_NONNUMERIC/NONE, CR line ends, the field size limit, DictReader, Sniffer.
import csv, io
samples = [
    'a,b,c\r\n1,"two, 2","th""ree"\r\n',
    'x;y\n"multi\nline";z\n',
    '  a,  "b" ,c\n',
    'a\\,b,c\\\nd,e\n',
    '"unterminated\n',
    'q"uote,x\n',
    '"a"b,c\n',
    '1,2.5,abc\n',
    '1,2.5,3\n',
    '\n\na,b\n\n',
    'a,b\rc,d\r',
    '"x"\r\n"y"',
    'é,日本,🐍\n',
    'a,"b\r\nc",d\r\n',
    'tab\there\tx\n',
    ',,\n',
    '""\n',
    '"",""\n',
]
dialects = [dict(), dict(delimiter=";"), dict(skipinitialspace=True), dict(escapechar="\\"),
            dict(quoting=csv.QUOTE_NONNUMERIC), dict(quoting=csv.QUOTE_NONE, escapechar="\\"),
            dict(strict=True), dict(doublequote=False, escapechar="\\"), dict(delimiter="\t"),
            dict(quotechar="'")]
for s in samples:
    for d in dialects:
        try:
            r = csv.reader(io.StringIO(s, newline=""), **d)
            rows = list(r)
            print(repr(s)[:30], d, rows, r.line_num)
        except (csv.Error, ValueError) as e:
            print(repr(s)[:30], d, type(e).__name__, e)
old = csv.field_size_limit(5)
try:
    print(list(csv.reader(["abcdef,g"])))
except csv.Error as e:
    print("limit", e)
csv.field_size_limit(old)
try:
    list(csv.reader([b"bytes"]))
except csv.Error as e:
    print(e)
rd = csv.DictReader(io.StringIO("h1,h2\n1,2\n3\n4,5,6\n"), restval="R", restkey="K")
print(list(rd), rd.fieldnames, rd.line_num)
print(list(csv.reader(["a,b", "c,d"], delimiter=",")), list(csv.reader(iter(["x"]))))
sn = csv.Sniffer(); print(sn.sniff("a;b;c\n1;2;3\n").delimiter, sn.has_header("name,age\nbob,3\nal,40\n"))
