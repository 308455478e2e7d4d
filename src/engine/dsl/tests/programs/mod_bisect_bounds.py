import bisect
a = list(range(0, 20, 2))
print(a)
for lo, hi in [(0, None), (2, 5), (5, 5), (7, 3), (0, 100), (3, 10)]:
    print(lo, hi, bisect.bisect_left(a, 7, lo, hi), bisect.bisect_right(a, 8, lo, hi), bisect.bisect(a, 100, lo, hi))
b = [1, 2, 3]
bisect.insort(b, 2.5, 1, 2)
bisect.insort_right(b, 10, hi=1)
print(b)
c = [5, 1, 4]
bisect.insort(c, 3)
print(c)
print(bisect.bisect_left(a, 4, hi=True), bisect.bisect_left(a, 4, False, 3), bisect.bisect_right(a, 4, lo=0, hi=len(a)))
keyed = ["apple", "Banana", "cherry", "Date"]
keyed.sort(key=str.lower)
print(keyed, bisect.bisect(keyed, "c", key=str.lower), bisect.bisect_left(keyed, "banana", key=str.lower))
bisect.insort(keyed, "blueberry", key=str.lower)
print(keyed)
class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))
        self.s = s
    def __lt__(self, other):
        return self.parts < other.parts
    def __repr__(self):
        return self.s
vs = [Version(v) for v in ["1.0", "1.2", "2.0", "10.1"]]
bisect.insort(vs, Version("1.10"))
bisect.insort(vs, Version("0.9"))
print(vs, bisect.bisect(vs, Version("2.0")))
for bad in [lambda: bisect.bisect([1, 2], 1, "x"), lambda: bisect.bisect([1, 2], 1, 0, "y"), lambda: bisect.bisect([1, 2]), lambda: bisect.insort_left(None, 1)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
bisect.bisect([None, 1], 0)
