tests = [lambda: {[]: 1}, lambda: {{}: 1}, lambda: {set()}, lambda: hash([]), lambda: {1: 2}[[1]]]
for t in tests:
    try:
        t()
    except TypeError as e:
        print(e)
