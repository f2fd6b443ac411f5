# sqlite3: connections, cursors, parameters, transactions, errors (CPython 3.11's texts).
import os
import sqlite3
import tempfile


def attempt(label, f):
    try:
        result = f()
        if isinstance(result, sqlite3.Cursor):
            result = "cursor"
        print(label, "->", result)
    except Exception as e:
        extra = ""
        if hasattr(e, "sqlite_errorcode"):
            extra = " [%s %s]" % (e.sqlite_errorcode, e.sqlite_errorname)
        print(label, "!!", type(e).__name__ + ":", e, extra)


print(sqlite3.paramstyle, sqlite3.threadsafety, sqlite3.apilevel, sqlite3.version)
print(sqlite3.PARSE_DECLTYPES, sqlite3.PARSE_COLNAMES, sqlite3.SQLITE_CONSTRAINT_UNIQUE)
print(isinstance(sqlite3.sqlite_version, str), len(sqlite3.sqlite_version_info))
con = sqlite3.connect(":memory:")
for name in ("Warning", "Error", "InterfaceError", "DatabaseError", "DataError",
             "OperationalError", "IntegrityError", "InternalError", "ProgrammingError",
             "NotSupportedError"):
    cls = getattr(sqlite3, name)
    print(name, cls.__mro__[1].__name__, cls.__module__, getattr(con, name) is cls)
print(type(con).__name__, con.isolation_level == "", con.in_transaction, con.total_changes)
cur = con.cursor()
print(cur.description, cur.rowcount, cur.lastrowid, cur.arraysize, cur.connection is con)
cur.execute("create table t(a integer unique, b text, c real, d blob)")
print(cur.description, cur.rowcount)
cur.execute("insert into t values (?, ?, ?, ?)", (1, "one", 1.5, b"\x00\x01"))
print(cur.rowcount, cur.lastrowid, con.in_transaction)
cur.execute("insert into t values (:a, :b, :c, :d)", {"a": 2, "b": "two", "c": None, "d": None})
cur.executemany("insert into t(a, b) values (?, ?)", [(3, "x"), (4, "y"), (5, "z")])
print(cur.rowcount, cur.lastrowid, con.total_changes)
con.commit()
print(con.in_transaction)
cur.execute("select a, b as 'the b', c, d from t order by a")
print(cur.description)
print(cur.rowcount)
print(cur.fetchone())
print(cur.fetchmany())
print(cur.fetchmany(2))
print(cur.fetchall(), cur.fetchone(), cur.fetchall())
print([row for row in con.execute("select a from t where a > ?", (3,))])
print(con.execute("select 1, 'a', x'0102', null, 2.5, 9223372036854775807").fetchone())
print(con.execute("select ?, ?, ?", (True, bytearray(b"ab"), memoryview(b"cd"))).fetchone())
print(con.execute("select 'é', ?", ("ü",)).fetchone())
cur.execute("update t set c = 0 where a >= 3")
print("updated", cur.rowcount)
cur.execute("delete from t where a = 5")
print("deleted", cur.rowcount)
con.rollback()
print(con.execute("select count(*) from t").fetchone())

