for i, ch in enumerate("héllo"):
    print(i, ch, ord(ch))
print([c.upper() for c in "abc"], "".join(reversed("abc")))
