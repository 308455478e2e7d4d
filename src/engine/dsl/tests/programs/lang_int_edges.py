print(2 ** 100, -2 ** 63, (-2) ** 63, 10 ** 30 // 7, 10 ** 30 % 7, -(10 ** 30) // 7)
print(7 // 2, -7 // 2, 7 // -2, -7 // -2, 7 % 3, -7 % 3, 7 % -3, -7 % -3)
print(divmod(7, 2), divmod(-7, 2), divmod(7, -2), divmod(-7.5, 2), divmod(7.5, -2), divmod(10**20, -3))
print(pow(2, 10, 1000), pow(3, 200, 13), pow(-2, 3, 5), pow(2, -1, 7), pow(10**20, 3, 10**9 + 7))
print(round(0.5), round(1.5), round(2.5), round(-0.5), round(-1.5), round(2.675, 2), round(1234, -2), round(1250, -2), round(1350, -2))
print(round(3.14159, 3), round(-2.5), round(7), type(round(2.5)), type(round(2.5, 0)), round(1e20), round(0.125, 2))
print(int("ff", 16), int("0x1F", 16), int("0b101", 0), int("  42  "), int("-1_000"), int("z", 36), int(3.99), int(-3.99), int(True))
for bad in [("abc",), ("12", 1), ("1.5",), ("", 10), ("0x", 16)]:
    try:
        int(*bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    int(None)
except TypeError as e:
    print("TypeError:", e)
try:
    int(1.5, 10)
except TypeError as e:
    print("TypeError:", e)
print(1 << 70, (1 << 70) >> 69, -1 >> 3, 5 & -2, 5 | -8, 5 ^ -1, ~(2 ** 70))
print(10 / 4, 10 / 5, -1 / 3, 2 ** -1, 2 ** 0.5, 0 ** 0, 10 ** 20 / 3)
print(abs(-2 ** 80), hex(2 ** 64), oct(-8), bin(-5), hex(255), (255).bit_length(), (2 ** 100).bit_length())
print(True + True, True * 3, -True, True / 2, isinstance(True, int), True == 1, False < True, sum([True, True, False]))
print(int.from_bytes(b"\x01\x00", "big"), (1024).to_bytes(2, "little"), (5).real, (5).imag if hasattr(5, "imag") else "")
try:
    1 // 0
except ZeroDivisionError as e:
    print(e)
try:
    1 % 0
except ZeroDivisionError as e:
    print(e)
try:
    1 / 0
except ZeroDivisionError as e:
    print(e)
try:
    pow(2, 3, 0)
except ValueError as e:
    print(e)
print(999999999999999999 + 1, 2 ** 53 + 1, 9007199254740993 * 3, -(2 ** 53) - 1, 3 * 10 ** 15 + 7)
print(max(2 ** 64, 3), min(-2 ** 64, 0), sorted([2 ** 60, 1, -2 ** 70]), 2 ** 64 == 2.0 ** 64, 2 ** 64 < 2.0 ** 65)
