class A:
    cls_attr = 1
    def __init__(self):
        self.inst = 2
    def method(self):
        pass
names = dir(A())
print([n for n in names if not n.startswith('_')], vars(A()))
