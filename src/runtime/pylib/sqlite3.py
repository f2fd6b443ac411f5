"""sqlite3: the DB-API 2.0 interface (PEP 249) to SQLite databases, over coro's native
`_sqlite3` (SQLite's C API: prepare, bind, step, columns, Python callbacks).

This layer is Connection, Cursor, Row, the implicit transactions of CPython 3.11's
`isolation_level`, qmark and named parameters, adapters and converters, and the
exceptions. Not here: Blob (`blobopen`), authorizer/progress/trace callbacks, loadable
extensions, serialize/deserialize, the statement cache (each execute prepares anew)."""

import _sqlite3

paramstyle = "qmark"
threadsafety = 3
apilevel = "2.0"
version = "2.6.0"
version_info = (2, 6, 0)
sqlite_version = _sqlite3.sqlite_version
sqlite_version_info = tuple(int(part) for part in sqlite_version.split("."))

PARSE_DECLTYPES = 1
PARSE_COLNAMES = 2


class Warning(Exception):
    pass


class Error(Exception):
    pass


class InterfaceError(Error):
    pass


class DatabaseError(Error):
    pass


class DataError(DatabaseError):
    pass


class OperationalError(DatabaseError):
    pass


class IntegrityError(DatabaseError):
    pass


class InternalError(DatabaseError):
    pass


class ProgrammingError(DatabaseError):
    pass


class NotSupportedError(DatabaseError):
    pass


# SQLite's result codes by name (the primary ones and the extended ones a program
# meets), exported as module constants as CPython 3.11 does.
_CODES = {
    "SQLITE_OK": 0, "SQLITE_ERROR": 1, "SQLITE_INTERNAL": 2, "SQLITE_PERM": 3,
    "SQLITE_ABORT": 4, "SQLITE_BUSY": 5, "SQLITE_LOCKED": 6, "SQLITE_NOMEM": 7,
    "SQLITE_READONLY": 8, "SQLITE_INTERRUPT": 9, "SQLITE_IOERR": 10,
    "SQLITE_CORRUPT": 11, "SQLITE_NOTFOUND": 12, "SQLITE_FULL": 13,
    "SQLITE_CANTOPEN": 14, "SQLITE_PROTOCOL": 15, "SQLITE_EMPTY": 16,
    "SQLITE_SCHEMA": 17, "SQLITE_TOOBIG": 18, "SQLITE_CONSTRAINT": 19,
    "SQLITE_MISMATCH": 20, "SQLITE_MISUSE": 21, "SQLITE_NOLFS": 22, "SQLITE_AUTH": 23,
    "SQLITE_FORMAT": 24, "SQLITE_RANGE": 25, "SQLITE_NOTADB": 26, "SQLITE_NOTICE": 27,
    "SQLITE_WARNING": 28, "SQLITE_ROW": 100, "SQLITE_DONE": 101,
}
for _suffix, _n in (("CHECK", 1), ("COMMITHOOK", 2), ("FOREIGNKEY", 3), ("FUNCTION", 4),
                    ("NOTNULL", 5), ("PRIMARYKEY", 6), ("TRIGGER", 7), ("UNIQUE", 8),
                    ("VTAB", 9), ("ROWID", 10), ("PINNED", 11), ("DATATYPE", 12)):
    _CODES["SQLITE_CONSTRAINT_" + _suffix] = 19 | (_n << 8)
