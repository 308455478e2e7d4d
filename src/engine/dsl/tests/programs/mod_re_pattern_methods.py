import re
p = re.compile(r"(?P<word>[a-z]+)(?P<num>\d*)", re.I)
print(p, p.groups, sorted(p.groupindex.items()), p.flags == re.I | re.U)
print(p.match("abc12 def"), p.search("  xyz"), p.fullmatch("ab12"), p.fullmatch("ab12!"))
print(p.findall("ab12 CD e3"), [m.groupdict() for m in p.finditer("ab12 CD")])
print(p.sub(lambda m: m["word"].upper() + str(len(m["num"])), "ab12 cd e345"))
print(p.subn("<\\g<num>>", "ab12 cd"), p.split("ab12-cd;ef"), p.split("ab12-cd;ef", maxsplit=1))
print(p.sub("\\g<0>\\g<0>", "hi"), p.sub(r"[\g<word>]", "x1 y2", count=1))
it = p.finditer("a1 b2")
print(next(it).span(), next(it).span())
try:
    next(it)
except StopIteration:
    print("done")
cache = {}
def tokens(s):
    spec = [("NUM", r"\d+(?:\.\d*)?"), ("ID", r"[A-Za-z_]\w*"), ("OP", r"[+*/()-]"), ("WS", r"\s+"), ("BAD", r".")]
    rx = re.compile("|".join("(?P<%s>%s)" % pair for pair in spec))
    out = []
    for m in rx.finditer(s):
        kind = m.lastgroup
        if kind == "WS":
            continue
        out.append((kind, m.group()))
    return out
print(tokens("x = 3.5 * (y + 42)"))
print(re.compile(r"\d").sub("#", "a1b2c3", 0), re.compile("a|").findall("bab"))
print(re.compile("").split("ab"), re.compile(r"\s*").split("a b"), re.compile(r"(?=b)").split("abab"))
print(re.compile("(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)(k)").sub(r"\11\10", "abcdefghijk"))
print(re.sub(r"(a)", r"\1\1", "banana"), re.sub("a", r"\t|", "a"), re.sub("a", "\\\\n", "a"))
print(re.sub("(b)?a", r"[\1]", "a ba"))
print(repr(re.compile("a\nb")), repr(re.compile("it's")), repr(re.compile('say "hi"')))
