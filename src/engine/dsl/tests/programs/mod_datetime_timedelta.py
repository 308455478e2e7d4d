from datetime import timedelta
for td in [timedelta(0), timedelta(days=-1), timedelta(seconds=-1), timedelta(hours=25, microseconds=5), timedelta(weeks=2, minutes=3)]:
    print(repr(td), str(td), td.days, td.seconds, td.microseconds)
print(timedelta(seconds=1.5), timedelta(microseconds=0.5), timedelta(microseconds=1.5), timedelta(microseconds=2.5), timedelta(milliseconds=1.0000001))
print(timedelta(days=1, hours=2).total_seconds(), -timedelta(hours=1), abs(timedelta(hours=-1)), bool(timedelta(0)), bool(timedelta(1)))
print(timedelta.max, timedelta.min, timedelta.resolution)
try:
    timedelta(days=10**9)
except OverflowError as e:
    print(e)
