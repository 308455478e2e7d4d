for n in [0, -1, 10**18, -(10**25), 2**63, 255]:
    print(n, str(n), int(str(n)) == n, hex(n), len(str(n)))
print(int("-0"), int("+5"), int("  42\n"), int("1" * 30), str(-0), -0 == 0)
