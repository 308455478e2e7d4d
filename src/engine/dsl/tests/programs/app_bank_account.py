class InsufficientFunds(Exception):
    pass
class Account:
    interest = 0.02
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.history = []
    def deposit(self, amt):
        if amt <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amt
        self.history.append(("dep", amt))
    def withdraw(self, amt):
        if amt > self.balance:
            raise InsufficientFunds(f"{self.owner} has only {self.balance}")
        self.balance -= amt
        self.history.append(("wd", amt))
    def __repr__(self):
        return f"Account({self.owner!r}, {self.balance})"
a = Account("ann", 100)
a.deposit(50)
a.withdraw(30)
print(a, a.history, a.balance * (1 + Account.interest))
try:
    a.withdraw(1000)
except InsufficientFunds as e:
    print("error:", e)
try:
    a.deposit(-1)
except ValueError as e:
    print("error:", e)
a.withdraw(500)
