import re
def tokenize(expr):
    token_spec = [
        ("NUMBER", r"\d+(\.\d*)?"),
        ("ASSIGN", r":="),
        ("END", r";"),
        ("ID", r"[A-Za-z]+"),
        ("OP", r"[+\-*/]"),
        ("NEWLINE", r"\n"),
        ("SKIP", r"[ \t]+"),
        ("MISMATCH", r"."),
    ]
    tok_regex = "|".join("(?P<%s>%s)" % pair for pair in token_spec)
    line_num = 1
    line_start = 0
    for mo in re.finditer(tok_regex, expr):
        kind = mo.lastgroup
        value = mo.group()
        column = mo.start() - line_start
        if kind == "NUMBER":
            value = float(value) if "." in value else int(value)
        elif kind == "NEWLINE":
            line_start = mo.end()
            line_num += 1
            continue
        elif kind == "SKIP":
            continue
        yield kind, value, line_num, column
for tok in tokenize("total := price * 3.5;\n  x := x + 10 ;\n y ? 2"):
    print(tok)
print([m.lastindex for m in re.finditer(r"(a)|(b)|(c)", "cab")])
word_re = re.compile(r"[A-Za-z']+")
text = "It's a truth universally acknowledged, that a single man in possession of a good fortune, must be in want of a wife."
freq = {}
for w in word_re.findall(text.lower()):
    freq[w] = freq.get(w, 0) + 1
print(sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:6])
dates = "Due 2024-01-05, paid 2024-02-10; next 2024-03-15"
print([tuple(int(x) for x in m.groups()) for m in re.finditer(r"(\d{4})-(\d\d)-(\d\d)", dates)])
print(re.sub(r"(\d{4})-(\d\d)-(\d\d)", r"\3/\2/\1", dates))
template = "Hello {name}, you owe {amount}"
print(re.sub(r"\{(\w+)\}", lambda m: {"name": "Ann", "amount": "$5"}[m.group(1)], template))
html = '<a href="x.html">X</a> <a href="https://y.org/p?q=1">Y</a>'
print(re.findall(r'href="([^"]+)"', html), re.sub(r"<[^>]+>", "", html))
phone = re.compile(r"^\(?(\d{3})\)?[-. ]?(\d{3})[-. ]?(\d{4})$")
print([bool(phone.match(p)) for p in ["(555) 123-4567", "555.123.4567", "5551234567", "55-123-4567"]])
print(re.compile(r"\s+").sub(" ", "  many\t\tspaces \n here ").strip(), re.compile(r"(\w+)=(\w+)").findall("a=1&b=2&c=3"))
print(dict(re.findall(r"(\w+)=(\w+)", "a=1&b=2&c=3")))
