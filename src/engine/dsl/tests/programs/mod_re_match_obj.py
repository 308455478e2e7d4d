import re
m = re.search(r"(a)(b)?(c)", "xxacyy")
print(m.groups(), m.groups("-"), m.groups(default=0), m.span(2), m.start(2), m.group(2), m.regs)
print(m.lastindex, m.lastgroup, m.pos, m.endpos)
m = re.match(r"((a)b)", "ab")
print(m.lastindex, m.groups())
m = re.match(r"(a)(b*)", "a")
print(m.lastindex, m.groups())
m = re.match(r"(?P<outer>(?P<inner>x))", "x")
print(m.lastindex, m.lastgroup, m.groupdict())
m = re.match(r"(?P<first>\w+) (?P<last>\w+)?", "Jane ")
print(m.groupdict(), m.groupdict("?"), m.lastgroup)
print(re.match(r"(a)|b", "b").lastindex, re.match("(a)|(b)", "b").lastindex)
p = re.compile(r"\d+")
print(p.match("abc123", 3), p.search("12 34 56", 1), p.search("12 34 56", 2, 4), p.match("12345", 0, 2))
print(p.findall("1 22 333 4444", 2), p.findall("1 22 333 4444", 2, 8), [x.group() for x in p.finditer("1 2 3", 1, 4)])
print(p.fullmatch("123", 0, 2), p.fullmatch("a12b", 1, 3))
m = p.search("ab 42 cd", pos=1)
print(m, m.pos, m.endpos, m.string)
m = re.search("é+", "caféé!")
print(m, m.span())
m = re.search("b", "😀ab")
print(m.span(), m.start(), re.sub("a", "A", "😀a😀a"), re.split("a", "😀a😀"))
print([m.start() for m in re.finditer("x", "😀x😀x")])
print(repr(re.match("", "abc")), re.match("a*", "bbb").span())
m = re.match(r"(\d+)\.(\d+)", "3.14")
print(m.expand(r"int=\1 frac=\2"), m.group(1, 2, 0), m.start(), m.end(1))
for g in (3, "nope", -1):
    try:
        m.group(g)
    except IndexError as e:
        print("IndexError:", e)
try:
    m.span(9)
except IndexError as e:
    print("IndexError:", e)
print(type(m).__name__, isinstance(m, re.Match), isinstance(re.compile("a"), re.Pattern), type(re.compile("a")))
words = "the cat sat on the mat"
found = re.search(r"(\w)at", words)
if found:
    print("found", found.group(1))
m = re.match(r"(\w+)", "hello")
m.group(2)
