vals = [0, 1, -1, 3.14159, -2.5, 1e10, 1.5e-7, 123456789, 0.5, 2 ** 70]
specs = ["", "10", "<10", "^10", ">+10", "010.3f", ".2e", ".3g", ",", "_", "x", "%", ".1%", "e", "g", "n", "08.2f", "=+12.4f"]
for v in vals:
    row = []
    for s in specs:
        try:
            row.append(format(v, s))
        except (ValueError, TypeError) as e:
            row.append("ERR:" + str(e)[:25])
    print(repr(v), row)
