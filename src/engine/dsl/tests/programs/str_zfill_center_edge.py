print("abc".center(8), "abc".center(8, "*"), "ab".center(5, "-"), "abc".center(2), "-42".zfill(6), "+7".zfill(4), "".zfill(3))
print("%-6s|%6s|" % ("ab", "cd"), "{:^7}|".format("odd"), "{:^6}|".format("odd"), "{:*<4}".format(1), "{:0>5}".format(-3))
