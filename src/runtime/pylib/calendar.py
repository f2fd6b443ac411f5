"""Calendars as text and HTML, and the date arithmetic behind them (coro's `calendar`).

Weeks start on Monday unless setfirstweekday() (0 = Monday ... 6 = Sunday) or a
Calendar's firstweekday says otherwise; cal(1) starts them on Sunday.
"""

# Written from the calendar documentation and python3's output: Calendar's iterators
# and matrices, TextCalendar and HTMLCalendar with python3's layout, the module-level
# functions on a shared TextCalendar, timegm. Names of days and months are the C
# locale's (English): the Locale* calendars accept a locale but coro has no other
# locale's names.

import datetime
import sys
from itertools import repeat

__all__ = [
    "IllegalMonthError", "IllegalWeekdayError", "setfirstweekday", "firstweekday",
    "isleap", "leapdays", "weekday", "monthrange", "monthcalendar", "prmonth", "month",
    "prcal", "calendar", "timegm", "month_name", "month_abbr", "day_name", "day_abbr",
    "Calendar", "TextCalendar", "HTMLCalendar", "LocaleTextCalendar",
    "LocaleHTMLCalendar", "weekheader", "MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY",
    "FRIDAY", "SATURDAY", "SUNDAY",
]

# The old name of the errors' base class.
error = ValueError


class IllegalMonthError(ValueError):
    def __init__(self, month):
        self.month = month

    def __str__(self):
        return f"bad month number {self.month!r}; must be 1-12"


class IllegalWeekdayError(ValueError):
    def __init__(self, weekday):
        self.weekday = weekday

    def __str__(self):
        return f"bad weekday number {self.weekday!r}; must be 0 (Monday) to 6 (Sunday)"


# Days per month in a common year (index 0 unused), and the month constants.
mdays = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
January, February = 1, 2

_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July',
           'August', 'September', 'October', 'November', 'December']
_DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']
_DAYS_ABBR = [name[:3] for name in _DAYS]


class _localized_month:
    _full = [''] + _MONTHS
    _short = [''] + [name[:3] for name in _MONTHS]

    def __init__(self, format):
        self.format = format

    def __getitem__(self, i):
        return (self._full if self.format == '%B' else self._short)[i]

    def __len__(self):
        return 13


class _localized_day:
    _full = _DAYS
    _short = [name[:3] for name in _DAYS]

    def __init__(self, format):
        self.format = format

    def __getitem__(self, i):
        return (self._full if self.format == '%A' else self._short)[i]

    def __len__(self):
        return 7


month_name, month_abbr = _localized_month('%B'), _localized_month('%b')
day_name, day_abbr = _localized_day('%A'), _localized_day('%a')

MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY, SATURDAY, SUNDAY = range(7)


def isleap(year):
    """Whether `year` is a Gregorian leap year."""
    if year % 4:
        return False
    return year % 100 != 0 or year % 400 == 0


def _leaps_through(year):
    # Leap years in 1..year (proleptic Gregorian; negative for years before 1).
    return year // 4 - year // 100 + year // 400


def leapdays(y1, y2):
    """How many leap years lie in [y1, y2) (y1 <= y2)."""
    return _leaps_through(y2 - 1) - _leaps_through(y1 - 1)


def weekday(year, month, day):
    """The day of the week, 0 (Monday) to 6 (Sunday), of a date."""
    if year < datetime.MINYEAR or year > datetime.MAXYEAR:
        # The Gregorian calendar repeats every 400 years.
        year = 2000 + year % 400
    return datetime.date(year, month, day).weekday()


def monthrange(year, month):
    """(weekday of the 1st, number of days) of a month."""
    if month < 1 or month > 12:
        raise IllegalMonthError(month)
    return weekday(year, month, 1), _monthlen(year, month)


def _monthlen(year, month):
    return mdays[month] + (month == February and isleap(year))


def _prevmonth(year, month):
    return (year - 1, 12) if month == 1 else (year, month - 1)


def _nextmonth(year, month):
    return (year + 1, 1) if month == 12 else (year, month + 1)


def _rows(items, width):
    return [items[i:i + width] for i in range(0, len(items), width)]


