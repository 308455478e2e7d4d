print(repr("it's"), repr('say "hi"'), repr('both \' and "'), repr("tab\there"), repr("nl\n"), repr("\x00\x7f"), repr("é"), repr("\u200b"))
print(str("x"), repr(""), ascii("café"), "a\\b", len("\u00e9"), "caf\u00e9")
