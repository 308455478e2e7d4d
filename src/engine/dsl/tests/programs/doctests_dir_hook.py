# dir() asks the class's __dir__ and sorts its answer; without one it lists attributes.
class A:
    def __dir__(self):
        return ['zz', 'aa', 'mm']

class B:
    def method(self):
        return 1

class C(A):
    pass

b = B()
b.x = 1
print(dir(A()))
print(dir(C()))
print('x' in dir(b), 'method' in dir(b), 'method' in dir(B))
print([n for n in dir(b) if not n.startswith('__')])
