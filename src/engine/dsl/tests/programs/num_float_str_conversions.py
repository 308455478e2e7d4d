vals = [0.1, 0.25, 1/7, 100.0, 1e-10, 123.456, 9.99e15, 1.0e16, 2.5e-4]
for v in vals:
    print(v, str(v), repr(v), int(v) if v < 1e18 else 0)
