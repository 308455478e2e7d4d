import re
for pat in ["a(b", "a)b", "*a", "a**", "[a-", "(?P<n>a)(?P<n>b)", "(?P=x)", "\\", "a{3,2}", "[z-a]", "\\1(a)", "(?<", "a\n(b"]:
    try:
        re.compile(pat)
    except re.error as e:
        print(repr(pat), "->", e, "|", e.msg, e.pos, e.lineno, e.colno)
try:
    re.sub("(a)", r"\2", "a")
except re.error as e:
    print("template:", e)
try:
    re.sub("(a)", r"\g<x>", "a")
except IndexError as e:
    print("IndexError:", e)
for bad in [lambda: re.search("a", 5), lambda: re.match(5, "a"), lambda: re.sub("a", lambda m: 1, "xaxa"), lambda: re.sub("a", 3, "a")]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
try:
    re.compile(re.compile("a"), re.I)
except ValueError as e:
    print("ValueError:", e)
print(issubclass(re.error, Exception), re.error.__name__)
try:
    raise re.error("custom")
except re.error as e:
    print("caught", e)
re.compile("(unclosed")
