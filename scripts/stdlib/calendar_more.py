# calendar: leap arithmetic over wide ranges, week layouts for every first weekday,
# text and HTML formats with unusual widths, module functions and errors.
import calendar

print([y for y in range(1896, 1906) if calendar.isleap(y)], calendar.isleap(-4), calendar.isleap(0), calendar.isleap(-100))
print(calendar.leapdays(1, 2024), calendar.leapdays(-400, 400), calendar.leapdays(2000, 2000), calendar.leapdays(2001, 1990))
print(calendar.weekday(1, 1, 1), calendar.weekday(9999, 12, 31), calendar.weekday(10000, 1, 1), calendar.weekday(-1, 3, 1), calendar.weekday(0, 2, 29))
print(calendar.monthrange(2024, 2), calendar.monthrange(1900, 2), calendar.monthrange(2000, 2), calendar.monthrange(2023, 12))
for bad in (0, 13, -1):
    try:
        calendar.monthrange(2020, bad)
    except calendar.IllegalMonthError as e:
        print(type(e).__name__, e, e.month, isinstance(e, ValueError))
for fw in range(7):
    cal = calendar.Calendar(fw)
    print(fw, list(cal.iterweekdays()), cal.monthdayscalendar(2021, 2)[0], len(cal.monthdatescalendar(2021, 2)))
    print('  ', list(cal.itermonthdays4(2024, 3))[:2], list(cal.itermonthdays3(2024, 3))[-1], list(cal.itermonthdays2(2024, 3))[-2:])
cal = calendar.Calendar(9)
print(cal.firstweekday, cal.getfirstweekday(), list(cal.iterweekdays())[:2])
cal.firstweekday = -1
print(cal.firstweekday, cal.monthdayscalendar(2024, 1)[0])
print(len(calendar.Calendar().yeardatescalendar(2024, 5)), [len(r) for r in calendar.Calendar().yeardays2calendar(2024, 5)])
print(calendar.Calendar().yeardayscalendar(2023, 12)[0][11][-1])
tc = calendar.TextCalendar(6)
print(tc.formatmonth(2024, 2, 4, 2))
print(tc.formatyear(2024, 3, 1, 2, 4))
print(calendar.TextCalendar().formatyear(1, 2, 1, 8, 2)[:400])
print(repr(tc.formatweekheader(1)), repr(tc.formatweekheader(10)), repr(tc.formatmonthname(2024, 5, 30, False)))
print(repr(tc.formatday(0, 0, 3)), repr(tc.formatday(7, 0, 5)), repr(tc.formatweek([(1, 0), (0, 1)], 2)))
hc = calendar.HTMLCalendar(6)
print(hc.formatmonth(2024, 2))
print(hc.formatyear(2023, 5)[:600])
print(hc.formatyearpage(2022, 4, css=None, encoding='ascii')[:300])
print(hc.formatyearpage(2022)[-80:])


class Custom(calendar.HTMLCalendar):
    cssclasses = ['a', 'b', 'c', 'd', 'e', 'f', 'g']
    cssclass_noday = 'empty'
    cssclass_month_head = 'mh'
    cssclass_year = 'yy'


print(Custom().formatmonth(2024, 9, withyear=False))
print(Custom().formatyear(2024, 12)[:200])
print(calendar.HTMLCalendar.cssclasses, calendar.HTMLCalendar.cssclasses_weekday_head, calendar.HTMLCalendar.cssclass_year_head)
lc = calendar.LocaleTextCalendar(0, 'C')
print(lc.formatmonthname(2020, 1, 20), lc.locale, calendar.LocaleHTMLCalendar().formatweekday(3))
print(calendar.formatstring(['a', 'bb', 'ccc'], 5, 2), calendar.formatstring([]))
calendar.format(['x', 'y'], 4, 1)
print(calendar.timegm((1970, 1, 1, 0, 0, 0)), calendar.timegm((2024, 2, 29, 23, 59, 59, 0, 0, 0)), calendar.timegm((1969, 12, 31, 23, 59, 59.5)))
print(calendar.timegm((2000, 13, 1, 0, 0, 0)) if False else calendar.timegm((2000, 1, 40, 25, 61, 61)))
print(calendar.firstweekday(), calendar.weekheader(3))
calendar.setfirstweekday(calendar.SUNDAY)
print(calendar.firstweekday(), calendar.weekheader(2), calendar.monthcalendar(2024, 6)[0])
print(calendar.month(2024, 6, 3))
calendar.prmonth(2024, 7)
calendar.prweek([(1, 6), (2, 0)], 2)
print()
for bad in (7, -1):
    try:
        calendar.setfirstweekday(bad)
    except calendar.IllegalWeekdayError as e:
        print(type(e).__name__, e, e.weekday)
calendar.setfirstweekday(0)
print(calendar.EPOCH, calendar.mdays, calendar.January, calendar.February, calendar.error)
print(list(calendar.month_name)[:3], list(calendar.day_abbr), len(calendar.month_abbr), calendar.day_name[-1], calendar.month_abbr[12])
print(calendar.MONDAY, calendar.SUNDAY, sorted(calendar.__all__)[:6])
