data = [1, 5, 12, 7]
if (n := len(data)) > 3:
    print("long", n)
print([y for x in data if (y := x * 2) > 10], y)
while (v := data.pop()) != 5:
    print(v)
