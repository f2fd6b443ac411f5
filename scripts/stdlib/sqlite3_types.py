# sqlite3: Row, row_factory, text_factory, adapters, converters, Python functions,
# aggregates and collations called from SQL, iterdump and backup.
import datetime
import sqlite3


def attempt(label, f):
    try:
        print(label, "->", f())
    except Exception as e:
        print(label, "!!", type(e).__name__ + ":", e)


con = sqlite3.connect(":memory:")
con.row_factory = sqlite3.Row
row = con.execute("select 1 as a, 2 as B, 'x' as c").fetchone()
print(type(row).__name__, row.keys(), row["A"], row["b"], row[0], row[-1], row[1:], len(row))
print(list(row), tuple(row), dict(zip(row.keys(), row)))
attempt("row key", lambda: row["zz"])
attempt("row index", lambda: row[5])
attempt("row float", lambda: row[1.5])
attempt("row cursor", lambda: sqlite3.Row(1, ()))
attempt("row data", lambda: sqlite3.Row(con.cursor(), [1]))
again = con.execute("select 1 as a, 2 as B, 'x' as c").fetchone()
print(row == again, row != again, hash(row) == hash(again), row == (1, 2, 'x'))
con.row_factory = lambda cursor, values: {d[0]: v for d, v in zip(cursor.description, values)}
print(con.execute("select 1 as one, 2 as two").fetchall())
cur = con.cursor()
cur.row_factory = None
print(con.row_factory is not None, cur.execute("select 3").fetchone())
con.row_factory = None

con.text_factory = bytes
print(con.execute("select 'abc', x'00', 1").fetchone())
con.text_factory = bytearray
print(con.execute("select 'abc'").fetchone())
con.text_factory = lambda b: b.decode().upper() + "!"
print(con.execute("select 'abc', x'00', 1.5").fetchone())
con.text_factory = str

# adapters: registered per type, __conform__, subclasses of the base types
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y


sqlite3.register_adapter(Point, lambda p: "%d;%d" % (p.x, p.y))
print(con.execute("select ?", (Point(1, 2),)).fetchone())


class Conforming:
    def __conform__(self, protocol):
        print("conform", protocol is sqlite3.PrepareProtocol)
        return 42


print(con.execute("select ?", (Conforming(),)).fetchone())
print(sqlite3.adapt(Point(3, 4)), sqlite3.adapt(5, sqlite3.PrepareProtocol, "alt"))
attempt("adapt", lambda: sqlite3.adapt([1]))


class MyInt(int):
    pass


class MyStr(str):
    pass


print(con.execute("select ?, ?, typeof(?)", (MyInt(4), MyStr("s"), 1.0)).fetchone())

# converters by declared type and by column name
sqlite3.register_converter("point", lambda b: Point(*map(int, b.split(b";"))))
sqlite3.register_converter("Tagged", lambda b: ("tagged", b))
attempt("converter name", lambda: sqlite3.register_converter(1, str))
print(sorted(sqlite3.converters))
db = sqlite3.connect(":memory:", detect_types=sqlite3.PARSE_DECLTYPES | sqlite3.PARSE_COLNAMES)
db.execute("create table t(d date, ts timestamp, p point, n number(10), x)")
db.execute("insert into t values (?, ?, ?, ?, ?)",
           (datetime.date(2020, 1, 2), datetime.datetime(2020, 1, 2, 3, 4, 5, 123000),
            Point(7, 8), 5, "y"))
db.execute("insert into t values (?, ?, null, null, null)",
           (datetime.date(1999, 12, 31), datetime.datetime(1999, 12, 31, 23, 59, 59)))
for d, ts, p, n, x in db.execute("select * from t"):
    print(repr(d), repr(ts), p and (p.x, p.y), n, x)
print(db.execute("select * from t").description)
print(db.execute('select x as "x [tagged]", n as "n[tagged]", 3 as "z [unknown]" from t').fetchone())
print(db.execute('select x as "x [tagged]", n as "n[tagged]" from t').description)
print(db.execute("select d, ts from t").fetchone())
plain = sqlite3.connect(":memory:")
print(plain.execute("select ?, ?", (datetime.date(2021, 5, 6), datetime.datetime(2021, 5, 6, 7, 8, 9))).fetchone())

# Python functions called from SQL
con.create_function("double", 1, lambda v: v * 2)
con.create_function("show", -1, lambda *a: repr(a))
con.create_function("fail", 1, lambda v: 1 / 0)
con.create_function("badtype", 0, lambda: [1])
con.create_function("huge", 0, lambda: 2 ** 64)
con.create_function("pure", 1, lambda v: v + 1, deterministic=True)
print(con.execute("select double(21), double('ab'), double(x'01'), pure(1)").fetchone())
print(con.execute("select show(1, 'a', x'00', null, 1.5)").fetchone())
attempt("function raises", lambda: con.execute("select fail(1)").fetchone())
attempt("function type", lambda: con.execute("select badtype()").fetchone())
attempt("function big", lambda: con.execute("select huge()").fetchone())
attempt("no function", lambda: con.execute("select nope(1)"))
attempt("wrong count", lambda: con.execute("select double(1, 2)"))


class Sum:
    def __init__(self):
        self.total = 0

    def step(self, value):
        self.total += value

    def finalize(self):
        return self.total


class StepFails(Sum):
    def step(self, value):
        raise ValueError


class FinalFails(Sum):
    def finalize(self):
        raise ValueError


class InitFails:
    def __init__(self):
        raise ValueError


con.execute("create table nums(n)")
for name, cls in (("mysum", Sum), ("stepfails", StepFails), ("finalfails", FinalFails),
                  ("initfails", InitFails)):
    con.create_aggregate(name, 1, cls)
print(con.execute("select mysum(n) from nums").fetchone())
con.executemany("insert into nums values (?)", [(1,), (2,), (3,)])
print(con.execute("select mysum(n), count(*) from nums").fetchone())
print(con.execute("select n % 2, mysum(n) from nums group by n % 2").fetchall())
for name in ("stepfails", "finalfails", "initfails"):
    attempt(name, lambda: con.execute("select %s(n) from nums" % name).fetchone())

con.create_collation("reverse", lambda a, b: (a < b) - (a > b))
con.execute("create table words(w)")
con.executemany("insert into words values (?)", [("b",), ("a",), ("c",)])
print(con.execute("select w from words order by w collate reverse").fetchall())
con.create_collation("reverse", None)
attempt("removed collation", lambda: con.execute("select w from words order by w collate reverse"))
attempt("collation callable", lambda: con.create_collation("x", 1))
con.commit()

# iterdump and backup
dump = sqlite3.connect(":memory:")
dump.executescript("""
    create table "odd ""name"" table"(a, 'b c');
    insert into "odd ""name"" table" values (1, 'it''s'), (null, x'ff'), (2.5, 'x');
    create table plain(id integer primary key autoincrement, v);
    insert into plain(v) values ('one');
    create index plain_v on plain(v);
    create view pv as select v from plain;
""")
for line in dump.iterdump():
    print(line)
copy = sqlite3.connect(":memory:")
dump.backup(copy)
print(copy.execute("select * from plain").fetchall())
attempt("backup self", lambda: dump.backup(dump))
attempt("backup type", lambda: dump.backup(1))
