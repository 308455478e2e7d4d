class Plugin:
    registry = []
    def __init_subclass__(cls, **kw):
        super().__init_subclass__()
        Plugin.registry.append(cls.__name__)
class A(Plugin): pass
class B(Plugin): pass
print(Plugin.registry)
