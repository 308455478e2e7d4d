import sys
values = [1, 2]
def use_values():
    return valeus
def use_len():
    return lenn(values)
class Thing:
    def __init__(self):
        self.weight = 1
        self.height = 2
    def method(self):
        return self.wieght
def local_suggest():
    counter_total = 5
    return counter_totl
for f in [use_values, use_len, lambda: Thing().method(), lambda: Thing().heigth, lambda: Thing().metod(), local_suggest,
          lambda: [].apend(1), lambda: {}.iterms(), lambda: "".uper(), lambda: sys.argvv, lambda: Thing.methd, lambda: pritn("x"),
          lambda: xyzzy_qq, lambda: Thing().zzzzzzzz]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__ + ":", e, getattr(e, "name", "-"))
print(Thing().heigth)
