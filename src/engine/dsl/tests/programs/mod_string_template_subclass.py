import string
class Braces(string.Template):
    delimiter = "@"
    idpattern = r"[a-z]+"
    braceidpattern = r"[A-Za-z_]+"
t = Braces("@name has @{Item_Count} items and @@ and @{bad-one}")
print(t.safe_substitute(name="cart", Item_Count=3), t.get_identifiers(), t.is_valid())
class CaseSensitive(string.Template):
    flags = 0
    idpattern = r"[a-z]+"
print(CaseSensitive("$abc $ABC").safe_substitute(abc=1, ABC=2), string.Template("$abc $ABC").safe_substitute(abc=1, ABC=2))
class Custom(string.Template):
    pattern = r"""
    \[\[(?:
      (?P<escaped>\[\[) |
      (?P<named>[a-z]+)\]\] |
      (?P<braced>\{[a-z]+\})\]\] |
      (?P<invalid>)
    )
    """
print(Custom("Hi [[who]], [[[[ok").safe_substitute(who="you"))
emails = string.Template("To: $to\nSubject: $subject\n\n$body")
msg = emails.substitute(to="a@b.c", subject="Hi", body="Long text $$ with dollars")
print(msg)
print(string.Template("$a$a$a").substitute(a="x"), string.Template("${a}b").substitute(a="a"), string.Template("$ab").safe_substitute(a=1))
print(string.Template("100$ and $1 and $_ok").safe_substitute(_ok="y"))
t2 = string.Template("$x")
t2.template = "changed $x"
print(t2.substitute(x=1), t2.template)
print(string.Template("${x}").substitute({"x": 1}, x=2), string.Template("$x").substitute(dict(x="d")))
string.Template("$x $y").substitute(x=1)
