import re
s = "naïve café — 東京 2024 ١٢٣ Ωmega 😀 emoji"
print(re.findall(r"\w+", s))
print(re.findall(r"\w+", s, re.ASCII))
print(re.findall(r"\d+", s), re.findall(r"\d+", s, re.A), re.findall(r"[^\x00-\x7f]+", s))
print(re.sub(r"\s+", "_", s), len(re.findall(r".", s)), re.search("😀", s).span(), re.search("emoji", s).start())
print(re.split(r"\W+", s), re.findall(r"\b\w", "élan vital über"))
print(re.match(r"(?i)ÉLAN", "élan"), re.findall(r"(?i)straße|STRASSE", "Straße strasse"), re.fullmatch(r"(?i)ω+", "ΩωΩ") is not None)
print([m.span() for m in re.finditer(r"é", "éaé😀é")], re.sub("(é)", r"<\1>", "éaé"))
print(re.escape("東京.*"), re.findall(r"[à-ÿ]", "àbcÿz"), re.findall(r"\u00e9|\U0001F600", "é😀x"), re.findall(r"\x41\101\N", "A") if False else "")
m = re.search(r"(?P<city>\w+) (?P<year>\d+)", "in 東京 2024!")
print(m.groupdict(), m.span("city"), m.span("year"), m.end(), m.string[m.start():m.end()])
print(re.sub(r"(?<=\w)(?=😀)", " ", "hi😀there😀"), re.split("😀", "a😀b😀"))
print(re.findall(r"\s", "a\u2003b\u3000c\u200bd"), re.findall(r"[\s\S]", "a\u2028b"))
