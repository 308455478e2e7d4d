name = "Ann"
n = 3
print(f"{name} has {n} items", f"{n * 2}", f"{name!r}", f"{n:03d}", f"{{literal}}", f"{'nested'}", f"{n=}" if False else "ok")
w = 10
print(f"{name:>{w}}|", f"{3.14159:.{n}f}", f"{[1, 2]}", f"{ {'a': 1} }", f"{None}", f"{True}")
