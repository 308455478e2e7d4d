import heapq
h = []
for x in [5, 3, 8, 1, 9, 2, 7, 4, 6, 0]:
    heapq.heappush(h, x)
    print(h)
out = []
while h:
    out.append(heapq.heappop(h))
    print(h)
print(out)
data = [9, 4, 7, 1, 8, 2, 6, 3, 5, 0, 11, 10]
heapq.heapify(data)
print(data)
print(heapq.heappushpop(data, -1), data)
print(heapq.heappushpop(data, 5), data)
print(heapq.heapreplace(data, 20), data)
print(heapq.heapreplace(data, -5), data)
words = ["pear", "apple", "fig", "banana", "kiwi", "cherry"]
heapq.heapify(words)
print(words, [heapq.heappop(words) for _ in range(3)], words)
pairs = [(3, "c"), (1, "a"), (2, "b"), (1, "z"), (0, "q")]
heapq.heapify(pairs)
print(pairs)
heapq.heappush(pairs, (1, "b"))
print(pairs, heapq.heappop(pairs), pairs)
big = list(range(30, 0, -1))
heapq.heapify(big)
print(big)
print(heapq.heappushpop([], 3), heapq.heappushpop([1], 0))
