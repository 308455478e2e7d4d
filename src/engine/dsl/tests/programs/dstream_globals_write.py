# globals() is the module's own dict: writes through it create, change and delete globals
# (Spark's streaming examples keep lazily created singletons this way).
def get_singleton():
    if "instance" not in globals():
        globals()["instance"] = [0]
    return globals()["instance"]

get_singleton()[0] += 1
get_singleton()[0] += 1
print(instance, get_singleton() is instance)
g = globals()
g["later"] = "set through a held dict"
print(later)
g.update({"u1": 1, "u2": 2})
print(u1 + u2)
del globals()["u1"]
print("u1" in globals(), "u2" in globals())
try:
    u1
except NameError as e:
    print("NameError:", e)
x = 5
print(globals()["x"], globals().get("missing", "default"))
