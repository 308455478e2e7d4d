class A:
    def __str__(self):
        return "str-A"
class B:
    def __repr__(self):
        return "repr-B"
print(A(), str(A()), [B()], B(), str(B()), f"{B()}", f"{A()!r}"[:10] == "<__main__.", repr([A()])[:12])
