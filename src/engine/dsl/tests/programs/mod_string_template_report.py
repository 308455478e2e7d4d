from string import Template
rows = [{"name": "Widget", "qty": 3, "price": 2.5}, {"name": "Gadget", "qty": 10, "price": 0.99}]
line = Template("$name: $qty x $$${price} = $$${total}")
for r in rows:
    print(line.substitute(r, total=round(r["qty"] * r["price"], 2)))
letter = Template("""Dear $customer,
Your order #${order_id} ships on $date.
Total: $$$amount""")
print(letter.substitute(customer="Ann", order_id=1042, date="Mon", amount="12.00"))
print(letter.safe_substitute(customer="Bob"))
print(letter.get_identifiers())
t = Template("${a}${b}$c$")
print(t.safe_substitute(a=1), t.is_valid())
try:
    t.substitute(a=1, b=2, c=3)
except ValueError as e:
    print("ValueError:", e)
multi = Template("ok line\nsecond $x\nthird $ bad")
try:
    multi.substitute(x=1)
except ValueError as e:
    print("ValueError:", e)
class Shell(Template):
    delimiter = "#"
    idpattern = r"[a-z][a-z0-9_]*"
print(Shell("cp #src #{dst}_backup ## #SRC").safe_substitute(src="a.txt", dst="b"))
print(Template("$x").substitute({"x": None}), Template("$x").substitute(x=[1, {"a": 2}]), Template("$$x").substitute())
mapping = {"who": "world"}
print(Template("hello $who").substitute(mapping), Template("$who").substitute(mapping, who="override"))
try:
    Template("$a $b").substitute({"a": 1}, {"b": 2})
except TypeError as e:
    print("TypeError:", e)
Template("$who and $what").substitute(who="me")
