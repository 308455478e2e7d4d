import textwrap
text = ("The quick brown fox jumps over the lazy dog. Python's textwrap module formats paragraphs "
        "so that every line fits a given width, breaking at whitespace and, where allowed, after hyphens "
        "in well-known compound-words like state-of-the-art or mother-in-law.")
for w in (10, 20, 35, 50, 70):
    print(w, textwrap.wrap(text, w))
print(textwrap.fill(text, width=40))
print(textwrap.fill(text, 30, initial_indent="* ", subsequent_indent="  "))
print(textwrap.wrap("a-b-c-d e--f g---h well-known x-ray e-mail", 5))
print(textwrap.wrap("Supercalifragilisticexpialidocious is long", 10))
print(textwrap.wrap("Supercalifragilisticexpialidocious is long", 10, break_long_words=False))
print(textwrap.wrap("hyphen-ated-word-here", 8), textwrap.wrap("hyphen-ated-word-here", 8, break_on_hyphens=False))
print(textwrap.wrap("  leading and trailing  ", 8), textwrap.wrap("  leading and trailing  ", 8, drop_whitespace=False))
print(textwrap.wrap("tabs\there\tand\tthere", 12), textwrap.wrap("tabs\there", 20, expand_tabs=False), textwrap.wrap("a\tb", 20, tabsize=4))
print(textwrap.wrap("line one\nline two\n\nline four", 40), textwrap.wrap("keep\nnewlines", 40, replace_whitespace=False))
print(textwrap.wrap("", 10), textwrap.wrap("   ", 10), textwrap.fill("word", 1), textwrap.wrap("ab cd", 1))
print(textwrap.wrap("Hello there. How are you? Fine.", 15, fix_sentence_endings=True))
print(textwrap.wrap("one two three four five six seven", 12, max_lines=2), textwrap.wrap("one two three four five", 9, max_lines=2, placeholder="..."))
print(textwrap.wrap("naïve café résumé über straße", 11))
print(textwrap.wrap("em--dash and more--text here", 8), textwrap.wrap("x -- y", 3))
for bad in [dict(width=0), dict(width=5, max_lines=1, placeholder=" [........]")]:
    try:
        textwrap.wrap("some text here", **bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    textwrap.wrap("x", widht=3)
except TypeError as e:
    print("TypeError:", e)
textwrap.fill("abc", -1)
