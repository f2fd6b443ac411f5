"""CSV files (coro's `csv`): reader/writer (from the native `_csv`), the Dialect classes
(excel, excel-tab, unix), DictReader/DictWriter and Sniffer, whose quote, delimiter and
header heuristics are the documented ones, tuned to guess the dialects python3 guesses.
Written from the csv documentation and python3's observable behaviour."""

import re
from io import StringIO
from _csv import (Error, __version__, writer, reader, register_dialect,
                  unregister_dialect, get_dialect, list_dialects, field_size_limit,
                  QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE)
from _csv import Dialect as _Dialect

__all__ = [
    "QUOTE_MINIMAL", "QUOTE_ALL", "QUOTE_NONNUMERIC", "QUOTE_NONE", "Error", "Dialect",
    "__doc__", "excel", "excel_tab", "field_size_limit", "reader", "writer",
    "register_dialect", "get_dialect", "list_dialects", "Sniffer", "unregister_dialect",
    "__version__", "DictReader", "DictWriter", "unix_dialect",
]


class Dialect:
    """The settings of a CSV format, as class attributes of a subclass (csv.excel is
    one): delimiter, quotechar, escapechar, doublequote, skipinitialspace,
    lineterminator, quoting. Instantiating a subclass checks them."""

    _name = ""
    _valid = False
    # Unset here; a subclass gives each its value.
    delimiter = quotechar = escapechar = None
    doublequote = skipinitialspace = None
    lineterminator = quoting = None

    def __init__(self):
        if type(self) is not Dialect:
            self._valid = True
        self._validate()

    def _validate(self):
        # The native dialect checks every attribute; its TypeError is csv.Error here.
        try:
            _Dialect(self)
        except TypeError as problem:
            raise Error(str(problem))


class excel(Dialect):
    """The CSV files Excel writes: comma-separated, CRLF line ends, minimal quoting."""
    delimiter, quotechar, lineterminator = ',', '"', '\r\n'
    doublequote, skipinitialspace, quoting = True, False, QUOTE_MINIMAL


class excel_tab(excel):
    """Excel's tab-separated variant."""
    delimiter = '\t'


class unix_dialect(Dialect):
    """The CSV files Unix tools write: LF line ends, every field quoted."""
    delimiter, quotechar, lineterminator = ',', '"', '\n'
    doublequote, skipinitialspace, quoting = True, False, QUOTE_ALL


for _name, _dialect in (("excel", excel), ("excel-tab", excel_tab), ("unix", unix_dialect)):
    register_dialect(_name, _dialect)
del _name, _dialect


class DictReader:
    """Rows as dicts keyed by the field names (the first row unless given); surplus
    values go in a list under restkey, missing ones get restval."""

    def __init__(self, f, fieldnames=None, restkey=None, restval=None,
                 dialect="excel", *args, **kwds):
        self.reader = reader(f, dialect, *args, **kwds)
        self.dialect = dialect
        self._fieldnames = fieldnames
        self.restkey, self.restval = restkey, restval
        self.line_num = 0

    @property
    def fieldnames(self):
        # Read lazily: the header row is consumed on first use.
        if self._fieldnames is None:
            self._fieldnames = next(self.reader, None)
        self.line_num = self.reader.line_num
        return self._fieldnames

    @fieldnames.setter
    def fieldnames(self, value):
        self._fieldnames = value

    def __iter__(self):
        return self

    def __next__(self):
        if not self.line_num:
            self.fieldnames   # take the header before the first row
        values = next(self.reader)
        self.line_num = self.reader.line_num
        while not values:
            # Blank lines are skipped, not turned into rows of restval.
            values = next(self.reader)
        # The property (which also takes the reader's line count) runs only for a
        # subclass that may override it.
        if type(self) is DictReader:
            self.line_num = self.reader.line_num
            names = self._fieldnames
        else:
            names = self.fieldnames
        record = dict(zip(names, values))
        n_names, n_values = len(names), len(values)
        if n_values > n_names:
            record[self.restkey] = values[n_names:]
        elif n_values < n_names:
            for name in names[n_values:]:
                record[name] = self.restval
        return record


