//! `_sqlite3`: SQLite's C API (the `libsqlite3-sys` crate's bundled amalgamation, so no
//! system library is needed) reduced to the calls `pylib/sqlite3.py` builds the DB-API
//! on: open/close a database, prepare a statement, bind, step, read columns, register
//! Python functions, aggregates and collations, copy a database.
//!
//! It is not the `sqlite3` module: Connection, Cursor, Row, transactions, parameter
//! styles, adapters/converters and the exception classes are Python. Errors reach those
//! classes through `sqlite3._error(code, message)`, so one table (in Python) maps SQLite's
//! result codes to exception classes.

mod callbacks;
mod database;
mod statement;
#[cfg(test)]
mod tests;

use crate::runtime::builtins::def;
use crate::runtime::dict::PyDict;
use crate::runtime::value::Value;
use std::rc::Rc;

pub fn module() -> Rc<PyDict> {
    let m = Rc::new(PyDict::new());
    m.set_by_str("__name__", Value::str("_sqlite3"));
    let version = libsqlite3_sys::SQLITE_VERSION.to_str().unwrap_or("3");
    m.set_by_str("sqlite_version", Value::str(version));
    def(&m, "open", database::open);
    def(&m, "close", database::close);
    def(&m, "changes", database::changes);
    def(&m, "total_changes", database::total_changes);
    def(&m, "last_insert_rowid", database::last_insert_rowid);
    def(&m, "autocommit", database::autocommit);
    def(&m, "interrupt", database::interrupt);
    def(&m, "backup", database::backup);
    def(&m, "complete_statement", database::complete_statement);
    def(&m, "prepare", statement::prepare);
    def(&m, "param_count", statement::param_count);
    def(&m, "param_name", statement::param_name);
    def(&m, "bind", statement::bind);
    def(&m, "step", statement::step);
    def(&m, "row", statement::row);
    def(&m, "column_bytes", statement::column_bytes);
    def(&m, "column_names", statement::column_names);
    def(&m, "column_decltypes", statement::column_decltypes);
    def(&m, "readonly", statement::readonly);
    def(&m, "reset", statement::reset);
    def(&m, "finalize", statement::finalize);
    def(&m, "create_function", callbacks::create_function);
    def(&m, "create_aggregate", callbacks::create_aggregate);
    def(&m, "create_collation", callbacks::create_collation);
    m
}
