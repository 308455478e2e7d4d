class A:
    pass
a = A()
setattr(a, 'x', 5)
print(getattr(a, 'x'), getattr(a, 'y', 'dflt'), hasattr(a, 'x'), hasattr(a, 'y'), vars(a))
delattr(a, 'x')
print(hasattr(a, 'x'), a.__dict__, a.__class__.__name__)
class B:
    def __getattr__(self, name):
        return name.upper()
print(B().hello, getattr(B(), 'xyz'))
