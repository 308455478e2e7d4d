from string import Template
t = Template("$who likes $what")
print(t.substitute(who="tim", what="kung pao"), t.substitute({"who": "ann", "what": "tea"}))
print(t.substitute({"who": "ann", "what": "tea"}, what="coffee"), t.template)
print(Template("${noun}ification $$5 $$").substitute(noun="test"))
print(Template("$a$b ${a}x $_c9").substitute(a=1, b=2.5, _c9=[3]))
d = {"who": "tim"}
print(Template("$who likes $what").safe_substitute(d), Template("$ and $$ and ${").safe_substitute())
print(Template("$who $who").get_identifiers(), Template("${a} $b $a").get_identifiers(), Template("$a $").is_valid(), Template("$a").is_valid())
print(Template("Ünïcode $naïve").safe_substitute(na="X"))
try:
    Template("$who likes $what").substitute(who="x")
except KeyError as e:
    print("KeyError:", e)
for bad in ["give $10", "line1\nline2 $ end", "${bad name}"]:
    try:
        Template(bad).substitute(x=1)
    except ValueError as e:
        print("ValueError:", e)
class Percent(Template):
    delimiter = "%"
print(Percent("%name is %% %{age}").substitute(name="Bo", age=7))
class Dotted(Template):
    idpattern = r"[a-z]+(?:\.[a-z]+)*"
print(Dotted("$user.name and $x").safe_substitute({"user.name": "root"}))
class Upper(Template):
    braceidpattern = r"[A-Z]+"
print(Upper("${ABC} $abc").safe_substitute(ABC=1, abc=2))
print(Template.delimiter, Template.idpattern, Template.flags, type(Template.pattern).__name__)
print(isinstance(t, Template), issubclass(Percent, Template))
Template("$missing").substitute()
