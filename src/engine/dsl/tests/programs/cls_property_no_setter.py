class A:
    @property
    def x(self):
        return 1
A().x = 5
