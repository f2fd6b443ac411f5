"""The CSV parser and writer under `csv`, as CPython's `_csv`: Dialect validation with
CPython's messages, the dialect registry, reader (the character state machine of the C
module, field-size limit included, run a line at a time by the native
`_csv_scan.parse_line`) and writer (quoting and escaping rules, a row at a time by the
native `_csv_scan.format_row`)."""

from _csv_scan import format_row as _format_row, parse_line as _parse_line

__version__ = "1.0"

QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE = range(4)

_dialects = {}
_field_limit = 128 * 1024


class Error(Exception):
    pass


Error.__module__ = '_csv'


def _char(name, value, default, none_ok):
    if value is None and none_ok:
        return None
    if value is _UNSET:
        return default
    if not isinstance(value, str):
        if none_ok:
            raise TypeError('"%s" must be string or None, not %s' % (name, type(value).__name__))
        raise TypeError('"%s" must be string, not %s' % (name, type(value).__name__))
    if len(value) != 1:
        raise TypeError('"%s" must be a 1-character string' % name)
    return value


_UNSET = object()


class Dialect:
    """CSV dialect

The Dialect type records CSV parsing and generation options.
"""
    __slots__ = ('_delimiter', '_doublequote', '_escapechar', '_lineterminator',
                 '_quotechar', '_quoting', '_skipinitialspace', '_strict')

    def __new__(cls, dialect=None, **kwargs):
        for key in kwargs:
            if key not in ('delimiter', 'doublequote', 'escapechar', 'lineterminator',
                           'quotechar', 'quoting', 'skipinitialspace', 'strict'):
                raise TypeError("'%s' is an invalid keyword argument for Dialect()" % key)
        if dialect is not None:
            if isinstance(dialect, str):
                dialect = get_dialect(dialect)
            if (type(dialect) is Dialect and not kwargs):
                return dialect

        def pick(name):
            if name in kwargs:
                return kwargs[name]
            if dialect is not None and hasattr(dialect, name):
                return getattr(dialect, name)
            return _UNSET

        self = object.__new__(cls)
        self._delimiter = _char('delimiter', pick('delimiter'), ',', False)
        self._escapechar = _char('escapechar', pick('escapechar'), None, True)
        quotechar = pick('quotechar')
        self._quotechar = _char('quotechar', quotechar, '"', True)
        quoting = pick('quoting')
        if kwargs.get('quotechar', _UNSET) is None and 'quoting' not in kwargs:
            # An explicit quotechar=None without a quoting mode means QUOTE_NONE.
            quoting = QUOTE_NONE
        elif quoting is _UNSET:
            quoting = QUOTE_MINIMAL
        elif not isinstance(quoting, int):
            raise TypeError('"quoting" must be an integer')
        if quoting not in (QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE):
            raise TypeError('bad "quoting" value')
        self._quoting = int(quoting)
        terminator = pick('lineterminator')
        if terminator is _UNSET:
            terminator = '\r\n'
        elif terminator is None:
            raise TypeError('lineterminator must be set')
        elif not isinstance(terminator, str):
            raise TypeError('"lineterminator" must be a string')
        self._lineterminator = terminator
        self._doublequote = _flag(pick('doublequote'), True)
        self._skipinitialspace = _flag(pick('skipinitialspace'), False)
        self._strict = _flag(pick('strict'), False)
        if self._quoting != QUOTE_NONE and self._quotechar is None:
            raise TypeError('quotechar must be set if quoting enabled')
        return self

    delimiter = property(lambda self: self._delimiter)
    doublequote = property(lambda self: self._doublequote)
    escapechar = property(lambda self: self._escapechar)
    lineterminator = property(lambda self: self._lineterminator)
    quotechar = property(lambda self: self._quotechar)
    quoting = property(lambda self: self._quoting)
    skipinitialspace = property(lambda self: self._skipinitialspace)
    strict = property(lambda self: self._strict)


Dialect.__module__ = '_csv'


def _flag(value, default):
    if value is _UNSET:
        return default
    return bool(value)


def register_dialect(name, dialect=None, **fmtparams):
    if not isinstance(name, str):
        raise TypeError('dialect name must be a string')
    _dialects[name] = Dialect(dialect, **fmtparams)


def unregister_dialect(name):
    if name not in _dialects:
        raise Error('unknown dialect')
    del _dialects[name]