_CODES.update(
    SQLITE_ERROR_MISSING_COLLSEQ=257, SQLITE_ERROR_RETRY=513, SQLITE_ERROR_SNAPSHOT=769,
    SQLITE_BUSY_RECOVERY=261, SQLITE_BUSY_SNAPSHOT=517, SQLITE_BUSY_TIMEOUT=773,
    SQLITE_LOCKED_SHAREDCACHE=262, SQLITE_LOCKED_VTAB=518,
    SQLITE_READONLY_RECOVERY=264, SQLITE_READONLY_CANTLOCK=520,
    SQLITE_READONLY_ROLLBACK=776, SQLITE_READONLY_DBMOVED=1032,
    SQLITE_READONLY_CANTINIT=1288, SQLITE_READONLY_DIRECTORY=1544,
    SQLITE_CANTOPEN_NOTEMPDIR=270, SQLITE_CANTOPEN_ISDIR=526,
    SQLITE_CANTOPEN_FULLPATH=782, SQLITE_CANTOPEN_CONVPATH=1038,
    SQLITE_CANTOPEN_SYMLINK=1550, SQLITE_ABORT_ROLLBACK=516,
    SQLITE_CORRUPT_VTAB=267, SQLITE_CORRUPT_SEQUENCE=523, SQLITE_CORRUPT_INDEX=779,
    SQLITE_IOERR_READ=266, SQLITE_IOERR_SHORT_READ=522, SQLITE_IOERR_WRITE=778,
    SQLITE_IOERR_FSYNC=1034, SQLITE_IOERR_TRUNCATE=1546, SQLITE_IOERR_FSTAT=1802,
    SQLITE_IOERR_UNLOCK=2058, SQLITE_IOERR_RDLOCK=2314, SQLITE_IOERR_DELETE=2570,
    SQLITE_IOERR_NOMEM=3082, SQLITE_IOERR_ACCESS=3338, SQLITE_IOERR_LOCK=3850,
    SQLITE_IOERR_CLOSE=4106, SQLITE_NOTICE_RECOVER_WAL=283,
    SQLITE_NOTICE_RECOVER_ROLLBACK=539, SQLITE_WARNING_AUTOINDEX=284,
    SQLITE_AUTH_USER=279, SQLITE_OK_LOAD_PERMANENTLY=256,
)
globals().update(_CODES)
_CODE_NAMES = {number: name for name, number in _CODES.items()}

# Which class reports each primary result code (CPython's grouping).
_CLASS_OF_CODE = {}
for _n in (1, 3, 4, 5, 6, 8, 9, 10, 13, 14, 15, 16, 17):
    _CLASS_OF_CODE[_n] = OperationalError
_CLASS_OF_CODE.update({2: InternalError, 12: InternalError, 11: DatabaseError,
                       18: DataError, 19: IntegrityError, 20: IntegrityError,
                       21: InterfaceError, 25: InterfaceError})
del _suffix, _n


def _error(code, message):
    """The exception for SQLite result `code` (called by `_sqlite3` on failures)."""
    if code & 0xFF == 7:
        return MemoryError()
    exc = _CLASS_OF_CODE.get(code & 0xFF, DatabaseError)(message)
    exc.sqlite_errorcode = code
    exc.sqlite_errorname = _CODE_NAMES.get(code, _CODE_NAMES.get(code & 0xFF, "unknown"))
    return exc


# ---- adapters and converters

class PrepareProtocol:
    """The protocol objects adapt to before SQLite binds them."""

    def __init__(self, *args, **kwargs):
        pass


adapters = {}
converters = {}


def register_adapter(type, adapter):
    adapters[(type, PrepareProtocol)] = adapter


def register_converter(typename, converter):
    if not isinstance(typename, str):
        raise TypeError("register_converter() argument 1 must be str, not "
                        + _type_name(typename))
    converters[typename.upper()] = converter


def _type_name(value):
    """A type's name as CPython's argument errors word it ("None" for None)."""
    return "None" if value is None else value.__class__.__name__


_MISSING = object()


def adapt(obj, proto=PrepareProtocol, alt=_MISSING):
    adapter = adapters.get((obj.__class__, proto))
    if adapter is not None:
        return adapter(obj)
    conform = getattr(obj, "__conform__", None)
    if conform is not None:
        made = conform(proto)
        if made is not None:
            return made
    if alt is not _MISSING:
        return alt
    raise ProgrammingError("can't adapt")


