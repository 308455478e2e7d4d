from bisect import bisect_left, bisect_right, insort, insort_left
def index(a, x):
    i = bisect_left(a, x)
    if i != len(a) and a[i] == x:
        return i
    raise ValueError(f"{x} not found")
def find_lt(a, x):
    i = bisect_left(a, x)
    if i:
        return a[i - 1]
    raise ValueError("none smaller")
def find_ge(a, x):
    i = bisect_left(a, x)
    if i != len(a):
        return a[i]
    raise ValueError("none greater")
a = [1, 3, 3, 5, 8, 13, 21]
print(index(a, 3), index(a, 21), find_lt(a, 5), find_ge(a, 6), find_ge(a, 21))
for f, x in [(index, 4), (find_lt, 1), (find_ge, 22)]:
    try:
        f(a, x)
    except ValueError as e:
        print("ValueError:", e)
def count_range(a, lo, hi):
    return bisect_right(a, hi) - bisect_left(a, lo)
print(count_range(a, 3, 8), count_range(a, 0, 100), count_range(a, 9, 12))
scores = []
for s in [70, 95, 55, 88, 70, 100, 61]:
    insort(scores, s)
print(scores)
events = []
for t, name in [(5, "e"), (1, "a"), (3, "c"), (3, "b"), (1, "z")]:
    insort(events, (t, name))
print(events)
people = [("ann", 31), ("bob", 25), ("cy", 40)]
people.sort(key=lambda p: p[1])
ages = [p[1] for p in people]
print(people[bisect_left(ages, 30)], bisect_left(people, 30, key=lambda p: p[1]))
insort_left(people, ("dee", 25), key=lambda p: p[1])
insort(people, ("eve", 25), key=lambda p: p[1])
print(people)
def lis_length(seq):
    tails = []
    for x in seq:
        i = bisect_left(tails, x)
        if i == len(tails):
            tails.append(x)
        else:
            tails[i] = x
    return len(tails), tails
print(lis_length([10, 9, 2, 5, 3, 7, 101, 18]), lis_length([]), lis_length([3, 3, 3]))
floats = [0.1, 0.2, 0.30000000000000004, 0.4]
print(bisect_left(floats, 0.3), bisect_right(floats, 0.1 + 0.2), bisect_left([1, 2, 3], 2.0), bisect_right([1, 2, 3], 2.0))
print(bisect_left("acegi", "d"), bisect_right([[1], [1, 2], [2]], [1, 5]), bisect_left([], 5), bisect_right([5], 5, lo=1))
bisect_left(a, 3, lo=-2)
