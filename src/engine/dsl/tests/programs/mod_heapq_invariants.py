import heapq
import random
random.seed(7)
def is_heap(h):
    return all(not h[(i - 1) // 2] > h[i] for i in range(1, len(h)))
for trial in range(5):
    data = [random.randint(0, 50) for _ in range(random.randint(0, 20))]
    h = []
    for x in data:
        heapq.heappush(h, x)
    print(trial, h, is_heap(h))
    h2 = list(data)
    heapq.heapify(h2)
    print(" heapify", h2, is_heap(h2), sorted(data) == [heapq.heappop(h2) for _ in range(len(h2))])
h = [random.random() for _ in range(8)]
heapq.heapify(h)
print([round(x, 6) for x in h])
print(round(heapq.heapreplace(h, 0.5), 6), [round(x, 6) for x in h], round(heapq.heappushpop(h, 0.01), 6))
words = "the quick brown fox jumps over the lazy dog".split()
heapq.heapify(words)
print(words)
print(heapq.heappushpop(words, "aardvark"), heapq.heapreplace(words, "zebra"), words)
t = [(2, "b"), (1, "z"), (1, "a"), (3, "c")]
heapq.heapify(t)
print(t, heapq.nsmallest(2, t), heapq.nlargest(2, t))
print(heapq.nlargest(3, range(10), key=lambda x: x % 4), heapq.nsmallest(3, range(10), key=lambda x: x % 4))
mixed = [1, 2.5, True, 0, -3.5]
heapq.heapify(mixed)
print(mixed)
heapq.heapify([1, "a", 2, "b"])