def _date_to_text(value):
    return value.isoformat()


def _datetime_to_text(value):
    return value.isoformat(" ")


def _text_to_date(raw):
    year, month, day = raw.split(b"-")
    return _datetime().date(int(year), int(month), int(day))


def _text_to_timestamp(raw):
    day_part, _, time_part = raw.partition(b" ")
    year, month, day = (int(n) for n in day_part.split(b"-"))
    clock, _, fraction = time_part.partition(b".")
    hour, minute, second = (int(n) for n in clock.split(b":"))
    micro = int(fraction.decode()[:6].ljust(6, "0")) if fraction else 0
    return _datetime().datetime(year, month, day, hour, minute, second, micro)


def _datetime():
    import datetime
    return datetime


def _register_defaults():
    dt = _datetime()
    register_adapter(dt.date, _date_to_text)
    register_adapter(dt.datetime, _datetime_to_text)
    register_converter("date", _text_to_date)
    register_converter("timestamp", _text_to_timestamp)


_register_defaults()


def _plain_value(value, position):
    """`value` as one of the types SQLite binds (after adapting it), or CPython's error."""
    kind = value.__class__
    if kind is int or kind is float or kind is str or value is None:
        return value
    if adapters:
        value = adapt(value, PrepareProtocol, value)
        kind = value.__class__
    if value is None or kind is int or kind is float or kind is str:
        return value
    if isinstance(value, int):
        return int(value)
    if isinstance(value, float):
        return float(value)
    if isinstance(value, str):
        return str(value)
    if isinstance(value, (bytes, bytearray, memoryview)):
        return bytes(value)
    raise ProgrammingError("Error binding parameter %s: type '%s' is not supported"
                           % (position, _type_name(value)))


def _bind_all(stmt, parameters):
    wanted = _sqlite3.param_count(stmt)
    if isinstance(parameters, dict) or (not isinstance(parameters, (tuple, list))
                                        and _is_mapping(parameters)):
        for i in range(1, wanted + 1):
            name = _sqlite3.param_name(stmt, i)
            if name is None:
                raise ProgrammingError(
                    "Binding %d has no name, but you supplied a dictionary (which has "
                    "only names)." % i)
            try:
                value = parameters[name[1:]]
            except LookupError:
                raise ProgrammingError("You did not supply a value for binding "
                                       "parameter %s." % name) from None
            _sqlite3.bind(stmt, i, _plain_value(value, i))
        return
    if not isinstance(parameters, (tuple, list)) and not _is_sequence(parameters):
        raise ProgrammingError("parameters are of unsupported type")
    given = len(parameters)
    if given != wanted:
        raise ProgrammingError(
            "Incorrect number of bindings supplied. The current statement uses %d, and "
            "there are %d supplied." % (wanted, given))
    for i in range(given):
        _sqlite3.bind(stmt, i + 1, _plain_value(parameters[i], i + 1))


def _is_mapping(obj):
    return isinstance(obj, dict) or (hasattr(obj, "keys") and hasattr(obj, "__getitem__"))


def _is_sequence(obj):
    return hasattr(obj, "__getitem__") and hasattr(obj, "__len__") and not isinstance(obj, dict)


# ---- statement text

def _skip_blanks(sql, i=0):
    """The index of the first character of `sql` at or after `i` that is neither blank
    nor inside an SQL comment."""
    n = len(sql)
    while i < n:
        ch = sql[i]
        if ch in " \t\n\r\f\v":
            i += 1
        elif sql.startswith("--", i):
            end = sql.find("\n", i)
            i = n if end < 0 else end + 1
        elif sql.startswith("/*", i):
            end = sql.find("*/", i + 2)
            i = n if end < 0 else end + 2
        else:
            break
    return i


_DML_WORDS = ("INSERT", "UPDATE", "DELETE", "REPLACE")


def _is_dml(sql):
    start = _skip_blanks(sql)
    return sql[start:start + 7].upper().startswith(_DML_WORDS)


