//! `_sqlite3` exercised directly: statements step and hand back rows, the text after a
//! statement comes back from `prepare`, callbacks run inside `step`, and a statement
//! outlives an explicit close of its database without harm.

use crate::interpreter::{run_asserting_script, Interpreter};

fn run(src: &str) {
    let mut interp = Interpreter::new();
    crate::runtime::builtins::install(&mut interp.vm);
    run_asserting_script(&mut interp, src);
}

#[test]
fn statements_bind_step_and_read_rows() {
    run(r#"
import _sqlite3
db = _sqlite3.open(":memory:", False, 1.0)
stmt, rest = _sqlite3.prepare(db, "select ?, :b, ? ; select 2")
assert rest == " select 2", repr(rest)
assert _sqlite3.param_count(stmt) == 3
assert [_sqlite3.param_name(stmt, i) for i in (1, 2, 3)] == [None, ":b", None]
for i, v in enumerate((1, "é", b"\x00"), 1):
    _sqlite3.bind(stmt, i, v)
assert _sqlite3.step(stmt) is True
assert _sqlite3.row(stmt, False) == (1, "é", b"\x00")
assert _sqlite3.row(stmt, True) == (1, "é".encode(), b"\x00")
assert _sqlite3.column_bytes(stmt, 0) == b"1"
assert _sqlite3.step(stmt) is False
assert _sqlite3.prepare(db, " -- nothing")[0] is None
_sqlite3.close(db)
_sqlite3.reset(stmt)
_sqlite3.finalize(stmt)
"#);
}

#[test]
fn callbacks_run_inside_step() {
    run(r#"
import _sqlite3
db = _sqlite3.open(":memory:", False, 1.0)
_sqlite3.create_function(db, "twice", 1, lambda v: v * 2, True)
_sqlite3.create_collation(db, "rev", lambda a, b: (a < b) - (a > b))
stmt = _sqlite3.prepare(db, "select twice(21), twice('ab')")[0]
assert _sqlite3.step(stmt) and _sqlite3.row(stmt, False) == (42, "abab")
stmt = _sqlite3.prepare(db, "select 'a' union select 'b' order by 1 collate rev")[0]
rows = []
while _sqlite3.step(stmt):
    rows.append(_sqlite3.row(stmt, False))
assert rows == [("b",), ("a",)], rows
"#);
}
