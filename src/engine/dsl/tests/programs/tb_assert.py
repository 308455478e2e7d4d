def check(n):
    assert n > 0, f"n must be positive, got {n}"
    return n
check(5)
check(-1)