def _prepare(connection, sql):
    stmt, rest = _sqlite3.prepare(connection._db, sql)
    if stmt is not None and _skip_blanks(rest) < len(rest):
        _sqlite3.finalize(stmt)
        raise ProgrammingError("You can only execute one statement at a time.")
    return stmt


def _check_sql(sql, method):
    if not isinstance(sql, str):
        raise TypeError("%s() argument 1 must be str, not %s" % (method, _type_name(sql)))
    if "\0" in sql:
        raise ProgrammingError("the query contains a null character")


# ---- Row

class Row:
    """A result row addressable by index and, case-insensitively, by column name."""

    def __init__(self, cursor, data):
        if not isinstance(cursor, Cursor):
            raise TypeError("Row() argument 1 must be sqlite3.Cursor, not "
                            + _type_name(cursor))
        if not isinstance(data, tuple):
            raise TypeError("Row() argument 2 must be tuple, not " + _type_name(data))
        self._description = cursor.description
        self._data = data

    def keys(self):
        return [column[0] for column in self._description or ()]

    def __getitem__(self, key):
        if isinstance(key, str):
            wanted = key.upper()
            for i, column in enumerate(self._description or ()):
                if column[0].upper() == wanted:
                    return self._data[i]
            raise IndexError("No item with that key")
        if isinstance(key, (int, slice)):
            return self._data[key]
        raise IndexError("Index must be int or string")

    def __len__(self):
        return len(self._data)

    def __iter__(self):
        return iter(self._data)

    def __eq__(self, other):
        if not isinstance(other, Row):
            return NotImplemented
        return self._description == other._description and self._data == other._data

    def __ne__(self, other):
        if not isinstance(other, Row):
            return NotImplemented
        return not self == other

    def __hash__(self):
        return hash(self._description) ^ hash(self._data)


# ---- Cursor

