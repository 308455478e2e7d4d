import calendar
print(calendar.isleap(2024), calendar.isleap(1900), calendar.leapdays(2000, 2025), calendar.monthrange(2024, 2), calendar.monthrange(2023, 12))
print(calendar.weekday(2024, 1, 7), calendar.month_name[1], calendar.day_abbr[0], list(calendar.month_abbr)[:3], len(calendar.month_name))
print(calendar.monthcalendar(2024, 2))
print(calendar.timegm((2024, 1, 2, 3, 4, 5, 0, 0, 0)), calendar.MONDAY, calendar.SUNDAY, calendar.firstweekday())
try:
    calendar.monthrange(2024, 13)
except calendar.IllegalMonthError as e:
    print(type(e).__name__, e, isinstance(e, ValueError))
