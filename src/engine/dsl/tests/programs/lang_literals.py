print(1_000_000, 0x_ff, 0o777, 0b1010_1010, 0XAB, 1e3, 1_0.5_0, .5, 5., 1E-2, 0.000_001)
print('single', "double", '''triple
line''', """tri "quoted" """, r'raw\n\t', R"RAW\\", b'bytes', rb'\d+', Br"\x")
print("implicit" ' concat' f" {1 + 1}" r"\n")
x, width, prec = 3.14159, 10, 3
print(f"{x:{width}.{prec}f}|", f"{'nested ' + f'{x:.1f}'}", f"{x!r}", f"{[i * 2 for i in range(3)]}", f"{ {'a': 1}['a'] }", f"{x=:.2f}")
print("\x41\u00e9\U0001F600\N{BULLET}", "\t|", "a\\b", len("\n"), "\101", '\'', "\"")
print(0 == 0.0 == -0.0, 1_0 == 10, 0o10, int("0o10", 0), 1j if False else "no complex", ...)
print(type(...).__name__, ... is Ellipsis, None.__class__.__name__, type(NotImplemented).__name__)
s = """a
    b
c"""
print(s.splitlines(), len(s))
print('%s' % 'percent', '%-5d|' % 42, '%05.1f' % 2.25, '%s-%s' % ('a', 'b'), '%(x)s %(y)d' % {'x': 'X', 'y': 5})
