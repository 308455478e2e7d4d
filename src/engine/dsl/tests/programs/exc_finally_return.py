def f():
    try:
        return 1
    finally:
        print("cleanup")
def g():
    for i in range(3):
        try:
            if i == 1:
                continue
            if i == 2:
                break
        finally:
            print("fin", i)
    return "g"
print(f(), g())
