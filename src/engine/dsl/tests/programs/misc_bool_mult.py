print("ab" * True, "ab" * False, [0] * True, True * 3.5, sum([True, True, False]))
