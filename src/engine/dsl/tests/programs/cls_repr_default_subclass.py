class Base:
    def __repr__(self):
        return f"<{type(self).__name__} id>"
class Sub(Base):
    pass
print(Sub(), [Base(), Sub()], str(Sub()))
