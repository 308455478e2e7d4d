import re
EMAIL = re.compile(r"^[\w.+-]+@[\w-]+(\.[\w-]+)*\.[a-z]{2,}$", re.IGNORECASE)
for e in ["a@b.co", "first.last+tag@mail.example.org", "bad@", "@no.com", "x@y.z", "UP@CASE.COM"]:
    print(e, bool(EMAIL.match(e)))
PASSWORD = re.compile(r"^(?=.*[a-z])(?=.*[A-Z])(?=.*\d)(?=.*[^\w\s]).{8,}$")
for p in ["Passw0rd!", "password", "Sh0rt!", "NoDigits!!", "ALLUPPER1!", "Good_Pass9#"]:
    print(p, bool(PASSWORD.fullmatch(p)))
DATE = re.compile(r"(?P<y>\d{4})-(?P<m>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12]\d|3[01])")
for d in ["2024-02-29", "2024-13-01", "1999-12-31", "2024-1-1"]:
    m = DATE.fullmatch(d)
    print(d, m.groupdict() if m else None)
HEX = re.compile(r"#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})", re.I)
print([tuple(int(x, 16) for x in HEX.match(c).groups()) for c in ["#FF8800", "00ff7f", "#abcdef"]])
IPV4 = re.compile(r"^((25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(25[0-5]|2[0-4]\d|1?\d?\d)$")
print([bool(IPV4.match(ip)) for ip in ["192.168.0.1", "256.0.0.1", "10.0.0", "0.0.0.0", "1.2.3.04"]])
print(re.fullmatch(r"[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?", "-1.5e10") is not None, re.fullmatch(r"\d+", "") is None)
slug = re.sub(r"[^a-z0-9]+", "-", "  Hello, World! This is   PyFlint  ".lower()).strip("-")
print(slug)
print(re.sub(r"(\d)(?=(\d{3})+(?!\d))", r"\1,", "1234567890"), re.sub(r"(?<=\d)(?=(\d{3})+$)", ",", "9876543"))
print(re.findall(r"#(\w+)", "loving #python and #regex! #2024"), re.findall(r"@(\w{1,15})\b", "cc @ann @bob_the_builder"))
snake = re.sub(r"(?<=[a-z0-9])([A-Z])", r"_\1", "parseHTTPResponseCode2Fast").lower()
print(snake, re.sub(r"_([a-z])", lambda m: m.group(1).upper(), "to_camel_case_string"))
print(re.split(r"\s*(?:and|or)\s*", "cats and dogs or birds and fish"), re.findall(r"\b(\w)(\w*)\1\b", "bob anna noon level xyz"))