class Calendar(object):
    """The days of months and years as numbers, dates and weekday pairs, laid out in
    weeks starting on `firstweekday`; no formatting (see the subclasses)."""

    def __init__(self, firstweekday=0):
        self.firstweekday = firstweekday

    def setfirstweekday(self, firstweekday):
        self._firstweekday = firstweekday

    def getfirstweekday(self):
        return self._firstweekday % 7

    firstweekday = property(getfirstweekday, setfirstweekday)

    def iterweekdays(self):
        for i in range(self.firstweekday, self.firstweekday + 7):
            yield i % 7

    def _padding(self, year, month):
        """(days shown before the 1st, the month's length, days shown after its end)."""
        day1, ndays = monthrange(year, month)
        before = (day1 - self.firstweekday) % 7
        after = (self.firstweekday - day1 - ndays) % 7
        return before, ndays, after

    def itermonthdates(self, year, month):
        for y, m, d in self.itermonthdays3(year, month):
            yield datetime.date(y, m, d)

    def itermonthdays(self, year, month):
        before, ndays, after = self._padding(year, month)
        yield from repeat(0, before)
        yield from range(1, ndays + 1)
        yield from repeat(0, after)

    def itermonthdays2(self, year, month):
        for i, d in enumerate(self.itermonthdays(year, month), self.firstweekday):
            yield d, i % 7

    def itermonthdays3(self, year, month):
        before, ndays, after = self._padding(year, month)
        py, pm = _prevmonth(year, month)
        last = _monthlen(py, pm)
        yield from ((py, pm, d) for d in range(last - before + 1, last + 1))
        yield from ((year, month, d) for d in range(1, ndays + 1))
        ny, nm = _nextmonth(year, month)
        yield from ((ny, nm, d) for d in range(1, after + 1))

    def itermonthdays4(self, year, month):
        for i, (y, m, d) in enumerate(self.itermonthdays3(year, month)):
            yield y, m, d, (self.firstweekday + i) % 7

    def monthdatescalendar(self, year, month):
        return _rows(list(self.itermonthdates(year, month)), 7)

    def monthdays2calendar(self, year, month):
        return _rows(list(self.itermonthdays2(year, month)), 7)

    def monthdayscalendar(self, year, month):
        return _rows(list(self.itermonthdays(year, month)), 7)

    def yeardatescalendar(self, year, width=3):
        return _rows([self.monthdatescalendar(year, m) for m in range(1, 13)], width)

    def yeardays2calendar(self, year, width=3):
        return _rows([self.monthdays2calendar(year, m) for m in range(1, 13)], width)

    def yeardayscalendar(self, year, width=3):
        return _rows([self.monthdayscalendar(year, m) for m in range(1, 13)], width)


class TextCalendar(Calendar):
    """Months and years as plain text, laid out like cal(1)'s."""

    def prweek(self, theweek, width):
        print(self.formatweek(theweek, width), end='')

    def formatday(self, day, weekday, width):
        return ('' if day == 0 else '%2i' % day).center(width)

    def formatweek(self, theweek, width):
        return ' '.join(self.formatday(d, wd, width) for (d, wd) in theweek)

    def formatweekday(self, day, width):
        names = day_name if width >= 9 else day_abbr
        return names[day][:width].center(width)

    def formatweekheader(self, width):
        return ' '.join(self.formatweekday(i, width) for i in self.iterweekdays())

    def formatmonthname(self, theyear, themonth, width, withyear=True):
        title = f"{month_name[themonth]} {theyear!r}" if withyear else month_name[themonth]
        return title.center(width)

    def prmonth(self, theyear, themonth, w=0, l=0):
        print(self.formatmonth(theyear, themonth, w, l), end='')

    def formatmonth(self, theyear, themonth, w=0, l=0):
        w = max(2, w)
        gap = '\n' * max(1, l)
        lines = [self.formatmonthname(theyear, themonth, 7 * (w + 1) - 1),
                 self.formatweekheader(w)]
        lines += [self.formatweek(week, w)
                  for week in self.monthdays2calendar(theyear, themonth)]
        return ''.join(line.rstrip() + gap for line in lines)

    def formatyear(self, theyear, w=2, l=1, c=6, m=3):
        w = max(2, w)
        gap = '\n' * max(1, l)
        c = max(2, c)
        colwidth = (w + 1) * 7 - 1
        out = [repr(theyear).center(colwidth * m + c * (m - 1)).rstrip(), gap]
        header = self.formatweekheader(w)
        for i, row in enumerate(self.yeardays2calendar(theyear, m)):
            months = range(m * i + 1, min(m * (i + 1) + 1, 13))
            out.append(gap)
            names = (self.formatmonthname(theyear, k, colwidth, False) for k in months)
            out += [formatstring(names, colwidth, c).rstrip(), gap]
            out += [formatstring((header for k in months), colwidth, c).rstrip(), gap]
            for j in range(max(len(cal) for cal in row)):
                weeks = [self.formatweek(cal[j], w) if j < len(cal) else '' for cal in row]
                out += [formatstring(weeks, colwidth, c).rstrip(), gap]
        return ''.join(out)

    def pryear(self, theyear, w=0, l=0, c=6, m=3):
        """Print formatyear()'s text."""
        print(self.formatyear(theyear, w, l, c, m), end='')


