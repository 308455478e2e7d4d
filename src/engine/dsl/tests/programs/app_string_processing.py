s = "Hello, World! Hello, Python."
clean = "".join(c.lower() if c.isalnum() or c.isspace() else " " for c in s)
words = clean.split()
print(words)
print({w: words.count(w) for w in sorted(set(words))})
print(s[::-1], s.title(), s.count("Hello"), s.replace("Hello", "Bye", 1))
caesar = "".join(chr((ord(c) - 97 + 3) % 26 + 97) if c.islower() else c for c in "attack at dawn")
print(caesar)
print("racecar" == "racecar"[::-1], "".join(sorted("listen")) == "".join(sorted("silent")))
