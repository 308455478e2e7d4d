class A:
    def clone(self):
        return self.__class__()
class B(A):
    pass
print(type(B().clone()).__name__, B().__class__ is B, A.__bases__, B.__base__.__name__)
