import re
log = """2024-01-15 ERROR Disk full on /dev/sda1
2024-01-15 INFO  Backup started
2024-01-16 WARN  CPU at 95%
2024-01-16 ERROR Network unreachable"""
pat = re.compile(r"^(\d{4})-(\d{2})-(\d{2}) (ERROR|WARN|INFO)\s+(.*)$", re.M)
for m in pat.finditer(log):
    y, mo, d, level, msg = m.groups()
    print(level, d, msg)
print(pat.findall(log)[0])
counts = {}
for level in re.findall(r"\b(ERROR|WARN|INFO)\b", log):
    counts[level] = counts.get(level, 0) + 1
print(sorted(counts.items()))
emails = "contact: ann@example.com, bob.smith@mail.org; bad@ and x@y.io"
print(re.findall(r"[\w.]+@[\w]+\.[a-z]{2,}", emails))
text = "The year 1999 and 2024, price $3.50 and $12"
print(re.findall(r"\$\d+(?:\.\d\d)?", text), re.findall(r"(?<=\$)\d+", text), re.findall(r"\d+(?=\D*$)", text))
print(re.sub(r"(?<!\d)(\d{4})(?!\d)", r"<\1>", text))
print(re.findall(r"(\w+)\s+\1", "hello hello world world foo bar"))
print(re.sub(r"(\w+) \1", r"\1", "the the cat sat sat down"))
print(re.findall(r"(?P<q>['\"]).*?(?P=q)", "say 'hi' and \"bye\""))
words = re.split(r"[^a-z']+", "Don't stop! It's 5 o'clock.".lower())
print([w for w in words if w])
print(re.findall(r"[A-Z][a-z]+", "HelloWorldFooBar"), re.sub(r"(?<!^)(?=[A-Z])", "_", "camelCaseString").lower())
print(re.findall(r"a{2}", "aaaaa"), re.findall(r"a{2,}", "aaaaa b aa"), re.findall(r"a{,2}", "aaa"), re.findall(r"a{1,2}?", "aaa"))
print(re.findall(r"x{", "x{ x{2}"), re.findall(r"<.*>", "<a><b>"), re.findall(r"<.*?>", "<a><b>"))
print(re.findall(r"[^\W\d_]+", "abc_123def"), re.findall(r"[\d.]+", "v1.2.3 and 4.5"))
print(re.match(r"\A\w+\Z", "abc"), re.match(r"\A\w+\Z", "abc\n"), re.match(r"\w+$", "abc\n"))
print(re.findall(r"(?:ab)+", "ababab abab"), re.findall(r"(ab)+", "ababab abab"))
print(re.sub(r"\s{2,}", " ", "too    many     spaces").strip())
csv_line = 'a,"b,c",d'
print(re.findall(r'"[^"]*"|[^,]+', csv_line))
print(re.match(r"(\d+)-(\d+)", "10-20").group(2, 1))
ip = re.compile(r"^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$")
for s in ["192.168.1.1", "256.1.1", "10.0.0.255"]:
    m = ip.match(s)
    print(s, m.groups() if m else None)
