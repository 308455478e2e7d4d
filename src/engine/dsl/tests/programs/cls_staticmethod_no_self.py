class A:
    def m():
        return 1
print(A.m())
A().m()
