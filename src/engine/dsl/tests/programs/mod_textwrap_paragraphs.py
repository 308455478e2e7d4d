import textwrap
lorem = ("Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore "
         "et dolore magna aliqua. Ut enim ad minim veniam, quis nostrud exercitation ullamco laboris nisi ut "
         "aliquip ex ea commodo consequat.")
for width in (25, 48, 79):
    print(f"--- {width}")
    print(textwrap.fill(lorem, width))
wrapper = textwrap.TextWrapper(width=36, initial_indent="  1. ", subsequent_indent="     ")
for para in [lorem[:90], lorem[90:]]:
    print(wrapper.fill(para))
boxed = textwrap.wrap(lorem, 30)
border = "+" + "-" * 32 + "+"
print(border)
for line in boxed:
    print("| " + line.ljust(30) + " |")
print(border)
print(textwrap.shorten(lorem, 40), textwrap.shorten(lorem, 60, placeholder=" ..."), sep="\n")
print(textwrap.wrap(lorem, 40, max_lines=3))
print(textwrap.wrap(lorem, 40, max_lines=3, placeholder=" (more)"))
print(textwrap.fill("short", 40, max_lines=1), textwrap.wrap("a b c d e f g", 3, max_lines=2))
cols = textwrap.wrap("alpha beta gamma delta epsilon zeta eta theta iota kappa", 20)
print(len(cols), [len(c) for c in cols], max(map(len, cols)) <= 20)
code = "def f(x):\n\treturn x * 2\n"
print(repr(textwrap.fill(code, 40)), repr(textwrap.fill(code, 40, replace_whitespace=False)))
print(textwrap.wrap("url: https://example.com/a/very/long/path/that/cannot/break ok", 20))
print(textwrap.wrap("url: https://example.com/a/very/long/path/that/cannot/break ok", 20, break_long_words=False))
