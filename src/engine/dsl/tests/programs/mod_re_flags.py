import re
print(re.I, re.M, re.S, re.X, re.A, re.U, re.L)
print(re.IGNORECASE, re.MULTILINE | re.DOTALL, re.I | re.A, int(re.I), int(re.M | re.S))
print(re.I == 2, re.I | 0, 0 | re.M, re.NOFLAG, re.X & re.X)
print(re.findall(r"^\w+", "one\ntwo\nthree", re.M), re.findall(r"^\w+", "one\ntwo"))
print(re.findall(r"\w+$", "one\ntwo\nthree", re.MULTILINE), re.findall(r"\w+$", "one\ntwo\n"))
print(re.match(r"a.c", "a\nc"), re.match(r"a.c", "a\nc", re.S), re.match(r"a.c", "a\nc", re.DOTALL).group())
print(re.findall(r"\w+", "café naïve", re.A), re.findall(r"\w+", "café naïve"))
verbose = re.compile(r"""
    (\d{3})   # area code
    [-.\s]?   # separator
    (\d{4})   # number
""", re.VERBOSE)
print(verbose.search("call 555-1234 now").groups(), verbose.flags)
print(re.compile("(?i)hello").match("HeLLo"), re.compile("(?i)x").flags, re.compile("(?m)^a").findall("a\na"))
print(re.compile("(?s:.)b").match("\nb"), re.compile("(?x) a b ").match("ab"))
print(re.compile("abc", re.I | re.M), re.compile("abc", re.A), re.compile("abc", re.U), re.compile("abc", re.X | re.S))
print(re.search(r"\bcat\b", "concat cat category").span())
print(re.findall(r"\d", "١٢3"), re.findall(r"\d", "١٢3", re.ASCII))
print(re.findall(r"\s", "a b\tc\u00a0d"), len(re.findall(r"\s", "a b\tc\u00a0d", re.A)))
print(re.findall("[A-Z]+", "abcDEFghi", re.I))
print(re.sub("(?i)hello", "bye", "Hello HELLO hello"))
print(re.compile("a", re.I).match("A").re.flags)
