text = "The rain in Spain stays mainly in the plain"
print(text.count("ain"), text.find("Spain"), text.index("in", 10), text.rindex("in"), text.upper().count("AIN"), text.title())
print(text.split(" ", 3), text.rsplit(maxsplit=2), text.startswith(("X", "The")), text[4:8].center(12, "-"), text.swapcase()[:9])
words = text.lower().split()
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
print(sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:3], " ".join(reversed(words)), "-".join(w[0] for w in words))
print("Hello"[-1], "Hello"[1:-1], "Hello"[::2], "ab" * 3, "abc"[10:], "".join(sorted("banana")), "banana".replace("a", "", 2))
print("a,b;c d".replace(";", ",").replace(" ", ",").split(","), "  x  y  ".split(" "), "x".split("x"), "1,2,,3".split(",", 2))
print("%d%%" % 50, "%.3e" % 123456, "%10.4f|" % 3.14159, "%-10s|" % "left", "%+.2f" % -1.5, "%x" % 3054, "%#o" % 8, "%5.2s|" % "abcdef")
print("tab\tsep".expandtabs(), "CamelCaseString".lower(), "snake_case_name".title().replace("_", ""), "ß".lower(), "ﬁ".upper())
print("abc".zfill(6), "3.5".zfill(6), "+7".zfill(4), "42".rjust(5, "0"), "x".ljust(3, "*"), "é".center(5, "*"))
print("Straße".lower(), "İstanbul".lower().__len__(), "hello world".capitalize(), "HELLO".casefold())
print(ord("A"), chr(0x1F600), "😀".encode("utf-8"), len("😀"), "😀"[0], "a😀b"[1:], "😀" < "😁", ascii("é😀"), repr("é\x00"))
print(str(123), str(1.5), str([1, "a"]), str(None), str(True), str(b"x"), int("  7 "), float(" 1e2 "), "5" * 2, "%s" % [1])
print("{:>10}".format("right"), "{:*<8}".format("l"), "{:^9}".format("mid"), "{0}{1}{0}".format("ab", "cd"), "{a[0]}{b.real}".format(a=[7], b=3))
