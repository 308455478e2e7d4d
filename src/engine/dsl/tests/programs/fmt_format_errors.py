for spec in ["d", "x", "c"]:
    try:
        print(format(1.5, spec))
    except ValueError as e:
        print(e)
for spec in [".2f", ",d"]:
    try:
        print(format("s", spec))
    except ValueError as e:
        print(e)
print(format(True, "d"), format(True, ""), f"{False!r:>7}", format(10**20, ","), format(-0.0, ".1f"), format(float("nan"), "08.2f"))
