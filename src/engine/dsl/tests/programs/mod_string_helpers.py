import string
def is_identifier_like(s):
    return bool(s) and s[0] in string.ascii_letters + "_" and all(c in string.ascii_letters + string.digits + "_" for c in s)
print([is_identifier_like(s) for s in ["abc", "_x1", "1x", "", "a-b", "ok_2"]])
def strip_punct(s):
    return "".join(c for c in s if c not in string.punctuation)
print(strip_punct("Hello, World! (It's #1)"))
def is_hex(s):
    return all(c in string.hexdigits for c in s)
print(is_hex("DEADbeef01"), is_hex("xyz"), int("ff", 16), [c for c in string.octdigits])
counts = {cls: 0 for cls in ("upper", "lower", "digit", "space", "punct", "other")}
for ch in "Hello World 2024!! \tTabs\n":
    if ch in string.ascii_uppercase:
        counts["upper"] += 1
    elif ch in string.ascii_lowercase:
        counts["lower"] += 1
    elif ch in string.digits:
        counts["digit"] += 1
    elif ch in string.whitespace:
        counts["space"] += 1
    elif ch in string.punctuation:
        counts["punct"] += 1
    else:
        counts["other"] += 1
print(counts)
rot13 = str.maketrans(string.ascii_lowercase + string.ascii_uppercase, string.ascii_lowercase[13:] + string.ascii_lowercase[:13] + string.ascii_uppercase[13:] + string.ascii_uppercase[:13])
print("Hello, World!".translate(rot13), "Uryyb, Jbeyq!".translate(rot13))
print(sorted(set(string.printable) - set(string.ascii_letters + string.digits + string.punctuation)) == sorted(string.whitespace))
print(len(string.ascii_letters), len(string.punctuation), len(string.whitespace), string.printable.index("~"))
print(string.Template.__name__, string.Formatter.__name__, callable(string.capwords))
print([string.capwords(s) for s in ["x", "mIxEd CaSe", "tab\tsep", "  "]])
string.capwords(None)
