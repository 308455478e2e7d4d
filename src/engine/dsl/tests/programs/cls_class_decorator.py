def register(cls):
    cls.registered = True
    return cls
@register
class X:
    pass
print(X.registered, X().registered)
