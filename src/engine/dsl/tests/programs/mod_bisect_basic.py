import bisect
a = [1, 2, 4, 4, 4, 7, 9]
for x in [0, 1, 4, 5, 9, 10]:
    print(x, bisect.bisect_left(a, x), bisect.bisect_right(a, x), bisect.bisect(a, x))
print(bisect.bisect_left(a, 4, 3), bisect.bisect_left(a, 4, 0, 2), bisect.bisect_right(a, 4, hi=4), bisect.bisect(a, 4, lo=5))
b = []
for x in [5, 1, 4, 1, 5, 9, 2, 6]:
    bisect.insort(b, x)
print(b)
bisect.insort_left(b, 5)
bisect.insort_right(b, 0)
bisect.insort(b, 100, lo=0)
print(b)
def grade(score, breakpoints=[60, 70, 80, 90], grades="FDCBA"):
    return grades[bisect.bisect(breakpoints, score)]
print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100]])
recs = [("ann", 19), ("bob", 25), ("cy", 31)]
print(bisect.bisect_left(recs, 25, key=lambda r: r[1]), bisect.bisect_right(recs, 25, key=lambda r: r[1]))
bisect.insort(recs, ("dee", 27), key=lambda r: r[1])
bisect.insort_left(recs, ("eve", 19), key=lambda r: r[1])
print(recs)
words = ["apple", "fig", "kiwi", "pear"]
print(bisect.bisect(words, "grape"), bisect.bisect_left(words, "fig"), bisect.bisect_right(words, "fig"))
print(bisect.bisect_left(range(0, 100, 5), 42), bisect.bisect_right((1, 2, 3), 2), bisect.bisect([1.5, 2.5], 2))
for bad in [lambda: bisect.bisect(a, 1, -1), lambda: bisect.bisect(5, 1), lambda: bisect.insort((1, 2), 1), lambda: bisect.bisect(a, 1, 0, 1, None)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
bisect.bisect_left([1, "a"], 2)
