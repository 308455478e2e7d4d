from datetime import date, datetime, timedelta
from collections import defaultdict
events = [datetime(2024, 1, 1) + timedelta(hours=7 * i) for i in range(20)]
by_day = defaultdict(int)
for e in events:
    by_day[e.date()] += 1
for day in sorted(by_day):
    print(day.isoformat(), day.strftime("%a"), by_day[day])
start = date(2024, 2, 26)
print([str(start + timedelta(days=i)) for i in range(5)])
print(max(events) - min(events), len({e.date() for e in events}))
