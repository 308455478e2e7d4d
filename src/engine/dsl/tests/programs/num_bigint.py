a = 2 ** 64
print(a, a - 1, a * a, a // 3, a % 1000, -a)
print(2 ** 53 + 1, 2 ** 53 - 1 + 2, 9007199254740993 * 3)
print(10 ** 30 // 10 ** 28, (10 ** 30) % 7, 3 ** 100)
x = 1
for i in range(70):
    x *= 2
print(x, x.bit_length(), hex(x), x >> 60, 1 << 80)
