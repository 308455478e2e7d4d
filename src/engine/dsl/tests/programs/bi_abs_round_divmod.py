print(abs(-3), abs(-3.5), abs(True), round(3.14159, 2), round(-0.5), round(1.5), round(0.5), divmod(7, 2), divmod(-7, 2), divmod(7.0, 2))