class Cursor:
    """Runs statements on its connection and hands out their result rows."""

    def __init__(self, connection):
        if not isinstance(connection, Connection):
            raise TypeError("Cursor() argument 1 must be sqlite3.Connection, not "
                            + _type_name(connection))
        self._connection = connection
        self.arraysize = 1
        self.row_factory = None
        self.description = None
        self.rowcount = -1
        self.lastrowid = None
        self._stmt = None
        self._has_row = False
        self._converters = None
        self._closed = False

    connection = property(lambda self: self._connection)

    def _check(self):
        if self._closed:
            raise ProgrammingError("Cannot operate on a closed cursor.")
        self._connection._check()

    def _drop_statement(self):
        if self._stmt is not None:
            _sqlite3.finalize(self._stmt)
            self._stmt = None
        self._has_row = False

    def _step(self):
        try:
            self._has_row = _sqlite3.step(self._stmt)
        except BaseException:
            self._drop_statement()
            raise
        if not self._has_row:
            _sqlite3.reset(self._stmt)

    def _run(self, sql, parameter_sets, many):
        self._check()
        self._drop_statement()
        connection = self._connection
        dml = _is_dml(sql)
        if many and not dml:
            raise ProgrammingError("executemany() can only execute DML statements.")
        stmt = _prepare(connection, sql)
        self.description = None
        self.rowcount = 0 if dml else -1
        if stmt is None:
            for parameters in parameter_sets:
                pass
            return self
        if dml and connection._begin is not None and _sqlite3.autocommit(connection._db):
            connection._exec(connection._begin)
        self._stmt = stmt
        try:
            for parameters in parameter_sets:
                _sqlite3.reset(stmt)
                _bind_all(stmt, parameters)
                self._step()
                if dml:
                    self.rowcount += _sqlite3.changes(connection._db)
        except BaseException:
            self._drop_statement()
            raise
        names = _sqlite3.column_names(stmt)
        if names:
            self._describe(names)
        else:
            self.description = None
        if not many:
            self.lastrowid = _sqlite3.last_insert_rowid(connection._db)
        if not self._has_row:
            self._drop_statement()
        return self

    def _describe(self, names):
        connection = self._connection
        detect = connection._detect_types
        shown = []
        found = []
        decltypes = _sqlite3.column_decltypes(self._stmt) if detect & PARSE_DECLTYPES else None
        for i, name in enumerate(names):
            converter = None
            if detect & PARSE_COLNAMES:
                left = name.find("[")
                if left >= 0:
                    right = name.find("]", left + 1)
                    if right >= 0:
                        converter = converters.get(name[left + 1:right].upper())
                    cut = left - 1 if left > 0 and name[left - 1] == " " else left
                    name = name[:cut]
            if converter is None and decltypes is not None and decltypes[i] is not None:
                word = decltypes[i]
                for stop in " (":
                    at = word.find(stop)
                    if at >= 0:
                        word = word[:at]
                converter = converters.get(word.upper())
            found.append(converter)
            shown.append((name, None, None, None, None, None, None))
        self.description = tuple(shown)
        self._converters = found if any(c is not None for c in found) else None

    def execute(self, sql, parameters=(), /):
        _check_sql(sql, "execute")
        return self._run(sql, (parameters,), False)

    def executemany(self, sql, seq_of_parameters, /):
        _check_sql(sql, "executemany")
        return self._run(sql, iter(seq_of_parameters), True)

    def executescript(self, sql_script, /):
        self._check()
        if not isinstance(sql_script, str):
            raise TypeError("executescript() argument must be str, not "
                            + _type_name(sql_script))
        self._drop_statement()
        connection = self._connection
        if not _sqlite3.autocommit(connection._db):
            connection._exec("COMMIT")
        rest = sql_script
        while True:
            stmt, rest = _sqlite3.prepare(connection._db, rest)
            if stmt is None:
                if _skip_blanks(rest) >= len(rest):
                    break
                continue
            try:
                while _sqlite3.step(stmt):
                    pass
            finally:
                _sqlite3.finalize(stmt)
        self.description = None
        return self

    def _row(self):
        connection = self._connection
        factory = connection.text_factory
        converters_now = self._converters
        if converters_now is None and factory is str:
            row = _sqlite3.row(self._stmt, False)
        else:
            raw = _sqlite3.row(self._stmt, factory is not str)
            if factory is not str and factory is not bytes:
                kinds = _sqlite3.row(self._stmt, False)
                raw = tuple(factory(r) if isinstance(k, str) else k
                            for r, k in zip(raw, kinds))
            if converters_now is not None:
                raw = list(raw)
                for i, converter in enumerate(converters_now):
                    if converter is not None:
                        data = _sqlite3.column_bytes(self._stmt, i)
                        raw[i] = None if data is None else converter(data)
            row = tuple(raw)
        self._step()
        if not self._has_row:
            self._drop_statement()
        if self.row_factory is not None:
            return self.row_factory(self, row)
        return row

    def fetchone(self):
        self._check()
        if not self._has_row:
            return None
        return self._row()

    def fetchmany(self, size=None):
        if size is None:
            size = self.arraysize
        rows = []
        while len(rows) < size:
            row = self.fetchone()
            if row is None:
                break
            rows.append(row)
        return rows

    def fetchall(self):
        rows = []
        while True:
            row = self.fetchone()
            if row is None:
                return rows
            rows.append(row)

    def __iter__(self):
        return self

    def __next__(self):
        row = self.fetchone()
        if row is None:
            raise StopIteration
        return row

    def close(self):
        self._connection._check()
        self._drop_statement()
        self._closed = True

    def setinputsizes(self, sizes, /):
        pass

    def setoutputsize(self, size, column=None, /):
        pass


# ---- Connection

_LEVELS = ("", "DEFERRED", "IMMEDIATE", "EXCLUSIVE")