class DictWriter:
    """Writes dicts as rows in fieldnames order; missing keys get restval, and keys
    not in fieldnames raise ValueError (or, with extrasaction='ignore', are dropped)."""

    def __init__(self, f, fieldnames, restval="", extrasaction="raise",
                 dialect="excel", *args, **kwds):
        if extrasaction.lower() not in ("raise", "ignore"):
            raise ValueError(f"extrasaction ({extrasaction}) must be 'raise' or 'ignore'")
        self.fieldnames = fieldnames
        self.restval = restval
        self.extrasaction = extrasaction
        self.writer = writer(f, dialect, *args, **kwds)

    def _dict_to_list(self, rowdict):
        # Only the exact string "raise" checks (other spellings pass the constructor
        # and then ignore, as in python3).
        if self.extrasaction == "raise":
            unknown = rowdict.keys() - self.fieldnames
            if unknown:
                listed = ", ".join(repr(key) for key in unknown)
                raise ValueError(f"dict contains fields not in fieldnames: {listed}")
        return (rowdict.get(name, self.restval) for name in self.fieldnames)

    def writeheader(self):
        return self.writerow({name: name for name in self.fieldnames})

    def writerow(self, rowdict):
        return self.writer.writerow(self._dict_to_list(rowdict))

    def writerows(self, rowdicts):
        return self.writer.writerows(self._dict_to_list(row) for row in rowdicts)


# Quoted fields with what surrounds them, most telling first: delimiter, quoted field,
# delimiter; a quoted field opening a line; one closing a line; a quoted line alone.
_QUOTED_FIELD_SHAPES = (
    r'(?P<delim>[^\w\n"\'])(?P<space> ?)(?P<quote>["\']).*?(?P=quote)(?P=delim)',
    r'(?:^|\n)(?P<quote>["\']).*?(?P=quote)(?P<delim>[^\w\n"\'])(?P<space> ?)',
    r'(?P<delim>[^\w\n"\'])(?P<space> ?)(?P<quote>["\']).*?(?P=quote)(?:$|\n)',
    r'(?:^|\n)(?P<quote>["\']).*?(?P=quote)(?:$|\n)',
)


def _most_common(counts):
    return max(counts, key=counts.get)


