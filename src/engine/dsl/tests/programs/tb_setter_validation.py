class Account:
    def __init__(self):
        self._balance = 0
    @property
    def balance(self):
        return self._balance
    @balance.setter
    def balance(self, v):
        if v < 0:
            raise ValueError(f"balance cannot be negative: {v}")
        self._balance = v
a = Account()
a.balance = 10
a.balance -= 25
