from datetime import datetime, date, timezone
print(datetime(2024, 1, 2).timestamp(), datetime(1970, 1, 1, 0, 0, 1, 500000).timestamp())
print(datetime.fromtimestamp(0), datetime.utcfromtimestamp(1.5), datetime.fromtimestamp(1700000000))
print(date.fromtimestamp(1700000000), datetime(2024, 1, 2, tzinfo=timezone.utc).timestamp())
print(datetime.fromisoformat("2024-01-02T03:04:05.123+01:00"), datetime.fromisoformat("2024-01-02 03:04"), datetime.fromisoformat("2024-01-02"))
print(repr(datetime.fromisoformat("2024-01-02T03:04:05Z")))
now = datetime.now()
print(type(now).__name__, now.year >= 2024, (datetime.now() - now).total_seconds() < 5)
print(date.today() == datetime.now().date() or True)
