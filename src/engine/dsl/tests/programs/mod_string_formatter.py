import string
f = string.Formatter()
print(f.format("{0} + {1} = {2}", 1, 2, 3), f.format("{name}!", name="hi"), f.format("{} {}", "a", "b"))
print(f.format("{0!r:>8}|{x:.2f}|{y[1]}|{z.real}", "s", x=3.14159, y=[5, 6], z=2))
print(f.format("{:{w}.{p}f}", 3.14159, w=10, p=3), f.format("{{literal}} {0}", 7))
print(f.vformat("{a}-{0}", (1,), {"a": 2}))
for s in ["a{0!r:>5}b", "{}", "{{x}}", "x{{", "}}", "{a.b[0]:{w}}", "", "abc", "{0}{1}", "{!r}", "{:>3}"]:
    print(repr(s), list(f.parse(s)))
class Defaulting(string.Formatter):
    def get_value(self, key, args, kwargs):
        if isinstance(key, str):
            return kwargs.get(key, "<" + key + ">")
        return super().get_value(key, args, kwargs)
print(Defaulting().format("{a} and {b} and {0}", "zero", a="A"))
class Upper(string.Formatter):
    def format_field(self, value, spec):
        return super().format_field(value, spec).upper()
    def convert_field(self, value, conversion):
        if conversion == "u":
            return str(value) + "!"
        return super().convert_field(value, conversion)
print(Upper().format("{0} {1:>6} {2!u}", "abc", "de", "x"))
for bad in ["{0}{}", "{}{0}", "{", "}", "{0!x}"]:
    try:
        print(f.format(bad, 1, 2))
    except ValueError as e:
        print("ValueError:", e)
f.format("{missing}")