def get_dialect(name):
    try:
        return _dialects[name]
    except (KeyError, TypeError):
        raise Error('unknown dialect') from None


def list_dialects():
    return list(_dialects)


def field_size_limit(*args, **kwargs):
    global _field_limit
    if kwargs:
        raise TypeError('field_size_limit() takes no keyword arguments')
    if len(args) > 1:
        raise TypeError('field_size_limit expected at most 1 argument, got %d' % len(args))
    old = _field_limit
    if args:
        if not isinstance(args[0], int):
            raise TypeError('limit must be an integer')
        _field_limit = args[0]
    return old


# The reader's states, as in CPython's parser.
(_START_RECORD, _START_FIELD, _ESCAPED_CHAR, _IN_FIELD, _IN_QUOTED_FIELD,
 _ESCAPE_IN_QUOTED_FIELD, _QUOTE_IN_QUOTED_FIELD, _EAT_CRNL, _AFTER_ESCAPED_CRNL) = range(9)


class Reader:
    """CSV reader

Reader objects are responsible for reading and parsing tabular data
in CSV format.
"""

    def __init__(self, iterable, dialect, fmtparams):
        self._input = iter(iterable)
        self.dialect = d = Dialect(dialect, **fmtparams)
        # What the native parser reads of the (immutable) dialect, looked up once.
        self._options = (d.delimiter, d.quotechar, d.escapechar, d.doublequote,
                         d.skipinitialspace, d.quoting, d.strict)
        self.line_num = 0
        self._reset()

    def _reset(self):
        self._fields = []
        self._field = []
        self._state = _START_RECORD
        self._numeric = False

    def __iter__(self):
        return self

    def _save_field(self):
        text = ''.join(self._field)
        self._field = []
        if self._numeric:
            self._numeric = False
            text = float(text)
        self._fields.append(text)

    def __next__(self):
        # The usual record is one line: parsed straight into a fresh list, without the
        # bookkeeping a record spanning lines (a quoted newline) needs.
        line = next(self._input)
        if not isinstance(line, str):
            raise Error('iterator should return strings, not %.200s '
                        '(the file should be opened in text mode)' % type(line).__name__)
        self.line_num += 1
        fields = []
        state, field, numeric = _parse_line(line, _START_RECORD, '', False, fields,
                                            self._options, _field_limit, Error)
        if state == _START_RECORD:
            return fields
        self._fields = fields
        self._field = [field] if field else []
        self._state = state
        self._numeric = numeric
        return self._rest_of_record()

    def _rest_of_record(self):
        while True:
            try:
                line = next(self._input)
            except StopIteration:
                if self._field or self._state == _IN_QUOTED_FIELD:
                    if self.dialect.strict:
                        raise Error('unexpected end of data') from None
                    self._save_field()
                    break
                raise
            if not isinstance(line, str):
                raise Error('iterator should return strings, not %.200s '
                            '(the file should be opened in text mode)' % type(line).__name__)
            self.line_num += 1
            self._state, field, self._numeric = _parse_line(
                line, self._state, ''.join(self._field), self._numeric, self._fields,
                self._options, _field_limit, Error)
            self._field = [field] if field else []
            if self._state == _START_RECORD:
                break
        fields = self._fields
        self._fields = []
        return fields


Reader.__name__ = Reader.__qualname__ = 'reader'
Reader.__module__ = '_csv'


class Writer:
    """CSV writer

Writer objects are responsible for generating tabular data
in CSV format from sequence input.
"""

    def __init__(self, fileobj, dialect, fmtparams):
        try:
            self._write = fileobj.write
        except AttributeError:
            raise TypeError('argument 1 must have a "write" method') from None
        self.dialect = d = Dialect(dialect, **fmtparams)
        # What the native formatter reads of the (immutable) dialect, looked up once.
        self._options = (d.delimiter, d.quotechar, d.escapechar, d.doublequote,
                         d.quoting, d.lineterminator)

    def writerow(self, row):
        return self._write(_format_row(row, self._options, Error))

    def writerows(self, rows):
        for row in rows:
            self.writerow(row)


Writer.__name__ = Writer.__qualname__ = 'writer'
Writer.__module__ = '_csv'


def reader(csvfile, dialect='excel', **fmtparams):
    return Reader(csvfile, dialect, fmtparams)


def writer(fileobj, dialect='excel', **fmtparams):
    return Writer(fileobj, dialect, fmtparams)
