x = 5
name = "py"
print(f"{x=}", f"{x + 1 = }", f"{name=!r}", f"{x=:>4}")
print(f"{'a' if x > 3 else 'b'}", f"{x:{'>' if x else '<'}5}", f"{3.14159:.{2}f}", f"{x!s:^7}|")
