r = range(3, 20, 4)
print(r.index(11), r.count(7), r.start, r.stop, r.step, len(r), list(r), r == range(3, 20, 4), 19 in r, 7 in r)
