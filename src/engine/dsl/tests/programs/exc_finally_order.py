def f():
    for i in range(2):
        try:
            print("try", i)
            if i == 1:
                return "returned"
        finally:
            print("finally", i)
    return "end"
print(f())
