print(0.1 + 0.2, 1e16, 1e15, 1.0, -0.0, 1e-5, 0.0001, 123456789012345678.0, 1.5e300 * 1e10, -1e400)
print(float("nan"), float("inf"), float("-inf"), float(" 3.5 "), float("1e3"), float("-.5"), float("1_000.5"))
print(3.0 * 1.1, 1 / 3, 2 / 3, 10 / 3, 1e22, 1e21, 1.23e-7, 100.0, 1234567.0, 0.1 * 3)
print(repr(1.1), str(2.5), 5e-324, 1.7976931348623157e308, 2.0 ** 0.5, 4.0 ** 0.5)
print(float(10 ** 20), float(2 ** 53 + 1), int(1e20), int(-1e18), 7.0 // 2, -7.0 // 2, 7.5 % 2, -7.5 % 2, 7.0 % -3)
print(round(2.5), round(3.5), round(-2.5), round(0.1 + 0.2, 1), 1e16 + 1, 0.5 == 1 / 2, 0.1 + 0.2 == 0.3)
nan = float("nan")
print(nan == nan, nan != nan, nan is nan, [nan] == [nan], nan in [nan], float("inf") > 10 ** 400)
print(f"{0.1:.20f}", f"{1e16:.0f}", f"{2.5:.0f}", f"{1234.5678:,.2f}", f"{0.000123:e}", f"{12345.678:g}", f"{1e-7:g}", f"{3.0:%}")
print(f"{1.5:08.2f}", f"{-1.5:+.1f}", f"{42:x}", f"{42:#o}", f"{42:08b}", f"{1234567:_}", f"{3.14159:.3}", f"{100:>8}|{100:<8}|{100:^8}|")
print((1.5).is_integer(), (2.0).is_integer(), (0.1).as_integer_ratio(), (2.5).hex() if hasattr(2.5, "hex") else "")
try:
    float("abc")
except ValueError as e:
    print(e)
try:
    int(float("inf"))
except OverflowError as e:
    print(e)
try:
    int(float("nan"))
except ValueError as e:
    print(e)
try:
    2.0 ** 10000
except OverflowError as e:
    print(e)
try:
    1.0 / 0
except ZeroDivisionError as e:
    print(e)
print(sum([0.1] * 10), max(1, 2.0), min(1.0, 1), abs(-0.0), -0.0 == 0.0)
