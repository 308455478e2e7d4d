class A:
    def __eq__(self, o):
        return True
print(A.__hash__ is None)
{A()}
