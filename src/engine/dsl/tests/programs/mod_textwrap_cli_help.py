import textwrap
options = [
    ("-h, --help", "Show this help message and exit."),
    ("-o FILE, --output FILE", "Write the result to FILE instead of standard output, creating it if needed."),
    ("--level N", "Compression level between 0 and 9; higher values are slower but produce smaller archives."),
    ("-q", "Quiet."),
]
col = 24
for flag, helptext in options:
    lines = textwrap.wrap(helptext, 60 - col)
    if len(flag) > col - 2:
        print("  " + flag)
        lines = [" " * col + l for l in lines]
        print("\n".join(lines))
    else:
        print("  " + flag.ljust(col - 2) + lines[0])
        for l in lines[1:]:
            print(" " * col + l)
doc = '''
    Summary line.

        Indented example:
            code()

    Closing remarks.
'''
print(textwrap.dedent(doc).strip())
print(textwrap.indent(textwrap.dedent(doc).strip(), "# ", lambda l: True))
quote = textwrap.indent(textwrap.fill("To be, or not to be, that is the question: whether 'tis nobler in the mind to suffer", 30), "> ")
print(quote)
def hanging(label, text, width=40):
    w = textwrap.TextWrapper(width=width, initial_indent=label, subsequent_indent=" " * len(label))
    return w.fill(text)
print(hanging("Note: ", "This paragraph uses a hanging indent so that continuation lines align with the text."))
print(hanging("WARNING: ", "x " * 30, 30))
w = textwrap.TextWrapper(width=12, drop_whitespace=False)
print(w.wrap("keep   the   spaces"))
w.drop_whitespace = True
w.break_on_hyphens = False
print(w.wrap("non-breaking-hyphen words"))
print(textwrap.TextWrapper(width=10, expand_tabs=False, replace_whitespace=False).wrap("a\tb c\nd"))
print(textwrap.TextWrapper(15, "> ", ". ").wrap("positional width and indents work too"))
