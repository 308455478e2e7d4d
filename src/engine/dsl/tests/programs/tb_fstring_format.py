name = "x"
print(f"{name!r:>5}")
print(f"value: {name:d}")
