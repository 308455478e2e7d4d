s = "  Hello, World!  "
print(s.strip(), s.lstrip(), s.rstrip() + "|", s.strip(" !H"), s.lower(), s.upper(), s.swapcase(), s.title())
t = "hello world foo"
print(t.split(), t.split(" ", 1), t.rsplit(" ", 1), t.split("o"), "a,b,,c".split(","), "".split(), "".split(","))
print(t.capitalize(), t.count("o"), t.find("o"), t.rfind("o"), t.find("zz"), t.index("w"), t.startswith("he"), t.endswith(("foo", "x")))
print(t.replace("o", "0"), t.replace("o", "0", 2), "-".join(["a", "b"]), t.partition(" "), t.rpartition(" "), t.partition("zz"))
print("abc".center(9, "*"), "abc".ljust(6, "."), "abc".rjust(6), "42".zfill(5), "-42".zfill(5), "a\tb".expandtabs(4))
print("abc".isalpha(), "123".isdigit(), "12a".isalnum(), "   ".isspace(), "Title Case".istitle(), "abc".islower(), "ABC".isupper(), "x1".isidentifier())
print("line1\nline2\r\nline3".splitlines(), "a\nb\n".splitlines(True), "ß".upper(), "İ".lower() == "i̇", "straße".casefold())
print("hello"[1:4], "hello"[::-1], "hello" * 2, "ll" in "hello", len("héllo"), ord("é"), chr(233), "abc" < "abd", "Z" < "a")
print("{} and {}".format(1, 2), "{1}{0}".format("a", "b"), "{name}!".format(name="x"), "{0[1]}".format([5, 6]), "{:>5}".format("r"), "{!r}".format("q"))
print("%s is %d years, %.2f%%" % ("Bob", 30, 12.345), "%5s|%-5s|" % ("a", "b"), "%x %o %e" % (255, 8, 12345.678), "%(a)s" % {"a": 1}, "%c" % 65)
print("a-b-c".removeprefix("a-"), "a-b-c".removesuffix("-c"), "tEST".capitalize(), "hello".encode(), "x".join("abc"), "   x ".strip().upper())
print("%r %s" % ("str", None), "%5.1f" % 3.14159, "%+d" % 5, "%03d" % 7, "%-6.2f|" % 1.5, "%.3s" % "abcdef", "%%")
print(str.maketrans("ab", "xy"), "abc".translate(str.maketrans("ab", "xy")), "a1b2".translate({ord("1"): None}))
try:
    "abc".index("z")
except ValueError as e:
    print(e)
try:
    "%d" % "x"
except TypeError as e:
    print(e)
try:
    "{} {}".format(1)
except IndexError as e:
    print(e)
try:
    "abc" + 1
except TypeError as e:
    print(e)
try:
    "abc"[5]
except IndexError as e:
    print(e)
try:
    "abc"[0] = "x"
except TypeError as e:
    print(e)
print(f"{'nested'!r:>10}", f"{3 + 4 = }", f"{'a' 'b'}", f"{{braces}}", f"{[1, 2][0]:03}", f"{'x':*^7}")
