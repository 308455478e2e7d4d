from datetime import date, datetime, time, timedelta, timezone
checks = [
    lambda: date(2024, 2, 30),
    lambda: date(0, 1, 1),
    lambda: date(2024, 13, 1),
    lambda: datetime(2024, 1, 1, 24),
    lambda: datetime(2024, 1, 1, 0, 60),
    lambda: time(0, 0, 0, 1000000),
    lambda: date.fromisoformat("2024-1-1"),
    lambda: datetime.fromisoformat("nope"),
    lambda: date(2024, 1, 31).replace(month=2),
    lambda: date(2024, 1, 1) + 1,
    lambda: date(2024, 1, 1) < datetime(2024, 1, 1),
    lambda: datetime(2024, 1, 1) < datetime(2024, 1, 1, tzinfo=timezone.utc),
    lambda: datetime(2024, 1, 1) - datetime(2024, 1, 1, tzinfo=timezone.utc),
    lambda: datetime.strptime("x", "%Y"),
    lambda: datetime.strptime("2024-01-01 junk", "%Y-%m-%d"),
    lambda: timezone(timedelta(hours=30)),
    lambda: date(2024.0, 1, 1),
]
for c in checks:
    try:
        c()
        print("no error")
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