attempt("no table", lambda: con.execute("select * from nope"))
attempt("unique", lambda: con.execute("insert into t(a) values (1)"))
attempt("syntax", lambda: con.execute("selec 1"))
attempt("too few", lambda: con.execute("select ?, ?", (1,)))
attempt("too many", lambda: con.execute("select ?", (1, 2)))
attempt("str params", lambda: con.execute("select ?", "ab"))
attempt("int params", lambda: con.execute("select ?", 5))
attempt("list value", lambda: con.execute("select ?", ([1],)))
attempt("dict value", lambda: con.execute("select :a", {"a": {}}))
attempt("big int", lambda: con.execute("select ?", (2 ** 63,)))
attempt("min int", lambda: con.execute("select ?", (-2 ** 63,)).fetchone())
attempt("missing name", lambda: con.execute("select :a, :b", {"a": 1}))
attempt("dict for qmark", lambda: con.execute("select ?", {"a": 1}))
attempt("names by position", lambda: con.execute("select :a, :b", (1, 2)).fetchone())
attempt("two statements", lambda: con.execute("select 1; select 2"))
attempt("trailing comment", lambda: con.execute("select 1; -- done\n/* c */ ").fetchall())
attempt("empty", lambda: con.execute("").description)
attempt("only comment", lambda: con.execute("-- nothing").fetchall())
attempt("not str", lambda: con.execute(1))
attempt("many select", lambda: con.executemany("select ?", [(1,)]))
attempt("many not str", lambda: con.executemany(None, []))
attempt("script not str", lambda: con.executescript(1))
attempt("complete", lambda: (sqlite3.complete_statement("select 1;"),
                             sqlite3.complete_statement("select 1")))
attempt("complete int", lambda: sqlite3.complete_statement(1))
attempt("not null", lambda: con.execute("create table nn(x not null)") and
        con.execute("insert into nn values (null)"))
attempt("check", lambda: con.execute("create table ck(x check (x > 0))") and
        con.execute("insert into ck values (-1)"))
attempt("bad open", lambda: sqlite3.connect("/nonexistent/dir/x.db"))
attempt("bad level", lambda: sqlite3.connect(":memory:", isolation_level="SOMETIMES"))
attempt("level type", lambda: setattr(con, "isolation_level", 1))

# executescript commits first and runs every statement
cur.execute("insert into t(a) values (10)")
print(con.in_transaction)
cur.executescript("""
    create table s(x);  -- a comment
    insert into s values (1);
    /* another */ insert into s values (2);
""")
print(con.in_transaction, con.execute("select * from s").fetchall(), cur.description)
attempt("script error", lambda: con.executescript("create table s2(x); bogus;"))
print(con.execute("select name from sqlite_master where name like 's%' order by name").fetchall())

# the context manager commits or rolls back, and does not close
with con:
    con.execute("insert into s values (3)")
print(con.in_transaction)
try:
    with con:
        con.execute("insert into s values (4)")
        raise KeyError("boom")
except KeyError as e:
    print("raised", e)
print(con.execute("select x from s").fetchall())

# isolation_level None: autocommit
con.isolation_level = None
con.execute("insert into s values (5)")
print(con.isolation_level, con.in_transaction)
con.execute("begin")
print(con.in_transaction)
con.execute("rollback")
con.isolation_level = "IMMEDIATE"
con.execute("insert into s values (6)")
print(con.isolation_level, con.in_transaction)
con.commit()

# closed cursors and connections
c2 = con.cursor()
c2.close()
attempt("closed cursor", lambda: c2.execute("select 1"))
attempt("closed cursor fetch", lambda: c2.fetchall())
con.close()
attempt("closed db", lambda: con.execute("select 1"))
attempt("closed db cursor", lambda: cur.execute("select 1"))
attempt("closed commit", lambda: con.commit())
attempt("close twice", lambda: con.close())

# a database file, reopened; uri and timeout
folder = tempfile.mkdtemp()
path = os.path.join(folder, "data.db")
db = sqlite3.connect(path, timeout=1.5)
db.execute("create table kv(k text primary key, v)")
db.executemany("insert into kv values (?, ?)", [("a", 1), ("b", 2)])
db.commit()
db.close()
db = sqlite3.connect("file:" + path + "?mode=ro", uri=True)
print(db.execute("select * from kv order by k").fetchall())
attempt("read only", lambda: db.execute("insert into kv values ('c', 3)"))
db.close()
attempt("missing ro", lambda: sqlite3.connect("file:" + path + "x?mode=ro", uri=True))
import pathlib
db = sqlite3.connect(pathlib.Path(path))
print(db.execute("select count(*) from kv").fetchone())
db.close()
os.remove(path)
os.rmdir(folder)
