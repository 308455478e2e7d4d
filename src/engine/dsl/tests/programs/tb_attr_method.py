class C:
    def m(self, x):
        return x.foo
obj = C()
result = obj.m(3)
