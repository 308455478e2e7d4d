from abc import ABCMeta, abstractmethod
class Shape(metaclass=ABCMeta):
    @abstractmethod
    def area(self): ...
    def describe(self):
        return f'{type(self).__name__} with area {self.area()}'
class Sq(Shape):
    def __init__(self, s): self.s = s
    def area(self): return self.s ** 2
try:
    Shape()
except TypeError as e:
    print(e)
print(Sq(3).describe(), type(Shape).__name__, isinstance(Sq(2), Shape), issubclass(Sq, Shape))
class Half(Shape):
    pass
try:
    Half()
except TypeError as e:
    print(e)
class Other: pass
Shape.register(Other)
print(isinstance(Other(), Shape), isinstance(3, Shape))
class Base:
    def __init_subclass__(cls, flavor=None, **kw):
        super().__init_subclass__(**kw)
        cls.flavor = flavor
class Meta(type):
    count = 0
    def __new__(mcs, name, bases, ns, **kw):
        Meta.count += 1
        return super().__new__(mcs, name, bases, ns, **kw)
class C(Base, metaclass=Meta, flavor='mint'):
    pass
print(C.flavor, Meta.count, type(C).__name__, C.count)
class D(C, flavor='lime'): pass
print(D.flavor, Meta.count, type(D) is Meta)
class Reg(type):
    registry = []
    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        Reg.registry.append(name)
    @property
    def label(cls):
        return cls.__name__.upper()
class Plugin(metaclass=Reg): pass
class Csv(Plugin): pass
print(Reg.registry, Csv.label)
class M2(type): pass
try:
    class Bad(C, metaclass=M2): pass
except TypeError as e:
    print(e)
Dyn = Meta('Dyn', (object,), {'v': 7})
print(Dyn.v, type(Dyn).__name__, Meta.count)
X = type('X', (object,), {'a': 1, 'f': lambda self: 2})
print(X, X.a, X().f(), type(X))
class M(type):
    def __new__(mcs, name, bases, ns, **kw):
        print('new', mcs.__name__, name, [b.__name__ for b in bases], sorted(k for k in ns if not k.startswith('__')), kw)
        cls = super().__new__(mcs, name, bases, ns)
        cls.tag = name.lower()
        return cls
    def __init__(cls, name, bases, ns, **kw):
        print('init', name)
        super().__init__(name, bases, ns)
    def hello(cls):
        return 'hello ' + cls.__name__
class A(metaclass=M):
    x = 1
    def m(self): return 3
print(A.tag, A.hello(), type(A).__name__, A().m(), isinstance(A, M))
class B(A):
    pass
print(B.tag, type(B).__name__)
order = []
def base(n):
    order.append('base')
    return object
class E(base(1)):
    order.append('body')
print(order)
def fmeta(name, bases, ns):
    print('fmeta', name, sorted(k for k in ns if not k.startswith('__')))
    return None
class Gone(metaclass=fmeta):
    z = 1
print(Gone)
