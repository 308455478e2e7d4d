base = {"a": {"x": 1}, "b": 2}
over = {"a": {"y": 2}, "c": 3}
merged = {**base, **over}
print(merged)
def deep(a, b):
    out = dict(a)
    for k, v in b.items():
        out[k] = deep(out[k], v) if isinstance(v, dict) and isinstance(out.get(k), dict) else v
    return out
print(deep(base, over))
