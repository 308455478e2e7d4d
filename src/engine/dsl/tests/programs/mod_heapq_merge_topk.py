import heapq
logs_a = [(1, "a1"), (4, "a2"), (9, "a3")]
logs_b = [(2, "b1"), (4, "b2"), (5, "b3")]
logs_c = [(0, "c1"), (10, "c2")]
print(list(heapq.merge(logs_a, logs_b, logs_c)))
print(list(heapq.merge(logs_a, logs_b, key=lambda e: e[0])))
print(list(heapq.merge(sorted(logs_a, reverse=True), sorted(logs_b, reverse=True), key=lambda e: e[0], reverse=True)))
def gen(start, step, n):
    for i in range(n):
        yield start + i * step
m = heapq.merge(gen(0, 3, 4), gen(1, 3, 4), gen(2, 3, 4))
print(next(m), next(m), list(m))
words = "a bb ccc dd e ffff ggggg hh".split()
print(heapq.nlargest(3, words, key=len), heapq.nsmallest(3, words, key=len), heapq.nlargest(3, words))
scores = {"ann": 91, "bob": 78, "cy": 91, "dee": 85, "eve": 60}
print(heapq.nlargest(2, scores, key=scores.get), heapq.nsmallest(2, scores.items(), key=lambda kv: kv[1]))
running = []
medians = []
lo, hi = [], []
for x in [5, 15, 1, 3, 8, 7, 9, 10, 20, 2]:
    heapq.heappush(lo, -heapq.heappushpop(hi, x))
    if len(lo) > len(hi):
        heapq.heappush(hi, -heapq.heappop(lo))
    medians.append(hi[0] if len(hi) > len(lo) else (hi[0] - lo[0]) / 2)
print(medians, lo, hi)
k = 3
window = []
for x in [4, 1, 7, 3, 8, 5, 9, 2]:
    if len(window) < k:
        heapq.heappush(window, x)
    else:
        heapq.heappushpop(window, x)
    running.append(sorted(window))
print(running[-1], running[2], window)
print(heapq.nsmallest(1, []), heapq.nlargest(1, [], key=abs), heapq.nlargest(2, [-3, 2, -1], key=abs))
heapq.nsmallest("2", [1, 2])
