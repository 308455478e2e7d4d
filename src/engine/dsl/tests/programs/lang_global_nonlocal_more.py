total = 0
def add(n):
    global total
    total += n
    return total
add(5); add(10)
print(total)
def make_account(balance):
    history = []
    def deposit(x):
        nonlocal balance
        balance += x
        history.append(("dep", x))
        return balance
    def withdraw(x):
        nonlocal balance
        if x > balance:
            raise ValueError("insufficient")
        balance -= x
        history.append(("wd", x))
        return balance
    def report():
        return balance, list(history)
    return deposit, withdraw, report
d, w, r = make_account(100)
d(50); w(30)
print(r())
try:
    w(1000)
except ValueError as e:
    print(e, r()[0])
def level1():
    x = 1
    def level2():
        def level3():
            nonlocal x
            x *= 10
            return x
        return level3()
    level2()
    return x
print(level1())
def shadow():
    total = "local"
    def inner():
        return total
    return inner()
print(shadow(), total)
def gen_counter():
    count = 0
    def g():
        nonlocal count
        while True:
            count += 1
            yield count
    return g()
gc = gen_counter()
print(next(gc), next(gc), next(gc))
x = "module"
class C:
    x = "class"
    y = [x for _ in range(1)]
    def m(self):
        return x
print(C.y, C().m())
def assign_global_in_loop():
    global created
    for i in range(3):
        created = i
assign_global_in_loop()
print(created)
