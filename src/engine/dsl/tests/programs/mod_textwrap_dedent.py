import textwrap
def show(s):
    print(repr(s))
show(textwrap.dedent("""
    def f():
        return 1
    """))
show(textwrap.dedent("  a\n    b\n  c"))
show(textwrap.dedent("\ta\n\tb"))
show(textwrap.dedent("  a\n\tb"))
show(textwrap.dedent("    x\n  \n      y\n"))
show(textwrap.dedent("no indent\n  here"))
show(textwrap.dedent("   \n   \n"))
show(textwrap.dedent("  a  \n  b"))
show(textwrap.dedent(""))
show(textwrap.indent("a\nb\n\nc", "> "))
show(textwrap.indent("a\r\nb\n  \nc", "+", lambda line: True))
show(textwrap.indent("one\ntwo", "    ", predicate=lambda l: l.startswith("t")))
show(textwrap.indent("", "x"))
print(textwrap.shorten("Hello  world!   This is   a test", width=12))
print(textwrap.shorten("Hello world!", width=12), textwrap.shorten("Hello world!", width=11))
print(textwrap.shorten("The quick brown fox jumps over the lazy dog", 25, placeholder="..."))
print(textwrap.shorten("one", 5), repr(textwrap.shorten("   ", 5)))
w = textwrap.TextWrapper(width=20, initial_indent="- ", subsequent_indent="  ")
print(w.wrap("This is a reusable wrapper object with its own settings."))
w.width = 30
w.initial_indent = ""
print(w.fill("This is a reusable wrapper object with its own settings."))
print(w.width, w.placeholder, w.max_lines, w.break_long_words, w.tabsize)
class Bullet(textwrap.TextWrapper):
    def bullet(self, items):
        return "\n".join(self.fill("* " + it) for it in items)
print(Bullet(width=18, subsequent_indent="  ").bullet(["first item is long enough", "second"]))
doc = """\
    Usage: tool [options]

      -h   show help
      -v   verbose
    """
print(textwrap.indent(textwrap.dedent(doc), "| "), end="")
textwrap.dedent(5)
