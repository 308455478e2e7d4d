import string
fmt = string.Formatter()
rows = [("apple", 1.5, 10), ("kiwi", 0.25, 250), ("watermelon", 3.0, 2)]
header = fmt.format("{:<12}|{:>8}|{:>6}", "item", "price", "qty")
print(header)
print("-" * len(header))
for name, price, qty in rows:
    print(fmt.format("{0:<12}|{1:>8.2f}|{2:>6d}", name, price, qty))
print(fmt.format("{0[0]} {0[2]} {1[name]}", "abc", {"name": "N"}), fmt.format("{x.real} {x.imag}", x=3))
print(fmt.format("{:*^11}", "mid"), fmt.format("{:+,}", 1234567), fmt.format("{!a}", "é"), fmt.format("{0!s:>5}", 1.5))
print(fmt.vformat("{greet}, {0}!", ["world"], {"greet": "Hello"}))
class Strict(string.Formatter):
    def check_unused_args(self, used_args, args, kwargs):
        extra = set(kwargs) - used_args
        if extra:
            raise ValueError("unused: " + ", ".join(sorted(extra)))
print(Strict().format("{a}", a=1))
try:
    Strict().format("{a}", a=1, b=2, c=3)
except ValueError as e:
    print("ValueError:", e)
class Money(string.Formatter):
    def format_field(self, value, spec):
        if spec == "money":
            return "${:,.2f}".format(value)
        return super().format_field(value, spec)
print(Money().format("Total: {0:money} ({1})", 1234.5, "paid"))
parsed = list(fmt.parse("Hi {name!r:>10}, you are {age:d} years; {{braces}} and {0}"))
print(parsed)
print(string.capwords("the old man and the sea"), string.capwords("o'neil mc-donald", "-"))
for bad in ["{0", "{:{:{}}}", "x}y"]:
    try:
        fmt.format(bad, 1, 2, 3)
    except ValueError as e:
        print("ValueError:", e)
fmt.format("{0} {1}", "only one")
