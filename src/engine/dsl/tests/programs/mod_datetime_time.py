from datetime import time, timezone, timedelta
print(repr(time()), repr(time(1, 2, 3)), repr(time(1, 2, 0, 5)), str(time(1, 2, 3, 400)))
t = time(13, 45, 30)
print(t.isoformat(), t.isoformat("minutes"), t.isoformat("milliseconds"), t.hour, t.minute, t.second)
print(time(1, 2) < time(1, 3), time(1, 2) == time(1, 2), hash(time(1, 2)) == hash(time(1, 2)))
print(time.fromisoformat("10:11:12.5"), time.min, time.max, t.replace(hour=1))
tt = time(5, 6, tzinfo=timezone(timedelta(hours=2)))
print(tt, repr(tt), tt.utcoffset(), tt.tzname())
try:
    t.isoformat("weeks")
except ValueError as e:
    print(e)