def _checked_level(level):
    if level is None:
        return None
    if not isinstance(level, str):
        raise TypeError("isolation_level must be str or None")
    if level.upper() not in _LEVELS:
        raise ValueError("isolation_level string must be '', 'DEFERRED', 'IMMEDIATE', "
                         "or 'EXCLUSIVE'")
    return level


class Connection:
    """An open SQLite database."""

    Warning = Warning
    Error = Error
    InterfaceError = InterfaceError
    DatabaseError = DatabaseError
    DataError = DataError
    OperationalError = OperationalError
    IntegrityError = IntegrityError
    InternalError = InternalError
    ProgrammingError = ProgrammingError
    NotSupportedError = NotSupportedError

    def __init__(self, database, timeout=5.0, detect_types=0, isolation_level="",
                 check_same_thread=True, factory=None, cached_statements=128, uri=False):
        self._db = None
        import os
        path = os.fsdecode(os.fspath(database))
        if "\0" in path:
            raise ValueError("embedded null character")
        self._isolation_level = _checked_level(isolation_level)
        self._db = _sqlite3.open(path, bool(uri), float(timeout))
        self._detect_types = int(detect_types)
        self.row_factory = None
        self.text_factory = str

    @property
    def _begin(self):
        if self._isolation_level is None:
            return None
        return "BEGIN " + self._isolation_level

    def _check(self):
        if self._db is None:
            raise ProgrammingError("Base Connection.__init__ not called.")
        if self._closed:
            raise ProgrammingError("Cannot operate on a closed database.")

    _closed = False

    def _exec(self, sql):
        stmt = _sqlite3.prepare(self._db, sql)[0]
        try:
            while _sqlite3.step(stmt):
                pass
        finally:
            _sqlite3.finalize(stmt)

    @property
    def isolation_level(self):
        return self._isolation_level

    @isolation_level.setter
    def isolation_level(self, level):
        level = _checked_level(level)
        if level is None and not self._closed and not _sqlite3.autocommit(self._db):
            self._exec("COMMIT")
        self._isolation_level = level

    @property
    def in_transaction(self):
        self._check()
        return not _sqlite3.autocommit(self._db)

    @property
    def total_changes(self):
        self._check()
        return _sqlite3.total_changes(self._db)

    def cursor(self, factory=Cursor):
        self._check()
        cursor = factory(self)
        if not isinstance(cursor, Cursor):
            raise TypeError("factory must return a cursor, not " + _type_name(cursor))
        if self.row_factory is not None:
            cursor.row_factory = self.row_factory
        return cursor

    def execute(self, sql, parameters=(), /):
        return self.cursor().execute(sql, parameters)

    def executemany(self, sql, parameters, /):
        return self.cursor().executemany(sql, parameters)

    def executescript(self, sql_script, /):
        return self.cursor().executescript(sql_script)

    def commit(self):
        self._check()
        if not _sqlite3.autocommit(self._db):
            self._exec("COMMIT")

    def rollback(self):
        self._check()
        if not _sqlite3.autocommit(self._db):
            self._exec("ROLLBACK")

    def close(self):
        if self._db is not None and not self._closed:
            self._closed = True
            _sqlite3.close(self._db)

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, traceback):
        if exc_type is None:
            try:
                self.commit()
            except BaseException:
                self.rollback()
                raise
        else:
            self.rollback()
        return False

    def create_function(self, name, narg, func, *, deterministic=False):
        self._check()
        _sqlite3.create_function(self._db, name, narg, func, bool(deterministic))

    def create_aggregate(self, name, n_arg, aggregate_class):
        self._check()
        _sqlite3.create_aggregate(self._db, name, n_arg, aggregate_class)

    def create_collation(self, name, callable):
        self._check()
        if callable is not None and not hasattr(callable, "__call__"):
            raise TypeError("parameter must be callable")
        _sqlite3.create_collation(self._db, name, callable)

    def interrupt(self):
        self._check()
        _sqlite3.interrupt(self._db)

    def iterdump(self):
        self._check()
        return _dump(self)

    def backup(self, target, *, pages=-1, progress=None, name="main", sleep=0.250):
        self._check()
        if not isinstance(target, Connection):
            raise TypeError("backup() argument 'target' must be sqlite3.Connection, not "
                            + _type_name(target))
        target._check()
        if target is self:
            raise ValueError("target cannot be the same connection instance")
        if progress is not None and not hasattr(progress, "__call__"):
            raise TypeError("progress argument must be a callable")
        _sqlite3.backup(self._db, target._db, name, int(pages) or -1)
        if progress is not None:
            progress(0, 0, 0)