class HTMLCalendar(Calendar):
    """Months and years as HTML tables (and whole pages); the CSS class names are
    attributes a subclass may change."""
    cssclasses = [name.lower() for name in _DAYS_ABBR]
    cssclasses_weekday_head = cssclasses
    cssclass_noday = "noday"
    cssclass_month = cssclass_month_head = "month"
    cssclass_year = cssclass_year_head = "year"

    def formatday(self, day, weekday):
        if day == 0:
            return '<td class="%s">&nbsp;</td>' % self.cssclass_noday
        return '<td class="%s">%d</td>' % (self.cssclasses[weekday], day)

    def formatweek(self, theweek):
        return '<tr>%s</tr>' % ''.join(self.formatday(d, wd) for (d, wd) in theweek)

    def formatweekday(self, day):
        return '<th class="%s">%s</th>' % (self.cssclasses_weekday_head[day], day_abbr[day])

    def formatweekheader(self):
        return '<tr>%s</tr>' % ''.join(self.formatweekday(i) for i in self.iterweekdays())

    def formatmonthname(self, theyear, themonth, withyear=True):
        s = f'{month_name[themonth]} {theyear}' if withyear else f'{month_name[themonth]}'
        return '<tr><th colspan="7" class="%s">%s</th></tr>' % (self.cssclass_month_head, s)

    def formatmonth(self, theyear, themonth, withyear=True):
        parts = ['<table border="0" cellpadding="0" cellspacing="0" class="%s">'
                 % self.cssclass_month,
                 self.formatmonthname(theyear, themonth, withyear=withyear),
                 self.formatweekheader()]
        parts += [self.formatweek(week) for week in self.monthdays2calendar(theyear, themonth)]
        parts.append('</table>')
        return ''.join(part + '\n' for part in parts)

    def formatyear(self, theyear, width=3):
        width = max(width, 1)
        out = ['<table border="0" cellpadding="0" cellspacing="0" class="%s">'
               % self.cssclass_year, '\n',
               '<tr><th colspan="%d" class="%s">%s</th></tr>'
               % (width, self.cssclass_year_head, theyear)]
        for i in range(1, 13, width):
            out.append('<tr>')
            for m in range(i, min(i + width, 13)):
                out += ['<td>', self.formatmonth(theyear, m, withyear=False), '</td>']
            out.append('</tr>')
        out.append('</table>')
        return ''.join(out)

    def formatyearpage(self, theyear, width=3, css='calendar.css', encoding=None):
        if encoding is None:
            encoding = sys.getdefaultencoding()
        out = ['<?xml version="1.0" encoding="%s"?>\n' % encoding,
               '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" '
               '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">\n',
               '<html>\n', '<head>\n',
               '<meta http-equiv="Content-Type" content="text/html; charset=%s" />\n'
               % encoding]
        if css is not None:
            out.append('<link rel="stylesheet" type="text/css" href="%s" />\n' % css)
        out += ['<title>Calendar for %d</title>\n' % theyear, '</head>\n', '<body>\n',
                self.formatyear(theyear, width), '</body>\n', '</html>\n']
        return ''.join(out).encode(encoding, "xmlcharrefreplace")


class LocaleTextCalendar(TextCalendar):
    """A TextCalendar for a locale's names (coro knows only the C locale's)."""

    def __init__(self, firstweekday=0, locale=None):
        super().__init__(firstweekday)
        self.locale = 'C' if locale is None else locale


class LocaleHTMLCalendar(HTMLCalendar):
    """An HTMLCalendar for a locale's names (coro knows only the C locale's)."""

    def __init__(self, firstweekday=0, locale=None):
        super().__init__(firstweekday)
        self.locale = 'C' if locale is None else locale


# The module-level functions are the methods of one shared TextCalendar.
c = TextCalendar()
firstweekday = c.getfirstweekday
(monthcalendar, prweek, week, weekheader, prmonth, month, calendar, prcal) = (
    c.monthdayscalendar, c.prweek, c.formatweek, c.formatweekheader, c.prmonth,
    c.formatmonth, c.formatyear, c.pryear)


def setfirstweekday(firstweekday):
    if firstweekday < MONDAY or firstweekday > SUNDAY:
        raise IllegalWeekdayError(firstweekday)
    c.firstweekday = firstweekday

_colwidth = 7*3 - 1
_spacing = 6


def formatstring(cols, colwidth=_colwidth, spacing=_spacing):
    """The strings centred in columns of colwidth, spacing blanks apart."""
    return (spacing * ' ').join(c.center(colwidth) for c in cols)


def format(cols, colwidth=_colwidth, spacing=_spacing):
    """Print formatstring()'s line."""
    print(formatstring(cols, colwidth, spacing))


EPOCH = 1970
_EPOCH_ORD = datetime.date(EPOCH, 1, 1).toordinal()


def timegm(tuple):
    """The Unix timestamp of a UTC time tuple (the inverse of time.gmtime)."""
    year, month, day, hour, minute, second = tuple[:6]
    days = datetime.date(year, month, 1).toordinal() - _EPOCH_ORD + (day - 1)
    return second + 60 * (minute + 60 * (hour + 24 * days))
