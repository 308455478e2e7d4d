for spec in ["", "10", "<10", ">10", "^10", "*^10", "=+10", "+", "-", " ", "010", ",", "_", "x", "X", "#x", "#o", "#b", "c", "d", "n", "e", "E", ".2e", "f", ".3f", "%", ".1%", "g", ".3g", "G"]:
    try:
        print(repr(spec), repr(format(1234, spec)), end=" ")
    except ValueError as e:
        print(repr(spec), "ValueError", e, end=" ")
    try:
        print(repr(format(-3.14159, spec)))
    except ValueError as e:
        print("ValueError", e)
print(format("text", "^10"), format("text", ".2"), format("text", "*>8.3"), format(True, "d"), format(True, ""), format(None, ""))
print("{:,}".format(10 ** 10), "{:,.3f}".format(1234567.891), "{:_x}".format(2 ** 32), "{:08.3f}".format(-3.5), "{:+08d}".format(42))
print("{0:{1}}|{0:{2}{1}}".format("ab", 6, ">"), "{:.{}f}".format(3.14159, 2), f"{'x':{'>'}{5}}", f"{12:{'0'}{4}}")
print(format(1e100, ".3"), format(123456789, "e"), format(0.00001, "g"), format(1e-5, ".2f"), format(float("inf"), "f"), format(float("nan"), "+"))
print(format(2 ** 70, ","), format(-2 ** 70, "x"), format(255, "#010b"), format(65, "c"), format(12.5, "n"), format(0, "#x"))
try:
    format("s", "d")
except ValueError as e:
    print(e)
try:
    format(1.5, "d")
except ValueError as e:
    print(e)
try:
    format(3, ".2s")
except ValueError as e:
    print(e)
try:
    "{:z}".format(1)
except ValueError as e:
    print(e)
