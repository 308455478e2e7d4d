import re
lines = ["a=1", "bad", "b=22", "c=3"]
parsed = [(m.group(1), int(m.group(2))) for line in lines if (m := re.match(r"(\w)=(\d+)", line))]
print(parsed, m.group(0))
data = iter([5, 3, 0, 7])
while (n := next(data)) != 0:
    print("n", n)
print(n, (y := 10) + y, y)
def f(xs):
    if any((hit := x) > 4 for x in xs):
        return hit
    return None
print(f([1, 5, 9]), f([1]))
stats = {"count": (c := len(lines)), "half": c // 2}
print(stats)
print([total := 0] + [total := total + v for v in [1, 2, 3]], total)
