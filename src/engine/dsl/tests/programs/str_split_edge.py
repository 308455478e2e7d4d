print("a  b".split(" "), "  a b  ".split(), ",a,".split(","), "abc".split("abc"), "aXbXc".split("X", 0), "a\nb\r\nc".split("\n"))
print("one two three".rsplit(None, 1), "1.2.3".rsplit(".", 1), "x".rsplit("x"), "  lead".lstrip(" l"), "trail..".rstrip("."))
