s = """line1
    line2\tTabbed
line3"""
print(s)
print(repr(s), len(s.splitlines()), s.count("\n"))
r = r"raw\n\t"
print(r, len(r), repr(r), "a\\nb", 'single \'quote\'', "unicode: \u00e9 \N{GREEK SMALL LETTER ALPHA}")
