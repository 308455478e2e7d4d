import heapq
nums = [5, 1, 8, 3, 9, 2, 8, 7, 1]
print(heapq.nlargest(3, nums), heapq.nsmallest(3, nums), heapq.nlargest(1, nums), heapq.nsmallest(0, nums))
print(heapq.nlargest(20, nums), heapq.nsmallest(20, nums), heapq.nsmallest(-1, nums))
people = [("ann", 31), ("bob", 25), ("cy", 31), ("dee", 19), ("eve", 25)]
print(heapq.nlargest(2, people, key=lambda p: p[1]), heapq.nsmallest(3, people, key=lambda p: p[1]))
print(heapq.nsmallest(2, ["Banana", "apple", "Cherry"], key=str.lower))
print(heapq.nlargest(3, iter([4, 4, 4, 1])), heapq.nsmallest(2, "hello"))
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [3, 6, 9])))
print(list(heapq.merge([1, 3, 5], [], [2, 2, 6])))
print(list(heapq.merge([9, 5, 1], [8, 4], reverse=True)))
print(list(heapq.merge(["a", "Cc"], ["B", "dd"], key=str.lower)))
print(list(heapq.merge([(1, "x")], [(1, "a")], key=lambda t: t[0])))
tasks = []
heapq.heappush(tasks, (2, "write code"))
heapq.heappush(tasks, (5, "release"))
heapq.heappush(tasks, (1, "write spec"))
heapq.heappush(tasks, (3, "test"))
while tasks:
    prio, task = heapq.heappop(tasks)
    print(prio, task)
def kth_largest(xs, k):
    h = xs[:k]
    heapq.heapify(h)
    for x in xs[k:]:
        if x > h[0]:
            heapq.heapreplace(h, x)
    return h[0]
print(kth_largest([3, 2, 1, 5, 6, 4], 2))
try:
    heapq.heappop([])
except IndexError as e:
    print("IndexError:", e)
try:
    heapq.heappush((1,), 2)
except TypeError as e:
    print("TypeError:", e)
h = [{"a": 1}]
heapq.heappush(h, {"b": 2})
