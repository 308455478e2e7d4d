def f(x):
    "doc here"
    return x
print(f.__name__, f.__doc__, f.__qualname__, f.__defaults__, repr(f).startswith('<function f at 0x'))
f.extra = 5
print(f.extra, callable(f), callable(3))
class A:
    def m(self):
        pass
print(A.m.__qualname__, repr(A().m).startswith('<bound method A.m of <__main__.A object at'))
print(repr(len), repr(print))
