class A:
    x = 1
    y = x + 1
    lst = [x * 2 for _ in range(2)] if False else [1]
    def get(self):
        return self.x + self.y
print(A.y, A().get(), A.lst)
