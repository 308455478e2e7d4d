from datetime import datetime, time
dt = datetime(2024, 3, 5, 14, 7, 9, 123456)
for f in ["%Y-%m-%d %H:%M:%S.%f", "%a %A %b %B %p %I", "%j %U %W %w %y", "%c", "%x %X", "%%Y", "%-d/%-m"]:
    print(repr(f), dt.strftime(f))
print(f"{dt:%d.%m.%Y}", format(dt, "%H:%M"))
p = datetime.strptime("2024-03-05 10:11", "%Y-%m-%d %H:%M")
print(repr(p))
print(datetime.strptime("05/Mar/2024:10:11:12", "%d/%b/%Y:%H:%M:%S"))
print(datetime.strptime("2024-03-05T10:11:12.5", "%Y-%m-%dT%H:%M:%S.%f"))
print(repr(datetime.strptime("+0130", "%z")))
print(time(14, 7).strftime("%H:%M %p"))
