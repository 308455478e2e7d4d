vals = [1, 1.5, True, "s", [1], (1,), {1: 2}, {1}, None, 2**100, range(3)]
for v in vals:
    print(type(v).__name__, isinstance(v, int), isinstance(v, (float, str)), isinstance(v, object))
print(issubclass(bool, int), issubclass(int, object), isinstance(int, type), isinstance(type, type))