def _quoted(name):
    return '"%s"' % name.replace('"', '""')


def _dump(connection):
    """The SQL text that recreates the database: its tables with their rows, then its
    indexes, triggers and views, then the AUTOINCREMENT counters, in one transaction."""
    yield "BEGIN TRANSACTION;"
    schema = connection.execute(
        "SELECT name, type, sql FROM sqlite_master WHERE sql NOT NULL AND "
        "type == 'table' ORDER BY name").fetchall()
    counters = False
    for table, _, sql in schema:
        if table == "sqlite_sequence":
            counters = True
            continue
        if table == "sqlite_stat1":
            yield 'ANALYZE "sqlite_master";'
        elif table.startswith("sqlite_"):
            continue
        elif sql.startswith("CREATE VIRTUAL TABLE"):
            yield ("INSERT INTO sqlite_master(type,name,tbl_name,rootpage,sql)"
                   "VALUES('table',%s,%s,0,%s);"
                   % (_sql_literal(table), _sql_literal(table), _sql_literal(sql)))
            continue
        else:
            yield sql + ";"
        yield from _dump_rows(connection, table)
    rest = connection.execute(
        "SELECT name, type, sql FROM sqlite_master WHERE sql NOT NULL AND "
        "type IN ('index', 'trigger', 'view')").fetchall()
    for _, _, sql in rest:
        yield sql + ";"
    if counters:
        yield 'DELETE FROM "sqlite_sequence";'
        yield from _dump_rows(connection, "sqlite_sequence")
    yield "COMMIT;"


def _dump_rows(connection, table):
    columns = [info[1] for info in
               connection.execute("PRAGMA table_info(%s)" % _quoted(table))]
    values = ",".join("'||quote(%s)||'" % _quoted(column) for column in columns)
    quoted = _quoted(table)
    inserts = "SELECT 'INSERT INTO %s VALUES(%s)' FROM %s" % (
        quoted.replace("'", "''"), values, quoted)
    for (line,) in connection.execute(inserts):
        yield line + ";"


def _sql_literal(text):
    return "'%s'" % text.replace("'", "''")


def connect(database, timeout=5.0, detect_types=0, isolation_level="",
            check_same_thread=True, factory=Connection, cached_statements=128, uri=False):
    return factory(database, timeout, detect_types, isolation_level, check_same_thread,
                   factory, cached_statements, uri)


def complete_statement(statement):
    if not isinstance(statement, str):
        raise TypeError("complete_statement() argument 'statement' must be str, not "
                        + _type_name(statement))
    return _sqlite3.complete_statement(statement)


_callback_tracebacks = False


def enable_callback_tracebacks(enable, /):
    global _callback_tracebacks
    _callback_tracebacks = bool(enable)


def _ticks_to(kind):
    def convert(ticks):
        import time
        return kind(*time.localtime(ticks)[:6])
    return convert


Binary = memoryview
_dt = _datetime()
Date, Time, Timestamp = _dt.date, _dt.time, _dt.datetime
DateFromTicks = _ticks_to(lambda *parts: _dt.date(*parts[:3]))
TimeFromTicks = _ticks_to(lambda *parts: _dt.time(*parts[3:]))
TimestampFromTicks = _ticks_to(_dt.datetime)
del _dt