class Sniffer:
    """Guesses a CSV sample's dialect (delimiter, quote character, ...) and whether
    it starts with a header row."""

    def __init__(self):
        # When several delimiters fit equally, the first of these wins.
        self.preferred = [',', '\t', ';', ' ', ':']

    def sniff(self, sample, delimiters=None):
        """A Dialect subclass describing the sample (csv.Error if none fits)."""
        quotechar, doublequote, delimiter, skipinitialspace = \
            self._guess_quote_and_delimiter(sample, delimiters)
        if not delimiter:
            delimiter, skipinitialspace = self._guess_delimiter(sample, delimiters)
        if not delimiter:
            raise Error("Could not determine delimiter")

        class dialect(Dialect):
            _name = "sniffed"
            lineterminator = '\r\n'
            quoting = QUOTE_MINIMAL

        dialect.doublequote = doublequote
        dialect.delimiter = delimiter
        dialect.quotechar = quotechar or '"'
        dialect.skipinitialspace = skipinitialspace
        return dialect

    def _guess_quote_and_delimiter(self, data, delimiters):
        """Quotes and delimiter from the quoted fields of the sample, if it has any."""
        found = []
        for shape in _QUOTED_FIELD_SHAPES:
            pattern = re.compile(shape, re.DOTALL | re.MULTILINE)
            found = list(pattern.finditer(data))
            if found:
                break
        if not found:
            return ('', False, None, 0)
        quotes = {}
        delims = {}
        spaces = 0
        names = pattern.groupindex
        for m in found:
            quote = m.group('quote')
            if quote:
                quotes[quote] = quotes.get(quote, 0) + 1
            if 'delim' not in names:
                continue
            delim = m.group('delim')
            if delim and (delimiters is None or delim in delimiters):
                delims[delim] = delims.get(delim, 0) + 1
            if 'space' in names and m.group('space'):
                spaces += 1
        quotechar = _most_common(quotes)
        if delims:
            delim = _most_common(delims)
            skipinitialspace = delims[delim] == spaces
            if delim == '\n':
                delim = ''
        else:
            delim = ''
            skipinitialspace = 0
        # A third quote between two delimiters means doubled quotes inside fields.
        doubled = re.compile(
            r"((%(delim)s)|^)\W*%(quote)s[^%(delim)s\n]*%(quote)s[^%(delim)s\n]*%(quote)s\W*((%(delim)s)|$)"
            % {'delim': re.escape(delim), 'quote': quotechar}, re.MULTILINE)
        return (quotechar, bool(doubled.search(data)), delim, skipinitialspace)

    def _guess_delimiter(self, data, delimiters):
        """The character that occurs equally often on (nearly) every line.

        Lines are read ten at a time; for each ASCII character the mode of its count per
        line, weighed by how many lines agree with it, decides whether it is a
        candidate (agreement from 100% down to 90%)."""
        lines = [line for line in data.split('\n') if line]
        chunk = min(10, len(lines))
        tallies = {}
        modes = {}
        delims = {}
        start = 0
        rounds = 0
        while start < len(lines):
            rounds += 1
            for line in lines[start:start + chunk]:
                for code in range(127):
                    char = chr(code)
                    tally = tallies.setdefault(char, {})
                    freq = line.count(char)
                    tally[freq] = tally.get(freq, 0) + 1
            for char, tally in tallies.items():
                items = list(tally.items())
                if len(items) == 1 and items[0][0] == 0:
                    continue
                if len(items) > 1:
                    mode = max(items, key=lambda item: item[1])
                    items.remove(mode)
                    modes[char] = (mode[0], mode[1] - sum(item[1] for item in items))
                else:
                    modes[char] = items[0]
            total = float(min(chunk * rounds, len(lines)))
            consistency = 1.0
            while not delims and consistency >= 0.9:
                for char, (freq, agree) in modes.items():
                    if freq > 0 and agree > 0:
                        if agree / total >= consistency and (delimiters is None
                                                             or char in delimiters):
                            delims[char] = (freq, agree)
                consistency -= 0.01
            if len(delims) == 1:
                delim = list(delims)[0]
                return (delim, self._spaced(lines, delim))
            start += chunk
        if not delims:
            return ('', 0)
        if len(delims) > 1:
            for delim in self.preferred:
                if delim in delims:
                    return (delim, self._spaced(lines, delim))
        delim = sorted((v, k) for k, v in delims.items())[-1][1]
        return (delim, self._spaced(lines, delim))

    @staticmethod
    def _spaced(lines, delim):
        return lines[0].count(delim) == lines[0].count("%c " % delim)

    def has_header(self, sample):
        """Whether the first row looks unlike the rest: a column whose values all
        parse as numbers, or all have the same length, votes for a header when the
        first row's cell differs."""
        rows = reader(StringIO(sample), self.sniff(sample))
        header = next(rows)
        width = len(header)
        kinds = dict.fromkeys(range(width))
        number = _number_type()
        checked = 0
        for row in rows:
            if checked > 20:
                break
            checked += 1
            if len(row) != width:
                continue
            for col in list(kinds):
                try:
                    number(row[col])
                    kind = number
                except (ValueError, OverflowError):
                    kind = len(row[col])
                if kind != kinds[col]:
                    if kinds[col] is None:
                        kinds[col] = kind
                    else:
                        del kinds[col]
        votes = 0
        for col, kind in kinds.items():
            if type(kind) == int:
                votes += 1 if len(header[col]) != kind else -1
            else:
                try:
                    kind(header[col])
                except (ValueError, TypeError):
                    votes += 1
                else:
                    votes -= 1
        return votes > 0


def _number_type():
    import builtins
    return getattr(builtins, 'complex', float)
